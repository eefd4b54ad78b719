//! The event loop: one heap of wake-ups ordered by (time, sequence), so a run
//! depends only on its configuration and seed.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use mfa_ready_core::queue::JobKind;

use super::client::{Client, SimJob, SimState, TraceEntry};
use super::config::{ConfigError, SimConfig};
use super::provider::{BUCKET_MS, Provider};
use super::report::{Report, steady_rps};

/// Heap entry: (time, sequence, client, 0 = probe / job index + 1).
type Entry = Reverse<(i64, u64, u32, u32)>;

/// Runs a scenario.
pub fn run(cfg: &SimConfig) -> Result<Report, ConfigError> {
    run_inner(cfg, None).map(|(r, _)| r)
}

/// Runs a scenario and returns client `traced`'s decisions too.
pub fn run_traced(cfg: &SimConfig, traced: u32) -> Result<(Report, Vec<TraceEntry>), ConfigError> {
    run_inner(cfg, Some(traced))
}

/// A device's set-up: when it starts and the job it queues, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Plan {
    /// The first health check (the app starts).
    pub start_ms: i64,
    /// The job's kind and when the user queues it.
    pub job: Option<(JobKind, i64)>,
}

/// Device `id`'s set-up, from its own set-up stream (the trace test replays it).
pub fn plan(cfg: &SimConfig, id: u32) -> Plan {
    let (mut rng, _, _) = Client::streams(cfg.seed, id);
    let interval_ms = u64::from(cfg.probe_interval_s) * 1000;
    let start_ms = rng.below(interval_ms) as i64;
    if rng.draw() >= cfg.job_share {
        return Plan {
            start_ms,
            job: None,
        };
    }
    let k = rng.draw();
    let (kind, from, to) = if k < 0.4 {
        (JobKind::RegisterPhone, start_ms, cfg.outage_end_ms())
    } else if k < 0.7 {
        (JobKind::VerifyMethods, start_ms, cfg.outage_end_ms())
    } else {
        // "Tell me when it's back" is asked while the portal fails.
        (
            JobKind::ResumePortalStep,
            cfg.outage_start_ms,
            cfg.outage_end_ms(),
        )
    };
    let span = u64::try_from((to - from).max(1)).unwrap_or(1);
    let created = from + rng.below(span) as i64;
    Plan {
        start_ms,
        job: Some((kind, created)),
    }
}

fn set_up(cfg: &SimConfig, id: u32) -> (Client, i64) {
    let mut c = Client::new(
        cfg.seed,
        id,
        cfg.rules,
        cfg.probe_interval_s,
        cfg.outage_end_ms(),
    );
    let p = plan(cfg, id);
    if let Some((kind, created)) = p.job {
        c.jobs.push(SimJob {
            kind,
            created_ms: created,
            attempts: 0,
            next_ms: created,
            state: SimState::Planned,
            held: false,
            finished_ms: None,
        });
    }
    (c, p.start_ms)
}

fn run_inner(
    cfg: &SimConfig,
    traced: Option<u32>,
) -> Result<(Report, Vec<TraceEntry>), ConfigError> {
    cfg.validate()?;
    let mut provider = Provider::new(
        cfg.outage_start_ms,
        cfg.outage_end_ms(),
        cfg.mode,
        cfg.duration_ms,
    );
    let mut heap: BinaryHeap<Entry> = BinaryHeap::new();
    let mut seq: u64 = 0;
    let mut clients = Vec::with_capacity(cfg.clients as usize);
    for id in 0..cfg.clients {
        let (mut c, start) = set_up(cfg, id);
        if traced == Some(id) {
            c.trace = Some(Vec::new());
        }
        heap.push(Reverse((start, seq, id, 0)));
        seq += 1;
        for (i, j) in c.jobs.iter().enumerate() {
            heap.push(Reverse((j.next_ms, seq, id, i as u32 + 1)));
            seq += 1;
        }
        clients.push(c);
    }
    let steady_from = i64::from(cfg.probe_interval_s) * 1000;
    let mut capacity_set = false;
    while let Some(Reverse((t, _, id, what))) = heap.pop() {
        if t >= cfg.duration_ms {
            break;
        }
        if !capacity_set && t >= cfg.outage_start_ms {
            // The provider's capacity is a multiple of the steady rate just measured.
            let steady = steady_rps(&provider.buckets, steady_from, cfg.outage_start_ms);
            provider.capacity_per_bucket = cfg
                .capacity
                .map(|f| (f * steady * (BUCKET_MS as f64 / 1000.0)).ceil() as u32);
            capacity_set = true;
        }
        let Some(c) = clients.get_mut(id as usize) else {
            continue;
        };
        let wakes = if what == 0 {
            c.probe(t, &mut provider)
        } else {
            let i = (what - 1) as usize;
            let due = c.jobs.get(i).is_some_and(|j| {
                j.next_ms == t && matches!(j.state, SimState::Planned | SimState::Pending)
            });
            if !due {
                continue;
            }
            c.run_job(i, t, &mut provider)
        };
        for (at, job) in wakes {
            if at < cfg.duration_ms {
                let what = job.map_or(0, |i| i as u32 + 1);
                heap.push(Reverse((at.max(t), seq, id, what)));
                seq += 1;
            }
        }
    }
    let trace = traced
        .and_then(|id| clients.get_mut(id as usize))
        .and_then(|c| c.trace.take())
        .unwrap_or_default();
    Ok((Report::compute(cfg, &provider, &clients), trace))
}
