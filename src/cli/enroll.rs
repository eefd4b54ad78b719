//! `mfa-ready enroll phone` and `mfa-ready verify`: try at once; on a retryable
//! failure the job stays queued. Exit 0 done, 3 queued, 1 failed, 2 error.

use std::sync::{Arc, Mutex};

use clap::Subcommand;
use jiff::Timestamp;

use crate::core::mask::PhoneNumber;
use crate::core::policy::Policy;
use crate::core::queue::{Payload, PhoneType};
use crate::services::config::Clock;
use crate::services::queue::{Outcome, SharedStore};
use crate::services::store::Store;

use super::queue::{build_worker, runtime};
use super::{CliError, CliResult, EXIT_FAILED, EXIT_OK, EXIT_QUEUED};

#[derive(Debug, Subcommand)]
pub enum EnrollAction {
    /// Add a phone through the enrollment service (Microsoft Graph or your organisation's API).
    Phone {
        /// The number with its country code, e.g. "+1 206 555 0100".
        #[arg(long, value_name = "N")]
        number: String,
        /// mobile (text or call), alternateMobile or office (call only).
        #[arg(long = "type", value_name = "TYPE", default_value = "mobile", value_parser = parse_type)]
        phone_type: PhoneType,
    },
}

fn parse_type(s: &str) -> Result<PhoneType, String> {
    PhoneType::from_id(s).ok_or_else(|| "expected mobile, alternateMobile or office".to_owned())
}

/// Validates the number before anything is written or sent.
pub fn phone_payload(number: &str, phone_type: PhoneType) -> Result<Payload, CliError> {
    let phone = PhoneNumber::parse(number).map_err(|e| {
        CliError(format!(
            "\"{number}\" is not a phone number MFA Ready can add: {e}"
        ))
    })?;
    Ok(Payload::RegisterPhone {
        phone_number: phone.to_graph(),
        phone_type,
    })
}

/// Writes the job, tries it once, reports. Shared by `enroll phone` and `verify`.
pub fn try_now(
    payload: &Payload,
    policy: &Policy,
    mut store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    let first_run = store.first_run(now)?;
    let shared: SharedStore = Arc::new(Mutex::new(Some(store)));
    let mut worker = build_worker(policy, Arc::clone(&shared), clock, first_run)?;
    if worker.host_for(payload).is_empty() {
        // No service: say why before writing anything.
        let svc = crate::services::enroll::service_for_policy(
            policy,
            crate::services::auth::token_source(policy),
            crate::services::enroll::HttpTimeouts::default(),
            Arc::new(move || clock.now()),
        );
        if let Err(e) = svc {
            return Err(CliError(e));
        }
    }
    let job = worker.enqueue(payload)?;
    let rt = runtime()?;
    let outcome = rt.block_on(worker.run_job(job.clone()))?;
    let sentence = || {
        shared
            .lock()
            .ok()
            .and_then(|g| g.as_ref().and_then(|s| s.job(job.id).ok().flatten()))
            .map(|j| j.sentence(clock.now()))
            .unwrap_or_default()
    };
    match outcome {
        Outcome::Succeeded { note, .. } => {
            println!("{note}");
            Ok(EXIT_OK)
        }
        Outcome::Failed { message, .. } => {
            println!("{message}");
            Ok(EXIT_FAILED)
        }
        Outcome::Retrying { .. } | Outcome::Held { .. } | Outcome::Skipped { .. } => {
            let stored = shared
                .lock()
                .ok()
                .and_then(|g| g.as_ref().and_then(|s| s.job(job.id).ok().flatten()));
            if let Some(e) = stored.and_then(|j| j.last_error)
                && e.class == crate::core::queue::ErrorClass::SignInNeeded
            {
                eprintln!("mfa-ready: {}", e.message);
                eprintln!(
                    "mfa-ready: sign in from the window (\"Sign in to check what's registered\"), or set {} for scripts",
                    crate::services::auth::ENV_GRAPH_TOKEN
                );
            }
            println!(
                "{} (queued as job {}; `mfa-ready queue run` or the open window will retry)",
                sentence(),
                job.id
            );
            Ok(EXIT_QUEUED)
        }
        Outcome::PortalBack { portal, url, .. } => {
            println!("{portal} is back: {url}");
            Ok(EXIT_OK)
        }
    }
}
