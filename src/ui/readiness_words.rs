//! Core's readiness facts in the reader's language (`readiness.ftl`), for the window and
//! `mfa-ready status`: what is missing (a gap) and why a registered method does not
//! count. Each is one whole message per shape, chosen here; nothing is glued from
//! fragments. Core keeps the gaps' English for `status --json`, `check` and the
//! report, and the tests below keep the English catalogue equal to it.

use mfa_ready_core::readiness::{Gap, NotCounted, NotCountedWhy};
use mfa_ready_i18n::{Catalog, tr};

use super::names;

/// A gap as one sentence: "Contoso requires 2 sign-in methods and you have 0. Add 2 more."
pub fn gap(tr: &Catalog, gap: &Gap, organization: &str) -> String {
    let organization = organization.to_owned();
    match gap {
        Gap::TooFewMethods { required, have } => tr!(
            tr,
            "gap-too-few-methods",
            organization = organization,
            need = *required,
            have = *have,
            missing = required.saturating_sub(*have)
        ),
        Gap::TooFewPhishingResistant { missing, options } if options.is_empty() => tr!(
            tr,
            "gap-too-few-pr-none-here",
            organization = organization,
            missing = *missing
        ),
        Gap::TooFewPhishingResistant { missing, options } => {
            let names: Vec<String> = options.iter().map(|k| names::method(tr, *k)).collect();
            tr!(
                tr,
                "gap-too-few-pr",
                missing = *missing,
                options = or_list(tr, &names)
            )
        }
        Gap::SingleDevice {
            device,
            elsewhere: true,
        } => tr!(tr, "gap-one-device", device = names::device(tr, *device)),
        Gap::SingleDevice {
            device,
            elsewhere: false,
        } => tr!(
            tr,
            "gap-one-device-none-here",
            organization = organization,
            device = names::device(tr, *device)
        ),
    }
}

/// "A", "A or B", "A, B or C", as the language lists choices.
fn or_list(tr: &Catalog, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => {
            let mut head = rest.iter().cloned();
            let first = head.next().unwrap_or_default();
            let head = head.fold(first, |head, next| {
                tr!(tr, "list-comma", head = head, next = next.clone())
            });
            tr!(tr, "list-or", head = head, last = last.clone())
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;
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
}
