//! A readiness gap in a reader's language (`readiness.ftl`): one whole message per
//! shape, for the window, `mfa-ready status` and the reports. [`Gap::sentence`] is the
//! English `status --json`, `check` and the report's JSON keep; the window's tests keep
//! the English catalogue equal to it.

use mfa_ready_i18n::{Catalog, Lang, tr};

use super::gap::Gap;

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
            let names: Vec<String> = options
                .iter()
                .map(|k| tr.text(&format!("method-{}", k.id())))
                .collect();
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
        } => tr!(
            tr,
            "gap-one-device",
            device = tr.text(&format!("device-{}", device.id()))
        ),
        Gap::SingleDevice {
            device,
            elsewhere: false,
        } => tr!(
            tr,
            "gap-one-device-none-here",
            organization = organization,
            device = tr.text(&format!("device-{}", device.id()))
        ),
        Gap::Device { checks } => {
            let names: Vec<String> = checks
                .iter()
                .map(|c| crate::device::said::check_name(tr, *c))
                .collect();
            // Japanese lists with 、; the shipped European languages with a comma.
            let sep = if tr.lang() == Lang::Ja { "、" } else { ", " };
            tr!(
                tr,
                "gap-device",
                organization = organization,
                checks = names.join(sep)
            )
        }
    }
}

/// "A", "A or B", "A, B or C", as the language lists choices.
pub fn or_list(tr: &Catalog, items: &[String]) -> String {
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
