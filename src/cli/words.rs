//! The command line's words that several commands share: text padded to one width in
//! any language (a Japanese character takes two columns).

/// How many terminal columns a text takes (a Japanese character takes two).
pub fn columns(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `label` padded with spaces to `width` columns.
pub fn padded(label: &str, width: usize) -> String {
    format!(
        "{label}{}",
        " ".repeat(width.saturating_sub(columns(label)))
    )
}
