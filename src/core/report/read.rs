//! Opening a report someone handed over (helpdesk mode): one clear sentence for
//! each way it can be wrong, never a crash.

use super::code::file_code_matches;
use super::model::{REPORT_SCHEMA, Report};

/// Reports larger than this are refused before parsing.
pub const MAX_REPORT_BYTES: u64 = 16 * 1024 * 1024;

/// Why a report cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error(
        "This report is {0} bytes, larger than the 16 MiB a report can be; it is not an MFA Ready report or it is damaged."
    )]
    TooLarge(u64),
    #[error(
        "This file is empty or cut short (it ends at line {line}, column {column}); ask for the report again."
    )]
    Truncated { line: usize, column: usize },
    #[error("This file is not an MFA Ready report (line {line}, column {column}: {why}).")]
    Malformed {
        line: usize,
        column: usize,
        why: String,
    },
    #[error(
        "This report was made by a newer MFA Ready (report schema {0}; this version reads schema {REPORT_SCHEMA}); update MFA Ready to open it."
    )]
    Newer(u32),
    #[error("This report has an unknown schema version ({0}).")]
    Older(u32),
}

/// A report read from a file, and whether its support code still matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub report: Report,
    /// False when the file was changed after it was made.
    pub code_matches: bool,
}

/// Parses a report's bytes (the caller has checked the size with [`MAX_REPORT_BYTES`]).
pub fn parse(bytes: &[u8]) -> Result<Opened, ReadError> {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_REPORT_BYTES {
        return Err(ReadError::TooLarge(len));
    }
    // The schema version first, so a newer report says so instead of "malformed".
    let value: serde_json::Value = serde_json::from_slice(bytes).map_err(located)?;
    let schema = value
        .get("report_schema")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ReadError::Malformed {
            line: 1,
            column: 1,
            why: "no \"report_schema\" number".into(),
        })?;
    let schema = u32::try_from(schema).unwrap_or(u32::MAX);
    if schema > REPORT_SCHEMA {
        return Err(ReadError::Newer(schema));
    }
    if schema < REPORT_SCHEMA {
        return Err(ReadError::Older(schema));
    }
    let report: Report = serde_json::from_slice(bytes).map_err(located)?;
    Ok(Opened {
        code_matches: file_code_matches(&value),
        report,
    })
}

fn located(e: serde_json::Error) -> ReadError {
    let (line, column) = (e.line(), e.column());
    if e.is_eof() {
        ReadError::Truncated { line, column }
    } else {
        ReadError::Malformed {
            line,
            column,
            why: crate::core::text::single_line(&e.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::code::{code_for_file, code_matches};
    use super::*;

    /// A report the binary wrote before `error_kind` existed (commit 343ec65): a
    /// portal behind TLS inspection, a failed phone job, one method marked.
    const BEFORE_ERROR_KIND: &[u8] =
        include_bytes!("../../../tests/fixtures/report-before-error-kind.json");

    #[test]
    fn a_report_from_before_a_field_was_added_is_still_genuine() {
        let opened = parse(BEFORE_ERROR_KIND).unwrap();
        assert_eq!(opened.report.support_code, "0AX9-6ZWX");
        assert!(opened.report.portals.iter().all(|p| p.error_kind.is_none()));
        assert!(
            opened.code_matches,
            "an untouched older report looks edited"
        );
        // Without the field, the guide reads the English explanation.
        let guide = super::super::guide::guide(&opened.report);
        assert!(
            guide
                .iter()
                .any(|s| s.say.iter().any(|l| l.contains("TLS inspection"))),
            "{guide:?}"
        );
    }

    #[test]
    fn an_edited_report_is_flagged_and_an_unknown_field_is_not() {
        let text = std::str::from_utf8(BEFORE_ERROR_KIND).unwrap();
        let edited = text.replacen("\"tls_failure\"", "\"healthy\"", 1);
        assert_ne!(edited, text);
        assert!(!parse(edited.as_bytes()).unwrap().code_matches);
        // A newer writer of the same schema with a field this version does not know,
        // sealed over its own JSON: genuine here too.
        let mut v: serde_json::Value = serde_json::from_slice(BEFORE_ERROR_KIND).unwrap();
        v["portals"][0]["added_later"] = serde_json::json!("x");
        v["support_code"] = serde_json::json!(code_for_file(&v));
        let opened = parse(&serde_json::to_vec_pretty(&v).unwrap()).unwrap();
        assert!(opened.code_matches);
        assert!(
            !code_matches(&opened.report),
            "this version's own view drops the field: checking the struct would flag it"
        );
    }

    proptest::proptest! {
        /// Phase timings are arbitrary floats: the file a report is written to must
        /// read back as the report that was sealed (serde_json's default parser may
        /// land one ulp off, and the viewer then called a genuine report edited).
        #[test]
        fn a_written_report_reads_back_genuine(ms in proptest::collection::vec(0.0f64..120_000.0, 5)) {
            let mut r = super::super::testkit::outage();
            let p = &mut r.portals[0].phases;
            p.dns_ms = Some(ms[0]);
            p.connect_ms = Some(ms[1]);
            p.tls_ms = Some(ms[2]);
            p.first_byte_ms = Some(ms[3]);
            p.total_ms = Some(ms[4] / 7.0);
            super::super::code::seal(&mut r);
            let text = serde_json::to_string_pretty(&r).unwrap();
            let opened = parse(text.as_bytes()).unwrap();
            proptest::prop_assert!(opened.code_matches, "{}", text);
            proptest::prop_assert_eq!(opened.report, r);
        }
    }
}
