//! Opening a report someone handed over (helpdesk mode): one clear sentence for
//! each way it can be wrong, never a crash, and never more than the window can
//! show. The support code is checked on the file's own JSON first (so a genuine
//! report stays genuine); then every text is cut to one line of a few hundred
//! characters and every list to a sensible length ([`Omitted`] says how many were
//! left out, for "… n more"). A file the 16 MiB cap admits but that holds more
//! entries than any report (a million tiny values) is refused before it is parsed.

use serde_json::Value;

use super::code::file_code_matches;
use super::model::{REPORT_SCHEMA, Report};
use crate::text::single_line_capped;

/// Reports larger than this are refused before parsing.
pub const MAX_REPORT_BYTES: u64 = 16 * 1024 * 1024;

/// Most JSON values (and object entries) a report may hold: a real one has a few
/// thousand. Counted without parsing, so a file of a million `0,` is refused
/// before it costs memory.
pub const MAX_JSON_VALUES: usize = 500_000;
/// Most JSON objects a report may hold (each costs a map when parsed).
pub const MAX_JSON_OBJECTS: usize = 50_000;

/// Names, labels, ids and other short fields: at most this many characters.
pub const MAX_NAME_CHARS: usize = 100;
/// Free text (explanations, messages, details, titles, paths, URLs).
pub const MAX_TEXT_CHARS: usize = 500;

/// Most methods kept (the catalogue has about a dozen kinds).
pub const MAX_METHODS: usize = 50;
/// Most gaps kept.
pub const MAX_GAPS: usize = 20;
/// Most jobs kept.
pub const MAX_JOBS: usize = 100;
/// Newest history lines kept per job.
pub const MAX_HISTORY: usize = 50;
/// Most portal checks kept.
pub const MAX_PORTALS: usize = 50;
/// Most incidents kept.
pub const MAX_INCIDENTS: usize = 50;
/// Most evidence rows kept.
pub const MAX_EVIDENCE: usize = 200;
/// Newest events kept (a report gathers at most 5,000).
pub const MAX_EVENTS: usize = 5_000;

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
    #[error(
        "This file holds more entries than an MFA Ready report can; it is not an MFA Ready report or it is damaged."
    )]
    TooManyEntries,
}

/// How many entries of each list the reader left out (shown as "… n more").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Omitted {
    pub methods: usize,
    pub gaps: usize,
    pub jobs: usize,
    pub portals: usize,
    pub incidents: usize,
    pub evidence: usize,
    pub events: usize,
    /// Older history lines left out, over all jobs.
    pub history: usize,
}

/// A report read from a file, and whether its support code still matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub report: Report,
    /// False when the file was changed after it was made.
    pub code_matches: bool,
    /// What the reader left out of long lists.
    pub omitted: Omitted,
}

/// Parses a report's bytes (the caller has checked the size with [`MAX_REPORT_BYTES`]).
pub fn parse(bytes: &[u8]) -> Result<Opened, ReadError> {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_REPORT_BYTES {
        return Err(ReadError::TooLarge(len));
    }
    let (values, objects) = count_entries(bytes);
    if values > MAX_JSON_VALUES || objects > MAX_JSON_OBJECTS {
        return Err(ReadError::TooManyEntries);
    }
    // The schema version first, so a newer report says so instead of "malformed".
    let value: Value = serde_json::from_slice(bytes).map_err(located)?;
    let schema = value
        .get("report_schema")
        .and_then(Value::as_u64)
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
    // Checked on the file as written, before anything is cut.
    let code_matches = file_code_matches(&value);
    drop(value);
    let mut report: Report = serde_json::from_slice(bytes).map_err(located)?;
    let omitted = fit(&mut report);
    Ok(Opened {
        report,
        code_matches,
        omitted,
    })
}

/// Values (and object entries) and objects in JSON text, counted from its commas and
/// brackets outside strings: an upper bound, with no parsing and no allocation.
fn count_entries(bytes: &[u8]) -> (usize, usize) {
    let (mut values, mut objects) = (1usize, 0usize);
    let (mut in_string, mut escaped) = (false, false);
    for &b in bytes {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b',' | b'[' => values += 1,
            b'{' => {
                values += 1;
                objects += 1;
            }
            _ => {}
        }
    }
    (values, objects)
}

/// Cuts every text to one line of [`MAX_NAME_CHARS`] or [`MAX_TEXT_CHARS`] and every
/// list to its cap (the newest history lines and events are kept).
fn fit(r: &mut Report) -> Omitted {
    let name = |s: &mut String| *s = single_line_capped(s, MAX_NAME_CHARS);
    let text = |s: &mut String| *s = single_line_capped(s, MAX_TEXT_CHARS);
    let name_o = |s: &mut Option<String>| s.iter_mut().for_each(name);
    let text_o = |s: &mut Option<String>| s.iter_mut().for_each(text);
    let mut o = Omitted {
        methods: keep_first(&mut r.methods, MAX_METHODS),
        gaps: keep_first(&mut r.readiness.gaps, MAX_GAPS),
        jobs: keep_first(&mut r.jobs, MAX_JOBS),
        portals: keep_first(&mut r.portals, MAX_PORTALS),
        incidents: keep_first(&mut r.incidents, MAX_INCIDENTS),
        evidence: keep_first(&mut r.evidence, MAX_EVIDENCE),
        events: keep_last(&mut r.events, MAX_EVENTS),
        history: 0,
    };
    name(&mut r.support_code);
    name_o(&mut r.user_name);
    name(&mut r.organization);
    let p = &mut r.policy;
    name(&mut p.sha256);
    text_o(&mut p.path);
    name_o(&mut p.signer);
    [
        &mut r.app.version,
        &mut r.app.build,
        &mut r.os.name,
        &mut r.os.version,
    ]
    .into_iter()
    .for_each(name);
    let x = &mut r.readiness;
    name(&mut x.label);
    x.gaps.iter_mut().for_each(text);
    text_o(&mut x.next_step);
    for m in &mut r.methods {
        name(&mut m.name);
    }
    if let Some(d) = r.deadline.as_mut() {
        name(&mut d.time_left);
    }
    for j in &mut r.jobs {
        o.history += keep_last(&mut j.history, MAX_HISTORY);
        text(&mut j.what);
        name_o(&mut j.client_request_id);
        if let Some(e) = j.last_error.as_mut() {
            text(&mut e.message);
            name_o(&mut e.request_id);
        }
        for h in &mut j.history {
            text(&mut h.detail);
        }
    }
    for p in &mut r.portals {
        name(&mut p.name);
        [&mut p.url, &mut p.explanation].into_iter().for_each(text);
        if let Some(says) = p.says.as_mut() {
            says.texts_mut().into_iter().for_each(name);
        }
        name_o(&mut p.request_id);
        text_o(&mut p.cert_issuer);
    }
    if let Some(d) = r.device.as_mut() {
        name(&mut d.os);
        // Five checks and a dozen methods today; a newer writer may add a few, not more.
        d.checks.truncate(32);
        d.preflight.truncate(32);
        d.checks.iter_mut().for_each(|c| text(&mut c.evidence));
    }
    for i in &mut r.incidents {
        name(&mut i.feed);
        text(&mut i.title);
        text_o(&mut i.link);
    }
    for e in &mut r.evidence {
        name(&mut e.classification);
        text(&mut e.attempted);
        [&mut e.request_id, &mut e.client_request_id]
            .into_iter()
            .for_each(name_o);
        text_o(&mut e.incident);
    }
    for e in &mut r.events {
        name(&mut e.kind);
        text(&mut e.detail);
    }
    o
}

/// Keeps the first `max` entries; how many went.
fn keep_first<T>(list: &mut Vec<T>, max: usize) -> usize {
    let gone = list.len().saturating_sub(max);
    list.truncate(max);
    gone
}

/// Keeps the last (newest) `max` entries; how many went.
fn keep_last<T>(list: &mut Vec<T>, max: usize) -> usize {
    let gone = list.len().saturating_sub(max);
    list.drain(..gone);
    gone
}

fn located(e: serde_json::Error) -> ReadError {
    let (line, column) = (e.line(), e.column());
    if e.is_eof() {
        ReadError::Truncated { line, column }
    } else {
        ReadError::Malformed {
            line,
            column,
            // serde quotes the offending value, which may be megabytes long.
            why: single_line_capped(&e.to_string(), MAX_NAME_CHARS * 2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::code::{code_for_file, code_matches};
    use super::super::wire::OrUnknown;
    use super::*;

    /// A report the binary wrote before `error_kind` existed (commit 343ec65): a
    /// portal behind TLS inspection, a failed phone job, one method marked.
    const BEFORE_ERROR_KIND: &[u8] =
        include_bytes!("../../../../tests/fixtures/report-before-error-kind.json");

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
        let guide = super::super::guide::guide(&opened.report, &super::super::testkit::en());
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

    /// Issue 16: a portal check's facts (`says`) are read back; a situation a newer
    /// writer added reads as absent (the English sentence beside it stays), never as
    /// a refused report, and the file stays genuine.
    #[test]
    fn a_checks_facts_are_read_and_a_newer_situation_reads_as_absent() {
        use crate::fault::{Explanation, Place};
        let mut r = super::super::testkit::outage();
        let says = Explanation::Unavailable {
            at: Place {
                portal: "My Sign-Ins".into(),
                redirected_to: Some("login.example".into()),
            },
            retry: Some(crate::fault::Retry::InSeconds(600)),
        };
        r.portals[0].says = Some(says.clone());
        let mut v = serde_json::to_value(&r).unwrap();
        v["support_code"] = serde_json::json!(code_for_file(&v));
        let opened = parse(&serde_json::to_vec_pretty(&v).unwrap()).unwrap();
        assert!(opened.code_matches);
        assert_eq!(opened.report.portals[0].says, Some(says));
        v["portals"][0]["says"]["id"] = serde_json::json!("quantum_failure");
        v["support_code"] = serde_json::json!(code_for_file(&v));
        let opened = parse(&serde_json::to_vec_pretty(&v).unwrap()).unwrap();
        assert!(opened.code_matches);
        assert_eq!(opened.report.portals[0].says, None);
        assert_eq!(
            opened.report.portals[0].explanation,
            r.portals[0].explanation
        );
    }

    /// Issue 14: values a newer writer of the same schema may add (a verdict, an
    /// outcome, a state, an impact this version does not know) read as unknown, and
    /// the file stays genuine: its code is checked on its own JSON.
    #[test]
    fn values_a_newer_writer_added_read_as_unknown() {
        use crate::feeds::Impact;
        use crate::readiness::Verdict;
        let mut v = serde_json::to_value(super::super::testkit::outage()).unwrap();
        v["readiness"]["verdict"] = serde_json::json!("on_hold");
        v["portals"][0]["outcome"] = serde_json::json!("quantum_failure");
        v["jobs"][0]["state"] = serde_json::json!("parked");
        v["methods"][0]["tier"] = serde_json::json!("Unbreakable");
        v["incidents"][0]["impact"] = serde_json::json!("catastrophic");
        v["support_code"] = serde_json::json!(code_for_file(&v));
        let opened = parse(&serde_json::to_vec_pretty(&v).unwrap()).unwrap();
        assert!(opened.code_matches);
        let r = &opened.report;
        assert_eq!(r.readiness.verdict, OrUnknown::<Verdict>::Unknown);
        assert_eq!(r.portals[0].outcome.known(), None);
        assert_eq!(r.jobs[0].state.known(), None);
        assert_eq!(r.methods[0].tier.known(), None);
        assert_eq!(r.incidents[0].impact, Impact::Unknown);
        // The rest is read as written.
        assert!(
            r.portals[1]
                .outcome
                .is(crate::fault::Outcome::CaptivePortal)
        );
        let g = super::super::guide::guide(r, &super::super::testkit::en());
        assert!(g.iter().any(|s| s.id == "verdict:unknown"), "{g:?}");
        assert!(g.iter().any(|s| s.title == "My Sign-Ins: unknown"), "{g:?}");
        // A number where a verdict goes is no report.
        v["readiness"]["verdict"] = serde_json::json!(3);
        assert!(matches!(
            parse(&serde_json::to_vec(&v).unwrap()),
            Err(ReadError::Malformed { .. })
        ));
    }

    /// Every string in a report, as JSON sees it.
    fn strings(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::String(s) => out.push(s.clone()),
            Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            Value::Object(o) => o.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }

    /// Issue 13, item 9: a sealed report with a 15 MiB `user_name` (within the 16 MiB
    /// cap) made the viewer use gigabytes. It reads back genuine, every string capped.
    #[test]
    fn a_15_mib_name_reads_back_genuine_with_every_string_capped() {
        let mut r = super::super::testkit::outage();
        r.user_name = Some("Jane Doe ".repeat(15 * 1024 * 1024 / 9));
        r.portals[0].explanation = "x\n".repeat(5000);
        super::super::code::seal(&mut r);
        let text = serde_json::to_vec(&r).unwrap();
        assert!(text.len() as u64 <= MAX_REPORT_BYTES);
        let opened = parse(&text).unwrap();
        assert!(opened.code_matches, "a genuine report stays genuine");
        let mut all = Vec::new();
        strings(&serde_json::to_value(&opened.report).unwrap(), &mut all);
        for s in &all {
            assert!(s.chars().count() <= MAX_TEXT_CHARS, "{} chars", s.len());
            assert!(!s.contains('\n'));
        }
        let name = opened.report.user_name.unwrap();
        assert_eq!(name.chars().count(), MAX_NAME_CHARS);
        assert!(name.starts_with("Jane Doe Jane") && name.ends_with('…'));
    }

    #[test]
    fn long_lists_are_cut_and_say_how_many_went() {
        let mut r = super::super::testkit::outage();
        let e = r.events[0].clone();
        r.events = vec![e; MAX_EVENTS + 7];
        let row = r.evidence[0].clone();
        r.evidence = vec![row; MAX_EVIDENCE + 3];
        let h = r.jobs[0].history[0].clone();
        r.jobs[0].history = vec![h; MAX_HISTORY + 2];
        let m = r.methods[0].clone();
        r.methods = vec![m; MAX_METHODS + 1];
        super::super::code::seal(&mut r);
        let opened = parse(&serde_json::to_vec(&r).unwrap()).unwrap();
        assert!(opened.code_matches);
        assert_eq!(
            opened.omitted,
            Omitted {
                methods: 1,
                evidence: 3,
                events: 7,
                history: 2,
                ..Omitted::default()
            }
        );
        assert_eq!(opened.report.events.len(), MAX_EVENTS);
        // An ordinary report loses nothing.
        let opened = parse(&serde_json::to_vec(&super::super::testkit::outage()).unwrap()).unwrap();
        assert_eq!(opened.omitted, Omitted::default());
        assert_eq!(opened.report, super::super::testkit::outage());
    }

    #[test]
    fn a_file_of_a_million_tiny_values_is_refused_before_it_is_parsed() {
        let mut text = b"{\"report_schema\":1,\"x\":[".to_vec();
        text.extend(b"0,".repeat(MAX_JSON_VALUES));
        text.extend(b"0]}");
        assert_eq!(parse(&text), Err(ReadError::TooManyEntries));
        let mut text = b"{\"report_schema\":1,\"x\":[".to_vec();
        text.extend(b"{},".repeat(MAX_JSON_OBJECTS));
        text.extend(b"{}]}");
        assert_eq!(parse(&text), Err(ReadError::TooManyEntries));
        // Commas and brackets inside strings do not count.
        let mut r = super::super::testkit::outage();
        r.portals[0].explanation = "{[,\\\"".repeat(200_000);
        super::super::code::seal(&mut r);
        assert!(parse(&serde_json::to_vec(&r).unwrap()).is_ok());
    }

    #[test]
    fn a_huge_value_in_the_wrong_place_is_not_quoted_whole() {
        let text = format!(
            "{{\"report_schema\":1,\"readiness\":{{\"counted\":\"{}\"}}}}",
            "9".repeat(1_000_000)
        );
        let err = parse(text.as_bytes()).unwrap_err().to_string();
        assert!(err.contains("invalid type: string"), "{}", &err[..200]);
        assert!(err.len() < 1000, "{} bytes", err.len());
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
