//! `[helpdesk]`: who to call. Validated like every section, and salvaged from a
//! policy that failed validation so the user who sees the errors sees whom to call.

use toml::Spanned;

use crate::weburl;

use super::error::Checker;
use super::model::Helpdesk;
use super::raw::RawHelpdesk;
use super::urls;

/// Validates `[helpdesk]`. Its `url` is opened in the browser: https only.
pub(super) fn check(ck: &mut Checker<'_>, raw: &Spanned<RawHelpdesk>) -> Helpdesk {
    let h = raw.get_ref();
    let name = h.name.get_ref().trim().to_owned();
    if name.is_empty() {
        ck.err(h.name.span(), "helpdesk.name", "must not be empty");
    }
    let url = h.url.as_ref().map(|u| urls::browser(ck, u, "helpdesk.url"));
    let phone = h.phone.as_ref().map(|p| {
        if !is_phone(p.get_ref()) {
            ck.err(
                p.span(),
                "helpdesk.phone",
                "must be a phone number such as \"+1 425 555 0100\"",
            );
        }
        p.get_ref().trim().to_owned()
    });
    let email = h.email.as_ref().map(|e| {
        let v = e.get_ref().trim();
        if !is_email(v) {
            ck.err(
                e.span(),
                "helpdesk.email",
                "must be an e-mail address such as \"servicedesk@contoso.com\"",
            );
        }
        v.to_owned()
    });
    let booking_url = h
        .booking_url
        .as_ref()
        .map(|u| urls::browser(ck, u, "helpdesk.booking_url"));
    Helpdesk {
        name,
        url,
        phone,
        email,
        booking_url,
    }
}

fn is_phone(v: &str) -> bool {
    let digits = v.chars().filter(char::is_ascii_digit).count();
    let ok_chars = v
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    ok_chars && (3..=20).contains(&digits)
}

fn is_email(v: &str) -> bool {
    v.split_once('@').is_some_and(|(local, domain)| {
        !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !v.contains(char::is_whitespace)
    })
}

/// Best effort: the `[helpdesk]` contact of a policy that failed validation, so the
/// user who sees the errors also sees whom to call. Only well-formed values are kept
/// (an `url` must be https).
pub fn salvage_helpdesk(text: &str) -> Option<Helpdesk> {
    let table: toml::Table = toml::from_str(text).ok()?;
    let hd = table.get("helpdesk")?.as_table()?;
    let get = |k: &str| {
        hd.get(k)
            .and_then(toml::Value::as_str)
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    let name = get("name").unwrap_or_else(|| "Your IT helpdesk".to_owned());
    let url = get("url").filter(|u| weburl::browser_url(u).is_ok());
    let phone = get("phone");
    let email = get("email").filter(|e| e.contains('@'));
    if url.is_none() && phone.is_none() && email.is_none() {
        return None;
    }
    Some(Helpdesk {
        name,
        url,
        phone,
        email,
        booking_url: None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::testkit::{VALID, assert_error, replace_line};
    use super::*;

    #[test]
    fn malformed_http_helpdesk_url() {
        let text = replace_line(VALID, 15, "url = \"http://help.contoso.com/mfa\"");
        assert_error(&text, 15, "helpdesk.url", "must use https://");
        // Loopback http is for services, not for pages the user opens.
        let text = replace_line(VALID, 15, "url = \"http://127.0.0.1:8080/help\"");
        assert_error(&text, 15, "helpdesk.url", "must use https://");
    }

    #[test]
    fn booking_url_is_https_only() {
        let text = VALID.replace(
            "email = \"servicedesk@contoso.com\"\n",
            "email = \"servicedesk@contoso.com\"\nbooking_url = \"http://book.contoso.com/mfa\"\n",
        );
        assert_error(&text, 18, "helpdesk.booking_url", "must use https://");
        let ok = VALID.replace(
            "email = \"servicedesk@contoso.com\"\n",
            "email = \"servicedesk@contoso.com\"\nbooking_url = \"https://book.contoso.com/mfa\"\n",
        );
        let p = crate::policy::parse(&ok, "p.toml", super::super::testkit::now()).unwrap();
        let hd = p.helpdesk.unwrap();
        assert_eq!(
            hd.booking_url.as_deref(),
            Some("https://book.contoso.com/mfa")
        );
    }

    #[test]
    fn malformed_helpdesk_email() {
        let text = replace_line(VALID, 17, "email = \"servicedesk\"");
        assert_error(&text, 17, "helpdesk.email", "must be an e-mail address");
    }

    #[test]
    fn malformed_helpdesk_phone() {
        let text = replace_line(VALID, 16, "phone = \"call us\"");
        assert_error(&text, 16, "helpdesk.phone", "must be a phone number");
    }

    #[test]
    fn salvage_keeps_only_well_formed_values() {
        let hd = salvage_helpdesk(
            "schema = 9\n[helpdesk]\nname = \"Desk\"\nurl = \"http://help.example/\"\nphone = \"+1 425 555 0100\"\n",
        )
        .unwrap();
        assert_eq!(hd.name, "Desk");
        assert_eq!(hd.url, None, "plain http is not kept");
        assert_eq!(hd.phone.as_deref(), Some("+1 425 555 0100"));
        assert_eq!(salvage_helpdesk("[helpdesk]\nname = \"Desk\"\n"), None);
        assert_eq!(salvage_helpdesk("not toml ["), None);
    }
}
