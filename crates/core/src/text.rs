//! External text made safe to print and render.
//!
//! Feed titles, server error messages and anything else that comes from outside
//! pass through here where they enter `core`, so that no terminal escape, carriage
//! return or bidi override can clear a terminal, forge a line or reorder what the
//! window shows.

/// One line of text: control characters (C0, DEL, C1) and bidi controls removed,
/// line breaks and tabs turned into single spaces, runs of spaces folded, trimmed.
pub fn single_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.chars() {
        let c = if matches!(c, '\n' | '\r' | '\t') {
            ' '
        } else {
            c
        };
        if is_unsafe(c) {
            continue;
        }
        if c == ' ' {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        out.push(c);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

/// Several lines: like [`single_line`] but keeps `\n` (a `\r\n` becomes `\n`, a
/// lone `\r` a newline too), and tabs become spaces.
pub fn multi_line(text: &str) -> String {
    let normalised = text.replace("\r\n", "\n").replace('\r', "\n");
    normalised
        .split('\n')
        .map(single_line)
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned()
}

/// The most characters of someone's input echoed back in a message ([`echo`]).
pub const ECHO_MAX_CHARS: usize = 100;

/// Input echoed back to the person who typed it (a flag's value, an environment
/// variable) in a one-line message: [`single_line`], then at most
/// [`ECHO_MAX_CHARS`] characters, "…" marking a cut. A terminal escape cannot
/// reach the terminal, and a 100 KB value is not printed whole.
pub fn echo(text: &str) -> String {
    capped(&single_line(text), ECHO_MAX_CHARS)
}

/// At most `max` characters of `text`; when it is longer, the first `max - 1`
/// and "…" (so the result is never longer than `max`). Never splits a character.
pub fn capped(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        None => text.to_owned(),
        Some(_) => {
            let keep = max.saturating_sub(1);
            let end = text.char_indices().nth(keep).map_or(text.len(), |(i, _)| i);
            let mut out = String::with_capacity(end + '…'.len_utf8());
            out.push_str(&text[..end]);
            out.push('…');
            out
        }
    }
}

/// [`single_line`] of at most `max` characters, "…" marking a cut, without reading
/// past what it keeps: a 15 MiB field costs no more than a short one.
pub fn single_line_capped(text: &str, max: usize) -> String {
    let end = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let line = single_line(&text[..end]);
    if end == text.len() {
        return line;
    }
    let mut out: String = line.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Control characters and invisible direction overrides.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200E}' | '\u{200F}' // LRM, RLM
            | '\u{202A}'..='\u{202E}' // LRE, RLE, PDF, LRO, RLO
            | '\u{2066}'..='\u{2069}' // LRI, RLI, FSI, PDI
            | '\u{FEFF}' // BOM / zero-width no-break space
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn terminal_escapes_are_removed() {
        assert_eq!(
            single_line("Outage\x1b[2J\x1b[H resolved\x07"),
            "Outage[2J[H resolved"
        );
        assert_eq!(single_line("a\u{9b}31mred"), "a31mred");
    }

    #[test]
    fn line_breaks_fold_to_spaces() {
        assert_eq!(single_line("  one\r\ntwo\tthree  "), "one two three");
        assert_eq!(
            multi_line("one\r\ntwo\rthree\n\x1b[1mfour"),
            "one\ntwo\nthree\n[1mfour"
        );
    }

    #[test]
    fn bidi_overrides_are_removed() {
        assert_eq!(single_line("abc\u{202E}fed\u{2066}"), "abcfed");
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let s = "Azure: Multi-factor authentication – degraded (Europe) · 504 ✓";
        assert_eq!(single_line(s), s);
        assert_eq!(multi_line(s), s);
    }

    #[test]
    fn echo_removes_escapes_and_caps() {
        assert_eq!(echo("\x1b]0;pwned\x07+1 206\x1b[2J"), "]0;pwned+1 206[2J");
        let long = "9".repeat(100_000);
        let e = echo(&long);
        assert_eq!(e.chars().count(), ECHO_MAX_CHARS);
        assert!(e.ends_with('…'));
        assert_eq!(echo("short"), "short");
        assert_eq!(capped("abc", 3), "abc");
        assert_eq!(capped("abcd", 3), "ab…");
        assert_eq!(capped("ééé", 2), "é…");
    }

    proptest! {
        #[test]
        fn a_capped_line_is_one_line_within_its_limit(s in any::<String>(), max in 1usize..40) {
            let c = single_line_capped(&s, max);
            prop_assert!(c.chars().count() <= max);
            prop_assert!(!c.chars().any(is_unsafe));
            if s.chars().count() <= max {
                prop_assert_eq!(c, single_line(&s));
            }
        }

        #[test]
        fn capped_never_exceeds_its_limit(s in any::<String>(), max in 1usize..40) {
            let c = capped(&s, max);
            prop_assert!(c.chars().count() <= max);
            prop_assert!(s.starts_with(c.trim_end_matches('…')) || c == s);
        }

        #[test]
        fn no_control_survives(s in any::<String>()) {
            let one = single_line(&s);
            prop_assert!(!one.chars().any(is_unsafe));
            prop_assert!(!one.contains('\n'));
            let many = multi_line(&s);
            prop_assert!(!many.chars().any(|c| c != '\n' && is_unsafe(c)));
            prop_assert_eq!(single_line(&one), one.clone());
            prop_assert_eq!(multi_line(&many), many.clone());
        }
    }
}
