//! The policy as written: TOML deserialised into spanned raw structures, with
//! unknown keys and wrong types reported at their line and column. Nothing is
//! judged here beyond the shape; the section validators do that.

use serde::Deserialize;
use toml::Spanned;

use crate::feeds::FeedKind;
use crate::provider::Provider;

use super::error::{Checker, PolicyErrors};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPolicy {
    pub(super) schema: Spanned<i64>,
    pub(super) organization: Spanned<String>,
    pub(super) provider: Option<Spanned<Provider>>,
    pub(super) tenant: Option<Spanned<String>>,
    pub(super) enrollment: Option<Spanned<RawEnrollment>>,
    pub(super) helpdesk: Option<Spanned<RawHelpdesk>>,
    #[serde(default)]
    pub(super) portal: Vec<Spanned<RawPortal>>,
    pub(super) probe_interval_s: Option<Spanned<i64>>,
    pub(super) extra_root_certs: Option<Vec<Spanned<String>>>,
    pub(super) status_feed: Option<Vec<Spanned<RawStatusFeed>>>,
    pub(super) connectivity_check: Option<Vec<Spanned<RawConnectivityCheck>>>,
    pub(super) graph: Option<Spanned<RawGraph>>,
    pub(super) enrollment_api: Option<Spanned<RawEnrollmentApi>>,
    pub(super) okta: Option<Spanned<RawOkta>>,
    pub(super) reminders: Option<Spanned<RawReminders>>,
    pub(super) language: Option<Spanned<RawLanguage>>,
    pub(super) device: Option<Spanned<RawDevice>>,
    pub(super) network: Option<Spanned<RawNetwork>>,
}

/// `[network]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawNetwork {
    pub(super) proxy: Option<Spanned<String>>,
}

/// `[device]`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDevice {
    pub(super) require: Option<Spanned<Vec<Spanned<String>>>>,
    pub(super) min_os: Option<Spanned<std::collections::BTreeMap<String, Spanned<String>>>>,
    pub(super) unknown: Option<Spanned<String>>,
}

/// `language = "de"` (the one language) or `language = ["de", "en"]` (those allowed).
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum RawLanguage {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReminders {
    pub(super) days_before: Option<Spanned<Vec<Spanned<i64>>>>,
    pub(super) quiet_hours: Option<Spanned<String>>,
    pub(super) autostart: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawStatusFeed {
    pub(super) name: Spanned<String>,
    pub(super) kind: Spanned<FeedKind>,
    pub(super) url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawGraph {
    pub(super) client_id: Option<Spanned<String>>,
    pub(super) authority: Option<Spanned<String>>,
    pub(super) base_url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawConnectivityCheck {
    pub(super) url: Spanned<String>,
    pub(super) expect_body: Option<Spanned<String>>,
    pub(super) expect_status: Option<Spanned<i64>>,
}

/// `[okta]`: the Okta org and MFA Ready's app in it (provider `okta`).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOkta {
    pub(super) org_url: Option<Spanned<String>>,
    pub(super) client_id: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnrollmentApi {
    pub(super) base_url: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEnrollment {
    pub(super) deadline: Option<Spanned<toml::value::Datetime>>,
    pub(super) new_user_days: Option<Spanned<i64>>,
    pub(super) min_methods: Option<Spanned<i64>>,
    pub(super) min_phishing_resistant: Option<Spanned<i64>>,
    pub(super) allowed_methods: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawHelpdesk {
    pub(super) name: Spanned<String>,
    pub(super) url: Option<Spanned<String>>,
    pub(super) phone: Option<Spanned<String>>,
    pub(super) email: Option<Spanned<String>>,
    pub(super) booking_url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPortal {
    pub(super) name: Spanned<String>,
    pub(super) url: Spanned<String>,
    pub(super) slow_ms: Option<Spanned<i64>>,
    pub(super) timeout_ms: Option<Spanned<i64>>,
}

/// Reads the TOML text into [`RawPolicy`]. A syntax error or a wrong shape is one
/// located error (serde stops at the first).
pub(super) fn deserialize(text: &str, file: &str) -> Result<RawPolicy, PolicyErrors> {
    let mut ck = Checker::new(text, file);
    let de = match toml::Deserializer::parse(text) {
        Ok(de) => de,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            ck.err(
                span,
                "",
                format!("not valid TOML: {}", clean_message(e.message())),
            );
            return Err(ck.into_errors());
        }
    };
    match serde_path_to_error::deserialize(de) {
        Ok(raw) => Ok(raw),
        Err(e) => {
            let field = clean_path(e.path());
            let inner = e.into_inner();
            let span = inner.span().unwrap_or(0..0);
            let mut message = clean_message(inner.message());
            if message.starts_with("missing field") && field.is_empty() {
                message = format!("{message} (required at the top of the file)");
            }
            ck.err(span, field, message);
            Err(ck.into_errors())
        }
    }
}

/// Turns serde_path_to_error's path into our dotted field path, dropping
/// `toml::Spanned`'s private segments.
fn clean_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                if key.starts_with("$__") {
                    continue;
                }
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Enum { variant } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(variant);
            }
            Segment::Unknown => {}
        }
    }
    out
}

/// Makes toml's serde messages plain: "unknown field `foo`, expected one of …".
fn clean_message(msg: &str) -> String {
    let msg = msg.trim();
    let msg = msg.strip_suffix('\n').unwrap_or(msg);
    msg.replace("$__toml_private_datetime", "datetime")
        .replace("expected i64", "expected a whole number")
        .replace("expected a sequence", "expected a list")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shape_error_is_one_located_error() {
        let errs = deserialize("schema = 1\norganization = 42\n", "p.toml")
            .err()
            .unwrap();
        assert_eq!(errs.0.len(), 1);
        let e = &errs.0[0];
        assert_eq!((e.line, e.field.as_str()), (2, "organization"));
        assert!(e.message.contains("invalid type"), "{e}");
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let errs = deserialize("schema = 1\norganization = = 2\n", "p.toml")
            .err()
            .unwrap();
        assert_eq!(errs.0[0].line, 2);
        assert!(errs.0[0].message.starts_with("not valid TOML"));
    }
}
