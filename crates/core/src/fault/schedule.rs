//! When the next scheduled probe runs.
//!
//! Fleet rule (issue 10): while a portal fails, one device re-checks soon (after a
//! minute) so its user learns quickly whether the failure is real, then backs off
//! to [`FAILING_BACKOFF_FACTOR`] × the normal interval, spread by ±50 %. The old
//! rule (every minute for as long as the portal failed) made 50,000 devices send
//! five times their normal load to a portal that was already failing. The fleet
//! simulator (`examples/fleet_sim.rs`) showed two more things, hence the shape:
//! a doubling ramp (60 s, 120 s, 240 s …) piles the ramps of devices that saw the
//! failure within the same few minutes into a spike of 3.5× the steady rate at the
//! start of an outage, and a ±10 % spread keeps those devices in step for hours
//! (the load oscillates with the back-off period). One quick re-check, then the
//! long delay with a wide spread, keeps the outage's load below the steady rate
//! while a device still notices the recovery within about 4 minutes at the median.

/// The first re-check after a probe found a portal failing (one minute).
pub const FAILING_PROBE_INTERVAL_S: u32 = 60;

/// While a portal keeps failing, the delay grows to this many normal intervals.
/// Above 1 so the failing fleet sends less than in steady state; 1.5 keeps the
/// median "it's back" within 5 minutes at the default 300 s interval
/// (a device learns of the recovery half a delay after it, on average).
pub const FAILING_BACKOFF_FACTOR: f64 = 1.5;

/// Spread of a healthy device's delay (±10 %).
pub const HEALTHY_SPREAD: f64 = 0.1;

/// Spread of a failing device's delay (±50 %): wide, so devices that saw the
/// failure together drift apart within a few probes.
pub const FAILING_SPREAD: f64 = 0.5;

/// Delay before the next scheduled probe when `failing_streak` checks in a row
/// found a portal failing (0: all healthy).
///
/// * streak 0: `interval_s`, spread by ±[`HEALTHY_SPREAD`];
/// * streak 1: `min(interval_s, 60 s)` (the quick re-check, as before);
/// * streak 2 and more: `interval_s` × [`FAILING_BACKOFF_FACTOR`] (never below the
///   quick re-check);
///
/// failing delays spread by ±[`FAILING_SPREAD`]. `jitter` is a draw in `[0, 1]`
/// (0.5 is the middle: no spread).
pub fn probe_delay(interval_s: u32, failing_streak: u32, jitter: f64) -> std::time::Duration {
    let interval = f64::from(interval_s.max(1));
    let first = f64::from(interval_s.clamp(1, FAILING_PROBE_INTERVAL_S));
    let (base, spread) = match failing_streak {
        0 => (interval, HEALTHY_SPREAD),
        1 => (first, FAILING_SPREAD),
        _ => (
            (interval * FAILING_BACKOFF_FACTOR).max(first),
            FAILING_SPREAD,
        ),
    };
    let j = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    std::time::Duration::from_secs_f64(base * (1.0 - spread + 2.0 * spread * j))
}

/// The health schedule's state between checks: how many checks in a row found a
/// portal failing, and whether a vendor feed had an open incident. The services'
/// schedule and the fleet simulator both keep one and ask it for the next delay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProbeSchedule {
    failing_streak: u32,
    vendor_incident: bool,
}

impl ProbeSchedule {
    /// The delay after a finished check. `failing`: a portal failed;
    /// `vendor_incident`: a status feed lists an open incident (`None`: no feed
    /// could be read). A vendor that closes its incident while a portal still
    /// fails is a hint the recovery is near: the back-off starts again from the
    /// quick re-check (the feed's own change is spread over the fleet's probe
    /// phases, so this does not synchronise devices).
    pub fn after_check(
        &mut self,
        interval_s: u32,
        failing: bool,
        vendor_incident: Option<bool>,
        jitter: f64,
    ) -> std::time::Duration {
        let vendor_recovered = self.vendor_incident && vendor_incident == Some(false);
        if let Some(open) = vendor_incident {
            self.vendor_incident = open;
        }
        self.failing_streak = match (failing, vendor_recovered) {
            (false, _) => 0,
            (true, true) => 1,
            (true, false) => self.failing_streak.saturating_add(1),
        };
        probe_delay(interval_s, self.failing_streak, jitter)
    }

    /// Checks in a row that found a portal failing.
    pub fn failing_streak(&self) -> u32 {
        self.failing_streak
    }
}

/// The schedule for callers that only know whether a portal fails now: the
/// first failing re-check (streak 1). Kept for single-check callers; the
/// services' schedule counts the streak and calls [`probe_delay`].
pub fn next_probe_delay(interval_s: u32, any_failing: bool, jitter: f64) -> std::time::Duration {
    probe_delay(interval_s, u32::from(any_failing), jitter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn schedule_delay() {
        assert_eq!(next_probe_delay(300, false, 0.5), Duration::from_secs(300));
        assert_eq!(next_probe_delay(300, false, 0.0), Duration::from_secs(270));
        assert_eq!(next_probe_delay(300, false, 1.0), Duration::from_secs(330));
        assert_eq!(next_probe_delay(300, true, 0.5), Duration::from_secs(60));
        assert_eq!(next_probe_delay(30, true, 0.5), Duration::from_secs(30));
        assert_eq!(next_probe_delay(300, false, 7.0), Duration::from_secs(330));
        assert_eq!(
            next_probe_delay(300, false, f64::NAN),
            Duration::from_secs(300)
        );
        assert_eq!(next_probe_delay(0, false, 0.5), Duration::from_secs(1));
    }

    #[test]
    fn failing_probes_back_off_to_one_and_a_half_intervals() {
        let secs = |streak| probe_delay(300, streak, 0.5).as_secs();
        let got: Vec<u64> = (0..5).map(secs).collect();
        assert_eq!(got, [300, 60, 450, 450, 450]);
        // A short interval: the quick re-check is the interval itself, then 1.5×.
        let got: Vec<u64> = (0..4).map(|s| probe_delay(30, s, 0.5).as_secs()).collect();
        assert_eq!(got, [30, 30, 45, 45]);
        // A huge streak does not overflow.
        assert_eq!(probe_delay(300, u32::MAX, 0.5), Duration::from_secs(450));
    }

    #[test]
    fn failing_fleet_rate_stays_below_steady_rate() {
        // Over an outage of an hour, a device probes less often than in steady
        // state: the quick re-check is paid back within the first hour.
        let steady = 3600.0 / 300.0;
        let (mut t, mut n, mut streak) = (0.0, 0u32, 1u32);
        while t < 3600.0 {
            t += probe_delay(300, streak, 0.5).as_secs_f64();
            streak += 1;
            n += 1;
        }
        assert!(f64::from(n) <= steady, "{n} probes in an hour");
    }

    #[test]
    fn schedule_state_counts_the_streak_and_takes_the_vendor_hint() {
        let mut s = ProbeSchedule::default();
        let mut next = |failing, feed| s.after_check(300, failing, feed, 0.5).as_secs();
        assert_eq!(next(false, None), 300);
        assert_eq!(next(true, Some(true)), 60);
        assert_eq!(next(true, Some(true)), 450);
        assert_eq!(next(true, None), 450, "an unreadable feed is no hint");
        // The vendor closed its incident: look again soon, then back off again.
        assert_eq!(next(true, Some(false)), 60);
        assert_eq!(next(true, Some(false)), 450);
        assert_eq!(next(false, Some(false)), 300);
        assert_eq!(s.failing_streak(), 0);
    }

    #[test]
    fn jitter_bounds_hold_at_every_streak() {
        for streak in 0..10 {
            let spread = if streak == 0 { 0.1 } else { 0.5 };
            let mid = probe_delay(300, streak, 0.5).as_secs_f64();
            let lo = probe_delay(300, streak, 0.0).as_secs_f64();
            let hi = probe_delay(300, streak, 1.0).as_secs_f64();
            assert!((lo - mid * (1.0 - spread)).abs() < 1e-6, "{streak}");
            assert!((hi - mid * (1.0 + spread)).abs() < 1e-6, "{streak}");
        }
        assert_eq!(probe_delay(300, 1, 0.0), Duration::from_secs(30));
        assert_eq!(probe_delay(300, 3, 1.0), Duration::from_secs(675));
    }
}
