//! The OS-style connectivity checks (is this device online, or behind a captive
//! portal?), run concurrently on fresh connections, redirects not followed.

use std::time::Instant;

use http::header;
use tokio::task::JoinSet;

use super::config::{ConnectivityCheck, MAX_BODY_BYTES, PortalTarget};
use super::failure::Failure;
use super::prober::Prober;
use super::result::ProbeReport;
use super::target::Target;
use super::transport::{BodyLimits, Recorder, header_str};
use mfa_ready_core::fault::{
    CheckObservation, ConnectivityObservation, ConnectivityOutcome, ErrorKind, Expectation,
    ProbeError, assess_check, combine_checks,
};

impl Prober {
    /// The connectivity checks and every portal at once; portal failures are
    /// re-classified with the connectivity verdict (captive portal, offline).
    pub async fn check_all(&self, targets: &[PortalTarget]) -> ProbeReport {
        let (connectivity, mut portals) =
            tokio::join!(self.check_connectivity(), self.probe_all(targets));
        for p in &mut portals {
            p.reclassify(Some(&connectivity));
        }
        ProbeReport {
            connectivity,
            portals,
        }
    }

    /// Runs every configured connectivity check concurrently.
    pub async fn check_connectivity(&self) -> ConnectivityObservation {
        let checks_cfg = &self.config().connectivity_checks;
        let mut set = JoinSet::new();
        for (i, check) in checks_cfg.iter().enumerate() {
            let me = self.clone();
            let check = check.clone();
            set.spawn(async move { (i, me.run_check(&check).await) });
        }
        let mut out: Vec<Option<CheckObservation>> = vec![None; checks_cfg.len()];
        while let Some(joined) = set.join_next().await {
            if let Ok((i, r)) = joined
                && let Some(slot) = out.get_mut(i)
            {
                *slot = Some(r);
            }
        }
        let checks: Vec<CheckObservation> = checks_cfg
            .iter()
            .zip(out)
            .map(|(c, r)| {
                r.unwrap_or_else(|| CheckObservation {
                    url: c.url.clone(),
                    expect: c.expect.clone(),
                    http_status: None,
                    redirected_to: None,
                    body_matched: false,
                    error: Some(ProbeError {
                        kind: ErrorKind::ConnectOther,
                        detail: "check task failed".to_owned(),
                    }),
                    timed_out_phase: None,
                    outcome: ConnectivityOutcome::Offline,
                })
            })
            .collect();
        ConnectivityObservation {
            outcome: combine_checks(&checks),
            checks,
        }
    }

    async fn run_check(&self, check: &ConnectivityCheck) -> CheckObservation {
        let deadline = Instant::now() + self.config().connectivity_timeout;
        let mut rec = Recorder::default();
        let mut obs = CheckObservation {
            url: check.url.clone(),
            expect: check.expect.clone(),
            http_status: None,
            redirected_to: None,
            body_matched: false,
            error: None,
            timed_out_phase: None,
            outcome: ConnectivityOutcome::Offline,
        };
        let limits = BodyLimits {
            keep: 4096,
            read: MAX_BODY_BYTES,
        };
        let fetched = match Target::parse(&check.url) {
            Ok(target) => self.fetch_once(&target, deadline, &mut rec, limits).await,
            Err(e) => Err(Failure::error(ErrorKind::Config, e.to_string())),
        };
        match fetched {
            Ok(resp) => {
                obs.http_status = Some(resp.status);
                obs.redirected_to = header_str(&resp.headers, header::LOCATION.as_str());
                if let Expectation::Body(want) = &check.expect {
                    obs.body_matched =
                        String::from_utf8_lossy(&resp.body).trim() == want.as_str().trim();
                }
            }
            Err(Failure::Timeout(p)) => obs.timed_out_phase = Some(p),
            Err(Failure::Error(e)) => obs.error = Some(e),
        }
        obs.outcome = assess_check(
            &obs.expect,
            obs.http_status,
            obs.redirected_to.as_deref(),
            obs.body_matched,
        );
        obs
    }
}
