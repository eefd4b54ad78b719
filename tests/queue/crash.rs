//! Crash test on the real binary: two `queue run` processes at once against a
//! slow Graph stand-in that ignores `Idempotency-Key`, killed with SIGKILL at
//! random while their requests are held at the server, replaced, and finally
//! left to finish. Every kill provably lands mid-attempt (the server counts the
//! requests whose client went away before the answer). At the end every job
//! succeeded and every phone was created exactly once: none lost, none doubled.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use crate::graphsim;

use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use graphsim::GraphSim;
use mfa_ready::services::store::Store;
use mfa_ready_core::queue::{JobState, Payload, PhoneType};

const BIN: &str = env!("CARGO_BIN_EXE_mfa-ready");
const JOBS: usize = 40;
const KILLS: usize = 12;
const RUNNERS: usize = 2;

/// A small deterministic PRNG (xorshift) for the choices.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

fn runner(data: &Path, policy: &Path, max_wait: &str, log: &Path) -> Child {
    let out = std::fs::File::create(log).unwrap();
    let err = out.try_clone().unwrap();
    std::process::Command::new(BIN)
        .args([
            "queue",
            "run",
            "--until-empty",
            "--max-wait",
            max_wait,
            "--data-dir",
        ])
        .arg(data)
        .arg("--policy")
        .arg(policy)
        .env("MFA_READY_GRAPH_TOKEN", "test-token")
        .env_remove("MFA_READY_NOW")
        .env_remove("MFA_READY_POLICY")
        .env("RUST_LOG", "mfa_ready=debug")
        .stdout(Stdio::from(out))
        .stderr(Stdio::from(err))
        .spawn()
        .unwrap()
}

#[test]
fn killed_queue_runs_lose_nothing_and_duplicate_nothing() {
    let started = Instant::now();
    // Every answer waits for the test (the gate) until the kills are done.
    let sim = GraphSim::start(None, None);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let policy = dir.path().join("policy.toml");
    std::fs::write(
        &policy,
        format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\n[graph]\nbase_url = \"{}\"\n",
            sim.base_url()
        ),
    )
    .unwrap();
    let host = sim.uri.trim_start_matches("http://").to_owned();
    let numbers: Vec<String> = (0..JOBS).map(|i| format!("+1 206555{i:04}")).collect();
    {
        let mut store = Store::open(&data, jiff::Timestamp::now()).unwrap();
        for n in &numbers {
            let p = Payload::RegisterPhone {
                phone_number: n.clone(),
                phone_type: PhoneType::Mobile,
            };
            store
                .queue_mut()
                .enqueue(&p, &host, jiff::Timestamp::now())
                .unwrap();
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut alive: Vec<(Child, std::path::PathBuf)> = Vec::new();
    let mut spawned = 0;
    let mut spawn = |max_wait: &str| {
        spawned += 1;
        let log = dir.path().join(format!("runner-{spawned}.log"));
        (runner(&data, &policy, max_wait, &log), log)
    };
    for kill in 1..=KILLS {
        while alive.len() < RUNNERS {
            alive.push(spawn("120"));
        }
        // Both runners are mid-attempt: each has a request held at the server.
        sim.wait_until("both runners mid-request", |c| c.in_progress == RUNNERS);
        std::thread::sleep(Duration::from_millis(rng.below(60)));
        let victim = usize::try_from(rng.below(RUNNERS as u64)).unwrap();
        let (mut child, _) = alive.swap_remove(victim);
        child.kill().unwrap(); // SIGKILL
        let _ = child.wait();
        // The server saw that runner's request end without an answer.
        sim.wait_until("the killed request", |c| c.aborted == kill);
        // Let a few answers through before the next kill.
        let answered = sim.counts().answered;
        let n = usize::try_from(rng.below(3)).unwrap();
        sim.release(n);
        sim.wait_until("released answers", |c| c.answered >= answered + n);
    }
    // Done killing: answers flow again; the survivor and a second runner finish,
    // taking back the killed runners' jobs once their leases run out.
    sim.open(Duration::from_millis(20));
    alive.push(spawn("120"));
    for (mut child, log) in alive {
        let status = child.wait().unwrap();
        let said = std::fs::read_to_string(&log).unwrap_or_default();
        assert_eq!(
            status.code(),
            Some(0),
            "a runner did not finish cleanly; it said:\n{said}"
        );
    }

    let c = sim.counts();
    assert_eq!(c.aborted, KILLS, "every kill landed mid-attempt: {c:?}");
    let store = Store::open(&data, jiff::Timestamp::now()).unwrap();
    let jobs = store.queue().jobs().unwrap();
    assert_eq!(jobs.len(), JOBS, "none lost, none added");
    for j in &jobs {
        assert_eq!(
            j.state,
            JobState::Succeeded,
            "job {}: {:?}",
            j.id,
            j.last_error
        );
    }
    for n in &numbers {
        let digits = n.replace(' ', "");
        let created = c
            .created
            .iter()
            .find(|(k, _)| k.replace(' ', "") == digits)
            .map(|(_, v)| *v);
        assert_eq!(
            created,
            Some(1),
            "{n} created exactly once: {:?}",
            c.created
        );
    }
    assert_eq!(c.created.len(), JOBS);
    assert!(started.elapsed() < Duration::from_secs(240), "bounded");
    eprintln!(
        "crash test: {KILLS} kills, all mid-attempt, {} requests, {:?}",
        c.posts + c.gets,
        started.elapsed()
    );
}
