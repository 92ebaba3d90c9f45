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
