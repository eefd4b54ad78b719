//! What a page of the window is: egui's demo `View`, for MFA Ready. Each page's panel
//! owns its state and draws itself from the [`AppState`] snapshot, pushing [`Action`]s.

use super::state::{Action, AppState, Page};

/// A page of the window.
pub trait Panel {
    /// Which page it draws.
    fn page(&self) -> Page;

    /// Draws the page (inside the window's scroll area).
    fn ui(&mut self, state: &AppState, ui: &mut egui::Ui, actions: &mut Vec<Action>);
}
