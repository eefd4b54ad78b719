//! The readiness verdict: is this person enrolled well enough, by when, and what next?
//!
//! Rules:
//! - count only MFA-capable methods the policy allows (e-mail never counts);
//! - ready when count ≥ `min_methods`, phishing-resistant ≥ `min_phishing_resistant`,
//!   and, when `min_methods ≥ 2`, the methods do not all live on one device
//!   (app + SMS + TOTP on one phone is one point of failure);
//! - overdue when not ready and the deadline in force has passed.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::deadline::{self, Deadline, Urgency};
use super::device::{
    Blocker, Check, CheckId, DeviceFacts, DeviceReport, DeviceSummary, Platform, Preflight,
    Status as DeviceStatus, summarize,
};
use super::methods::{FailureDomain, MethodKind, Os, Tier};
use super::policy::Policy;

mod gap;
pub mod said;

pub use gap::{Gap, GapKind};

/// How we know a method is registered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The user said so ("I've set this up").
    SelfAttested,
    /// The provider said so (e.g. Microsoft Graph).
    Verified,
}

impl Source {
    pub const ALL: [Source; 2] = [Self::Verified, Self::SelfAttested];

    pub fn id(self) -> &'static str {
        match self {
            Self::SelfAttested => "self_attested",
            Self::Verified => "verified",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        match id {
            "self_attested" => Some(Self::SelfAttested),
            "verified" => Some(Self::Verified),
            _ => None,
        }
    }

    /// How a person is told how the method is known to be there, the same to the
    /// user and to the helpdesk: the one wording of it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Verified => "verified by the service",
            Self::SelfAttested => "marked as set up, not verified",
        }
    }
}

/// One registered method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub kind: MethodKind,
    pub source: Source,
    pub registered_at: Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Ready,
    NotReady,
    Overdue,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Self::Ready, Self::NotReady, Self::Overdue];

    pub fn id(self) -> &'static str {
        match self {
            Self::Ready => "ready",
            Self::NotReady => "not_ready",
            Self::Overdue => "overdue",
        }
    }

    /// Badge text.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ready => "Ready",
            Self::NotReady => "Not ready yet",
            Self::Overdue => "Overdue",
        }
    }
}

/// Why a registered method does not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NotCountedWhy {
    /// Not a sign-in method: it only recovers the account (a recovery e-mail).
    RecoveryOnly,
    /// The organisation's policy does not accept it.
    NotAllowed,
}

impl NotCountedWhy {
    pub const ALL: [NotCountedWhy; 2] = [Self::RecoveryOnly, Self::NotAllowed];
}

/// A registered method that does not count, and why (the window and `status` word it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NotCounted {
    pub kind: MethodKind,
    pub why: NotCountedWhy,
}

/// One thing left to do: a gap, how many methods close it, and the method that would
/// (the overview's checklist gives each its own action). Facts only; the window words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ToDo {
    pub gap: GapKind,
    /// How many more methods this gap needs (1 for the one-device rule).
    pub missing: u32,
    /// The method to add for it: allowed, available on this computer, not had yet,
    /// and one that closes this gap (the next step's method when it does). `None`
    /// when nothing the user can add here closes it.
    pub method: Option<MethodKind>,
}

/// How far along towards ready, in requirement units: each required method, each
/// required phishing-resistant one, and (when two or more are required) not having all
/// on one device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub done: u32,
    pub total: u32,
}

impl Progress {
    /// 0.0 to 1.0.
    pub fn fraction(self) -> f32 {
        if self.total == 0 {
            1.0
        } else {
            self.done as f32 / self.total as f32
        }
    }
}

/// The one method to add next, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NextStep {
    pub method: MethodKind,
    pub reason: String,
    /// Methods that would have come first but cannot be set up on this computer now,
    /// each with why ("Bluetooth is off"), strongest first.
    pub skipped: Vec<(MethodKind, Blocker)>,
}

/// Everything the verdict depends on.
#[derive(Debug, Clone, Copy)]
pub struct Input<'a> {
    pub policy: &'a Policy,
    pub registered: &'a [Registration],
    pub first_run: Timestamp,
    pub now: Timestamp,
    /// The OS the user is on: decides whether Windows Hello / Mac Platform SSO can be suggested.
    pub os: Os,
    /// This computer, when it was read: its required checks join the verdict, and the
    /// next step prefers a method whose prerequisites hold here.
    pub device: Option<&'a DeviceSummary>,
}

/// The verdict and everything said around it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    pub verdict: Verdict,
    pub deadline: Option<Deadline>,
    /// Negative once the deadline has passed.
    pub time_left: Option<SignedDuration>,
    pub urgency: Urgency,
    /// MFA-capable, allowed methods counted.
    pub counted: u32,
    pub required: u32,
    pub phishing_resistant: u32,
    pub required_phishing_resistant: u32,
    /// Registered methods that do not count, each with why.
    pub not_counted: Vec<NotCounted>,
    pub gaps: Vec<Gap>,
    pub next_step: Option<NextStep>,
    /// What is left, one entry per gap, with the method that closes it.
    pub to_do: Vec<ToDo>,
    pub progress: Progress,
}

impl Readiness {
    /// How many things are still to do ("2 things left"): the most any method gap needs
    /// (they overlap: one passkey can close two), plus each device check that fails (no
    /// method closes those).
    pub fn things_left(&self) -> u32 {
        let methods = self
            .to_do
            .iter()
            .filter(|t| t.gap != GapKind::Device)
            .map(|t| t.missing)
            .max()
            .unwrap_or(0);
        let device: u32 = self
            .to_do
            .iter()
            .filter(|t| t.gap == GapKind::Device)
            .map(|t| t.missing)
            .sum();
        methods + device
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Computes the verdict.
pub fn assess(input: &Input<'_>) -> Readiness {
    let policy = input.policy;
    let enrollment = &policy.enrollment;
    let (counted_kinds, not_counted) = sort_registered(policy, input.registered);

    let counted = count(counted_kinds.len());
    let pr = count(
        counted_kinds
            .iter()
            .filter(|k| k.is_phishing_resistant())
            .count(),
    );
    let mut domains: Vec<FailureDomain> =
        counted_kinds.iter().map(|k| k.failure_domain()).collect();
    domains.sort();
    domains.dedup();
    // What the user could still add here: allowed, a sign-in method, on this OS, not
    // already counted; in catalogue order. The gaps' advice and the next step both
    // choose from it.
    let addable: Vec<MethodKind> = MethodKind::ALL
        .into_iter()
        .filter(|k| {
            k.is_mfa()
                && policy.allows(*k)
                && k.available_on(input.os)
                && !counted_kinds.contains(k)
        })
        .collect();
    let mut gaps = gap::find(enrollment, &addable, &counted_kinds, pr, &domains);
    // A computer not read (yet) is not one that passes: what the policy requires of it is
    // unknown, which blocks with `unknown = "fail"`.
    let unread;
    let device = match input.device {
        Some(d) => Some(d),
        None if !policy.device.require.is_empty() => {
            unread = not_read(policy);
            Some(&unread)
        }
        None => None,
    };
    if let Some(d) = device {
        let checks: Vec<CheckId> = d.blocking().map(|c| c.id).collect();
        if !checks.is_empty() {
            gaps.push(Gap::Device { checks });
        }
    }

    let dl = deadline::in_force(
        enrollment.deadline,
        enrollment.new_user_days,
        input.first_run,
    );
    let urgency = deadline::urgency(dl.map(|d| d.at), input.now);
    let time_left = dl.map(|d| d.at.duration_since(input.now));

    let verdict = if gaps.is_empty() {
        Verdict::Ready
    } else if urgency == Urgency::Passed {
        Verdict::Overdue
    } else {
        Verdict::NotReady
    };

    let next_step = if gaps.is_empty() {
        None
    } else {
        pick_next_step(input, &addable, &counted_kinds, &domains, &gaps, counted)
    };
    let to_do = to_do(
        &gaps,
        &addable,
        &domains,
        next_step.as_ref(),
        enrollment,
        counted,
        pr,
    );
    let mut progress = progress(enrollment, counted, pr, domains.len());
    // The computer is one more unit where something is required of it.
    if device.is_some_and(|d| d.checks.iter().any(|c| c.required)) {
        progress.total += 1;
        progress.done += u32::from(!gaps.iter().any(|g| g.kind() == GapKind::Device));
    }

    Readiness {
        verdict,
        deadline: dl,
        time_left,
        urgency,
        counted,
        required: enrollment.min_methods,
        phishing_resistant: pr,
        required_phishing_resistant: enrollment.min_phishing_resistant,
        not_counted,
        gaps,
        next_step,
        to_do,
        progress,
    }
}

/// The device as far as an unread computer goes: every check unknown.
fn not_read(policy: &Policy) -> DeviceSummary {
    let report = DeviceReport {
        platform: Platform::current(),
        os_name: String::new(),
        checks: CheckId::ALL
            .into_iter()
            .map(|id| Check::new(id, DeviceStatus::Unknown, "not read"))
            .collect(),
    };
    summarize(&report, &DeviceFacts::default(), &policy.device, &[])
}

/// Requirement units met: methods, phishing-resistant ones, and (two or more required)
/// more than one device.
fn progress(
    enrollment: &crate::policy::Enrollment,
    counted: u32,
    pr: u32,
    devices: usize,
) -> Progress {
    let device_rule = enrollment.min_methods >= 2;
    Progress {
        done: counted.min(enrollment.min_methods)
            + pr.min(enrollment.min_phishing_resistant)
            + u32::from(device_rule && devices >= 2),
        total: enrollment.min_methods + enrollment.min_phishing_resistant + u32::from(device_rule),
    }
}

/// One [`ToDo`] per gap. The method for each: the next step's when it closes that gap,
/// else the strongest addable one that does (catalogue order breaks ties).
fn to_do(
    gaps: &[Gap],
    addable: &[MethodKind],
    domains: &[FailureDomain],
    next: Option<&NextStep>,
    enrollment: &crate::policy::Enrollment,
    counted: u32,
    pr: u32,
) -> Vec<ToDo> {
    gaps.iter()
        .map(|g| {
            let closes = |k: MethodKind| match g.kind() {
                GapKind::TooFewMethods => true,
                GapKind::TooFewPhishingResistant => k.is_phishing_resistant(),
                GapKind::SingleDevice => !domains.contains(&k.failure_domain()),
                // No method makes the computer meet the policy.
                GapKind::Device => false,
            };
            let method = next.map(|n| n.method).filter(|k| closes(*k)).or_else(|| {
                addable
                    .iter()
                    .copied()
                    .filter(|k| closes(*k))
                    .enumerate()
                    .max_by_key(|(order, k)| (tier_rank(k.tier()), std::cmp::Reverse(*order)))
                    .map(|(_, k)| k)
            });
            let missing = match g.kind() {
                GapKind::TooFewMethods => enrollment.min_methods.saturating_sub(counted),
                GapKind::TooFewPhishingResistant => {
                    enrollment.min_phishing_resistant.saturating_sub(pr)
                }
                GapKind::SingleDevice => 1,
                GapKind::Device => match g {
                    Gap::Device { checks } => count(checks.len()),
                    _ => 1,
                },
            };
            ToDo {
                gap: g.kind(),
                missing,
                method,
            }
        })
        .collect()
}

/// Splits the registrations into the kinds that count (each once) and those that
/// don't, with why not.
fn sort_registered(
    policy: &Policy,
    registered: &[Registration],
) -> (Vec<MethodKind>, Vec<NotCounted>) {
    let mut counted_kinds: Vec<MethodKind> = Vec::new();
    let mut not_counted: Vec<NotCounted> = Vec::new();
    for r in registered {
        if counted_kinds.contains(&r.kind) || not_counted.iter().any(|n| n.kind == r.kind) {
            continue;
        }
        let why = if !r.kind.is_mfa() {
            Some(NotCountedWhy::RecoveryOnly)
        } else if !policy.allows(r.kind) {
            Some(NotCountedWhy::NotAllowed)
        } else {
            None
        };
        match why {
            Some(why) => not_counted.push(NotCounted { kind: r.kind, why }),
            None => counted_kinds.push(r.kind),
        }
    }
    (counted_kinds, not_counted)
}

/// The methods to list for this policy: the allowed ones in catalogue order, then any
/// registered method the policy does not allow (shown so it can be removed).
pub fn methods_to_show(policy: &Policy, registered: &[Registration]) -> Vec<MethodKind> {
    let mut kinds = policy.enrollment.allowed_methods.clone();
    for r in registered {
        if !kinds.contains(&r.kind) {
            kinds.push(r.kind);
        }
    }
    kinds
}

fn tier_rank(t: Tier) -> u8 {
    match t {
        Tier::PhishingResistant => 3,
        Tier::Strong => 2,
        Tier::Weak => 1,
        Tier::RecoveryOnly => 0,
    }
}

/// Strongest allowed method that fixes a gap, preferring a different device; none
/// when no method the user can add here fixes any (a step that leaves them exactly
/// as not ready is no step).
fn pick_next_step(
    input: &Input<'_>,
    addable: &[MethodKind],
    have: &[MethodKind],
    domains: &[FailureDomain],
    gaps: &[Gap],
    counted: u32,
) -> Option<NextStep> {
    let needs_pr = gaps
        .iter()
        .any(|g| g.kind() == GapKind::TooFewPhishingResistant);
    let single_device = gaps.iter().any(|g| g.kind() == GapKind::SingleDevice);
    let needs_count = gaps.iter().any(|g| g.kind() == GapKind::TooFewMethods);

    // How well a method can be set up here now: its prerequisites hold (or nothing
    // here decides it, or this computer was not read), the user can clear what blocks
    // it in a minute (plug in the key), or not.
    let preflight = |k: MethodKind| input.device.map(|d| d.preflight_of(k));
    let here = |k: MethodKind| match preflight(k) {
        Some(Preflight::Blocked(b)) if b.fixable_here() => 1u8,
        Some(Preflight::Blocked(_)) => 0,
        _ => 2,
    };
    let fixes = |k: MethodKind| {
        needs_count
            || (needs_pr && k.is_phishing_resistant())
            || (single_device && !domains.contains(&k.failure_domain()))
    };
    // `addable` keeps catalogue order, so its index breaks ties as the catalogue does.
    let rank = |order: usize, k: MethodKind| {
        let new_domain = !domains.contains(&k.failure_domain());
        (
            needs_pr && k.is_phishing_resistant(),
            single_device && new_domain,
            tier_rank(k.tier()),
            new_domain,
            std::cmp::Reverse(order),
        )
    };
    let best = addable
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, k)| fixes(*k))
        .max_by_key(|(order, k)| (here(*k), rank(*order, *k)))
        .map(|(_, k)| k)?;
    // What would have come first, were this computer ready for it.
    let best_rank = addable
        .iter()
        .position(|k| *k == best)
        .map(|order| rank(order, best));
    let mut skipped: Vec<(usize, MethodKind, Blocker)> = addable
        .iter()
        .copied()
        .enumerate()
        .filter(|(order, k)| fixes(*k) && Some(rank(*order, *k)) > best_rank)
        .filter_map(|(order, k)| match preflight(k) {
            Some(Preflight::Blocked(b)) => Some((order, k, b)),
            _ => None,
        })
        .collect();
    skipped.sort_by_key(|(order, k, _)| std::cmp::Reverse(rank(*order, *k)));

    let mut reasons = Vec::new();
    if needs_pr && best.is_phishing_resistant() {
        reasons.push(format!(
            "it is phishing-resistant, which {} requires",
            input.policy.organization
        ));
    }
    if !domains.is_empty() && !domains.contains(&best.failure_domain()) {
        let existing = have
            .first()
            .map_or("your other methods", |k| k.device().label());
        reasons.push(format!(
            "it lives on {}, apart from {existing}, so losing one never locks you out",
            best.device().label()
        ));
    }
    if needs_count {
        reasons.push(match input.policy.enrollment.min_methods {
            1 => "it is the one method required".to_owned(),
            min => format!(
                "it brings you to {} of the {min} methods required",
                counted + 1
            ),
        });
    }
    if reasons.is_empty() {
        reasons.push("it is the strongest method you can still add".to_owned());
    }
    Some(NextStep {
        method: best,
        reason: format!("Add {}: {}.", best.name(), reasons.join("; ")),
        skipped: skipped.into_iter().map(|(_, k, b)| (k, b)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_has_one_wording_each() {
        assert_ne!(Source::Verified.label(), Source::SelfAttested.label());
        assert!(Source::SelfAttested.label().contains("not verified"));
    }
    use crate::methods::Device;
    use crate::policy;
    use MethodKind::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn policy_with(enrollment: &str) -> Policy {
        let text = format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\n[enrollment]\n{enrollment}\n"
        );
        policy::parse(&text, "t.toml", ts("2026-11-01T00:00:00Z")).unwrap()
    }

    fn reg(kinds: &[MethodKind]) -> Vec<Registration> {
        kinds
            .iter()
            .map(|&kind| Registration {
                kind,
                source: Source::SelfAttested,
                registered_at: ts("2026-11-02T00:00:00Z"),
            })
            .collect()
    }

    fn assess_at(policy: &Policy, kinds: &[MethodKind], now: &str, os: Os) -> Readiness {
        let registered = reg(kinds);
        assess(&Input {
            policy,
            registered: &registered,
            first_run: ts("2026-11-01T00:00:00Z"),
            now: ts(now),
            os,
            device: None,
        })
    }

    /// Issue 17: a required device check that fails keeps the verdict from ready with a
    /// device gap (no method closes it); one that could not be read, with
    /// `unknown = "warn"`, does not.
    #[test]
    fn a_failing_required_device_check_is_a_gap_no_method_closes() {
        use crate::device::{
            Check, CheckId, DeviceFacts, DeviceReport, DeviceRule, Platform, Status, summarize,
        };
        let p = policy_with(
            "min_methods = 1\nmin_phishing_resistant = 0\nallowed_methods = [\"authenticator_app\"]",
        );
        let report = DeviceReport {
            platform: Platform::Linux,
            os_name: "Debian GNU/Linux 12 (bookworm)".into(),
            checks: vec![
                Check::new(CheckId::DiskEncryption, Status::Fail, "not encrypted"),
                Check::new(CheckId::ScreenLock, Status::Unknown, "no session"),
            ],
        };
        let rule = DeviceRule {
            require: vec![CheckId::DiskEncryption, CheckId::ScreenLock],
            ..DeviceRule::default()
        };
        let summary = summarize(&report, &DeviceFacts::default(), &rule, &[]);
        let registered = reg(&[MethodKind::AuthenticatorApp]);
        let at = |device| {
            assess(&Input {
                policy: &p,
                registered: &registered,
                first_run: ts("2026-11-01T00:00:00Z"),
                now: ts("2026-11-10T00:00:00Z"),
                os: Os::Linux,
                device,
            })
        };
        // Not read: unknown, which only warns by default.
        assert_eq!(at(None).verdict, Verdict::Ready);
        let r = at(Some(&summary));
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(
            r.gaps,
            vec![Gap::Device {
                checks: vec![CheckId::DiskEncryption]
            }]
        );
        assert_eq!(
            r.gaps[0].sentence("Contoso"),
            "This computer does not meet Contoso's requirements: Disk encryption."
        );
        assert_eq!(r.next_step, None);
        assert_eq!(r.to_do[0].method, None);
        // The bar is not full while the computer keeps the verdict from ready.
        assert!(r.progress.done < r.progress.total, "{:?}", r.progress);
        let passing = DeviceReport {
            checks: vec![Check::new(CheckId::DiskEncryption, Status::Pass, "LUKS2")],
            ..report
        };
        let ok = summarize(&passing, &DeviceFacts::default(), &rule, &[]);
        assert_eq!(at(Some(&ok)).verdict, Verdict::Ready);
    }

    /// Issue 17: a computer not read (a window's first frames, `remind`) is not one that
    /// passes: with `unknown = "fail"` the required checks block until it is read.
    #[test]
    fn a_computer_not_read_blocks_only_where_unknown_fails() {
        let p = policy_with(
            "min_methods = 1\nmin_phishing_resistant = 0\nallowed_methods = [\"authenticator_app\"]",
        );
        let mut strict = p.clone();
        strict.device = crate::device::DeviceRule {
            require: vec![CheckId::DiskEncryption],
            unknown: crate::device::UnknownIs::Fail,
            ..Default::default()
        };
        let registered = reg(&[MethodKind::AuthenticatorApp]);
        let at = |policy: &Policy| {
            assess(&Input {
                policy,
                registered: &registered,
                first_run: ts("2026-11-01T00:00:00Z"),
                now: ts("2026-11-10T00:00:00Z"),
                os: Os::Linux,
                device: None,
            })
        };
        assert_eq!(at(&p).verdict, Verdict::Ready);
        let r = at(&strict);
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(
            r.gaps,
            vec![Gap::Device {
                checks: vec![CheckId::DiskEncryption]
            }]
        );
        assert_eq!(r.things_left(), 1);
    }

    /// Issue 17: the next step prefers a method whose prerequisites hold here, and says
    /// which stronger one it skipped and why.
    #[test]
    fn the_next_step_prefers_what_works_here_and_says_what_it_skipped() {
        use crate::device::{
            Blocker, Bluetooth, DeviceFacts, DeviceReport, DeviceRule, Platform, summarize,
        };
        let p = policy_with(
            "min_methods = 2\nmin_phishing_resistant = 1\nallowed_methods = [\"authenticator_app\", \"passkey\", \"security_key\"]",
        );
        let report = DeviceReport {
            platform: Platform::Linux,
            os_name: "Linux".into(),
            checks: vec![],
        };
        let methods = p.enrollment.allowed_methods.clone();
        let facts = |bluetooth, key| DeviceFacts {
            platform: Some(Platform::Linux),
            bluetooth,
            browser: crate::device::Browser::Chromium,
            security_key: key,
            ..DeviceFacts::default()
        };
        let registered = reg(&[MethodKind::AuthenticatorApp]);
        let next = |f: &DeviceFacts| {
            let d = summarize(&report, f, &DeviceRule::default(), &methods);
            assess(&Input {
                policy: &p,
                registered: &registered,
                first_run: ts("2026-11-01T00:00:00Z"),
                now: ts("2026-11-10T00:00:00Z"),
                os: Os::Linux,
                device: Some(&d),
            })
            .next_step
            .unwrap_or_else(|| panic!("a next step"))
        };
        // Everything works here: as before, the security key (phishing-resistant, and
        // apart from the phone that holds the app).
        let all = next(&facts(Bluetooth::On, Some(true)));
        assert_eq!(all.method, MethodKind::SecurityKey);
        assert!(all.skipped.is_empty());
        // No key plugged in, Bluetooth on: the phone's passkey, saying why not the key.
        let unplugged = next(&facts(Bluetooth::On, Some(false)));
        assert_eq!(unplugged.method, MethodKind::Passkey);
        assert_eq!(
            unplugged.skipped,
            vec![(MethodKind::SecurityKey, Blocker::NoKeyPluggedIn)]
        );
        // Both blocked: plugging the key in is a minute's work, a Bluetooth adapter is not.
        let none = next(&facts(Bluetooth::NoAdapter, Some(false)));
        assert_eq!(none.method, MethodKind::SecurityKey);
        assert!(none.skipped.is_empty());
        // Key plugged in, Bluetooth off: the key; the passkey ranks below it anyway.
        let off = next(&facts(Bluetooth::Off, Some(true)));
        assert_eq!(off.method, MethodKind::SecurityKey);
    }

    fn gap_kinds(r: &Readiness) -> Vec<GapKind> {
        r.gaps.iter().map(Gap::kind).collect()
    }

    #[test]
    fn each_gap_has_its_own_method_and_the_count_of_things_left() {
        let p = policy_with(
            "min_methods = 2\nmin_phishing_resistant = 1\nallowed_methods = [\"authenticator_app\", \"passkey\", \"security_key\", \"phone_sms\"]",
        );
        // Nothing yet: two methods to add, one of them phishing-resistant.
        let r = assess_at(&p, &[], "2026-11-10T00:00:00Z", Os::Linux);
        assert_eq!(r.things_left(), 2);
        assert_eq!(
            r.to_do
                .iter()
                .map(|t| (t.gap, t.missing))
                .collect::<Vec<_>>(),
            vec![
                (GapKind::TooFewMethods, 2),
                (GapKind::TooFewPhishingResistant, 1)
            ]
        );
        let pr = r.to_do[1].method.unwrap();
        assert!(pr.is_phishing_resistant(), "{pr:?}");
        assert_eq!(r.progress, Progress { done: 0, total: 4 });

        // The app and SMS on one phone: counted 2, one device, no phishing-resistant.
        let r = assess_at(
            &p,
            &[MethodKind::AuthenticatorApp, MethodKind::PhoneSms],
            "2026-11-10T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.things_left(), 1);
        let single = r
            .to_do
            .iter()
            .find(|t| t.gap == GapKind::SingleDevice)
            .unwrap();
        let m = single.method.unwrap();
        assert_ne!(
            m.failure_domain(),
            MethodKind::AuthenticatorApp.failure_domain()
        );
        assert_eq!(r.progress, Progress { done: 2, total: 4 });

        // Ready: nothing left, all units met.
        let r = assess_at(
            &p,
            &[MethodKind::AuthenticatorApp, MethodKind::SecurityKey],
            "2026-11-10T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
        assert_eq!(r.things_left(), 0);
        assert!(r.to_do.is_empty());
        assert_eq!(r.progress, Progress { done: 4, total: 4 });
        assert!((r.progress.fraction() - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn a_gap_nothing_here_can_close_has_no_method() {
        let p = policy_with(
            "min_methods = 1\nmin_phishing_resistant = 1\nallowed_methods = [\"windows_hello\", \"authenticator_app\"]",
        );
        let r = assess_at(
            &p,
            &[MethodKind::AuthenticatorApp],
            "2026-11-10T00:00:00Z",
            Os::Linux,
        );
        let t = r
            .to_do
            .iter()
            .find(|t| t.gap == GapKind::TooFewPhishingResistant)
            .unwrap();
        assert_eq!(t.method, None);
        let r = assess_at(
            &p,
            &[MethodKind::AuthenticatorApp],
            "2026-11-10T00:00:00Z",
            Os::Windows,
        );
        let t = r
            .to_do
            .iter()
            .find(|t| t.gap == GapKind::TooFewPhishingResistant)
            .unwrap();
        assert_eq!(t.method, Some(MethodKind::WindowsHello));
    }

    #[test]
    fn nothing_registered_is_not_ready_and_suggests_a_method() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(&p, &[], "2026-11-22T00:00:00Z", Os::Linux);
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(r.counted, 0);
        assert_eq!(
            r.gaps,
            vec![Gap::TooFewMethods {
                required: 2,
                have: 0
            }]
        );
        assert_eq!(
            r.gaps[0].sentence("Contoso"),
            "Contoso requires 2 sign-in methods and you have 0. Add 2 more."
        );
        let next = r.next_step.unwrap();
        assert!(next.method.is_phishing_resistant(), "{next:?}");
        assert!(next.method.available_on(Os::Linux));
    }

    #[test]
    fn two_methods_on_two_devices_is_ready() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(
            &p,
            &[AuthenticatorApp, SecurityKey],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
        assert!(r.gaps.is_empty());
        assert_eq!(r.next_step, None);
    }

    #[test]
    fn one_device_rule_app_sms_totp_on_one_phone_is_not_ready() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms, SoftwareOath],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.counted, 3);
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(
            r.gaps,
            vec![Gap::SingleDevice {
                device: Device::Phone,
                elsewhere: true
            }]
        );
        let next = r.next_step.unwrap();
        assert_ne!(
            next.method.failure_domain(),
            FailureDomain::Phone,
            "{next:?}"
        );
        assert!(next.reason.contains("apart from"), "{}", next.reason);
    }

    #[test]
    fn one_device_rule_does_not_apply_when_one_method_is_required() {
        let p = policy_with("min_methods = 1");
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
    }

    #[test]
    fn advice_names_only_methods_the_user_can_add_here() {
        let p = policy_with(
            "min_methods = 2\nmin_phishing_resistant = 1\n\
             allowed_methods = [\"windows_hello\", \"authenticator_app\", \"phone_sms\"]",
        );
        // On Windows: Windows Hello is the one way, named, and the next step.
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms],
            "2026-11-22T00:00:00Z",
            Os::Windows,
        );
        assert_eq!(
            r.gaps[0],
            Gap::TooFewPhishingResistant {
                missing: 1,
                options: vec![WindowsHello]
            }
        );
        assert_eq!(r.next_step.map(|n| n.method), Some(WindowsHello));
        // On Linux nothing accepted can close it: say so, and no step that would not.
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(
            r.gaps[0],
            Gap::TooFewPhishingResistant {
                missing: 1,
                options: Vec::new()
            }
        );
        assert_eq!(r.next_step, None);
    }

    #[test]
    fn no_step_that_leaves_the_user_as_not_ready() {
        // Only methods on the phone: the one-device gap cannot be closed here.
        let p = policy_with(
            "min_methods = 2\n\
             allowed_methods = [\"authenticator_app\", \"software_oath\", \"phone_sms\"]",
        );
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(
            r.gaps,
            vec![Gap::SingleDevice {
                device: Device::Phone,
                elsewhere: false
            }]
        );
        assert_eq!(
            r.next_step, None,
            "a code generator on the same phone fixes nothing"
        );
        // Too few methods: any accepted method helps, so there is a step.
        let r = assess_at(&p, &[AuthenticatorApp], "2026-11-22T00:00:00Z", Os::Linux);
        assert!(r.next_step.is_some());
    }

    #[test]
    fn one_required_method_reads_in_the_singular() {
        let p = policy_with("min_methods = 1");
        let r = assess_at(&p, &[], "2026-11-22T00:00:00Z", Os::Linux);
        let gap = r.gaps[0].sentence("Contoso");
        assert!(gap.contains("requires 1 sign-in method and"), "{gap}");
        let next = r.next_step.unwrap().reason;
        assert!(next.contains("it is the one method required"), "{next}");
        assert!(!next.contains("of the 1 methods"), "{next}");
    }

    #[test]
    fn two_different_hardware_tokens_are_two_devices() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(
            &p,
            &[SecurityKey, HardwareOath],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
    }

    #[test]
    fn phishing_resistant_requirement() {
        let p = policy_with("min_methods = 2\nmin_phishing_resistant = 1");
        let r = assess_at(
            &p,
            &[AuthenticatorApp, PhoneSms, HardwareOath],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(gap_kinds(&r), vec![GapKind::TooFewPhishingResistant]);
        let next = r.next_step.unwrap();
        assert!(next.method.is_phishing_resistant());
        assert!(next.reason.contains("phishing-resistant"));
        let r = assess_at(
            &p,
            &[AuthenticatorApp, Passkey, HardwareOath],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
    }

    #[test]
    fn email_and_disallowed_methods_do_not_count() {
        let p = policy_with(
            "min_methods = 2\nallowed_methods = [\"authenticator_app\", \"security_key\", \"email\"]",
        );
        let r = assess_at(
            &p,
            &[AuthenticatorApp, Email, PhoneSms],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.counted, 1);
        assert_eq!(
            r.not_counted,
            vec![
                NotCounted {
                    kind: Email,
                    why: NotCountedWhy::RecoveryOnly
                },
                NotCounted {
                    kind: PhoneSms,
                    why: NotCountedWhy::NotAllowed
                }
            ]
        );
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(r.next_step.unwrap().method, SecurityKey);
    }

    #[test]
    fn next_step_prefers_a_different_device_for_the_second_method() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(&p, &[Passkey], "2026-11-22T00:00:00Z", Os::Linux);
        let next = r.next_step.unwrap();
        assert_ne!(
            next.method.failure_domain(),
            FailureDomain::Phone,
            "{next:?}"
        );
        assert!(next.reason.contains("2 of the 2"), "{}", next.reason);
    }

    #[test]
    fn windows_hello_is_suggested_only_on_windows() {
        let p = policy_with(
            "min_methods = 2\nallowed_methods = [\"authenticator_app\", \"windows_hello\", \"phone_sms\"]",
        );
        let on_win = assess_at(&p, &[AuthenticatorApp], "2026-11-22T00:00:00Z", Os::Windows);
        assert_eq!(on_win.next_step.unwrap().method, WindowsHello);
        let on_linux = assess_at(&p, &[AuthenticatorApp], "2026-11-22T00:00:00Z", Os::Linux);
        assert_eq!(on_linux.next_step.unwrap().method, PhoneSms);
    }

    #[test]
    fn org_deadline_urgency_and_overdue() {
        let p = policy_with("deadline = 2026-12-15T17:00:00+01:00\nmin_methods = 2");
        let r = assess_at(&p, &[AuthenticatorApp], "2026-12-13T16:00:00Z", Os::Linux);
        assert_eq!(r.urgency, Urgency::High);
        assert_eq!(r.verdict, Verdict::NotReady);
        assert_eq!(r.time_left, Some(SignedDuration::from_hours(48)));
        let r = assess_at(&p, &[AuthenticatorApp], "2026-12-16T00:00:00Z", Os::Linux);
        assert_eq!(r.verdict, Verdict::Overdue);
        assert_eq!(r.urgency, Urgency::Passed);
        // Ready stays ready after the deadline.
        let r = assess_at(
            &p,
            &[AuthenticatorApp, SecurityKey],
            "2026-12-16T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.verdict, Verdict::Ready);
    }

    #[test]
    fn personal_deadline_applies_when_earlier() {
        let p = policy_with(
            "deadline = 2026-12-15T17:00:00+01:00\nnew_user_days = 14\nmin_methods = 2",
        );
        // first run 2026-11-01 → personal deadline 2026-11-15.
        let r = assess_at(&p, &[], "2026-11-16T00:00:00Z", Os::Linux);
        assert_eq!(
            r.deadline.unwrap().source,
            deadline::DeadlineSource::Personal
        );
        assert_eq!(r.verdict, Verdict::Overdue);
        let r = assess_at(&p, &[], "2026-11-10T00:00:00Z", Os::Linux);
        assert_eq!(r.urgency, Urgency::Medium);
    }

    #[test]
    fn methods_to_show_lists_allowed_then_registered_extras_once() {
        let p = policy_with("allowed_methods = [\"security_key\", \"authenticator_app\"]");
        let shown = methods_to_show(&p, &reg(&[PhoneVoice, SecurityKey, PhoneVoice]));
        assert_eq!(shown, vec![SecurityKey, AuthenticatorApp, PhoneVoice]);
    }

    #[test]
    fn duplicate_registrations_count_once() {
        let p = policy_with("min_methods = 2");
        let r = assess_at(
            &p,
            &[SecurityKey, SecurityKey],
            "2026-11-22T00:00:00Z",
            Os::Linux,
        );
        assert_eq!(r.counted, 1);
        assert_eq!(r.verdict, Verdict::NotReady);
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        fn kinds() -> impl Strategy<Value = Vec<MethodKind>> {
            proptest::collection::vec(proptest::sample::select(MethodKind::ALL.to_vec()), 0..8)
        }

        proptest! {
            #[test]
            fn ready_iff_no_gaps_and_counts_hold(ks in kinds(), min in 1u32..4, pr in 0u32..3) {
                let pr = pr.min(min);
                let p = policy_with(&format!("min_methods = {min}\nmin_phishing_resistant = {pr}"));
                let r = assess_at(&p, &ks, "2026-11-22T00:00:00Z", Os::Linux);
                prop_assert_eq!(r.verdict == Verdict::Ready, r.gaps.is_empty());
                if r.verdict == Verdict::Ready {
                    prop_assert!(r.counted >= min);
                    prop_assert!(r.phishing_resistant >= pr);
                    prop_assert!(r.next_step.is_none());
                } else {
                    // Not ready → a next step, unless every allowed method is already there.
                    prop_assert!(r.next_step.is_some() || r.counted as usize >= 9);
                }
            }

            #[test]
            fn adding_a_method_never_makes_things_worse(ks in kinds(), extra in proptest::sample::select(MethodKind::ALL.to_vec())) {
                let p = policy_with("min_methods = 2\nmin_phishing_resistant = 1");
                let before = assess_at(&p, &ks, "2026-11-22T00:00:00Z", Os::Linux);
                let mut more = ks.clone();
                more.push(extra);
                let after = assess_at(&p, &more, "2026-11-22T00:00:00Z", Os::Linux);
                prop_assert!(after.counted >= before.counted);
                if before.verdict == Verdict::Ready {
                    prop_assert_eq!(after.verdict, Verdict::Ready);
                }
            }

            #[test]
            fn next_step_is_allowed_new_and_available(ks in kinds()) {
                let p = policy_with("min_methods = 3\nmin_phishing_resistant = 1");
                let r = assess_at(&p, &ks, "2026-11-22T00:00:00Z", Os::Linux);
                if let Some(next) = r.next_step {
                    prop_assert!(p.allows(next.method));
                    prop_assert!(!ks.contains(&next.method));
                    prop_assert!(next.method.is_mfa());
                    prop_assert!(next.method.available_on(Os::Linux));
                }
            }
        }
    }
}
