//! The window's pages as panels that own their state, in the way egui's demo `View`
//! does: each draws itself from the [`AppState`] snapshot and pushes [`Action`]s; the app
//! routes to the panel of the page in view and draws the chrome around it. Adding a page
//! is one panel here and its place in [`Page::STEPS`].

mod hero;
mod methods;
mod overview;
mod summary;

pub use super::panel::Panel;
pub use methods::MethodsPanel;
pub use overview::OverviewPanel;
pub use summary::{SummaryPanel, helpdesk_ui, summary_text};

/// Every page's panel, the wizard's steps first, in their order.
pub fn all() -> Vec<Box<dyn Panel>> {
    vec![
        Box::new(OverviewPanel::default()),
        Box::new(MethodsPanel),
        Box::new(SummaryPanel),
        Box::new(super::health::HealthPanel),
    ]
}
