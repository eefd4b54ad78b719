//! Helpers shared by the integration tests.

use std::sync::Mutex;

use mfa_ready::services::protocol::UrlOpener;

/// Records the URLs it is asked to open instead of launching a browser.
#[derive(Default)]
pub struct Recorder(pub Mutex<Vec<String>>);

impl UrlOpener for Recorder {
    fn open(&self, url: &str) -> std::io::Result<()> {
        self.0.lock().unwrap().push(url.to_owned());
        Ok(())
    }
}
