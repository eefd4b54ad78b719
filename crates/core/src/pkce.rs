//! RFC 7636 PKCE helpers, the authorize URL, and loopback redirect checks.
//!
//! Random bytes are passed in; nothing here draws randomness.
//!
//! The redirect comes back to `http://127.0.0.1:PORT/` (RFC 8252 §7.3: a loopback
//! IP literal, not `localhost`, which a resolver or firewall may send elsewhere,
//! §8.3). Every redirect must carry the `state` we sent before anything in it is
//! believed; only then is an error's `error_description` shown, as one clean line.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use sha2::{Digest, Sha256};

use crate::text;
use crate::weburl;

/// The longest `error` / `error_description` shown from a redirect, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 300;

/// A PKCE code verifier and its S256 challenge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pkce {
    /// `code_verifier`: 43 characters of base64url (no padding).
    pub verifier: String,
    /// `code_challenge` = BASE64URL(SHA256(verifier)).
    pub challenge: String,
}

impl Pkce {
    /// Builds a verifier from 32 random bytes and derives its challenge.
    pub fn from_random(bytes: &[u8; 32]) -> Self {
        let verifier = verifier_from_bytes(bytes);
        let challenge = challenge_s256(&verifier);
        Self {
            verifier,
            challenge,
        }
    }
}

/// `code_verifier` from 32 random bytes: base64url without padding (43 chars).
pub fn verifier_from_bytes(bytes: &[u8; 32]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The S256 `code_challenge` for a verifier.
pub fn challenge_s256(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// An OAuth `state` value from random bytes (base64url, no padding).
/// Pass at least 16 bytes.
pub fn state_from_bytes(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The loopback redirect URI for a listener on `port` (RFC 8252 §7.3).
pub fn loopback_redirect_uri(port: u16) -> String {
    format!("http://127.0.0.1:{port}/")
}

/// Inputs for the Microsoft identity platform v2.0 authorize URL.
#[derive(Debug, Clone, Copy)]
pub struct AuthorizeRequest<'a> {
    /// Authority base, e.g. `https://login.microsoftonline.com` (or loopback
    /// `http://127.0.0.1:…` for labs: the policy's one URL rule).
    pub authority: &'a str,
    /// Tenant id or domain, or `organizations` / `common`.
    pub tenant: &'a str,
    /// Application (client) id.
    pub client_id: &'a str,
    /// Registered redirect URI, e.g. `http://127.0.0.1:53123/`.
    pub redirect_uri: &'a str,
    /// Scopes, joined with spaces.
    pub scopes: &'a [&'a str],
    /// The `state` value (see [`state_from_bytes`]).
    pub state: &'a str,
    /// The S256 code challenge.
    pub code_challenge: &'a str,
}

/// Why an authorize URL could not be built.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthorizeUrlError {
    /// The authority breaks the URL rule (https, or http to loopback) or has a
    /// query or fragment.
    #[error(
        "authority {0:?} must be an https URL (or http to 127.0.0.1 / localhost) without query or fragment"
    )]
    BadAuthority(String),
    /// A required field is empty or holds whitespace/control characters.
    #[error("authorize request field `{0}` is empty or malformed")]
    BadField(&'static str),
}

fn enc(s: &str) -> String {
    // form_urlencoded encodes everything but `*-._` and alphanumerics; spaces
    // become `+`, which we turn into `%20` (a literal `+` is already `%2B`).
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

fn field_ok(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Builds `{authority}/{tenant}/oauth2/v2.0/authorize?...` with
/// `response_type=code`, `response_mode=query` and `code_challenge_method=S256`.
pub fn authorize_url(req: &AuthorizeRequest<'_>) -> Result<String, AuthorizeUrlError> {
    let bad_auth = || AuthorizeUrlError::BadAuthority(weburl::redact(req.authority));
    // The same rule the policy applied to `[graph] authority`.
    let mut url = base_url(req.authority)?;
    if !field_ok(req.tenant) {
        return Err(AuthorizeUrlError::BadField("tenant"));
    }
    let fields = Fields {
        client_id: req.client_id,
        redirect_uri: req.redirect_uri,
        scopes: req.scopes,
        state: req.state,
        code_challenge: req.code_challenge,
    };
    fields.check()?;
    {
        let mut segs = url.path_segments_mut().map_err(|_| bad_auth())?;
        segs.pop_if_empty()
            .push(req.tenant)
            .extend(["oauth2", "v2.0", "authorize"]);
    }
    url.set_query(Some(&fields.query(true)));
    Ok(url.into())
}

/// Inputs for a standard OAuth 2.0 authorize URL at an endpoint the identity
/// provider names itself (OIDC discovery's `authorization_endpoint`: Okta's org
/// authorization server, `https://contoso.okta.com/oauth2/v1/authorize`).
#[derive(Debug, Clone, Copy)]
pub struct EndpointRequest<'a> {
    /// The `authorization_endpoint` (https, or http to loopback for labs).
    pub endpoint: &'a str,
    pub client_id: &'a str,
    pub redirect_uri: &'a str,
    pub scopes: &'a [&'a str],
    pub state: &'a str,
    pub code_challenge: &'a str,
}

/// Builds `{endpoint}?response_type=code&client_id=…&redirect_uri=…&scope=…&state=…
/// &code_challenge=…&code_challenge_method=S256` (RFC 6749 §4.1.1, RFC 7636).
pub fn endpoint_authorize_url(req: &EndpointRequest<'_>) -> Result<String, AuthorizeUrlError> {
    let mut url = base_url(req.endpoint)?;
    let fields = Fields {
        client_id: req.client_id,
        redirect_uri: req.redirect_uri,
        scopes: req.scopes,
        state: req.state,
        code_challenge: req.code_challenge,
    };
    fields.check()?;
    url.set_query(Some(&fields.query(false)));
    Ok(url.into())
}

/// The authority or endpoint under the one URL rule, without query or fragment.
fn base_url(raw: &str) -> Result<url::Url, AuthorizeUrlError> {
    let bad = || AuthorizeUrlError::BadAuthority(weburl::redact(raw));
    let url = weburl::service_url(raw).map_err(|_| bad())?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad());
    }
    Ok(url)
}

/// What every authorize URL carries.
struct Fields<'a> {
    client_id: &'a str,
    redirect_uri: &'a str,
    scopes: &'a [&'a str],
    state: &'a str,
    code_challenge: &'a str,
}

impl Fields<'_> {
    fn check(&self) -> Result<(), AuthorizeUrlError> {
        for (name, value) in [
            ("client_id", self.client_id),
            ("redirect_uri", self.redirect_uri),
            ("state", self.state),
            ("code_challenge", self.code_challenge),
        ] {
            if !field_ok(value) {
                return Err(AuthorizeUrlError::BadField(name));
            }
        }
        if self.scopes.is_empty() || !self.scopes.iter().all(|s| field_ok(s)) {
            return Err(AuthorizeUrlError::BadField("scopes"));
        }
        Ok(())
    }

    /// The query; `response_mode=query` for Microsoft's endpoint (as it always had).
    fn query(&self, response_mode: bool) -> String {
        let mut pairs = vec![
            ("client_id", self.client_id.to_owned()),
            ("response_type", "code".to_owned()),
            ("redirect_uri", self.redirect_uri.to_owned()),
        ];
        if response_mode {
            pairs.push(("response_mode", "query".to_owned()));
        }
        pairs.extend([
            ("scope", self.scopes.join(" ")),
            ("state", self.state.to_owned()),
            ("code_challenge", self.code_challenge.to_owned()),
            ("code_challenge_method", "S256".to_owned()),
        ]);
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", enc(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Why a loopback redirect was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RedirectError {
    /// The request target is not origin-form or has the wrong path.
    #[error("unexpected redirect target path {0:?}")]
    WrongPath(String),
    /// A parameter appeared more than once.
    #[error("redirect parameter `{0}` appears more than once")]
    DuplicateParameter(String),
    /// No `state` parameter.
    #[error("redirect is missing the `state` parameter")]
    MissingState,
    /// `state` differs from the one we sent (possible CSRF).
    #[error("redirect `state` does not match the request (possible forgery)")]
    StateMismatch,
    /// The user (or policy) declined the sign-in: `error=access_denied`.
    #[error("sign-in was cancelled or denied{}", fmt_desc(.description))]
    AccessDenied {
        /// `error_description`, if given.
        description: Option<String>,
    },
    /// Any other OAuth error response.
    #[error("sign-in failed: {error}{}", fmt_desc(.description))]
    Authorization {
        /// The `error` code.
        error: String,
        /// `error_description`, if given.
        description: Option<String>,
    },
    /// No (or an empty) `code` parameter.
    #[error("redirect is missing the authorization `code`")]
    MissingCode,
}

fn fmt_desc(d: &Option<String>) -> String {
    d.as_ref().map(|d| format!(": {d}")).unwrap_or_default()
}

fn ct_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Checks the request target of the loopback redirect (e.g.
/// `/?code=...&state=...`) against `expected_path` (usually `/`) and the
/// `state` we sent. Returns the authorization code.
///
/// The state is checked first (in constant time) and is required on every
/// redirect, errors included: a request without our state is not ours, whatever
/// it says, so it can neither end the sign-in nor put its text in front of the
/// user. The `error` and `error_description` of a matching redirect are made one
/// clean, bounded line ([`text::single_line`]).
pub fn validate_redirect(
    target: &str,
    expected_path: &str,
    expected_state: &str,
) -> Result<String, RedirectError> {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query.split_once('#').map_or(query, |(q, _)| q);
    if path != expected_path {
        return Err(RedirectError::WrongPath(shown(path)));
    }
    let params = RedirectParams::parse(query)?;
    match &params.state {
        None => return Err(RedirectError::MissingState),
        Some(s) if !ct_eq(s.as_bytes(), expected_state.as_bytes()) => {
            return Err(RedirectError::StateMismatch);
        }
        Some(_) => {}
    }
    if let Some(error) = params.error {
        let description = params
            .description
            .map(|d| shown(&d))
            .filter(|d| !d.is_empty());
        return Err(if error == "access_denied" {
            RedirectError::AccessDenied { description }
        } else {
            RedirectError::Authorization {
                error: shown(&error),
                description,
            }
        });
    }
    match params.code {
        Some(c) if !c.is_empty() => Ok(c),
        _ => Err(RedirectError::MissingCode),
    }
}

/// The parameters of a redirect we look at, each at most once.
#[derive(Default)]
struct RedirectParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    description: Option<String>,
}

impl RedirectParams {
    fn parse(query: &str) -> Result<Self, RedirectError> {
        let mut p = Self::default();
        for (k, v) in url::form_urlencoded::parse(query.as_bytes()) {
            let slot = match k.as_ref() {
                "code" => &mut p.code,
                "state" => &mut p.state,
                "error" => &mut p.error,
                "error_description" => &mut p.description,
                _ => continue,
            };
            if slot.is_some() {
                return Err(RedirectError::DuplicateParameter(k.into_owned()));
            }
            *slot = Some(v.into_owned());
        }
        Ok(p)
    }
}

/// External text as one clean line of at most [`MAX_DESCRIPTION_CHARS`].
fn shown(s: &str) -> String {
    let line = text::single_line(s);
    match line.char_indices().nth(MAX_DESCRIPTION_CHARS) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use url::Url;

    // The octets printed in RFC 7636 Appendix B.
    const RFC_BYTES: [u8; 32] = [
        116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37,
        77, 105, 214, 191, 240, 91, 88, 5, 88, 83, 132, 141, 121,
    ];

    #[test]
    fn rfc7636_appendix_b() {
        let p = Pkce::from_random(&RFC_BYTES);
        assert_eq!(p.verifier, "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_eq!(p.challenge, "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn state_is_urlsafe() {
        assert_eq!(state_from_bytes(&[0xfb, 0xff, 0xfe]), "-__-");
    }

    proptest! {
        #[test]
        fn verifier_is_43_unreserved(bytes in any::<[u8; 32]>()) {
            let p = Pkce::from_random(&bytes);
            prop_assert_eq!(p.verifier.len(), 43);
            prop_assert!(p.verifier.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~".contains(&b)));
            prop_assert_eq!(p.challenge.len(), 43);
        }

        #[test]
        fn redirect_never_panics(s in "\\PC{0,60}") {
            let _ = validate_redirect(&s, "/", "abc");
        }
    }

    fn req<'a>(scopes: &'a [&'a str]) -> AuthorizeRequest<'a> {
        AuthorizeRequest {
            authority: "https://login.microsoftonline.com",
            tenant: "contoso.onmicrosoft.com",
            client_id: "00000000-0000-0000-0000-00000000abcd",
            redirect_uri: "http://127.0.0.1:53123/",
            scopes,
            state: "st+/=ate",
            code_challenge: "E9Melhoa2OwvFrEXGEXoodPMPrJfQ0T7Rtd7jvOJ7Bs",
        }
    }

    #[test]
    fn builds_authorize_url() {
        let scopes = [
            "openid",
            "offline_access",
            "UserAuthenticationMethod.ReadWrite",
        ];
        let u = authorize_url(&req(&scopes)).unwrap();
        assert_eq!(
            u,
            "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize\
             ?client_id=00000000-0000-0000-0000-00000000abcd&response_type=code\
             &redirect_uri=http%3A%2F%2F127.0.0.1%3A53123%2F&response_mode=query\
             &scope=openid%20offline_access%20UserAuthenticationMethod.ReadWrite\
             &state=st%2B%2F%3Date&code_challenge=E9Melhoa2OwvFrEXGEXoodPMPrJfQ0T7Rtd7jvOJ7Bs\
             &code_challenge_method=S256"
        );
        // Round-trips through a URL parser.
        let parsed = Url::parse(&u).unwrap();
        let pairs: Vec<_> = parsed.query_pairs().into_owned().collect();
        assert!(pairs.contains(&("state".into(), "st+/=ate".into())));
        assert!(pairs.contains(&("redirect_uri".into(), "http://127.0.0.1:53123/".into())));
    }

    #[test]
    fn authority_with_trailing_slash_and_path_tenant_escaped() {
        let scopes = ["openid"];
        let mut r = req(&scopes);
        r.authority = "https://login.microsoftonline.com/";
        r.tenant = "a/b";
        let u = authorize_url(&r).unwrap();
        assert!(
            u.starts_with("https://login.microsoftonline.com/a%2Fb/oauth2/v2.0/authorize?"),
            "{u}"
        );
    }

    #[test]
    fn rejects_bad_authorize_inputs() {
        let scopes = ["openid"];
        for a in [
            "http://login.microsoftonline.com",
            "not a url",
            "https://x/?q=1",
        ] {
            let mut r = req(&scopes);
            r.authority = a;
            assert!(matches!(
                authorize_url(&r),
                Err(AuthorizeUrlError::BadAuthority(_))
            ));
        }
        let mut r = req(&scopes);
        r.client_id = "";
        assert_eq!(
            authorize_url(&r),
            Err(AuthorizeUrlError::BadField("client_id"))
        );
        let empty: [&str; 0] = [];
        assert_eq!(
            authorize_url(&req(&empty)),
            Err(AuthorizeUrlError::BadField("scopes"))
        );
        let bad = ["open id"];
        assert_eq!(
            authorize_url(&req(&bad)),
            Err(AuthorizeUrlError::BadField("scopes"))
        );
    }

    #[test]
    fn redirect_ok() {
        assert_eq!(
            validate_redirect("/?code=0.AXo%2Babc&state=xyz&session_state=1", "/", "xyz"),
            Ok("0.AXo+abc".to_owned())
        );
    }

    #[test]
    fn redirect_errors() {
        use RedirectError::*;
        let v = |t| validate_redirect(t, "/", "xyz");
        assert_eq!(v("/?code=c&state=abc"), Err(StateMismatch));
        assert_eq!(v("/?code=c&state=xy"), Err(StateMismatch));
        assert_eq!(v("/?code=c"), Err(MissingState));
        assert_eq!(v("/?state=xyz"), Err(MissingCode));
        assert_eq!(v("/?code=&state=xyz"), Err(MissingCode));
        assert_eq!(v("/favicon.ico"), Err(WrongPath("/favicon.ico".into())));
        assert_eq!(v("/cb?code=c&state=xyz"), Err(WrongPath("/cb".into())));
        assert_eq!(
            v("/?code=c&code=d&state=xyz"),
            Err(DuplicateParameter("code".into()))
        );
        assert_eq!(
            v("/?error=access_denied&error_description=AADSTS50126%3A+cancelled&state=xyz"),
            Err(AccessDenied {
                description: Some("AADSTS50126: cancelled".into())
            })
        );
        // Every redirect needs our state, error redirects included.
        assert_eq!(v("/?error=access_denied"), Err(MissingState));
        assert_eq!(
            v("/?error=access_denied&error_description=Call+1-900-555-0100"),
            Err(MissingState)
        );
        assert_eq!(
            v("/?error=invalid_request&state=xyz"),
            Err(Authorization {
                error: "invalid_request".into(),
                description: None
            })
        );
        // A forged error with the wrong state is reported as a state mismatch.
        assert_eq!(v("/?error=access_denied&state=evil"), Err(StateMismatch));
        let msg = v("/?error=access_denied&error_description=nope&state=xyz")
            .unwrap_err()
            .to_string();
        assert_eq!(msg, "sign-in was cancelled or denied: nope");
    }

    #[test]
    fn redirect_text_is_one_clean_bounded_line() {
        let v = |t: &str| validate_redirect(t, "/", "xyz");
        assert_eq!(
            v(
                "/?error=server%1b%5B2J_error&error_description=line%0D%0Aforged%1b%5B31m+red%E2%80%AE&state=xyz"
            ),
            Err(RedirectError::Authorization {
                error: "server[2J_error".into(),
                description: Some("line forged[31m red".into()),
            })
        );
        let long = "a".repeat(5000);
        let Err(RedirectError::AccessDenied {
            description: Some(d),
        }) = v(&format!(
            "/?error=access_denied&error_description={long}&state=xyz"
        ))
        else {
            panic!("expected access_denied")
        };
        assert_eq!(d.chars().count(), MAX_DESCRIPTION_CHARS + 1);
        assert!(d.ends_with('…'));
        assert_eq!(
            v("/x%1b%5B2J?state=xyz"),
            Err(RedirectError::WrongPath("/x%1b%5B2J".into()))
        );
    }

    #[test]
    fn loopback_redirect_uri_is_an_ip_literal() {
        assert_eq!(loopback_redirect_uri(53123), "http://127.0.0.1:53123/");
    }

    #[test]
    fn loopback_authority_is_accepted_like_the_policy_does() {
        let scopes = ["openid"];
        let mut r = req(&scopes);
        r.authority = "http://127.0.0.1:9999";
        let u = authorize_url(&r).unwrap();
        assert!(
            u.starts_with("http://127.0.0.1:9999/contoso.onmicrosoft.com/oauth2/v2.0/authorize?"),
            "{u}"
        );
        r.authority = "http://login.example.com";
        assert!(matches!(
            authorize_url(&r),
            Err(AuthorizeUrlError::BadAuthority(_))
        ));
    }

    #[test]
    fn builds_a_standard_authorize_url_at_an_endpoint() {
        let scopes = [
            "okta.myAccount.authenticators.read",
            "openid",
            "offline_access",
        ];
        let r = EndpointRequest {
            endpoint: "https://contoso.okta.com/oauth2/v1/authorize",
            client_id: "0oa1abc",
            redirect_uri: "http://127.0.0.1:53123/",
            scopes: &scopes,
            state: "st",
            code_challenge: "E9Melhoa2OwvFrEXGEXoodPMPrJfQ0T7Rtd7jvOJ7Bs",
        };
        assert_eq!(
            endpoint_authorize_url(&r).unwrap(),
            "https://contoso.okta.com/oauth2/v1/authorize\
             ?client_id=0oa1abc&response_type=code\
             &redirect_uri=http%3A%2F%2F127.0.0.1%3A53123%2F\
             &scope=okta.myAccount.authenticators.read%20openid%20offline_access\
             &state=st&code_challenge=E9Melhoa2OwvFrEXGEXoodPMPrJfQ0T7Rtd7jvOJ7Bs\
             &code_challenge_method=S256"
        );
        for endpoint in [
            "http://contoso.okta.com/oauth2/v1/authorize",
            "https://contoso.okta.com/oauth2/v1/authorize?x=1",
        ] {
            assert!(matches!(
                endpoint_authorize_url(&EndpointRequest { endpoint, ..r }),
                Err(AuthorizeUrlError::BadAuthority(_))
            ));
        }
        assert!(matches!(
            endpoint_authorize_url(&EndpointRequest { state: "", ..r }),
            Err(AuthorizeUrlError::BadField("state"))
        ));
    }
}
