//! windows readers (to be filled).

use super::reader::{Host, Readers};
use mfa_ready_core::device::MinOs;

pub(super) fn readers(_host: &Host, _min_os: &MinOs) -> Readers {
    ("windows".to_owned(), Vec::new(), Vec::new())
}
