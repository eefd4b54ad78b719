//! Gathers a readiness report from the store and the policy (issue 8): the
//! rows become `core::report` entries, and `core::report::build` computes,
//! masks and seals (`core::report::render` writes it in a format). Also opens one
//! handed over (helpdesk mode) with the size cap before anything is parsed.

use mfa_ready_core::device::DeviceSummary;
use std::io::Read;
use std::path::Path;

use jiff::Timestamp;
use sha2::{Digest, Sha256};

use crate::services::config::{LoadedPolicy, read_policy_file};
use crate::services::queue::QueueError;
use crate::services::store::{IncidentRow, ProbeRow, Store, StoreError};
use mfa_ready_core::fault;
use mfa_ready_core::methods::Os;
use mfa_ready_core::policy::{EMBEDDED_DEFAULT, Policy};
use mfa_ready_core::report::{
    self, AppInfo, ErrorEntry, EventEntry, HistoryEntry, IncidentEntry, JobEntry, MAX_REPORT_BYTES,
    Opened, OrUnknown, OsInfo, Phases, PolicyInfo, PortalEntry, ReadError, Report, ReportInput,
};

/// Why a report could not be made or read.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Queue(#[from] QueueError),
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{0}")]
    Read(#[from] ReadError),
    #[error(
        "This is not a report file (it is a folder, a pipe or a device); save the report as a file and open that."
    )]
    NotAFile,
    /// The report could not be written as JSON (never an empty report instead).
    #[error("the report could not be written as JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Who is asking, for the report's header.
pub struct Requester<'a> {
    pub user_name: Option<&'a str>,
    pub os: Os,
    /// This computer, when it was read.
    pub device: Option<&'a DeviceSummary>,
}

/// Gathers and builds the report at `now`.
pub fn gather(
    store: &mut Store,
    loaded: &LoadedPolicy,
    policy: &Policy,
    who: &Requester<'_>,
    now: Timestamp,
) -> Result<Report, ReportError> {
    let since = report::lookback_start(now);
    let first_run = store.first_run(now)?;
    let registrations = store.registrations()?;
    let jobs = jobs(store, since)?;
    let probes = store
        .probe_history(since)?
        .into_iter()
        .map(portal_entry)
        .collect();
    let incidents = store.incidents_since(since)?;
    let open_incidents = incidents
        .iter()
        .filter(|i| i.open)
        .map(incident_entry)
        .collect();
    let seen_incidents = incidents.iter().map(incident_entry).collect();
    let events = store
        .recent_events(5_000)?
        .into_iter()
        .filter(|e| e.at >= since)
        .map(|e| EventEntry {
            at: e.at,
            kind: e.kind,
            detail: e.detail,
        })
        .collect();
    Ok(report::build(ReportInput {
        now,
        user_name: who.user_name,
        policy,
        policy_info: policy_info(loaded),
        app: app_info(),
        os: os_info(),
        os_kind: who.os,
        registrations: &registrations,
        first_run,
        jobs,
        probes,
        open_incidents,
        seen_incidents,
        feeds_read_at: store.last_feed_read()?,
        events,
        device: who.device.cloned(),
    }))
}

fn jobs(store: &Store, since: Timestamp) -> Result<Vec<JobEntry>, ReportError> {
    let mut out = Vec::new();
    for j in store.queue().jobs()? {
        if !j.state.is_open() && j.updated_at < since {
            continue;
        }
        let history = store
            .queue()
            .job_history(j.id)?
            .into_iter()
            .map(|h| HistoryEntry {
                at: h.at,
                state: h.state.into(),
                attempt: h.attempt,
                detail: h.detail,
            })
            .collect();
        out.push(JobEntry {
            id: j.id,
            kind: j.kind.into(),
            what: j.payload.action(),
            state: j.state.into(),
            attempts: j.attempts,
            client_request_id: Some(j.idempotency_key.clone()),
            created_at: j.created_at,
            updated_at: j.updated_at,
            last_error: j.last_error.map(|e| ErrorEntry {
                class: e.class.into(),
                status: e.status,
                message: e.message,
                request_id: e.request_id,
            }),
            history,
        });
    }
    Ok(out)
}

/// A stored check as the report holds it (the store's ids are the report's spellings).
fn portal_entry(p: ProbeRow) -> PortalEntry {
    let outcome = p.outcome.map_or(OrUnknown::Unknown, OrUnknown::Known);
    PortalEntry {
        healthy: outcome.known().is_some_and(fault::Outcome::is_healthy),
        cert_issuer: fault::read_cert_issuer(&p.technical).map(str::to_owned),
        error_kind: fault::read_error_kind(&p.technical).map(OrUnknown::from_wire),
        outcome,
        timed_out_phase: p.timed_out_phase.as_deref().map(OrUnknown::from_wire),
        name: p.portal,
        url: mfa_ready_core::weburl::redact(&p.url),
        at: p.at,
        explanation: p.explanation,
        says: p.says,
        proxy: p.route,
        http_status: p.http_status,
        phases: Phases {
            dns_ms: p.dns_ms,
            connect_ms: p.connect_ms,
            tls_ms: p.tls_ms,
            first_byte_ms: p.first_byte_ms,
            total_ms: p.total_ms,
        },
        request_id: p.request_id,
    }
}

fn incident_entry(i: &IncidentRow) -> IncidentEntry {
    IncidentEntry {
        feed: i.feed.clone(),
        title: i.title.clone(),
        impact: i.impact,
        started: i.started,
        first_seen: i.first_seen,
        last_seen: i.last_seen,
        link: i.link.clone(),
    }
}

/// Where the policy came from and the SHA-256 of its text.
pub fn policy_info(loaded: &LoadedPolicy) -> PolicyInfo {
    let text = match &loaded.source.path {
        None => Some(EMBEDDED_DEFAULT.to_owned()),
        Some(p) => read_policy_file(p).ok(),
    };
    let sha256 = text.map_or_else(String::new, |t| {
        Sha256::digest(t.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    });
    PolicyInfo {
        source: loaded.source.origin.into(),
        path: loaded.source.path.as_ref().map(|p| p.display().to_string()),
        sha256,
        signed: loaded.trust.signed,
        signer: loaded.trust.signer.clone(),
    }
}

/// This build: version, target and profile.
pub fn app_info() -> AppInfo {
    let profile = if cfg!(debug_assertions) {
        "debug"
    } else {
        "release"
    };
    AppInfo {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        build: format!(
            "{}-{} {profile}",
            std::env::consts::ARCH,
            std::env::consts::OS
        ),
    }
}

/// The OS and its version, as the OS reports them.
pub fn os_info() -> OsInfo {
    let info = os_info::get();
    OsInfo {
        name: info.os_type().to_string(),
        version: info.version().to_string(),
    }
}

/// Reads a report file handed over, refusing one over 16 MiB before reading it, and
/// anything that is not a regular file (a folder, a pipe, a device): a FIFO would
/// block the read forever. The file is opened without blocking (Unix) and checked
/// again on the open handle, so one swapped in after the first check is refused too.
pub fn open_report(path: &Path) -> Result<Opened, ReportError> {
    let io = |source| ReportError::Io {
        path: path.display().to_string(),
        source,
    };
    if !std::fs::metadata(path).map_err(io)?.is_file() {
        return Err(ReportError::NotAFile);
    }
    let file = open_without_blocking(path).map_err(io)?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(ReportError::NotAFile);
    }
    let len = meta.len();
    if len > MAX_REPORT_BYTES {
        return Err(ReadError::TooLarge(len).into());
    }
    let mut bytes = Vec::new();
    file.take(MAX_REPORT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(report::parse(&bytes)?)
}

/// Opens for reading; on Unix with `O_NONBLOCK`, so opening a FIFO never waits for
/// a writer (reads from a regular file are unaffected by the flag).
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13, item 16: a FIFO blocked the read forever; a folder is no report either.
    #[cfg(unix)]
    #[test]
    fn anything_but_a_regular_file_is_refused_at_once() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("r.json");
        let status = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(status.success());
        let (tx, rx) = std::sync::mpsc::channel();
        let path = fifo.clone();
        std::thread::spawn(move || tx.send(open_report(&path).map(|_| ())));
        let answer = rx
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("open_report blocked on a FIFO");
        assert!(matches!(answer, Err(ReportError::NotAFile)), "{answer:?}");
        assert!(matches!(
            open_report(dir.path()),
            Err(ReportError::NotAFile)
        ));
        // Opening a FIFO without blocking, as the swapped-in case does, returns at once.
        let f = open_without_blocking(&fifo).unwrap();
        assert!(!f.metadata().unwrap().is_file());
    }

    #[test]
    fn a_stored_check_brings_its_error_kind_and_issuer_into_the_report() {
        let row = ProbeRow {
            at: Timestamp::UNIX_EPOCH,
            portal: "Security info API".into(),
            url: "https://graph.microsoft.com/".into(),
            outcome: Some(fault::Outcome::TlsFailure),
            http_status: None,
            dns_ms: Some(10.0),
            connect_ms: Some(15.0),
            tls_ms: None,
            first_byte_ms: None,
            total_ms: None,
            timed_out_phase: None,
            request_id: None,
            explanation: "Die sichere Verbindung …".into(),
            says: Some(fault::Explanation::TlsUntrusted {
                at: fault::Place::portal("Security info API"),
            }),
            technical: "outcome=tls_failure url=https://graph.microsoft.com/ \
                        error=tls_untrusted_issuer (invalid peer certificate: UnknownIssuer) \
                        dns=10.0ms connect=15.0ms cert_issuer=\"CN=Fortinet FortiGate CA\""
                .into(),
            route: None,
        };
        let p = portal_entry(row);
        assert_eq!(
            p.error_kind,
            Some(fault::ErrorKind::TlsUntrustedIssuer.into())
        );
        assert!(p.outcome.is(fault::Outcome::TlsFailure));
        assert_eq!(p.cert_issuer.as_deref(), Some("CN=Fortinet FortiGate CA"));
        assert!(!p.healthy);
        assert_eq!(
            p.says,
            Some(fault::Explanation::TlsUntrusted {
                at: fault::Place::portal("Security info API"),
            })
        );
    }
}
