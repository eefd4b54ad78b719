//! How a job ended, as facts: the [`Note`] of a job that succeeded and the [`GiveUp`] of
//! one that failed for good, together a [`JobOutcome`] (kept beside the job, so the window
//! words a finished job in its own language). Their English is what the store's
//! `outcome` column, the job's history and `queue list --json` keep saying.

use serde::{Deserialize, Serialize};

use super::job::{ErrorClass, JobError, JobKind};
use super::status::Cause;
use crate::backoff::GiveUpReason;
use crate::mask;
use crate::methods::MethodKind;
use crate::phrase;

/// What a job that succeeded did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "note", rename_all = "snake_case")]
pub enum Note {
    /// `verify_methods`: the methods the service lists (none: nothing registered yet),
    /// and how many more it lists of a kind MFA Ready does not know (an Okta
    /// authenticator such as Duo or a custom app; never counted). Absent in facts kept
    /// before it was counted: 0.
    Checked {
        methods: Vec<MethodKind>,
        #[serde(default, skip_serializing_if = "is_zero")]
        others: u32,
    },
    /// A phone found registered before sending again: the earlier try went through.
    PhoneThere { phone: String },
    /// A phone added (the number masked).
    PhoneAdded { phone: String },
    /// The portal a `resume_portal_step` job waited for is back.
    PortalBack { portal: String, method: MethodKind },
}

impl Note {
    /// A phone's note, its number masked here whatever was given.
    pub fn phone_added(number: &str) -> Self {
        Self::PhoneAdded {
            phone: mask::mask_phone(number),
        }
    }

    /// As [`Note::phone_added`], for a phone that was there already.
    pub fn phone_there(number: &str) -> Self {
        Self::PhoneThere {
            phone: mask::mask_phone(number),
        }
    }

    /// A list's note: the kinds verified and how many others were not counted.
    pub fn checked(methods: Vec<MethodKind>, others: usize) -> Self {
        Self::Checked {
            methods,
            others: u32::try_from(others).unwrap_or(u32::MAX),
        }
    }

    /// In English ("Your phone +1 206 ••• 0100 was added").
    pub fn english(&self) -> String {
        match self {
            Self::Checked { methods, others } => {
                let checked = if methods.is_empty() {
                    "Checked: no sign-in methods are registered yet".to_owned()
                } else {
                    let names: Vec<&str> = methods.iter().map(|k| k.name()).collect();
                    format!("Checked: verified {}", names.join(", "))
                };
                match others {
                    0 => checked,
                    1 => format!(
                        "{checked}; 1 other sign-in method was not counted (MFA Ready does not know its kind)"
                    ),
                    n => format!(
                        "{checked}; {n} other sign-in methods were not counted (MFA Ready does not know their kind)"
                    ),
                }
            }
            Self::PhoneThere { phone } => {
                format!("Your phone {phone} is registered (the earlier try went through)")
            }
            Self::PhoneAdded { phone } => format!("Your phone {phone} was added"),
            Self::PortalBack { portal, method } => format!(
                "{portal} is back: continue adding your {}",
                phrase::name_in_sentence(method.name())
            ),
        }
    }
}

/// Why a job failed for good, with what the user needs to get help.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GiveUp {
    pub kind: JobKind,
    pub why: GiveUpWhy,
    /// The helpdesk as the policy named it then ("Contoso Desk, +1 425 555 0100"): the
    /// policy's own text, whole, so the user can call it.
    pub helpdesk: Option<String>,
}

/// The reason in a [`GiveUp`]. What came from the service (its message, its reference)
/// is masked when the facts are made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum GiveUpWhy {
    /// 400 to a new phone: the service did not accept the number (its words).
    PhoneRejected { service: String },
    /// 403: the organisation has not consented.
    NoConsent { reference: Option<String> },
    /// The organisation has not turned on the API MFA Ready reads (Okta's
    /// E0000015): IT must; `service` the service's words (for the details, never in
    /// the sentence), `reference` its error id.
    ApiOff {
        service: String,
        reference: Option<String>,
    },
    /// The sign-in was not granted the permission to read the methods (Okta's
    /// E0000006): sign in again, or IT grants it to the app.
    ScopeNotGranted {
        service: String,
        reference: Option<String>,
    },
    /// Any other final answer: why, the service's words and its reference.
    Refused {
        cause: Cause,
        service: String,
        reference: Option<String>,
    },
    /// Retried until the job was 3 days old or the deadline came.
    StoppedTrying {
        reason: GiveUpReason,
        cause: Cause,
        reference: Option<String>,
    },
    /// Interrupted this many times in a row (a crash or a panic while working on it).
    Interrupted { count: u32 },
}

impl GiveUp {
    /// The give-up after a final answer `e` (see `rules::after_failure`).
    pub fn refused(kind: JobKind, e: &JobError, helpdesk: Option<&str>) -> Self {
        let why = match (kind, e.status) {
            _ if e.class == ErrorClass::ApiOff => GiveUpWhy::ApiOff {
                service: service_text(e),
                reference: reference(e),
            },
            _ if e.class == ErrorClass::ScopeMissing => GiveUpWhy::ScopeNotGranted {
                service: service_text(e),
                reference: reference(e),
            },
            (JobKind::RegisterPhone, Some(400)) => GiveUpWhy::PhoneRejected {
                service: service_text(e),
            },
            (_, Some(403)) => GiveUpWhy::NoConsent {
                reference: reference(e),
            },
            _ => GiveUpWhy::Refused {
                cause: e.cause(),
                service: service_text(e),
                reference: reference(e),
            },
        };
        Self::new(kind, why, helpdesk)
    }

    /// The give-up after retrying for too long.
    pub fn stopped(
        kind: JobKind,
        reason: GiveUpReason,
        e: &JobError,
        helpdesk: Option<&str>,
    ) -> Self {
        let why = GiveUpWhy::StoppedTrying {
            reason,
            cause: e.cause(),
            reference: reference(e),
        };
        Self::new(kind, why, helpdesk)
    }

    pub fn new(kind: JobKind, why: GiveUpWhy, helpdesk: Option<&str>) -> Self {
        Self {
            kind,
            why,
            helpdesk: helpdesk.map(str::to_owned),
        }
    }

    /// In English: what went wrong, then whom to contact ("… Please contact your
    /// helpdesk (Contoso Desk, +1 425 555 0100) and give them the reference r-1.").
    pub fn english(&self) -> String {
        let contact = self.helpdesk.as_deref().map_or_else(
            || "your helpdesk".to_owned(),
            |h| format!("your helpdesk ({h})"),
        );
        let give_ref = |r: &Option<String>| {
            r.as_ref()
                .map(|r| format!(" and give them the reference {r}"))
                .unwrap_or_default()
        };
        let head = failure_action(self.kind);
        match &self.why {
            GiveUpWhy::PhoneRejected { service } => format!(
                "The service did not accept this phone number ({service}). Check the number and try again, or contact {contact}."
            ),
            GiveUpWhy::NoConsent { reference } => format!(
                "Your organisation has not allowed MFA Ready to do this (missing consent for UserAuthenticationMethod.ReadWrite). Please contact {contact}{}.",
                give_ref(reference)
            ),
            GiveUpWhy::ApiOff { reference, .. } => format!(
                "Your organisation has not turned on the setting MFA Ready needs to read your sign-in methods; IT can turn it on. Please contact {contact}{}.",
                give_ref(reference)
            ),
            GiveUpWhy::ScopeNotGranted { reference, .. } => format!(
                "MFA Ready was not allowed to read your sign-in methods. Sign in again; if that does not help, IT must allow it. Please contact {contact}{}.",
                give_ref(reference)
            ),
            GiveUpWhy::Refused {
                cause,
                service,
                reference,
            } => format!(
                "It did not work: {} ({service}). Please contact {contact}{}.",
                cause.english(),
                give_ref(reference)
            ),
            GiveUpWhy::StoppedTrying {
                reason,
                cause,
                reference,
            } => {
                let why = match reason {
                    GiveUpReason::MaxAgeExceeded => {
                        "MFA Ready kept trying for 3 days and has stopped"
                    }
                    GiveUpReason::DeadlineReached => {
                        "MFA Ready kept trying until the enrollment deadline and has stopped"
                    }
                };
                format!(
                    "{head}: {why} ({}). Please contact {contact}{}.",
                    cause.english(),
                    give_ref(reference)
                )
            }
            GiveUpWhy::Interrupted { count } => format!(
                "{head}: MFA Ready stopped {} in a row while working on it, so it will not try again. Please contact {contact}.",
                phrase::plural(*count, "time", "times")
            ),
        }
    }
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// How a give-up message starts in English ("Your phone could not be added").
fn failure_action(kind: JobKind) -> &'static str {
    match kind {
        JobKind::VerifyMethods => "Checking your methods did not work",
        JobKind::RegisterPhone => "Your phone could not be added",
        JobKind::ResumePortalStep => "The portal did not come back",
    }
}

/// The service's reference, masked like every text that came from outside.
fn reference(e: &JobError) -> Option<String> {
    e.request_id.as_deref().map(mask::mask_text)
}

/// A give-up masks what came from the service (its message, its reference) and nothing
/// else: the helpdesk contact is the policy's own text and must stay whole.
fn service_text(e: &JobError) -> String {
    mask::mask_text(&e.message)
}

/// How a finished job ended: kept beside the job (`jobs.outcome_facts`) so that the
/// window words it; the English in `jobs.outcome` stays for `queue list --json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum JobOutcome {
    Done { note: Note },
    GaveUp { give_up: GiveUp },
}

impl JobOutcome {
    /// In English (what `jobs.outcome` holds).
    pub fn english(&self) -> String {
        match self {
            Self::Done { note } => note.english(),
            Self::GaveUp { give_up } => give_up.english(),
        }
    }
}
