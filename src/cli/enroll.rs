//! `mfa-ready enroll phone` and `mfa-ready verify`: try at once; on a retryable
//! failure the job stays queued. Exit 0 done, 3 queued, 1 failed, 2 error.

use std::path::Path;
use std::sync::{Arc, Mutex};

use clap::Subcommand;
use jiff::Timestamp;

use crate::services::config::Clock;
use crate::services::enroll::{self, ServiceSetupError};
use crate::services::queue::{Outcome, SharedStore, with_store};
use crate::services::store::Store;
use crate::ui::jobs;
use mfa_ready_core::mask::PhoneNumber;
use mfa_ready_core::policy::Policy;
use mfa_ready_core::provider::Provider;
use mfa_ready_core::queue::{ErrorClass, Payload, PhoneType};

use super::common::{CliError, CliResult, EXIT_FAILED, EXIT_OK, EXIT_QUEUED};
use super::queue::{build_worker, clock_fn, outcome_text, runtime, setup};
use mfa_ready_i18n::{Catalog, tr};

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

/// `--type` is not one of the phone types.
#[derive(Debug, thiserror::Error)]
#[error("expected mobile, alternateMobile or office")]
pub struct UnknownPhoneType;

fn parse_type(s: &str) -> Result<PhoneType, UnknownPhoneType> {
    PhoneType::from_id(s).ok_or(UnknownPhoneType)
}

/// Validates the number before anything is written or sent.
pub fn phone_payload(number: &str, phone_type: PhoneType) -> Result<Payload, CliError> {
    let phone = PhoneNumber::parse(number).map_err(|e| {
        CliError(format!(
            "\"{}\" is not a phone number MFA Ready can add: {e}",
            mfa_ready_core::text::echo(number)
        ))
    })?;
    Ok(Payload::RegisterPhone {
        phone_number: phone.to_graph(),
        phone_type,
    })
}

/// Writes the job, tries it once, reports in `tr`'s language. Shared by `enroll phone`
/// and `verify` (relative paths in the policy resolved against the working directory).
pub fn try_now(
    tr: &Catalog,
    payload: &Payload,
    policy: &Policy,
    store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    try_now_with_dir(tr, payload, policy, None, store, clock, now)
}

/// [`try_now`]; `policy_dir` is the policy file's directory.
pub fn try_now_with_dir(
    tr: &Catalog,
    payload: &Payload,
    policy: &Policy,
    policy_dir: Option<&Path>,
    mut store: Store,
    clock: Clock,
    now: Timestamp,
) -> CliResult {
    if matches!(payload, Payload::RegisterPhone { .. }) && !enroll::adds_phones(policy) {
        return Err(CliError::from(ServiceSetupError::PhoneNotOffered(
            policy.provider.display_name(),
        )));
    }
    let first_run = store.first_run(now)?;
    let shared: SharedStore = Arc::new(Mutex::new(Some(store)));
    let setup = setup(policy, policy_dir);
    let mut worker = build_worker(&setup, Arc::clone(&shared), clock, first_run)?;
    if worker.host_for(payload).is_empty()
        && let Some(problem) = setup.service_problem(clock_fn(clock))
    {
        // No service: say why before writing anything.
        return Err(CliError::from(problem));
    }
    let job = worker.enqueue(payload)?;
    let rt = runtime()?;
    let outcome = rt.block_on(worker.run_job(job.clone()))?;
    let stored = || {
        with_store(&shared, |s| s.queue().job(job.id))
            .ok()
            .flatten()
    };
    let said = |stored: Option<&crate::services::queue::Job>| {
        outcome_text(tr, &outcome, stored, clock.now()).unwrap_or_default()
    };
    match &outcome {
        Outcome::Succeeded { .. } | Outcome::PortalBack { .. } => {
            println!("{}", said(None));
            Ok(EXIT_OK)
        }
        Outcome::Failed { .. } => {
            println!("{}", said(None));
            Ok(EXIT_FAILED)
        }
        Outcome::Retrying { .. } | Outcome::Held { .. } | Outcome::Skipped { .. } => {
            let stored = stored();
            if let Some(e) = stored.as_ref().and_then(|j| j.last_error.as_ref())
                && e.class == ErrorClass::SignInNeeded
            {
                eprintln!("mfa-ready: {}", e.message);
                let var = match policy.provider {
                    Provider::Okta => crate::services::auth::ENV_OKTA_TOKEN,
                    _ => crate::services::auth::ENV_GRAPH_TOKEN,
                };
                eprintln!(
                    "mfa-ready: sign in from the window (\"Sign in to check what's registered\"), or set {var} for scripts"
                );
            }
            let sentence = stored
                .as_ref()
                .map(|j| jobs::sentence(tr, j, clock.now()))
                .unwrap_or_default();
            println!(
                "{}",
                tr!(tr, "cli-queue-queued", sentence = sentence, id = job.id)
            );
            Ok(EXIT_QUEUED)
        }
    }
}
