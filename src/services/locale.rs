//! Which language people asked for: the window reads the system's preferred languages;
//! the command line follows the POSIX convention (`LC_ALL`, then `LC_MESSAGES`, then
//! `LANG`; the first one set wins, `C` meaning English), and the system's elsewhere.
//! What is chosen from these is `core::policy::LanguageRule::choose`'s decision.

/// The system's preferred languages, most wanted first (BCP 47 or POSIX forms).
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The languages the command line's human-readable output is in: the first of
/// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty, else the system's.
pub fn cli_locales() -> Vec<String> {
    let env = |name: &str| std::env::var(name).ok();
    match posix_locale(env) {
        Some(tag) => vec![tag],
        None => system_locales(),
    }
}

/// The POSIX choice among the three variables, read through `get`.
fn posix_locale(get: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(get)
        .find(|v| !v.trim().is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lc_all_then_lc_messages_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        assert_eq!(
            posix_locale(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "C")])).as_deref(),
            Some("C")
        );
        assert_eq!(
            posix_locale(env(&[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "ja_JP.UTF-8")
            ]))
            .as_deref(),
            Some("ja_JP.UTF-8")
        );
        assert_eq!(
            posix_locale(env(&[("LANG", "fr_FR.UTF-8"), ("LC_ALL", "")])).as_deref(),
            Some("fr_FR.UTF-8")
        );
        assert_eq!(posix_locale(env(&[])), None);
    }
}
