//! Where the policy in force was found: the services look, the report and
//! `status --json` say which.

use serde::Serialize;

/// How the policy in force was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyOrigin {
    /// `--policy FILE`
    Flag,
    /// `MFA_READY_POLICY`
    Env,
    /// The system-wide location (`/etc/mfa-ready/policy.toml`, …).
    System,
    /// `policy.toml` beside the executable.
    BesideExecutable,
    /// Compiled into the binary.
    Embedded,
}

impl PolicyOrigin {
    pub const ALL: [PolicyOrigin; 5] = [
        Self::Flag,
        Self::Env,
        Self::System,
        Self::BesideExecutable,
        Self::Embedded,
    ];

    /// The stable id (`status --json`'s `policy.source`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Flag => "flag",
            Self::Env => "env",
            Self::System => "system",
            Self::BesideExecutable => "beside_executable",
            Self::Embedded => "embedded",
        }
    }
}
