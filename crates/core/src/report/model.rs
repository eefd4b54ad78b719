//! The readiness report's shape (`report_schema` 1). Field names are a contract:
//! `assets/schema/report.schema.json` describes them and every report written
//! validates against it. Times are RFC 3339 UTC.
//!
//! Every value of a closed set (verdict, tier, source, state, class, outcome,
//! impact, …) is typed: the core enum, spelled as `wire` says, inside an
//! [`OrUnknown`] for values a newer writer may add. Free text (names, messages,
//! URLs, labels written for people) stays `String`.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::wire::{OrUnknown, Wire};
use crate::deadline::DeadlineSource;
use crate::device::DeviceSummary;
use crate::fault::{ErrorKind, Explanation, Outcome, Phase};
use crate::feeds::Impact;
use crate::methods::{Device, MethodKind, Tier};
use crate::policy::PolicyOrigin;
use crate::queue::{ErrorClass, JobKind, JobState};
use crate::readiness::{Gap, Source, Verdict};

/// The schema version this build writes and reads.
pub const REPORT_SCHEMA: u32 = 1;

/// A readiness report: what a user hands to the helpdesk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub report_schema: u32,
    /// `XXXX-XXXX`: Crockford base32 of a hash of everything else (see `code`).
    pub support_code: String,
    pub generated_at: Timestamp,
    /// Only what the user typed into "Your name" (never taken from the system).
    pub user_name: Option<String>,
    pub organization: String,
    pub policy: PolicyInfo,
    pub app: AppInfo,
    pub os: OsInfo,
    pub readiness: ReadinessInfo,
    pub methods: Vec<MethodEntry>,
    pub deadline: Option<DeadlineInfo>,
    pub jobs: Vec<JobEntry>,
    pub portals: Vec<PortalEntry>,
    pub incidents: Vec<IncidentEntry>,
    /// When a provider status feed was last read from this device. Absent when none
    /// ever was: then "no incidents" would be a guess, and the report says unknown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeds_read_at: Option<Timestamp>,
    /// Enrollment attempts during service problems; empty when nothing failed.
    pub evidence: Vec<EvidenceEntry>,
    /// The event log of the last 14 days, oldest first.
    pub events: Vec<EventEntry>,
    /// This computer: the posture checks and each method's pre-flight, when it was
    /// read. Absent in reports written before it existed, and read as absent when a
    /// newer writer's values are ones this version does not know.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::lenient"
    )]
    pub device: Option<DeviceSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PolicyInfo {
    /// How it was found, spelled "--policy", "MFA_READY_POLICY", "beside the program",
    /// "system-wide", "embedded default".
    pub source: OrUnknown<PolicyOrigin>,
    /// The file, when one was read (None for the embedded default).
    pub path: Option<String>,
    /// SHA-256 of the policy text, lower-case hex.
    pub sha256: String,
    /// Whether a trusted signature was checked (false when unsigned or unknown).
    pub signed: bool,
    /// The signature's trusted comment, when signed.
    pub signer: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AppInfo {
    pub version: String,
    /// Target and build profile, e.g. "x86_64-linux release".
    pub build: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OsInfo {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReadinessInfo {
    /// `ready`, `not_ready`, `overdue` (the verdict ids).
    pub verdict: OrUnknown<Verdict>,
    /// The verdict's badge text as the writer said it ("Ready", "Not ready yet", "Overdue").
    pub label: String,
    pub counted: u32,
    pub required: u32,
    pub phishing_resistant: u32,
    pub required_phishing_resistant: u32,
    pub gaps: Vec<String>,
    pub next_step: Option<String>,
    /// What `gaps` say, as facts, so that a reader words them in their own language.
    /// Absent in reports written before it existed, with no gap, or (read as absent)
    /// when a newer writer's gap is one this version does not know.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::lenient"
    )]
    pub gap_facts: Option<Vec<Gap>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MethodEntry {
    /// Method id (`security_key`).
    pub kind: OrUnknown<MethodKind>,
    pub name: String,
    /// Spelled as the tier's label ("Phishing-resistant", ...).
    pub tier: OrUnknown<Tier>,
    /// Where it lives, spelled as the device's label ("this computer", "your phone", ...).
    pub device: OrUnknown<Device>,
    /// `verified` (the service said so) or `self_attested` (the user said so).
    pub source: OrUnknown<Source>,
    pub registered_at: Timestamp,
    /// Counted towards the verdict (allowed and MFA-capable).
    pub counted: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeadlineInfo {
    pub at: Timestamp,
    /// `organization` or `personal`.
    pub source: OrUnknown<DeadlineSource>,
    /// "12 days 4 hours left" / "overdue by 2 days".
    pub time_left: String,
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobEntry {
    pub id: i64,
    /// Job kind id (`register_phone`, ...).
    pub kind: OrUnknown<JobKind>,
    /// What it does, masked ("Adding your phone +1 206 ••• 0100").
    pub what: String,
    /// `pending`, `in_flight`, `succeeded`, `failed`, `cancelled`.
    pub state: OrUnknown<JobState>,
    pub attempts: u32,
    /// Sent as `client-request-id` and `Idempotency-Key` on every try (the job's key).
    pub client_request_id: Option<String>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub last_error: Option<ErrorEntry>,
    pub history: Vec<HistoryEntry>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ErrorEntry {
    /// Error class id (`timeout`, `http`, ...).
    pub class: OrUnknown<ErrorClass>,
    pub status: Option<u16>,
    pub message: String,
    pub request_id: Option<String>,
}

impl ErrorEntry {
    /// "http 504: Gateway Timeout": class, status and message, as every view of the
    /// report says a job's last error (the request id is shown apart, as each can).
    pub fn summary(&self) -> String {
        match self.status {
            Some(st) => format!("{} {st}: {}", self.class.wire(), self.message),
            None => format!("{}: {}", self.class.wire(), self.message),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: Timestamp,
    pub state: OrUnknown<JobState>,
    pub attempt: u32,
    pub detail: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortalEntry {
    pub name: String,
    pub url: String,
    pub at: Timestamp,
    /// Outcome id (`healthy`, `gateway_timeout`, ...).
    pub outcome: OrUnknown<Outcome>,
    pub healthy: bool,
    pub explanation: String,
    pub http_status: Option<u16>,
    pub phases: Phases,
    pub timed_out_phase: Option<OrUnknown<Phase>>,
    pub request_id: Option<String>,
    pub cert_issuer: Option<String>,
    /// The failure's kind from the probe's technical line (`core::fault::ErrorKind`
    /// ids: `tls_untrusted_issuer`, `tls_expired`, `dns`, …), for readers that branch
    /// on it: the explanation beside it is prose and will be translated. Absent in
    /// reports written before it existed.
    /// Left out when absent, so a report without one hashes as before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_kind: Option<OrUnknown<ErrorKind>>,
    /// What `explanation` says, as facts ([`Explanation`]), so that a reader words it
    /// in their own language. Absent in reports written before it existed, and read
    /// as absent when a newer writer's situation is one this version does not know
    /// (the explanation beside it is then what the reader sees).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::lenient"
    )]
    pub says: Option<Explanation>,
    /// The way the check went, a proxy or directly, and what chose it (issue 18). Absent
    /// in reports written before it existed, and left out when unknown.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::wire::lenient"
    )]
    pub proxy: Option<crate::proxy::Route>,
}

/// Milliseconds per phase, when measured.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Phases {
    pub dns_ms: Option<f64>,
    pub connect_ms: Option<f64>,
    pub tls_ms: Option<f64>,
    pub first_byte_ms: Option<f64>,
    pub total_ms: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentEntry {
    /// The status feed's name ("Azure status").
    pub feed: String,
    pub title: String,
    /// `none`, `minor`, `major`, `critical`, `maintenance`, `unknown` (also what a
    /// value this version does not know reads as).
    pub impact: Impact,
    pub started: Option<Timestamp>,
    pub first_seen: Timestamp,
    pub last_seen: Timestamp,
    pub link: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvidenceEntry {
    /// The first attempt of this row.
    pub at: Timestamp,
    /// The last attempt of this row (the same as `at` for one attempt).
    pub last_at: Timestamp,
    /// How many attempts the row stands for (a run of failing portal checks is one row).
    pub count: u32,
    /// What was attempted ("Adding your phone +1 206 ••• 0100", "Reaching My Sign-Ins").
    pub attempted: String,
    /// `job` (an enrollment request) or `probe` (a portal check).
    pub source: OrUnknown<EvidenceSource>,
    /// Plain classification ("gateway timeout (504)", "timed out", "rate limited (429)").
    pub classification: String,
    pub http_status: Option<u16>,
    pub request_id: Option<String>,
    pub client_request_id: Option<String>,
    /// The vendor incident open at that moment, if a feed reported one.
    pub incident: Option<String>,
}

/// What an evidence row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EvidenceSource {
    /// An enrollment request of the queue.
    Job,
    /// A portal check.
    Probe,
}

impl Wire for EvidenceSource {
    const ALL: &'static [Self] = &Self::ALL;
    fn wire(self) -> &'static str {
        self.id()
    }
}

impl EvidenceSource {
    pub const ALL: [EvidenceSource; 2] = [Self::Job, Self::Probe];

    /// `job`, `probe`.
    pub fn id(self) -> &'static str {
        match self {
            Self::Job => "job",
            Self::Probe => "probe",
        }
    }
}

/// One line of the event log. Its kind is open-ended (the store logs what each part of
/// the app reports), so it stays text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventEntry {
    pub at: Timestamp,
    pub kind: String,
    pub detail: String,
}
