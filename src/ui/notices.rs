//! Notices in one fixed place: stacked at the bottom right, above the footer, over the
//! page rather than in it, so a notice never moves a control under the pointer. At most
//! three show (the rest wait, counted); each says one plain sentence, offers its one
//! action, keeps the technical detail behind "Details" (copyable for the helpdesk), and
//! can be dismissed. Confirmations clear themselves; an offer goes when its cause does.

use egui::{Margin, RichText, Stroke};
use mfa_ready_i18n::{Catalog, tr};

use crate::services::protocol::Command;

use super::state::{Action, AppState, Copied, NoticeKey};
use super::widgets::{self, Tone, set_accessible_label};
use super::words::{self, Said};

/// How many notices show at once.
pub const MAX_SHOWN: usize = 3;
/// How long a confirmation ("Copied.", "Saved …") stays, in seconds.
pub const CONFIRMATION_SECONDS: f64 = 10.0;
/// The notices' width.
const WIDTH: f32 = 420.0;

/// One notice as drawn.
struct Toast {
    key: NoticeKey,
    tone: Tone,
    said: Said,
    /// The one thing to do (a button), if any.
    action: Option<(String, Action)>,
    /// The link to offer to copy and as a QR code (the browser did not open).
    link: Option<String>,
}

/// Everything waiting to be said, most important first.
fn toasts(state: &AppState) -> Vec<Toast> {
    let tr = &state.tr;
    let mut out = Vec::new();
    for (i, b) in state.errors.iter().enumerate() {
        out.push(Toast {
            key: NoticeKey::Banner(i),
            tone: Tone::Bad,
            said: words::banner(tr, b),
            action: None,
            link: None,
        });
    }
    if let Some(b) = &state.browser_failed {
        out.push(Toast {
            key: NoticeKey::BrowserFailed,
            tone: Tone::Info,
            said: Said {
                text: tr!(tr, "notice-browser"),
                details: Some(b.detail.clone()),
            },
            action: None,
            link: Some(b.url.clone()),
        });
    }
    if let Some((portal, _, method)) = &state.portal_failing {
        out.push(Toast {
            key: NoticeKey::PortalFailing,
            tone: Tone::Warn,
            said: Said {
                text: words::portal_failing(tr, portal, *method),
                details: None,
            },
            action: Some((
                tr!(tr, "notice-watch"),
                Action::AnswerPortalFailing { watch: true },
            )),
            link: None,
        });
    }
    for (i, posted) in state.notices.iter().enumerate() {
        let action = posted.notice.open().map(|url| {
            (
                tr!(tr, "notice-open-setup"),
                Action::Send(Command::OpenUrl {
                    url: url.to_owned(),
                    reason: "portal back".to_owned(),
                }),
            )
        });
        out.push(Toast {
            key: NoticeKey::Notice(i),
            tone: if posted.notice.expires() {
                Tone::Good
            } else {
                Tone::Info
            },
            said: words::notice(tr, &posted.notice),
            action,
            link: None,
        });
    }
    if let Some(r) = &state.notice {
        out.push(Toast {
            key: NoticeKey::Recovered,
            tone: Tone::Warn,
            said: words::recovered(tr, r),
            action: None,
            link: None,
        });
    }
    out
}

/// Draws the notices over the page, their bottom at `bottom` (the footer's top).
pub fn toasts_ui(state: &AppState, ctx: &egui::Context, bottom: f32, actions: &mut Vec<Action>) {
    let all = toasts(state);
    if all.is_empty() {
        return;
    }
    let tr = &state.tr;
    let right = ctx.content_rect().right() - 12.0;
    egui::Area::new(egui::Id::unique("mfa-ready-notices"))
        .order(egui::Order::Foreground)
        .pivot(egui::Align2::RIGHT_BOTTOM)
        .fixed_pos(egui::pos2(right, bottom - 8.0))
        .show(ctx, |ui| {
            ui.set_max_width(WIDTH);
            ui.vertical(|ui| {
                let hidden = all.len().saturating_sub(MAX_SHOWN);
                if hidden > 0 {
                    let p = widgets::palette(ui);
                    ui.label(RichText::new(tr!(tr, "notice-more", count = hidden)).color(p.muted));
                }
                for (n, t) in all.iter().take(MAX_SHOWN).enumerate() {
                    toast_ui(state, ui, n, t, actions);
                    ui.add_space(6.0);
                }
            });
        });
}

fn toast_ui(state: &AppState, ui: &mut egui::Ui, n: usize, t: &Toast, actions: &mut Vec<Action>) {
    let tr = &state.tr;
    let p = widgets::palette(ui);
    egui::Frame::new()
        .fill(p.card)
        .stroke(Stroke::new(2.0, t.tone.fill(p)))
        .corner_radius(egui::CornerRadius::same(6))
        .inner_margin(Margin::same(10))
        .shadow(ui.visuals().popup_shadow)
        .show(ui, |ui| {
            ui.set_width(WIDTH);
            ui.push_id(("notice", n), |ui| {
                let text = ui.label(RichText::new(&t.said.text).strong());
                widgets::live_region(ui, &text, &t.said.text);
                if let Some(link) = &t.link {
                    link_ui(state, ui, link, actions);
                }
                ui.horizontal_wrapped(|ui| {
                    if let Some((label, action)) = &t.action
                        && ui.button(label).clicked()
                    {
                        actions.push(action.clone());
                        actions.push(Action::DismissNotice(t.key));
                    }
                    let dismiss = ui.button(tr!(tr, "notice-dismiss"));
                    set_accessible_label(
                        ui,
                        &dismiss,
                        &format!("{}: {}", tr!(tr, "notice-dismiss"), t.said.text),
                    );
                    if dismiss.clicked() {
                        if t.key == NoticeKey::PortalFailing {
                            actions.push(Action::AnswerPortalFailing { watch: false });
                        }
                        actions.push(Action::DismissNotice(t.key));
                    }
                });
                if let Some(details) = &t.said.details {
                    details_ui(tr, ui, details, actions);
                }
            });
        });
}

/// The technical detail of a problem behind "Details", with a button that copies it for
/// the helpdesk.
pub fn details_ui(tr: &Catalog, ui: &mut egui::Ui, details: &str, actions: &mut Vec<Action>) {
    egui::CollapsingHeader::new(tr!(tr, "notice-details"))
        .id_salt("details")
        .show(ui, |ui| {
            ui.label(RichText::new(details).monospace().small());
            if ui.small_button(tr!(tr, "notice-copy-details")).clicked() {
                actions.push(Action::Copy {
                    text: details.to_owned(),
                    what: Copied::Other,
                });
            }
        });
}

/// The link the browser did not open: as a QR code for the phone, as text, and "Copy link".
fn link_ui(state: &AppState, ui: &mut egui::Ui, link: &str, actions: &mut Vec<Action>) {
    let tr = &state.tr;
    ui.horizontal(|ui| {
        super::qr::qr_ui(ui, link, super::qr::MIN_SIDE, &tr!(tr, "notice-browser-qr"));
        ui.vertical(|ui| {
            ui.label(RichText::new(link).monospace());
            if ui.button(tr!(tr, "method-copy-link")).clicked() {
                actions.push(Action::Copy {
                    text: link.to_owned(),
                    what: Copied::Link,
                });
            }
        });
    });
}
