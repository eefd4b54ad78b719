//! Which language the window speaks (issue 16): the organisation's required one, else
//! the user's choice (View → Language, remembered), else the system's
//! (`core::policy::LanguageRule::choose` decides). Japanese needs glyphs egui does not
//! ship: they come from the system's fonts through egui's own system-font provider
//! (fontique: the OS's fallback, files memory-mapped, a face loaded only for a character
//! the built-in fonts lack), told the window's language so Han characters get Japanese
//! shapes. When no font has them, the window says so in English and stays in English.

use std::sync::Arc;

use mfa_ready_core::policy::LanguageRule;
use mfa_ready_i18n::Lang;

/// Characters every Japanese sentence of the window needs (kana and common kanji).
const JAPANESE_SAMPLE: &str = "日本語のセキュリティ情報を設定してください";

/// What the window knows about languages.
#[derive(Debug, Clone, Default)]
pub struct Languages {
    /// The user's choice (`None`: as the system).
    pub chosen: Option<Lang>,
    /// The system's preferred languages, most wanted first.
    pub system: Vec<String>,
    /// A language asked for whose glyphs this system has no font for.
    pub font_missing: Option<Lang>,
    /// The language whose font provider is installed (`None`: eframe's, by the system).
    provider_for: Option<Lang>,
}

impl Languages {
    pub fn new(chosen: Option<Lang>, system: Vec<String>) -> Self {
        Self {
            chosen,
            system,
            ..Self::default()
        }
    }

    /// The system-font provider the window was started with speaks `lang`'s locale.
    pub fn provider_installed_for(&mut self, lang: Lang) {
        self.provider_for = Some(lang);
    }

    /// The language the rule gives for the user's choice and the system's.
    pub fn wanted(&self, rule: &LanguageRule) -> Lang {
        rule.choose(self.chosen, &self.system)
    }

    /// The language the system alone would give (the "As the system" entry names it).
    pub fn system_language(&self, rule: &LanguageRule) -> Lang {
        rule.choose(None, &self.system)
    }

    /// Makes sure `lang` can be drawn: installs the system-font provider for it and checks
    /// the glyphs are there. `false` (and `font_missing` set) when they are not.
    pub fn ensure_fonts(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        let none_yet = self.provider_for.is_none();
        if !lang.needs_cjk_font() && !none_yet {
            return true;
        }
        // Without a provider (a test harness; the window starts with one) the menu's
        // "日本語" would have no glyphs either.
        if none_yet || self.provider_for != Some(lang) {
            ctx.set_font_providers(vec![Arc::new(
                egui_system_font_provider::SystemFontProvider::new().with_locale(Some(lang.tag())),
            )]);
            self.provider_for = Some(lang);
        }
        let drawn =
            ctx.fonts_mut(|f| f.has_glyphs(&egui::FontId::proportional(14.0), JAPANESE_SAMPLE));
        self.font_missing = (!drawn).then_some(lang);
        drawn
    }
}

/// The stored form of a choice: a tag, or `system`.
pub fn stored(choice: Option<Lang>) -> String {
    choice.map_or_else(|| "system".to_owned(), |l| l.tag().to_owned())
}

/// A stored choice read back (`system`, or a tag this version does not know: `None`).
/// The pseudo-locale is never offered in the menu, but a developer may store `en-XA` to
/// see the window with longer text (`dist/screenshot.sh`).
pub fn from_stored(value: &str) -> Option<Lang> {
    Lang::from_tag(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_is_stored_as_its_tag_or_system() {
        assert_eq!(stored(None), "system");
        assert_eq!(stored(Some(Lang::Ja)), "ja");
        assert_eq!(from_stored("ja"), Some(Lang::Ja));
        assert_eq!(from_stored("system"), None);
        assert_eq!(
            from_stored("en-XA"),
            Some(Lang::Pseudo),
            "for layout checks"
        );
        assert_eq!(from_stored("xx"), None);
    }

    #[test]
    fn the_organisation_wins_over_the_user() {
        let l = Languages::new(Some(Lang::Ja), vec!["de_DE.UTF-8".into()]);
        assert_eq!(l.wanted(&LanguageRule::Any), Lang::Ja);
        assert_eq!(l.wanted(&LanguageRule::Required(Lang::Fr)), Lang::Fr);
        assert_eq!(l.system_language(&LanguageRule::Any), Lang::De);
    }
}
