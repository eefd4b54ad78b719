//! Okta's MyAccount API (provider `okta`): `GET {org}/idp/myaccount/authenticators
//! ?expand=enrollments` with `Accept: application/json; okta-version=1.0.0` and the
//! user's bearer token, sent to the org's origin only.
//!
//! How answers are judged (`core::okta` reads the bodies):
//! * 401 is refreshed once, then the user must sign in, except a 401 (or any status)
//!   with `E0000015`: the org has not turned the MyAccount API on. That is IT's
//!   setting: not retried, not a sign-in loop ([`ErrorClass::ApiOff`]).
//! * 403 (`E0000006`): the token lacks `okta.myAccount.authenticators.read`
//!   ([`ErrorClass::ScopeMissing`]): sign in again, or IT grants the scope.
//! * 406 (`E0000149`): a protocol error (the `Accept` header), not retried.
//! * 429 (`E0000047`): retried at `X-Rate-Limit-Reset` (epoch seconds), else
//!   `Retry-After`, as a Graph 429 is; 5xx: queued, and counted by the breaker, which
//!   keys on the org's host (Okta's rate limits are per org).
//!
//! Okta does not let an app add a phone through this API: [`Rest::add_phone`] refuses
//! before anything is sent.

use std::sync::Arc;

use jiff::Timestamp;
use url::Url;

use mfa_ready_core::backoff::RetryAfter;
use mfa_ready_core::graph::MethodsPage;
use mfa_ready_core::okta::{self, OktaErrorKind};
use mfa_ready_core::queue::{ErrorClass, PhoneType};

use crate::services::auth::TokenSource;
use crate::services::http::HttpTimeouts;

use super::common::{
    Base, CallError, Rest, ServiceSetupError, auth_error, body_capped, transport_error,
};

/// The Okta MyAccount API of one org.
pub struct OktaClient {
    http: reqwest::Client,
    base: Base,
    tokens: Arc<dyn TokenSource>,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
}

/// A failed answer, read whole before it is judged (the body says E0000015).
struct Failed {
    status: u16,
    retry_after: Option<RetryAfter>,
    body: Vec<u8>,
}

impl OktaClient {
    /// `org_url`: the policy's `[okta] org_url` (the one URL rule; the tokens, when
    /// bound, must be for its origin).
    pub fn new(
        org_url: &str,
        tokens: Arc<dyn TokenSource>,
        timeouts: HttpTimeouts,
        now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<Self, ServiceSetupError> {
        let base = Base::new(org_url, Some(tokens.as_ref()))?;
        Ok(Self {
            http: base.client(timeouts)?,
            base,
            tokens,
            now,
        })
    }

    async fn get(
        &self,
        url: &Url,
        token: &str,
        request_id: &str,
    ) -> Result<reqwest::Response, CallError> {
        self.http
            .get(url.clone())
            .bearer_auth(token)
            .header(reqwest::header::ACCEPT, okta::ACCEPT)
            .header("X-Request-Id", request_id)
            .send()
            .await
            .map_err(|e| transport_error(&e, false))
    }

    /// Reads a failed answer: its status, when to retry, its body.
    async fn failed(&self, resp: reqwest::Response) -> Failed {
        let status = resp.status().as_u16();
        let header = |name: &str| {
            resp.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        let now = (self.now)();
        let retry_after = header("x-rate-limit-reset")
            .and_then(|v| okta::rate_limit_reset(&v))
            .or_else(|| header("retry-after").and_then(|v| RetryAfter::parse(&v, now)));
        let body = body_capped(resp).await.unwrap_or_default();
        Failed {
            status,
            retry_after,
            body,
        }
    }
}

/// Judges a failed answer from the org `org` (see the module doc). `after_refresh`: a
/// 401 now means signing in again. The message (for the details and the helpdesk)
/// names Okta's code and the org.
fn judge(f: &Failed, org: &str, after_refresh: bool) -> CallError {
    let okta_error = okta::parse_error(&f.body);
    let message = okta_error.as_ref().map_or_else(
        || format!("HTTP {} from {org}", f.status),
        |e| format!("{}: {} ({org})", e.code, e.summary),
    );
    let kind = okta_error.as_ref().map(okta::OktaError::kind);
    let class = match (f.status, kind) {
        (_, Some(OktaErrorKind::ApiNotEnabled)) => ErrorClass::ApiOff,
        (403, _) => ErrorClass::ScopeMissing,
        (406, _) | (_, Some(OktaErrorKind::NotAcceptable)) => ErrorClass::Protocol,
        (401, _) if after_refresh => ErrorClass::SignInNeeded,
        _ => ErrorClass::Http,
    };
    let mut ce = CallError::new(class, Some(f.status), &message);
    ce.error.request_id = okta_error.and_then(|e| e.id);
    if f.status == 429 || f.status >= 500 {
        ce.retry_after = f.retry_after;
    }
    ce
}

impl Rest for OktaClient {
    fn base(&self) -> &Base {
        &self.base
    }

    async fn list(&self, request_id: &str) -> Result<MethodsPage, CallError> {
        let url = self.base.join(okta::AUTHENTICATORS_PATH)?;
        self.base.check_token_target(&url)?;
        let token = self.tokens.access_token().await.map_err(auth_error)?;
        let mut resp = self.get(&url, &token, request_id).await?;
        if resp.status().as_u16() == 401 {
            let first = self.failed(resp).await;
            let judged = judge(&first, &self.base.host(), false);
            if judged.error.class == ErrorClass::ApiOff {
                return Err(judged);
            }
            tracing::info!("access token refused by Okta; refreshing once");
            let token = self.tokens.refresh().await.map_err(auth_error)?;
            resp = self.get(&url, &token, request_id).await?;
        }
        if !resp.status().is_success() {
            return Err(judge(&self.failed(resp).await, &self.base.host(), true));
        }
        let body = body_capped(resp).await?;
        okta::parse_authenticators(&body).map_err(|e| {
            CallError::new(
                ErrorClass::Protocol,
                None,
                &format!("unexpected answer: {e}"),
            )
        })
    }

    async fn add_phone(
        &self,
        _request_id: &str,
        _phone_number: &str,
        _phone_type: PhoneType,
    ) -> Result<(), CallError> {
        Err(CallError::new(
            ErrorClass::Local,
            None,
            &ServiceSetupError::PhoneNotOffered("Okta").to_string(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::services::auth::StaticToken;

    fn failed(status: u16, body: &str) -> Failed {
        Failed {
            status,
            retry_after: Some(RetryAfter::Seconds(5)),
            body: body.as_bytes().to_vec(),
        }
    }

    fn judge_at(f: &Failed, after_refresh: bool) -> CallError {
        judge(f, "contoso.okta.com", after_refresh)
    }

    #[test]
    fn answers_are_judged_by_status_and_code() {
        let off = r#"{"errorCode":"E0000015","errorSummary":"off","errorId":"oae1"}"#;
        let e = judge_at(&failed(401, off), false);
        assert_eq!(e.error.class, ErrorClass::ApiOff);
        assert_eq!(e.error.request_id.as_deref(), Some("oae1"));
        assert_eq!(e.retry_after, None);
        let denied = r#"{"errorCode":"E0000006","errorSummary":"no"}"#;
        assert_eq!(
            judge_at(&failed(403, denied), true).error.class,
            ErrorClass::ScopeMissing
        );
        assert_eq!(
            judge_at(&failed(406, "{}"), true).error.class,
            ErrorClass::Protocol
        );
        assert_eq!(
            judge_at(&failed(401, "{}"), true).error.class,
            ErrorClass::SignInNeeded
        );
        let limited = judge_at(&failed(429, r#"{"errorCode":"E0000047"}"#), true);
        assert_eq!(limited.error.class, ErrorClass::Http);
        assert_eq!(limited.retry_after, Some(RetryAfter::Seconds(5)));
        assert_eq!(
            judge_at(&failed(503, "<html>"), true).error.message,
            "HTTP 503 from contoso.okta.com"
        );
        assert_eq!(e.error.message, "E0000015: off (contoso.okta.com)");
    }

    #[test]
    fn the_org_is_the_host_and_tokens_stay_on_it() {
        let now: Arc<dyn Fn() -> Timestamp + Send + Sync> = Arc::new(|| Timestamp::UNIX_EPOCH);
        let tokens: Arc<dyn TokenSource> = Arc::new(
            StaticToken::new("t").bound_to(Url::parse("https://contoso.okta.com").unwrap()),
        );
        let c = OktaClient::new(
            "https://Contoso.okta.com",
            Arc::clone(&tokens),
            HttpTimeouts::default(),
            Arc::clone(&now),
        )
        .unwrap();
        assert_eq!(
            super::super::common::EnrollmentService::host(&c),
            "contoso.okta.com"
        );
        let other = OktaClient::new(
            "https://fabrikam.okta.com",
            tokens,
            HttpTimeouts::default(),
            now,
        );
        assert!(matches!(other, Err(ServiceSetupError::TokenOrigin { .. })));
    }
}
