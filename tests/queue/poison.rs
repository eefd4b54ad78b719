//! A poison job (issue 7, defect 1): a job whose processing panics is caught,
//! counted as an interruption, and after three in a row ends `failed` with a
//! plain message and the helpdesk contact. The worker (and so the window or the
//! `queue run` process) keeps running; the job is never tried again by itself.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use mfa_ready::services::enroll::{CallError, EnrollmentService};
use mfa_ready::services::http::BoxFut;
use mfa_ready::services::queue::{Outcome, PortalProbe, SharedStore, Worker, WorkerConfig};
use mfa_ready::services::store::Store;
use mfa_ready_core::queue::{JobState, Payload, PhoneType};

/// A service whose every call panics (a bug, or an answer that trips one).
#[derive(Default)]
struct Panics(AtomicUsize);

impl EnrollmentService for Panics {
    fn host(&self) -> String {
        "graph.example".into()
    }
    fn list_methods<'a>(
        &'a self,
        _request_id: &'a str,
    ) -> BoxFut<'a, Result<mfa_ready_core::graph::MethodsPage, CallError>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { panic!("the answer could not be handled") })
    }
    fn register_phone<'a>(
        &'a self,
        _request_id: &'a str,
        _phone_number: &'a str,
        _phone_type: PhoneType,
    ) -> BoxFut<'a, Result<(), CallError>> {
        self.0.fetch_add(1, Ordering::SeqCst);
        Box::pin(async { panic!("the answer could not be handled") })
    }
}

struct NoPortals;
impl PortalProbe for NoPortals {
    fn healthy<'a>(&'a self, _url: &'a str) -> BoxFut<'a, bool> {
        Box::pin(async { false })
    }
}

#[tokio::test]
async fn a_job_that_panics_three_times_fails_with_the_helpdesk_and_never_loops() {
    let dir = tempfile::tempdir().unwrap();
    let now: Timestamp = "2026-11-22T09:00:00Z".parse().unwrap();
    let store: SharedStore = Arc::new(Mutex::new(Some(Store::open(dir.path(), now).unwrap())));
    let service = Arc::new(Panics::default());
    let mut worker = Worker::new(WorkerConfig {
        store: Arc::clone(&store),
        service: Ok(service.clone()),
        probe: Arc::new(NoPortals),
        deadline: None,
        helpdesk: Some("Contoso Desk, +1 425 555 0100".into()),
        jitter: Box::new(|| 0.5),
        clock: Arc::new(move || now),
    })
    .unwrap();
    let job = worker
        .enqueue(&Payload::RegisterPhone {
            phone_number: "+1 2065550100".into(),
            phone_type: PhoneType::Mobile,
        })
        .unwrap();
    for round in 1..=3 {
        let out = worker.run_due(10).await.unwrap();
        assert_eq!(out.len(), 1, "round {round}: {out:?}");
        match (&out[0], round) {
            (Outcome::Retrying { id, .. }, 1 | 2) => assert_eq!(*id, job.id),
            (Outcome::Failed { id, give_up }, 3) => {
                assert_eq!(*id, job.id);
                let message = give_up.english();
                assert!(message.contains("stopped 3 times in a row"), "{message}");
                assert!(
                    message.contains("Contoso Desk, +1 425 555 0100"),
                    "{message}"
                );
            }
            (o, r) => panic!("round {r}: unexpected {o:?}"),
        }
    }
    assert!(
        worker.run_due(10).await.unwrap().is_empty(),
        "never tried again"
    );
    let g = store.lock().unwrap();
    let s = g.as_ref().unwrap();
    let j = s.queue().job(job.id).unwrap().unwrap();
    assert_eq!(j.state, JobState::Failed);
    assert!(j.needs_check, "a panic after the POST may have sent it");
    assert_eq!(
        s.queue().claim_info(job.id).unwrap().unwrap().interruptions,
        3
    );
    // The first attempt POSTs; later ones check first (the GET panics too).
    assert_eq!(service.0.load(Ordering::SeqCst), 3);
}
