//! The catalogues themselves: they parse, every language has exactly English's messages,
//! no message is defined twice; negotiation and the pseudo-locale.

use std::collections::BTreeSet;

use fluent_syntax::ast;

use super::*;

/// The message ids (and `id.attr`s) a Fluent source defines, or why it does not parse.
fn ids(text: &str) -> Result<Vec<String>, String> {
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => return Err(format!("{errors:?}")),
    };
    let mut out = Vec::new();
    for entry in res.body {
        match entry {
            ast::Entry::Message(m) => {
                out.push(m.id.name.to_owned());
                for a in m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
            ast::Entry::Term(t) => out.push(format!("-{}", t.id.name)),
            ast::Entry::Junk { content } => return Err(format!("junk: {content}")),
            _ => {}
        }
    }
    Ok(out)
}

fn ids_of(lang: &str) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    for (folder, area, text) in RESOURCES {
        if *folder != lang {
            continue;
        }
        for id in ids(text).unwrap_or_else(|e| panic!("{lang}/{area}.ftl: {e}")) {
            assert!(
                all.insert(id.clone()),
                "{lang}/{area}.ftl: {id} defined twice"
            );
        }
    }
    all
}

#[test]
fn every_catalogue_parses_without_junk_and_defines_each_message_once() {
    assert!(
        RESOURCES.iter().any(|(l, _, _)| *l == "en"),
        "no English catalogue embedded"
    );
    for lang in Lang::SHIPPED {
        let _ = ids_of(lang.tag());
    }
}

#[test]
fn every_language_has_exactly_the_english_messages() {
    let en = ids_of("en");
    assert!(en.len() > 20, "{}", en.len());
    for lang in Lang::SHIPPED {
        if !RESOURCES.iter().any(|(l, _, _)| *l == lang.tag()) {
            // A language not written yet has no folder: its messages all fall back.
            continue;
        }
        let theirs = ids_of(lang.tag());
        let missing: Vec<_> = en.difference(&theirs).collect();
        let extra: Vec<_> = theirs.difference(&en).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{}: missing {missing:?}, only there {extra:?}",
            lang.tag()
        );
    }
}

#[test]
fn negotiation_falls_back_along_the_tag_and_to_english() {
    assert_eq!(negotiate(&["de-AT"], &[]), Lang::De);
    assert_eq!(negotiate(&["de_DE.UTF-8"], &[]), Lang::De);
    assert_eq!(negotiate(&["ja-JP", "en-US"], &[]), Lang::Ja);
    assert_eq!(negotiate(&["fr-CA"], &[]), Lang::Fr);
    assert_eq!(negotiate(&["es-419"], &[]), Lang::Es);
    assert_eq!(negotiate(&["pt-BR", "es-MX"], &[]), Lang::Es);
    assert_eq!(negotiate(&["C"], &[]), Lang::En);
    assert_eq!(negotiate(&["nonsense!!"], &[]), Lang::En);
    assert_eq!(negotiate::<&str>(&[], &[]), Lang::En);
    // The pseudo-locale only by its exact tag.
    assert_eq!(negotiate(&["en-XA"], &Lang::ALL), Lang::Pseudo);
    assert_eq!(negotiate(&["en-GB"], &Lang::ALL), Lang::En);
    // What the organisation allows.
    assert_eq!(negotiate(&["ja-JP"], &[Lang::De, Lang::En]), Lang::En);
    assert_eq!(negotiate(&["ja-JP"], &[Lang::De]), Lang::De);
}

#[test]
fn the_pseudo_locale_is_longer_accented_and_bracketed() {
    let en = Catalog::new(Lang::En);
    let xa = Catalog::new(Lang::Pseudo);
    let plain = en.text("app-name");
    let pseudo = xa.text("app-name");
    assert!(pseudo.starts_with('[') && pseudo.ends_with(']'), "{pseudo}");
    assert!(
        pseudo.chars().count() - 2 >= plain.chars().count() * 14 / 10,
        "{plain} → {pseudo}"
    );
    assert!(!pseudo.contains('a') && !pseudo.contains('e'), "{pseudo}");
}

#[test]
fn a_missing_message_never_shows_its_id() {
    let en = Catalog::new(Lang::En);
    assert_eq!(en.text("no-such-message-anywhere"), "…");
}

#[test]
fn arguments_and_plurals_in_english() {
    let en = Catalog::new(Lang::En);
    assert_eq!(
        tr!(en, "hero-left", count = 1, date = "Friday 15 December"),
        "1 thing left before Friday 15 December"
    );
    assert_eq!(
        tr!(en, "hero-left", count = 2, date = "Friday 15 December"),
        "2 things left before Friday 15 December"
    );
}

/// Dates from CLDR, in each language, with the zone said (published CLDR 49 patterns).
#[test]
fn dates_and_times_in_each_language_with_the_zone() {
    let z: jiff::Zoned = "2026-12-15T17:00[Europe/Berlin]".parse().unwrap();
    let cases = [
        (
            Lang::En,
            "Tuesday, 15 December 2026 at 17:00 CET",
            "Tuesday 15 December",
        ),
        (
            Lang::De,
            "Dienstag, 15. Dezember 2026 um 17:00 MEZ",
            "Dienstag, 15. Dezember",
        ),
        (
            Lang::Fr,
            "mardi 15 décembre 2026 à 17:00 UTC+1",
            "mardi 15 décembre",
        ),
        (
            Lang::Es,
            "martes, 15 de diciembre de 2026 a las 17:00 CET",
            "martes, 15 de diciembre",
        ),
        (
            Lang::Ja,
            "2026年12月15日火曜日 17:00 GMT+1",
            "12月15日火曜日",
        ),
    ];
    for (lang, long, short) in cases {
        let tr = Catalog::new(lang);
        assert_eq!(tr.date_time(&z), long, "{lang:?}");
        assert_eq!(tr.day(&z), short, "{lang:?}");
    }
    // Summer time is said as such; a US system writes a 12-hour clock.
    let summer: jiff::Zoned = "2026-07-01T09:30[Europe/Berlin]".parse().unwrap();
    assert!(Catalog::new(Lang::De).date_time(&summer).ends_with("MESZ"));
    let us = Catalog::new(Lang::En).with_region_from(&["en_US.UTF-8"]);
    assert_eq!(
        us.date_time(&z),
        "Tuesday, December 15, 2026 at 5:00\u{a0}PM GMT+1"
    );
    // A region of another language is not borrowed.
    let de = Catalog::new(Lang::De).with_region_from(&["en_US.UTF-8"]);
    assert_eq!(de.day(&z), "Dienstag, 15. Dezember");
}
