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
