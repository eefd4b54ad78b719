//! A reminder in the reader's language: its title and body from the catalogue
//! (`assets/i18n/<lang>/reminders.ftl`), whole sentences with named arguments, the
//! deadline written by CLDR in the reader's locale with its zone.

use mfa_ready_i18n::{Catalog, FluentArgs, tr};

use super::schedule::{Contact, Due, Reminder};
use crate::deadline::DeadlineSource;

impl Reminder {
    /// The notification's title: "MFA setup due in 2 days", "MFA setup is overdue".
    pub fn title(&self, tr: &Catalog) -> String {
        match self.due {
            Due::InDays(days) => tr!(tr, "reminder-due-title", days = days),
            Due::InHours(hours) => tr!(tr, "reminder-due-title-hours", hours = hours),
            Due::WithinAnHour => tr!(tr, "reminder-due-title-soon"),
            Due::Overdue => tr!(tr, "reminder-overdue-title"),
        }
    }

    /// The notification's text: whose deadline and when, the methods counted, what to
    /// do; once overdue, who can help.
    pub fn body(&self, tr: &Catalog) -> String {
        let overdue = self.due == Due::Overdue;
        let id = match (overdue, self.source) {
            (false, DeadlineSource::Organization) => "reminder-due-body",
            (false, DeadlineSource::Personal) => "reminder-due-body-personal",
            (true, DeadlineSource::Organization) => "reminder-overdue-body",
            (true, DeadlineSource::Personal) => "reminder-overdue-body-personal",
        };
        let mut args = FluentArgs::new();
        args.set("organization", self.organization.clone());
        args.set("deadline", tr.date_time(&self.deadline));
        args.set("have", self.counted);
        args.set("need", self.required);
        let body = tr.text_with(id, &args);
        match &self.helpdesk {
            Some(desk) if overdue => tr!(
                tr,
                "reminder-with-helpdesk",
                reminder = body,
                helpdesk = helpdesk_sentence(tr, desk)
            ),
            _ => body,
        }
    }
}

/// "If you are stuck, call Contoso Service Desk at +1 425 555 0100.": the first way to
/// reach the desk the policy gives (phone, e-mail, web page), or its name alone.
fn helpdesk_sentence(tr: &Catalog, desk: &Contact) -> String {
    let name = desk.name.clone();
    if let Some(phone) = &desk.phone {
        tr!(
            tr,
            "reminder-helpdesk-phone",
            helpdesk = name,
            phone = phone.clone()
        )
    } else if let Some(email) = &desk.email {
        tr!(
            tr,
            "reminder-helpdesk-email",
            helpdesk = name,
            email = email.clone()
        )
    } else if let Some(url) = &desk.url {
        tr!(
            tr,
            "reminder-helpdesk-web",
            helpdesk = name,
            url = url.clone()
        )
    } else {
        tr!(tr, "reminder-helpdesk", helpdesk = name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::Zoned;
    use mfa_ready_i18n::Lang;

    fn reminder(due: Due, source: DeadlineSource) -> Reminder {
        let deadline: Zoned = "2026-12-15T17:00[Europe/Berlin]".parse().unwrap();
        Reminder {
            key: "d3".into(),
            due,
            organization: "Contoso".into(),
            source,
            deadline,
            counted: 1,
            required: 2,
            helpdesk: Some(Contact {
                name: "Contoso Service Desk".into(),
                phone: Some("+1 425 555 0100".into()),
                email: Some("servicedesk@contoso.com".into()),
                url: None,
            }),
        }
    }

    #[test]
    fn english_says_what_it_said_with_the_deadline_from_cldr() {
        let en = Catalog::new(Lang::En);
        let r = reminder(Due::InDays(2), DeadlineSource::Organization);
        assert_eq!(r.title(&en), "MFA setup due in 2 days");
        assert_eq!(
            r.body(&en),
            "Contoso needs your backup sign-in methods by Tuesday, 15 December 2026 at \
             17:00 CET. You have 1 of the 2 sign-in methods needed. Open MFA Ready to add \
             another."
        );
        let one = Reminder {
            due: Due::InDays(1),
            ..r.clone()
        };
        assert_eq!(one.title(&en), "MFA setup due in 1 day");
        let hours = Reminder {
            due: Due::InHours(5),
            ..r.clone()
        };
        assert_eq!(hours.title(&en), "MFA setup due in 5 hours");
        // The helpdesk only once overdue, by the first way the policy gives.
        assert!(!r.body(&en).contains("+1 425"), "{}", r.body(&en));
        let late = reminder(Due::Overdue, DeadlineSource::Organization);
        assert_eq!(late.title(&en), "MFA setup is overdue");
        assert_eq!(
            late.body(&en),
            "Contoso needed your backup sign-in methods by Tuesday, 15 December 2026 at \
             17:00 CET. You have 1 of the 2 sign-in methods needed. Open MFA Ready to \
             finish. If you are stuck, call Contoso Service Desk at +1 425 555 0100."
        );
        let personal = reminder(Due::InDays(2), DeadlineSource::Personal);
        assert!(
            personal.body(&en).contains("your deadline as a new user"),
            "{}",
            personal.body(&en)
        );
    }

    #[test]
    fn german_says_it_in_german_with_the_german_date() {
        let de = Catalog::new(Lang::De);
        let r = reminder(Due::InDays(2), DeadlineSource::Organization);
        assert_eq!(r.title(&de), "MFA-Einrichtung in 2 Tagen fällig");
        let body = r.body(&de);
        assert!(
            body.contains("Dienstag, 15. Dezember 2026 um 17:00 MEZ"),
            "{body}"
        );
        assert!(
            body.contains("Ersatzmethoden") && body.contains("1 von 2"),
            "{body}"
        );
        assert_eq!(
            Reminder {
                due: Due::InDays(1),
                ..r.clone()
            }
            .title(&de),
            "MFA-Einrichtung in 1 Tag fällig"
        );
        let late = reminder(Due::Overdue, DeadlineSource::Personal);
        assert_eq!(late.title(&de), "MFA-Einrichtung ist überfällig");
        let body = late.body(&de);
        assert!(body.contains("persönliche Frist"), "{body}");
        assert!(
            body.contains("rufen Sie Contoso Service Desk unter +1 425 555 0100 an"),
            "{body}"
        );
    }

    #[test]
    fn japanese_says_it_in_japanese_with_the_japanese_date() {
        let ja = Catalog::new(Lang::Ja);
        let r = reminder(Due::InDays(2), DeadlineSource::Organization);
        assert_eq!(r.title(&ja), "MFA の設定期限まであと 2 日です");
        let body = r.body(&ja);
        assert!(body.contains("2026年12月15日火曜日 17:00 GMT+1"), "{body}");
        assert!(body.contains("予備のサインイン方法"), "{body}");
        let late = reminder(Due::Overdue, DeadlineSource::Organization);
        assert_eq!(late.title(&ja), "MFA の設定期限を過ぎています");
        let body = late.body(&ja);
        assert!(
            body.contains("Contoso Service Desk（+1 425 555 0100）"),
            "{body}"
        );
        // Japanese sentences follow each other without a space.
        assert!(!body.contains("。 "), "{body}");
    }

    /// Every language has every reminder message and says the number it is given.
    #[test]
    fn every_language_words_every_kind_of_reminder() {
        for lang in Lang::SHIPPED {
            let tr = Catalog::new(lang);
            for due in [
                Due::InDays(1),
                Due::InDays(3),
                Due::InHours(5),
                Due::WithinAnHour,
                Due::Overdue,
            ] {
                for source in DeadlineSource::ALL {
                    let r = reminder(due, source);
                    let (title, body) = (r.title(&tr), r.body(&tr));
                    assert!(!title.contains('…') && !body.contains('…'), "{lang:?}");
                    assert!(body.contains("Contoso"), "{lang:?}: {body}");
                    if let Due::InDays(n) | Due::InHours(n) = due {
                        assert!(title.contains(&n.to_string()), "{lang:?}: {title}");
                    }
                }
            }
        }
    }
}
