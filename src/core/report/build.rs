//! Report from what the app knows: the services gather rows into a
//! [`ReportInput`]; [`build`] computes the verdict, picks the last probe of each
//! portal, collects the evidence, cleans every text and seals the support code.

use jiff::{SignedDuration, Timestamp};

use crate::core::deadline::{self, DeadlineSource};
use crate::core::methods::Os;
use crate::core::policy::Policy;
use crate::core::readiness::{self, Registration};

use super::code::seal;
use super::evidence;
use super::model::{
    AppInfo, DeadlineInfo, EventEntry, IncidentEntry, JobEntry, MethodEntry, OsInfo, PolicyInfo,
    PortalEntry, REPORT_SCHEMA, ReadinessInfo, Report,
};
use super::privacy::sanitise;

/// How far back the event log and the evidence go.
pub const LOOKBACK: SignedDuration = SignedDuration::from_hours(14 * 24);

/// What the services gathered.
pub struct ReportInput<'a> {
    pub now: Timestamp,
    pub user_name: Option<&'a str>,
    pub policy: &'a Policy,
    pub policy_info: PolicyInfo,
    pub app: AppInfo,
    pub os: OsInfo,
    pub os_kind: Os,
    pub registrations: &'a [Registration],
    pub first_run: Timestamp,
    pub jobs: Vec<JobEntry>,
    /// Probe history (at least the lookback), any order.
    pub probes: Vec<PortalEntry>,
    /// Incidents open at the latest feed check.
    pub open_incidents: Vec<IncidentEntry>,
    /// Every incident seen within the lookback (for the evidence).
    pub seen_incidents: Vec<IncidentEntry>,
    /// When a status feed was last read successfully (none: never).
    pub feeds_read_at: Option<Timestamp>,
    pub events: Vec<EventEntry>,
}

/// Builds, cleans and seals a report.
pub fn build(input: ReportInput<'_>) -> Report {
    let since = input.now - LOOKBACK;
    let r = readiness::assess(&readiness::Input {
        policy: input.policy,
        registered: input.registrations,
        first_run: input.first_run,
        now: input.now,
        os: input.os_kind,
    });
    let not_counted: Vec<_> = r.not_counted.iter().map(|(k, _)| *k).collect();
    let methods = input
        .registrations
        .iter()
        .map(|reg| MethodEntry {
            kind: reg.kind.id().to_owned(),
            name: reg.kind.name().to_owned(),
            tier: reg.kind.tier().label().to_owned(),
            device: reg.kind.device().label().to_owned(),
            source: reg.source.id().to_owned(),
            registered_at: reg.registered_at,
            counted: !not_counted.contains(&reg.kind),
        })
        .collect();
    let deadline = r.deadline.map(|d| DeadlineInfo {
        at: d.at,
        source: match d.source {
            DeadlineSource::Organization => "organization",
            DeadlineSource::Personal => "personal",
        }
        .to_owned(),
        time_left: deadline::time_left_sentence(d.at, input.now),
        overdue: d.at <= input.now,
    });
    let probes: Vec<PortalEntry> = input.probes.into_iter().filter(|p| p.at >= since).collect();
    let mut last: Vec<PortalEntry> = Vec::new();
    for p in &probes {
        match last.iter_mut().find(|l| l.name == p.name) {
            Some(l) if l.at < p.at => *l = p.clone(),
            Some(_) => {}
            None => last.push(p.clone()),
        }
    }
    let evidence = evidence::collect(&input.jobs, &probes, &input.seen_incidents)
        .into_iter()
        .filter(|e| e.at >= since)
        .collect();
    let mut events: Vec<EventEntry> = input.events.into_iter().filter(|e| e.at >= since).collect();
    events.sort_by_key(|e| e.at);
    let mut report = Report {
        report_schema: REPORT_SCHEMA,
        support_code: String::new(),
        generated_at: input.now,
        user_name: input
            .user_name
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned),
        organization: input.policy.organization.clone(),
        policy: input.policy_info,
        app: input.app,
        os: input.os,
        readiness: ReadinessInfo {
            verdict: r.verdict.id().to_owned(),
            label: r.verdict.label().to_owned(),
            counted: r.counted,
            required: r.required,
            phishing_resistant: r.phishing_resistant,
            required_phishing_resistant: r.required_phishing_resistant,
            gaps: r.gaps.iter().map(|g| g.message.clone()).collect(),
            next_step: r.next_step.map(|n| n.reason),
        },
        methods,
        deadline,
        jobs: input.jobs,
        portals: last,
        incidents: input.open_incidents,
        feeds_read_at: input.feeds_read_at,
        evidence,
        events,
    };
    sanitise(&mut report);
    seal(&mut report);
    report
}
