//! Outage-aware advice for the overview: when a portal is failing and the
//! deadline is close, one sentence with the facts and what to do.

use jiff::{SignedDuration, Timestamp};

use super::duration::days_or_hours;
use super::phrase::lower_first;

/// One stored portal check, as far as the advice needs it (the store's rows implement it).
pub trait PortalCheck {
    /// The portal's name ("My Sign-Ins").
    fn portal(&self) -> &str;
    fn at(&self) -> Timestamp;
    /// The service blocked this attempt (5xx, 429, a timeout: `report::probe_blocked`).
    fn blocked(&self) -> bool;
}

/// The first portal (by name) whose latest check was blocked, and the first check of
/// that run of blocked checks. `history` is in time order.
pub fn failing_portal<C: PortalCheck>(history: &[C]) -> Option<(&str, Timestamp)> {
    let mut names: Vec<&str> = history.iter().map(PortalCheck::portal).collect();
    names.sort_unstable();
    names.dedup();
    names.into_iter().find_map(|name| {
        let mut rows = history.iter().rev().filter(|c| c.portal() == name);
        let latest = rows.next()?;
        if !latest.blocked() {
            return None;
        }
        let since = std::iter::once(latest)
            .chain(rows.take_while(|c| c.blocked()))
            .last()
            .map(PortalCheck::at)?;
        Some((name, since))
    })
}

/// Close means this near (or past): further away, an outage is not yet the user's problem.
pub const CLOSE: SignedDuration = SignedDuration::from_hours(7 * 24);

/// What the advice is made from.
pub struct OutageInput<'a> {
    /// The failing portal's name ("My Sign-Ins").
    pub portal: &'a str,
    /// The first failing probe of the current run of failures.
    pub failing_since: Timestamp,
    pub deadline: Option<Timestamp>,
    pub ready: bool,
    /// The helpdesk contact sentence ("Call Contoso Service Desk at +1 425 555 0100.").
    pub helpdesk: Option<&'a str>,
    pub now: Timestamp,
}

/// "My Sign-Ins has been failing for 3 h and your deadline is in 2 days. Your
/// attempts are recorded; if it is still down tomorrow morning, call Contoso
/// Service Desk at +1 425 555 0100." `None` when ready, when there is no
/// deadline, or when it is more than [`CLOSE`] away.
pub fn outage_advice(input: &OutageInput<'_>) -> Option<String> {
    let deadline = input.deadline?;
    if input.ready {
        return None;
    }
    let left = deadline.duration_since(input.now);
    if left > CLOSE {
        return None;
    }
    let failing = input.now.duration_since(input.failing_since);
    let failing = if failing >= SignedDuration::from_hours(1) {
        format!("{} h", (failing.as_secs() + 1800) / 3600)
    } else {
        format!("{} min", (failing.as_secs() / 60).max(1))
    };
    let deadline_words = if left.as_secs() <= 0 {
        format!("your deadline passed {} ago", days_or_hours(-left))
    } else {
        format!("your deadline is in {}", days_or_hours(left))
    };
    let contact = input
        .helpdesk
        .map(|h| h.trim().trim_end_matches('.').to_owned())
        .unwrap_or_else(|| "Contact your IT helpdesk".to_owned());
    let act = if left > SignedDuration::from_hours(24) {
        format!(
            "if it is still down tomorrow morning, {}.",
            lower_first(&contact)
        )
    } else {
        format!(
            "{} now: they can extend your deadline or give you a Temporary Access Pass.",
            lower_first(&contact)
        )
    };
    Some(format!(
        "{} has been failing for {failing} and {deadline_words}. Your attempts are recorded; {act}",
        input.portal
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn advise(deadline: Option<&str>, since: &str, ready: bool) -> Option<String> {
        outage_advice(&OutageInput {
            portal: "My Sign-Ins",
            failing_since: ts(since),
            deadline: deadline.map(ts),
            ready,
            helpdesk: Some("Call Contoso Service Desk at +1 425 555 0100."),
            now: ts("2026-12-13T12:00:00Z"),
        })
    }

    #[test]
    fn the_issue_sentence_word_for_word() {
        assert_eq!(
            advise(Some("2026-12-15T16:00:00Z"), "2026-12-13T09:00:00Z", false).unwrap(),
            "My Sign-Ins has been failing for 3 h and your deadline is in 2 days. Your attempts \
             are recorded; if it is still down tomorrow morning, call Contoso Service Desk at \
             +1 425 555 0100."
        );
    }

    #[test]
    fn under_a_day_left_or_overdue_says_call_now() {
        let a = advise(Some("2026-12-13T20:00:00Z"), "2026-12-13T11:40:00Z", false).unwrap();
        assert_eq!(
            a,
            "My Sign-Ins has been failing for 20 min and your deadline is in 8 hours. Your \
             attempts are recorded; call Contoso Service Desk at +1 425 555 0100 now: they can \
             extend your deadline or give you a Temporary Access Pass."
        );
        let b = advise(Some("2026-12-11T12:00:00Z"), "2026-12-13T11:00:00Z", false).unwrap();
        assert!(b.contains("your deadline passed 2 days ago"), "{b}");
    }

    #[test]
    fn silent_when_ready_far_or_without_a_deadline() {
        assert_eq!(
            advise(Some("2026-12-15T16:00:00Z"), "2026-12-13T09:00:00Z", true),
            None
        );
        assert_eq!(
            advise(Some("2027-01-15T16:00:00Z"), "2026-12-13T09:00:00Z", false),
            None
        );
        assert_eq!(advise(None, "2026-12-13T09:00:00Z", false), None);
    }

    struct Check(&'static str, &'static str, bool);

    impl PortalCheck for Check {
        fn portal(&self) -> &str {
            self.0
        }
        fn at(&self) -> Timestamp {
            self.1.parse().unwrap()
        }
        fn blocked(&self) -> bool {
            self.2
        }
    }

    #[test]
    fn the_failing_portal_is_the_one_whose_latest_checks_are_blocked_and_since_when() {
        let history = [
            Check("My Sign-Ins", "2026-12-10T08:00:00Z", false),
            Check("Okta", "2026-12-10T08:00:00Z", true),
            Check("My Sign-Ins", "2026-12-10T09:00:00Z", true),
            Check("Okta", "2026-12-10T09:00:00Z", false),
            Check("My Sign-Ins", "2026-12-10T10:00:00Z", true),
        ];
        assert_eq!(
            failing_portal(&history),
            Some(("My Sign-Ins", "2026-12-10T09:00:00Z".parse().unwrap()))
        );
        assert_eq!(
            failing_portal(&history[..4]).map(|f| f.0),
            Some("My Sign-Ins")
        );
        assert_eq!(failing_portal(&history[..2]).map(|f| f.0), Some("Okta"));
        assert_eq!(failing_portal(&history[..1]), None);
        assert_eq!(failing_portal::<Check>(&[]), None);
    }
}
