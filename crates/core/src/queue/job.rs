//! What a job is: its kind, state and payload (stored as JSON), the phone types, and the
//! error an attempt records (`last_error`). Ids are a contract (`queue list --json`).

use serde::{Deserialize, Serialize};

use crate::mask;
use crate::methods::MethodKind;
use crate::phrase;

/// What a job does. Ids are a contract (`queue list --json`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// `GET /me/authentication/methods`, store the result as verified.
    VerifyMethods,
    /// `POST /me/authentication/phoneMethods`.
    RegisterPhone,
    /// Wait for a failing portal to come back, then tell the user.
    ResumePortalStep,
}

impl JobKind {
    pub const ALL: [JobKind; 3] = [
        JobKind::VerifyMethods,
        JobKind::RegisterPhone,
        JobKind::ResumePortalStep,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::VerifyMethods => "verify_methods",
            Self::RegisterPhone => "register_phone",
            Self::ResumePortalStep => "resume_portal_step",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// Whether repeating the request can do no harm (a GET, or a probe).
    pub fn idempotent(self) -> bool {
        !matches!(self, Self::RegisterPhone)
    }
}

/// Where a job is. Ids are a contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobState {
    Pending,
    InFlight,
    Succeeded,
    Failed,
    Cancelled,
}

impl JobState {
    pub const ALL: [JobState; 5] = [
        JobState::Pending,
        JobState::InFlight,
        JobState::Succeeded,
        JobState::Failed,
        JobState::Cancelled,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::InFlight => "in_flight",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    /// No further attempts will be made.
    pub fn is_terminal(self) -> bool {
        matches!(self, Self::Succeeded | Self::Failed | Self::Cancelled)
    }

    /// Whether "Cancel" and "Retry now" apply.
    pub fn is_open(self) -> bool {
        matches!(self, Self::Pending | Self::InFlight)
    }
}

/// The phone types Graph accepts. Ids are Graph's (a contract for `--type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PhoneType {
    #[serde(rename = "mobile")]
    Mobile,
    #[serde(rename = "alternateMobile")]
    AlternateMobile,
    #[serde(rename = "office")]
    Office,
}

impl PhoneType {
    pub const ALL: [PhoneType; 3] = [
        PhoneType::Mobile,
        PhoneType::AlternateMobile,
        PhoneType::Office,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Mobile => "mobile",
            Self::AlternateMobile => "alternateMobile",
            Self::Office => "office",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Mobile => "mobile",
            Self::AlternateMobile => "alternate mobile",
            Self::Office => "office phone",
        }
    }
}

/// What a job carries (stored as JSON; phone numbers in E.164-like Graph form).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Payload {
    VerifyMethods,
    RegisterPhone {
        /// `+1 2065550100` (validated before the job is written).
        phone_number: String,
        phone_type: PhoneType,
    },
    ResumePortalStep {
        portal: String,
        url: String,
        method: MethodKind,
    },
}

impl Payload {
    pub fn kind(&self) -> JobKind {
        match self {
            Self::VerifyMethods => JobKind::VerifyMethods,
            Self::RegisterPhone { .. } => JobKind::RegisterPhone,
            Self::ResumePortalStep { .. } => JobKind::ResumePortalStep,
        }
    }

    /// What the job is doing, for the user ("Adding your phone +1 206 ••• 0100").
    pub fn action(&self) -> String {
        match self {
            Self::VerifyMethods => "Checking which methods are registered".to_owned(),
            Self::RegisterPhone {
                phone_number,
                phone_type,
            } => {
                let what = if *phone_type == PhoneType::Mobile {
                    "phone".to_owned()
                } else {
                    phone_type.label().to_owned()
                };
                format!("Adding your {what} {}", mask::mask_phone(phone_number))
            }
            Self::ResumePortalStep { portal, method, .. } => {
                format!(
                    "Waiting for {portal} to come back to add your {}",
                    phrase::name_in_sentence(method.name())
                )
            }
        }
    }
}

/// Why an attempt failed. Ids are a contract (`last_error.class`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorClass {
    /// No answer in time (the request may have arrived).
    Timeout,
    /// Could not connect (nothing was sent).
    Connect,
    /// An HTTP status answer; see [`classify_status`].
    Http,
    /// 401 and the refresh did not help: the user must sign in.
    SignInNeeded,
    /// The host's circuit breaker is open (nothing sent).
    BreakerOpen,
    /// The portal probe still says it is failing.
    PortalDown,
    /// The answer could not be understood.
    Protocol,
    /// Anything else on this side (store, configuration).
    Local,
    /// The service is not turned on for the organisation (Okta's E0000015: the
    /// MyAccount API is off): IT's setting, neither retried nor a sign-in loop.
    ApiOff,
    /// The sign-in lacks the permission the call needs (Okta's E0000006: the scope
    /// was not granted): sign in again, or IT grants it; not retried.
    ScopeMissing,
}

impl ErrorClass {
    pub const ALL: [ErrorClass; 10] = [
        Self::Timeout,
        Self::Connect,
        Self::Http,
        Self::SignInNeeded,
        Self::BreakerOpen,
        Self::PortalDown,
        Self::Protocol,
        Self::Local,
        Self::ApiOff,
        Self::ScopeMissing,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Self::Timeout => "timeout",
            Self::Connect => "connect",
            Self::Http => "http",
            Self::SignInNeeded => "sign_in_needed",
            Self::BreakerOpen => "breaker_open",
            Self::PortalDown => "portal_down",
            Self::Protocol => "protocol",
            Self::Local => "local",
            Self::ApiOff => "api_off",
            Self::ScopeMissing => "scope_missing",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A failed attempt, as recorded on the job (`last_error`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobError {
    pub class: ErrorClass,
    /// HTTP status, when there was one.
    pub status: Option<u16>,
    /// One line; phone numbers and e-mail addresses masked.
    pub message: String,
    /// The service's request id (Graph `innerError.request-id`), for helpdesk.
    pub request_id: Option<String>,
}

impl JobError {
    pub fn new(class: ErrorClass, status: Option<u16>, message: &str) -> Self {
        Self {
            class,
            status,
            message: mask::mask_text(message),
            request_id: None,
        }
    }

    /// The job history's line for this error: `http 504: Gateway Timeout
    /// (request-id abc)`. [`super::parse_history_detail`] reads it back.
    pub fn history_detail(&self) -> String {
        let mut s = match self.status {
            Some(st) => format!("{} {st}: {}", self.class.id(), self.message),
            None => format!("{}: {}", self.class.id(), self.message),
        };
        if let Some(r) = &self.request_id {
            s.push_str(&format!(" (request-id {r})"));
        }
        s
    }
}
