//! The window's device checks: read at start, when the window gains focus and on
//! "Check again"; one read at a time (a request while one runs is answered by it).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use mfa_ready_core::device::MinOs;

use super::reader::Host;
use super::run::read;
use crate::services::protocol::{Ctx, Event};

/// Where to read and what the policy's minimum OS versions are.
#[derive(Debug, Clone, Default)]
pub struct DeviceSetup {
    pub host: Host,
    pub min_os: MinOs,
}

pub(crate) struct DeviceService {
    setup: Arc<DeviceSetup>,
    running: Arc<AtomicBool>,
}

impl DeviceService {
    /// Starts and reads once.
    pub(crate) fn start(setup: DeviceSetup, ctx: &Arc<Ctx>) -> Self {
        let service = Self {
            setup: Arc::new(setup),
            running: Arc::new(AtomicBool::new(false)),
        };
        service.check(ctx);
        service
    }

    /// Reads the device again unless a read is running.
    pub(crate) fn check(&self, ctx: &Arc<Ctx>) {
        if self.running.swap(true, Ordering::SeqCst) {
            return;
        }
        let (setup, running, ctx) = (
            Arc::clone(&self.setup),
            Arc::clone(&self.running),
            Arc::clone(ctx),
        );
        tokio::spawn(async move {
            let snapshot = read(&setup.host, &setup.min_os).await;
            running.store(false, Ordering::SeqCst);
            ctx.emit(Event::Device(Box::new(snapshot)));
        });
    }
}
