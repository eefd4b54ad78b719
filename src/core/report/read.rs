//! Opening a report someone handed over (helpdesk mode): one clear sentence for
//! each way it can be wrong, never a crash.

use super::code::code_matches;
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
        code_matches: code_matches(&report),
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
