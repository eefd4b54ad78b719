//! Which client a policy's provider uses.

use std::sync::Arc;

use jiff::Timestamp;

use mfa_ready_core::policy::Policy;
use mfa_ready_core::provider::Provider;

use crate::services::auth::TokenSource;
use crate::services::http::HttpTimeouts;

use super::common::{EnrollmentService, ServiceSetupError};
use super::graph::{CustomClient, GraphClient};
use super::okta::OktaClient;

/// The enrollment service this policy uses, if any.
pub fn enrollment_service(
    policy: &Policy,
    tokens: Option<Arc<dyn TokenSource>>,
    timeouts: HttpTimeouts,
    now: Arc<dyn Fn() -> Timestamp + Send + Sync>,
) -> Result<Arc<dyn EnrollmentService>, ServiceSetupError> {
    match policy.provider {
        Provider::Entra => {
            let tokens = tokens.ok_or(if policy.graph.client_id.is_none() {
                ServiceSetupError::NoAppRegistration
            } else {
                ServiceSetupError::NotSignedIn
            })?;
            Ok(Arc::new(GraphClient::new(
                &policy.graph.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        Provider::Custom => {
            let api = policy
                .enrollment_api
                .as_ref()
                .ok_or(ServiceSetupError::NoEnrollmentApi)?;
            Ok(Arc::new(CustomClient::new(
                &api.base_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        Provider::Okta => {
            let okta = policy
                .okta
                .as_ref()
                .ok_or(ServiceSetupError::NoOktaAppRegistration)?;
            let tokens = tokens.ok_or(if okta.client_id.is_none() {
                ServiceSetupError::NoOktaAppRegistration
            } else {
                ServiceSetupError::OktaNotSignedIn
            })?;
            Ok(Arc::new(OktaClient::new(
                &okta.org_url,
                tokens,
                timeouts,
                now,
            )?))
        }
        other => Err(ServiceSetupError::Unsupported(other.display_name())),
    }
}

/// Whether MFA Ready can add a phone through this policy's service: Okta's
/// MyAccount API lists methods but adds none for an app (the phone is added in Okta).
pub fn adds_phones(policy: &Policy) -> bool {
    policy.provider != Provider::Okta
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(text: &str) -> Policy {
        mfa_ready_core::policy::parse(text, "p.toml", Timestamp::UNIX_EPOCH).unwrap()
    }

    #[test]
    fn okta_needs_its_app_or_a_token() {
        let head = "schema = 1\norganization = \"C\"\nprovider = \"okta\"\ntenant = \"contoso.okta.com\"\n";
        let now: Arc<dyn Fn() -> Timestamp + Send + Sync> = Arc::new(|| Timestamp::UNIX_EPOCH);
        let bare = policy(head);
        let e = enrollment_service(&bare, None, HttpTimeouts::default(), Arc::clone(&now))
            .err()
            .unwrap();
        assert!(matches!(e, ServiceSetupError::NoOktaAppRegistration), "{e}");
        assert!(!adds_phones(&bare));
        let with_app = policy(&format!("{head}[okta]\nclient_id = \"0oa1\"\n"));
        let e = enrollment_service(&with_app, None, HttpTimeouts::default(), Arc::clone(&now))
            .err()
            .unwrap();
        assert!(matches!(e, ServiceSetupError::OktaNotSignedIn), "{e}");
        assert!(e.to_string().contains("MFA_READY_OKTA_TOKEN"), "{e}");
        let tokens: Arc<dyn TokenSource> = Arc::new(crate::services::auth::StaticToken::new("t"));
        let svc =
            enrollment_service(&with_app, Some(tokens), HttpTimeouts::default(), now).unwrap();
        assert_eq!(svc.host(), "contoso.okta.com");
    }
}
