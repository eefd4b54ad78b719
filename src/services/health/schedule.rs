//! The probe schedule on the services thread: once at start, then every
//! `probe_interval_s` (±10 % jitter); while a portal fails, after one minute and
//! then backing off to 1.5 intervals ([`ProbeSchedule`], issue 10: a failing
//! fleet must not probe more than a healthy one); and at once on "Check now".
//! A check that is already running is never started twice; probes are never
//! retried in a loop.

use std::sync::{Arc, Mutex};

use jiff::Timestamp;

use super::check::{HISTORY_RETENTION, check, prober, record};
use super::report::HealthReport;
use super::settings::HealthSettings;
use crate::services::store::{ProbeRow, Store, StoreError};
use mfa_ready_core::fault::ProbeSchedule;

/// What the window shows of portal health.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HealthSnapshot {
    /// A check is running now.
    pub checking: bool,
    /// The latest finished check.
    pub report: Option<HealthReport>,
    /// Stored results of the last [`HISTORY_RETENTION`], oldest first.
    pub history: Vec<ProbeRow>,
    /// Why the history could not be saved or read, if so.
    pub store_error: Option<String>,
}

/// Sends snapshots to the window: one with `checking == true` when a check starts,
/// and exactly one with `checking == false` when it has finished.
pub type HealthSink = Arc<dyn Fn(HealthSnapshot) + Send + Sync>;

/// Why the history could not be read or saved.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("store lock poisoned")]
    Poisoned,
    #[error("the data directory could not be opened")]
    NoStore,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("history task failed: {0}")]
    Task(String),
}

/// Starts the schedule on the current tokio runtime. Send `()` on the returned
/// channel for "Check now"; the task ends when the sender is dropped. Results
/// and the history window follow the settings' clock
/// ([`HealthSettings::with_clock`]).
pub fn spawn(
    settings: HealthSettings,
    store: Arc<Mutex<Option<Store>>>,
    sink: HealthSink,
) -> tokio::sync::mpsc::UnboundedSender<()> {
    spawn_with_draws(settings, store, sink, Box::new(jitter))
}

/// Uniform draws in `[0, 1)` for the schedule's jitter.
pub type Draws = Box<dyn FnMut() -> f64 + Send>;

/// [`spawn`] with the jitter draws given (the fleet simulator's trace test uses
/// a seeded source).
pub fn spawn_with_draws(
    settings: HealthSettings,
    store: Arc<Mutex<Option<Store>>>,
    sink: HealthSink,
    draws: Draws,
) -> tokio::sync::mpsc::UnboundedSender<()> {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(schedule(settings, store, sink, rx, draws));
    tx
}

/// Whether a vendor status feed lists an open incident (`None`: none could be read).
fn vendor_incident(report: &HealthReport) -> Option<bool> {
    let loaded: Vec<_> = report.feeds.iter().filter(|f| f.error.is_none()).collect();
    if loaded.is_empty() {
        return None;
    }
    Some(loaded.iter().any(|f| !f.incidents.is_empty()))
}

/// A draw in `[0, 1)` to spread probes of many devices (not a clock reading).
fn jitter() -> f64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    f64::from(nanos % 1000) / 1000.0
}

async fn schedule(
    settings: HealthSettings,
    store: Arc<Mutex<Option<Store>>>,
    sink: HealthSink,
    mut rx: tokio::sync::mpsc::UnboundedReceiver<()>,
    mut draws: Draws,
) {
    let prober = prober(&settings).await;
    let mut plan = ProbeSchedule::default();
    let since = settings.clock().now() - HISTORY_RETENTION;
    let mut snapshot = HealthSnapshot {
        history: load_history(&store, since).await.unwrap_or_default(),
        ..HealthSnapshot::default()
    };
    loop {
        snapshot.checking = true;
        sink(snapshot.clone());
        let report = check(&prober, &settings).await;
        let failing = !report.all_healthy();
        let vendor = vendor_incident(&report);
        match save(&store, report.clone()).await {
            Ok(history) => {
                snapshot.history = history;
                snapshot.store_error = None;
            }
            Err(e) => snapshot.store_error = Some(e.to_string()),
        }
        snapshot.report = Some(report);
        snapshot.checking = false;
        // Requests that arrived during the check are answered by it.
        while rx.try_recv().is_ok() {}
        sink(snapshot.clone());
        let delay = plan.after_check(settings.interval_s, failing, vendor, draws());
        tokio::select! {
            msg = rx.recv() => if msg.is_none() { break },
            () = tokio::time::sleep(delay) => {}
        }
    }
}

/// Runs `f` on the store in a blocking task.
async fn with_store<T: Send + 'static>(
    store: &Arc<Mutex<Option<Store>>>,
    f: impl FnOnce(&mut Store) -> Result<T, HistoryError> + Send + 'static,
) -> Result<T, HistoryError> {
    let store = Arc::clone(store);
    tokio::task::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| HistoryError::Poisoned)?;
        f(guard.as_mut().ok_or(HistoryError::NoStore)?)
    })
    .await
    .map_err(|e| HistoryError::Task(e.to_string()))?
}

async fn load_history(
    store: &Arc<Mutex<Option<Store>>>,
    since: Timestamp,
) -> Result<Vec<ProbeRow>, HistoryError> {
    with_store(store, move |s| Ok(s.probe_history(since)?)).await
}

async fn save(
    store: &Arc<Mutex<Option<Store>>>,
    report: HealthReport,
) -> Result<Vec<ProbeRow>, HistoryError> {
    with_store(store, move |s| {
        record(s, &report)?;
        Ok(s.probe_history(report.checked_at - HISTORY_RETENTION)?)
    })
    .await
}
