//! Phone-number validation/normalisation and masking of phone numbers and
//! e-mail addresses, alone or inside free text.
//!
//! Decisions where the brief was silent:
//! * Country codes are split with the ITU E.164 assignment: `1` and `7` are
//!   one digit; a fixed list of two-digit codes ([`TWO_DIGIT_CODES`]);
//!   everything else is three digits. Country codes never start with 0.
//! * A parenthesised lone zero, the trunk prefix in `+44 (0)20 7946 0958`,
//!   is dropped.
//! * Masks use a fixed `•••` whatever the number of hidden digits. First 3
//!   and last 4 national digits are shown only when the national number has
//!   at least 10 digits (so at least 3 stay hidden); otherwise only the last
//!   2 are shown: `+45 ••• 78`.
//! * [`mask_text`] masks `+`-prefixed numbers (8–15 digits), and numbers
//!   without `+` only when clearly formatted as phone numbers: 10–15 digits
//!   in at least three groups (or a parenthesised area code and two groups),
//!   dot-separated only as `206.555.0100`. Bare digit runs (unix times,
//!   numeric ids), digits touching letters (UUIDs, request ids), digits
//!   followed by `:` (times), and `YYYY-MM-DD` / `DD.MM.YYYY` dates are left
//!   alone.
//! * Digits of every script count (issue 13): full-width `０`–`９`, Arabic-Indic,
//!   Devanagari and every other run of Unicode decimal digits ([`digit_value`]), and
//!   the full-width `＋ － ． （ ）` and ideographic space, are read as their ASCII
//!   forms, so `＋１ ２０６ ５５５ ０１００` is masked like `+1 206 555 0100` (the
//!   mask itself is written in ASCII digits).

use std::fmt;

/// ITU E.164 two-digit country codes.
pub const TWO_DIGIT_CODES: [u8; 44] = [
    20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56,
    57, 58, 60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
];

const BULLETS: &str = "•••";

/// The zero of every run of ten decimal digits in Unicode (general category Nd,
/// from Unicode 14's data plus Kawi and Nag Mundari from 15), in order; each run
/// is zero to nine. A test checks that the standard library calls all of them numeric.
const DIGIT_ZEROS: [u32; 68] = [
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
    0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0,
    0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16A60,
    0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0,
    0x1E950, 0x1FBF0,
];

/// The value of a decimal digit of any script (`7`, `７`, `٧`, `७`), or `None`.
pub fn digit_value(c: char) -> Option<u8> {
    let cp = u32::from(c);
    let run = DIGIT_ZEROS.partition_point(|z| *z <= cp).checked_sub(1)?;
    let offset = cp - DIGIT_ZEROS.get(run)?;
    (offset < 10).then(|| u8::try_from(offset).ok()).flatten()
}

/// The ASCII character a phone-number character of another width or script stands
/// for: digits of any script, the full-width `＋ － ． （ ）`, the ideographic space.
fn ascii_form(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if let Some(d) = digit_value(c) {
        return Some(char::from(b'0' + d));
    }
    match c {
        '\u{FF0B}' => Some('+'),
        '\u{FF0D}' => Some('-'),
        '\u{FF0E}' => Some('.'),
        '\u{FF08}' => Some('('),
        '\u{FF09}' => Some(')'),
        '\u{3000}' => Some(' '),
        _ => None,
    }
}

/// `text` with every character [`ascii_form`] knows in its ASCII form, and where each
/// byte of the result came from in `text` (one entry per byte, plus the end). The
/// characters correspond one to one, so a span of the result maps back to a span of
/// `text` on character boundaries.
fn fold(text: &str) -> (String, Vec<usize>) {
    let mut folded = String::with_capacity(text.len());
    let mut from = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let f = ascii_form(c).unwrap_or(c);
        folded.push(f);
        from.extend(std::iter::repeat_n(i, f.len_utf8()));
    }
    from.push(text.len());
    (folded, from)
}

/// Why a phone number was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    /// Nothing entered.
    #[error("enter a phone number")]
    Empty,
    /// Does not start with `+`.
    #[error("start with + and the country code, e.g. +1 206 555 0100")]
    MissingPlus,
    /// A letter or other character that has no place in a phone number.
    #[error("{0:?} is not allowed in a phone number")]
    InvalidChar(char),
    /// Parentheses do not pair up.
    #[error("parentheses do not match")]
    UnbalancedParens,
    /// Fewer than 8 digits.
    #[error("too short: {0} digits, at least 8 are needed")]
    TooShort(usize),
    /// More than 15 digits.
    #[error("too long: {0} digits, at most 15 are allowed")]
    TooLong(usize),
    /// Country code starting with 0.
    #[error("the country code cannot start with 0")]
    BadCountryCode,
}

/// A validated phone number, split into country code and national number.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PhoneNumber {
    country_code: String,
    national: String,
}

impl PhoneNumber {
    /// Validates E.164-like input: `+`, then 8–15 digits; spaces, dashes,
    /// dots and parentheses are allowed and dropped.
    pub fn parse(input: &str) -> Result<PhoneNumber, PhoneError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PhoneError::Empty);
        }
        let Some(rest) = s.strip_prefix('+') else {
            return match s.chars().find(|c| !is_phone_char(*c)) {
                Some(c) => Err(PhoneError::InvalidChar(c)),
                None => Err(PhoneError::MissingPlus),
            };
        };
        let rest = rest.replace("(0)", "");
        let mut depth = 0u8;
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' => {}
                '(' if depth == 0 => depth = 1,
                ')' if depth == 1 => depth = 0,
                '(' | ')' => return Err(PhoneError::UnbalancedParens),
                c => return Err(PhoneError::InvalidChar(c)),
            }
        }
        if depth != 0 {
            return Err(PhoneError::UnbalancedParens);
        }
        match digits.len() {
            n if n < 8 => return Err(PhoneError::TooShort(n)),
            n if n > 15 => return Err(PhoneError::TooLong(n)),
            _ => {}
        }
        let cc_len = country_code_len(&digits).ok_or(PhoneError::BadCountryCode)?;
        let (cc, national) = digits.split_at(cc_len);
        Ok(PhoneNumber {
            country_code: cc.to_owned(),
            national: national.to_owned(),
        })
    }

    /// Country code digits, e.g. `1`.
    pub fn country_code(&self) -> &str {
        &self.country_code
    }

    /// National number digits, e.g. `2065550100`.
    pub fn national(&self) -> &str {
        &self.national
    }

    /// The form Graph wants: `+1 2065550100`.
    pub fn to_graph(&self) -> String {
        format!("+{} {}", self.country_code, self.national)
    }

    /// For display: `+1 206 ••• 0100`, or `+45 ••• 78` when short.
    pub fn masked(&self) -> String {
        format!("+{} {}", self.country_code, mask_digits(&self.national))
    }
}

impl fmt::Display for PhoneNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_graph())
    }
}

fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')' | '+')
}

/// Length of the country code at the start of `digits` (ITU E.164).
fn country_code_len(digits: &str) -> Option<usize> {
    let b = digits.as_bytes();
    match b.first()? {
        b'0' => None,
        b'1' | b'7' => Some(1),
        d1 => {
            let d2 = b.get(1)?;
            let two = (d1 - b'0') * 10 + (d2 - b'0');
            Some(if TWO_DIGIT_CODES.contains(&two) { 2 } else { 3 })
        }
    }
}

/// Masks a run of national digits: first 3 + `•••` + last 4 when ≥ 10
/// digits, otherwise `•••` + last 2.
fn mask_digits(d: &str) -> String {
    let n = d.len();
    match (
        d.get(..3),
        d.get(n.saturating_sub(4)..),
        d.get(n.saturating_sub(2)..),
    ) {
        (Some(head), Some(tail), _) if n >= 10 => format!("{head} {BULLETS} {tail}"),
        (_, _, Some(last2)) if n >= 2 => format!("{BULLETS} {last2}"),
        _ => BULLETS.to_owned(),
    }
}

/// Normalises user input to Graph's `+CC NATIONAL` form.
pub fn normalize_phone(input: &str) -> Result<String, PhoneError> {
    PhoneNumber::parse(input).map(|p| p.to_graph())
}

/// Masks a phone number for display. Input that does not validate is
/// masked down to its last two digits (or fully).
pub fn mask_phone(input: &str) -> String {
    match PhoneNumber::parse(input) {
        Ok(p) => p.masked(),
        Err(_) => {
            let d: String = input
                .chars()
                .filter_map(digit_value)
                .map(|d| char::from(b'0' + d))
                .collect();
            if d.len() >= 4 {
                mask_digits(&d[d.len() - 2..])
            } else {
                BULLETS.to_owned()
            }
        }
    }
}

/// Masks an e-mail address: `jane@contoso.com` → `j•••@contoso.com`.
/// Anything that is not `local@domain` is fully masked.
pub fn mask_email(input: &str) -> String {
    let s = input.trim();
    match s.rsplit_once('@') {
        Some((local, domain)) if !domain.is_empty() && !domain.contains('@') => {
            match local.chars().next() {
                Some(first) => format!("{first}{BULLETS}@{domain}"),
                None => BULLETS.to_owned(),
            }
        }
        _ => BULLETS.to_owned(),
    }
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"._%+-'".contains(&b)
}

fn is_domain_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'.' || b == b'-'
}

/// Finds e-mail addresses: `(start, end)` byte spans.
fn find_emails(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut spans = Vec::new();
    for (at, _) in text.match_indices('@') {
        let mut start = at;
        while start > 0 && is_local_byte(b[start - 1]) {
            start -= 1;
        }
        while start < at && b[start] == b'.' {
            start += 1;
        }
        let mut end = at + 1;
        while end < b.len() && is_domain_byte(b[end]) {
            end += 1;
        }
        while end > at + 1 && matches!(b[end - 1], b'.' | b'-') {
            end -= 1;
        }
        let domain = &text[at + 1..end];
        let tld_ok = domain
            .rsplit_once('.')
            .is_some_and(|(_, tld)| tld.len() >= 2 && tld.bytes().all(|c| c.is_ascii_alphabetic()));
        let labels_ok = domain.split('.').all(|l| !l.is_empty());
        if start < at && tld_ok && labels_ok {
            push_merged(&mut spans, (start, end));
        }
    }
    spans
}

/// Adds a span, merging it into the previous one when they overlap or touch
/// (`a@b.co@c.de` yields `a@b.co` and `b.co@c.de`: one address-shaped run), so the
/// spans stay sorted and disjoint and the masker never steps backwards.
fn push_merged(spans: &mut Vec<(usize, usize)>, (start, end): (usize, usize)) {
    match spans.last_mut() {
        Some(last) if start <= last.1 => last.1 = last.1.max(end),
        _ => spans.push((start, end)),
    }
}

struct Candidate {
    end: usize,
    plus: bool,
    digits: usize,
    groups: Vec<usize>,
    seps: Vec<u8>,
    paren_first: bool,
}

/// Greedily reads a phone-shaped run starting at `i`.
fn read_candidate(b: &[u8], i: usize) -> Option<Candidate> {
    let plus = b[i] == b'+';
    let mut j = if plus { i + 1 } else { i };
    let mut c = Candidate {
        end: j,
        plus,
        digits: 0,
        groups: Vec::new(),
        seps: Vec::new(),
        paren_first: false,
    };
    let mut cur = 0usize;
    let mut open = false;
    let digit_at = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit);
    while j < b.len() {
        match b[j] {
            d if d.is_ascii_digit() => {
                cur += 1;
                c.digits += 1;
                j += 1;
                c.end = j;
            }
            b'(' if !open && (digit_at(j + 1)) => {
                if cur > 0 {
                    c.groups.push(cur);
                    c.seps.push(b' ');
                    cur = 0;
                }
                if c.groups.is_empty() {
                    c.paren_first = true;
                }
                open = true;
                j += 1;
            }
            b')' if open && cur > 0 => {
                open = false;
                j += 1;
                c.end = j;
                if b.get(j) == Some(&b' ') && (digit_at(j + 1) || b.get(j + 1) == Some(&b'(')) {
                    j += 1;
                }
                if digit_at(j) {
                    c.groups.push(cur);
                    c.seps.push(b' ');
                    cur = 0;
                }
            }
            s @ (b' ' | b'-' | b'.')
                if cur > 0 && (digit_at(j + 1) || b.get(j + 1) == Some(&b'(')) =>
            {
                c.groups.push(cur);
                c.seps.push(s);
                cur = 0;
                j += 1;
            }
            _ => break,
        }
    }
    if open && cur == 0 && c.groups.is_empty() {
        return None;
    }
    if cur > 0 {
        c.groups.push(cur);
    }
    (c.digits > 0).then_some(c)
}

fn looks_like_date(groups: &[usize], seps: &[u8]) -> bool {
    (0..groups.len().saturating_sub(2)).any(|k| {
        let (a, m, y) = (groups[k], groups[k + 1], groups[k + 2]);
        let same = seps.get(k) == seps.get(k + 1) && seps.get(k).is_some_and(|s| *s != b' ');
        same && ((a == 4 && m <= 2 && y <= 2) || (a <= 2 && m <= 2 && y == 4))
    })
}

fn is_phone(c: &Candidate) -> bool {
    if c.plus {
        return (8..=15).contains(&c.digits);
    }
    if !(10..=15).contains(&c.digits) || looks_like_date(&c.groups, &c.seps) {
        return false;
    }
    if c.seps.iter().all(|s| *s == b'.') {
        return c.groups == [3, 3, 4];
    }
    c.groups.len() >= 3 || (c.paren_first && c.groups.len() >= 2)
}

/// Masks phone numbers and e-mail addresses in free text (for reports),
/// leaving dates, times, UUIDs and request ids alone. Digits of every script count
/// (see the module's notes); what is not masked is left exactly as it was.
pub fn mask_text(text: &str) -> String {
    if text.is_ascii() {
        return mask_folded(text);
    }
    // Find the numbers in the ASCII form, then copy the text between them as it was.
    let (folded, from) = fold(text);
    let mut out = String::with_capacity(text.len());
    let mut last = 0usize;
    for (start, end, masked) in mask_spans(&folded) {
        let (Some(&s), Some(&e)) = (from.get(start), from.get(end)) else {
            continue;
        };
        if s < last {
            continue;
        }
        out.push_str(text.get(last..s).unwrap_or_default());
        out.push_str(&masked);
        last = e;
    }
    out.push_str(text.get(last..).unwrap_or_default());
    out
}

/// [`mask_text`] of text already in ASCII form.
fn mask_folded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0usize;
    for (start, end, masked) in mask_spans(text) {
        out.push_str(&text[last..start]);
        out.push_str(&masked);
        last = end;
    }
    out.push_str(&text[last..]);
    out
}

/// The phone numbers and e-mail addresses in `text`: `(start, end, masked)` byte
/// spans, sorted and disjoint.
fn mask_spans(text: &str) -> Vec<(usize, usize, String)> {
    let b = text.as_bytes();
    let emails = find_emails(text);
    let mut out = Vec::new();
    let mut last = 0usize;
    let mut i = 0usize;
    let mut email_iter = emails.iter().peekable();
    while i < b.len() {
        if let Some(&&(s, e)) = email_iter.peek()
            && i >= s
        {
            // Spans are disjoint and sorted, and `last <= i`, so `last <= s` unless a
            // phone match ran into the address; then the address starts where it ended.
            let s = s.max(last);
            let e = e.max(s);
            out.push((s, e, mask_email(&text[s..e])));
            last = e;
            i = e;
            email_iter.next();
            continue;
        }
        let ch = b[i];
        let starts = ch.is_ascii_digit()
            || ch == b'('
            || (ch == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        let prev = i.checked_sub(1).map(|k| b[k]);
        let prev_ok = match prev {
            None => true,
            Some(p) if p.is_ascii_alphanumeric() => false,
            Some(b':' | b'=') => ch == b'+',
            Some(p) => !b"-._/@+#\\".contains(&p),
        };
        if !(starts && prev_ok) {
            i += 1;
            continue;
        }
        let Some(c) = read_candidate(b, i) else {
            i += 1;
            continue;
        };
        let next_ok = match b.get(c.end) {
            None => true,
            Some(n) if n.is_ascii_alphanumeric() => false,
            Some(b'_' | b'@' | b':' | b'/' | b'+' | b'\\') => false,
            Some(b'.' | b'-') => !b.get(c.end + 1).is_some_and(u8::is_ascii_alphanumeric),
            Some(_) => true,
        };
        let stop = email_iter.peek().map_or(usize::MAX, |(s, _)| *s);
        if next_ok && c.end <= stop && is_phone(&c) {
            let raw = &text[i..c.end];
            let masked = if c.plus {
                PhoneNumber::parse(raw).ok().map(|p| p.masked())
            } else {
                let d: String = raw.chars().filter(char::is_ascii_digit).collect();
                Some(mask_digits(&d))
            };
            if let Some(m) = masked {
                out.push((i, c.end, m));
                last = c.end;
            }
        }
        // Skip the whole run so no suffix of it is matched again.
        // Never step over the start of the next e-mail address.
        i = c.end.min(stop).max(i + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn normalises_valid_numbers() {
        for (input, want) in [
            ("+1 2065550100", "+1 2065550100"),
            ("+1 (206) 555-0100", "+1 2065550100"),
            ("  +1.206.555.0100 ", "+1 2065550100"),
            ("+44 (0)20 7946 0958", "+44 2079460958"),
            ("+447911123456", "+44 7911123456"),
            ("+49 30 901820", "+49 30901820"),
            ("+353 1 234 5678", "+353 12345678"),
            ("+7 495 123-45-67", "+7 4951234567"),
            ("+971 50 123 4567", "+971 501234567"),
            ("+86 138 0013 8000", "+86 13800138000"),
            ("+12345678", "+1 2345678"),
        ] {
            assert_eq!(normalize_phone(input).as_deref(), Ok(want), "{input}");
        }
    }

    #[test]
    fn rejects_invalid_numbers() {
        use PhoneError::*;
        for (input, want) in [
            ("", Empty),
            ("   ", Empty),
            ("206 555 0100", MissingPlus),
            ("0044 20 7946 0958", MissingPlus),
            ("+1 206 CALL NOW", InvalidChar('C')),
            ("call +1 206", InvalidChar('c')),
            ("+1 206 555 0100 x12", InvalidChar('x')),
            ("+1 206/555/0100", InvalidChar('/')),
            ("+1 206 555 01+00", InvalidChar('+')),
            ("+1 (206 555 0100", UnbalancedParens),
            ("+1 206) 555 0100", UnbalancedParens),
            ("+1 ((206)) 5550100", UnbalancedParens),
            ("+1 206 555", TooShort(7)),
            ("+", TooShort(0)),
            ("+1234567890123456", TooLong(16)),
            ("+0 206 555 0100", BadCountryCode),
        ] {
            assert_eq!(PhoneNumber::parse(input), Err(want), "{input}");
        }
    }

    #[test]
    fn country_code_split() {
        let cc = |s: &str| PhoneNumber::parse(s).unwrap().country_code().to_owned();
        assert_eq!(cc("+1 206 555 0100"), "1");
        assert_eq!(cc("+7 912 345 6789"), "7");
        assert_eq!(cc("+33 1 23 45 67 89"), "33");
        assert_eq!(cc("+98 21 1234 5678"), "98");
        assert_eq!(cc("+358 40 123 4567"), "358");
        assert_eq!(cc("+212 6 1234 5678"), "212");
        assert_eq!(cc("+880 1712 345678"), "880");
        assert_eq!(TWO_DIGIT_CODES.len(), 44);
    }

    #[test]
    fn masks_phones() {
        assert_eq!(mask_phone("+1 2065550100"), "+1 206 ••• 0100");
        assert_eq!(mask_phone("+1 (206) 555-0100"), "+1 206 ••• 0100");
        assert_eq!(mask_phone("+44 7911 123456"), "+44 791 ••• 3456");
        assert_eq!(mask_phone("+45 12 34 56 78"), "+45 ••• 78");
        assert_eq!(mask_phone("+353 1 234 567"), "+353 ••• 67");
        assert_eq!(mask_phone("not a phone 12345"), "••• 45");
        assert_eq!(mask_phone("abc"), "•••");
        assert_eq!(
            PhoneNumber::parse("+1 206 555 0100").unwrap().to_string(),
            "+1 2065550100"
        );
    }

    #[test]
    fn masks_emails() {
        assert_eq!(mask_email("jane@contoso.com"), "j•••@contoso.com");
        assert_eq!(mask_email(" Ünal@example.de "), "Ü•••@example.de");
        assert_eq!(mask_email("@contoso.com"), "•••");
        assert_eq!(mask_email("jane@"), "•••");
        assert_eq!(mask_email("plain"), "•••");
    }

    #[test]
    fn mask_text_masks_pii() {
        let cases = [
            (
                "Call +1 206 555 0100 or mail jane.doe@contoso.com.",
                "Call +1 206 ••• 0100 or mail j•••@contoso.com.",
            ),
            ("phone=+12065550100&x=1", "phone=+1 206 ••• 0100&x=1"),
            ("Tel:+44 (0)20 7946 0958", "Tel:+44 207 ••• 0958"),
            ("(206) 555-0100", "206 ••• 0100"),
            ("US: 206-555-0100.", "US: 206 ••• 0100."),
            ("dots 206.555.0100 ok", "dots 206 ••• 0100 ok"),
            (
                "registered +1 2065550100, done",
                "registered +1 206 ••• 0100, done",
            ),
            ("<kim@contoso.co.uk>", "<k•••@contoso.co.uk>"),
            ("two: a@b.io, +45 12 34 56 78", "two: a•••@b.io, +45 ••• 78"),
            ("tel 1 234.jane@x.com b@c.de", "tel 1 2•••@x.com b•••@c.de"),
        ];
        for (input, want) in cases {
            assert_eq!(mask_text(input), want, "{input}");
        }
    }

    #[test]
    fn mask_text_leaves_non_pii() {
        for s in [
            "2026-06-01T05:31:09Z",
            "2026-06-01 05:31:09",
            "Starting at 05:00 UTC on 01 Jun 2026",
            "01.06.2026 10:30",
            "2026-06-01 - 2026-06-30",
            "request-id 4f3c2b1a-0d9e-4f8a-b7c6-5e4d3c2b1a09",
            "uuid 12345678-1234-1234-1234-123456789012",
            "00000000-0000-0000-0000-000000000001",
            "number 18240371592277654321",
            "epoch 1780000000",
            "ip 192.168.100.200 and version 10.0.19045.3803",
            "AADSTS50126 correlation 1234567890",
            "pi 3.14159265358979",
            "offset 2026-06-01T05:31:09+02:00",
            "UTC+02:00",
            "Timestamp: 2026-06-01 10:00:00 UTC, 504 errors, 5 failures",
            "phoneAppVersion 6.2406.4000",
            "no at sign here @ all",
            "user@localhost",
        ] {
            assert_eq!(mask_text(s), s, "{s}");
        }
    }

    #[test]
    fn mask_text_unicode_safe() {
        assert_eq!(
            mask_text("Tél : +33 1 23 45 67 89 — café"),
            "Tél : +33 ••• 89 — café"
        );
        assert_eq!(mask_text("•••"), "•••");
    }

    /// Issue 13, item 15: full-width and other-script digits were not masked.
    #[test]
    fn digits_of_every_script_are_masked() {
        for (input, want) in [
            (
                "tel ＋１ ２０６ ５５５ ０１００ ok",
                "tel +1 206 ••• 0100 ok",
            ),
            ("＋１（２０６）５５５－０１００", "+1 206 ••• 0100"),
            ("رقم +١ ٢٠٦ ٥٥٥ ٠١٠٠", "رقم +1 206 ••• 0100"),
            ("फ़ोन +९१ ९८७६५ ४३२१०", "फ़ोन +91 987 ••• 3210"),
            ("mixed +1 ２０６ 555 ０１００.", "mixed +1 206 ••• 0100."),
            ("(２０６) ５５５-０１００", "206 ••• 0100"),
        ] {
            assert_eq!(mask_text(input), want, "{input}");
        }
        // Not a phone number: left exactly as it was, in its own script.
        for keep in [
            "２０２６年１２月１３日",
            "٢٠٢٦-١٢-١٣",
            "ｖｅｒｓｉｏｎ １．２",
        ] {
            assert_eq!(mask_text(keep), keep);
        }
        assert_eq!(mask_phone("＋１ ２０６ ５５５ ０１００"), "••• 00");
        assert_eq!(digit_value('７'), Some(7));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('x'), None);
        assert_eq!(digit_value('²'), None);
    }

    #[test]
    fn every_digit_run_is_numeric_to_the_standard_library() {
        for z in DIGIT_ZEROS {
            for k in 0..10 {
                let c = char::from_u32(z + k).unwrap();
                assert!(c.is_numeric(), "{:X}", z + k);
                assert_eq!(digit_value(c), Some(u8::try_from(k).unwrap()));
            }
        }
        assert!(DIGIT_ZEROS.windows(2).all(|w| w[0] + 10 <= w[1]));
    }

    #[test]
    fn overlapping_address_shapes_do_not_panic() {
        // Regression: these made `mask_text` slice backwards and panic, and the
        // job whose error body held one crashed every queue run after it.
        for text in [
            "ask a@b.co@c.de",
            "a@b.co@c.de@e.fg",
            "x.y@a.bc@d.ef now",
            "+1 206 555 0100 a@b.co@c.de",
        ] {
            let out = mask_text(text);
            assert!(!out.contains("a@b"), "{text} -> {out}");
        }
        assert_eq!(mask_text("ask a@b.co@c.de"), "ask a•••@c.de");
    }

    /// Text made of the characters the scanners care about, to reach their edges.
    fn edgy() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "a", "b", "Z", "1", "0", "7", "@", ".", "-", "+", " ", "(", ")", "_", ":", "/",
                "co", "de", "é", "•", "\n",
            ]),
            0..60,
        )
        .prop_map(|parts| parts.concat())
    }

    /// A phone number in one of the shapes people write, and its national digits.
    fn phone_shape() -> impl Strategy<Value = (String, String)> {
        (
            prop::sample::select(vec!["1", "44", "353", "49"]),
            "[2-9][0-9]{9}",
            0..7usize,
        )
            .prop_map(|(cc, n, shape)| {
                let (a, b, c) = (&n[..3], &n[3..6], &n[6..]);
                let text = match shape {
                    0 => format!("+{cc} {a} {b} {c}"),
                    1 => format!("+{cc}-{a}-{b}-{c}"),
                    2 => format!("+{cc}{n}"),
                    3 => format!("({a}) {b}-{c}"),
                    4 => format!("{a}-{b}-{c}"),
                    5 => format!("{a}.{b}.{c}"),
                    _ => format!("+{cc} ({a}) {b} {c}"),
                };
                (text, n)
            })
    }

    proptest! {
        #[test]
        fn mask_text_never_panics(s in "\\PC{0,80}", t in edgy()) {
            let _ = mask_text(&s);
            let _ = mask_text(&t);
        }

        #[test]
        fn mask_text_is_idempotent(s in "\\PC{0,80}", t in edgy()) {
            let once = mask_text(&s);
            prop_assert_eq!(mask_text(&once), once);
            let once = mask_text(&t);
            prop_assert_eq!(mask_text(&once), once);
        }

        #[test]
        fn no_seven_digits_of_a_phone_survive(
            pre in "([a-zA-Z,;:<(]{0,10} )?",
            (phone, national) in phone_shape(),
            post in "[ .,;>)]{0,4}",
        ) {
            let out = mask_text(&format!("{pre}{phone}{post}"));
            // Separators gone, so a run split only by spaces or dashes counts as one.
            let joined: String = out.chars().filter(|c| !" -.()".contains(*c)).collect();
            for w in national.as_bytes().windows(7) {
                let w = std::str::from_utf8(w).unwrap();
                prop_assert!(!joined.contains(w), "{phone} -> {out}");
            }
        }

        #[test]
        fn no_seven_digits_survive_in_any_script(
            pre in "([a-zA-Z,;:<(]{0,10} )?",
            (phone, national) in phone_shape(),
            zero in prop::sample::select(vec![0xFF10u32, 0x0660, 0x06F0, 0x0966, 0x0E50, 0x1D7CE]),
        ) {
            let script = |s: &str| -> String {
                s.chars()
                    .map(|c| match c.to_digit(10) {
                        Some(d) => char::from_u32(zero + d).unwrap(),
                        None if c == '+' && zero == 0xFF10 => '＋',
                        None => c,
                    })
                    .collect()
            };
            let out = mask_text(&format!("{pre}{}", script(&phone)));
            let joined: String = out
                .chars()
                .filter_map(|c| digit_value(c).map(|d| char::from(b'0' + d)).or(Some(c)))
                .filter(|c| !" -.()".contains(*c))
                .collect();
            for w in national.as_bytes().windows(7) {
                let w = std::str::from_utf8(w).unwrap();
                prop_assert!(!joined.contains(w), "{phone} -> {out}");
            }
            prop_assert_eq!(mask_text(&out), out.clone());
        }

        #[test]
        fn no_local_part_survives_next_to_arbitrary_text(
            pre in "\\PC{0,20}",
            local in "[a-z][a-z0-9._]{2,12}[a-z0-9]",
            domain in "[a-z]{2,8}\\.(com|org|co\\.uk)",
            post in "[ .,;>)]{0,5}",
        ) {
            let out = mask_text(&format!("{pre} {local}@{domain}{post}"));
            prop_assert!(!out.contains(&format!("{local}@")), "{}", out);
        }

        #[test]
        fn masked_text_hides_middle_digits(
            cc in prop::sample::select(vec!["1", "44", "353"]),
            national in "[1-9][0-9]{9}",
        ) {
            let phone = format!("+{cc} {national}");
            let out = mask_text(&format!("call {phone} now"));
            prop_assert!(!out.contains(&national));
            // The exact shape: the middle three digits are gone (a plain
            // `contains` check would trip when they recur in the last four).
            prop_assert_eq!(
                &out,
                &format!("call +{cc} {} ••• {} now", &national[..3], &national[6..])
            );
            prop_assert_eq!(mask_phone(&phone), format!("+{cc} {} ••• {}", &national[..3], &national[6..]));
        }

        #[test]
        fn emails_in_text_lose_their_local_part(
            pre in "[ a-z,;:<(]{0,12}",
            local in "[a-z][a-z0-9._]{3,12}[a-z0-9]",
            domain in "[a-z]{2,8}\\.(com|org|co\\.uk)",
            post in "[ .,;>)]{0,5}",
        ) {
            let out = mask_text(&format!("{pre} {local}@{domain}{post}"));
            prop_assert!(!out.contains(&local), "{}", out);
            let want = format!("{}•••@{domain}", &local[..1]);
            prop_assert!(out.contains(&want), "{}", out);
        }

        #[test]
        fn normalise_is_idempotent(cc in "[1-9][0-9]{0,2}", national in "[0-9]{7,11}") {
            let input = format!("+{cc}{national}");
            if let Ok(n) = normalize_phone(&input) {
                prop_assert_eq!(normalize_phone(&n), Ok(n.clone()));
                let digits = n.chars().filter(char::is_ascii_digit).count();
                prop_assert!((8..=15).contains(&digits));
            }
        }
    }
}
