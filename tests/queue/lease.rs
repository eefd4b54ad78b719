//! Claims have an owner and a lease (issue 7, defects 2 and 5): two real
//! processes never send the same job, a lease is renewed while its request
//! runs, and concurrent writers never fail on a stale read snapshot.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::graphsim;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use graphsim::GraphSim;
use jiff::Timestamp;
use mfa_ready::services::auth::StaticToken;
use mfa_ready::services::enroll::{EnrollmentService, GraphClient};
use mfa_ready::services::http::{BoxFut, HttpTimeouts};
use mfa_ready::services::queue::{
    Lease, Outcome, PortalProbe, SharedStore, Transition, Worker, WorkerConfig,
};
use mfa_ready::services::store::Store;
use mfa_ready_core::queue::{ErrorClass, JobError, JobState, Payload, PhoneType};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");

fn policy(dir: &Path, sim: &GraphSim) -> PathBuf {
    let p = dir.join("policy.toml");
    std::fs::write(
        &p,
        format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\n\
             [helpdesk]\nname = \"Contoso Desk\"\n[graph]\nbase_url = \"{}\"\n",
            sim.base_url()
        ),
    )
    .unwrap();
    p
}

fn command(dir: &Path, sim: &GraphSim, args: &[&str]) -> Command {
    let mut c = Command::new(BIN);
    c.args(args)
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("--policy")
        .arg(policy(dir, sim))
        .env("MFA_READY_GRAPH_TOKEN", "test-token")
        // What these tests read is English.
        .env("LC_ALL", "C")
        .env_remove("MFA_READY_NOW")
        .env_remove("MFA_READY_POLICY");
    c
}

fn spawn(dir: &Path, sim: &GraphSim, args: &[&str]) -> Child {
    command(dir, sim, args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "exit {:?}\nstdout: {}\nstderr: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// Issue 7's test: `enroll phone` against a 12 s POST plus a concurrent `queue run`
/// → exactly one POST. (Before: `queue run` took the in-flight job back and sent it again.)
#[test]
fn enroll_phone_and_a_concurrent_queue_run_send_exactly_one_post() {
    let sim = GraphSim::start(Some(Duration::from_secs(12)), Some(Duration::ZERO));
    let dir = tempfile::tempdir().unwrap();
    let enroll = spawn(
        dir.path(),
        &sim,
        &["enroll", "phone", "--number", "+1 206 555 0100"],
    );
    sim.wait_until("the POST", |c| c.posts == 1);
    let run = command(dir.path(), &sim, &["queue", "run"])
        .output()
        .unwrap();
    assert_eq!(
        run.status.code(),
        Some(3),
        "still open elsewhere: {}",
        text(&run)
    );
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("trying now"),
        "{}",
        text(&run)
    );
    let enroll = enroll.wait_with_output().unwrap();
    assert_eq!(enroll.status.code(), Some(0), "{}", text(&enroll));
    let c = sim.counts();
    assert_eq!(c.posts, 1, "exactly one POST: {c:?}");
    assert_eq!(c.created.values().copied().collect::<Vec<_>>(), [1]);
}

/// Two `queue run`s at once against a server that creates slowly and ignores
/// `Idempotency-Key`: every phone is created once (a double send would show).
#[test]
fn two_queue_runners_create_each_phone_once() {
    const JOBS: usize = 8;
    let sim = GraphSim::start(Some(Duration::from_millis(400)), Some(Duration::ZERO));
    let dir = tempfile::tempdir().unwrap();
    let host = sim.uri.trim_start_matches("http://").to_owned();
    let numbers: Vec<String> = (0..JOBS).map(|i| format!("+1 206555{i:04}")).collect();
    {
        let mut store = Store::open(&dir.path().join("data"), Timestamp::now()).unwrap();
        for n in &numbers {
            let p = Payload::RegisterPhone {
                phone_number: n.clone(),
                phone_type: PhoneType::Mobile,
            };
            store
                .queue_mut()
                .enqueue(&p, &host, Timestamp::now())
                .unwrap();
        }
    }
    let args = ["queue", "run", "--until-empty", "--max-wait", "120"];
    let first = spawn(dir.path(), &sim, &args);
    // The second starts while the first has a job in flight.
    sim.wait_until("the first POST", |c| c.posts >= 1);
    let second = spawn(dir.path(), &sim, &args);
    for child in [first, second] {
        let o = child.wait_with_output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", text(&o));
    }
    let c = sim.counts();
    for n in &numbers {
        let digits: String = n.replace(' ', "");
        let created = c
            .created
            .iter()
            .find(|(k, _)| k.replace(' ', "") == digits)
            .map(|(_, v)| *v);
        assert_eq!(created, Some(1), "{n} created exactly once: {c:?}");
    }
    assert_eq!(c.posts, JOBS, "{c:?}");
    let store = Store::open(&dir.path().join("data"), Timestamp::now()).unwrap();
    assert!(
        store
            .queue()
            .jobs()
            .unwrap()
            .iter()
            .all(|j| j.state == JobState::Succeeded)
    );
}

struct NoPortals;
impl PortalProbe for NoPortals {
    fn healthy<'a>(&'a self, _url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async { false })
    }
}

fn worker(store: &SharedStore, service: Arc<dyn EnrollmentService>, owner: &str) -> Worker {
    Worker::new(WorkerConfig {
        store: Arc::clone(store),
        service: Ok(service),
        probe: Arc::new(NoPortals),
        deadline: None,
        helpdesk: None,
        jitter: Box::new(|| 0.5),
        clock: Arc::new(Timestamp::now),
    })
    .unwrap()
    .with_owner(owner)
}

/// A lease far shorter than the request stays ours: it is renewed while the
/// request runs, so another worker polling for expired claims never takes it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lease_is_renewed_while_its_request_runs() {
    let sim = GraphSim::start(Some(Duration::from_millis(2500)), Some(Duration::ZERO));
    let dir = tempfile::tempdir().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Some(
        Store::open(dir.path(), Timestamp::now()).unwrap(),
    )));
    let timeouts = HttpTimeouts {
        connect: Duration::from_secs(5),
        total: Duration::from_secs(30),
    };
    let graph: Arc<dyn EnrollmentService> = Arc::new(
        GraphClient::new(
            &sim.base_url(),
            Arc::new(StaticToken::new("t")),
            timeouts,
            Arc::new(Timestamp::now),
        )
        .unwrap(),
    );
    // 800 ms, renewed every 267 ms, against a 2.5 s request: a renewal may run late
    // by half a second on a loaded machine before the other worker could take it.
    let mut a = worker(&store, Arc::clone(&graph), "a").with_lease(Duration::from_millis(800));
    let b = worker(&store, graph, "b");
    let job = a
        .enqueue(&Payload::RegisterPhone {
            phone_number: "+1 2065550100".into(),
            phone_type: PhoneType::Mobile,
        })
        .unwrap();
    let running = tokio::spawn(async move { a.run_job(job).await });
    sim.wait_until("the POST", |c| c.posts == 1);
    let mut polls = 0;
    while !running.is_finished() {
        let r = b.recover().await.unwrap();
        assert_eq!(r.requeued, 0, "a renewed lease is never taken back");
        polls += 1;
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        polls > 10,
        "the other worker polled during the request ({polls})"
    );
    let outcome = running.await.unwrap().unwrap();
    assert!(matches!(outcome, Outcome::Succeeded { .. }), "{outcome:?}");
    assert_eq!(sim.counts().posts, 1);
}

/// Two connections (two processes' worth) writing at once: with `BEGIN IMMEDIATE`
/// no write fails on a stale read snapshot (`SQLITE_BUSY_SNAPSHOT`), which
/// deferred transactions that read before writing do when the other commits in between.
#[test]
fn concurrent_writers_never_fail_on_a_stale_snapshot() {
    const ROUNDS: usize = 150;
    let dir = tempfile::tempdir().unwrap();
    let t0 = Timestamp::now();
    drop(Store::open(dir.path(), t0).unwrap());
    let writers: Vec<_> = ["a", "b"]
        .into_iter()
        .map(|owner| {
            let path = dir.path().to_owned();
            std::thread::spawn(move || {
                let mut s = Store::open(&path, t0).unwrap();
                for i in 0..ROUNDS {
                    let now = Timestamp::now();
                    let job = s
                        .queue_mut()
                        .enqueue(&Payload::VerifyMethods, "h", now)
                        .unwrap();
                    let lease = Lease {
                        owner,
                        until: now + jiff::SignedDuration::from_secs(30),
                    };
                    assert!(s.queue_mut().claim(job.id, &lease, now).unwrap());
                    assert!(s.queue_mut().renew(job.id, &lease).unwrap());
                    let t = if i % 2 == 0 {
                        Transition::Succeed {
                            note: mfa_ready_core::queue::Note::Checked {
                                methods: Vec::new(),
                                others: 0,
                            },
                        }
                    } else {
                        Transition::Retry {
                            at: now,
                            error: JobError::new(ErrorClass::Timeout, None, "x"),
                            needs_check: false,
                        }
                    };
                    assert!(s.queue_mut().finish(job.id, owner, &t, &[], now).unwrap());
                    s.queue_mut().recover_expired(now, now, None).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("a writer failed");
    }
    let s = Store::open(dir.path(), t0).unwrap();
    assert_eq!(s.queue().jobs().unwrap().len(), 2 * ROUNDS);
}

fn graph_client(sim: &GraphSim) -> Arc<dyn EnrollmentService> {
    let timeouts = HttpTimeouts {
        connect: Duration::from_secs(5),
        total: Duration::from_secs(30),
    };
    Arc::new(
        GraphClient::new(
            &sim.base_url(),
            Arc::new(StaticToken::new("t")),
            timeouts,
            Arc::new(Timestamp::now),
        )
        .unwrap(),
    )
}

/// Eight jobs whose owner stopped mid-attempt (a crash, a kill) and eight whose
/// last try failed at the host, taken up by a fresh worker whose retry budget is
/// empty (5 retries at least). The budget guards a failing host, so it charges
/// only the retries after a failure: every taken-back job goes at once, while
/// only five of the failed ones do and three wait without using an attempt.
/// (Charging taken-back jobs held them for minutes after a crash, and a
/// `queue run --until-empty` gave up with exit 3.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn taken_back_jobs_are_not_charged_to_the_retry_budget() {
    let sim = GraphSim::start(Some(Duration::ZERO), Some(Duration::ZERO));
    let dir = tempfile::tempdir().unwrap();
    let now = Timestamp::now();
    let mut s = Store::open(dir.path(), now).unwrap();
    let host = sim.uri.trim_start_matches("http://").to_owned();
    let phone = |i: usize| Payload::RegisterPhone {
        phone_number: format!("+1 206555{i:04}"),
        phone_type: PhoneType::Mobile,
    };
    let past = now - jiff::SignedDuration::from_secs(1);
    let mut taken_back = Vec::new();
    let mut failed = Vec::new();
    for i in 0..16 {
        let job = s.queue_mut().enqueue(&phone(i), &host, past).unwrap();
        let dead = Lease {
            owner: "dead",
            until: past,
        };
        assert!(s.queue_mut().claim(job.id, &dead, past).unwrap());
        if i % 2 == 0 {
            taken_back.push(job.id);
        } else {
            let retry = Transition::Retry {
                at: past,
                error: JobError::new(ErrorClass::Http, Some(504), "Gateway Timeout"),
                needs_check: false,
            };
            assert!(
                s.queue_mut()
                    .finish(job.id, "dead", &retry, &[], past)
                    .unwrap()
            );
            failed.push(job.id);
        }
    }
    let store: SharedStore = Arc::new(Mutex::new(Some(s)));
    let mut w = worker(&store, graph_client(&sim), "fresh");
    assert_eq!(w.recover().await.unwrap().requeued, taken_back.len());
    let outcomes = w.run_due(100).await.unwrap();
    let succeeded = |ids: &[i64]| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Succeeded { id, .. } if ids.contains(id)))
            .count()
    };
    let held = |ids: &[i64]| {
        outcomes
            .iter()
            .filter(|o| matches!(o, Outcome::Held { id, .. } if ids.contains(id)))
            .count()
    };
    assert_eq!(succeeded(&taken_back), 8, "{outcomes:?}");
    assert_eq!(succeeded(&failed), 5, "{outcomes:?}");
    assert_eq!(held(&failed), 3, "{outcomes:?}");
    let g = store.lock().unwrap();
    let s = g.as_ref().unwrap();
    for id in &failed {
        let j = s.queue().job(*id).unwrap().unwrap();
        if j.state == JobState::Pending {
            assert_eq!(j.attempts, 1, "a budget wait uses no attempt");
        }
    }
}
