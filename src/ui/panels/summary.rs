//! Page 3: the summary to keep or hand to the helpdesk, and the helpdesk card (also on
//! the overview and the policy problem page).

use egui::RichText;
use jiff::tz::TimeZone;
use mfa_ready_core::policy::Helpdesk;
use mfa_ready_core::readiness::{Readiness, Registration, Verdict};
use mfa_ready_i18n::{Catalog, tr};

use crate::services::protocol::Command;
use crate::ui::names;
use crate::ui::readiness_words;
use crate::ui::state::{Action, AppState, Copied, Page};
use crate::ui::widgets::{self, card_ui, heading_ui};

use crate::ui::panel::Panel;

/// The "Done" page (no state of its own).
pub struct SummaryPanel;

impl Panel for SummaryPanel {
    fn page(&self) -> Page {
        Page::Summary
    }

    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let tr = &state.tr;
        let Some(r) = state.readiness() else {
            return;
        };
        let Some(policy) = state.valid_policy() else {
            return;
        };
        let p = widgets::palette(ui);
        card_ui(ui, |ui| {
            ui.horizontal(|ui| {
                widgets::state_icon_ui(ui, r.verdict, 28.0);
                let text = match r.verdict {
                    Verdict::Ready => tr!(tr, "summary-ready"),
                    _ => tr!(tr, "summary-not-ready"),
                };
                let l = ui.label(RichText::new(&text).strong());
                widgets::live_region(ui, &l, &text);
            });
        });
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            heading_ui(ui, &tr!(tr, "summary-methods-title"), 2);
            if state.registrations.is_empty() {
                ui.label(tr!(tr, "summary-none"));
            }
            for reg in &state.registrations {
                let info = reg.kind.info();
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(names::method(tr, reg.kind)).strong());
                    widgets::tier_badge_ui(ui, tr, info.tier);
                    ui.label(
                        RichText::new(tr!(
                            tr,
                            "summary-method-line",
                            device = names::device(tr, info.device),
                            how = names::source(tr, reg.source),
                            since = state.local_time(reg.registered_at)
                        ))
                        .color(p.muted),
                    );
                });
            }
            for t in &r.to_do {
                ui.label(
                    RichText::new(tr!(tr, "summary-missing", gap = names::to_do(tr, t)))
                        .color(p.warn_text),
                );
            }
        });
        ui.add_space(6.0);
        card_ui(ui, |ui| {
            heading_ui(ui, &tr!(tr, "summary-lost-title"), 2);
            ui.label(tr!(tr, "summary-lost"));
        });
        ui.add_space(6.0);
        if ui.button(tr!(tr, "summary-copy")).clicked() {
            actions.push(Action::Copy {
                text: summary_text(state, &r, &policy.organization),
                what: Copied::Summary,
            });
        }
        ui.add_space(6.0);
        helpdesk_ui(state, ui, policy.helpdesk.as_ref(), actions);
    }
}

/// The plain-text summary a user can paste to the helpdesk (no personal data in it), in
/// the window's language, the deadline in the user's zone.
pub fn summary_text(state: &AppState, r: &Readiness, org: &str) -> String {
    copy_text(&state.tr, &state.tz, &state.registrations, r, org)
}

/// One line each: whose summary, the verdict, the counts, each method, the deadline and
/// each gap (the same sentences `status --json` and the report carry in English).
fn copy_text(
    tr: &Catalog,
    tz: &TimeZone,
    registrations: &[Registration],
    r: &Readiness,
    org: &str,
) -> String {
    let mut lines = vec![
        tr!(tr, "summary-text-title", organization = org.to_owned()),
        tr!(
            tr,
            "summary-text-verdict",
            verdict = names::verdict(tr, r.verdict)
        ),
    ];
    // The phishing-resistant count only where the policy asks for some.
    lines.push(if r.required_phishing_resistant > 0 {
        tr!(
            tr,
            "summary-text-methods-pr",
            have = r.counted,
            need = r.required,
            pr_have = r.phishing_resistant,
            pr_need = r.required_phishing_resistant
        )
    } else {
        tr!(
            tr,
            "summary-text-methods",
            have = r.counted,
            need = r.required
        )
    });
    for reg in registrations {
        lines.push(tr!(
            tr,
            "summary-text-method",
            method = names::method(tr, reg.kind),
            tier = names::tier(tr, reg.kind.tier()),
            device = names::device(tr, reg.kind.device()),
            how = names::source(tr, reg.source)
        ));
    }
    if let Some(d) = r.deadline {
        let date = tr.date_time(&d.at.to_zoned(tz.clone()));
        lines.push(tr!(tr, "summary-text-deadline", date = date));
    }
    for g in &r.gaps {
        let gap = readiness_words::gap(tr, g, org);
        lines.push(tr!(tr, "summary-text-missing", gap = gap));
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// Who to call. `helpdesk` may come from a broken (but not a refused) policy.
pub fn helpdesk_ui(
    state: &AppState,
    ui: &mut egui::Ui,
    helpdesk: Option<&Helpdesk>,
    actions: &mut Vec<Action>,
) {
    let tr = &state.tr;
    card_ui(ui, |ui| {
        let Some(h) = helpdesk else {
            heading_ui(ui, &tr!(tr, "helpdesk-need-help"), 2);
            ui.label(tr!(tr, "helpdesk-contact"));
            return;
        };
        heading_ui(
            ui,
            &tr!(tr, "helpdesk-need-help-name", name = h.name.clone()),
            2,
        );
        if let Some(phone) = &h.phone {
            ui.label(tr!(tr, "helpdesk-phone", phone = phone.clone()));
        }
        if let Some(email) = &h.email {
            ui.label(tr!(tr, "helpdesk-email", email = email.clone()));
        }
        if let Some(url) = &h.url {
            let b = ui.button(tr!(tr, "helpdesk-open")).on_hover_text(url);
            if b.clicked() {
                actions.push(Action::Send(Command::OpenUrl {
                    url: url.clone(),
                    reason: "helpdesk".to_owned(),
                }));
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use mfa_ready_core::methods::{MethodKind, Os};
    use mfa_ready_core::readiness::{self, Source};
    use mfa_ready_i18n::Lang;

    const POLICY: &str = r#"schema = 1
organization = "Contoso"
provider = "entra"

[enrollment]
deadline = 2026-12-15T17:00:00+01:00
min_methods = 2
min_phishing_resistant = 1
allowed_methods = ["authenticator_app", "passkey", "security_key", "phone_sms"]
"#;

    /// The app and SMS on one phone, no phishing-resistant method: the summary in each
    /// language says the verdict, the counts, each method, the deadline and both gaps.
    fn summary(lang: Lang) -> String {
        let now: jiff::Timestamp = "2026-12-10T12:00:00Z".parse().unwrap();
        let policy = mfa_ready_core::policy::parse(POLICY, "p.toml", now).unwrap();
        let regs: Vec<Registration> = [MethodKind::AuthenticatorApp, MethodKind::PhoneSms]
            .into_iter()
            .map(|kind| Registration {
                kind,
                source: Source::SelfAttested,
                registered_at: now,
            })
            .collect();
        let r = readiness::assess(&readiness::Input {
            policy: &policy,
            registered: &regs,
            first_run: now,
            now,
            os: Os::Linux,
            device: None,
        });
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        copy_text(&Catalog::new(lang), &tz, &regs, &r, "Contoso")
    }

    #[test]
    fn the_summary_to_copy_is_in_the_windows_language() {
        assert_eq!(
            summary(Lang::En),
            "MFA Ready summary for Contoso\n\
             Verdict: Not ready yet\n\
             Methods: 2 of 2 methods (0 of 1 phishing-resistant)\n\
             - Authenticator app (Strong, on your phone, marked as set up, not verified)\n\
             - Text message (SMS) (Weak, on your phone number, marked as set up, not verified)\n\
             Deadline: Tuesday, 15 December 2026 at 17:00 CET\n\
             Missing: Add 1 phishing-resistant method (Passkey on your phone or Security key): \
             fake sign-in pages can't steal these.\n\
             Missing: All your methods are on your phone: if you lose it, you lose them all. \
             Add one that lives somewhere else.\n"
        );
        let de = summary(Lang::De);
        assert!(
            de.starts_with("MFA Ready – Zusammenfassung für Contoso\n"),
            "{de}"
        );
        for line in [
            "Ergebnis: Noch nicht startklar",
            "Frist: Dienstag, 15. Dezember 2026 um 17:00 MEZ",
            "- Authenticator-App (Stark; Ihr Telefon; als eingerichtet markiert, nicht bestätigt)",
            "Noch offen: Fügen Sie eine Phishing-resistente Methode hinzu (Passkey auf Ihrem \
             Telefon oder Sicherheitsschlüssel)",
        ] {
            assert!(de.contains(line), "{line}\n{de}");
        }
        // Every language: one line each, all in its own words.
        for lang in Lang::SHIPPED {
            let text = summary(lang);
            assert_eq!(text.lines().count(), 8, "{lang:?}: {text}");
            assert!(!text.contains('…'), "{lang:?}: {text}");
            if lang != Lang::En {
                assert!(!text.contains("not verified"), "{lang:?}: {text}");
                assert!(!text.contains("Missing:"), "{lang:?}: {text}");
            }
        }
    }
}
