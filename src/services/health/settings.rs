//! What a health check needs, derived from the policy in force.

use std::path::{Path, PathBuf};

use crate::services::config::Clock;
use crate::services::probe::{ConnectivityCheck, PortalTarget, ProbeConfig};
use mfa_ready_core::policy::{Policy, StatusFeed};

/// Everything a health check needs, derived from the policy.
#[derive(Debug, Clone)]
pub struct HealthSettings {
    pub targets: Vec<PortalTarget>,
    /// Probe settings; its `clock` stamps every result of the check.
    pub probe: ProbeConfig,
    pub feeds: Vec<StatusFeed>,
    pub interval_s: u32,
}

/// The policy's `extra_root_certs`, relative ones resolved against `policy_dir` (the
/// policy file's folder) when given: as the probes read them and `policy check` checks them.
pub fn extra_root_certs(policy: &Policy, policy_dir: Option<&Path>) -> Vec<PathBuf> {
    policy
        .extra_root_certs
        .iter()
        .map(|p| {
            let path = PathBuf::from(p);
            match policy_dir {
                Some(dir) if path.is_relative() => dir.join(path),
                _ => path,
            }
        })
        .collect()
}

impl HealthSettings {
    /// From the policy in force. Relative `extra_root_certs` are resolved against
    /// `policy_dir` (the policy file's directory) when given. Proxies come from
    /// `services::route` (the policy's `[network] proxy`, the environment, the system). The clock is the
    /// system's until [`HealthSettings::with_clock`] says otherwise.
    pub fn from_policy(policy: &Policy, policy_dir: Option<&Path>) -> Self {
        let targets = policy
            .portals
            .iter()
            .map(|p| PortalTarget {
                name: p.name.clone(),
                url: p.url.clone(),
                slow_ms: u64::from(p.slow_ms),
                timeout_ms: u64::from(p.timeout_ms),
            })
            .collect();
        let extra_root_certs = extra_root_certs(policy, policy_dir);
        let connectivity_checks = policy
            .connectivity_checks
            .iter()
            .map(ConnectivityCheck::from)
            .collect();
        Self {
            targets,
            probe: ProbeConfig {
                extra_root_certs,
                connectivity_checks,
                router: crate::services::route::for_policy(policy),
                ..ProbeConfig::default()
            },
            feeds: policy.status_feeds.clone(),
            interval_s: policy.probe_interval_s,
        }
    }

    /// The same settings with another clock (`MFA_READY_NOW`, tests).
    pub fn with_clock(mut self, clock: Clock) -> Self {
        self.probe.clock = clock;
        self
    }

    /// The clock that stamps checks, results and the history window.
    pub fn clock(&self) -> Clock {
        self.probe.clock
    }
}

#[cfg(test)]
mod tests {
    use jiff::Timestamp;

    use super::*;

    #[test]
    fn settings_follow_the_policy() {
        let text = r#"schema = 1
organization = "Lab"
provider = "duo"
probe_interval_s = 120
extra_root_certs = ["certs/inspection.pem", "/abs/ca.pem"]

[[portal]]
name = "Lab"
url = "http://127.0.0.1:9/ok"
slow_ms = 500
timeout_ms = 3000
"#;
        let now: Timestamp = "2026-11-22T12:00:00Z".parse().unwrap();
        let policy = mfa_ready_core::policy::parse(text, "p.toml", now).unwrap();
        let s = HealthSettings::from_policy(&policy, Some(Path::new("/etc/mfa-ready")));
        assert_eq!(s.interval_s, 120);
        assert_eq!(
            s.targets,
            vec![PortalTarget {
                name: "Lab".into(),
                url: "http://127.0.0.1:9/ok".into(),
                slow_ms: 500,
                timeout_ms: 3000,
            }]
        );
        assert_eq!(
            s.probe.extra_root_certs,
            vec![
                PathBuf::from("/etc/mfa-ready/certs/inspection.pem"),
                PathBuf::from("/abs/ca.pem")
            ]
        );
        // The provider preset's feed and the OS connectivity checks.
        assert_eq!(s.feeds[0].url, "https://status.duo.com/api/v2/summary.json");
        assert_eq!(s.probe.connectivity_checks.len(), 2);
        assert_eq!(
            s.probe.connectivity_checks[0].url,
            "http://www.msftconnecttest.com/connecttest.txt"
        );
        assert_eq!(s.clock(), Clock::System);
        assert_eq!(s.with_clock(Clock::Fixed(now)).clock(), Clock::Fixed(now));
    }

    #[test]
    fn one_default_connectivity_list() {
        // The probe's defaults are the policy's defaults: one list, one owner.
        let from_policy: Vec<ConnectivityCheck> =
            mfa_ready_core::policy::default_connectivity_checks()
                .iter()
                .map(ConnectivityCheck::from)
                .collect();
        assert_eq!(ProbeConfig::default().connectivity_checks, from_policy);
        assert_eq!(from_policy.len(), 2);
    }
}
