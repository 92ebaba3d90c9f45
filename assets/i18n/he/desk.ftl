# השולחן: המסכים, חלונות הדו-שיח ומה ששורת המצב אומרת.

app-name = Leadometer
tab-inbox = נכנסים
tab-timeline = ציר זמן
tab-deals = עסקאות
tab-score = ציון
tab-tasks = משימות
tab-contacts = אנשי קשר
tab-accounts = חברות
tab-reports = דוחות
status-help = { $key } עזרה
help-title = המקשים, לפי שמותיהם תחת [keys] בקובץ ההגדרות
history-filter-title = חיפוש בהיסטוריה ({ $apply } מחיל, { $cancel } מבטל)
search-title = חיפוש: ספרות טלפון, אימייל, שם או חברה
search-empty = הקלידו חלק כלשהו ממספר, מאימייל או משם.
search-unknown-number = לאף אחד אין את המספר הזה. { $key } מוסיף אותו כליד חדש.
form-discard = לבטל את מה שהוקלד? { $key } שוב מבטל; כל מקש אחר חוזר.
more-lines = { $count ->
        [one] … עוד שורה אחת
       *[other] … עוד { $count } שורות
    }
more-fields = { $count ->
        [one] עוד שדה אחד
       *[other] עוד { $count } שדות
    }
fields-above = { $arrow } { $fields } למעלה
fields-below = { $arrow } { $fields } למטה

view-all = הכול
view-new = חדשים
view-today = היום
view-mine = שלי
view-hot = חמים
col-name = שם
col-phone = טלפון
col-source = מקור
col-campaign = קמפיין
col-age = ממתין
col-sla = SLA
col-temp = חום
col-score = ציון
col-owner = בעלים
col-next-task = המשימה הבאה
inbox-waiting = ממתין
inbox-hidden = מוסתרים ברוחב הזה: מקור, קמפיין, בעלים, המשימה הבאה
inbox-no-contact = אין עדיין אנשי קשר. { $add } מוסיף ליד, { $import } מייבא אנשי קשר (CSV, vCard, צ'אט WhatsApp); `leadometer --demo` פותח שולחן לדוגמה.
inbox-switch-views = { $text } { $key } מחליף תצוגה.
inbox-view-empty = אין לידים בתצוגה הזו. { $key } מחליף תצוגה.
nothing-waits = שום דבר לא ממתין: כל הלידים נענו ואין מעקב שמועדו היום.
nothing-waits-for-you = { $others ->
        [0] שום דבר לא ממתין לך.
        [one] שום דבר לא ממתין לך: ליד אחד ממתין לאחרים.
       *[other] שום דבר לא ממתין לך: { $others } לידים ממתינים לאחרים.
    }
nothing-waits-for = { $others ->
        [0] שום דבר לא ממתין ל{ $person }.
        [one] שום דבר לא ממתין ל{ $person }: ליד אחד ממתין לאחרים.
       *[other] שום דבר לא ממתין ל{ $person }: { $others } לידים ממתינים לאחרים.
    }

timeline-no-contact = אין איש קשר פתוח. { $search } מחפש לפי טלפון, אימייל או שם, או { $open } על ליד בתיבה.
timeline-state = { $lifecycle } · { $status }{ $reason } · בעלים { $owner }
timeline-nobody = אף אחד
timeline-score = ציון
timeline-more-follow-ups = { $count ->
        [one] ☐ … עוד מעקב אחד
       *[other] ☐ … עוד { $count } מעקבים
    }
timeline-history = היסטוריה { $shown } מתוך { $all }
timeline-only-channel = רק { $channel }
timeline-quality = איכות { $stars }
timeline-best-time = זמן נוח { $time }
timeline-prefers = מעדיף { $channel }
timeline-source = מקור { $source }
timeline-also = גם: { $names }

refusal-no-contact = בחרו ליד או פתחו איש קשר קודם (החיפוש מוצא כל אחד).
refusal-no-contact-on-reports = לדוחות אין איש קשר: פתחו אחד קודם עם / (חיפוש) או מתיבת הנכנסים (1).
refusal-no-lead = לא נבחר ליד.
refusal-no-deal = לא נבחרה עסקה.
refusal-no-page = פתחו איש קשר קודם (החיפוש מוצא כל אחד).
refusal-nothing-to-reach = אין טלפון או אימייל לפנייה.
refusal-nothing-to-copy = אין טלפון או אימייל להעתקה.
refusal-end-of-pipeline = העסקה בסוף הצנרת: סמנו אותה כזכייה או כהפסד.
refusal-no-match = אין איש קשר מתאים.
refusal-stopping = הייבוא נעצר.
refusal-no-entry = לא נבחרה רשומה.
refusal-automatic-edit = Leadometer כתב את הרשומה הזו: היא לא נערכת ידנית.
refusal-automatic-delete = Leadometer כתב את הרשומה הזו: היא לא נמחקת ידנית.
refusal-never-corrected = הרשומה הזו מעולם לא תוקנה: אין לה גרסאות קודמות.
refusal-no-task = לא נבחרה משימה.
refusal-no-listed-contact = לא נבחר איש קשר.
refusal-no-account = לא נבחרה חברה.
reports-latest-period = זו התקופה האחרונה: [ חוזר אחורה.
reports-targets-not-split = היעדים לא מפולחים: כל יעד מציין את המקור שלו.

more-below = … עוד { $below }
more-above = … { $above } למעלה
more-both = … { $above } למעלה, עוד { $below }
deals-loading = טוען את הלוח…
deals-unknown-stage = שלב לא מוכר
deals-last-30-days = 30 הימים האחרונים
deals-days-in-stage = { $days ->
    [one] יום אחד בשלב
    [two] יומיים בשלב
   *[other] { $days } ימים בשלב
}
deals-stale = תקוע
stage-won = זכייה
stage-lost = הפסד
stage-call = שיחה
stage-meeting = פגישה
stage-quote = הצעת מחיר
stage-closing = סגירה
tasks-open = { $count } פתוחות
tasks-everyone = כולם
tasks-mine = שלי
tasks-owner = בעלים: { $owner }
group-overdue = באיחור
group-today = היום
group-this-week = השבוע
group-later = בהמשך
col-due = מועד
col-task = משימה
col-contact = איש קשר
tasks-none-open = אין מעקב פתוח. מצאו איש קשר עם { $search }, ואז { $add } מוסיף מעקב.
tasks-none-mine = אין לך מעקב פתוח. { $mine } מחליף את "שלי"; { $owner } בוחר בעלים, או את כולם.
tasks-none-of = אין מעקב פתוח של { $owner }. { $mine } מחליף את "שלי"; { $pick } בוחר בעלים, או את כולם.
cut-above = { $above } למעלה
cut-below = … עוד { $below }

contacts-by = { $count } · לפי { $order }
order-last-activity = פעילות אחרונה
order-name = שם
order-score = ציון
order-newest = החדשים
filter-lifecycle = שלב חיים
filter-status = סטטוס
filter-owner = בעלים
filter-flag = סימון
filter-source = מקור
filter-campaign = קמפיין
filter-account = חברה
contacts-none = אין עדיין אף אחד בקובץ. { $add } מוסיף ליד; { $import } מייבא אנשי קשר.
contacts-none-pass = אף אחד לא עובר את הסינון הזה. { $change } משנה אותו; { $clear } מנקה אותו.
col-company = חברה
col-status = סטטוס
col-lifecycle = שלב חיים
col-last-activity = פעילות אחרונה
col-last = אחרון
col-account = חברה
col-people = אנשים
col-deals = עסקאות
col-total = סה״כ
accounts-none = אין עדיין חברות. החברה של איש קשר נוצרת מעצמה: { $key } על איש קשר קובע את החברה שלו.
accounts-account = חברה
accounts-reading = קורא את החברה…
accounts-people = { $name } · אנשים: { $count }
accounts-nobody = אין כאן עדיין אף אחד: + מוסיף איש קשר.
accounts-deals = עסקאות { $count } · Σ { $total } · ≈ { $expected }
accounts-no-deal = אין עסקאות בחברה הזו.
score-no-contact = אין איש קשר פתוח. { $search } מחפש, או { $open } על ליד בתיבה; ואז { $score } מראה למה הציון הוא מה שהוא.
score-total = ציון { $total }
score-lifecycle = שלב חיים { $lifecycle }
score-thresholds = חמים ≥ { $warm } · חם ≥ { $hot } · MQL ב-{ $mql } · SQL ב-{ $sql }
score-no-rule = אף כלל לא חל על איש הקשר הזה.
score-decayed = (מתוך { $base }, דעך)
score-rules = כללים
score-scroll = { $up } { $down } גלילה
score-over-time = לאורך זמן: { $first } → { $last } מאז { $since }
score-no-change = לאורך זמן: עדיין אין שינוי

saved-follow-up = נוסף מעקב ל{ $name }
saved-dropped = ויתרנו על { $name }
saved-deal-lost = העסקה "{ $title }" הופסדה: { $reason }
saved-owner = { $name } שייך עכשיו ל{ $owner }
saved-logged = תועד { $channel } עם { $name }
saved-deal-opened = נפתחה העסקה "{ $title }"
saved-nurturing = { $name }: בטיפוח
saved-nurturing-until = { $name }: בטיפוח; מעקב לחזור { $when }
saved-added = נוסף { $name }
saved-came-back = { $name } כבר כאן (חזר/ה אלינו)
hint-next-key = : c מתעד את השיחה
hint-version-kept = {" "}(הגרסה הקודמת נשמרת)
undo-nothing = אין עדיין מה לבטל בשולחן הזה.
redo-nothing = אין מה לבצע מחדש.
undo-done = בוטל: { $step }
redo-done = בוצע מחדש: { $step }
undo-failed = אי אפשר לבטל את "{ $step }": { $reason }
redo-failed = אי אפשר לבצע מחדש את "{ $step }": { $reason }

saved-corrected = תוקנה רשומת { $kind } של { $name }

reach-whatsapp = צ'אט WhatsApp
reach-call = שיחת טלפון
reach-sms = הודעת SMS
reach-email = אימייל חדש
reach-do-not-contact = ⊘ do-not-contact: ביקשו שלא לפנות אליהם; פנו רק כדי לענות להם
sync-failed = הסנכרון נכשל
sync-running = מסנכרן…
sync-never = עדיין לא סונכרן
sync-at = סונכרן { $time }
sync-to-share = לשיתוף
sync-changes-to-share = שינויים לשיתוף
sync-conflicts-merged = { $count ->
        [one] התנגשות אחת מוזגה
       *[other] { $count } התנגשויות מוזגו
    }

import-stopping = עוצר את הייבוא של { $file }…
import-reading = קורא את { $file }…
import-storing = מייבא את { $file }: { $done } מתוך { $total }
import-failed = לא יובא כלום: { $message }
import-refused = { $count ->
        [one] לא יובא כלום מ-{ $file }: שורה רעה אחת
       *[other] לא יובא כלום מ-{ $file }: { $count } שורות רעות
    }
import-title = ייבוא { $file }
import-running-hint = { $stop } עוצר; { $hide } מסתיר. שום דבר לא נכתב עד שהכול נקרא.
import-line = שורה { $line }: { $message }
import-fix-them = תקנו אותן, או ייבאו שוב עם "שורות רעות: skip them".
import-and-more = … ועוד { $more } (ה---json של שורת הפקודה מפרט את כולן)
import-closes = { $open } או { $back } סוגר

entry-title = { $kind }: { $name }
entry-versions-title = גרסאות של { $kind }: { $name }
entry-in = נכנס (הם פנו אלינו)
entry-out = יוצא (אנחנו פנינו)
entry-by = מאת { $name }
entry-subject = נושא
entry-corrected = תוקן { $when }: גרסה קודמת נשמרת
entry-nothing-written = לא נכתב כלום.
version-deleted = נמחק
version-current = נוכחית
version-first = ראשונה
version-earlier = קודמת
version-saved = נשמרה { $when } על ידי { $name }
version-deleted-at = { $when } על ידי { $name }

deal-title = עסקה: { $title } · { $contact }
deal-expected = צפוי
deal-own-probability = של העסקה הזו
deal-stage-probability = של השלב
deal-probability = { $percent }% ({ $whose })
deal-expected-value = { $value } (סכום × הסתברות)
deal-unknown-stage = { $stage }: לא שלב בצנרת של ההגדרות; < ו-> מזיזים אותה
deal-not-set = לא נקבע
deal-none-known = לא ידועים
deal-quotes = התקבלו { $received } מתוך { $required } נדרשות
deal-stage-history = היסטוריית שלבים
deal-notes = הערות
deal-no-notes = אין עדיין: e עורך את העסקה
deal-opened-unrecorded = נפתחה (השלב הראשון שלה לא נרשם)

event-status = סטטוס { $from } ← { $to }
event-lifecycle = שלב חיים { $from } ← { $to }
event-owner = בעלים { $from } ← { $to }
event-deal-moved = עסקה "{ $deal }" { $from } ← { $to }
event-imported-line = יובא מ־{ $file }, שורה { $line }
event-merged-line = מוזג עם שורה { $line } של { $file }
event-chat-imported = { $count ->
        [one] הודעת WhatsApp אחת יובאה
       *[other] { $count } הודעות WhatsApp יובאו
    } מ־{ $file }
event-chat-corrected = { $count ->
        [one] הודעת WhatsApp אחת תוקנה
       *[other] { $count } הודעות WhatsApp תוקנו
    } כנשלחו על ידיכם, מ־{ $file }
event-came-back-via = חזר דרך { $source }: נוסף שוב בשם "{ $name }"
event-came-back = חזר: נוסף שוב בשם "{ $name }"
event-expired = פג תוקף: לא טופל { $days ->
        [one] יום אחד
       *[other] { $days } ימים
    } או יותר
event-not-expired = כבר לא פג תוקף: טופל שוב
event-assigned = הוקצה ל־{ $owner }
event-rule-full = הכלל "{ $rule }" התאים, אבל לכולם יש { $count ->
        [one] ליד פתוח אחד
       *[other] { $count } לידים פתוחים
    } או יותר
event-no-owner-room = לאף בעלים אין מקום (כולם ב־sales_max_open = { $count }); ממתין לבעלים
event-convert = המרה לעסקה: עסקה "{ $deal }" נפתחה בשלב { $stage } (על ידי { $by })
event-nurture-later = טיפוח: להישאר בקשר להמשך (על ידי { $by })
event-nurture = טיפוח: { $reason } (על ידי { $by })
event-drop = ויתור: { $reason } (על ידי { $by })
event-merged-with = מוזג עם { $name } (מזהה { $id })
event-merged-into = מוזג לתוך { $name } (מזהה { $id })
why-answered = ענו ({ $kind })
why-first-attempt = ניסיון ראשון ליצור קשר ({ $kind })
why-timeline-corrected = ציר הזמן תוקן ({ $why })
why-score = ציון { $score } ≥ { $threshold }
why-worked-by = טופל על ידי { $owner }
why-rule = הכלל "{ $rule }"
why-hand-off-room = העברה למכירות (הפך ל־SQL; לאיש מכירות יש עכשיו מקום)
why-hand-off = העברה למכירות (הפך ל־SQL)
why-same-number = אותו מספר { $phone } נשמר פעם בשתי צורות

event-deal-opened = עסקה "{ $deal }" נפתחה בשלב { $stage }
event-deal-edited = עסקה "{ $deal }" נערכה: { $fields }
event-deal-deleted = עסקה "{ $deal }" נמחקה ({ $amount }, { $stage })
event-subject-decision = החלטה
event-subject-returned = חזר
event-subject-assigned = הוקצה
event-subject-imported = יובא
event-subject-merged = מוזג
event-subject-corrected = תוקן
event-subject-expired = פג תוקף

event-subject-deal-stage = שלב עסקה
event-subject-deal-opened = עסקה נפתחה
event-subject-deal-edited = עסקה נערכה
event-subject-deal-deleted = עסקה נמחקה

score-field-kind = סוג
score-field-role = תפקיד
score-field-source = מקור
score-field-campaign = קמפיין
score-field-origin = כיוון
score-field-flag = סימון
score-field-quality = איכות
score-field-lifecycle = שלב חיים
score-field-emails = אימיילים
score-field-phones = טלפונים
score-field-country = מדינה
score-field-returning = חוזר
score-field-won-before = קנה בעבר
score-value-true = כן
score-value-false = לא
score-role-at = { $role } ב־{ $account }
rule-decision-maker = מקבל החלטות
rule-pays-the-bills = משלם את החשבונות
rule-came-to-us-inbound = פנה אלינו (נכנס)
rule-referred-by-someone = הופנה על ידי מישהו
rule-reachable-by-email = זמין באימייל
rule-good-fit-quality-4 = מתאים (איכות 4+)
rule-vip = VIP
rule-returning-customer = לקוח חוזר
rule-bought-before = קנה בעבר
rule-answered-on-whatsapp = ענה ב־WhatsApp
rule-called-us = התקשר אלינו
rule-picked-up-our-call = ענה לשיחה שלנו
rule-keeps-writing-3-messages-in-a-week = ממשיך לכתוב (3+ הודעות בשבוע)
rule-met-us = נפגש איתנו
rule-not-interested = לא מעוניין
rule-bad-payer = משלם בעייתי
rule-do-not-contact = לא ליצור קשר

desk-filters-cleared = המסננים נוקו: כולם ברשימה
desk-nothing-changed-deal = לא השתנה דבר: אין מה לשמור (Esc סוגר את הטופס).
desk-deal-needs-title = לעסקה נדרשת כותרת
desk-no-deal-open = אין עסקה פתוחה
desk-nothing-changed = לא השתנה דבר: אין מה לשמור.
desk-role-needs-account = איש הקשר אינו שייך לחברה; מלאו גם את החברה
desk-stopping-import = עוצר את הייבוא: דבר ממנו לא ייכתב.
desk-import-running = ייבוא כבר רץ
desk-no-entry-open = אין רשומה פתוחה
desk-import-which-file = קובץ: ציינו איזה קובץ לייבא
desk-nothing-to-paste = אין מה להדביק: בטקסט לא היו אותיות
desk-come-back-past = חזרה: המועד עבר; ציינו מתי לחזור לליד
desk-choose-reach = בחרו דרך ליצירת קשר, ואז פתחו אותה
desk-give-reason = ציינו סיבה (↑/↓ מציע כמה)
desk-no-contact-selected = לא נבחר איש קשר
desk-no-deal-selected = לא נבחרה עסקה
desk-say-what-to-do = ציינו מה לעשות
desk-say-why-lost = ציינו למה העסקה אבדה (↑/↓ מציע כמה)
desk-the-deal-needs-title = לעסקה נדרשת כותרת
desk-lead-needs-name = לליד נדרש שם
desk-not-a-form = חלון זה אינו נשמר כטופס
desk-not-saved-this-way = חלון זה אינו נשמר כך

desk-contact-nobody-matches = איש קשר: אף אחד לא מתאים; הקלידו חלק משם, טלפון או אימייל
desk-contact-matches = { $count ->
        [one] איש קשר: אחד מתאים; ↑/↓ בוחר אותו
       *[other] איש קשר: { $count } מתאימים; ↑/↓ בוחר אחד
    }
desk-new-deal-title = { $name }: עסקה חדשה
desk-not-an-amount = "{ $typed }" אינו סכום, למשל 12500 או 12,500.50
desk-not-a-currency = "{ $typed }" אינו קוד בן שלוש אותיות כמו ILS
desk-not-an-open-stage = "{ $typed }" אינו שלב פתוח; ↑/↓ מציע { $stages }
desk-not-a-percent = "{ $typed }" אינו מספר בין 0 ל־100
desk-percent-out-of-range = { $typed } אינו בין 0 ל־100
desk-not-a-count = "{ $typed }" אינו מספר הצעות מחיר
desk-deal-opened = עסקה "{ $deal }" נפתחה עבור { $name } בשלב { $stage }
desk-deal-saved = העסקה "{ $deal }" נשמרה: { $fields }
desk-contact-saved = { $name } נשמר: { $fields }
desk-warning = ; אזהרה: { $warning }
desk-nothing = כלום
desk-changed-meanwhile-by = שונה בינתיים ל־{ $value } על ידי { $by } ב־{ $at }; שמרו שוב כדי לדרוס
desk-changed-meanwhile = שונה בינתיים ל־{ $value } ב־{ $at }; שמרו שוב כדי לדרוס
desk-changed-elsewhere = שונה בינתיים במקום אחר: { $fields }. שמרו שוב כדי שהשינוי שלכם יגבר; Esc משאיר את שלהם.
desk-entry-deleted = נמחקה רשומה ({ $what }) של { $name }
desk-entry-deleted-unknown = נמחקה רשומה ({ $what }) של איש הקשר
desk-opened-link = נפתח { $link }
desk-opener-failed = לא ניתן להריץ את הפותח "{ $opener }": { $error } (הגדירו opener בהגדרות)
desk-copied = הועתק { $text }
desk-copy-failed = לא ניתן להעתיק: { $error }
desk-deal-moved = העסקה "{ $deal }" הועברה לשלב { $stage }
desk-task-done = בוצע: { $task } ({ $name })
desk-task-snoozed = נדחה ל־{ $due }: { $task }
desk-added-to-account = { $name } ב־{ $account } בתפקיד { $role }
desk-import-dates-unread = דבר לא יובא מ־{ $file }: התאריכים בו נקראים גם כיום/חודש וגם כחודש/יום; ייבאו שוב ובחרו תאריכים
desk-import-beside = הייבוא של { $file } ממשיך לצד השולחן; הסיכום שלו יוצג כאן
desk-pasted-part = הודבקו { $kept } מתוך { $total } תווים: שדה מכיל לכל היותר { $kb } KB
pending-entry-for = הרשומה ({ $what }) עבור { $name }
pending-follow-up-for = המעקב עבור { $name }
pending-new-lead = הליד החדש { $name }
pending-change-for = השינוי עבור { $name }
pending-deal-move = העברת העסקה
pending-closing = סגירת "{ $task }"
pending-snooze = דחיית "{ $task }"
pending-deal-deletion = מחיקת העסקה
pending-change = השינוי
pending-waiting = ממתין לסיום הייבוא (או כותב אחר); { $what } יישמר
pending-saved = נשמר: { $message }
pending-refused = לא ניתן היה לשמור את { $what }: { $message }
pending-quitting = { $count ->
        [one] שמירה אחת ממתינה
       *[other] { $count } שמירות ממתינות
    } שהקובץ יתפנה; השולחן ייסגר אחרי השמירה. צאו שוב כדי לסגור עכשיו ולאבד אותן.
desk-help-key = { $key } מציג את כל המקשים
desk-file-replaced = { $path } הוחלף; נפתח מחדש
desk-owner-changed-meanwhile = הבעלים שונה בינתיים ל־{ $theirs } (על ידי { $by }, { $at }); שלכם הוא { $yours }. שמירה נוספת תעדיף את שלכם; ביטול ישאיר את שלהם.
desk-amount-not-an-amount = סכום "{ $typed }" אינו סכום, למשל 12500
desk-second-deal = { $open }. לפתוח עסקה שנייה? Enter פותח אותה
desk-not-an-email = אימייל "{ $typed }" אינו כתובת אימייל
desk-sync-internal-error = שגיאה פנימית עצרה אותו ({ $report })
desk-snooze-pick = בחרו זמן עם ↑/↓, או הקלידו אחד ({ $hint })
desk-snooze-past = "{ $typed }" כבר עבר: מעקב נדחה למועד מאוחר יותר
desk-snooze-earlier = זה מוקדם מהמועד שלו ({ $due }); בחרו זמן מאוחר יותר
desk-owner-has-no-follow-up = בעלים: אין מעקב פתוח של "{ $typed }" (↑/↓ מציג את מי שיש לו)
desk-sync-failed = הסנכרון נכשל: { $problem }
desk-sync-conflicts = הסנכרון מצא { $count ->
        [one] שדה אחד
       *[other] { $count } שדות
    } ששונו בשני עותקים בו־זמנית; השינוי המאוחר נשמר, ושניהם מופיעים בציר הזמן
desk-deal-deleted = העסקה "{ $deal }" נמחקה ({ $amount } { $currency }, { $stage })

desk-nobody-holds-that = אף אחד שהקובץ מכיר אינו מכיל זאת
desk-sync-stopped = הסנכרון נעצר לפני שהסתיים
desk-file-replaced-unreadable = { $path } הוחלף בקובץ שלא ניתן לפתוח: { $error }
desk-paste-no-field = הדביקו לתוך שדה: פתחו קודם חלון או /
desk-reason-missing = ליד שנפסל צריך סיבה (↑/↓ מציע כמה)
desk-reason-not-disqualified = רק לליד שנפסל יש סיבה; קבעו את הסטטוס ל"נפסל", או רוקנו אותה

why-deal-opened = העסקה "{ $deal }" נפתחה
why-deal-won = העסקה "{ $deal }" נסגרה בהצלחה
why-deal-won-because = העסקה "{ $deal }" נסגרה בהצלחה ({ $reason })
why-deal-lost = העסקה "{ $deal }" אבדה
why-deal-lost-because = העסקה "{ $deal }" אבדה ({ $reason })
event-merge-conflict = { $what }: נשמר { $kept } ({ $kept_by }, { $kept_at }), נדרס { $lost } ({ $lost_by }, { $lost_at })
event-subject-merge-conflict = התנגשות במיזוג
field-quotes-required = הצעות נדרשות
field-quotes-received = הצעות שהתקבלו

desk-more-below = … עוד { $count }
send-missing = אין ערך עבור { $fields }: יש לכתוב אותו בטקסט, או למחוק אותו, לפני השליחה.
send-no-channel = יש לבחור ערוץ: וואטסאפ, SMS או אימייל.
send-empty = ההודעה ריקה: יש לכתוב מה היא אומרת.
send-not-for-channel = התבנית „{ $template }” אינה מיועדת ל{ $channel }: יש לבחור ערוץ או תבנית אחרים.
send-opened = { $channel } אל { $name } נפתח ונרשם כ„נפתח”.
send-opener-failed = ההודעה נרשמה כ„נפתחה”, אבל { $opener } לא הצליח לפתוח אותה: { $error }. יש להגדיר opener בקובץ ההגדרות, ואז ללחוץ o כדי לפנות.
send-confirmed = { $channel } אל { $name } אושר כנשלח
refusal-not-opened = יש לבחור הודעה שמסומנת „נפתחה” (שנשלחה מהדסק) כדי לאשר שנשלחה.
tab-campaigns = קמפיינים
campaigns-none = עדיין אין קמפיינים. { $new } יוצר קמפיין: אנשי הקשר של מקור, קמפיין, סימון, שלב חיים או בעלים אחד, שעוברים עליהם כרשימת משימות ושולחים לכל אחד תבנית. { $templates } מציג את תבניות ההודעות.
campaign-progress = { $done } מתוך { $total } בוצעו
col-picks = אנשי קשר
col-template = תבנית
col-done = בוצע
col-language = שפה
col-channels = ערוצים
col-kind = סוג
col-fields = שדות
campaign-checklist-title = { $name } · { $picks } · { $progress }
campaign-template = Enter שולח את התבנית { $name } · x מסמן ידנית
campaign-no-template = אין תבנית מצורפת: Enter כותב הודעה · x מסמן ידנית
campaign-nobody = אף איש קשר עדיין לא מתאים לקמפיין הזה. אנשי קשר שהשדה שלהם מתאים מצטרפים אליו כשהם נוספים או נערכים; e משנה את מה שהוא בוחר.
campaigns-templates = תבניות
campaign-ticked = { $name } סומן/ה כבוצע.
campaign-unticked = { $name } חזר/ה לרשימה.
campaign-deleted = הקמפיין „{ $name }” נמחק
template-deleted = התבנית „{ $name }” נמחקה
campaign-saved = הקמפיין „{ $name }” נשמר.
template-saved = התבנית „{ $name }” נשמרה.
template-unknown-channel = „{ $channel }” אינו ערוץ: יש לכתוב whatsapp, sms או email
refusal-no-campaign = לא נבחר קמפיין.
refusal-no-template = לא נבחרה תבנית.
refusal-no-member = לא נבחר איש קשר: אין עדיין אף אחד בקמפיין הזה.
refusal-not-in-checklist = יש לפתוח קמפיין קודם (Enter): x מסמן אחד מאנשי הקשר שלו.
hint-send-confirm = {" "}אחרי השליחה, יש ללחוץ s על הרשומה בציר הזמן.
hint-speed-counts = : מהירות התגובה סופרת אותו עכשיו.
hint-u-brings-back = : u מחזיר.
refusal-already-sent = ההודעה הזו כבר אושרה כנשלחה.
send-unreachable = אין להם מספר טלפון שאפשר לחייג אליו ואין כתובת אימייל: יש להוסיף אחד (E) לפני השליחה.
send-not-reachable-on = אי אפשר להגיע אליהם ב{ $channel }: יש לבחור ערוץ אחר, או להוסיף מספר או כתובת (E).
campaign-gone = הקמפיין הזה נמחק במקום אחר (בשורת הפקודה, או בעותק של עמית): חזרה לרשימה.
entry-template = תבנית „{ $name }”
send-file-busy = תוכנה אחרת מחזיקה את הקובץ: שום דבר לא נשלח ולא נרשם. יש ללחוץ Ctrl-S כדי לשלוח שוב בעוד רגע.
sync-offline = לא מחובר
desk-copy-asked-terminal = ביקשתי מהמסוף להעתיק את { $text } (OSC 52): הדביקו כדי לבדוק, כי יש מסופים שמתעלמים מזה
