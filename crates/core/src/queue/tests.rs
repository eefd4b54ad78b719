//! The queue's rules and facts: ids, what is retried, the give-up and its English, the
//! job's sentence, history lines.

use jiff::Timestamp;

use super::*;
use crate::backoff::{BackoffPolicy, GiveUpReason, RetryAfter};

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
    let AfterInterruption::Fail(give_up) = after_interruption(
        JobKind::RegisterPhone,
        MAX_INTERRUPTIONS,
        Some("Contoso Desk"),
    ) else {
        panic!("the third interruption must fail the job");
    };
    let m = give_up.english();
    assert_eq!(give_up.why, GiveUpWhy::Interrupted { count: 3 });
    assert_eq!(
        m,
        "Your phone could not be added: MFA Ready stopped 3 times in a row while working on it, \
         so it will not try again. Please contact your helpdesk (Contoso Desk)."
    );
    let AfterInterruption::Fail(give_up) = after_interruption(JobKind::VerifyMethods, 4, None)
    else {
        panic!("more than three interruptions fail too");
    };
    let m = give_up.english();
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
    let AfterFailure::Fail(give_up) = after_failure(&i, &BackoffPolicy::default()) else {
        panic!("should give up");
    };
    let msg = give_up.english();
    assert!(msg.contains("until the enrollment deadline"), "{msg}");
    assert!(msg.contains("Contoso Desk, +1 425 555 0100"), "{msg}");
    assert!(msg.contains("req-42"), "{msg}");
    // 72 h after creation.
    let i = input(&e, 2, t("2026-11-25T09:00:00Z"));
    let AfterFailure::Fail(give_up) = after_failure(&i, &BackoffPolicy::default()) else {
        panic!("should give up");
    };
    let msg = give_up.english();
    assert!(msg.contains("3 days"), "{msg}");
}

#[test]
fn bad_request_and_forbidden_fail_at_once_and_401_waits() {
    let now = t("2026-11-22T09:00:00Z");
    let e = JobError::new(ErrorClass::Http, Some(400), "Invalid phone number");
    let AfterFailure::Fail(give_up) = after_failure(&input(&e, 1, now), &BackoffPolicy::default())
    else {
        panic!("400 is final");
    };
    let msg = give_up.english();
    assert!(msg.contains("did not accept this phone number"), "{msg}");
    let e = JobError::new(ErrorClass::Http, Some(403), "Forbidden");
    let AfterFailure::Fail(give_up) = after_failure(&input(&e, 1, now), &BackoffPolicy::default())
    else {
        panic!("403 is final");
    };
    let msg = give_up.english();
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
        let AfterFailure::Fail(give_up) = after_failure(&i, &BackoffPolicy::default()) else {
            panic!("{status} should fail");
        };
        let msg = give_up.english();
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

#[test]
fn an_error_says_its_cause_by_class_and_status() {
    let cause = |c, s| Cause::of(c, s);
    assert_eq!(cause(ErrorClass::Timeout, None), Cause::TimedOut);
    assert_eq!(cause(ErrorClass::Http, Some(504)), Cause::TimedOut);
    assert_eq!(cause(ErrorClass::Connect, None), Cause::Unreachable);
    assert_eq!(cause(ErrorClass::Http, Some(429)), Cause::SlowDown);
    assert_eq!(cause(ErrorClass::Http, Some(503)), Cause::Unavailable);
    assert_eq!(cause(ErrorClass::Http, Some(500)), Cause::ServerError(500));
    assert_eq!(cause(ErrorClass::Http, Some(400)), Cause::Refused);
    assert_eq!(cause(ErrorClass::Http, Some(403)), Cause::PermissionMissing);
    assert_eq!(cause(ErrorClass::Http, Some(404)), Cause::Answered(404));
    assert_eq!(cause(ErrorClass::Http, None), Cause::ServiceFailed);
    assert_eq!(cause(ErrorClass::BreakerOpen, None), Cause::Resting);
    assert_eq!(
        Cause::ServerError(500).english(),
        "the service failed (500)"
    );
    assert_eq!(Cause::Answered(404).status(), Some(404));
    assert_eq!(Cause::TimedOut.status(), None);
    // Every example has its own id (the catalogue's key).
    let ids: std::collections::BTreeSet<&str> = Cause::EXAMPLES.iter().map(|c| c.id()).collect();
    assert_eq!(ids.len(), Cause::EXAMPLES.len());
}

#[test]
fn a_jobs_status_is_facts_and_its_english_is_the_old_sentence() {
    let p = Payload::VerifyMethods;
    let now = t("2026-11-22T09:00:00Z");
    let sign_in = JobError::new(ErrorClass::SignInNeeded, Some(401), "expired");
    let portal = JobError::new(ErrorClass::PortalDown, None, "Lab is still failing");
    let timeout = JobError::new(ErrorClass::Timeout, None, "no answer");
    let view = |state, attempts, next: &str, e: Option<&JobError>| {
        let v = JobView {
            payload: &p,
            state,
            attempts,
            next_attempt_at: t(next),
            last_error: e,
        };
        (Status::of(&v, now), sentence(&v, now))
    };
    let (sign_in, portal, timeout) = (&sign_in, &portal, &timeout);
    let cases = [
        (
            view(JobState::Pending, 1, "2030-01-01T00:00:00Z", Some(sign_in)),
            Status::WaitingForSignIn {
                cause: Cause::SignInNeeded,
            },
            "Checking which methods are registered: you need to sign in, waiting for you to sign in",
        ),
        (
            view(JobState::Pending, 1, "2026-11-22T09:00:00Z", Some(portal)),
            Status::WaitingForPortal {
                cause: Cause::PortalDown,
            },
            "Checking which methods are registered: the portal is still failing, MFA Ready will tell you when it's back",
        ),
        (
            view(JobState::Pending, 0, "2026-11-22T09:02:00Z", None),
            Status::NextTry {
                cause: None,
                wait: Some(jiff::SignedDuration::from_secs(120)),
                attempt: 0,
            },
            "Checking which methods are registered: next try in 2 min",
        ),
        (
            view(JobState::Pending, 2, "2026-11-22T08:00:00Z", Some(timeout)),
            Status::NextTry {
                cause: Some(Cause::TimedOut),
                wait: None,
                attempt: 3,
            },
            "Checking which methods are registered: the service timed out, next try now, attempt 3",
        ),
        (
            view(JobState::InFlight, 0, "2026-11-22T09:00:00Z", None),
            Status::Trying { attempt: 1 },
            "Checking which methods are registered: trying now, attempt 1",
        ),
        (
            view(JobState::Failed, 1, "2026-11-22T09:00:00Z", Some(timeout)),
            Status::Failed {
                cause: Some(Cause::TimedOut),
            },
            "Checking which methods are registered: failed, the service timed out",
        ),
        (
            view(JobState::Cancelled, 1, "2026-11-22T09:00:00Z", None),
            Status::Cancelled,
            "Checking which methods are registered: cancelled",
        ),
    ];
    for ((status, english), want_status, want_english) in cases {
        assert_eq!(status, want_status);
        assert_eq!(english, want_english);
    }
}

#[test]
fn a_portal_action_keeps_a_proper_name_whole() {
    let wait = |method| Payload::ResumePortalStep {
        portal: "My Sign-Ins".into(),
        url: "https://mysignins.microsoft.com/".into(),
        method,
    };
    assert_eq!(
        wait(crate::methods::MethodKind::SecurityKey).action(),
        "Waiting for My Sign-Ins to come back to add your security key"
    );
    assert_eq!(
        wait(crate::methods::MethodKind::WindowsHello).action(),
        "Waiting for My Sign-Ins to come back to add your Windows Hello for Business"
    );
    let phone = |phone_type| Payload::RegisterPhone {
        phone_number: "+1 2065550100".into(),
        phone_type,
    };
    assert_eq!(
        phone(PhoneType::Office).action(),
        "Adding your office phone +1 206 ••• 0100"
    );
}

#[test]
fn notes_are_facts_with_the_number_masked() {
    use crate::methods::MethodKind;
    assert_eq!(
        Note::phone_added("+1 2065550100").english(),
        "Your phone +1 206 ••• 0100 was added"
    );
    assert_eq!(
        Note::phone_there("+1 2065550100").english(),
        "Your phone +1 206 ••• 0100 is registered (the earlier try went through)"
    );
    assert_eq!(
        Note::checked(vec![], 0).english(),
        "Checked: no sign-in methods are registered yet"
    );
    assert_eq!(
        Note::checked(vec![MethodKind::SecurityKey, MethodKind::PhoneSms], 0).english(),
        "Checked: verified Security key, Text message (SMS)"
    );
    assert_eq!(
        Note::checked(vec![MethodKind::SecurityKey], 2).english(),
        "Checked: verified Security key; 2 other sign-in methods were not counted (MFA Ready \
         does not know their kind)"
    );
    // Facts kept before others were counted still read, and none is not written.
    let old: Note = serde_json::from_str(r#"{"note":"checked","methods":["passkey"]}"#).unwrap();
    assert_eq!(old, Note::checked(vec![MethodKind::Passkey], 0));
    assert_eq!(
        serde_json::to_string(&old).unwrap(),
        r#"{"note":"checked","methods":["passkey"]}"#
    );
    let one = serde_json::to_string(&Note::checked(vec![], 1)).unwrap();
    assert_eq!(
        serde_json::from_str::<Note>(&one).unwrap(),
        Note::checked(vec![], 1)
    );
    assert_eq!(
        Note::PortalBack {
            portal: "Lab".into(),
            method: MethodKind::Passkey
        }
        .english(),
        "Lab is back: continue adding your passkey on your phone"
    );
}

/// What the store keeps beside a finished job reads back as the same facts.
#[test]
fn outcomes_and_history_facts_survive_json() {
    let mut e = JobError::new(ErrorClass::Http, Some(503), "ServiceUnavailable");
    e.request_id = Some("req-1".into());
    let give_up = GiveUp::stopped(
        JobKind::RegisterPhone,
        GiveUpReason::DeadlineReached,
        &e,
        Some("Desk"),
    );
    let outcomes = [
        JobOutcome::GaveUp { give_up },
        JobOutcome::Done {
            note: Note::phone_added("+1 2065550100"),
        },
    ];
    for o in outcomes {
        let json = serde_json::to_string(&o).unwrap();
        assert_eq!(
            serde_json::from_str::<JobOutcome>(&json).unwrap(),
            o,
            "{json}"
        );
    }
    let at = t("2026-12-13T09:00:00Z");
    let facts = [
        HistoryFact::Queued,
        HistoryFact::StoppedAfterInterruptions { count: 3 },
        HistoryFact::Retry {
            error: e.clone(),
            at,
        },
        HistoryFact::Held { error: e.clone() },
        HistoryFact::Failed { error: e.clone() },
    ];
    for f in facts {
        let json = serde_json::to_string(&f).unwrap();
        assert_eq!(
            serde_json::from_str::<HistoryFact>(&json).unwrap(),
            f,
            "{json}"
        );
    }
    assert_eq!(
        HistoryFact::Retry {
            error: e.clone(),
            at
        }
        .english(),
        "http 503: ServiceUnavailable (request-id req-1); next try at 2026-12-13T09:00:00Z"
    );
    assert_eq!(
        HistoryFact::StoppedAfterInterruptions { count: 3 }.english(),
        "interrupted 3 times in a row; stopped trying"
    );
    // A service's words in a fact are masked as the line is.
    let leaky = HistoryFact::Failed {
        error: JobError {
            message: "jane@contoso.com refused".into(),
            ..e
        },
    }
    .masked();
    assert!(!leaky.english().contains("jane@contoso.com"), "{leaky:?}");
}

#[test]
fn a_give_up_is_facts_and_its_english_is_the_old_message() {
    let mut e = JobError::new(ErrorClass::Http, Some(404), "NotFound");
    e.request_id = Some("r-7".into());
    let g = GiveUp::refused(JobKind::VerifyMethods, &e, None);
    assert_eq!(
        g.why,
        GiveUpWhy::Refused {
            cause: Cause::Answered(404),
            service: "NotFound".into(),
            reference: Some("r-7".into()),
        }
    );
    assert_eq!(
        g.english(),
        "It did not work: the service answered 404 (NotFound). Please contact your helpdesk \
         and give them the reference r-7."
    );
    let e = JobError::new(ErrorClass::Http, Some(400), "Invalid number");
    let g = GiveUp::refused(JobKind::RegisterPhone, &e, Some("Desk, +1 425 555 0100"));
    assert_eq!(
        g.english(),
        "The service did not accept this phone number (Invalid number). Check the number and \
         try again, or contact your helpdesk (Desk, +1 425 555 0100)."
    );
    let e = JobError::new(ErrorClass::Http, Some(403), "Forbidden");
    let g = GiveUp::refused(JobKind::RegisterPhone, &e, None);
    assert_eq!(g.why, GiveUpWhy::NoConsent { reference: None });
}

/// An org setting (Okta's API off, a scope not granted) is final: never retried, never a
/// wait for sign-in, and said without the service's code in the sentence.
#[test]
fn an_org_setting_is_final_and_said_plainly() {
    for class in [ErrorClass::ApiOff, ErrorClass::ScopeMissing] {
        assert_eq!(classify(class, Some(401), true), Retry::No, "{class:?}");
        assert_eq!(classify(class, Some(403), true), Retry::No, "{class:?}");
        assert!(!crate::fleet::counts_against_host(&JobError::new(
            class,
            Some(401),
            "x"
        )));
    }
    let mut e = JobError::new(
        ErrorClass::ApiOff,
        Some(401),
        "E0000015: You do not have permission (contoso.okta.com)",
    );
    e.request_id = Some("oae1".into());
    let g = GiveUp::refused(JobKind::VerifyMethods, &e, Some("Desk"));
    assert_eq!(
        g.why,
        GiveUpWhy::ApiOff {
            service: "E0000015: You do not have permission (contoso.okta.com)".into(),
            reference: Some("oae1".into())
        }
    );
    assert_eq!(
        g.english(),
        "Your organisation has not turned on the setting MFA Ready needs to read your sign-in \
         methods; IT can turn it on. Please contact your helpdesk (Desk) and give them the \
         reference oae1."
    );
    assert_eq!(e.cause(), Cause::ApiOff);
    let scope = JobError::new(ErrorClass::ScopeMissing, Some(403), "E0000006: no");
    let g = GiveUp::refused(JobKind::VerifyMethods, &scope, None);
    assert!(matches!(g.why, GiveUpWhy::ScopeNotGranted { .. }), "{g:?}");
    assert!(!g.english().contains("UserAuthenticationMethod"));
    assert_eq!(scope.cause(), Cause::PermissionMissing);
}
