//! `mfa-ready queue list|run|retry|cancel`: the durable retry queue, headless.
//!
//! Exit codes: `list`, `retry`, `cancel`: 0 done, 2 error (unknown or closed job
//! is an error). `run`: 0 nothing left open, 3 jobs still queued, 1 a job failed
//! in this run, 2 error.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Subcommand;
use jiff::Timestamp;
use serde_json::{Value, json};

use crate::services::config::Clock;
use crate::services::notify::RecordingNotifier;
use crate::services::queue::service::QueueSetup;
use crate::services::queue::{ClockFn, Job, Outcome, SharedStore, Worker, with_store};
use crate::services::store::Store;
use crate::ui::jobs;
use mfa_ready_core::mask;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::queue::Payload;
use mfa_ready_i18n::{Catalog, tr};

use super::common::{CliError, CliResult, EXIT_FAILED, EXIT_OK, EXIT_QUEUED};

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

/// The queue's assembly for a headless command: the same as the window's
/// (`services::queue::service::QueueSetup`), without desktop notifications.
pub fn setup(policy: &Policy, policy_dir: Option<&Path>) -> QueueSetup {
    QueueSetup::from_policy(
        policy.clone(),
        policy_dir,
        Arc::new(RecordingNotifier::default()),
    )
}

/// The clock as the worker takes it.
pub fn clock_fn(clock: Clock) -> ClockFn {
    Arc::new(move || clock.now())
}

/// A worker for this setup and store (services: Graph or the custom API).
pub fn build_worker(
    setup: &QueueSetup,
    store: SharedStore,
    clock: Clock,
    first_run: Timestamp,
) -> Result<Worker, CliError> {
    setup
        .worker(store, clock_fn(clock), first_run)
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

/// One job in `queue list --json`. Field names are a contract; `sentence` is the English
/// the store keeps (people read it in their language from `queue list`).
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

/// One outcome in the reader's language; `stored` is the job as it is now (a retry's or
/// a held job's sentence). `None` for an outcome nobody needs to hear of.
pub fn outcome_text(
    tr: &Catalog,
    o: &Outcome,
    stored: Option<&Job>,
    now: Timestamp,
) -> Option<String> {
    Some(match o {
        Outcome::Succeeded { note, .. } => jobs::note(tr, note),
        Outcome::Failed { give_up, .. } => jobs::give_up(tr, give_up),
        Outcome::Retrying { .. } | Outcome::Held { .. } => stored.map_or_else(
            || tr!(tr, "cli-queue-waiting"),
            |j| jobs::sentence(tr, j, now),
        ),
        Outcome::PortalBack { portal, url, .. } => tr!(
            tr,
            "cli-queue-portal-back",
            portal = portal.clone(),
            url = url.clone()
        ),
        Outcome::Skipped { .. } => return None,
    })
}

/// Prints one outcome line ("job 3: …"); returns whether it was a failure.
pub fn print_outcome(tr: &Catalog, o: &Outcome, stored: Option<&Job>, now: Timestamp) -> bool {
    if let Some(text) = outcome_text(tr, o, stored, now) {
        println!("{}", tr!(tr, "cli-queue-job", id = o.id(), text = text));
    }
    matches!(o, Outcome::Failed { .. })
}

/// `queue list` for people: id, state and sentence, the states padded to one width.
fn list_text(tr: &Catalog, jobs: &[Job], now: Timestamp) -> String {
    if jobs.is_empty() {
        return format!("{}\n", tr!(tr, "cli-queue-none"));
    }
    let state = |j: &Job| tr!(tr, "pending-state", state = j.state.id());
    let width = jobs
        .iter()
        .map(|j| super::words::columns(&state(j)))
        .max()
        .unwrap_or(0);
    jobs.iter()
        .map(|j| {
            format!(
                "{:>4}  {}  {}\n",
                j.id,
                super::words::padded(&state(j), width),
                jobs::sentence(tr, j, now)
            )
        })
        .collect()
}

fn shared(store: Store) -> SharedStore {
    Arc::new(Mutex::new(Some(store)))
}

fn with<R>(
    s: &SharedStore,
    f: impl FnOnce(&mut Store) -> Result<R, crate::services::queue::QueueError>,
) -> Result<R, CliError> {
    with_store(s, f).map_err(CliError::from)
}

/// Runs `queue …` (relative paths in the policy resolved against the working directory),
/// saying what happened in `tr`'s language.
pub fn run(
    tr: &Catalog,
    action: QueueAction,
    policy: Option<&Policy>,
    store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    run_with_dir(tr, action, policy, None, store, clock, now)
}

/// Runs `queue …`; `policy_dir` is the policy file's directory.
pub fn run_with_dir(
    tr: &Catalog,
    action: QueueAction,
    policy: Option<&Policy>,
    policy_dir: Option<&Path>,
    mut store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    match action {
        QueueAction::List { json } => {
            let jobs = store.queue().jobs()?;
            if json {
                let v: Vec<Value> = jobs.iter().map(|j| job_json(j, now)).collect();
                println!("{}", serde_json::to_string_pretty(&json!({ "jobs": v }))?);
            } else {
                print!("{}", list_text(tr, &jobs, now));
            }
            Ok(EXIT_OK)
        }
        QueueAction::Retry { id } => {
            if store.queue_mut().retry_job_now(id, now)? {
                println!("{}", tr!(tr, "cli-queue-retry", id = id));
                Ok(EXIT_OK)
            } else {
                Err(CliError(format!(
                    "job {id} does not exist or is not pending or failed"
                )))
            }
        }
        QueueAction::Cancel { id } => {
            if store.queue_mut().cancel_job(id, now)? {
                println!("{}", tr!(tr, "cli-queue-cancelled", id = id));
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
            let first_run = store.first_run(now)?;
            let shared = shared(store);
            let worker = build_worker(
                &setup(policy, policy_dir),
                Arc::clone(&shared),
                clock,
                first_run,
            )?;
            let limit = until_empty.then(|| Duration::from_secs(max_wait));
            run_jobs(tr, worker, &shared, clock, limit)
        }
    }
}

/// `queue run`: due jobs now; with a `limit`, again as retries come due (and as
/// leases of stopped processes run out) until nothing is open or the limit is near.
fn run_jobs(
    tr: &Catalog,
    mut worker: Worker,
    shared: &SharedStore,
    clock: Clock,
    limit: Option<Duration>,
) -> CliResult {
    let started = Instant::now();
    let rt = runtime()?;
    let mut failed = false;
    let recovered = rt.block_on(worker.recover())?;
    if recovered.requeued > 0 {
        eprintln!(
            "mfa-ready: {} interrupted job(s) will be checked and retried",
            recovered.requeued
        );
    }
    for (id, give_up) in recovered.failed {
        failed |= print_outcome(tr, &Outcome::Failed { id, give_up }, None, clock.now());
    }
    // The jobs whose line this run already printed (the summary at the end skips them).
    let mut said = std::collections::HashSet::new();
    loop {
        let outcomes = rt.block_on(worker.run_due(100))?;
        for o in &outcomes {
            if !matches!(o, Outcome::Skipped { .. }) {
                said.insert(o.id());
            }
            let stored = match o {
                Outcome::Held { id, .. } | Outcome::Retrying { id, .. } => {
                    with(shared, |s| s.queue().job(*id))?
                }
                _ => None,
            };
            failed |= print_outcome(tr, o, stored.as_ref(), clock.now());
        }
        let Some(limit) = limit else {
            break;
        };
        let (_, open) = with(shared, |s| s.queue().open_jobs_page(0))?;
        if open == 0 {
            break;
        }
        let next = rt.block_on(worker.next_wake())?;
        let Some(wait) = next.wait(clock.now(), clock.is_fixed()) else {
            // Nothing comes due by itself (a fixed clock never reaches the next retry).
            break;
        };
        if wait > limit.saturating_sub(started.elapsed()) {
            break;
        }
        std::thread::sleep(wait);
    }
    let open = with(shared, |s| s.queue().open_jobs())?;
    Ok(if failed {
        EXIT_FAILED
    } else if open.is_empty() {
        EXIT_OK
    } else {
        for j in open.iter().filter(|j| !said.contains(&j.id)) {
            let text = jobs::sentence(tr, j, clock.now());
            println!("{}", tr!(tr, "cli-queue-job", id = j.id, text = text));
        }
        EXIT_QUEUED
    })
}
