//! Issue 10: the simulator is the app's code path. For one device, the trace of
//! decisions the simulator takes (`mfa_ready_sim` (crates/sim)) matches what the real health
//! check + `ProbeSchedule` and the real queue `Worker` (SQLite store, Graph
//! client over HTTP) decide against a local fault server that fails for the same
//! outage, with the same seed (the same draw streams) and a fake clock.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use mfa_ready::services::auth::StaticToken;
use mfa_ready::services::config::Clock;
use mfa_ready::services::enroll::{EnrollmentService, GraphClient};
use mfa_ready::services::health::{HealthSettings, check, prober};
use mfa_ready::services::http::{BoxFut, HttpTimeouts};
use mfa_ready::services::probe::{PortalTarget, ProbeConfig};
use mfa_ready::services::queue::{Outcome, PortalProbe, Worker, WorkerConfig};
use mfa_ready::services::store::Store;
use mfa_ready_core::breaker::BreakerSnapshot;
use mfa_ready_core::fault::ProbeSchedule;
use mfa_ready_core::queue::{JobKind, Payload, PhoneType};
use mfa_ready_sim::{self as sim, FailMode, Rules, SimConfig, TraceEntry, ms_of, ts};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Fails (504) while the flag is set, answers like the portal and Graph otherwise.
struct Fault(Arc<AtomicBool>);

impl Respond for Fault {
    fn respond(&self, req: &Request) -> ResponseTemplate {
        if self.0.load(Ordering::SeqCst) {
            return ResponseTemplate::new(504);
        }
        match (req.method.as_str(), req.url.path()) {
            ("POST", p) if p.ends_with("/phoneMethods") => ResponseTemplate::new(201)
                .set_body_json(serde_json::json!({
                    "id": "3179e48a-750b-4051-897c-87b9720928f7",
                    "phoneNumber": "+1 2065550100",
                    "phoneType": "mobile"
                })),
            ("GET", p) if p.ends_with("/methods") => {
                ResponseTemplate::new(200).set_body_json(serde_json::json!({"value": []}))
            }
            _ => ResponseTemplate::new(200).set_body_string("portal"),
        }
    }
}

/// The resume job is not chosen by the seed below; a probe that is never asked.
struct Unused;

impl PortalProbe for Unused {
    fn healthy<'a>(&'a self, _url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async { panic!("no portal job in this trace") })
    }
}

fn config(seed: u64) -> SimConfig {
    SimConfig {
        clients: 1,
        seed,
        duration_ms: 2 * 3_600_000,
        outage_start_ms: 15 * 60_000,
        outage_ms: 45 * 60_000,
        mode: FailMode::Gateway504,
        capacity: None,
        job_share: 1.0,
        probe_interval_s: 300,
        rules: Rules::Fleet,
    }
}

/// The first seed whose device queues a Graph job during the outage.
fn seed_with_a_job_in_the_outage() -> (SimConfig, JobKind, i64, i64) {
    for seed in 1..1000 {
        let cfg = config(seed);
        let p = sim::plan(&cfg, 0);
        if let Some((kind, at)) = p.job
            && kind != JobKind::ResumePortalStep
            && at >= cfg.outage_start_ms + 60_000
            && at < cfg.outage_end_ms() - 20 * 60_000
        {
            return (cfg, kind, p.start_ms, at);
        }
    }
    panic!("no seed");
}

fn without_sends(t: Vec<TraceEntry>) -> Vec<TraceEntry> {
    t.into_iter()
        .filter(|e| !matches!(e, TraceEntry::Sent { .. }))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_devices_trace_matches_the_real_schedule_and_worker() {
    let (cfg, kind, start_ms, created_ms) = seed_with_a_job_in_the_outage();
    let (_, sim_trace) = sim::run_traced(&cfg, 0).unwrap();
    let want = without_sends(sim_trace);

    // The real components, on a fake clock, against a local fault server.
    let failing = Arc::new(AtomicBool::new(false));
    let server = MockServer::start().await;
    Mock::given(wiremock::matchers::any())
        .respond_with(Fault(Arc::clone(&failing)))
        .mount(&server)
        .await;
    let now = Arc::new(Mutex::new(ts(0)));
    let n = Arc::clone(&now);
    let clock: Arc<dyn Fn() -> Timestamp + Send + Sync> = Arc::new(move || *n.lock().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Mutex::new(Some(Store::open(dir.path(), ts(0)).unwrap())));
    let graph = GraphClient::new(
        &format!("{}/v1.0", server.uri()),
        Arc::new(StaticToken::new("t")),
        HttpTimeouts::default(),
        Arc::clone(&clock),
    )
    .unwrap();
    let host = graph.host();
    let (_, mut schedule_draws, mut queue_draws) = sim::Client::streams(cfg.seed, 0);
    let mut worker = Worker::new(WorkerConfig {
        store,
        service: Ok(Arc::new(graph) as Arc<dyn EnrollmentService>),
        probe: Arc::new(Unused),
        deadline: None,
        helpdesk: None,
        jitter: Box::new(move || queue_draws.draw()),
        clock: Arc::clone(&clock),
    })
    .unwrap();
    let settings = |t: i64| {
        HealthSettings {
            targets: vec![PortalTarget::new(
                "portal",
                format!("{}/portal", server.uri()),
            )],
            probe: ProbeConfig {
                connectivity_checks: Vec::new(),
                ..ProbeConfig::default()
            },
            feeds: Vec::new(),
            interval_s: cfg.probe_interval_s,
        }
        .with_clock(Clock::Fixed(ts(t)))
    };
    let probes = prober(&settings(0)).await;
    let mut plan = ProbeSchedule::default();
    let mut got = Vec::new();
    let (mut next_probe, mut job_due, mut queued, mut held) =
        (start_ms, Some(created_ms), false, false);
    loop {
        let probe_first = job_due.is_none_or(|d| next_probe <= d);
        let t = if probe_first {
            next_probe
        } else {
            job_due.unwrap()
        };
        if t >= cfg.duration_ms {
            break;
        }
        *now.lock().unwrap() = ts(t);
        failing.store(
            t >= cfg.outage_start_ms && t < cfg.outage_end_ms(),
            Ordering::SeqCst,
        );
        if probe_first {
            let healthy = check(&probes, &settings(t)).await.all_healthy();
            worker.on_probe(&host, healthy, ts(t)).await.unwrap();
            let delay =
                plan.after_check(cfg.probe_interval_s, !healthy, None, schedule_draws.draw());
            next_probe = t + delay.as_millis() as i64;
            got.push(TraceEntry::Probe {
                at_ms: t,
                healthy,
                next_ms: next_probe,
            });
            // A healthy probe may bring the held job's trial forward.
            if let (Some(d), BreakerSnapshot::Open { until, .. }) = (job_due, worker.breaker(&host))
                && ms_of(until) < d
                && held
            {
                job_due = Some(ms_of(until));
            }
            continue;
        }
        if !queued {
            let payload = match kind {
                JobKind::VerifyMethods => Payload::VerifyMethods,
                _ => Payload::RegisterPhone {
                    phone_number: "+1 2065550100".into(),
                    phone_type: PhoneType::Mobile,
                },
            };
            worker.enqueue(&payload).unwrap();
            queued = true;
        }
        let outcomes = worker.run_due(10).await.unwrap();
        assert!(!outcomes.is_empty(), "the job was not due at {t}: {got:#?}");
        for o in outcomes {
            held = matches!(o, Outcome::Held { .. });
            let (entry, due) = match o {
                Outcome::Held { until, .. } => (
                    TraceEntry::Held {
                        at_ms: t,
                        job: 0,
                        until_ms: ms_of(until),
                    },
                    Some(ms_of(until)),
                ),
                Outcome::Retrying { at, .. } => (
                    TraceEntry::Retry {
                        at_ms: t,
                        job: 0,
                        next_ms: ms_of(at),
                    },
                    Some(ms_of(at)),
                ),
                Outcome::Succeeded { .. } => (TraceEntry::Succeeded { at_ms: t, job: 0 }, None),
                Outcome::Failed { .. } => (TraceEntry::Failed { at_ms: t, job: 0 }, None),
                other => panic!("unexpected {other:?}"),
            };
            got.push(entry);
            job_due = due;
        }
    }
    assert!(
        want.iter().any(|e| matches!(e, TraceEntry::Held { .. }))
            && want.iter().any(|e| matches!(e, TraceEntry::Retry { .. }))
            && want
                .iter()
                .any(|e| matches!(e, TraceEntry::Succeeded { .. })),
        "the trace must exercise the breaker and the backoff: {want:#?}"
    );
    assert_eq!(got, want);
}
