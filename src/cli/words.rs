//! The command line's words that several commands share (`cli.ftl`): where the policy came
//! from, its signature, and labels padded to one width in any language (`status`,
//! `policy show`).

use jiff::tz::TimeZone;
use mfa_ready_core::policy::PolicyOrigin;
use mfa_ready_i18n::{Catalog, tr};

use crate::services::config::PolicySource;
use crate::services::trust::PolicyTrust;

/// "/etc/mfa-ready/policy.toml (system-wide)", "built-in default (no policy file found)".
pub fn policy_source(tr: &Catalog, source: &PolicySource) -> String {
    let path = source.file_label();
    match source.origin {
        PolicyOrigin::Flag => tr!(tr, "cli-policy-from-flag", path = path),
        PolicyOrigin::Env => tr!(tr, "cli-policy-from-env", path = path),
        PolicyOrigin::System => tr!(tr, "cli-policy-from-system", path = path),
        PolicyOrigin::BesideExecutable => tr!(tr, "cli-policy-from-beside", path = path),
        PolicyOrigin::Embedded => tr!(tr, "cli-policy-from-embedded"),
    }
}

/// "signed: signer: IT (key …; valid until …)" or "unsigned policy (…)", with whether
/// this device requires signed policies.
pub fn signature(tr: &Catalog, t: &PolicyTrust, tz: &TimeZone) -> String {
    let Some(key) = t.key_id.clone().filter(|_| t.signed) else {
        return if t.required {
            tr!(tr, "cli-signature-unsigned-required")
        } else {
            tr!(tr, "cli-signature-unsigned")
        };
    };
    let until = t.expires_at.map(|e| tr.date_time(&e.to_zoned(tz.clone())));
    match (t.signer.clone(), until) {
        (Some(signer), Some(until)) => tr!(
            tr,
            "cli-signature-signed-by-until",
            signer = signer,
            key = key,
            until = until
        ),
        (Some(signer), None) => tr!(tr, "cli-signature-signed-by", signer = signer, key = key),
        (None, Some(until)) => tr!(tr, "cli-signature-signed-until", key = key, until = until),
        (None, None) => tr!(tr, "cli-signature-signed", key = key),
    }
}

/// A label with its colon, as the language writes it ("Deadline:", "Échéance :").
pub fn label(tr: &Catalog, id: &str) -> String {
    tr!(tr, "status-label", label = tr.text(id))
}

/// How many terminal columns a text takes (a Japanese character takes two).
pub fn columns(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `label` padded with spaces to `width` columns.
pub fn padded(label: &str, width: usize) -> String {
    format!(
        "{label}{}",
        " ".repeat(width.saturating_sub(columns(label)))
    )
}
