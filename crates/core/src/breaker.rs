//! Per-host circuit breaker: a pure state machine, time passed in.
//!
//! * **Closed**: requests flow. After [`BreakerPolicy::failure_threshold`]
//!   consecutive failures (default 5), or at once when a health probe reports
//!   the host unhealthy (5xx / timeout), the breaker opens.
//! * **Open**: requests wait until the cool-down ends (60 s at first,
//!   doubling on each re-open up to 10 min).
//! * **Half-open**: exactly one trial request is let through. Its success
//!   closes the breaker and resets the cool-down; its failure re-opens the
//!   breaker with a doubled cool-down.
//!
//! Decisions where the brief was silent:
//! * Results reported while **open** come from requests started before the
//!   breaker opened; they are ignored (they neither close nor extend it).
//! * A healthy probe changes nothing: only a real trial request may close.
//!   An unhealthy probe while open is ignored (no extra doubling).
//! * A healthy probe while **open** brings the trial forward (fleet rule, issue 10):
//!   the trial may go within [`HEALTHY_PROBE_TRIAL_WITHIN`] (spread by a draw)
//!   instead of waiting out a cool-down of up to 10 min. Probes of a fleet are
//!   already spread over the probe interval, so this does not synchronise devices,
//!   and queued jobs finish soon after a device sees the portal back.
//!   Only [`Breaker::record_probe_drawn`] does this; [`Breaker::record_probe`]
//!   keeps the old rule (a healthy probe changes nothing) for callers without a draw.
//! * Cool-downs are jittered (fleet rule, issue 10): each open lasts the
//!   (doubling) cool-down × `1 ± COOLDOWN_SPREAD`, from a draw passed in. Without
//!   it, devices whose breakers opened together (one outage) would send their
//!   trials together after every doubling. The doubling itself works on the
//!   un-jittered value, so the bounds stay 60 s … 10 min (± the spread).
//!   The `record_*` methods without a draw use the middle (no spread).
//! * A trial whose result never arrives (e.g. the app crashed and the state
//!   was restored from a snapshot) is considered lost after
//!   [`BreakerPolicy::trial_timeout`]; the next `allow` then grants a new
//!   trial.

use std::collections::BTreeMap;

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

/// How far a cool-down is spread: × `[1 − s, 1 + s]` (±25 %).
pub const COOLDOWN_SPREAD: f64 = 0.25;

/// A healthy probe while open lets the trial go within this (times a draw).
pub const HEALTHY_PROBE_TRIAL_WITHIN: SignedDuration = SignedDuration::from_secs(30);

/// The draw that means "no spread" (the middle of `[0, 1)`).
pub const NO_SPREAD: f64 = 0.5;

/// `cooldown × (1 − COOLDOWN_SPREAD + 2·COOLDOWN_SPREAD·draw)`; draws outside `[0, 1]`
/// are clamped, NaN is the middle.
pub fn jittered_cooldown(cooldown: SignedDuration, draw: f64) -> SignedDuration {
    let d = if draw.is_finite() {
        draw.clamp(0.0, 1.0)
    } else {
        NO_SPREAD
    };
    let factor = 1.0 - COOLDOWN_SPREAD + 2.0 * COOLDOWN_SPREAD * d;
    SignedDuration::try_from_secs_f64(cooldown.as_secs_f64() * factor)
        .unwrap_or(cooldown)
        .max(SignedDuration::ZERO)
}

/// Tunables for a breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct BreakerPolicy {
    /// Consecutive failures that open a closed breaker (default 5).
    pub failure_threshold: u32,
    /// First cool-down (default 60 s).
    pub base_cooldown: SignedDuration,
    /// Longest cool-down (default 10 min).
    pub max_cooldown: SignedDuration,
    /// How long a half-open trial may stay unanswered (default 2 min).
    pub trial_timeout: SignedDuration,
}

impl Default for BreakerPolicy {
    fn default() -> Self {
        Self {
            failure_threshold: 5,
            base_cooldown: SignedDuration::from_secs(60),
            max_cooldown: SignedDuration::from_mins(10),
            trial_timeout: SignedDuration::from_mins(2),
        }
    }
}

/// What the caller may do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Breaker closed: go ahead.
    Allow,
    /// Breaker half-open: this is the single trial request; report its result.
    AllowTrial,
    /// Do not send; ask again at this time.
    Wait(Timestamp),
}

/// Persisted state of one breaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum BreakerSnapshot {
    /// Requests flow; counting consecutive failures.
    Closed {
        /// Consecutive failures so far.
        consecutive_failures: u32,
    },
    /// Requests wait until `until`.
    Open {
        /// End of the cool-down.
        until: Timestamp,
        /// Length of this cool-down (doubles on re-open).
        cooldown: SignedDuration,
    },
    /// One trial may run.
    HalfOpen {
        /// When the trial was granted, if one is in flight.
        trial_started: Option<Timestamp>,
        /// Length of the last cool-down.
        cooldown: SignedDuration,
    },
}

impl Default for BreakerSnapshot {
    fn default() -> Self {
        BreakerSnapshot::Closed {
            consecutive_failures: 0,
        }
    }
}

/// One host's circuit breaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Breaker {
    policy: BreakerPolicy,
    state: BreakerSnapshot,
}

impl Breaker {
    /// A closed breaker.
    pub fn new(policy: BreakerPolicy) -> Self {
        Self {
            policy,
            state: BreakerSnapshot::default(),
        }
    }

    /// Restores a breaker from a persisted snapshot.
    pub fn from_snapshot(policy: BreakerPolicy, snapshot: BreakerSnapshot) -> Self {
        Self {
            policy,
            state: snapshot,
        }
    }

    /// The state to persist.
    pub fn snapshot(&self) -> BreakerSnapshot {
        self.state
    }

    /// Whether a request may be sent now. Granting a trial moves the breaker
    /// to half-open with that trial in flight.
    pub fn allow(&mut self, now: Timestamp) -> Decision {
        match self.state {
            BreakerSnapshot::Closed { .. } => Decision::Allow,
            BreakerSnapshot::Open { until, cooldown } => {
                if now < until {
                    Decision::Wait(until)
                } else {
                    self.state = BreakerSnapshot::HalfOpen {
                        trial_started: Some(now),
                        cooldown,
                    };
                    Decision::AllowTrial
                }
            }
            BreakerSnapshot::HalfOpen {
                trial_started,
                cooldown,
            } => {
                if let Some(started) = trial_started {
                    let expires = add(started, self.policy.trial_timeout);
                    if now < expires {
                        return Decision::Wait(expires);
                    }
                }
                self.state = BreakerSnapshot::HalfOpen {
                    trial_started: Some(now),
                    cooldown,
                };
                Decision::AllowTrial
            }
        }
    }

    /// Reports a successful request.
    pub fn record_success(&mut self, _now: Timestamp) {
        match self.state {
            BreakerSnapshot::Closed { .. } | BreakerSnapshot::HalfOpen { .. } => {
                self.state = BreakerSnapshot::Closed {
                    consecutive_failures: 0,
                };
            }
            BreakerSnapshot::Open { .. } => {}
        }
    }

    /// Reports a failed request (5xx, timeout, connection error), no spread.
    pub fn record_failure(&mut self, now: Timestamp) {
        self.record_failure_drawn(now, NO_SPREAD);
    }

    /// Reports a failed request; `draw` in `[0, 1)` spreads the cool-down if it opens.
    pub fn record_failure_drawn(&mut self, now: Timestamp, draw: f64) {
        match self.state {
            BreakerSnapshot::Closed {
                consecutive_failures,
            } => {
                let n = consecutive_failures.saturating_add(1);
                if n >= self.policy.failure_threshold {
                    self.open(now, self.policy.base_cooldown, draw);
                } else {
                    self.state = BreakerSnapshot::Closed {
                        consecutive_failures: n,
                    };
                }
            }
            BreakerSnapshot::HalfOpen { cooldown, .. } => self.reopen(now, cooldown, draw),
            BreakerSnapshot::Open { .. } => {}
        }
    }

    /// Reports a health probe of this host (old rule: a healthy probe changes
    /// nothing; no spread).
    pub fn record_probe(&mut self, now: Timestamp, healthy: bool) {
        if healthy {
            return;
        }
        self.record_probe_drawn(now, false, NO_SPREAD);
    }

    /// Reports a health probe of this host with a draw in `[0, 1)`: an unhealthy
    /// probe opens (spread cool-down); a healthy one while open brings the trial
    /// forward to within `draw ×` [`HEALTHY_PROBE_TRIAL_WITHIN`].
    pub fn record_probe_drawn(&mut self, now: Timestamp, healthy: bool, draw: f64) {
        match (self.state, healthy) {
            (BreakerSnapshot::Closed { .. }, false) => {
                self.open(now, self.policy.base_cooldown, draw);
            }
            (BreakerSnapshot::HalfOpen { cooldown, .. }, false) => {
                self.reopen(now, cooldown, draw);
            }
            (BreakerSnapshot::Open { until, cooldown }, true) => {
                let d = if draw.is_finite() {
                    draw.clamp(0.0, 1.0)
                } else {
                    NO_SPREAD
                };
                let soon =
                    SignedDuration::try_from_secs_f64(HEALTHY_PROBE_TRIAL_WITHIN.as_secs_f64() * d)
                        .unwrap_or(HEALTHY_PROBE_TRIAL_WITHIN);
                self.state = BreakerSnapshot::Open {
                    until: until.min(add(now, soon)),
                    cooldown,
                };
            }
            _ => {}
        }
    }

    fn reopen(&mut self, now: Timestamp, last: SignedDuration, draw: f64) {
        let doubled = last.checked_mul(2).unwrap_or(self.policy.max_cooldown);
        self.open(now, doubled.min(self.policy.max_cooldown), draw);
    }

    fn open(&mut self, now: Timestamp, cooldown: SignedDuration, draw: f64) {
        let cooldown = cooldown.max(SignedDuration::ZERO);
        self.state = BreakerSnapshot::Open {
            until: add(now, jittered_cooldown(cooldown, draw)),
            cooldown,
        };
    }
}

fn add(t: Timestamp, d: SignedDuration) -> Timestamp {
    t.checked_add(d).unwrap_or(Timestamp::MAX)
}

/// Breakers keyed by host (compared case-insensitively; stored lowercased).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Breakers {
    policy: BreakerPolicy,
    by_host: BTreeMap<String, Breaker>,
}

impl Breakers {
    /// An empty set; every host starts closed.
    pub fn new(policy: BreakerPolicy) -> Self {
        Self {
            policy,
            by_host: BTreeMap::new(),
        }
    }

    /// Restores from persisted snapshots.
    pub fn from_snapshot(policy: BreakerPolicy, snap: BTreeMap<String, BreakerSnapshot>) -> Self {
        let by_host = snap
            .into_iter()
            .map(|(h, s)| (h.to_ascii_lowercase(), Breaker::from_snapshot(policy, s)))
            .collect();
        Self { policy, by_host }
    }

    /// Snapshots of every host that is not plainly closed with no failures.
    pub fn snapshot(&self) -> BTreeMap<String, BreakerSnapshot> {
        self.by_host
            .iter()
            .map(|(h, b)| (h.clone(), b.snapshot()))
            .filter(|(_, s)| *s != BreakerSnapshot::default())
            .collect()
    }

    /// The snapshot of one host (closed if never seen).
    pub fn state(&self, host: &str) -> BreakerSnapshot {
        self.by_host
            .get(&host.to_ascii_lowercase())
            .map(Breaker::snapshot)
            .unwrap_or_default()
    }

    fn entry(&mut self, host: &str) -> &mut Breaker {
        let policy = self.policy;
        self.by_host
            .entry(host.to_ascii_lowercase())
            .or_insert_with(|| Breaker::new(policy))
    }

    /// See [`Breaker::allow`].
    pub fn allow(&mut self, host: &str, now: Timestamp) -> Decision {
        self.entry(host).allow(now)
    }

    /// See [`Breaker::record_success`].
    pub fn record_success(&mut self, host: &str, now: Timestamp) {
        self.entry(host).record_success(now);
    }

    /// See [`Breaker::record_failure`].
    pub fn record_failure(&mut self, host: &str, now: Timestamp) {
        self.entry(host).record_failure(now);
    }

    /// See [`Breaker::record_probe`].
    pub fn record_probe(&mut self, host: &str, now: Timestamp, healthy: bool) {
        self.entry(host).record_probe(now, healthy);
    }

    /// See [`Breaker::record_failure_drawn`].
    pub fn record_failure_drawn(&mut self, host: &str, now: Timestamp, draw: f64) {
        self.entry(host).record_failure_drawn(now, draw);
    }

    /// See [`Breaker::record_probe_drawn`].
    pub fn record_probe_drawn(&mut self, host: &str, now: Timestamp, healthy: bool, draw: f64) {
        self.entry(host).record_probe_drawn(now, healthy, draw);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn t0() -> Timestamp {
        "2026-06-01T10:00:00Z".parse().unwrap()
    }
    fn at(secs: i64) -> Timestamp {
        t0() + SignedDuration::from_secs(secs)
    }

    fn open_after_failures(b: &mut Breaker) {
        for _ in 0..5 {
            assert_eq!(b.allow(t0()), Decision::Allow);
            b.record_failure(t0());
        }
    }

    #[test]
    fn opens_after_five_consecutive_failures() {
        let mut b = Breaker::new(BreakerPolicy::default());
        for _ in 0..4 {
            b.record_failure(t0());
        }
        assert_eq!(b.allow(t0()), Decision::Allow);
        b.record_failure(t0());
        assert_eq!(b.allow(t0()), Decision::Wait(at(60)));
        assert_eq!(b.allow(at(59)), Decision::Wait(at(60)));
    }

    #[test]
    fn success_resets_failure_count() {
        let mut b = Breaker::new(BreakerPolicy::default());
        for _ in 0..4 {
            b.record_failure(t0());
        }
        b.record_success(t0());
        for _ in 0..4 {
            b.record_failure(t0());
        }
        assert_eq!(b.allow(t0()), Decision::Allow);
    }

    #[test]
    fn unhealthy_probe_opens_immediately() {
        let mut b = Breaker::new(BreakerPolicy::default());
        b.record_probe(t0(), true);
        assert_eq!(b.allow(t0()), Decision::Allow);
        b.record_probe(t0(), false);
        assert_eq!(b.allow(t0()), Decision::Wait(at(60)));
    }

    #[test]
    fn half_open_allows_exactly_one_trial() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        assert_eq!(b.allow(at(60)), Decision::AllowTrial);
        // Second caller must wait while the trial is in flight.
        assert_eq!(b.allow(at(61)), Decision::Wait(at(180)));
        assert_eq!(b.allow(at(100)), Decision::Wait(at(180)));
    }

    #[test]
    fn trial_success_closes_and_resets_cooldown() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        assert_eq!(b.allow(at(60)), Decision::AllowTrial);
        b.record_failure(at(61)); // re-open 120 s
        assert_eq!(b.allow(at(100)), Decision::Wait(at(181)));
        assert_eq!(b.allow(at(181)), Decision::AllowTrial);
        b.record_success(at(182));
        assert_eq!(b.allow(at(182)), Decision::Allow);
        // Next open starts at 60 s again.
        for _ in 0..5 {
            b.record_failure(at(200));
        }
        assert_eq!(b.allow(at(200)), Decision::Wait(at(260)));
    }

    #[test]
    fn cooldown_doubles_up_to_ten_minutes() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        let mut now = at(60);
        let mut expected = [120, 240, 480, 600, 600, 600].into_iter();
        loop {
            assert_eq!(b.allow(now), Decision::AllowTrial);
            b.record_failure(now);
            let Some(cd) = expected.next() else { break };
            let until = now + SignedDuration::from_secs(cd);
            assert_eq!(b.allow(now), Decision::Wait(until));
            now = until;
        }
    }

    #[test]
    fn probe_failure_in_half_open_reopens_doubled() {
        let mut b = Breaker::new(BreakerPolicy::default());
        b.record_probe(t0(), false);
        assert_eq!(b.allow(at(60)), Decision::AllowTrial);
        b.record_probe(at(61), false);
        assert_eq!(b.allow(at(61)), Decision::Wait(at(181)));
    }

    #[test]
    fn results_while_open_are_ignored() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        b.record_success(at(1));
        b.record_failure(at(2));
        b.record_probe(at(3), false);
        assert_eq!(b.allow(at(10)), Decision::Wait(at(60)));
    }

    #[test]
    fn lost_trial_is_replaced_after_timeout() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        assert_eq!(b.allow(at(60)), Decision::AllowTrial);
        assert_eq!(b.allow(at(179)), Decision::Wait(at(180)));
        assert_eq!(b.allow(at(180)), Decision::AllowTrial);
        assert_eq!(b.allow(at(181)), Decision::Wait(at(300)));
    }

    #[test]
    fn snapshot_round_trips_through_json() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        let json = serde_json::to_string(&b.snapshot()).unwrap();
        assert!(json.contains("\"state\":\"open\""), "{json}");
        let snap: BreakerSnapshot = serde_json::from_str(&json).unwrap();
        let mut restored = Breaker::from_snapshot(BreakerPolicy::default(), snap);
        assert_eq!(restored.allow(at(30)), Decision::Wait(at(60)));
    }

    #[test]
    fn breakers_are_per_host_and_case_insensitive() {
        let mut bs = Breakers::new(BreakerPolicy::default());
        bs.record_probe("Graph.Microsoft.com", t0(), false);
        assert_eq!(
            bs.allow("graph.microsoft.com", t0()),
            Decision::Wait(at(60))
        );
        assert_eq!(bs.allow("login.microsoftonline.com", t0()), Decision::Allow);
        let snap = bs.snapshot();
        assert_eq!(snap.len(), 1);
        assert!(snap.contains_key("graph.microsoft.com"));
        let mut restored = Breakers::from_snapshot(BreakerPolicy::default(), snap);
        assert_eq!(
            restored.allow("GRAPH.microsoft.com", at(1)),
            Decision::Wait(at(60))
        );
        assert_eq!(
            restored.state("nowhere.example"),
            BreakerSnapshot::Closed {
                consecutive_failures: 0
            }
        );
    }

    #[test]
    fn cooldowns_are_spread_by_the_draw() {
        let cd = SignedDuration::from_secs(600);
        assert_eq!(jittered_cooldown(cd, 0.0), SignedDuration::from_secs(450));
        assert_eq!(jittered_cooldown(cd, 0.5), cd);
        assert_eq!(jittered_cooldown(cd, 1.0), SignedDuration::from_secs(750));
        assert_eq!(jittered_cooldown(cd, f64::NAN), cd);
        assert_eq!(jittered_cooldown(cd, 9.0), SignedDuration::from_secs(750));
        let mut b = Breaker::new(BreakerPolicy::default());
        b.record_probe_drawn(t0(), false, 0.0);
        assert_eq!(b.allow(t0()), Decision::Wait(at(45)));
        assert_eq!(b.allow(at(45)), Decision::AllowTrial);
        // Re-open: the doubling uses the plain 60 s, not the jittered 45 s.
        b.record_failure_drawn(at(45), 1.0);
        assert_eq!(b.allow(at(46)), Decision::Wait(at(45 + 150)));
    }

    #[test]
    fn healthy_probe_brings_the_trial_forward() {
        let mut b = Breaker::new(BreakerPolicy::default());
        open_after_failures(&mut b);
        // The old entry point keeps the old rule.
        b.record_probe(at(10), true);
        assert_eq!(b.allow(at(10)), Decision::Wait(at(60)));
        b.record_probe_drawn(at(10), true, 0.5);
        assert_eq!(b.allow(at(10)), Decision::Wait(at(25)));
        // Never later than it was.
        b.record_probe_drawn(at(20), true, 1.0);
        assert_eq!(b.allow(at(20)), Decision::Wait(at(25)));
        assert_eq!(b.allow(at(25)), Decision::AllowTrial);
        // Closed or half-open: a healthy probe changes nothing.
        b.record_probe_drawn(at(26), true, 0.0);
        assert_eq!(b.allow(at(26)), Decision::Wait(at(145)));
    }

    #[derive(Debug, Clone)]
    enum Op {
        Allow,
        Ok,
        Fail,
        Probe(bool),
    }

    fn op() -> impl Strategy<Value = (Op, i64)> {
        (
            prop_oneof![
                Just(Op::Allow),
                Just(Op::Ok),
                Just(Op::Fail),
                any::<bool>().prop_map(Op::Probe)
            ],
            0i64..400,
        )
    }

    proptest! {
        #[test]
        fn never_two_trials_in_flight_and_cooldown_bounded(ops in proptest::collection::vec(op(), 0..200)) {
            let p = BreakerPolicy::default();
            let mut b = Breaker::new(p);
            let mut now = t0();
            let mut trial_at: Option<Timestamp> = None;
            for (o, dt) in ops {
                now += SignedDuration::from_secs(dt);
                match o {
                    Op::Allow => match b.allow(now) {
                        Decision::AllowTrial => {
                            if let Some(t) = trial_at {
                                prop_assert!(now >= t + p.trial_timeout);
                            }
                            trial_at = Some(now);
                        }
                        Decision::Wait(until) => {
                            prop_assert!(until > now);
                            prop_assert!(until <= now + p.max_cooldown);
                        }
                        Decision::Allow => trial_at = None,
                    },
                    Op::Ok => { b.record_success(now); }
                    Op::Fail => { b.record_failure(now); }
                    Op::Probe(h) => { b.record_probe(now, h); }
                }
                if !matches!(b.snapshot(), BreakerSnapshot::HalfOpen { trial_started: Some(_), .. }) {
                    trial_at = None;
                }
                if let BreakerSnapshot::Open { cooldown, .. } = b.snapshot() {
                    prop_assert!(cooldown >= p.base_cooldown && cooldown <= p.max_cooldown);
                }
            }
        }
    }
}
