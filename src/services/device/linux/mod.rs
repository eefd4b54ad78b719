//! Linux readers (to be filled): files under `Host::root`, BlueZ over D-Bus.

use super::{Host, Readers};
use mfa_ready_core::device::MinOs;

pub(super) fn readers(_host: &Host, _min_os: &MinOs) -> Readers {
    ("Linux".to_owned(), Vec::new(), Vec::new())
}
