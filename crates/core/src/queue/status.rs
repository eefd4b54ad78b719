//! Where a job stands, as facts: why its last attempt failed ([`Cause`]) and what is
//! happening to it now ([`Status`]), from which the window and `queue list` word its
//! sentence ("Adding your phone +1 206 ••• 0100: the service timed out, next try in
//! 1 min 40 s, attempt 3"). [`sentence`] is that sentence in English, as `queue list
//! --json` has always given it.

use jiff::{SignedDuration, Timestamp};
use serde::{Deserialize, Serialize};

use super::job::{ErrorClass, JobError, JobState, Payload};

/// Why an attempt failed, as the user hears it: the error's class and HTTP status,
/// reduced to what a person can act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Cause {
    /// No answer in time (a timeout, or 504).
    TimedOut,
    /// Nothing reached the service.
    Unreachable,
    /// 429.
    SlowDown,
    /// 502 or 503.
    Unavailable,
    /// Another 5xx, with its status.
    ServerError(u16),
    /// 400.
    Refused,
    /// 403.
    PermissionMissing,
    /// Any other status.
    Answered(u16),
    /// An HTTP failure without a status.
    ServiceFailed,
    /// 401 and the refresh did not help.
    SignInNeeded,
    /// The host's circuit breaker is open.
    Resting,
    /// The portal probe still says it is failing.
    PortalDown,
    /// The answer could not be understood.
    NotUnderstood,
    /// Something on this computer (store, configuration).
    Local,
    /// The organisation has not turned the service's API on (Okta's E0000015).
    ApiOff,
    /// 407: the network's proxy wants a sign-in before it lets the request through.
    ProxySignIn,
}

impl Cause {
    /// One of each kind, with a status where it carries one (tests of every wording).
    pub const EXAMPLES: [Cause; 16] = [
        Self::TimedOut,
        Self::Unreachable,
        Self::SlowDown,
        Self::Unavailable,
        Self::ServerError(500),
        Self::Refused,
        Self::PermissionMissing,
        Self::Answered(404),
        Self::ServiceFailed,
        Self::SignInNeeded,
        Self::Resting,
        Self::PortalDown,
        Self::NotUnderstood,
        Self::Local,
        Self::ApiOff,
        Self::ProxySignIn,
    ];

    /// The cause of an error of this class and status.
    pub fn of(class: ErrorClass, status: Option<u16>) -> Self {
        match (class, status) {
            (ErrorClass::Timeout, _) | (ErrorClass::Http, Some(504)) => Self::TimedOut,
            (ErrorClass::Connect, _) => Self::Unreachable,
            (ErrorClass::Http, Some(429)) => Self::SlowDown,
            (ErrorClass::Http, Some(502 | 503)) => Self::Unavailable,
            (ErrorClass::Http, Some(s)) if s >= 500 => Self::ServerError(s),
            (ErrorClass::Http, Some(400)) => Self::Refused,
            (ErrorClass::Http, Some(403)) => Self::PermissionMissing,
            (ErrorClass::Http, Some(407)) => Self::ProxySignIn,
            (ErrorClass::Http, Some(s)) => Self::Answered(s),
            (ErrorClass::Http, None) => Self::ServiceFailed,
            (ErrorClass::SignInNeeded, _) => Self::SignInNeeded,
            (ErrorClass::BreakerOpen, _) => Self::Resting,
            (ErrorClass::PortalDown, _) => Self::PortalDown,
            (ErrorClass::Protocol, _) => Self::NotUnderstood,
            (ErrorClass::Local, _) => Self::Local,
            (ErrorClass::ApiOff, _) => Self::ApiOff,
            (ErrorClass::ScopeMissing, _) => Self::PermissionMissing,
        }
    }

    /// A stable id (`timed_out`, `server_error`, …): the catalogue's key.
    pub fn id(self) -> &'static str {
        match self {
            Self::TimedOut => "timed_out",
            Self::Unreachable => "unreachable",
            Self::SlowDown => "slow_down",
            Self::Unavailable => "unavailable",
            Self::ServerError(_) => "server_error",
            Self::Refused => "refused",
            Self::PermissionMissing => "permission_missing",
            Self::Answered(_) => "answered",
            Self::ServiceFailed => "service_failed",
            Self::SignInNeeded => "sign_in_needed",
            Self::Resting => "resting",
            Self::PortalDown => "portal_down",
            Self::NotUnderstood => "not_understood",
            Self::Local => "local",
            Self::ApiOff => "api_off",
            Self::ProxySignIn => "proxy_sign_in",
        }
    }

    /// The HTTP status the wording names, if any.
    pub fn status(self) -> Option<u16> {
        match self {
            Self::ServerError(s) | Self::Answered(s) => Some(s),
            _ => None,
        }
    }

    /// In English, to follow other words ("the service timed out").
    pub fn english(self) -> String {
        match self {
            Self::TimedOut => "the service timed out".to_owned(),
            Self::Unreachable => "the service could not be reached".to_owned(),
            Self::SlowDown => "the service asked us to slow down".to_owned(),
            Self::Unavailable => "the service is unavailable".to_owned(),
            Self::ServerError(s) => format!("the service failed ({s})"),
            Self::Refused => "the service refused the request".to_owned(),
            Self::PermissionMissing => "permission is missing".to_owned(),
            Self::Answered(s) => format!("the service answered {s}"),
            Self::ServiceFailed => "the service failed".to_owned(),
            Self::SignInNeeded => "you need to sign in".to_owned(),
            Self::Resting => "the service is failing, so MFA Ready is giving it a rest".to_owned(),
            Self::PortalDown => "the portal is still failing".to_owned(),
            Self::NotUnderstood => "the answer could not be understood".to_owned(),
            Self::Local => "something went wrong on this computer".to_owned(),
            Self::ApiOff => "your organisation has not turned on what MFA Ready needs".to_owned(),
            Self::ProxySignIn => "your network's proxy needs a sign-in".to_owned(),
        }
    }
}

impl JobError {
    /// Why it failed, as the user hears it (from the class and the status).
    pub fn cause(&self) -> Cause {
        Cause::of(self.class, self.status)
    }

    /// What happened, in core's English ("the service timed out").
    pub fn plain(&self) -> String {
        self.cause().english()
    }
}

/// What the "Pending work" panel and `queue list` need of a job.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobView<'a> {
    pub payload: &'a Payload,
    pub state: JobState,
    pub attempts: u32,
    pub next_attempt_at: Timestamp,
    pub last_error: Option<&'a JobError>,
}

/// What is happening to a job now: the part of its sentence after what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    Cancelled,
    /// Failed, with why when the last attempt said.
    Failed {
        cause: Option<Cause>,
    },
    /// An attempt is under way (its number, from 1).
    Trying {
        attempt: u32,
    },
    /// Held until the user signs in.
    WaitingForSignIn {
        cause: Cause,
    },
    /// Waiting for a failing portal; the user is told when it is back.
    WaitingForPortal {
        cause: Cause,
    },
    /// Waiting for its next try: why the last one failed, if one did; how long until
    /// the next (`None`: now); which attempt that will be (0 for the first).
    NextTry {
        cause: Option<Cause>,
        wait: Option<SignedDuration>,
        attempt: u32,
    },
}

impl Status {
    /// A job's status at `now`.
    pub fn of(job: &JobView<'_>, now: Timestamp) -> Self {
        let cause = job.last_error.map(JobError::cause);
        match job.state {
            JobState::Succeeded => Self::Done,
            JobState::Cancelled => Self::Cancelled,
            JobState::Failed => Self::Failed { cause },
            JobState::InFlight => Self::Trying {
                attempt: job.attempts.max(1),
            },
            JobState::Pending => match (job.last_error.map(|e| e.class), cause) {
                (Some(ErrorClass::SignInNeeded), Some(cause)) => Self::WaitingForSignIn { cause },
                (Some(ErrorClass::PortalDown), Some(cause)) => Self::WaitingForPortal { cause },
                _ => {
                    let wait = job.next_attempt_at.duration_since(now);
                    Self::NextTry {
                        cause,
                        wait: (wait.as_secs() > 0).then_some(wait),
                        attempt: if job.attempts > 0 {
                            job.attempts + 1
                        } else {
                            0
                        },
                    }
                }
            },
        }
    }

    /// In English, after the job's action and a colon.
    pub fn english(self) -> String {
        match self {
            Self::Done => "done".to_owned(),
            Self::Cancelled => "cancelled".to_owned(),
            Self::Failed { cause: None } => "failed".to_owned(),
            Self::Failed { cause: Some(c) } => format!("failed, {}", c.english()),
            Self::Trying { attempt } => format!("trying now, attempt {attempt}"),
            Self::WaitingForSignIn { cause } => {
                format!("{}, waiting for you to sign in", cause.english())
            }
            Self::WaitingForPortal { cause } => {
                format!(
                    "{}, MFA Ready will tell you when it's back",
                    cause.english()
                )
            }
            Self::NextTry {
                cause,
                wait,
                attempt,
            } => {
                let mut s = cause
                    .map(|c| format!("{}, ", c.english()))
                    .unwrap_or_default();
                match wait {
                    None => s.push_str("next try now"),
                    Some(w) => {
                        s.push_str(&format!("next try in {}", crate::duration::compact(w)));
                    }
                }
                if attempt > 0 {
                    s.push_str(&format!(", attempt {attempt}"));
                }
                s
            }
        }
    }
}

/// The job's plain sentence in English (what `queue list --json` gives as `sentence`):
/// "Adding your phone +1 206 ••• 0100: the service timed out, next try in 1 min 40 s, attempt 3".
pub fn sentence(job: &JobView<'_>, now: Timestamp) -> String {
    format!(
        "{}: {}",
        job.payload.action(),
        Status::of(job, now).english()
    )
}
