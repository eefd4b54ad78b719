//! Shared fixtures and assertions for the policy validators' tests.
#![allow(clippy::panic)] // test helpers: a failed expectation should stop the test

use jiff::Timestamp;

use super::error::PolicyError;
use super::parse::parse;

pub(super) fn now() -> Timestamp {
    "2026-11-22T09:00:00Z"
        .parse()
        .unwrap_or(Timestamp::UNIX_EPOCH)
}

pub(super) const VALID: &str = r#"schema = 1
organization = "Contoso"
provider = "entra"
tenant = "contoso.onmicrosoft.com"

[enrollment]
deadline = 2026-12-15T17:00:00+01:00
new_user_days = 14
min_methods = 2
min_phishing_resistant = 1
allowed_methods = ["authenticator_app", "passkey", "security_key", "windows_hello", "phone_sms", "software_oath"]

[helpdesk]
name = "Contoso Service Desk"
url = "https://help.contoso.com/mfa"
phone = "+1 425 555 0100"
email = "servicedesk@contoso.com"

[[portal]]
name = "My Sign-Ins (security info)"
url = "https://mysignins.microsoft.com/security-info"
slow_ms = 2000
timeout_ms = 10000
"#;

pub(super) const PROBING: &str = r#"schema = 1
organization = "Contoso"
provider = "custom"
probe_interval_s = 120
extra_root_certs = ["/etc/contoso/inspection-ca.pem"]

[[portal]]
name = "Lab portal"
url = "http://127.0.0.1:8080/ok"

[[status_feed]]
name = "Contoso status"
kind = "statuspage"
url = "https://status.contoso.com/api/v2/summary.json"

[[connectivity_check]]
url = "http://127.0.0.1:8080/connecttest.txt"
expect_body = "Microsoft Connect Test"

[[connectivity_check]]
url = "http://127.0.0.1:8080/generate_204"
expect_status = 204
"#;

/// Asserts the policy fails with an error at `line` naming `field` and containing `needle`.
#[track_caller]
pub(super) fn assert_error(text: &str, line: usize, field: &str, needle: &str) -> PolicyError {
    let errs = match parse(text, "policy.toml", now()) {
        Ok(_) => panic!("expected an error for field {field}"),
        Err(e) => e,
    };
    let Some(found) = errs.0.iter().find(|e| e.field == field) else {
        panic!("no error for field {field:?} in:\n{errs}")
    };
    assert_eq!(found.line, line, "wrong line in: {found}");
    assert!(
        found.message.contains(needle),
        "message {:?} lacks {needle:?}",
        found.message
    );
    let shown = found.to_string();
    assert!(
        shown.starts_with(&format!("policy.toml:{line}:{}: {field}: ", found.column)),
        "{shown}"
    );
    found.clone()
}

pub(super) fn replace_line(text: &str, line_no: usize, new: &str) -> String {
    text.lines()
        .enumerate()
        .map(|(i, l)| if i + 1 == line_no { new } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}
