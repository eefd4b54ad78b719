//! `mfa-ready queue list|run|retry|cancel`: the durable retry queue, headless.
//!
//! Exit codes: `list`, `retry`, `cancel`: 0 done, 2 error (unknown or closed job
//! is an error). `run`: 0 nothing left open, 3 jobs still queued, 1 a job failed
//! in this run, 2 error.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use clap::Subcommand;
use jiff::Timestamp;
use serde_json::{Value, json};

use crate::core::deadline;
use crate::core::mask;
use crate::core::policy::Policy;
use crate::core::queue::Payload;
use crate::services::auth;
use crate::services::config::Clock;
use crate::services::enroll::{self, HttpTimeouts};
use crate::services::queue::{
    HttpProbe, Job, Outcome, SharedStore, Worker, WorkerConfig, helpdesk_contact, os_jitter,
};
use crate::services::store::Store;

use super::{CliError, CliResult, EXIT_FAILED, EXIT_OK, EXIT_QUEUED};

#[derive(Debug, Subcommand)]
pub enum QueueAction {
    /// The jobs, newest first, with what is happening to each.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Run the jobs that are due. Exit 0 nothing left, 3 still queued, 1 a job failed, 2 error.
    Run {
        /// Keep going (waiting for retries) until no job is left open.
        #[arg(long)]
        until_empty: bool,
        /// With --until-empty: stop waiting after this many seconds (default 600).
        #[arg(long, value_name = "SECONDS", default_value_t = 600)]
        max_wait: u64,
    },
    /// Make a pending (or failed) job due now.
    Retry {
        /// The job id, as listed by `queue list`.
        id: i64,
    },
    /// Cancel a pending job.
    Cancel {
        /// The job id, as listed by `queue list`.
        id: i64,
    },
}

/// Whether any policy URL is plain loopback http (tests and labs).
fn loopback_portals(policy: &Policy) -> bool {
    policy.portals.iter().any(|p| p.url.starts_with("http://"))
}

/// A worker for this policy and store (services: Graph or the custom API).
pub fn build_worker(
    policy: &Policy,
    store: SharedStore,
    clock: Clock,
    first_run: Timestamp,
) -> Result<Worker, CliError> {
    let now_fn: Arc<dyn Fn() -> Timestamp + Send + Sync> = Arc::new(move || clock.now());
    let service = enroll::service_for_policy(
        policy,
        auth::token_source(policy),
        HttpTimeouts::default(),
        Arc::clone(&now_fn),
    );
    let dl = deadline::in_force(
        policy.enrollment.deadline,
        policy.enrollment.new_user_days,
        first_run,
    );
    Worker::new(WorkerConfig {
        store,
        service,
        probe: Arc::new(HttpProbe::new(
            Duration::from_secs(10),
            loopback_portals(policy),
        )),
        deadline: dl.map(|d| d.at),
        helpdesk: helpdesk_contact(policy),
        jitter: os_jitter(),
        clock: now_fn,
    })
    .map_err(CliError::from)
}

/// A current-thread runtime for one command.
pub fn runtime() -> Result<tokio::runtime::Runtime, CliError> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError(format!("cannot start: {e}")))
}

fn masked_payload(p: &Payload) -> Value {
    match p {
        Payload::VerifyMethods => json!({}),
        Payload::RegisterPhone {
            phone_number,
            phone_type,
        } => json!({
            "phone_number": mask::mask_phone(phone_number),
            "phone_type": phone_type.id(),
        }),
        Payload::ResumePortalStep {
            portal,
            url,
            method,
        } => json!({ "portal": portal, "url": url, "method": method.id() }),
    }
}

/// One job in `queue list --json`. Field names are a contract.
pub fn job_json(job: &Job, now: Timestamp) -> Value {
    json!({
        "id": job.id,
        "kind": job.kind.id(),
        "state": job.state.id(),
        "attempts": job.attempts,
        "next_attempt_at": job.state.is_open().then(|| job.next_attempt_at.to_string()),
        "idempotency_key": job.idempotency_key,
        "host": job.host,
        "payload": masked_payload(&job.payload),
        "last_error": job.last_error.as_ref().map(|e| json!({
            "class": e.class.id(),
            "status": e.status,
            "message": e.message,
            "request_id": e.request_id,
        })),
        "sentence": job.sentence(now),
        "created_at": job.created_at.to_string(),
        "updated_at": job.updated_at.to_string(),
    })
}

/// Prints one outcome line; returns whether it was a failure.
pub fn print_outcome(o: &Outcome, worker_sentence: Option<String>) -> bool {
    match o {
        Outcome::Succeeded { id, note } => println!("job {id}: {note}"),
        Outcome::Retrying { id, sentence, .. } => println!("job {id}: {sentence}"),
        Outcome::Held { id, .. } => println!(
            "job {id}: {}",
            worker_sentence.unwrap_or_else(|| "waiting".to_owned())
        ),
        Outcome::Failed { id, message } => {
            println!("job {id}: {message}");
            return true;
        }
        Outcome::PortalBack {
            id, portal, url, ..
        } => println!("job {id}: {portal} is back: {url}"),
        Outcome::Skipped { .. } => {}
    }
    false
}

fn shared(store: Store) -> SharedStore {
    Arc::new(Mutex::new(Some(store)))
}

fn with<R>(
    s: &SharedStore,
    f: impl FnOnce(&mut Store) -> Result<R, CliError>,
) -> Result<R, CliError> {
    let mut g = s
        .lock()
        .map_err(|_| CliError("the store lock was poisoned".into()))?;
    let store = g
        .as_mut()
        .ok_or_else(|| CliError("the data directory could not be opened".into()))?;
    f(store)
}

/// Runs `queue …`.
pub fn run(
    action: QueueAction,
    policy: Option<&Policy>,
    mut store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    match action {
        QueueAction::List { json } => {
            let jobs = store.jobs()?;
            if json {
                let v: Vec<Value> = jobs.iter().map(|j| job_json(j, now)).collect();
                println!("{}", serde_json::to_string_pretty(&json!({ "jobs": v }))?);
            } else if jobs.is_empty() {
                println!("No jobs.");
            } else {
                for j in &jobs {
                    println!(
                        "{:>4}  {:<18} {:<10} {}",
                        j.id,
                        j.kind.id(),
                        j.state.id(),
                        j.sentence(now)
                    );
                }
            }
            Ok(EXIT_OK)
        }
        QueueAction::Retry { id } => {
            if store.retry_job_now(id, now)? {
                println!(
                    "job {id}: will be tried at the next `queue run` (or now, if MFA Ready is open)"
                );
                Ok(EXIT_OK)
            } else {
                Err(CliError(format!(
                    "job {id} does not exist or is not pending or failed"
                )))
            }
        }
        QueueAction::Cancel { id } => {
            if store.cancel_job(id, now)? {
                println!("job {id}: cancelled");
                Ok(EXIT_OK)
            } else {
                Err(CliError(format!(
                    "job {id} does not exist or is already finished"
                )))
            }
        }
        QueueAction::Run {
            until_empty,
            max_wait,
        } => {
            let policy = policy.ok_or_else(|| CliError("the policy is not valid".into()))?;
            let recovered = store.recover_in_flight(now)?;
            if recovered > 0 {
                eprintln!("mfa-ready: {recovered} interrupted job(s) will be checked and retried");
            }
            let first_run = store.first_run(now)?;
            let shared = shared(store);
            let mut worker = build_worker(policy, Arc::clone(&shared), clock, first_run)?;
            let started = std::time::Instant::now();
            let rt = runtime()?;
            let mut failed = false;
            loop {
                let outcomes = rt.block_on(worker.run_due(100))?;
                for o in &outcomes {
                    let sentence = match o {
                        Outcome::Held { id, .. } => {
                            with(&shared, |s| Ok(s.job(*id)?))?.map(|j| j.sentence(clock.now()))
                        }
                        _ => None,
                    };
                    failed |= print_outcome(o, sentence);
                }
                if !until_empty {
                    break;
                }
                let open = with(&shared, |s| Ok(s.open_jobs()?))?;
                if open.is_empty() {
                    break;
                }
                let Some(next) = worker.next_due()? else {
                    break;
                };
                if clock.is_fixed() && next > clock.now() {
                    // A fixed clock never reaches the next retry.
                    break;
                }
                let wait = next.duration_since(clock.now()).as_secs_f64().max(0.0);
                let left = (max_wait as f64) - started.elapsed().as_secs_f64();
                if wait > left {
                    break;
                }
                if wait > 0.0 {
                    std::thread::sleep(Duration::from_secs_f64(wait.min(left)));
                }
            }
            let open = with(&shared, |s| Ok(s.open_jobs()?))?;
            Ok(if failed {
                EXIT_FAILED
            } else if open.is_empty() {
                EXIT_OK
            } else {
                for j in &open {
                    println!("job {}: {}", j.id, j.sentence(clock.now()));
                }
                EXIT_QUEUED
            })
        }
    }
}
