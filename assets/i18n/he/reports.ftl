# מסך הדוחות (8): הדוחות, הכותרות והמשפטים שלהם.

report-funnel = משפך
report-speed = מהירות תגובה
report-pipeline = צנרת
report-targets = יעדים
report-sources = מקורות
report-reasons = סיבות
report-last-30-days = 30 הימים האחרונים
report-30-days = 30 ימים
report-period = { $name }: { $from } עד { $to }
report-reading = קורא את הדוח…
report-sections-hint = { $sign } (חלקים, ↑/↓)
report-each-target = כל יעד בתקופה שלו
report-by-source = לפי מקור
report-not-split = ללא פילוח
report-split-by = לפי { $split }
split-source = מקור
split-campaign = קמפיין
split-owner = בעלים
split-origin = כיוון
report-by = לפי { $split }
report-bars = עמודות: { $column }
report-nothing-created = לא נוצר אף ליד בתקופה הזו: [ חוזר אחורה, p בוחר תקופה ארוכה יותר.
report-funnel-title = { $count ->
        [one] משפך של הליד האחד שנוצר: כמה הגיעו לכל שלב
       *[other] משפך של { $count } הלידים שנוצרו: כמה הגיעו לכל שלב
    }
report-per-day = לידים חדשים ביום: { $count } ב-{ $days } ימים{ $sofar }, לכל היותר { $busiest } ביום
report-so-far = {" "}עד כה
report-speed-summary = מהירות התגובה ל-{ $count } לידים: נענו { $answered } מהם, חציון { $median }, אחוזון 90 { $p90 }.
report-expired = התקררו בלי מגע (פגי תוקף): { $count } לידים.{ $running }
report-running = {" "}עדיין בתוך ה-SLA, עוד לא נספרו: { $running }.
report-within-sla = נענו בתוך ה-SLA: { $within } מתוך { $decided } ({ $share })
report-wait-histogram = כמה זמן חיכו מי שנענו לתגובה הראשונה
report-open = פתוח
report-weighted = משוקלל (סכום × הסתברות)
report-open-pipeline = צנרת פתוחה: { $count } עסקאות; { $stale } תקועות
report-closed = נסגרו בתקופה: { $won } בזכייה, { $lost } בהפסד.
report-won = זכייה
report-lost = הפסד
report-average-won = העסקה הממוצעת שנזכתה
report-cycle = מחזור מכירה ממוצע: { $cycle }.
report-lost-because = הפסד בגלל
report-won-because = זכייה בגלל
report-win-rate = שיעור זכייה: { $share }
report-forecast = תחזית: הצנרת הפתוחה, משוקללת, לפי חודש הסגירה הצפוי (עמודות ב-{ $currency })
report-no-targets = לא הוגדרו יעדים: הוסיפו [[targets]] לקובץ ההגדרות (ראו config.example.toml).
report-targets-for = יעדים ל{ $period } ({ $from } עד { $to }): עברו { $gone }% מהתקופה
report-sources-title = מה הביא כל { $split } מתוך { $count } הלידים שנוצרו; הכנסות ב-{ $currency }, שנזכו בכל זמן
report-no-costs = לא הוגדרה עלות לאלה; הוסיפו [[costs]] לקובץ ההגדרות בשביל העלות לליד.
report-disqualified = לידים שנוצרו בתקופה ונפסלו
report-deals-lost = עסקאות שהפסדנו בתקופה

col-report-stage = שלב
col-report-reached = הגיעו
col-report-to-next = לשלב הבא
col-report-median-to-next = חציון לשלב הבא
col-report-leads = לידים
col-report-to-customer = ללקוח
col-report-first-answer = תגובה ראשונה
col-report-answered = נענו
col-report-median = חציון
col-report-p90 = אחוזון 90
col-report-in-sla = בתוך SLA
col-report-expired = פגי תוקף
col-report-deals = עסקאות
col-report-amount = סכום
col-report-weighted = משוקלל
col-report-stale = תקועות
col-report-close-month = חודש סגירה
col-report-open = פתוחות
col-report-won = זכייה
col-report-won-amount = סכום זכייה
col-report-lost = הפסד
col-report-win-rate = שיעור זכייה
col-report-open-weighted = פתוחות משוקלל
col-report-customers = לקוחות
col-report-revenue-won = הכנסות מזכייה
col-report-cost = עלות
col-report-per-lead = לליד
col-report-per-customer = ללקוח
col-report-reason = סיבה
col-report-count = מספר
report-gone-by = { $month } (עבר)

duration-seconds = { $value } שנ׳
duration-minutes = { $value } דק׳
duration-hours = { $value } שע׳
duration-days = { $value } ימים
report-no-reason = (לא ניתנה סיבה)
report-no-close-date = אין תאריך סגירה

duration-call-minutes = { $value } דק׳

period-month = { $month } { $year }
period-quarter = רבעון { $quarter } { $year }
period-week = שבוע שמתחיל ב־{ $day }

period-year = שנת { $year }
