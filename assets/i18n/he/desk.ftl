# הדסק: המסכים, חלונות הדו-שיח ומה ששורת המצב אומרת.

app-name = Leadometer
tab-inbox = נכנסים
tab-timeline = ציר זמן
tab-deals = עסקאות
tab-score = ניקוד
tab-tasks = משימות
tab-contacts = אנשי קשר
tab-accounts = חשבונות
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
col-age = גיל
col-sla = SLA
col-temp = חום
col-score = ניקוד
col-owner = בעלים
col-next-task = המשימה הבאה
inbox-waiting = ממתין
inbox-hidden = מוסתרים ברוחב הזה: מקור, קמפיין, בעלים, המשימה הבאה
inbox-no-contact = אין עדיין אנשי קשר. { $add } מוסיף ליד, { $import } מייבא אנשי קשר (CSV, vCard, צ'אט WhatsApp); `leadometer --demo` פותח דסק לדוגמה.
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
timeline-score = ניקוד
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
refusal-no-account = לא נבחר חשבון.
reports-latest-period = זו התקופה האחרונה: [ חוזר אחורה.
reports-targets-not-split = היעדים לא מפולחים: כל יעד מציין את המקור שלו.
