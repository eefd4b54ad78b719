//! Report from what the app knows: the services gather rows into a
//! [`ReportInput`]; [`build`] computes the verdict, picks the last probe of each
//! portal, collects the evidence, cleans every text and seals the support code.

use jiff::{SignedDuration, Timestamp};

use crate::deadline;
use crate::device::DeviceSummary;
use crate::methods::Os;
use crate::policy::Policy;
use crate::readiness::{self, Registration};

use super::code::seal;
use super::evidence;
use super::model::{
    AppInfo, DeadlineInfo, EventEntry, IncidentEntry, JobEntry, MethodEntry, OsInfo, PolicyInfo,
    PortalEntry, REPORT_SCHEMA, ReadinessInfo, Report,
};
use super::privacy::sanitise;

/// How far back the event log and the evidence go.
pub const LOOKBACK: SignedDuration = SignedDuration::from_hours(14 * 24);

/// The first moment a report at `now` looks back to: [`LOOKBACK`] before it, or the
/// earliest time there is (never an overflow, whatever `now` is).
pub fn lookback_start(now: Timestamp) -> Timestamp {
    crate::duration::add_saturating(now, -LOOKBACK)
}

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
    /// This computer, when it was read (its required checks join the verdict).
    pub device: Option<DeviceSummary>,
}

/// Builds, cleans and seals a report.
pub fn build(input: ReportInput<'_>) -> Report {
    let since = lookback_start(input.now);
    let r = readiness::assess(&readiness::Input {
        policy: input.policy,
        registered: input.registrations,
        first_run: input.first_run,
        now: input.now,
        os: input.os_kind,
        device: input.device.as_ref(),
    });
    let not_counted: Vec<_> = r.not_counted.iter().map(|n| n.kind).collect();
    let methods = input
        .registrations
        .iter()
        .map(|reg| MethodEntry {
            kind: reg.kind.into(),
            name: reg.kind.name().to_owned(),
            tier: reg.kind.tier().into(),
            device: reg.kind.device().into(),
            source: reg.source.into(),
            registered_at: reg.registered_at,
            counted: !not_counted.contains(&reg.kind),
        })
        .collect();
    let deadline = r.deadline.map(|d| DeadlineInfo {
        at: d.at,
        source: d.source.into(),
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
            verdict: r.verdict.into(),
            label: r.verdict.label().to_owned(),
            counted: r.counted,
            required: r.required,
            phishing_resistant: r.phishing_resistant,
            required_phishing_resistant: r.required_phishing_resistant,
            gaps: r
                .gaps
                .iter()
                .map(|g| g.sentence(&input.policy.organization))
                .collect(),
            next_step: r.next_step.map(|n| n.reason),
            gap_facts: (!r.gaps.is_empty()).then(|| r.gaps.clone()),
        },
        methods,
        deadline,
        jobs: input.jobs,
        portals: last,
        incidents: input.open_incidents,
        feeds_read_at: input.feeds_read_at,
        evidence,
        events,
        device: input.device,
    };
    sanitise(&mut report);
    seal(&mut report);
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::methods::MethodKind;
    use crate::readiness::Source;
    use proptest::prelude::*;

    const POLICY: &str = "schema = 1\norganization = \"Contoso\"\n[enrollment]\nmin_methods = 2\nnew_user_days = 14\n";

    /// Any instant a `Timestamp` can hold, with both ends drawn often.
    fn any_instant() -> impl Strategy<Value = Timestamp> {
        prop_oneof![
            Just(Timestamp::MIN),
            Just(Timestamp::MAX),
            (Timestamp::MIN.as_second()..=Timestamp::MAX.as_second())
                .prop_map(|s| Timestamp::from_second(s).unwrap_or(Timestamp::UNIX_EPOCH)),
        ]
    }

    proptest! {
        /// Item 13 of issue 13: a clock at the ends of time panicked in the look-back.
        /// Whatever the instants, a report is built, rendered and guided.
        #[test]
        fn any_instants_build_and_render_without_panicking(
            now in any_instant(),
            first_run in any_instant(),
            then in any_instant(),
        ) {
            let policy = crate::policy::parse(POLICY, "p.toml", Timestamp::UNIX_EPOCH)
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let sample = super::super::testkit::outage();
            let mut jobs = sample.jobs.clone();
            for j in &mut jobs {
                j.created_at = then;
                j.updated_at = then;
                j.history.iter_mut().for_each(|h| h.at = then);
            }
            let mut probes = sample.portals.clone();
            probes.iter_mut().for_each(|p| p.at = then);
            let mut incidents = sample.incidents.clone();
            for i in &mut incidents {
                i.started = Some(then);
                i.first_seen = then;
                i.last_seen = then;
            }
            let registrations = [Registration {
                kind: MethodKind::AuthenticatorApp,
                source: Source::Verified,
                registered_at: then,
            }];
            let r = build(ReportInput {
                now,
                user_name: Some("Jane"),
                policy: &policy,
                policy_info: sample.policy.clone(),
                app: sample.app.clone(),
                os: sample.os.clone(),
                os_kind: Os::Linux,
                registrations: &registrations,
                first_run,
                jobs,
                probes,
                open_incidents: incidents.clone(),
                seen_incidents: incidents,
                feeds_read_at: Some(then),
                events: sample.events.clone(),
                device: None,
            });
            let _ = super::super::markdown::to_markdown(&r, &super::super::testkit::en());
            let _ = super::super::html::to_html(&r, &super::super::testkit::en());
            let _ = super::super::guide::guide(&r, &super::super::testkit::en());
            prop_assert!(super::super::code::code_matches(&r));
        }
    }
}
