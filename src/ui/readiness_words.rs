//! Core's readiness facts in the reader's language (`readiness.ftl`), for the window and
//! `mfa-ready status`: what is missing (a gap), why a registered method does not count,
//! and the outage advice. Each is one whole message per shape, chosen here; nothing is
//! glued from fragments. Core keeps the gaps' English for `status --json`, `check` and the
//! report, and the tests below keep the English catalogue equal to it.

use mfa_ready_core::advice::{Call, DeadlineIs, FailingFor, OutageAdvice, Way};
use mfa_ready_core::duration::DaysOrHours;
use mfa_ready_core::readiness::{self, Gap, NotCounted, NotCountedWhy};
use mfa_ready_i18n::{Catalog, tr};

use super::names;

/// A gap as one sentence: "Contoso requires 2 sign-in methods and you have 0. Add 2 more."
pub fn gap(tr: &Catalog, g: &Gap, organization: &str) -> String {
    readiness::said::gap(tr, g, organization)
}

#[cfg(test)]
fn or_list(tr: &Catalog, items: &[String]) -> String {
    readiness::said::or_list(tr, items)
}

/// Why a registered method does not count: "Phone call is not accepted by Contoso."
pub fn not_counted(tr: &Catalog, n: &NotCounted, organization: &str) -> String {
    let method = names::method(tr, n.kind);
    match n.why {
        NotCountedWhy::RecoveryOnly => tr!(tr, "not-counted-recovery-only", method = method),
        NotCountedWhy::NotAllowed => tr!(
            tr,
            "not-counted-not-allowed",
            method = method,
            organization = organization.to_owned()
        ),
    }
}

/// The outage advice: what is happening, then what to do. "My Sign-Ins has been failing
/// for 3 h and your deadline is in 2 days. Your attempts are recorded; if it is still
/// down tomorrow morning, call Contoso Service Desk at +1 425 555 0100."
pub fn outage(tr: &Catalog, a: &OutageAdvice) -> String {
    let facts = outage_facts(tr, a);
    let act = outage_act(tr, a);
    tr!(tr, "outage-advice", facts = facts, act = act)
}

/// "My Sign-Ins has been failing for 3 h and your deadline is in 2 days."
fn outage_facts(tr: &Catalog, a: &OutageAdvice) -> String {
    use DaysOrHours::{Days, Hours};
    use DeadlineIs::{In, Passed};
    let portal = a.portal.clone();
    match (a.failing_for, a.deadline) {
        (FailingFor::Hours(f), In(Days(l))) => {
            tr!(
                tr,
                "outage-hours-in-days",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Hours(f), In(Hours(l))) => {
            tr!(
                tr,
                "outage-hours-in-hours",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Hours(f), Passed(Days(l))) => {
            tr!(
                tr,
                "outage-hours-passed-days",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Hours(f), Passed(Hours(l))) => {
            tr!(
                tr,
                "outage-hours-passed-hours",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Minutes(f), In(Days(l))) => {
            tr!(
                tr,
                "outage-minutes-in-days",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Minutes(f), In(Hours(l))) => {
            tr!(
                tr,
                "outage-minutes-in-hours",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Minutes(f), Passed(Days(l))) => {
            tr!(
                tr,
                "outage-minutes-passed-days",
                portal = portal,
                failing = f,
                left = l
            )
        }
        (FailingFor::Minutes(f), Passed(Hours(l))) => {
            tr!(
                tr,
                "outage-minutes-passed-hours",
                portal = portal,
                failing = f,
                left = l
            )
        }
    }
}

/// "Your attempts are recorded; if it is still down tomorrow morning, call …": when, and
/// the first way to reach the helpdesk.
fn outage_act(tr: &Catalog, a: &OutageAdvice) -> String {
    let Some(reach) = &a.helpdesk else {
        return match a.call {
            Call::IfStillDownTomorrow => tr!(tr, "outage-later"),
            Call::Now => tr!(tr, "outage-now"),
        };
    };
    let desk = reach.desk.clone();
    match (a.call, &reach.way) {
        (Call::IfStillDownTomorrow, Way::Phone(phone)) => tr!(
            tr,
            "outage-later-phone",
            helpdesk = desk,
            phone = phone.clone()
        ),
        (Call::IfStillDownTomorrow, Way::Email(email)) => tr!(
            tr,
            "outage-later-email",
            helpdesk = desk,
            email = email.clone()
        ),
        (Call::IfStillDownTomorrow, Way::Web(url)) => {
            tr!(tr, "outage-later-web", helpdesk = desk, url = url.clone())
        }
        (Call::IfStillDownTomorrow, Way::NameOnly) => {
            tr!(tr, "outage-later-name", helpdesk = desk)
        }
        (Call::Now, Way::Phone(phone)) => tr!(
            tr,
            "outage-now-phone",
            helpdesk = desk,
            phone = phone.clone()
        ),
        (Call::Now, Way::Email(email)) => tr!(
            tr,
            "outage-now-email",
            helpdesk = desk,
            email = email.clone()
        ),
        (Call::Now, Way::Web(url)) => tr!(tr, "outage-now-web", helpdesk = desk, url = url.clone()),
        (Call::Now, Way::NameOnly) => tr!(tr, "outage-now-name", helpdesk = desk),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_core::advice::Reach;
    use mfa_ready_core::device::CheckId;
    use mfa_ready_core::methods::{Device, MethodKind};
    use mfa_ready_i18n::Lang;

    /// Every shape of every gap: the options' lists of every length, each device.
    fn every_gap() -> Vec<Gap> {
        let mut gaps = Vec::new();
        for (required, have) in [(1, 0), (2, 0), (2, 1), (3, 1)] {
            gaps.push(Gap::TooFewMethods { required, have });
        }
        let pr = [
            MethodKind::Passkey,
            MethodKind::SecurityKey,
            MethodKind::WindowsHello,
            MethodKind::Certificate,
        ];
        for missing in [1, 2] {
            for n in 0..=pr.len() {
                gaps.push(Gap::TooFewPhishingResistant {
                    missing,
                    options: pr[..n].to_vec(),
                });
            }
        }
        for device in Device::ALL {
            for elsewhere in [true, false] {
                gaps.push(Gap::SingleDevice { device, elsewhere });
            }
        }
        for n in 1..=CheckId::ALL.len() {
            gaps.push(Gap::Device {
                checks: CheckId::ALL[..n].to_vec(),
            });
        }
        gaps
    }

    /// The English catalogue says each gap exactly as core does (`status --json`,
    /// `check` and the report say core's): one wording, two places that cannot drift.
    #[test]
    fn the_english_catalogue_says_each_gap_as_core_does() {
        let en = Catalog::new(Lang::En);
        for g in every_gap() {
            assert_eq!(gap(&en, &g, "Contoso"), g.sentence("Contoso"), "{g:?}");
        }
    }

    /// Every language words every gap and reason itself (no English fallback, no "…"),
    /// with the organisation and the numbers in it.
    #[test]
    fn every_language_words_every_gap_and_reason() {
        let en = Catalog::new(Lang::En);
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for g in every_gap() {
                let said = gap(&tr, &g, "Contoso");
                assert!(
                    !said.contains('…') && !said.contains('{'),
                    "{lang:?}: {said}"
                );
                if lang != Lang::En {
                    assert_ne!(said, gap(&en, &g, "Contoso"), "{lang:?} {g:?}");
                }
                match &g {
                    Gap::TooFewMethods { required, .. } => {
                        assert!(said.contains("Contoso"), "{lang:?}: {said}");
                        assert!(said.contains(&required.to_string()), "{lang:?}: {said}");
                    }
                    Gap::TooFewPhishingResistant { options, .. } => {
                        for k in options {
                            let name = names::method(&tr, *k);
                            assert!(said.contains(&name), "{lang:?}: {said}");
                        }
                        if options.is_empty() {
                            assert!(said.contains("Contoso"), "{lang:?}: {said}");
                        }
                    }
                    Gap::SingleDevice { device, elsewhere } => {
                        let name = names::device(&tr, *device);
                        assert!(said.contains(&name), "{lang:?}: {said}");
                        assert_eq!(said.contains("Contoso"), !elsewhere, "{lang:?}: {said}");
                    }
                    Gap::Device { checks } => {
                        assert!(said.contains("Contoso"), "{lang:?}: {said}");
                        for c in checks {
                            let name = names::device_check(&tr, *c);
                            assert!(said.contains(&name), "{lang:?}: {said}");
                        }
                    }
                }
            }
            for kind in MethodKind::ALL {
                for why in NotCountedWhy::ALL {
                    let said = not_counted(&tr, &NotCounted { kind, why }, "Contoso");
                    assert!(!said.contains('…'), "{lang:?}: {said}");
                    assert!(said.contains(&names::method(&tr, kind)), "{lang:?}: {said}");
                    assert_eq!(
                        said.contains("Contoso"),
                        why == NotCountedWhy::NotAllowed,
                        "{lang:?}: {said}"
                    );
                }
            }
        }
    }

    #[test]
    fn lists_of_choices_read_as_the_language_lists_them() {
        let items = |n: usize| -> Vec<String> {
            ["A", "B", "C"][..n]
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        };
        let en = Catalog::new(Lang::En);
        assert_eq!(or_list(&en, &items(0)), "");
        assert_eq!(or_list(&en, &items(1)), "A");
        assert_eq!(or_list(&en, &items(2)), "A or B");
        assert_eq!(or_list(&en, &items(3)), "A, B or C");
        let de = Catalog::new(Lang::De);
        assert_eq!(or_list(&de, &items(3)), "A, B oder C");
        let ja = Catalog::new(Lang::Ja);
        assert_eq!(or_list(&ja, &items(3)), "A、B または C");
    }

    #[test]
    fn not_counted_in_english_and_in_german() {
        let en = Catalog::new(Lang::En);
        let de = Catalog::new(Lang::De);
        let email = NotCounted {
            kind: MethodKind::Email,
            why: NotCountedWhy::RecoveryOnly,
        };
        let call = NotCounted {
            kind: MethodKind::PhoneVoice,
            why: NotCountedWhy::NotAllowed,
        };
        assert_eq!(
            not_counted(&en, &email, "Contoso"),
            "Recovery e-mail is for account recovery only: it is not a sign-in method."
        );
        assert_eq!(
            not_counted(&en, &call, "Contoso"),
            "Phone call is not accepted by Contoso."
        );
        assert_eq!(
            not_counted(&de, &email, "Contoso"),
            "E-Mail zur Wiederherstellung ist keine Anmeldemethode: Damit können Sie nur Ihr \
             Konto wiederherstellen."
        );
        assert_eq!(
            not_counted(&de, &call, "Contoso"),
            "Contoso lässt Telefonanruf nicht zu."
        );
    }

    fn advice(
        failing_for: FailingFor,
        deadline: DeadlineIs,
        call: Call,
        way: Option<Way>,
    ) -> OutageAdvice {
        OutageAdvice {
            portal: "My Sign-Ins".into(),
            failing_for,
            deadline,
            call,
            helpdesk: way.map(|way| Reach {
                desk: "Contoso Service Desk".into(),
                way,
            }),
        }
    }

    /// The sentence word for word, and the other shapes in English.
    #[test]
    fn the_outage_advice_in_english() {
        let en = Catalog::new(Lang::En);
        let phone = || Some(Way::Phone("+1 425 555 0100".into()));
        assert_eq!(
            outage(
                &en,
                &advice(
                    FailingFor::Hours(3),
                    DeadlineIs::In(DaysOrHours::Days(2)),
                    Call::IfStillDownTomorrow,
                    phone()
                )
            ),
            "My Sign-Ins has been failing for 3 h and your deadline is in 2 days. Your attempts \
             are recorded; if it is still down tomorrow morning, call Contoso Service Desk at \
             +1 425 555 0100."
        );
        assert_eq!(
            outage(
                &en,
                &advice(
                    FailingFor::Minutes(20),
                    DeadlineIs::In(DaysOrHours::Hours(8)),
                    Call::Now,
                    phone()
                )
            ),
            "My Sign-Ins has been failing for 20 min and your deadline is in 8 hours. Your \
             attempts are recorded; call Contoso Service Desk at +1 425 555 0100 now: they can \
             extend your deadline or give you a Temporary Access Pass."
        );
        assert_eq!(
            outage(
                &en,
                &advice(
                    FailingFor::Hours(1),
                    DeadlineIs::Passed(DaysOrHours::Days(1)),
                    Call::Now,
                    None
                )
            ),
            "My Sign-Ins has been failing for 1 h and your deadline passed 1 day ago. Your \
             attempts are recorded; contact your IT helpdesk now: they can extend your deadline \
             or give you a Temporary Access Pass."
        );
        assert_eq!(
            outage(
                &en,
                &advice(
                    FailingFor::Minutes(5),
                    DeadlineIs::Passed(DaysOrHours::Hours(1)),
                    Call::IfStillDownTomorrow,
                    Some(Way::Web("https://help.contoso.com/mfa".into()))
                )
            ),
            "My Sign-Ins has been failing for 5 min and your deadline passed 1 hour ago. Your \
             attempts are recorded; if it is still down tomorrow morning, visit Contoso Service \
             Desk at https://help.contoso.com/mfa."
        );
    }

    /// Every shape in every language: the language's own words, the portal, the numbers
    /// and the one way to reach the helpdesk in them; German in German.
    #[test]
    fn the_outage_advice_in_every_language() {
        let failing = [FailingFor::Hours(3), FailingFor::Minutes(20)];
        let deadlines = [
            DeadlineIs::In(DaysOrHours::Days(2)),
            DeadlineIs::In(DaysOrHours::Hours(1)),
            DeadlineIs::Passed(DaysOrHours::Days(1)),
            DeadlineIs::Passed(DaysOrHours::Hours(5)),
        ];
        let ways = [
            Some(Way::Phone("+1 425 555 0100".into())),
            Some(Way::Email("servicedesk@contoso.com".into())),
            Some(Way::Web("https://help.contoso.com/mfa".into())),
            Some(Way::NameOnly),
            None,
        ];
        let en = Catalog::new(Lang::En);
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for f in failing {
                for d in deadlines {
                    for call in [Call::IfStillDownTomorrow, Call::Now] {
                        for way in &ways {
                            let a = advice(f, d, call, way.clone());
                            let said = outage(&tr, &a);
                            assert!(
                                !said.contains('…') && !said.contains('{'),
                                "{lang:?}: {said}"
                            );
                            assert!(said.contains("My Sign-Ins"), "{lang:?}: {said}");
                            let (FailingFor::Hours(n) | FailingFor::Minutes(n)) = f;
                            assert!(said.contains(&n.to_string()), "{lang:?}: {said}");
                            match way {
                                Some(Way::Phone(x) | Way::Email(x) | Way::Web(x)) => {
                                    assert!(said.contains(x.as_str()), "{lang:?}: {said}");
                                }
                                Some(Way::NameOnly) => {
                                    assert!(
                                        said.contains("Contoso Service Desk"),
                                        "{lang:?}: {said}"
                                    );
                                }
                                None => assert!(!said.contains("Contoso"), "{lang:?}: {said}"),
                            }
                            if lang != Lang::En {
                                assert_ne!(said, outage(&en, &a), "{lang:?}");
                            }
                        }
                    }
                }
            }
        }
        let de = Catalog::new(Lang::De);
        assert_eq!(
            outage(
                &de,
                &advice(
                    FailingFor::Hours(3),
                    DeadlineIs::In(DaysOrHours::Days(2)),
                    Call::IfStillDownTomorrow,
                    Some(Way::Phone("+1 425 555 0100".into()))
                )
            ),
            "My Sign-Ins ist seit 3 Std. gestört, und Ihre Frist endet in 2 Tagen. Ihre Versuche \
             werden protokolliert. Wenn das Portal morgen früh noch immer gestört ist, rufen Sie \
             Contoso Service Desk unter +1 425 555 0100 an."
        );
    }
}
