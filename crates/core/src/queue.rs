//! The durable retry queue's rules: job kinds, states, error classes, what is
//! retried and when, and the plain sentence shown for a job.
//!
//! Pure: the clock and the jitter draw are passed in. The store and the worker
//! live in `services::queue`.
//!
//! Decisions where the issue was silent:
//! * A job's *attempt* counter counts requests actually tried (a job held by an
//!   open breaker or waiting for sign-in does not use up an attempt).
//! * The backoff exponent is `attempts - 1` (the first retry waits up to 2 s).
//! * 401 → refresh the token once in the same attempt; if that fails the job
//!   moves to `pending` with class `sign_in_needed` and waits (no backoff
//!   growth) until the user signs in ([`ErrorClass::SignInNeeded`]).
//! * 403 and every other 4xx (400, 404, 409, 422 …) fail at once.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::backoff::{self, BackoffPolicy, GiveUpReason, NextAttempt, RetryAfter};
use super::mask;
use super::methods::MethodKind;

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
                    method.name().to_lowercase()
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
}

impl ErrorClass {
    pub const ALL: [ErrorClass; 8] = [
        Self::Timeout,
        Self::Connect,
        Self::Http,
        Self::SignInNeeded,
        Self::BreakerOpen,
        Self::PortalDown,
        Self::Protocol,
        Self::Local,
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
    /// (request-id abc)`. [`parse_history_detail`] reads it back.
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

    /// What happened, for the job's sentence ("the service timed out").
    pub fn plain(&self) -> String {
        match (self.class, self.status) {
            (ErrorClass::Timeout, _) | (ErrorClass::Http, Some(504)) => {
                "the service timed out".to_owned()
            }
            (ErrorClass::Connect, _) => "the service could not be reached".to_owned(),
            (ErrorClass::Http, Some(429)) => "the service asked us to slow down".to_owned(),
            (ErrorClass::Http, Some(502 | 503)) => "the service is unavailable".to_owned(),
            (ErrorClass::Http, Some(s)) if s >= 500 => format!("the service failed ({s})"),
            (ErrorClass::Http, Some(400)) => "the service refused the request".to_owned(),
            (ErrorClass::Http, Some(403)) => "permission is missing".to_owned(),
            (ErrorClass::Http, Some(s)) => format!("the service answered {s}"),
            (ErrorClass::Http, None) => "the service failed".to_owned(),
            (ErrorClass::SignInNeeded, _) => "you need to sign in".to_owned(),
            (ErrorClass::BreakerOpen, _) => {
                "the service is failing, so MFA Ready is giving it a rest".to_owned()
            }
            (ErrorClass::PortalDown, _) => "the portal is still failing".to_owned(),
            (ErrorClass::Protocol, _) => "the answer could not be understood".to_owned(),
            (ErrorClass::Local, _) => "something went wrong on this computer".to_owned(),
        }
    }
}

/// Reads a job history line written from [`JobError::history_detail`] (a retry's
/// "…; next try at …" or a failure). Lines that are not an attempt's error
/// ("held: …", notes) give `None`.
pub fn parse_history_detail(detail: &str) -> Option<JobError> {
    let (head, rest) = detail.split_once(':')?;
    let mut words = head.split(' ');
    let class = ErrorClass::from_id(words.next()?)?;
    let status = match words.next() {
        Some(w) => Some(w.parse::<u16>().ok()?),
        None => None,
    };
    if words.next().is_some() {
        return None;
    }
    let rest = rest.split("; next try at ").next().unwrap_or(rest).trim();
    let (message, request_id) = match rest.rsplit_once(" (request-id ") {
        Some((m, r)) if r.ends_with(')') => (m, Some(r.trim_end_matches(')').to_owned())),
        _ => (rest, None),
    };
    Some(JobError {
        class,
        status,
        message: message.to_owned(),
        request_id,
    })
}

/// Whether a failure is worth another try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Back off and try again.
    Yes,
    /// 401: refresh the token once; if that fails, wait for sign-in.
    RefreshToken,
    /// Give up now (`failed`).
    No,
}

/// The issue's rule: timeouts, connect failures, 429, 502, 503, 504 are retried;
/// 500 only for idempotent calls; 401 refreshes; every other 4xx is final.
pub fn classify(class: ErrorClass, status: Option<u16>, idempotent: bool) -> Retry {
    match class {
        ErrorClass::Timeout | ErrorClass::Connect => Retry::Yes,
        ErrorClass::BreakerOpen | ErrorClass::PortalDown => Retry::Yes,
        ErrorClass::SignInNeeded => Retry::RefreshToken,
        ErrorClass::Protocol | ErrorClass::Local => Retry::No,
        ErrorClass::Http => match status {
            Some(s) => classify_status(s, idempotent),
            None => Retry::No,
        },
    }
}

/// The HTTP part of [`classify`].
pub fn classify_status(status: u16, idempotent: bool) -> Retry {
    match status {
        429 | 502 | 503 | 504 => Retry::Yes,
        500 if idempotent => Retry::Yes,
        401 => Retry::RefreshToken,
        _ => Retry::No,
    }
}

/// What to do with a job after a failed attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterFailure {
    /// Back to `pending`, next attempt at this time.
    RetryAt(Timestamp),
    /// `pending`, waiting for the user to sign in (no timer).
    WaitForSignIn,
    /// `failed`, with this sentence for the user.
    Fail(String),
}

/// Everything [`after_failure`] needs.
#[derive(Debug, Clone, Copy)]
pub struct FailureInput<'a> {
    pub now: Timestamp,
    pub created_at: Timestamp,
    /// Attempts made so far, including the one that just failed (≥ 1).
    pub attempts: u32,
    pub kind: JobKind,
    pub error: &'a JobError,
    pub retry_after: Option<RetryAfter>,
    /// The enrollment deadline, if any.
    pub deadline: Option<Timestamp>,
    /// A uniform draw in [0, 1).
    pub jitter_draw: f64,
    /// "Contoso Service Desk, +1 425 555 0100" or none.
    pub helpdesk: Option<&'a str>,
}

/// "your helpdesk (Contoso Desk, +1 425 555 0100)" or "your helpdesk".
fn contact_phrase(helpdesk: Option<&str>) -> String {
    helpdesk.map_or_else(
        || "your helpdesk".to_owned(),
        |h| format!("your helpdesk ({h})"),
    )
}

/// A job whose claim was interrupted this many times in a row (the process
/// stopped mid-attempt, or processing the job panicked) fails instead of being
/// tried again: a poison job never becomes a crash loop.
pub const MAX_INTERRUPTIONS: u32 = 3;

/// What to do with a job whose attempt was interrupted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AfterInterruption {
    /// Back to `pending`, due now, checking first whether the last try went through.
    RetryNow,
    /// `failed`, with this sentence for the user.
    Fail(String),
}

/// Decides an interrupted job's fate. `interruptions` counts this one too.
pub fn after_interruption(
    kind: JobKind,
    interruptions: u32,
    helpdesk: Option<&str>,
) -> AfterInterruption {
    if interruptions < MAX_INTERRUPTIONS {
        return AfterInterruption::RetryNow;
    }
    AfterInterruption::Fail(format!(
        "{}: MFA Ready stopped {interruptions} times in a row while working on it, so it will not try again. Please contact {}.",
        kind.failure_action(),
        contact_phrase(helpdesk)
    ))
}

/// Decides a failed job's fate: retry (when), wait for sign-in, or fail.
pub fn after_failure(input: &FailureInput<'_>, policy: &BackoffPolicy) -> AfterFailure {
    let contact = contact_phrase(input.helpdesk);
    match classify(
        input.error.class,
        input.error.status,
        input.kind.idempotent(),
    ) {
        Retry::No => AfterFailure::Fail(final_message(input.kind, input.error, &contact)),
        Retry::RefreshToken => AfterFailure::WaitForSignIn,
        Retry::Yes => {
            let exp = input.attempts.saturating_sub(1);
            match backoff::next_attempt(
                input.now,
                input.created_at,
                exp,
                input.jitter_draw,
                input.retry_after,
                input.deadline,
                policy,
            ) {
                NextAttempt::At(t) => AfterFailure::RetryAt(t),
                NextAttempt::GiveUp(reason) => {
                    let why = match reason {
                        GiveUpReason::MaxAgeExceeded => {
                            "MFA Ready kept trying for 3 days and has stopped"
                        }
                        GiveUpReason::DeadlineReached => {
                            "MFA Ready kept trying until the enrollment deadline and has stopped"
                        }
                    };
                    AfterFailure::Fail(format!(
                        "{}: {why} ({}). Please contact {contact}{}.",
                        input.kind_action(),
                        input.error.plain(),
                        request_ref(input.error)
                    ))
                }
            }
        }
    }
}

impl FailureInput<'_> {
    fn kind_action(&self) -> &'static str {
        self.kind.failure_action()
    }
}

impl JobKind {
    /// How a give-up message starts ("Your phone could not be added").
    pub fn failure_action(self) -> &'static str {
        match self {
            JobKind::VerifyMethods => "Checking your methods did not work",
            JobKind::RegisterPhone => "Your phone could not be added",
            JobKind::ResumePortalStep => "The portal did not come back",
        }
    }
}

/// The service's reference, masked like every text that came from outside.
fn request_ref(e: &JobError) -> String {
    e.request_id
        .as_ref()
        .map(|r| format!(" and give them the reference {}", mask::mask_text(r)))
        .unwrap_or_default()
}

/// A give-up sentence masks what came from the service (its message, its
/// reference) and nothing else: the helpdesk contact is the policy's own text and
/// must stay whole, or the user cannot call it.
fn service_text(e: &JobError) -> String {
    mask::mask_text(&e.message)
}

fn final_message(kind: JobKind, e: &JobError, contact: &str) -> String {
    match (kind, e.status) {
        (JobKind::RegisterPhone, Some(400)) => format!(
            "The service did not accept this phone number ({}). Check the number and try again, or contact {contact}.",
            service_text(e)
        ),
        (_, Some(403)) => format!(
            "Your organisation has not allowed MFA Ready to do this (missing consent for UserAuthenticationMethod.ReadWrite). Please contact {contact}{}.",
            request_ref(e)
        ),
        _ => format!(
            "It did not work: {} ({}). Please contact {contact}{}.",
            e.plain(),
            service_text(e),
            request_ref(e)
        ),
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

/// The job's plain sentence:
/// "Adding your phone +1 206 ••• 0100: the service timed out, next try in 1 min 40 s, attempt 3".
pub fn sentence(job: &JobView<'_>, now: Timestamp) -> String {
    let action = job.payload.action();
    match job.state {
        JobState::Succeeded => format!("{action}: done"),
        JobState::Cancelled => format!("{action}: cancelled"),
        JobState::Failed => match job.last_error {
            Some(e) => format!("{action}: failed, {}", e.plain()),
            None => format!("{action}: failed"),
        },
        JobState::InFlight => format!("{action}: trying now, attempt {}", job.attempts.max(1)),
        JobState::Pending => {
            let mut s = action;
            if let Some(e) = job.last_error {
                s.push_str(": ");
                s.push_str(&e.plain());
                if e.class == ErrorClass::SignInNeeded {
                    s.push_str(", waiting for you to sign in");
                    return s;
                }
                if e.class == ErrorClass::PortalDown {
                    s.push_str(", MFA Ready will tell you when it's back");
                    return s;
                }
            } else {
                s.push(':');
            }
            let sep = if job.last_error.is_some() { ", " } else { " " };
            let wait = job.next_attempt_at.duration_since(now);
            if wait.as_secs() <= 0 {
                s.push_str(&format!("{sep}next try now"));
            } else {
                s.push_str(&format!(
                    "{sep}next try in {}",
                    crate::duration::compact(wait)
                ));
            }
            if job.attempts > 0 {
                s.push_str(&format!(", attempt {}", job.attempts + 1));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn ids_round_trip() {
        for k in JobKind::ALL {
            assert_eq!(JobKind::from_id(k.id()), Some(k));
        }
        for s in JobState::ALL {
            assert_eq!(JobState::from_id(s.id()), Some(s));
        }
        for c in ErrorClass::ALL {
            assert_eq!(ErrorClass::from_id(c.id()), Some(c));
        }
        for p in PhoneType::ALL {
            assert_eq!(PhoneType::from_id(p.id()), Some(p));
        }
        assert_eq!(JobState::from_id("done"), None);
        assert_eq!(PhoneType::from_id("Mobile"), None);
    }

    #[test]
    fn a_job_interrupted_three_times_in_a_row_fails_with_the_helpdesk() {
        for n in 1..MAX_INTERRUPTIONS {
            assert_eq!(
                after_interruption(JobKind::RegisterPhone, n, Some("Contoso Desk")),
                AfterInterruption::RetryNow
            );
        }
        let AfterInterruption::Fail(m) = after_interruption(
            JobKind::RegisterPhone,
            MAX_INTERRUPTIONS,
            Some("Contoso Desk"),
        ) else {
            panic!("the third interruption must fail the job");
        };
        assert_eq!(
            m,
            "Your phone could not be added: MFA Ready stopped 3 times in a row while working on it, \
             so it will not try again. Please contact your helpdesk (Contoso Desk)."
        );
        let AfterInterruption::Fail(m) = after_interruption(JobKind::VerifyMethods, 4, None) else {
            panic!("more than three interruptions fail too");
        };
        assert!(m.ends_with("Please contact your helpdesk."), "{m}");
    }

    #[test]
    fn retry_rules_follow_the_issue() {
        for s in [429, 502, 503, 504] {
            assert_eq!(classify_status(s, false), Retry::Yes, "{s}");
            assert_eq!(classify_status(s, true), Retry::Yes, "{s}");
        }
        assert_eq!(classify_status(500, true), Retry::Yes);
        assert_eq!(classify_status(500, false), Retry::No);
        assert_eq!(classify_status(401, false), Retry::RefreshToken);
        for s in [400, 403, 404, 409, 422, 501] {
            assert_eq!(classify_status(s, true), Retry::No, "{s}");
        }
        assert_eq!(classify(ErrorClass::Timeout, None, false), Retry::Yes);
        assert_eq!(classify(ErrorClass::Connect, None, false), Retry::Yes);
        assert_eq!(classify(ErrorClass::Protocol, None, true), Retry::No);
        assert!(!JobKind::RegisterPhone.idempotent());
        assert!(JobKind::VerifyMethods.idempotent());
    }

    fn input<'a>(e: &'a JobError, attempts: u32, now: Timestamp) -> FailureInput<'a> {
        FailureInput {
            now,
            created_at: t("2026-11-22T09:00:00Z"),
            attempts,
            kind: JobKind::RegisterPhone,
            error: e,
            retry_after: None,
            deadline: None,
            jitter_draw: 0.5,
            helpdesk: Some("Contoso Desk, +1 425 555 0100"),
        }
    }

    #[test]
    fn retryable_failure_backs_off_with_full_jitter() {
        let e = JobError::new(ErrorClass::Http, Some(504), "GatewayTimeout");
        let now = t("2026-11-22T09:00:00Z");
        // attempts 1 → exponent 0 → window 2 s, draw 0.5 → 1 s.
        assert_eq!(
            after_failure(&input(&e, 1, now), &BackoffPolicy::default()),
            AfterFailure::RetryAt(t("2026-11-22T09:00:01Z"))
        );
        // attempts 4 → exponent 3 → 16 s window → 8 s.
        assert_eq!(
            after_failure(&input(&e, 4, now), &BackoffPolicy::default()),
            AfterFailure::RetryAt(t("2026-11-22T09:00:08Z"))
        );
    }

    #[test]
    fn retry_after_wins_when_later_and_is_clamped() {
        let e = JobError::new(ErrorClass::Http, Some(429), "TooManyRequests");
        let now = t("2026-11-22T09:00:00Z");
        let mut i = input(&e, 1, now);
        i.retry_after = Some(RetryAfter::Seconds(120));
        assert_eq!(
            after_failure(&i, &BackoffPolicy::default()),
            AfterFailure::RetryAt(t("2026-11-22T09:02:00Z"))
        );
        i.retry_after = Some(RetryAfter::At(t("2026-11-22T15:00:00Z")));
        assert_eq!(
            after_failure(&i, &BackoffPolicy::default()),
            AfterFailure::RetryAt(t("2026-11-22T10:00:00Z"))
        );
    }

    #[test]
    fn gives_up_at_the_deadline_with_helpdesk_and_reference() {
        let mut e = JobError::new(ErrorClass::Http, Some(503), "ServiceUnavailable");
        e.request_id = Some("req-42".to_owned());
        let now = t("2026-11-22T09:00:00Z");
        let mut i = input(&e, 2, now);
        i.deadline = Some(t("2026-11-22T09:00:01Z"));
        i.jitter_draw = 0.99;
        let AfterFailure::Fail(msg) = after_failure(&i, &BackoffPolicy::default()) else {
            panic!("should give up");
        };
        assert!(msg.contains("until the enrollment deadline"), "{msg}");
        assert!(msg.contains("Contoso Desk, +1 425 555 0100"), "{msg}");
        assert!(msg.contains("req-42"), "{msg}");
        // 72 h after creation.
        let i = input(&e, 2, t("2026-11-25T09:00:00Z"));
        let AfterFailure::Fail(msg) = after_failure(&i, &BackoffPolicy::default()) else {
            panic!("should give up");
        };
        assert!(msg.contains("3 days"), "{msg}");
    }

    #[test]
    fn bad_request_and_forbidden_fail_at_once_and_401_waits() {
        let now = t("2026-11-22T09:00:00Z");
        let e = JobError::new(ErrorClass::Http, Some(400), "Invalid phone number");
        let AfterFailure::Fail(msg) = after_failure(&input(&e, 1, now), &BackoffPolicy::default())
        else {
            panic!("400 is final");
        };
        assert!(msg.contains("did not accept this phone number"), "{msg}");
        let e = JobError::new(ErrorClass::Http, Some(403), "Forbidden");
        let AfterFailure::Fail(msg) = after_failure(&input(&e, 1, now), &BackoffPolicy::default())
        else {
            panic!("403 is final");
        };
        assert!(msg.contains("consent"), "{msg}");
        let e = JobError::new(ErrorClass::Http, Some(401), "InvalidAuthenticationToken");
        assert_eq!(
            after_failure(&input(&e, 1, now), &BackoffPolicy::default()),
            AfterFailure::WaitForSignIn
        );
    }

    #[test]
    fn a_final_message_masks_the_service_words_and_keeps_the_helpdesk_whole() {
        // 400 fails at once with the service's message; 500 gives up after 3 days.
        for (status, kind, now) in [
            (400, JobKind::RegisterPhone, t("2026-11-22T09:00:00Z")),
            (500, JobKind::VerifyMethods, t("2026-11-26T09:00:00Z")),
        ] {
            // Built without `new`, as a row read back could be: masked all the same.
            let e = JobError {
                class: ErrorClass::Http,
                status: Some(status),
                message: "alice@contoso.com +1 206 555 0199 broke it".to_owned(),
                request_id: Some("req-9".to_owned()),
            };
            let mut i = input(&e, 1, now);
            i.kind = kind;
            let AfterFailure::Fail(msg) = after_failure(&i, &BackoffPolicy::default()) else {
                panic!("{status} should fail");
            };
            assert!(msg.contains("Contoso Desk, +1 425 555 0100"), "{msg}");
            assert!(!msg.contains("alice@contoso.com"), "{msg}");
            assert!(!msg.contains("555 0199"), "{msg}");
        }
    }

    #[test]
    fn sentence_reads_like_the_issue() {
        let p = Payload::RegisterPhone {
            phone_number: "+1 2065550100".to_owned(),
            phone_type: PhoneType::Mobile,
        };
        let e = JobError::new(ErrorClass::Timeout, None, "timed out");
        let now = t("2026-11-22T09:00:00Z");
        let v = JobView {
            payload: &p,
            state: JobState::Pending,
            attempts: 2,
            next_attempt_at: t("2026-11-22T09:01:40Z"),
            last_error: Some(&e),
        };
        assert_eq!(
            sentence(&v, now),
            "Adding your phone +1 206 ••• 0100: the service timed out, next try in 1 min 40 s, attempt 3"
        );
        let fresh = JobView {
            attempts: 0,
            last_error: None,
            next_attempt_at: now,
            ..v.clone()
        };
        assert_eq!(
            sentence(&fresh, now),
            "Adding your phone +1 206 ••• 0100: next try now"
        );
        let done = JobView {
            state: JobState::Succeeded,
            ..v
        };
        assert_eq!(
            sentence(&done, now),
            "Adding your phone +1 206 ••• 0100: done"
        );
    }

    #[test]
    fn error_messages_are_masked() {
        let e = JobError::new(
            ErrorClass::Http,
            Some(400),
            "phone +1 206 555 0100 of jane@contoso.com rejected",
        );
        assert!(!e.message.contains("555 0100"), "{}", e.message);
        assert!(!e.message.contains("jane@contoso.com"), "{}", e.message);
    }

    #[test]
    fn history_detail_reads_back() {
        let mut e = JobError::new(ErrorClass::Http, Some(504), "Gateway Timeout: upstream");
        e.request_id = Some("7f3c-01".into());
        let line = format!("{}; next try at 2026-12-13T09:00:00Z", e.history_detail());
        assert_eq!(
            line,
            "http 504: Gateway Timeout: upstream (request-id 7f3c-01); next try at 2026-12-13T09:00:00Z"
        );
        assert_eq!(parse_history_detail(&line), Some(e));
        let t = JobError::new(ErrorClass::Timeout, None, "no answer in 30 s");
        assert_eq!(parse_history_detail(&t.history_detail()), Some(t));
        for other in [
            "held: breaker_open: x",
            "sending",
            "interrupted (MFA Ready stopped during an attempt); will check and retry",
            "Your phone was added",
        ] {
            assert_eq!(parse_history_detail(other), None, "{other}");
        }
    }
}
