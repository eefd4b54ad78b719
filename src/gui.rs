//! Starts the window: one instance per data directory, the store read before the
//! first frame (so the window opens where the user left off), the services thread
//! started with a waker that repaints the window.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::services::instance::{self, Instance};
use crate::services::protocol::StoreUnavailable;
use crate::services::protocol::{NoticeWords, StoreSnapshot};
use crate::services::queue::service::QueueSetup;
use crate::services::runtime::{Services, ServicesConfig, SystemBrowser};
use crate::services::store::Store;
use crate::startup::{self, EXIT_ERROR, EXIT_OK};
use crate::ui::{AppInit, MfaReadyApp};
use mfa_ready_core::methods::Os;
use mfa_ready_i18n::{Catalog, Lang};

/// Set to print `first-frame <unix ms>` on stderr when the first frame is drawn (benchmarks).
pub const ENV_BENCH: &str = "MFA_READY_BENCH_FIRST_FRAME";

/// Opens the window; returns the process exit code. (Reads top to bottom as the start-up
/// sequence: clock, policy, data directory, settings, window; each step is one call.)
pub fn run(policy_flag: Option<&Path>, data_flag: Option<&Path>) -> u8 {
    let clock = match startup::clock_from_env() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("mfa-ready: {e}");
            return EXIT_ERROR;
        }
    };
    let now = clock.now();
    let policy = startup::load_policy(policy_flag, data_flag, now);
    // The language the system and the organisation give (a choice stored in the window
    // may change it after the first frame). Its font provider starts enumerating the
    // system's fonts now, on its own thread, while the window is created.
    let system_locales = crate::services::locale::system_locales();
    let start_lang = policy.language_rule().choose(None, &system_locales);
    let font_provider = std::sync::Arc::new(
        egui_system_font_provider::SystemFontProvider::new().with_locale(Some(start_lang.tag())),
    );
    let shared_lang = Arc::new(Mutex::new(start_lang));

    let Some(claimed) = claim_data_dir(data_flag) else {
        // Another window runs for this data directory and was asked to come forward.
        return EXIT_OK;
    };
    let ClaimedDataDir {
        dir,
        guard,
        listener,
    } = claimed;
    // The store is opened (it writes and syncs) and read while the window is created.
    let opening = StoreOpening::start(dir, now);

    let health = policy.result.as_ref().ok().map(|p| {
        crate::services::health::HealthSettings::from_policy(
            p,
            policy.source.path.as_deref().and_then(Path::parent),
        )
    });

    // The retry queue and enrollment services need a valid policy.
    // The window's words for the desktop notifications of the queue and the reminders.
    let words = desktop_words(&shared_lang, &system_locales);
    let queue_setup = policy.result.as_ref().ok().map(|p| {
        let mut setup = QueueSetup::new(p.clone(), Arc::from(crate::services::notify::desktop()));
        setup.desktop_words = Some(Arc::clone(&words));
        // "Tell me when it's back" and the open-page check use the real probe.
        if let Some(h) = &health {
            setup.probe = Arc::new(crate::services::health::RealProbe::new(h));
        }
        setup
    });

    // This computer's checks, against the policy's minimum OS versions (any OS without one).
    let device = Some(crate::services::device::DeviceSetup {
        host: crate::services::device::Host::from_env(),
        min_os: policy
            .result
            .as_ref()
            .map(|p| p.device.min_os.clone())
            .unwrap_or_default(),
    });
    // Reminders, autostart and reports need a valid policy.
    let helpdesk = policy
        .result
        .is_ok()
        .then(|| crate::services::helpdesk::HelpdeskSetup {
            loaded: policy.clone(),
            os: Os::current(),
            tz: jiff::tz::TimeZone::system(),
            notifier: Arc::from(crate::services::notify::desktop()),
            desktop_words: words,
            autostart: crate::services::autostart::Autostart::for_this_user().ok(),
            login: startup::login_command(policy_flag, data_flag),
        });

    let bench = std::env::var_os(ENV_BENCH).is_some();
    let options = window_options();
    let result = eframe::run_native(
        "MFA Ready",
        options,
        Box::new(move |cc| {
            cc.egui_ctx.add_font_provider(font_provider);
            let (store, snapshot) = opening.finish();
            let (events_tx, events_rx) = std::sync::mpsc::channel();
            let ctx = cc.egui_ctx.clone();
            let (services, gate) = Services::start_gated(
                ServicesConfig {
                    store,
                    clock,
                    opener: Arc::new(SystemBrowser),
                    focus_listener: listener,
                    health,
                    queue: queue_setup,
                    helpdesk,
                    device,
                },
                events_tx,
                Arc::new(move || ctx.request_repaint()),
            )?;
            let mut app = MfaReadyApp::new(AppInit {
                policy,
                snapshot,
                clock,
                os: Os::current(),
                tz: jiff::tz::TimeZone::system(),
                services: services.handle.clone(),
                events: events_rx,
            });
            app.own_services(services);
            app.start_services_after_first_frame(gate);
            app.set_system_locales(system_locales);
            app.font_provider_for(start_lang);
            app.share_language(shared_lang);
            app.set_bench_first_frame(bench);
            Ok(Box::new(app))
        }),
    );
    drop(guard);
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("mfa-ready: could not open the window: {e}");
            eprintln!("mfa-ready: the commands still work without one: try `mfa-ready status`.");
            EXIT_ERROR
        }
    }
}

/// How the services' notices read on the desktop: `ui::words::desktop_notice` in the
/// window's language at the moment one is shown (View > Language may have changed it),
/// dates in the system's region when it speaks that language.
fn desktop_words(lang: &Arc<Mutex<Lang>>, system_locales: &[String]) -> NoticeWords {
    let lang = Arc::clone(lang);
    let system_locales = system_locales.to_vec();
    Arc::new(move |n| {
        let l = lang.lock().map_or(Lang::En, |l| *l);
        let tr = Catalog::new(l).with_region_from(&system_locales);
        crate::ui::words::desktop_notice(&tr, n)
    })
}

/// Helpdesk mode from the command line (`--open-report FILE`): the report is
/// read before any window opens; a report that cannot be read is one sentence
/// on stderr and exit 2. The viewer has no store and no services: nothing is
/// written and nothing is sent.
pub fn run_viewer(path: &Path) -> u8 {
    let opened = match crate::services::report::open_report(path) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("mfa-ready: {}: {e}", path.display());
            return EXIT_ERROR;
        }
    };
    // The helpdesk's own language, from the system (no policy applies to this window).
    let tr = crate::ui::ViewerApp::system_catalog(&crate::services::locale::system_locales());
    let lang = tr.lang();
    let title = mfa_ready_i18n::tr!(tr, "viewer-window-title");
    let result = eframe::run_native(
        &title,
        window_options(),
        Box::new(move |cc| {
            cc.egui_ctx.add_font_provider(std::sync::Arc::new(
                egui_system_font_provider::SystemFontProvider::new().with_locale(Some(lang.tag())),
            ));
            let mut app = crate::ui::ViewerApp::new(opened, jiff::tz::TimeZone::system(), tr);
            app.font_provider_for(lang);
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => EXIT_OK,
        Err(e) => {
            eprintln!("mfa-ready: could not open the window: {e}");
            EXIT_ERROR
        }
    }
}

/// The data directory this window may use, claimed before any window opens.
struct ClaimedDataDir {
    /// The folder, or why there is none (shown in a banner).
    dir: Result<PathBuf, StoreUnavailable>,
    guard: Option<instance::InstanceGuard>,
    listener: Option<std::net::TcpListener>,
}

/// Takes the one-window lock. `None` when another window already runs for this
/// directory and answered that it came to the front; when it did not answer in time,
/// this window opens anyway, without the lock.
fn claim_data_dir(data_flag: Option<&Path>) -> Option<ClaimedDataDir> {
    let dir = match startup::data_dir(data_flag) {
        Err(_) => {
            return Some(ClaimedDataDir {
                dir: Err(StoreUnavailable::NoDataDir),
                guard: None,
                listener: None,
            });
        }
        Ok(dir) => dir,
    };
    let (guard, listener) = match instance::acquire(&dir) {
        Ok(Instance::Secondary { focused: true }) => {
            eprintln!("mfa-ready: MFA Ready is already open; it has been brought to the front.");
            return None;
        }
        Ok(Instance::Secondary { focused: false }) => {
            eprintln!(
                "mfa-ready: MFA Ready seems to be open already but did not answer; opening another window anyway."
            );
            eprintln!(
                "mfa-ready: this window does not hold the one-window lock for {}.",
                dir.display()
            );
            (None, None)
        }
        Ok(Instance::Primary { guard, listener }) => (Some(guard), listener),
        Err(source) => {
            return Some(ClaimedDataDir {
                dir: Err(StoreUnavailable::DataDir { dir, source }),
                guard: None,
                listener: None,
            });
        }
    };
    Some(ClaimedDataDir {
        dir: Ok(dir),
        guard,
        listener,
    })
}

/// The store and what the window shows of it.
type OpenedStore = (Option<Store>, Result<StoreSnapshot, StoreUnavailable>);

/// Opens the store and reads it once.
fn open_store(dir: Result<PathBuf, StoreUnavailable>, now: jiff::Timestamp) -> OpenedStore {
    match dir.and_then(|dir| Store::open(&dir, now).map_err(StoreUnavailable::from)) {
        Ok(mut s) => {
            let snap = StoreSnapshot::read(&mut s, now).map_err(StoreUnavailable::from);
            (Some(s), snap)
        }
        Err(e) => (None, Err(e)),
    }
}

/// The store being opened on its own thread while the window is created (the first
/// frame waits for it, not the window's creation).
enum StoreOpening {
    Thread {
        dir: PathBuf,
        handle: std::thread::JoinHandle<OpenedStore>,
    },
    Done(Box<OpenedStore>),
}

impl StoreOpening {
    fn start(dir: Result<PathBuf, StoreUnavailable>, now: jiff::Timestamp) -> Self {
        let Ok(path) = dir.as_ref().map(PathBuf::clone) else {
            return Self::Done(Box::new(open_store(dir, now)));
        };
        let spawned = std::thread::Builder::new()
            .name("mfa-ready-store-open".to_owned())
            .spawn(move || open_store(dir, now));
        match spawned {
            Ok(handle) => Self::Thread { dir: path, handle },
            // No thread to spare: open it here.
            Err(_) => Self::Done(Box::new(open_store(Ok(path), now))),
        }
    }

    fn finish(self) -> OpenedStore {
        match self {
            Self::Done(opened) => *opened,
            Self::Thread { dir, handle } => handle.join().unwrap_or_else(|_| {
                let source = std::io::Error::other("opening the store stopped unexpectedly");
                (None, Err(StoreUnavailable::DataDir { dir, source }))
            }),
        }
    }
}

/// The window's icon: the installers' icon, made by `dist/icons.sh` from the one source
/// in `assets/icons/`.
const ICON_PNG: &[u8] = include_bytes!("../dist/icons/256x256.png");

/// The window's title, app id (for desktop entries), icon and sizes.
fn window_options() -> eframe::NativeOptions {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("MFA Ready")
        .with_app_id("mfa-ready")
        .with_inner_size([900.0, 700.0])
        .with_min_inner_size([640.0, 480.0]);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => tracing::warn!("window icon not used: {e}"),
    }
    eframe::NativeOptions {
        viewport,
        // The window installs its own, told its language (`ui::language`).
        system_font_fallback: false,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 13, item 16: a first window that does not answer (200 idle connections
    /// held it up) no longer leaves the user with no window: this one opens, without
    /// the lock.
    #[test]
    fn a_first_window_that_does_not_answer_still_gets_the_user_a_window() {
        let dir = tempfile::tempdir().unwrap();
        let Ok(Instance::Primary { guard, listener }) = instance::acquire(dir.path()) else {
            panic!("first acquire must be primary");
        };
        let now: jiff::Timestamp = "2026-12-10T09:00:00Z".parse().unwrap();
        let claimed = claim_data_dir(Some(dir.path())).expect("a window opens");
        assert!(claimed.guard.is_none(), "without the lock");
        let (store, snapshot) = StoreOpening::start(claimed.dir, now).finish();
        assert!(store.is_some(), "{:?}", snapshot.err());
        drop((guard, listener));
    }
}
