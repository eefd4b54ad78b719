# MFA Ready: deadline reminders and the calendar file, in Japanese (source: en/reminders.ftl).
# Japanese has no plural forms: one sentence with the number; a selector only for a numeric
# special case ([1]: "tomorrow"). Half-width space between Japanese and Latin/numbers.
# $organization: the organisation's name; $deadline: "2026年12月15日火曜日 17:00 JST";
# $day: "12月15日火曜日"; $have of $need sign-in methods are set up.

## A reminder's title

reminder-due-title = MFA の設定期限まであと { $days } 日です
reminder-due-title-hours = MFA の設定期限まであと { $hours } 時間です
reminder-due-title-soon = MFA の設定期限まで 1 時間を切りました
reminder-overdue-title = MFA の設定期限を過ぎています

## A reminder's text

reminder-due-body = { $organization } では、{ $deadline } までに予備のサインイン方法を設定する必要があります。サインイン方法は、必要な { $need } 個のうち { $have } 個を設定済みです。MFA Ready を開いて、もう 1 つ追加してください。
# The deadline is the user's own (new users get a number of days from their first start).
reminder-due-body-personal = { $organization } では、新規ユーザー向けの期限である { $deadline } までに、予備のサインイン方法を設定する必要があります。サインイン方法は、必要な { $need } 個のうち { $have } 個を設定済みです。MFA Ready を開いて、もう 1 つ追加してください。
reminder-overdue-body = { $organization } の予備のサインイン方法の設定期限（{ $deadline }）を過ぎています。サインイン方法は、必要な { $need } 個のうち { $have } 個を設定済みです。MFA Ready を開いて、設定を完了してください。
reminder-overdue-body-personal = { $organization } の予備のサインイン方法について、新規ユーザー向けの期限（{ $deadline }）を過ぎています。サインイン方法は、必要な { $need } 個のうち { $have } 個を設定済みです。MFA Ready を開いて、設定を完了してください。
# Once overdue, who can help: the first way the organisation gives ($helpdesk is its name).
reminder-helpdesk-phone = お困りの場合は、{ $helpdesk }（{ $phone }）までお電話ください。
reminder-helpdesk-email = お困りの場合は、{ $helpdesk }（{ $email }）までメールでお問い合わせください。
reminder-helpdesk-web = お困りの場合は、{ $helpdesk } にご相談ください：{ $url }
reminder-helpdesk = お困りの場合は、{ $helpdesk } にお問い合わせください。
# The overdue reminder's text, then the helpdesk's sentence: Japanese puts no space between sentences.
reminder-with-helpdesk = { $reminder }{ $helpdesk }

## The calendar file: the event's title, its description, and each alarm

calendar-summary = MFA の設定期限（{ $organization }）
# Three lines; $link is the page where the methods are set up.
calendar-description =
    1 つを失ってもサインインできなくなることがないよう、{ $deadline } までに { $organization } のサインイン方法を少なくとも 2 つ設定してください。
    設定はこちらから：{ $link }
    足りないものは MFA Ready で確認できます。
# Then, when the organisation names a helpdesk, one line each: its name, then how to reach it.
calendar-helpdesk = お困りの場合は、{ $helpdesk } にお問い合わせください：
# The same when the organisation gives only the helpdesk's name.
calendar-helpdesk-name = お困りの場合は、{ $helpdesk } にお問い合わせください。
calendar-helpdesk-phone = 電話：{ $phone }
calendar-helpdesk-email = メール：{ $email }
calendar-helpdesk-web = Web：{ $url }
# An alarm $days days before the deadline.
calendar-alarm = { $days ->
    [1] { $organization } の MFA 設定期限は明日（{ $day }）です
   *[other] { $organization } の MFA 設定期限は { $days } 日後（{ $day }）です
}
