//! "Tell me when it's back" through the services thread: a `resume_portal_step`
//! job probes the failing portal, waits, and when a probe says healthy (the issue 3
//! hook, `Command::PortalHealth`) the user is notified, in the app and on the desktop.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code: a failed setup should stop the test

use std::sync::Arc;
use std::time::Duration;

use jiff::Timestamp;
use mfa_ready::services::config::Clock;
use mfa_ready::services::notify::RecordingNotifier;
use mfa_ready::services::protocol::{Command, Event, UrlOpener};
use mfa_ready::services::protocol::{QueueSnapshot, UserNotice};
use mfa_ready::services::queue::service::QueueSetup;
use mfa_ready::services::runtime::{Services, ServicesConfig};
use mfa_ready::services::store::Store;
use mfa_ready::ui::words;
use mfa_ready_core::methods::MethodKind;
use mfa_ready_core::policy;
use mfa_ready_core::queue::{ErrorClass, JobKind, JobState};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

struct NoBrowser;
impl UrlOpener for NoBrowser {
    fn open(&self, _url: &str) -> std::io::Result<()> {
        Ok(())
    }
}

fn t0() -> Timestamp {
    "2026-11-22T09:00:00Z".parse().unwrap()
}

/// Waits (bounded) for an event the services thread sends.
fn wait_for(rx: &std::sync::mpsc::Receiver<Event>, mut f: impl FnMut(&Event) -> bool) -> Event {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        let e = rx
            .recv_timeout(left)
            .expect("the expected event never came");
        if f(&e) {
            return e;
        }
    }
}

fn resume_job(q: &QueueSnapshot) -> Option<&mfa_ready::services::queue::Job> {
    q.jobs
        .iter()
        .map(|j| &j.job)
        .find(|j| j.kind == JobKind::ResumePortalStep)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn portal_back_notifies_with_the_setup_page() {
    let portal = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/security-info"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&portal)
        .await;
    let url = format!("{}/security-info", portal.uri());
    let policy = policy::parse(
        &format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\n[[portal]]\nname = \"My Sign-Ins\"\nurl = \"{url}\"\n"
        ),
        "policy.toml",
        t0(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let notifier = Arc::new(RecordingNotifier::default());
    let (etx, erx) = std::sync::mpsc::channel();
    let mut services = Services::start(
        ServicesConfig {
            store: Some(Store::open(dir.path(), t0()).unwrap()),
            clock: Clock::Fixed(t0()),
            opener: Arc::new(NoBrowser),
            focus_listener: None,
            queue: Some({
                let mut setup = QueueSetup::new(policy, notifier.clone());
                setup.desktop_words = Some(Arc::new(|n| words::desktop_notice(&en(), n)));
                setup
            }),
            health: None,
            helpdesk: None,
            device: None,
        },
        etx,
        Arc::new(|| {}),
    )
    .unwrap();

    services.handle.send(Command::WaitForPortal {
        portal: "My Sign-Ins".into(),
        url: url.clone(),
        method: MethodKind::SecurityKey,
    });
    // The job probes the portal (503) and waits.
    let Event::Queue(q) = wait_for(
        &erx,
        |e| matches!(e, Event::Queue(q) if resume_job(q).is_some_and(|j| j.attempts == 1 && j.state == JobState::Pending)),
    ) else {
        unreachable!()
    };
    let job = resume_job(&q).unwrap();
    assert_eq!(
        job.last_error.as_ref().unwrap().class,
        ErrorClass::PortalDown
    );
    assert!(
        job.sentence(t0())
            .contains("MFA Ready will tell you when it's back"),
        "{}",
        job.sentence(t0())
    );
    assert!(notifier.0.lock().unwrap().is_empty());

    // A probe (issue 3's, here sent by hand) says the portal is healthy again.
    let host = portal.address().to_string();
    services.handle.send(Command::PortalHealth {
        host,
        healthy: true,
    });
    let Event::Notice(n) = wait_for(&erx, |e| matches!(e, Event::Notice(_))) else {
        unreachable!()
    };
    assert!(matches!(
        &n,
        UserNotice::PortalBack { portal, method: MethodKind::SecurityKey, .. } if portal == "My Sign-Ins"
    ));
    assert_eq!(
        words::user_notice(&en(), &n),
        "My Sign-Ins is back: continue adding your security key."
    );
    assert_eq!(n.open(), Some(url.as_str()));
    let shown = notifier.0.lock().unwrap().clone();
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].body, words::user_notice(&en(), &n));
    let Event::Queue(q) = wait_for(&erx, |e| matches!(e, Event::Queue(_))) else {
        unreachable!()
    };
    assert_eq!(resume_job(&q).unwrap().state, JobState::Succeeded);
    services.shutdown();
}

/// The same, end to end with issue 3's probes: the health scheduler's own results
/// (not a hand-sent command) feed the queue, and the job's own check uses the real probe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_real_probe_of_the_recovered_portal_completes_the_wait() {
    use mfa_ready::services::health::{HealthSettings, RealProbe};
    use mfa_ready::services::probe::ConnectivityCheck;
    use mfa_ready_core::fault::Expectation;

    let portal = MockServer::start().await;
    let mount = |status: u16| {
        let portal = &portal;
        async move {
            portal.reset().await;
            Mock::given(method("GET"))
                .and(path("/security-info"))
                .respond_with(ResponseTemplate::new(status))
                .mount(portal)
                .await;
            Mock::given(method("GET"))
                .and(path("/generate_204"))
                .respond_with(ResponseTemplate::new(204))
                .mount(portal)
                .await;
        }
    };
    mount(503).await;
    let url = format!("{}/security-info", portal.uri());
    let policy = policy::parse(
        &format!(
            "schema = 1\norganization = \"Contoso\"\nprovider = \"entra\"\nstatus_feed = []\n[[portal]]\nname = \"My Sign-Ins\"\nurl = \"{url}\"\n"
        ),
        "policy.toml",
        t0(),
    )
    .unwrap();
    let mut settings = HealthSettings::from_policy(&policy, None);
    settings.probe.connectivity_checks = vec![ConnectivityCheck {
        url: format!("{}/generate_204", portal.uri()),
        expect: Expectation::Status(204),
    }];
    settings.interval_s = 3600;
    let mut setup = QueueSetup::new(policy, Arc::new(RecordingNotifier::default()));
    setup.probe = Arc::new(RealProbe::new(&settings));

    let dir = tempfile::tempdir().unwrap();
    let (etx, erx) = std::sync::mpsc::channel();
    let mut services = Services::start(
        ServicesConfig {
            store: Some(Store::open(dir.path(), t0()).unwrap()),
            clock: Clock::Fixed(t0()),
            opener: Arc::new(NoBrowser),
            focus_listener: None,
            queue: Some(setup),
            health: Some(settings),
            helpdesk: None,
            device: None,
        },
        etx,
        Arc::new(|| {}),
    )
    .unwrap();
    // The check at start sees the 503.
    wait_for(
        &erx,
        |e| matches!(e, Event::Health(h) if !h.checking && h.report.as_ref().is_some_and(|r| !r.all_healthy())),
    );

    services.handle.send(Command::WaitForPortal {
        portal: "My Sign-Ins".into(),
        url: url.clone(),
        method: MethodKind::Passkey,
    });
    wait_for(
        &erx,
        |e| matches!(e, Event::Queue(q) if resume_job(q).is_some_and(|j| j.attempts == 1 && j.state == JobState::Pending)),
    );

    // The portal recovers; "Check now" probes it, and that result completes the job.
    mount(200).await;
    services.handle.send(Command::CheckNow);
    let Event::Notice(n) = wait_for(&erx, |e| matches!(e, Event::Notice(_))) else {
        unreachable!()
    };
    assert_eq!(
        words::user_notice(&en(), &n),
        "My Sign-Ins is back: continue adding your passkey on your phone."
    );
    let Event::Queue(q) = wait_for(
        &erx,
        |e| matches!(e, Event::Queue(q) if resume_job(q).is_some_and(|j| j.state == JobState::Succeeded)),
    ) else {
        unreachable!()
    };
    assert_eq!(resume_job(&q).unwrap().state, JobState::Succeeded);
    services.shutdown();
}

fn en() -> mfa_ready_i18n::Catalog {
    mfa_ready_i18n::Catalog::new(mfa_ready_i18n::Lang::En)
}
