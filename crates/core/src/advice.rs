//! Outage-aware advice for the overview: when a portal is failing and the deadline is
//! close, the facts of one piece of advice (which portal, for how long, how near the
//! deadline, when and how to reach the helpdesk). The window words them in the user's
//! language (`readiness.ftl`).

use jiff::{SignedDuration, Timestamp};

use super::duration::{DaysOrHours, days_or_hours};
use super::policy::Helpdesk;

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
    /// The policy's `[helpdesk]`, if it names one.
    pub helpdesk: Option<&'a Helpdesk>,
    pub now: Timestamp,
}

/// The advice, as facts: "My Sign-Ins has been failing for 3 h and your deadline is in
/// 2 days. Your attempts are recorded; if it is still down tomorrow morning, call Contoso
/// Service Desk at +1 425 555 0100."
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutageAdvice {
    /// The failing portal's name.
    pub portal: String,
    pub failing_for: FailingFor,
    pub deadline: DeadlineIs,
    pub call: Call,
    /// How to reach the helpdesk; none when the policy names none ("your IT helpdesk").
    pub helpdesk: Option<Reach>,
}

/// How long the portal has been failing: minutes under an hour (at least 1), else hours
/// rounded to the nearest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailingFor {
    Minutes(i64),
    Hours(i64),
}

/// Where the deadline stands, in one rough unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineIs {
    /// Still ahead, this far away.
    In(DaysOrHours),
    /// Passed (or passing now), this long ago.
    Passed(DaysOrHours),
}

/// When to call the helpdesk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// More than a day left: if the portal is still down tomorrow morning.
    IfStillDownTomorrow,
    /// A day or less left, or overdue: now, for more time or a Temporary Access Pass.
    Now,
}

/// The helpdesk by name and the first way to reach it the policy gives (phone, e-mail,
/// web page), as the reminders name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    /// The helpdesk's name ("Contoso Service Desk").
    pub desk: String,
    pub way: Way,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Way {
    Phone(String),
    Email(String),
    Web(String),
    /// The policy gives the name only.
    NameOnly,
}

impl Reach {
    pub fn of(helpdesk: &Helpdesk) -> Self {
        let way = if let Some(phone) = &helpdesk.phone {
            Way::Phone(phone.clone())
        } else if let Some(email) = &helpdesk.email {
            Way::Email(email.clone())
        } else if let Some(url) = &helpdesk.url {
            Way::Web(url.clone())
        } else {
            Way::NameOnly
        };
        Self {
            desk: helpdesk.name.clone(),
            way,
        }
    }
}

/// The advice, or `None` when ready, when there is no deadline, or when it is more
/// than [`CLOSE`] away.
pub fn outage_advice(input: &OutageInput<'_>) -> Option<OutageAdvice> {
    let deadline = input.deadline?;
    if input.ready {
        return None;
    }
    let left = deadline.duration_since(input.now);
    if left > CLOSE {
        return None;
    }
    let failing = input.now.duration_since(input.failing_since);
    let failing_for = if failing >= SignedDuration::from_hours(1) {
        FailingFor::Hours((failing.as_secs() + 1800) / 3600)
    } else {
        FailingFor::Minutes((failing.as_secs() / 60).max(1))
    };
    let deadline = if left.as_secs() <= 0 {
        DeadlineIs::Passed(days_or_hours(-left))
    } else {
        DeadlineIs::In(days_or_hours(left))
    };
    let call = if left > SignedDuration::from_hours(24) {
        Call::IfStillDownTomorrow
    } else {
        Call::Now
    };
    Some(OutageAdvice {
        portal: input.portal.to_owned(),
        failing_for,
        deadline,
        call,
        helpdesk: input.helpdesk.map(Reach::of),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn desk(phone: bool, email: bool, url: bool) -> Helpdesk {
        Helpdesk {
            name: "Contoso Service Desk".into(),
            url: url.then(|| "https://help.contoso.com/mfa".into()),
            phone: phone.then(|| "+1 425 555 0100".into()),
            email: email.then(|| "servicedesk@contoso.com".into()),
            booking_url: None,
        }
    }

    fn advise(deadline: Option<&str>, since: &str, ready: bool) -> Option<OutageAdvice> {
        let desk = desk(true, false, false);
        outage_advice(&OutageInput {
            portal: "My Sign-Ins",
            failing_since: ts(since),
            deadline: deadline.map(ts),
            ready,
            helpdesk: Some(&desk),
            now: ts("2026-12-13T12:00:00Z"),
        })
    }

    /// The issue's example: failing for 3 hours, the deadline in 2 days, call tomorrow.
    #[test]
    fn the_issue_example_as_facts() {
        assert_eq!(
            advise(Some("2026-12-15T16:00:00Z"), "2026-12-13T09:00:00Z", false),
            Some(OutageAdvice {
                portal: "My Sign-Ins".into(),
                failing_for: FailingFor::Hours(3),
                deadline: DeadlineIs::In(DaysOrHours::Days(2)),
                call: Call::IfStillDownTomorrow,
                helpdesk: Some(Reach {
                    desk: "Contoso Service Desk".into(),
                    way: Way::Phone("+1 425 555 0100".into()),
                }),
            })
        );
    }

    #[test]
    fn under_a_day_left_or_overdue_says_call_now() {
        let a = advise(Some("2026-12-13T20:00:00Z"), "2026-12-13T11:40:00Z", false).unwrap();
        assert_eq!(a.failing_for, FailingFor::Minutes(20));
        assert_eq!(a.deadline, DeadlineIs::In(DaysOrHours::Hours(8)));
        assert_eq!(a.call, Call::Now);
        let b = advise(Some("2026-12-11T12:00:00Z"), "2026-12-13T11:00:00Z", false).unwrap();
        assert_eq!(b.failing_for, FailingFor::Hours(1));
        assert_eq!(b.deadline, DeadlineIs::Passed(DaysOrHours::Days(2)));
        assert_eq!(b.call, Call::Now);
        // Passed a few hours ago; passing this very moment reads as an hour.
        let c = advise(Some("2026-12-13T07:00:00Z"), "2026-12-13T11:59:50Z", false).unwrap();
        assert_eq!(c.deadline, DeadlineIs::Passed(DaysOrHours::Hours(5)));
        assert_eq!(c.failing_for, FailingFor::Minutes(1), "at least a minute");
        let d = advise(Some("2026-12-13T12:00:00Z"), "2026-12-13T11:00:00Z", false).unwrap();
        assert_eq!(d.deadline, DeadlineIs::Passed(DaysOrHours::Hours(1)));
        // Exactly a day left is not more than a day: call now.
        let e = advise(Some("2026-12-14T12:00:00Z"), "2026-12-13T11:00:00Z", false).unwrap();
        assert_eq!(e.deadline, DeadlineIs::In(DaysOrHours::Days(1)));
        assert_eq!(e.call, Call::Now);
    }

    /// Failing hours are rounded to the nearest: 1 h 29 min is 1 h, 1 h 30 min is 2 h.
    #[test]
    fn failing_hours_round_to_the_nearest() {
        let at = |since: &str| {
            advise(Some("2026-12-15T16:00:00Z"), since, false)
                .unwrap()
                .failing_for
        };
        assert_eq!(at("2026-12-13T10:31:00Z"), FailingFor::Hours(1));
        assert_eq!(at("2026-12-13T10:30:00Z"), FailingFor::Hours(2));
        assert_eq!(at("2026-12-13T11:00:01Z"), FailingFor::Minutes(59));
    }

    #[test]
    fn the_helpdesk_is_reached_the_first_way_the_policy_gives() {
        let way = |h: Helpdesk| Reach::of(&h).way;
        assert_eq!(
            way(desk(true, true, true)),
            Way::Phone("+1 425 555 0100".into())
        );
        assert_eq!(
            way(desk(false, true, true)),
            Way::Email("servicedesk@contoso.com".into())
        );
        assert_eq!(
            way(desk(false, false, true)),
            Way::Web("https://help.contoso.com/mfa".into())
        );
        assert_eq!(way(desk(false, false, false)), Way::NameOnly);
        let none = outage_advice(&OutageInput {
            portal: "My Sign-Ins",
            failing_since: ts("2026-12-13T09:00:00Z"),
            deadline: Some(ts("2026-12-15T16:00:00Z")),
            ready: false,
            helpdesk: None,
            now: ts("2026-12-13T12:00:00Z"),
        })
        .unwrap();
        assert_eq!(none.helpdesk, None);
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
        // Exactly a week away is close; a second further is not.
        let week = advise(Some("2026-12-20T12:00:00Z"), "2026-12-13T09:00:00Z", false);
        assert_eq!(
            week.map(|a| a.deadline),
            Some(DeadlineIs::In(DaysOrHours::Days(7)))
        );
        assert_eq!(
            advise(Some("2026-12-20T12:00:01Z"), "2026-12-13T09:00:00Z", false),
            None
        );
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
