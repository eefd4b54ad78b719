//! One attempt of a job: the network part, run as its own task so that a
//! panic inside it (a bug, a hostile answer) is caught by the worker as an
//! interruption instead of taking the process down.

use std::sync::Arc;

use crate::services::enroll::{self, CallError, EnrollmentService, ServiceSetupError};
use mfa_ready_core::methods::{MethodKind, SetupIds};
use mfa_ready_core::queue::{ErrorClass, JobError, Note, Payload, PhoneType};

use super::model::Job;
use super::portal::PortalProbe;

/// What an attempt needs; cheap to clone into the attempt's task.
#[derive(Clone)]
pub(crate) struct Tools {
    /// The service, or why there is none (recorded on jobs that need one).
    pub(crate) service: Result<Arc<dyn EnrollmentService>, ServiceSetupError>,
    pub(crate) probe: Arc<dyn PortalProbe>,
}

/// A successful attempt: what it did (the facts the user is told), the kinds now
/// verified, and, after a list of what is registered, the service's setup ids (kept for
/// direct setup links; `None`: nothing was listed, keep what is stored).
pub(crate) type Done = (Note, Vec<MethodKind>, Option<SetupIds>);

impl Tools {
    fn service(&self) -> Result<&Arc<dyn EnrollmentService>, CallError> {
        self.service.as_ref().map_err(|why| CallError {
            error: JobError::new(ErrorClass::Local, None, &why.to_string()),
            retry_after: None,
            maybe_applied: false,
        })
    }
}

/// Runs one attempt of `job`.
pub(crate) async fn run(tools: Tools, job: Job) -> Result<Done, CallError> {
    let key = job.idempotency_key.as_str();
    match &job.payload {
        Payload::ResumePortalStep {
            url,
            portal,
            method,
        } => {
            if tools.probe.healthy(url).await {
                let back = Note::PortalBack {
                    portal: portal.clone(),
                    method: *method,
                };
                Ok((back, Vec::new(), None))
            } else {
                Err(CallError {
                    error: JobError::new(
                        ErrorClass::PortalDown,
                        None,
                        &format!("{portal} is still failing"),
                    ),
                    retry_after: None,
                    maybe_applied: false,
                })
            }
        }
        Payload::VerifyMethods => {
            let service = tools.service()?;
            let page = service.list_methods(key).await?;
            let kinds = page.kinds();
            let note = Note::checked(kinds.clone(), page.unknown.len());
            Ok((
                note,
                kinds,
                Some(page.setup_ids.from_service(&service.host())),
            ))
        }
        Payload::RegisterPhone {
            phone_number,
            phone_type,
        } => register_phone(&tools, &job, phone_number, *phone_type).await,
    }
}

async fn register_phone(
    tools: &Tools,
    job: &Job,
    phone_number: &str,
    phone_type: PhoneType,
) -> Result<Done, CallError> {
    let key = job.idempotency_key.as_str();
    let svc = tools.service()?;
    if job.needs_check {
        // The last POST may have arrived: look before sending again.
        let page = svc.list_methods(key).await?;
        if enroll::has_phone(&page, phone_number) {
            return Ok((Note::phone_there(phone_number), page.kinds(), None));
        }
    }
    svc.register_phone(key, phone_number, phone_type).await?;
    let kinds = if phone_type == PhoneType::Mobile {
        vec![MethodKind::PhoneSms, MethodKind::PhoneVoice]
    } else {
        vec![MethodKind::PhoneVoice]
    };
    Ok((Note::phone_added(phone_number), kinds, None))
}
