//! Bluetooth, as BlueZ has it on the system bus: its adapters (`org.bluez.Adapter1`
//! objects from the ObjectManager at `/`) and whether one is powered.
//!
//! BlueZ not on the bus is taken as no adapter: bluetoothd starts only where the
//! kernel has a Bluetooth controller (its unit's condition), and without it no
//! browser can reach a phone either way. The name is asked for first, so reading
//! never starts bluetoothd through bus activation. A bus that cannot be reached, or
//! that does not answer before the deadline, leaves Bluetooth unknown, unless the
//! kernel itself has no Bluetooth controller (`/sys/class/bluetooth` holds no
//! `hci*`): then there is none, whatever the bus would say.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use mfa_ready_core::device::read::bluez_adapters;
use mfa_ready_core::device::{Bluetooth, DeviceFacts};
use zbus::fdo::{DBusProxy, ObjectManagerProxy};
use zbus::names::BusName;

use super::base::{deadline, under};
use crate::services::device::reader::FactSource;

const BLUEZ: &str = "org.bluez";
const ADAPTER: &str = "org.bluez.Adapter1";

pub(super) struct Bluez {
    root: PathBuf,
    /// The system bus address (`Host::system_bus`; `None`: the OS's own).
    bus: Option<String>,
}

impl Bluez {
    pub fn new(root: PathBuf, bus: Option<String>) -> Self {
        Self { root, bus }
    }
}

impl FactSource for Bluez {
    fn read(&self, facts: &mut DeviceFacts) {
        facts.bluetooth = match bluetooth(self.bus.as_deref(), deadline()) {
            Bluetooth::Unknown if no_controller(&self.root) => Bluetooth::NoAdapter,
            known => known,
        };
    }
}

/// Whether sysfs shows that the kernel has no Bluetooth controller: `/sys/class` is
/// there, and `bluetooth` under it is absent or holds no `hci*`.
fn no_controller(root: &Path) -> bool {
    let class = under(root, "sys/class");
    if !class.is_dir() {
        return false;
    }
    match std::fs::read_dir(class.join("bluetooth")) {
        Ok(entries) => !entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with("hci")),
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// Bluetooth on `bus` (the system bus when `None`), answered by `until`.
pub(super) fn bluetooth(bus: Option<&str>, until: Instant) -> Bluetooth {
    // A runtime of its own on this blocking thread: zbus is async, and the time
    // limit then covers connecting and authenticating too, not only the calls.
    let Ok(rt) = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
    else {
        return Bluetooth::Unknown;
    };
    let budget = until.saturating_duration_since(Instant::now());
    rt.block_on(async {
        match tokio::time::timeout(budget, adapters(bus, budget)).await {
            Ok(Ok(Some(powered))) => bluez_adapters(&powered),
            Ok(Ok(None)) => Bluetooth::NoAdapter,
            Ok(Err(e)) => {
                tracing::debug!("BlueZ not read: {e}");
                Bluetooth::Unknown
            }
            Err(_) => {
                tracing::debug!("BlueZ did not answer within {} ms", budget.as_millis());
                Bluetooth::Unknown
            }
        }
    })
}

/// Each adapter's `Powered`; `None` when BlueZ is not on the bus.
async fn adapters(bus: Option<&str>, budget: Duration) -> zbus::Result<Option<Vec<Option<bool>>>> {
    let builder = match bus {
        Some(address) => zbus::connection::Builder::address(address)?,
        None => zbus::connection::Builder::system()?,
    };
    let conn = builder.method_timeout(budget).build().await?;
    let running = DBusProxy::new(&conn)
        .await?
        .name_has_owner(BusName::try_from(BLUEZ)?)
        .await?;
    if !running {
        return Ok(None);
    }
    let objects = ObjectManagerProxy::builder(&conn)
        .destination(BLUEZ)?
        .path("/")?
        .build()
        .await?
        .get_managed_objects()
        .await?;
    let powered = objects
        .values()
        .flat_map(|interfaces| interfaces.iter())
        .filter(|(name, _)| name.as_str() == ADAPTER)
        .map(|(_, props)| {
            props
                .get("Powered")
                .and_then(|v| v.downcast_ref::<bool>().ok())
        })
        .collect();
    Ok(Some(powered))
}
