//! The figures of a run (the `--json` field names are the issue's).

use serde::Serialize;

use super::client::{Client, SimState};
use super::config::SimConfig;
use super::provider::{BUCKET_MS, Bucket, Provider};

/// How long after the recovery the peak is looked for.
pub const PEAK_WINDOW_MS: i64 = 30 * 60_000;

/// A second outage: this many 10 s buckets in a row after the recovery in which
/// the provider shed more than [`SHED_SHARE`] of the requests.
pub const SECOND_OUTAGE_BUCKETS: usize = 3;

/// See [`SECOND_OUTAGE_BUCKETS`].
pub const SHED_SHARE: f64 = 0.1;

/// The figures of one run.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub clients: u32,
    pub seed: u64,
    pub outage_s: i64,
    /// Requests per second to the provider before the outage (probes + jobs).
    pub steady_rps: f64,
    /// Mean rate during the outage ÷ steady rate.
    pub outage_amplification: f64,
    /// Peak 10 s rate in the 30 min after recovery ÷ steady rate.
    pub recovery_peak_ratio: f64,
    /// Of the jobs open at recovery: seconds until half / 99 % had finished
    /// (succeeded or given up); `null` if that many never did within the run.
    pub jobs_p50_after_recovery_s: Option<f64>,
    pub jobs_p99_after_recovery_s: Option<f64>,
    /// Jobs open at recovery.
    pub jobs_open_at_recovery: usize,
    /// Jobs that gave up (failed) during the run.
    pub jobs_gave_up: usize,
    /// The provider shed load (over capacity) long enough to fail again.
    pub second_outage: bool,
    /// Median seconds from recovery until a device that saw the outage sees the
    /// portal healthy again (what tells a waiting user "it's back").
    pub back_notice_p50_s: Option<f64>,
    /// Requests per 10 s over the run (not in `--json`).
    #[serde(skip)]
    pub buckets: Vec<Bucket>,
}

/// Mean requests per second over `[from_ms, to_ms)`.
pub fn steady_rps(buckets: &[Bucket], from_ms: i64, to_ms: i64) -> f64 {
    let (a, b) = (
        (from_ms / BUCKET_MS) as usize,
        ((to_ms / BUCKET_MS) as usize).min(buckets.len()),
    );
    if b <= a {
        return 0.0;
    }
    let n: u64 = buckets[a..b].iter().map(|x| u64::from(x.total())).sum();
    n as f64 / ((b - a) as f64 * BUCKET_MS as f64 / 1000.0)
}

/// The `q`-quantile (0..=1) of sorted values; `None` if it falls among the unfinished.
fn quantile(sorted: &[f64], total: usize, q: f64) -> Option<f64> {
    if total == 0 {
        return Some(0.0);
    }
    let rank = ((q * total as f64).ceil() as usize).clamp(1, total);
    sorted.get(rank - 1).copied()
}

fn second_outage(buckets: &[Bucket], from: usize) -> bool {
    let mut run = 0;
    for b in buckets.iter().skip(from) {
        let over = b.total() > 0 && f64::from(b.shed) > SHED_SHARE * f64::from(b.total());
        run = if over { run + 1 } else { 0 };
        if run >= SECOND_OUTAGE_BUCKETS {
            return true;
        }
    }
    false
}

impl Report {
    pub fn compute(cfg: &SimConfig, provider: &Provider, clients: &[Client]) -> Report {
        let b = &provider.buckets;
        let steady = steady_rps(
            b,
            i64::from(cfg.probe_interval_s) * 1000,
            cfg.outage_start_ms,
        );
        let end = cfg.outage_end_ms();
        let outage = steady_rps(b, cfg.outage_start_ms, end);
        let ratio = |x: f64| if steady > 0.0 { x / steady } else { 0.0 };
        let from = (end / BUCKET_MS) as usize;
        let to = (((end + PEAK_WINDOW_MS) / BUCKET_MS) as usize).min(b.len());
        let peak = b
            .get(from..to)
            .map_or(0, |w| w.iter().map(Bucket::total).max().unwrap_or(0));
        let mut open_at_recovery = 0;
        let mut done_after: Vec<f64> = Vec::new();
        let mut gave_up = 0;
        let mut back: Vec<f64> = Vec::new();
        for c in clients {
            for j in &c.jobs {
                if j.state == SimState::Failed {
                    gave_up += 1;
                }
                let open = j.created_ms < end && j.finished_ms.is_none_or(|f| f >= end);
                if open {
                    open_at_recovery += 1;
                    if let Some(f) = j.finished_ms {
                        done_after.push((f - end) as f64 / 1000.0);
                    }
                }
            }
            if let Some(t) = c.back_seen_ms {
                back.push((t - end) as f64 / 1000.0);
            }
        }
        done_after.sort_by(f64::total_cmp);
        back.sort_by(f64::total_cmp);
        Report {
            clients: cfg.clients,
            seed: cfg.seed,
            outage_s: cfg.outage_ms / 1000,
            steady_rps: steady,
            outage_amplification: ratio(outage),
            recovery_peak_ratio: ratio(f64::from(peak) / (BUCKET_MS as f64 / 1000.0)),
            jobs_p50_after_recovery_s: quantile(&done_after, open_at_recovery, 0.5),
            jobs_p99_after_recovery_s: quantile(&done_after, open_at_recovery, 0.99),
            jobs_open_at_recovery: open_at_recovery,
            jobs_gave_up: gave_up,
            second_outage: second_outage(b, from),
            back_notice_p50_s: quantile(&back, back.len(), 0.5).filter(|_| !back.is_empty()),
            buckets: b.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bucket(total: u32, shed: u32) -> Bucket {
        Bucket {
            probes: total,
            jobs: 0,
            shed,
        }
    }

    #[test]
    fn quantiles_count_the_unfinished() {
        let v = [1.0, 2.0, 3.0];
        assert_eq!(quantile(&v, 3, 0.5), Some(2.0));
        assert_eq!(quantile(&v, 3, 0.99), Some(3.0));
        assert_eq!(quantile(&v, 4, 0.99), None, "one job never finished");
        assert_eq!(quantile(&[], 0, 0.5), Some(0.0));
    }

    #[test]
    fn second_outage_needs_sustained_shedding() {
        let mut b = vec![bucket(10, 0); 10];
        b[3] = bucket(10, 5);
        b[4] = bucket(10, 5);
        assert!(!second_outage(&b, 0));
        b[5] = bucket(10, 2);
        assert!(second_outage(&b, 0));
        assert!(!second_outage(&b, 4));
        assert_eq!(steady_rps(&b, 0, 100_000), 1.0);
    }
}
