//! Releasing held jobs when a breaker closes.
//!
//! Before issue 10 a successful half-open trial released every job held for
//! that host at once. One device rarely holds many jobs, but `queue run` on a
//! shared machine or a device that queued work during a long outage can: the
//! rule is [`RELEASE_BURST`] jobs at once, then [`RELEASE_BURST`] more every
//! [`RELEASE_INTERVAL`], each slot spread by a draw so devices that closed at
//! the same moment do not release in step.

use jiff::SignedDuration;

/// Jobs released at once when a breaker closes.
pub const RELEASE_BURST: usize = 2;

/// Time between two release slots.
pub const RELEASE_INTERVAL: SignedDuration = SignedDuration::from_secs(5);

/// How long after the close the `index`-th held job (0-based, oldest first) may
/// go. The first [`RELEASE_BURST`] go at once; later slots are
/// `slot × RELEASE_INTERVAL` plus `draw ×` [`RELEASE_INTERVAL`] (draw in `[0, 1)`,
/// clamped; NaN is 0).
pub fn release_delay(index: usize, draw: f64) -> SignedDuration {
    let slot = index / RELEASE_BURST.max(1);
    if slot == 0 {
        return SignedDuration::ZERO;
    }
    let d = if draw.is_finite() {
        draw.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let secs = RELEASE_INTERVAL.as_secs_f64() * (slot as f64 + d);
    SignedDuration::try_from_secs_f64(secs).unwrap_or(SignedDuration::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_at_a_time() {
        let s = |i, d| release_delay(i, d).as_secs_f64();
        assert_eq!(s(0, 0.9), 0.0);
        assert_eq!(s(1, 0.9), 0.0);
        assert_eq!(s(2, 0.0), 5.0);
        assert_eq!(s(3, 0.5), 7.5);
        assert_eq!(s(4, 1.0), 15.0);
        assert_eq!(s(5, f64::NAN), 10.0);
        assert_eq!(s(5, -3.0), 10.0);
    }

    #[test]
    fn release_rate_is_bounded() {
        // In any window of RELEASE_INTERVAL, at most 2 × RELEASE_BURST jobs go
        // (one slot's end and the next slot's start), whatever the draws.
        let draws = [0.0, 0.99, 0.5, 0.01, 0.7, 0.3, 0.999, 0.0, 0.2, 0.8];
        let times: Vec<f64> = (0..1000)
            .map(|i| release_delay(i, draws[i % draws.len()]).as_secs_f64())
            .collect();
        for &t in &times {
            let n = times
                .iter()
                .filter(|&&u| u >= t && u < t + RELEASE_INTERVAL.as_secs_f64())
                .count();
            assert!(n <= 2 * RELEASE_BURST, "{n} jobs within 5 s of {t}");
        }
        // And every job goes eventually, in order of its slot.
        assert!(times.windows(2).all(|w| (w[1] - w[0]) > -5.0));
    }
}
