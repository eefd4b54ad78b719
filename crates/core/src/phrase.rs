//! Small pieces of English the app's sentences are built from, one way each:
//! counts with their noun, "A, B or C", a phrase's first letter raised or
//! lowered to fit where it goes, and a name inside a sentence.

/// "1 method", "3 methods": a count with its noun (any unsigned count).
pub fn plural(n: impl TryInto<u64>, one: &str, many: &str) -> String {
    match n.try_into().unwrap_or(u64::MAX) {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// "A", "A or B", "A, B or C"; empty for none.
pub fn or_list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} or {}", rest.join(", "), last.as_ref())
        }
    }
}

/// The phrase with its first letter lowered, to follow other words.
pub fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// A name inside a sentence: a common noun's first letter lowered ("Security key" →
/// "security key"); a name with a capital beyond its first letter is a proper name and
/// stays ("Windows Hello for Business", "Text message (SMS)").
pub fn name_in_sentence(name: &str) -> String {
    if name.chars().skip(1).any(char::is_uppercase) {
        name.to_owned()
    } else {
        lower_first(name)
    }
}

/// The phrase with its first letter raised, to open a sentence.
pub fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_counts_its_noun() {
        assert_eq!(plural(1u32, "hop", "hops"), "1 hop");
        assert_eq!(plural(0u32, "hop", "hops"), "0 hops");
        assert_eq!(plural(12u64, "method", "methods"), "12 methods");
        assert_eq!(plural(1usize, "line", "lines"), "1 line");
    }

    #[test]
    fn or_lists_read_naturally() {
        assert_eq!(or_list::<&str>(&[]), "");
        assert_eq!(or_list(&["call"]), "call");
        assert_eq!(or_list(&["call", "write"]), "call or write");
        assert_eq!(
            or_list(&["call".to_owned(), "write".into(), "visit".into()]),
            "call, write or visit"
        );
    }

    #[test]
    fn first_letters() {
        assert_eq!(lower_first("Contact the Desk"), "contact the Desk");
        assert_eq!(upper_first("écrire"), "Écrire");
        assert_eq!(lower_first(""), "");
        assert_eq!(name_in_sentence("Security key"), "security key");
        assert_eq!(
            name_in_sentence("Windows Hello for Business"),
            "Windows Hello for Business"
        );
        assert_eq!(name_in_sentence("Text message (SMS)"), "Text message (SMS)");
    }
}
