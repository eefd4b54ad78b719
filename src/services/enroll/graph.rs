//! Microsoft Graph (provider `entra`) and the generic REST API (provider `custom`,
//! `assets/openapi/enrollment.yaml`).

use std::sync::Arc;

use jiff::Timestamp;
use serde_json::json;
use url::Url;

use mfa_ready_core::graph::{self, MethodsPage};
use mfa_ready_core::queue::{ErrorClass, PhoneType};

use crate::services::auth::TokenSource;
use crate::services::http::HttpTimeouts;

use super::common::{
    Base, CallError, Rest, ServiceSetupError, auth_error, body_capped, status_error,
    transport_error,
};

/// How many `@odata.nextLink` pages are followed at most.
const MAX_PAGES: usize = 20;

/// Microsoft Graph.
pub struct GraphClient {
    http: reqwest::Client,
    base: Base,
    tokens: Arc<dyn TokenSource>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl GraphClient {
    pub fn new(
        base_url: &str,
        tokens: Arc<dyn TokenSource>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, ServiceSetupError> {
        let base = Base::new(base_url, Some(tokens.as_ref()))?;
        Ok(Self {
            http: base.client(timeouts)?,
            base,
            tokens,
            now,
        })
    }

    /// Sends with the access token (to the base's origin only); on 401
    /// refreshes once and sends again.
    async fn send(
        &self,
        url: &Url,
        build: impl Fn(&str) -> reqwest::RequestBuilder,
        is_post: bool,
    ) -> Result<reqwest::Response, CallError> {
        self.base.check_token_target(url)?;
        let token = self.tokens.access_token().await.map_err(auth_error)?;
        let resp = build(&token)
            .send()
            .await
            .map_err(|e| transport_error(&e, is_post))?;
        if resp.status().as_u16() != 401 {
            return Ok(resp);
        }
        tracing::info!("access token refused; refreshing once");
        let token = self.tokens.refresh().await.map_err(auth_error)?;
        build(&token)
            .send()
            .await
            .map_err(|e| transport_error(&e, is_post))
    }

    /// A failed answer; a 401 after the refresh means: sign in again.
    async fn failed(&self, resp: reqwest::Response, is_post: bool) -> CallError {
        let s = resp.status().as_u16();
        let mut e = status_error(resp, (self.now)(), is_post).await;
        if s == 401 {
            e.error.class = ErrorClass::SignInNeeded;
        }
        e
    }
}

impl Rest for GraphClient {
    fn base(&self) -> &Base {
        &self.base
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let mut url = self.base.join("/me/authentication/methods")?;
        let mut all = MethodsPage::default();
        // Follow @odata.nextLink, but only on the same origin, and not forever.
        for _ in 0..MAX_PAGES {
            let resp = self
                .send(
                    &url,
                    |t| {
                        self.http
                            .get(url.clone())
                            .bearer_auth(t)
                            .header("client-request-id", request_id)
                            .header("Idempotency-Key", request_id)
                    },
                    false,
                )
                .await?;
            if !resp.status().is_success() {
                return Err(self.failed(resp, false).await);
            }
            let body = body_capped(resp).await?;
            let page = graph::parse_methods(&body).map_err(|e| {
                CallError::new(
                    ErrorClass::Protocol,
                    None,
                    &format!("unexpected answer: {e}"),
                )
            })?;
            all.methods.extend(page.methods);
            all.ignored.extend(page.ignored);
            all.unknown.extend(page.unknown);
            match page.next_link {
                Some(next) => url = self.base.follow(&next)?,
                None => return Ok(all),
            }
        }
        Ok(all)
    }

    async fn add_phone(
        &self,
        request_id: &str,
        phone_number: &str,
        phone_type: PhoneType,
    ) -> Result<(), CallError> {
        let url = self.base.join("/me/authentication/phoneMethods")?;
        let body = json!({ "phoneNumber": phone_number, "phoneType": phone_type.id() });
        let resp = self
            .send(
                &url,
                |t| {
                    self.http
                        .post(url.clone())
                        .bearer_auth(t)
                        .header("client-request-id", request_id)
                        .header("Idempotency-Key", request_id)
                        .json(&body)
                },
                true,
            )
            .await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(self.failed(resp, true).await)
    }
}

/// The generic REST API for organisations that run their own enrollment
/// service (`assets/openapi/enrollment.yaml`).
pub struct CustomClient {
    http: reqwest::Client,
    base: Base,
    tokens: Option<Arc<dyn TokenSource>>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

impl CustomClient {
    pub fn new(
        base_url: &str,
        tokens: Option<Arc<dyn TokenSource>>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, ServiceSetupError> {
        let base = Base::new(base_url, tokens.as_deref())?;
        Ok(Self {
            http: base.client(timeouts)?,
            base,
            tokens,
            now,
        })
    }

    /// Sends, with the token when there is one (to the base's origin only).
    async fn send(
        &self,
        url: &Url,
        rb: reqwest::RequestBuilder,
        is_post: bool,
    ) -> Result<reqwest::Response, CallError> {
        let rb = match &self.tokens {
            Some(t) => {
                self.base.check_token_target(url)?;
                rb.bearer_auth(t.access_token().await.map_err(auth_error)?)
            }
            None => rb,
        };
        rb.send().await.map_err(|e| transport_error(&e, is_post))
    }
}

impl Rest for CustomClient {
    fn base(&self) -> &Base {
        &self.base
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let url = self.base.join("/methods")?;
        let rb = self
            .http
            .get(url.clone())
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id);
        let resp = self.send(&url, rb, false).await?;
        if !resp.status().is_success() {
            return Err(status_error(resp, (self.now)(), false).await);
        }
        let body = body_capped(resp).await?;
        graph::parse_custom_methods(&body).map_err(|e| {
            CallError::new(
                ErrorClass::Protocol,
                None,
                &format!("unexpected answer: {e}"),
            )
        })
    }

    async fn add_phone(
        &self,
        request_id: &str,
        phone_number: &str,
        phone_type: PhoneType,
    ) -> Result<(), CallError> {
        let url = self.base.join("/phones")?;
        let rb = self
            .http
            .post(url.clone())
            .header("client-request-id", request_id)
            .header("Idempotency-Key", request_id)
            .json(&json!({ "phone_number": phone_number, "phone_type": phone_type.id() }));
        let resp = self.send(&url, rb, true).await?;
        if resp.status().is_success() {
            return Ok(());
        }
        Err(status_error(resp, (self.now)(), true).await)
    }
}

#[cfg(test)]
mod tests {
    use super::super::common::{Base, EnrollmentService, ServiceSetupError, has_phone};
    use super::super::enrollment_service;
    use super::*;
    use crate::services::auth::StaticToken;
    use mfa_ready_core::provider::Provider;
    use mfa_ready_core::weburl::UrlError;

    fn now_fn() -> Arc<dyn Fn() -> Timestamp + Send + Sync> {
        Arc::new(|| Timestamp::UNIX_EPOCH)
    }

    #[test]
    fn phone_lookup_compares_digits() {
        let page = graph::parse_custom_methods(
            br#"{"methods":[{"kind":"phone_sms","id":"p1","detail":"+1 2065550100"},{"kind":"holo"}]}"#,
        )
        .unwrap();
        assert!(has_phone(&page, "+1 206 555 0100"));
        assert!(!has_phone(&page, "+1 206 555 0101"));
    }

    #[test]
    fn hosts_are_the_one_host_key() {
        let tokens: Arc<dyn TokenSource> = Arc::new(StaticToken::new("t"));
        let host = |u: &str| {
            GraphClient::new(u, Arc::clone(&tokens), HttpTimeouts::default(), now_fn())
                .unwrap()
                .host()
        };
        assert_eq!(host("http://127.0.0.1:8080/v1.0"), "127.0.0.1:8080");
        assert_eq!(
            host("https://Graph.Microsoft.com/v1.0"),
            "graph.microsoft.com"
        );
        assert_eq!(
            host("https://graph.microsoft.com:443/v1.0"),
            "graph.microsoft.com"
        );
    }

    #[test]
    fn plain_http_is_refused_off_loopback() {
        let tokens: Arc<dyn TokenSource> = Arc::new(StaticToken::new("t"));
        let r = GraphClient::new(
            "http://graph.example.com",
            tokens,
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(matches!(
            r,
            Err(ServiceSetupError::Url(UrlError::PlainHttp(_)))
        ));
    }

    #[test]
    fn bound_tokens_go_to_their_origin_only() {
        let bound = |u: &str| -> Arc<dyn TokenSource> {
            Arc::new(StaticToken::new("t").bound_to(Url::parse(u).unwrap()))
        };
        let ok = GraphClient::new(
            "https://graph.microsoft.com/v1.0",
            bound("https://graph.microsoft.com/beta"),
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(ok.is_ok());
        let other = GraphClient::new(
            "https://graph.microsoft.us/v1.0",
            bound("https://graph.microsoft.com/v1.0"),
            HttpTimeouts::default(),
            now_fn(),
        );
        let Err(e) = other else {
            panic!("a token for graph.microsoft.com went to graph.microsoft.us")
        };
        assert!(matches!(e, ServiceSetupError::TokenOrigin { .. }), "{e}");
        let custom = CustomClient::new(
            "https://mfa.example.org/api",
            Some(bound("https://graph.microsoft.com/v1.0")),
            HttpTimeouts::default(),
            now_fn(),
        );
        assert!(custom.is_err());
    }

    #[test]
    fn next_links_are_followed_on_the_same_origin_only() {
        let base = Base::new("http://127.0.0.1:9999/v1.0", None).unwrap();
        assert!(
            base.follow("http://127.0.0.1:9999/v1.0/me/x?$skiptoken=1")
                .is_ok()
        );
        for evil in [
            "http://127.0.0.1:9999@evil.example/v1.0/me",
            "http://127.0.0.1:99990/v1.0",
            "http://127.0.0.1:9998/v1.0",
            "https://127.0.0.1:9999/v1.0",
            "/v1.0/relative",
        ] {
            let e = base.follow(evil).unwrap_err();
            assert_eq!(e.error.class, ErrorClass::Protocol, "{evil}");
        }
    }

    #[test]
    fn without_an_app_registration_it_does_not_say_sign_in_from_the_window() {
        let text =
            "schema = 1\norganization = \"C\"\nprovider = \"entra\"\ntenant = \"c.example\"\n";
        let policy = mfa_ready_core::policy::parse(text, "p.toml", Timestamp::UNIX_EPOCH).unwrap();
        let e = enrollment_service(
            &policy,
            None,
            HttpTimeouts::default(),
            Arc::new(|| Timestamp::UNIX_EPOCH),
        )
        .err()
        .unwrap();
        assert!(matches!(e, ServiceSetupError::NoAppRegistration), "{e}");
        assert!(!e.to_string().contains("from the window"), "{e}");
    }

    #[test]
    fn setup_errors_read_as_before() {
        assert_eq!(
            ServiceSetupError::NotSignedIn.to_string(),
            "not signed in: sign in from the window, or set MFA_READY_GRAPH_TOKEN"
        );
        assert_eq!(
            ServiceSetupError::Unsupported(Provider::Okta.display_name()).to_string(),
            "Okta has no enrollment API MFA Ready can use: register in the portal instead"
        );
    }
}
