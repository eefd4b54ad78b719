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

/// A moment without its zone, for messages that say the zone themselves ("{ $time } UTC"):
/// CLDR's medium date and the time, to the minute or the second.
#[test]
fn short_dates_and_times_without_the_zone() {
    let z: jiff::Zoned = "2026-12-13T09:05:07[UTC]".parse().unwrap();
    let cases = [
        (Lang::En, "13 Dec 2026, 09:05", "13 Dec 2026, 09:05:07"),
        (Lang::De, "13.12.2026, 09:05", "13.12.2026, 09:05:07"),
        (Lang::Fr, "13 déc. 2026, 09:05", "13 déc. 2026, 09:05:07"),
        (Lang::Es, "13 dic 2026, 09:05", "13 dic 2026, 09:05:07"),
        (Lang::Ja, "2026/12/13 9:05", "2026/12/13 9:05:07"),
    ];
    for (lang, minutes, seconds) in cases {
        let tr = Catalog::new(lang);
        assert_eq!(tr.short_date_time(&z), minutes, "{lang:?}");
        assert_eq!(tr.short_date_time_secs(&z), seconds, "{lang:?}");
    }
}

/// A CLDR plural category other than `other` (which any selector may have).
fn is_plural_category(key: &str) -> bool {
    matches!(key, "zero" | "one" | "two" | "few" | "many")
}

/// Every message of `lang`'s catalogues that has a value: its area, id and pattern.
fn messages(lang: Lang) -> Vec<(&'static str, &'static str, ast::Pattern<&'static str>)> {
    let mut out = Vec::new();
    for (folder, area, text) in RESOURCES {
        if *folder != lang.tag() {
            continue;
        }
        let res = fluent_syntax::parser::parse(*text).unwrap();
        for entry in res.body {
            if let ast::Entry::Message(m) = entry
                && let Some(value) = m.value
            {
                out.push((*area, m.id.name, value));
            }
        }
    }
    out
}

/// The variables a pattern uses, and those it selects on by a plural category.
fn variables(p: &ast::Pattern<&str>, all: &mut BTreeSet<String>, plural: &mut BTreeSet<String>) {
    fn inline(
        e: &ast::InlineExpression<&str>,
        all: &mut BTreeSet<String>,
        plural: &mut BTreeSet<String>,
    ) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                all.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => expr(expression, all, plural),
            _ => {}
        }
    }
    fn expr(e: &ast::Expression<&str>, all: &mut BTreeSet<String>, plural: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline(selector, all, plural);
                let categories = variants.iter().any(|v| {
                    matches!(&v.key, ast::VariantKey::Identifier { name } if is_plural_category(name))
                });
                if let (true, ast::InlineExpression::VariableReference { id }) =
                    (categories, selector)
                {
                    plural.insert(id.name.to_owned());
                }
                for v in variants {
                    variables(&v.value, all, plural);
                }
            }
            ast::Expression::Inline(i) => inline(i, all, plural),
        }
    }
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expr(expression, all, plural);
        }
    }
}

/// Every plural category of every language is reached: each message that selects on a
/// number is formatted with a number of each of its language's CLDR categories (German
/// and English: 1, 2; French: 0, 1, 2, 1000000; Spanish: 1, 2, 1000000; Japanese: 1, 2),
/// and what comes out is a whole sentence (no missing message, no unformatted `{`), with
/// the number in it where the form uses it; where the language has a singular, 1 and 2
/// read differently.
#[test]
fn every_plural_category_of_every_language_is_exercised() {
    let numbers: &[(Lang, &[i64])] = &[
        (Lang::En, &[1, 2]),
        (Lang::De, &[1, 2]),
        (Lang::Fr, &[0, 1, 2, 1_000_000]),
        (Lang::Es, &[1, 2, 1_000_000]),
        (Lang::Ja, &[1, 2]),
    ];
    let mut exercised = 0;
    for (lang, counts) in numbers {
        let cat = Catalog::new(*lang);
        for (area, id, value) in messages(*lang) {
            let value = &value;
            let (mut all, mut plural) = (BTreeSet::new(), BTreeSet::new());
            variables(value, &mut all, &mut plural);
            for var in &plural {
                let mut outs = Vec::new();
                for n in *counts {
                    let mut args = FluentArgs::new();
                    for other in &all {
                        if other == var {
                            args.set(other.clone(), FluentValue::from(*n));
                        } else {
                            args.set(other.clone(), FluentValue::from(7));
                        }
                    }
                    let out = cat.text_with(id, &args);
                    assert!(
                        out != "…" && !out.contains('{') && !out.trim().is_empty(),
                        "{}/{area}.ftl {} with {var}={n}: {out:?}",
                        lang.tag(),
                        id
                    );
                    outs.push(out);
                    exercised += 1;
                }
                if *lang != Lang::Ja {
                    assert_ne!(
                        outs[counts.iter().position(|n| *n == 1).unwrap()],
                        outs[counts.iter().position(|n| *n == 2).unwrap()],
                        "{}/{area}.ftl {}: 1 and 2 read the same",
                        lang.tag(),
                        id
                    );
                }
            }
        }
    }
    assert!(exercised > 100, "{exercised}");
}

/// Each plural selector uses only its language's CLDR categories (a `[one]` in Japanese,
/// or a `[few]` in German, would never be chosen), and a language with a singular gives
/// it (`[one]`, or the number `[1]`) wherever English has one.
#[test]
fn plural_variants_are_the_languages_own_categories() {
    let categories: &[(Lang, &[&str])] = &[
        (Lang::En, &["one", "other"]),
        (Lang::De, &["one", "other"]),
        (Lang::Fr, &["one", "many", "other"]),
        (Lang::Es, &["one", "many", "other"]),
        (Lang::Ja, &["other"]),
    ];
    for (lang, allowed) in categories {
        for (area, id, value) in messages(*lang) {
            let value = &value;
            for el in &value.elements {
                let ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } = el
                else {
                    continue;
                };
                let keys: Vec<&str> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(*name),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                let is_plural = keys.iter().any(|k| is_plural_category(k));
                if !is_plural {
                    continue;
                }
                for k in &keys {
                    assert!(
                        allowed.contains(k),
                        "{}/{area}.ftl {}: [{k}] is not a plural category of {}",
                        lang.tag(),
                        id,
                        lang.tag()
                    );
                }
                let singular = keys.contains(&"one")
                        || variants.iter().any(|v| {
                            matches!(&v.key, ast::VariantKey::NumberLiteral { value } if *value == "1")
                        });
                assert!(
                    singular || !allowed.contains(&"one"),
                    "{}/{area}.ftl {}: no singular",
                    lang.tag(),
                    id
                );
            }
        }
    }
}
