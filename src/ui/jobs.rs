//! How the window and the command line word the durable queue in the reader's language
//! (`queue.ftl`): what a job does, where it stands (its sentence in "Pending work" and
//! `queue list`), what it did, why it stopped, each history line, and why a phone number
//! cannot be added. All from core's facts (`core::queue`); the English that the store and
//! `queue list --json` keep is core's, and the tests below hold the English catalogue to
//! it. A job finished before its facts were kept is said as it was written.

use jiff::SignedDuration;
use jiff::tz::TimeZone;
use mfa_ready_core::mask::PhoneError;
use mfa_ready_core::queue::{
    Cause, GiveUp, GiveUpWhy, HistoryFact, JobError, JobOutcome, JobState, Note, Payload,
    PhoneType, Status,
};
use mfa_ready_i18n::{Catalog, tr};

use crate::services::queue::{HistoryRow, Job};

use super::names::{self, method_in_sentence};

/// What a job does ("Adding your phone +1 206 ••• 0100"); the number stays masked.
pub fn action(tr: &Catalog, payload: &Payload) -> String {
    match payload {
        Payload::VerifyMethods => tr!(tr, "queue-action-verify"),
        Payload::RegisterPhone {
            phone_number,
            phone_type,
        } => tr!(
            tr,
            "queue-action-phone",
            type = phone_type.id(),
            phone = mfa_ready_core::mask::mask_phone(phone_number)
        ),
        Payload::ResumePortalStep { portal, method, .. } => tr!(
            tr,
            "queue-action-portal",
            portal = portal.clone(),
            method = method_in_sentence(tr, *method)
        ),
    }
}

/// A phone type as the form lists it ("mobile", "office phone").
pub fn phone_type(tr: &Catalog, t: PhoneType) -> String {
    tr!(tr, "queue-phone-type", type = t.id())
}

/// Why an attempt failed, to follow other words ("the service timed out").
pub fn cause(tr: &Catalog, c: Cause) -> String {
    let mut args = mfa_ready_i18n::FluentArgs::new();
    if let Some(s) = c.status() {
        // An HTTP status is a code, not a count: written as it is.
        args.set("status", s.to_string());
    }
    tr.text_with(&format!("queue-cause-{}", c.id()), &args)
}

/// A countdown: "1 min 40 s", "3 h 5 min", "12 s".
pub fn wait(tr: &Catalog, d: SignedDuration) -> String {
    let secs = d.as_secs().max(0);
    let (h, m, s) = (secs / 3600, (secs % 3600) / 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => tr!(tr, "queue-wait-s", s = s),
        (0, m, 0) => tr!(tr, "queue-wait-min", min = m),
        (0, m, s) => tr!(tr, "queue-wait-min-s", min = m, s = s),
        (h, 0, _) => tr!(tr, "queue-wait-h", h = h),
        (h, m, _) => tr!(tr, "queue-wait-h-min", h = h, min = m),
    }
}

/// Where a job stands, after what it does and a colon ("next try in 1 min 40 s").
pub fn status(tr: &Catalog, s: Status) -> String {
    match s {
        Status::Done => tr!(tr, "queue-status-done"),
        Status::Cancelled => tr!(tr, "queue-status-cancelled"),
        Status::Failed { cause: None } => tr!(tr, "queue-status-failed"),
        Status::Failed { cause: Some(c) } => {
            tr!(tr, "queue-status-failed-cause", cause = cause(tr, c))
        }
        Status::Trying { attempt } => tr!(tr, "queue-status-trying", attempt = attempt),
        Status::WaitingForSignIn { cause: c } => {
            tr!(tr, "queue-status-sign-in", cause = cause(tr, c))
        }
        Status::WaitingForPortal { cause: c } => {
            tr!(tr, "queue-status-portal", cause = cause(tr, c))
        }
        Status::NextTry {
            cause: c,
            wait: w,
            attempt,
        } => match (c, w) {
            (None, None) => tr!(tr, "queue-status-next-now", attempt = attempt),
            (None, Some(w)) => tr!(
                tr,
                "queue-status-next-in",
                wait = wait(tr, w),
                attempt = attempt
            ),
            (Some(c), None) => tr!(
                tr,
                "queue-status-cause-next-now",
                cause = cause(tr, c),
                attempt = attempt
            ),
            (Some(c), Some(w)) => tr!(
                tr,
                "queue-status-cause-next-in",
                cause = cause(tr, c),
                wait = wait(tr, w),
                attempt = attempt
            ),
        },
    }
}

/// The job's sentence at `now`, for "Pending work" and `queue list`: how a finished job
/// ended, else what it does and where it stands.
pub fn sentence(tr: &Catalog, job: &Job, now: jiff::Timestamp) -> String {
    if matches!(job.state, JobState::Failed | JobState::Succeeded) {
        match (&job.facts, &job.outcome) {
            (Some(facts), _) => return outcome(tr, facts),
            // Finished before its facts were kept: as it was written.
            (None, Some(english)) => return english.clone(),
            (None, None) => {}
        }
    }
    tr!(
        tr,
        "queue-job",
        action = action(tr, &job.payload),
        status = status(tr, Status::of(&job.view(), now))
    )
}

/// What a job that succeeded did ("Your phone +1 206 ••• 0100 was added").
pub fn note(tr: &Catalog, n: &Note) -> String {
    match n {
        Note::Checked { methods, others } => {
            let checked = if methods.is_empty() {
                tr!(tr, "queue-note-checked-none")
            } else {
                let names: Vec<String> = methods.iter().map(|k| names::method(tr, *k)).collect();
                let list = names.join(&tr!(tr, "queue-list-separator"));
                tr!(tr, "queue-note-checked", methods = list)
            };
            if *others == 0 {
                checked
            } else {
                tr!(
                    tr,
                    "queue-note-checked-others",
                    checked = checked,
                    others = *others
                )
            }
        }
        Note::PhoneThere { phone } => tr!(tr, "queue-note-phone-there", phone = phone.clone()),
        Note::PhoneAdded { phone } => tr!(tr, "queue-note-phone-added", phone = phone.clone()),
        Note::PortalBack { portal, method } => tr!(
            tr,
            "queue-note-portal-back",
            portal = portal.clone(),
            method = method_in_sentence(tr, *method)
        ),
    }
}

/// Why a job stopped for good, then whom to contact.
pub fn give_up(tr: &Catalog, g: &GiveUp) -> String {
    let kind = g.kind.id();
    let (problem, reference) = match &g.why {
        GiveUpWhy::PhoneRejected { service } => {
            let problem = tr!(tr, "queue-give-up-phone", service = service.clone());
            let contact = match &g.helpdesk {
                Some(h) => tr!(tr, "queue-contact-phone-desk", helpdesk = h.clone()),
                None => tr!(tr, "queue-contact-phone"),
            };
            return tr!(tr, "queue-give-up", problem = problem, contact = contact);
        }
        GiveUpWhy::NoConsent { reference } => (tr!(tr, "queue-give-up-consent"), reference),
        GiveUpWhy::ApiOff { reference, .. } => (tr!(tr, "queue-give-up-api-off"), reference),
        GiveUpWhy::ScopeNotGranted { reference, .. } => (tr!(tr, "queue-give-up-scope"), reference),
        GiveUpWhy::Refused {
            cause: c,
            service,
            reference,
        } => (
            tr!(
                tr,
                "queue-give-up-refused",
                cause = cause(tr, *c),
                service = service.clone()
            ),
            reference,
        ),
        GiveUpWhy::StoppedTrying {
            reason,
            cause: c,
            reference,
        } => {
            let c = cause(tr, *c);
            let problem = match reason {
                mfa_ready_core::backoff::GiveUpReason::MaxAgeExceeded => {
                    tr!(tr, "queue-give-up-max-age", kind = kind, cause = c)
                }
                mfa_ready_core::backoff::GiveUpReason::DeadlineReached => {
                    tr!(tr, "queue-give-up-deadline", kind = kind, cause = c)
                }
            };
            (problem, reference)
        }
        GiveUpWhy::Interrupted { count } => (
            tr!(tr, "queue-give-up-interrupted", kind = kind, count = *count),
            &None,
        ),
    };
    let contact = match (&g.helpdesk, reference) {
        (None, None) => tr!(tr, "queue-contact"),
        (Some(h), None) => tr!(tr, "queue-contact-desk", helpdesk = h.clone()),
        (None, Some(r)) => tr!(tr, "queue-contact-ref", reference = r.clone()),
        (Some(h), Some(r)) => tr!(
            tr,
            "queue-contact-desk-ref",
            helpdesk = h.clone(),
            reference = r.clone()
        ),
    };
    tr!(tr, "queue-give-up", problem = problem, contact = contact)
}

/// How a finished job ended.
pub fn outcome(tr: &Catalog, o: &JobOutcome) -> String {
    match o {
        JobOutcome::Done { note: n } => note(tr, n),
        JobOutcome::GaveUp { give_up: g } => give_up(tr, g),
    }
}

/// One history line's words (after its time, state and attempt): from its facts, or as
/// written for a line kept before them. An error's technical line stays beside its cause.
pub fn history_detail(tr: &Catalog, row: &HistoryRow, tz: &TimeZone) -> String {
    let Some(fact) = &row.fact else {
        return row.detail.clone();
    };
    let technical = |e: &JobError| e.history_detail();
    match fact {
        HistoryFact::Queued => tr!(tr, "queue-history-queued"),
        HistoryFact::Sending => tr!(tr, "queue-history-sending"),
        HistoryFact::CancelledByYou => tr!(tr, "queue-history-cancelled"),
        HistoryFact::RetryAsked => tr!(tr, "queue-history-retry-asked"),
        HistoryFact::Interrupted => tr!(tr, "queue-history-interrupted"),
        HistoryFact::StoppedAfterInterruptions { count } => {
            tr!(tr, "queue-history-stopped", count = *count)
        }
        HistoryFact::Done { note: n } => note(tr, n),
        HistoryFact::Retry { error, at } => tr!(
            tr,
            "queue-history-retry",
            cause = cause(tr, error.cause()),
            time = tr.short_date_time_secs(&at.to_zoned(tz.clone())),
            detail = technical(error)
        ),
        HistoryFact::Held { error } => tr!(
            tr,
            "queue-history-held",
            cause = cause(tr, error.cause()),
            detail = technical(error)
        ),
        HistoryFact::Failed { error } => tr!(
            tr,
            "queue-history-failed",
            cause = cause(tr, error.cause()),
            detail = technical(error)
        ),
    }
}

/// Why the form's phone number cannot be added.
pub fn phone_error(tr: &Catalog, e: &PhoneError) -> String {
    match e {
        PhoneError::Empty => tr!(tr, "queue-phone-empty"),
        PhoneError::MissingPlus => tr!(tr, "queue-phone-no-country"),
        PhoneError::InvalidChar(c) => {
            tr!(
                tr,
                "queue-phone-bad-char",
                char = c.escape_debug().to_string()
            )
        }
        PhoneError::UnbalancedParens => tr!(tr, "queue-phone-parentheses"),
        PhoneError::TooShort(n) => tr!(tr, "queue-phone-too-short", digits = *n),
        PhoneError::TooLong(n) => tr!(tr, "queue-phone-too-long", digits = *n),
        PhoneError::BadCountryCode => tr!(tr, "queue-phone-country-zero"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_core::backoff::GiveUpReason;
    use mfa_ready_core::methods::MethodKind;
    use mfa_ready_core::queue::{ErrorClass, JobKind};
    use mfa_ready_i18n::Lang;

    fn t(s: &str) -> jiff::Timestamp {
        s.parse().unwrap()
    }

    fn payloads() -> Vec<Payload> {
        let mut all = vec![Payload::VerifyMethods];
        for phone_type in PhoneType::ALL {
            all.push(Payload::RegisterPhone {
                phone_number: "+1 2065550100".into(),
                phone_type,
            });
        }
        for method in MethodKind::ALL {
            all.push(Payload::ResumePortalStep {
                portal: "My Sign-Ins".into(),
                url: "https://mysignins.microsoft.com/".into(),
                method,
            });
        }
        all
    }

    fn job(payload: Payload, state: JobState, attempts: u32, next: &str) -> Job {
        let at = t("2026-11-22T09:00:00Z");
        Job {
            id: 7,
            kind: payload.kind(),
            payload,
            idempotency_key: "k".into(),
            host: "graph.microsoft.com".into(),
            state,
            attempts,
            next_attempt_at: t(next),
            needs_check: false,
            last_error: None,
            outcome: None,
            facts: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn errors() -> Vec<JobError> {
        let mut with_ref = JobError::new(ErrorClass::Http, Some(503), "ServiceUnavailable");
        with_ref.request_id = Some("req-42".into());
        vec![
            with_ref,
            JobError::new(ErrorClass::Timeout, None, "no answer in 30 s"),
            JobError::new(ErrorClass::Http, Some(400), "Invalid phone number"),
            JobError::new(ErrorClass::Http, Some(403), "Forbidden"),
            JobError::new(ErrorClass::Http, Some(404), "NotFound"),
            JobError::new(ErrorClass::Http, Some(500), "InternalServerError"),
            JobError::new(ErrorClass::SignInNeeded, Some(401), "expired"),
            JobError::new(ErrorClass::PortalDown, None, "Lab is still failing"),
            JobError::new(ErrorClass::BreakerOpen, None, "graph is failing; waiting"),
            JobError::new(ErrorClass::Protocol, None, "not JSON"),
        ]
    }

    fn notes() -> Vec<Note> {
        let mut all = vec![
            Note::checked(Vec::new(), 0),
            Note::checked(MethodKind::ALL.to_vec(), 0),
            Note::checked(vec![MethodKind::Passkey], 1),
            Note::checked(Vec::new(), 3),
            Note::phone_added("+1 2065550100"),
            Note::phone_there("+1 2065550100"),
        ];
        for method in MethodKind::ALL {
            all.push(Note::PortalBack {
                portal: "Lab".into(),
                method,
            });
        }
        all
    }

    fn give_ups() -> Vec<GiveUp> {
        let mut all = Vec::new();
        for kind in JobKind::ALL {
            for helpdesk in [None, Some("Contoso Desk, +1 425 555 0100")] {
                for e in errors() {
                    all.push(GiveUp::refused(kind, &e, helpdesk));
                    for reason in [GiveUpReason::MaxAgeExceeded, GiveUpReason::DeadlineReached] {
                        all.push(GiveUp::stopped(kind, reason, &e, helpdesk));
                    }
                }
                for count in [1, 3, 4] {
                    all.push(GiveUp::new(
                        kind,
                        GiveUpWhy::Interrupted { count },
                        helpdesk,
                    ));
                }
            }
        }
        all
    }

    /// Every job sentence, note, give-up and history line: the English catalogue says
    /// exactly what core keeps in the store and `queue list --json` (one wording, two
    /// places that cannot drift).
    #[test]
    fn the_english_catalogue_is_what_the_store_keeps() {
        let en = Catalog::new(Lang::En);
        let now = t("2026-11-22T09:00:00Z");
        for p in payloads() {
            assert_eq!(action(&en, &p), p.action(), "{p:?}");
        }
        for pt in PhoneType::ALL {
            assert_eq!(phone_type(&en, pt), pt.label());
        }
        for c in Cause::EXAMPLES {
            assert_eq!(cause(&en, c), c.english(), "{c:?}");
        }
        for secs in [1, 12, 60, 100, 3_599, 3_600, 3_900, 90_061] {
            let d = SignedDuration::from_secs(secs);
            assert_eq!(wait(&en, d), mfa_ready_core::duration::compact(d), "{secs}");
        }
        // Every state, with and without an error, due now or later, first try or not.
        for p in payloads() {
            for state in JobState::ALL {
                for (attempts, next) in [(0, "2026-11-22T09:00:00Z"), (2, "2026-11-22T09:01:40Z")] {
                    let mut j = job(p.clone(), state, attempts, next);
                    assert_eq!(sentence(&en, &j, now), j.sentence(now), "{j:?}");
                    for e in errors() {
                        j.last_error = Some(e);
                        assert_eq!(sentence(&en, &j, now), j.sentence(now), "{j:?}");
                    }
                }
            }
        }
        for n in notes() {
            assert_eq!(note(&en, &n), n.english(), "{n:?}");
            let line = HistoryFact::Done { note: n };
            assert_eq!(
                history_detail(&en, &row(&line), &TimeZone::UTC),
                line.english()
            );
        }
        for g in give_ups() {
            assert_eq!(give_up(&en, &g), g.english(), "{g:?}");
        }
        for line in [
            HistoryFact::Queued,
            HistoryFact::Sending,
            HistoryFact::CancelledByYou,
            HistoryFact::RetryAsked,
            HistoryFact::Interrupted,
            HistoryFact::StoppedAfterInterruptions { count: 3 },
        ] {
            assert_eq!(
                history_detail(&en, &row(&line), &TimeZone::UTC),
                line.english()
            );
        }
        // An attempt's error: its cause in words, and the technical line the store keeps.
        for e in errors() {
            let technical = e.history_detail();
            for line in [
                HistoryFact::Retry {
                    error: e.clone(),
                    at: t("2026-12-13T09:00:05Z"),
                },
                HistoryFact::Held { error: e.clone() },
                HistoryFact::Failed { error: e.clone() },
            ] {
                let said = history_detail(&en, &row(&line), &TimeZone::UTC);
                assert!(said.contains(&technical), "{said}");
                assert!(said.contains(&e.cause().english()), "{said}");
            }
        }
    }

    fn row(fact: &HistoryFact) -> HistoryRow {
        HistoryRow {
            at: t("2026-11-22T09:00:00Z"),
            state: JobState::Pending,
            attempt: 1,
            detail: fact.english(),
            fact: Some(fact.clone()),
        }
    }

    /// Every language has every message these build at run time, and says the queue in
    /// its own words: German and Japanese never fall back to English.
    #[test]
    fn every_language_words_the_queue_itself() {
        let now = t("2026-11-22T09:00:00Z");
        let en = Catalog::new(Lang::En);
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for c in Cause::EXAMPLES {
                assert!(
                    tr.has_own(&format!("queue-cause-{}", c.id())),
                    "{lang:?} {c:?}"
                );
            }
            let mut said = Vec::new();
            for p in payloads() {
                let mut j = job(p, JobState::Pending, 2, "2026-11-22T09:01:40Z");
                j.last_error = Some(JobError::new(ErrorClass::Timeout, None, "x"));
                said.push(sentence(&tr, &j, now));
            }
            said.extend(notes().iter().map(|n| note(&tr, n)));
            said.extend(give_ups().iter().map(|g| give_up(&tr, g)));
            for s in &said {
                assert!(!s.contains('…') && !s.contains('{'), "{lang:?}: {s}");
            }
            if matches!(lang, Lang::De | Lang::Ja) {
                let english: Vec<String> = payloads()
                    .into_iter()
                    .map(|p| {
                        let mut j = job(p, JobState::Pending, 2, "2026-11-22T09:01:40Z");
                        j.last_error = Some(JobError::new(ErrorClass::Timeout, None, "x"));
                        sentence(&en, &j, now)
                    })
                    .collect();
                for (s, e) in said.iter().zip(&english) {
                    assert_ne!(s, e, "{lang:?} says it in English");
                }
            }
        }
        let de = Catalog::new(Lang::De);
        let mut j = job(
            payloads()[1].clone(),
            JobState::Pending,
            2,
            "2026-11-22T09:01:40Z",
        );
        j.last_error = Some(JobError::new(ErrorClass::Timeout, None, "x"));
        assert_eq!(
            sentence(&de, &j, now),
            "Ihr Telefon +1 206 ••• 0100 wird hinzugefügt: der Dienst hat nicht rechtzeitig \
             geantwortet, nächster Versuch in 1 Min. 40 Sek., Versuch 3"
        );
        let ja = Catalog::new(Lang::Ja);
        assert!(sentence(&ja, &j, now).contains("+1 206 ••• 0100"));
    }

    /// A job finished before its facts were kept is said as it was written.
    #[test]
    fn an_older_finished_job_keeps_its_words() {
        let de = Catalog::new(Lang::De);
        let mut j = job(
            Payload::VerifyMethods,
            JobState::Succeeded,
            1,
            "2026-11-22T09:00:00Z",
        );
        j.outcome = Some("Checked: verified Security key".into());
        assert_eq!(
            sentence(&de, &j, t("2026-11-22T09:00:00Z")),
            "Checked: verified Security key"
        );
        j.facts = Some(JobOutcome::Done {
            note: Note::checked(vec![MethodKind::SecurityKey], 0),
        });
        assert_ne!(
            sentence(&de, &j, t("2026-11-22T09:00:00Z")),
            "Checked: verified Security key"
        );
        let old = HistoryRow {
            fact: None,
            ..row(&HistoryFact::Queued)
        };
        assert_eq!(history_detail(&de, &old, &TimeZone::UTC), "queued");
    }
}
