//! A scenario: how many clients, the outage, the provider, the job mix.

/// How the provider fails during the outage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailMode {
    /// 504 Gateway Timeout.
    Gateway504,
    /// Connection refused (nothing sent).
    Refused,
    /// 429 with `Retry-After: <seconds>`.
    TooMany { retry_after_s: u64 },
}

impl FailMode {
    /// `504`, `refused` or `429` (Retry-After 120 s) / `429:<seconds>`.
    pub fn parse(s: &str) -> Result<Self, ConfigError> {
        match s {
            "504" => Ok(Self::Gateway504),
            "refused" => Ok(Self::Refused),
            "429" => Ok(Self::TooMany { retry_after_s: 120 }),
            _ => s
                .strip_prefix("429:")
                .and_then(|n| n.parse().ok())
                .map(|retry_after_s| Self::TooMany { retry_after_s })
                .ok_or_else(|| ConfigError::Mode(s.to_owned())),
        }
    }
}

/// Which rules the clients follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// Issue 10's fleet rules (what the app does now).
    Fleet,
    /// The rules before issue 10 (probes every minute while failing, fixed
    /// cool-downs, no retry budget, held jobs released together), for comparison.
    Legacy,
}

/// A bad command-line value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("not a duration: {0:?} (use 90s, 30m, 4h)")]
    Duration(String),
    #[error("not a failure mode: {0:?} (use 504, refused, 429 or 429:<seconds>)")]
    Mode(String),
    #[error("the outage must start after the clients have started and end before the run does")]
    Window,
}

/// One scenario. Times are milliseconds from the start of the run.
#[derive(Debug, Clone, PartialEq)]
pub struct SimConfig {
    pub clients: u32,
    pub seed: u64,
    /// The whole run.
    pub duration_ms: i64,
    pub outage_start_ms: i64,
    pub outage_ms: i64,
    pub mode: FailMode,
    /// Provider capacity as a multiple of the steady rate measured before the
    /// outage (`None`: unlimited). Beyond it the provider answers 503.
    pub capacity: Option<f64>,
    /// Share of clients with a queued job (add phone, verify, wait for portal).
    pub job_share: f64,
    /// The policy's `probe_interval_s`.
    pub probe_interval_s: u32,
    pub rules: Rules,
}

impl Default for SimConfig {
    fn default() -> Self {
        Self {
            clients: 50_000,
            seed: 1,
            duration_ms: 8 * 3_600_000,
            outage_start_ms: 3_600_000,
            outage_ms: 4 * 3_600_000,
            mode: FailMode::Gateway504,
            capacity: Some(1.5),
            job_share: 0.2,
            probe_interval_s: 300,
            rules: Rules::Fleet,
        }
    }
}

impl SimConfig {
    /// When the outage ends.
    pub fn outage_end_ms(&self) -> i64 {
        self.outage_start_ms + self.outage_ms
    }

    /// The outage must leave a steady window before it and some time after it.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let interval = i64::from(self.probe_interval_s) * 1000;
        if self.outage_start_ms < 2 * interval || self.outage_end_ms() >= self.duration_ms {
            return Err(ConfigError::Window);
        }
        Ok(())
    }
}

/// `90s`, `30m`, `4h`, `1h30m` or plain seconds, in milliseconds.
pub fn parse_duration(s: &str) -> Result<i64, ConfigError> {
    let err = || ConfigError::Duration(s.to_owned());
    if let Ok(secs) = s.parse::<i64>() {
        return secs.checked_mul(1000).ok_or_else(err);
    }
    let mut total: i64 = 0;
    let mut num = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            num.push(c);
            continue;
        }
        let unit = match c {
            'h' => 3_600_000,
            'm' => 60_000,
            's' => 1000,
            _ => return Err(err()),
        };
        let n: i64 = num.parse().map_err(|_| err())?;
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(err)?;
        num.clear();
    }
    if !num.is_empty() || s.is_empty() {
        return Err(err());
    }
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_and_modes() {
        assert_eq!(parse_duration("4h"), Ok(4 * 3_600_000));
        assert_eq!(parse_duration("1h30m"), Ok(5_400_000));
        assert_eq!(parse_duration("90s"), Ok(90_000));
        assert_eq!(parse_duration("90"), Ok(90_000));
        assert!(parse_duration("4x").is_err());
        assert!(parse_duration("h").is_err());
        assert!(parse_duration("").is_err());
        assert_eq!(FailMode::parse("504"), Ok(FailMode::Gateway504));
        assert_eq!(
            FailMode::parse("429:30"),
            Ok(FailMode::TooMany { retry_after_s: 30 })
        );
        assert!(FailMode::parse("500").is_err());
        assert!(SimConfig::default().validate().is_ok());
    }
}
