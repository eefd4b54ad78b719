//! Every sentence a person reads, in their language: Project Fluent catalogues under
//! `assets/i18n/<lang>/<area>.ftl`, compiled into the binary, one [`Catalog`] per language
//! with English behind it for any message a language lacks.
//!
//! - [`Lang`]: the languages shipped, and a pseudo-locale (`en-XA`: accented, ~40 %
//!   longer, in brackets) that shows what a longer language does to a layout;
//! - [`negotiate`]: the best shipped language for what the system or the user asked for
//!   (`de-AT` → `de`, anything unknown → `en`), within what the organisation allows;
//! - [`Catalog::text`] / [`tr!`]: a message by id, with named arguments; Fluent's plural
//!   rules choose the form. A message missing in every catalogue is a bug the tests
//!   catch; the window then shows "…", never the id.
//!
//! Pure: no IO (the catalogues are `include_str!`ed by `build.rs`), no clock.

use std::borrow::Cow;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/resources.rs"));

mod dates;

/// A language MFA Ready speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    En,
    De,
    Fr,
    Es,
    Ja,
    /// `en-XA`: English made longer and accented, for layout tests.
    Pseudo,
}

impl Lang {
    /// The languages people can choose (the pseudo-locale is for testing).
    pub const SHIPPED: [Lang; 5] = [Lang::En, Lang::De, Lang::Fr, Lang::Es, Lang::Ja];
    /// Every language, the pseudo-locale included.
    pub const ALL: [Lang; 6] = [
        Lang::En,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Ja,
        Lang::Pseudo,
    ];

    /// The BCP 47 tag (`en`, `de`, …, `en-XA`).
    pub fn tag(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::De => "de",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ja => "ja",
            Self::Pseudo => "en-XA",
        }
    }

    /// The language a tag names exactly (`de`, `en-XA`); see [`negotiate`] for `de-AT`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        Self::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Its name in itself, for a language menu ("Deutsch", "日本語").
    pub fn endonym(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::De => "Deutsch",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ja => "日本語",
            Self::Pseudo => "[Ƥšééúúďóó]",
        }
    }

    /// Written in CJK characters (the window needs a system font for them).
    pub fn needs_cjk_font(self) -> bool {
        matches!(self, Self::Ja)
    }

    /// The folder its catalogues live in (the pseudo-locale is made from English).
    fn folder(self) -> &'static str {
        match self {
            Self::Pseudo => "en",
            other => other.tag(),
        }
    }

    fn langid(self) -> LanguageIdentifier {
        self.tag().parse().unwrap_or_default()
    }
}

/// The best language for `requested` (most wanted first: the system's locales, or a
/// user's choice), among `allowed` (the organisation's list; empty means every shipped
/// language). Region and script fall away (`de-AT` → `de`, `ja-JP` → `ja`); POSIX forms
/// such as `de_DE.UTF-8` are read too; the pseudo-locale is chosen only by its exact tag.
/// English when nothing matches (and when English is not allowed, the first allowed).
pub fn negotiate<S: AsRef<str>>(requested: &[S], allowed: &[Lang]) -> Lang {
    let allowed: Vec<Lang> = if allowed.is_empty() {
        Lang::SHIPPED.to_vec()
    } else {
        allowed.to_vec()
    };
    let fallback = if allowed.contains(&Lang::En) {
        Lang::En
    } else {
        allowed.first().copied().unwrap_or(Lang::En)
    };
    for want in requested {
        let want = posix_to_bcp47(want.as_ref());
        if let Some(l) = Lang::from_tag(&want).filter(|l| allowed.contains(l)) {
            return l;
        }
        let Ok(id) = want.parse::<LanguageIdentifier>() else {
            continue;
        };
        let available: Vec<LanguageIdentifier> = allowed
            .iter()
            .filter(|l| **l != Lang::Pseudo)
            .map(|l| l.langid())
            .collect();
        let found = fluent_langneg::negotiate_languages(
            &[id],
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        if let Some(first) = found.first() {
            let tag = first.to_string();
            if let Some(l) = Lang::from_tag(&tag) {
                return l;
            }
        }
    }
    fallback
}

/// `de_DE.UTF-8` / `de_DE@euro` → `de-DE`; `C` and `POSIX` → nothing useful (`und`).
fn posix_to_bcp47(tag: &str) -> String {
    let base = tag.split(['.', '@']).next().unwrap_or_default().trim();
    if base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return "und".to_owned();
    }
    base.replace('_', "-")
}

/// One language's messages, with English behind them, and its date formats.
pub struct Catalog {
    lang: Lang,
    /// Where dates are formatted from (the language, with the system's region if it
    /// speaks that language).
    locale: icu_locale_core::Locale,
    /// This language's bundle first, then English's (for a message this one lacks).
    bundles: Vec<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).finish()
    }
}

impl Catalog {
    /// The catalogue for `lang`. The embedded files are checked by the tests; a file
    /// that would not parse adds what it can.
    pub fn new(lang: Lang) -> Self {
        let mut bundles = vec![bundle(lang)];
        if lang.folder() != Lang::En.folder() || lang == Lang::Pseudo {
            bundles.push(bundle(Lang::En));
        }
        Self {
            lang,
            bundles,
            locale: dates::locale_for::<&str>(lang, &[]),
        }
    }

    /// Dates in the region the system asks for, when it speaks this language
    /// (`en_US.UTF-8`: 5:00 PM; `de_AT`: Austrian German).
    pub fn with_region_from<S: AsRef<str>>(mut self, system: &[S]) -> Self {
        self.locale = dates::locale_for(self.lang, system);
        self
    }

    /// "Tuesday, 15 December 2026 at 17:00 CET", in this language.
    pub fn date_time(&self, z: &jiff::Zoned) -> String {
        dates::date_time(&self.locale, z)
    }

    /// "15 Dec 2026, 17:00", in this language, without the zone: for a message that says
    /// which zone it is itself ("{ $time } UTC").
    pub fn short_date_time(&self, z: &jiff::Zoned) -> String {
        dates::short_date_time(&self.locale, z, false)
    }

    /// "15 Dec 2026, 17:00:05": [`Catalog::short_date_time`] to the second (logs).
    pub fn short_date_time_secs(&self, z: &jiff::Zoned) -> String {
        dates::short_date_time(&self.locale, z, true)
    }

    /// "Tuesday 15 December", in this language.
    pub fn day(&self, z: &jiff::Zoned) -> String {
        dates::day(&self.locale, z)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message exists in this language itself (not through English).
    pub fn has_own(&self, id: &str) -> bool {
        self.bundles.first().is_some_and(|b| b.has_message(id))
    }

    /// The message `id` without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    /// The message `id` with named arguments.
    pub fn text_with(&self, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(id, None, Some(args))
    }

    /// An attribute of a message (`id.attr`), e.g. an accessible label.
    pub fn attr(&self, id: &str, attr: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.format(id, Some(attr), args)
    }

    fn format(&self, id: &str, attr: Option<&str>, args: Option<&FluentArgs<'_>>) -> String {
        for b in &self.bundles {
            let Some(msg) = b.get_message(id) else {
                continue;
            };
            let pattern = match attr {
                Some(a) => msg.get_attribute(a).map(|x| x.value()),
                None => msg.value(),
            };
            let Some(pattern) = pattern else {
                continue;
            };
            let mut errors = Vec::new();
            let text = b.format_pattern(pattern, args, &mut errors).into_owned();
            return if self.lang == Lang::Pseudo {
                format!("[{text}]")
            } else {
                text
            };
        }
        "…".to_owned()
    }
}

/// The bundle of one language's files.
fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let mut b = FluentBundle::new_concurrent(vec![lang.langid()]);
    // No Unicode isolation marks around arguments: egui draws them as boxes, and every
    // shipped language runs left to right (right-to-left needs bidi in egui first).
    b.set_use_isolating(false);
    if lang == Lang::Pseudo {
        b.set_transform(Some(pseudo));
    }
    for (folder, _area, text) in RESOURCES {
        if *folder == lang.folder() {
            let res = match FluentResource::try_new((*text).to_owned()) {
                Ok(r) => r,
                Err((r, _junk)) => r,
            };
            // A message defined twice keeps its first definition (the tests refuse it).
            let _ = b.add_resource(res);
        }
    }
    b
}

/// The pseudo-locale's text: ASCII letters accented (with letters egui's built-in font
/// has: m, v and x stay plain), vowels doubled, and padded so
/// each piece is at least 40 % longer than the English (what German or French often need).
fn pseudo(s: &str) -> Cow<'_, str> {
    const SMALL: [char; 26] = [
        'á', 'ƀ', 'ç', 'ď', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ŀ', 'm', 'ñ', 'ó', 'ƥ', 'ɋ', 'ŕ',
        'š', 'ţ', 'ú', 'v', 'ŵ', 'x', 'ý', 'ž',
    ];
    const CAPS: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Ď', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ŀ', 'M', 'Ñ', 'Ó', 'Ƥ', 'Ɋ', 'Ŕ',
        'Š', 'Ţ', 'Ú', 'Ʋ', 'Ŵ', 'X', 'Ý', 'Ž',
    ];
    if s.trim().is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() * 2);
    let mut letters = 0usize;
    for c in s.chars() {
        match c {
            'a'..='z' => {
                let m = SMALL[(c as u8 - b'a') as usize];
                out.push(m);
                if matches!(c, 'a' | 'e' | 'o' | 'u') {
                    out.push(m);
                }
                letters += 1;
            }
            'A'..='Z' => {
                out.push(CAPS[(c as u8 - b'A') as usize]);
                letters += 1;
            }
            other => out.push(other),
        }
    }
    let original = s.chars().count();
    let target = (original * 14).div_ceil(10);
    let mut have = out.chars().count();
    if letters > 0 {
        while have < target {
            out.push('·');
            have += 1;
        }
    }
    Cow::Owned(out)
}

/// A message by id from a [`Catalog`], with named arguments:
/// `tr!(cat, "hero-left", count = 2, date = day)`.
#[macro_export]
macro_rules! tr {
    ($cat:expr, $id:literal) => {
        $cat.text($id)
    };
    ($cat:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::FluentArgs::new();
        $( args.set(stringify!($name), $crate::FluentValue::from($value)); )+
        $cat.text_with($id, &args)
    }};
}

#[cfg(test)]
mod tests;
