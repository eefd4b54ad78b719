//! Located policy errors (`policy.toml:7:12: enrollment.min_methods: must be at least 1`)
//! and the collector the validators report into.

use std::fmt;

/// One problem in a policy file, located.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Dotted path of the field (`enrollment.min_methods`, `portal[1].url`); empty for syntax errors.
    pub field: String,
    pub message: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        f.write_str(&self.message)
    }
}

/// All the problems found in a policy file (at least one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct PolicyErrors(pub Vec<PolicyError>);

impl fmt::Display for PolicyErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl PolicyErrors {
    /// The first error (there is always one).
    pub fn first(&self) -> Option<&PolicyError> {
        self.0.first()
    }
}

/// Collects located errors while validating. Validators keep going after a
/// mistake so that a file's problems are all reported at once.
pub(super) struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    errors: Vec<PolicyError>,
}

impl<'a> Checker<'a> {
    pub(super) fn new(text: &'a str, file: &'a str) -> Self {
        Self {
            text,
            file,
            errors: Vec::new(),
        }
    }

    /// Records an error at the byte span `span` of the file.
    pub(super) fn err(
        &mut self,
        span: std::ops::Range<usize>,
        field: impl Into<String>,
        message: impl Into<String>,
    ) {
        let (line, column) = line_col(self.text, span.start);
        self.errors.push(PolicyError {
            file: self.file.to_owned(),
            line,
            column,
            field: field.into(),
            message: message.into(),
        });
    }

    /// How many errors so far (a validator compares before and after to skip
    /// cross-field checks over fields that were already wrong).
    pub(super) fn count(&self) -> usize {
        self.errors.len()
    }

    /// What was recorded (for a step that cannot go on after its error).
    pub(super) fn into_errors(self) -> PolicyErrors {
        PolicyErrors(self.errors)
    }

    /// `Ok(())` when nothing was recorded.
    pub(super) fn finish(self) -> Result<(), PolicyErrors> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(PolicyErrors(self.errors))
        }
    }
}

/// 1-based line and column (in characters) of a byte offset.
pub(super) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before.get(line_start..).map_or(0, |s| s.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("abc", 0), (1, 1));
        assert_eq!(line_col("a\nbc", 3), (2, 2));
        assert_eq!(line_col("é\nx", 3), (2, 1));
        assert_eq!(line_col("éx", 2), (1, 2));
        assert_eq!(line_col("x", 99), (1, 2));
    }

    #[test]
    fn errors_are_shown_one_per_line_with_their_field() {
        let mut ck = Checker::new("a = 1\nb = 2\n", "p.toml");
        ck.err(6..7, "b", "is wrong");
        ck.err(0..1, "", "not valid TOML: x");
        let errs = ck.finish().unwrap_err();
        assert_eq!(
            errs.to_string(),
            "p.toml:2:1: b: is wrong\np.toml:1:1: not valid TOML: x"
        );
        assert_eq!(errs.first().map(|e| e.line), Some(2));
        assert!(Checker::new("", "p.toml").finish().is_ok());
    }
}
