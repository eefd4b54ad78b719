//! When the next scheduled probe runs.

/// Probe more often (every minute) while a portal is failing.
pub const FAILING_PROBE_INTERVAL_S: u32 = 60;

/// Delay before the next scheduled probe: `interval_s`, or at most
/// [`FAILING_PROBE_INTERVAL_S`] while a portal fails, spread by ±10 % using
/// `jitter` in `[0, 1]` (so many devices do not probe in step).
pub fn next_probe_delay(interval_s: u32, any_failing: bool, jitter: f64) -> std::time::Duration {
    let base = if any_failing {
        interval_s.min(FAILING_PROBE_INTERVAL_S)
    } else {
        interval_s
    };
    let j = if jitter.is_finite() {
        jitter.clamp(0.0, 1.0)
    } else {
        0.5
    };
    std::time::Duration::from_secs_f64(f64::from(base.max(1)) * (0.9 + 0.2 * j))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schedule_delay() {
        use std::time::Duration;
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
}
