//! What is missing before ready (a gap), as facts: too few methods, too few
//! phishing-resistant ones, every method on one device. The window and `mfa-ready status`
//! word a gap in the reader's language (`readiness.ftl`); [`Gap::sentence`] is the English
//! that `status --json`, `check` and the report carry (a test in the ui keeps the English
//! catalogue equal to it).

use serde::{Deserialize, Serialize};

use crate::device::CheckId;
use crate::methods::{Device, FailureDomain, MethodKind};
use crate::phrase::{or_list, plural};
use crate::policy::Enrollment;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    TooFewMethods,
    TooFewPhishingResistant,
    SingleDevice,
    /// This computer does not meet the policy's `[device]` requirements.
    Device,
}

/// Something missing, with the facts a sentence about it needs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gap {
    /// Fewer methods count than the policy requires.
    TooFewMethods { required: u32, have: u32 },
    /// Fewer phishing-resistant methods than required. `options`: the phishing-resistant
    /// methods this policy accepts that can be set up on this computer, in catalogue
    /// order; none means only the helpdesk can help.
    TooFewPhishingResistant {
        missing: u32,
        options: Vec<MethodKind>,
    },
    /// Two or more methods required and every one on one device (`device`: where the
    /// first of them lives). `elsewhere`: a method on another device can be set up here.
    SingleDevice { device: Device, elsewhere: bool },
    /// This computer fails checks the policy's `[device]` section requires (in
    /// [`CheckId::ALL`] order).
    Device { checks: Vec<CheckId> },
}

impl Gap {
    pub fn kind(&self) -> GapKind {
        match self {
            Self::TooFewMethods { .. } => GapKind::TooFewMethods,
            Self::TooFewPhishingResistant { .. } => GapKind::TooFewPhishingResistant,
            Self::SingleDevice { .. } => GapKind::SingleDevice,
            Self::Device { .. } => GapKind::Device,
        }
    }

    /// The gap in English, as `status --json` (`gaps[].message`), `check` and the report
    /// say it: "Contoso requires 2 sign-in methods and you have 0. Add 2 more."
    pub fn sentence(&self, organization: &str) -> String {
        let ask = format!(
            "none that {organization} accepts can be set up on this computer: ask your helpdesk"
        );
        match self {
            Self::TooFewMethods { required, have } => format!(
                "{organization} requires {} and you have {have}. Add {} more.",
                plural(*required, "sign-in method", "sign-in methods"),
                required.saturating_sub(*have),
            ),
            Self::TooFewPhishingResistant { missing, options } => {
                let what = plural(
                    *missing,
                    "phishing-resistant method",
                    "phishing-resistant methods",
                );
                if options.is_empty() {
                    format!("Add {what}: fake sign-in pages can't steal these, but {ask}.")
                } else {
                    let names: Vec<&str> = options.iter().map(|k| k.name()).collect();
                    format!(
                        "Add {what} ({}): fake sign-in pages can't steal these.",
                        or_list(&names)
                    )
                }
            }
            Self::SingleDevice { device, elsewhere } => {
                let on = device.label();
                if *elsewhere {
                    format!(
                        "All your methods are on {on}: if you lose it, you lose them all. Add one that lives somewhere else."
                    )
                } else {
                    format!(
                        "All your methods are on {on}: if you lose it, you lose them all. A method elsewhere would fix it, but {ask}."
                    )
                }
            }
            Self::Device { checks } => {
                let names: Vec<&str> = checks.iter().map(|c| c.label()).collect();
                format!(
                    "This computer does not meet {organization}'s requirements: {}.",
                    names.join(", ")
                )
            }
        }
    }
}

/// What is missing: too few methods, too few phishing-resistant ones, all on one device.
/// `addable`: what the user could still add here (allowed, on this OS, not counted yet).
pub(super) fn find(
    enrollment: &Enrollment,
    addable: &[MethodKind],
    counted_kinds: &[MethodKind],
    pr: u32,
    domains: &[FailureDomain],
) -> Vec<Gap> {
    let counted = u32::try_from(counted_kinds.len()).unwrap_or(u32::MAX);
    let mut gaps = Vec::new();
    if counted < enrollment.min_methods {
        gaps.push(Gap::TooFewMethods {
            required: enrollment.min_methods,
            have: counted,
        });
    }
    if pr < enrollment.min_phishing_resistant {
        gaps.push(Gap::TooFewPhishingResistant {
            missing: enrollment.min_phishing_resistant - pr,
            // Name only what this policy accepts on this computer, never a method the
            // user cannot add.
            options: addable
                .iter()
                .copied()
                .filter(|k| k.is_phishing_resistant())
                .collect(),
        });
    }
    if enrollment.min_methods >= 2
        && counted >= 2
        && domains.len() == 1
        && let Some(first) = counted_kinds.first()
    {
        gaps.push(Gap::SingleDevice {
            device: first.device(),
            elsewhere: addable
                .iter()
                .any(|k| !domains.contains(&k.failure_domain())),
        });
    }
    gaps
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every shape of every gap, word for word: what `status --json`, `check` and the
    /// report have always said.
    #[test]
    fn each_gap_says_its_english_sentence() {
        let say = |g: Gap| g.sentence("Contoso");
        assert_eq!(
            say(Gap::TooFewMethods {
                required: 2,
                have: 0
            }),
            "Contoso requires 2 sign-in methods and you have 0. Add 2 more."
        );
        assert_eq!(
            say(Gap::TooFewMethods {
                required: 1,
                have: 0
            }),
            "Contoso requires 1 sign-in method and you have 0. Add 1 more."
        );
        assert_eq!(
            say(Gap::TooFewPhishingResistant {
                missing: 1,
                options: vec![MethodKind::Passkey, MethodKind::SecurityKey],
            }),
            "Add 1 phishing-resistant method (Passkey on your phone or Security key): fake \
             sign-in pages can't steal these."
        );
        assert_eq!(
            say(Gap::TooFewPhishingResistant {
                missing: 2,
                options: vec![
                    MethodKind::Passkey,
                    MethodKind::SecurityKey,
                    MethodKind::WindowsHello
                ],
            }),
            "Add 2 phishing-resistant methods (Passkey on your phone, Security key or Windows \
             Hello for Business): fake sign-in pages can't steal these."
        );
        assert_eq!(
            say(Gap::TooFewPhishingResistant {
                missing: 1,
                options: Vec::new(),
            }),
            "Add 1 phishing-resistant method: fake sign-in pages can't steal these, but none \
             that Contoso accepts can be set up on this computer: ask your helpdesk."
        );
        assert_eq!(
            say(Gap::SingleDevice {
                device: Device::Phone,
                elsewhere: true
            }),
            "All your methods are on your phone: if you lose it, you lose them all. Add one \
             that lives somewhere else."
        );
        assert_eq!(
            say(Gap::SingleDevice {
                device: Device::Phone,
                elsewhere: false
            }),
            "All your methods are on your phone: if you lose it, you lose them all. A method \
             elsewhere would fix it, but none that Contoso accepts can be set up on this \
             computer: ask your helpdesk."
        );
    }

    #[test]
    fn each_gap_has_its_kind() {
        assert_eq!(
            Gap::TooFewMethods {
                required: 1,
                have: 0
            }
            .kind(),
            GapKind::TooFewMethods
        );
        assert_eq!(
            Gap::TooFewPhishingResistant {
                missing: 1,
                options: Vec::new()
            }
            .kind(),
            GapKind::TooFewPhishingResistant
        );
        assert_eq!(
            Gap::SingleDevice {
                device: Device::HardwareKey,
                elsewhere: false
            }
            .kind(),
            GapKind::SingleDevice
        );
    }
}
