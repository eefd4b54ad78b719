//! The identity provider a policy names (`provider = "entra"`): its id and name.
//!
//! Only the enum lives here, so that `core::methods` (setup links per provider) and
//! `core::policy` (defaults per provider) can both use it without importing each
//! other. What a provider brings by default (methods, portals, status feeds) is
//! policy knowledge and lives in `core::policy::defaults`.

use serde::{Deserialize, Serialize};

/// Identity provider preset: setup links, portals, default methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    Entra,
    Okta,
    Duo,
    Google,
    Custom,
}

impl Provider {
    /// Every provider, in the order the documentation lists them.
    pub const ALL: [Self; 5] = [
        Self::Entra,
        Self::Okta,
        Self::Duo,
        Self::Google,
        Self::Custom,
    ];

    /// The id written in policy files and JSON (a contract).
    pub fn id(self) -> &'static str {
        match self {
            Self::Entra => "entra",
            Self::Okta => "okta",
            Self::Duo => "duo",
            Self::Google => "google",
            Self::Custom => "custom",
        }
    }

    /// Human name of the provider.
    pub fn display_name(self) -> &'static str {
        match self {
            Self::Entra => "Microsoft Entra ID (Microsoft 365)",
            Self::Okta => "Okta",
            Self::Duo => "Cisco Duo",
            Self::Google => "Google Workspace",
            Self::Custom => "Your organisation's own service",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_serde() {
        for p in Provider::ALL {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(json, format!("\"{}\"", p.id()));
            assert_eq!(serde_json::from_str::<Provider>(&json).unwrap(), p);
            assert!(!p.display_name().is_empty());
        }
        assert!(serde_json::from_str::<Provider>("\"azure\"").is_err());
    }
}
