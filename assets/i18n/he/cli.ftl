# מה ששורת הפקודה מדפיסה לבני אדם (אף פעם לא ב---json).

cli-warning = אזהרה: { $text }
cli-added = נוסף { $contact }
cli-came-back = { $contact } כבר כאן: חזר/ה אלינו (נרשם בציר הזמן)
cli-saved = נשמר { $contact }
cli-logged-for = נרשם עבור { $contact }:
cli-corrected = תוקן (הגרסה הקודמת נשמרת):
cli-entry-deleted = נמחק (`log versions { $id }` עדיין מציג אותו):
cli-contact-deleted = נמחק { $name } ({ $id }).
cli-no-match = אין איש קשר שמתאים ל-"{ $query }"
cli-deal-opened = נפתחה עסקה עבור { $contact }
cli-deal-deleted = העסקה נמחקה:
cli-deal-saved = העסקה נשמרה:
cli-sync-merged-moved = העותק המתנגש { $file } מוזג והועבר אל { $to }.
cli-sync-merged = מוזג { $file }.
cli-sync-set-aside = { $file } הועבר הצידה ({ $reason }); הוא נמצא עכשיו ב-{ $to }.
cli-sync-skipped = דולג על { $file }: { $reason }.
cli-sync-brought = הובא: { $counts }.
cli-sync-published = פורסם אל { $file }.
cli-sync-waiting = לא פורסם: מחשב אחר החליף את { $file } בכל ניסיון; השינויים בקובץ הזה ממתינים לסנכרון הבא.
cli-sync-up-to-date = מעודכן מול { $file }.

cli-field-aliases = שמות נוספים
cli-field-id = מזהה
cli-field-kind = סוג
cli-field-phone = טלפון
cli-phone-typed = הוקלד { $phone }
cli-field-email = אימייל
cli-field-account = חברה
cli-field-lifecycle = שלב חיים
cli-field-status = סטטוס
cli-field-owner = בעלים
cli-field-source = מקור
cli-field-campaign = קמפיין
cli-field-origin = כיוון
cli-field-quality = איכות
cli-field-flags = סימונים
cli-field-channel = ערוץ מועדף
cli-field-best-time = זמן נוח
cli-field-notes = הערות
cli-show-deals = עסקאות
cli-show-tasks = משימות
cli-show-timeline = ציר זמן ({ $count ->
        [one] רשומה אחת
        [two] 2 רשומות
       *[other] { $count } רשומות
    }, החדשות קודם)
cli-inbox-waiting-for-owner = { $count ->
        [one] ליד אחד ממתין
        [two] 2 לידים ממתינים
       *[other] { $count } לידים ממתינים
    } לבעלים: כל איש מכירות הגיע ל-sales_max_open.
cli-inbox-left-out = { $count ->
        [one] ליד פג תוקף אחד הושמט
        [two] 2 לידים שפג תוקפם הושמטו
       *[other] { $count } לידים שפג תוקפם הושמטו
    } (leadometer inbox --expired).
cli-inbox-none-expired = אף ליד לא פג תוקף.
cli-inbox-ago = לפני { $age }
cli-inbox-expired-summary = { $count ->
        [one] ליד אחד שפג תוקפו: לא טופל { $days } ימים או יותר (sla.expire_after_days). רשומה חדשה מחזירה אותו.
        [two] 2 לידים שפג תוקפם: לא טופלו { $days } ימים או יותר (sla.expire_after_days). רשומה חדשה מחזירה ליד.
       *[other] { $count } לידים שפג תוקפם: לא טופלו { $days } ימים או יותר (sla.expire_after_days). רשומה חדשה מחזירה ליד.
    }
cli-inbox-begin = אין עדיין אנשי קשר. כדי להתחיל:
cli-inbox-begin-add = מוסיף ליד
cli-inbox-begin-import = מייבא אנשי קשר (CSV, vCard, צ'אט WhatsApp)
cli-inbox-begin-demo = פותח שולחן לדוגמה
cli-deal-lose-with = כדי לסמן עסקה כהפסד: `leadometer deal lost DEAL --reason R`
cli-deal-lost-needs-reason = --reason: כתבו למה העסקה הופסדה
cli-deal-expected = צפוי { $value }
cli-deal-needs-title = --title: לעסקה צריכה להיות כותרת
cli-deal-bad-amount = --amount "{ $typed }" אינו סכום, למשל 12500 או 12,500.50
cli-deal-bad-probability = --probability { $typed } חייב להיות בין 0.0 ל-1.0
cli-deal-bad-currency = --currency "{ $typed }" אינו קוד בן שלוש אותיות כמו ILS
cli-deal-not-a-stage = "{ $typed }" אינו שלב; השלבים הם { $stages }
cli-deal-none-match = אין עסקה מתאימה.
cli-deal-unknown-stage = { $stage } (לא מוכר)
cli-deal-count = { $count ->
        [one] עסקה אחת
        [two] 2 עסקאות
       *[other] { $count } עסקאות
    }:
cli-deal-total = { $amount }, צפוי { $expected }
cli-deal-not-a-stage-option = --stage "{ $typed }" אינו שלב; השלבים הם { $stages }

cli-check-fine = { $file }: לא נמצאו בעיות.
cli-check-found = { $file }: { $count ->
        [one] נמצאה בעיה אחת
        [two] נמצאו 2 בעיות
       *[other] נמצאו { $count } בעיות
    }
cli-exported = { $count ->
        [one] איש קשר אחד יוצא
       *[other] { $count } אנשי קשר יוצאו
    } אל { $file }.
cli-export-cannot-write = לא ניתן לכתוב את הייצוא
cli-export-out-link = --out { $file } הוא קישור סמלי; ייצוא מחליף רק קובץ רגיל, לכן ציינו את הקובץ עצמו
cli-export-out-not-file = --out { $file } אינו קובץ רגיל (תיקייה או התקן); ציינו קובץ לכתיבה
cli-export-cannot-look = לא ניתן לבדוק את --out { $file }
cli-export-out-is-open-database = --out { $file } הוא מסד הנתונים שהפקודה הזו פתחה (או אחד מקובצי היומן שלו); ייצוא לשם היה מחליף את הנתונים שלכם
cli-export-out-is-database = --out { $file } הוא קובץ מסד נתונים; ייצוא אף פעם לא מחליף קובץ כזה
cli-export-out-is-journal = --out { $file } שייך למסד הנתונים { $database }; ייצוא אף פעם לא מחליף קובץ יומן של מסד נתונים
cli-export-out-exists = --out { $file } כבר קיים; הוסיפו --force כדי להחליף אותו
cli-cannot-write = לא ניתן לכתוב את { $file }
cli-backed-up = { $file } גובה אל { $to }.
cli-rescored = ציונים חושבו מחדש ל{ $contacts ->
        [one] איש קשר אחד
       *[other] -{ $contacts } אנשי קשר
    } ב-{ $seconds } שנ׳: { $changed ->
        [one] ציון אחד השתנה
       *[other] { $changed } ציונים השתנו
    }, { $raised ->
        [one] שלב חיים אחד עלה
       *[other] { $raised } שלבי חיים עלו
    }, { $expired ->
        [one] ליד אחד פג תוקף
       *[other] { $expired } לידים פג תוקפם
    }.
cli-overview-count = { $count ->
        [one] איש קשר אחד
       *[other] { $count } אנשי קשר
    } ב-{ $file }
cli-overview-recent = הפעילים לאחרונה:
cli-overview-try = נסו: { $commands }
cli-restore-cannot = לא ניתן לשחזר את { $backup }
cli-restore-nothing = לא שוחזר דבר
cli-restored = { $file } שוחזר מ-{ $backup }. מה שהיה בו קודם נשמר ב-{ $aside }.
cli-restore-left-out = הושמט מהגיבוי (לא הורץ ולא הועתק): { $object }
cli-restore-another-file = { $backup } הוא גיבוי של קובץ Leadometer אחר (מזהה מסד נתונים { $theirs }), לא של { $file } (מזהה מסד נתונים { $ours }); לא שוחזר דבר. כדי להחליף בכל זאת את הלידים של הקובץ הזה בלידים של הקובץ ההוא, הוסיפו --other-file
cli-restore-no-folder = לא ניתן ליצור את תיקיית הגיבויים עבור { $file }
cli-restore-cannot-move-aside = { $refused }; וגם לא ניתן להעביר אותו הצידה
cli-restore-no-free-name = אין שם פנוי בתיקיית הגיבויים
cli-restore-needs-yes = שחזור מחליף את כל מה שיש ב-{ $file }; הוסיפו --yes כדי לבצע אותו בלי לשאול
cli-restore-confirm = להחליף את כל מה שיש ב-{ $file } ב-{ $backup }? מה שיש בו עכשיו יישמר הצידה קודם. [כ/ל]
cli-answer-yes = כ, כן
cli-restore-hint = הגיבוי התקין החדש ביותר הוא { $backup }; לשחזור: leadometer --db { $file } restore { $backup }

cli-merge-nothing = לא מוזג דבר מ-{ $file }
cli-merge-would = מיזוג של { $file } אל { $into } היה מביא: { $counts }.
cli-merge-done = { $file } מוזג אל { $into }: { $counts }.
cli-merge-counts = { $contacts ->
        [one] איש קשר אחד נוסף
       *[other] { $contacts } אנשי קשר נוספו
    } ו-{ $updated } עודכנו, { $interactions ->
        [one] רשומה אחת נוספה
       *[other] { $interactions } רשומות נוספו
    }, ו-{ $others } טלפונים, אימיילים, חשבונות, עסקאות, משימות, תבניות, קמפיינים וסימונים נוספו או השתנו
cli-merge-not-copied = לא הועתק: { $object }.
cli-merge-rows-aside = { $count ->
        [one] שורה אחת לא נשמרה כאן ונשמרת
        [two] 2 שורות לא נשמרו כאן ונשמרות
       *[other] { $count } שורות לא נשמרו כאן ונשמרות
    } בצד בשלמותן (`leadometer check` מפרט אותן):
cli-merge-rows-aside-again = { $count ->
        [one] שורה אחת נדחתה
        [two] 2 שורות נדחו
       *[other] { $count } שורות נדחו
    } שוב, כבר נשמרו בצד במיזוג קודם.
cli-merge-clocks-distrusted = { $count ->
        [one] שעון שינוי אחד לא התקבל (אינו שעון, או מקדים ביותר מיום); הערך שלו נדחה מפני כל שינוי אחר:
       *[other] { $count } שעוני שינוי לא התקבלו (אינם שעונים, או מקדימים ביותר מיום); הערכים שלהם נדחים מפני כל שינוי אחר:
    }
cli-merge-clock = { $table } { $row } { $field }: "{ $clock }" { $reason }
cli-merge-not-a-clock = אינו שעון
cli-merge-clock-ahead = מקדים ביותר מיום
cli-and-more = … ועוד { $count }
cli-merge-texts-cleaned = ב-{ $count } ערכי טקסט היו תווי בקרה או רצפי escape, שהוסרו בדרך פנימה.
cli-merge-conflicts = { $count ->
        [one] שדה אחד שונה
        [two] 2 שדות שונו
       *[other] { $count } שדות שונו
    } בשני העותקים; השינוי המאוחר נשמר ושניהם בציר הזמן:
cli-merge-conflict = { $who } · { $field }: נשמר { $kept } ({ $kept_by }, { $kept_at }), נדרס { $lost } ({ $lost_by }, { $lost_at })
cli-merge-nothing-value = כלום

cli-import-summary = יובא { $file }: { $counts }.
cli-import-summary-dry-run = הרצת ניסיון של { $file }: { $counts }. דבר לא נכתב.
cli-import-summary-counts = { $created } נוצרו, { $merged } מוזגו, { $skipped } דולגו
cli-import-summary-chat = { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    } עבור { $with }, { $skipped } כבר היו{ $corrected }
cli-import-summary-corrected = , { $count } מהן מסומנות עכשיו כנשלחו על ידיך
cli-import-sender-you = { $sender } (את/ה): { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    }
cli-import-sender-you-because = { $sender } (את/ה: { $why }): { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    }
cli-import-sender-exporter-why = רק בהודעות שמחק מי שייצא את הצ'אט כתוב "You deleted this message"
cli-import-sender-contact = { $sender }: { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    }
cli-import-sender-contact-as = { $sender } ({ $timeline }): { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    }
cli-import-sender-known = { $sender } (איש קשר מוכר): { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    } בציר הזמן שלו
cli-import-sender-known-as = { $sender } (איש קשר מוכר { $timeline }): { $count ->
        [one] הודעה אחת
        [two] 2 הודעות
       *[other] { $count } הודעות
    } בציר הזמן שלו
cli-import-sender-someone-else = { $sender }: { $count ->
        [one] הודעה אחת נשמרה
        [two] 2 הודעות נשמרו
       *[other] { $count } הודעות נשמרו
    } בציר הזמן של { $timeline } בשם { $sender }
cli-import-refused = { $file }: { $count ->
        [one] שורה פגומה אחת, דבר לא יובא; תקנו אותה או הוסיפו --skip-bad-rows
        [two] 2 שורות פגומות, דבר לא יובא; תקנו אותן או הוסיפו --skip-bad-rows
       *[other] { $count } שורות פגומות, דבר לא יובא; תקנו אותן או הוסיפו --skip-bad-rows
    }
cli-import-more-warnings = … ועוד { $count } (--json מפרט את כולן)

cli-deal-already-open = ל-{ $contact } כבר יש עסקה פתוחה "{ $title }" ({ $amount }, { $stage })
cli-triage-title-with-convert = --title ו---amount שייכים ל-convert
cli-triage-reason-with = --reason שייך ל-drop או ל-nurture
cli-triage-back-on-with = --back-on שייך ל-nurture
cli-triage-another-deal-with = --another-deal שייך ל-convert
cli-triage-back-on-past = --back-on: המועד הזה כבר עבר; ציינו מתי לחזור לליד
cli-triage-bad-amount = --amount "{ $typed }" אינו סכום, למשל 12500
cli-triage-drop-needs-reason = drop דורש --reason, למשל --reason "אין תקציב"
cli-triage-done = { $contact }: סטטוס { $status }, שלב חיים { $lifecycle }
cli-triage-follow-up = מעקב: { $title }, עד { $due }
cli-triage-already-open = { $open }; --another-deal פותח עסקה שנייה
cli-gen-not-empty = ב-{ $file } כבר יש אנשי קשר; gen ממלא רק מסד נתונים ריק (השתמשו ב---db NEW.db)
cli-generated = נוצרו { $contacts ->
        [one] איש קשר אחד
       *[other] { $contacts } אנשי קשר
    }, { $interactions ->
        [one] רשומה אחת
       *[other] { $interactions } רשומות
    }, { $deals ->
        [one] עסקה אחת
       *[other] { $deals } עסקאות
    } ו{ $tasks ->
        [one] משימה אחת
       *[other] -{ $tasks } משימות
    } ב-{ $seconds } שנ׳
cli-score-line = ציון { $total } ({ $temperature }), שלב חיים { $lifecycle }   [חמים ≥ { $warm }, חם ≥ { $hot }; MQL מ-{ $mql }, SQL מ-{ $sql }]
cli-score-decayed = מתוך { $points }, דעך
cli-score-evidence-at = { $what } ב-{ $when }

cli-report-when-period = ב{ $label } ({ $first } עד { $last })
cli-report-when-day = ב-{ $day }
cli-report-when-between = מ-{ $first } עד { $last }
cli-report-so-far = { $actual } מתוך { $target }
cli-report-funnel-beside = { $count ->
        [one] ליד אחד עמד
        [two] 2 לידים עמדו
       *[other] { $count } לידים עמדו
    } על "{ $other }" מההתחלה, מחוץ לסולם, ולא הגיעו לאף שלב.
cli-report-funnel-dates = תאריכי השלבים: { $events } לידים לפי רשומות שלב חיים בציר הזמן, { $creation } לידים לפי תאריך היצירה בלבד.
cli-report-period-before = התקופה הקודמת:
cli-report-not-a-date = { $option } "{ $typed }" אינו תאריך (YYYY-MM-DD)
cli-report-csv-or-json = --csv ו---json בוחרים כל אחד את הפלט; תנו רק אחד מהם
cli-report-targets-not-split = דוח היעדים אינו מפוצל: כל יעד מציין את המקור שלו; השמיטו את --by
cli-report-nothing-created = לא נוצר אף ליד { $when }.
cli-report-funnel-title = משפך של { $count ->
        [one] הליד האחד
       *[other] { $count } הלידים
    } שנוצרו { $when }
cli-report-speed-title = מהירות תגובה ל-{ $count ->
        [one] ליד אחד
       *[other] { $count } לידים
    } שנוצרו { $when }
cli-report-speed-answered = נענו { $answered } מתוך { $leads }: חציון { $median }, אחוזון 90 { $p90 }.
cli-report-speed-running = ; { $count ->
        [one] ליד אחד שעדיין בתוך ה-SLA לא נספר
        [two] 2 לידים שעדיין בתוך ה-SLA לא נספרו
       *[other] { $count } לידים שעדיין בתוך ה-SLA לא נספרו
    } עדיין
cli-report-speed-within = נענו בתוך ה-SLA: { $within } מתוך { $decided } ({ $share }){ $waiting }.
cli-report-speed-expired = התקררו בלי מגע (פג תוקף): { $count ->
        [one] ליד אחד
        [two] 2 לידים
       *[other] { $count } לידים
    }.
cli-report-pipeline-open = צנרת פתוחה: { $count ->
        [one] עסקה אחת
        [two] 2 עסקאות
       *[other] { $count } עסקאות
    }; { $stale } תקועות.
cli-report-pipeline-closed = נסגרו { $when }: { $won } בזכייה, { $lost } בהפסד; שיעור זכייה { $rate }.
cli-report-forecast = תחזית: הצנרת הפתוחה, משוקללת, לפי חודש הסגירה הצפוי
cli-report-reasons-disqualified = לידים שנוצרו { $when }, נפסלו: { $count }
cli-report-reasons-lost = עסקאות { $when }, הופסדו: { $count }
cli-report-of-target = { $share }% מהיעד
cli-report-sources-title = מה הביא כל { $split } מתוך { $count ->
        [one] הליד האחד
       *[other] { $count } הלידים
    } שנוצרו { $when }; הכנסות ב-{ $currency }, מהעסקאות שלהם שנסגרו בזכייה בכל זמן
cli-goal-sales-amount = סכום מכירות
cli-goal-sales = מכירות
cli-goal-new-leads = לידים חדשים
cli-goal-new-leads-from = לידים חדשים מ-{ $source }
cli-goal-mqls = MQL-ים
cli-goal-sqls = SQL-ים
cli-pace-reached = הושג
cli-pace-on-pace = בקצב
cli-pace-behind = מפגר

cli-task-needs-title = --title: כתבו מה לעשות
cli-task-cannot-complete = לא ניתן לסמן את המשימה כבוצעה
cli-task-snooze-earlier = --to: "{ $typed }" מוקדם ממועד המשימה ({ $due }); בחרו מועד מאוחר יותר
cli-task-done = בוצעה
cli-task-open = פתוחה
cli-task-due = עד { $due }
cli-task-whose = {" "}של { $owner }
cli-task-none-overdue = אין מעקבים באיחור{ $whose }.
cli-task-none-today = אין מעקבים{ $whose } להיום.
cli-task-none-week = אין מעקבים{ $whose } לשבוע הזה.
cli-task-none-open = אין מעקבים פתוחים{ $whose }.
cli-task-no-match = TASK: לאף משימה פתוחה אין את הכותרת או המזהה "{ $typed }"; `leadometer task list` ממספר אותן
cli-task-id = מזהה { $id }
cli-task-many-titled = TASK: ל-{ $count } משימות פתוחות יש את הכותרת "{ $typed }"; תנו את המספר (מ-`leadometer task list`) או את המזהה של אחת מהן:
cli-task-no-list = TASK: { $number } הוא מספר מתוך `leadometer task list`, ולא הוצגה רשימה ל-{ $user } בקובץ הזה; הריצו קודם `leadometer task list`
cli-task-list-stale = TASK: המשימות השתנו מאז ה-`leadometer task list` האחרון, ולכן { $number } עשוי לציין עכשיו משימה אחרת; הריצו שוב `leadometer task list`
cli-task-not-in-list = TASK: ה-`leadometer task list` האחרון מספר { $count ->
        [one] משימה אחת
        [two] 2 משימות
       *[other] { $count } משימות
    }; { $number } אינו אחד מהם

cli-log-fix-nothing = ציינו מה לתקן: --text, --outcome, --duration, --at או --direction
cli-log-needs-kind = ציינו סוג ואיש קשר, למשל `log call "Dana Levi"`
cli-log-deal-of-another = --deal "{ $typed }" שייכת לאיש קשר אחר
cli-edit-set-pair = --set "{ $typed }": כתבו בצורה KEY=VALUE
cli-edit-needs-reason = --status disqualified דורש --reason, למשל --reason "אין תקציב"
cli-edit-reason-with = --reason שייך ל---status disqualified
cli-edit-nothing = אין מה לשנות: תנו לפחות אפשרות אחת, למשל --status connected (ראו `leadometer edit --help`)
cli-edit-alias-needs-name = לכינוי צריך להיות שם
cli-edit-no-such-alias-none = "{ $typed }" אינו כינוי של איש הקשר; אין לו כינויים
cli-edit-no-such-alias = "{ $typed }" אינו כינוי של איש הקשר; הכינויים שלו: { $aliases }
cli-add-needs-name = --name: לליד צריך להיות שם
cli-deal-no-competitors = אין
cli-deal-not-a-competitor = --remove-competitor "{ $typed }": המתחרים בעסקה: { $competitors }
cli-deal-probability-not-number = --probability "{ $typed }" אינו מספר בין 0.0 ל-1.0 (או "stage")
cli-now-not-rfc3339 = LEADOMETER_NOW "{ $typed }" אינו זמן בתבנית RFC 3339
cli-schema-unknown = אין פלט --json בשם "{ $name }"; הפלטים: { $names }
cli-restore-not-demo = restore פועל על הקובץ שלכם (--db PATH), לא על קובץ ההדגמה
cli-no-data-dir-demo = לא נמצאה תיקיית נתונים לקובץ ההדגמה; השתמשו ב---db PATH
cli-no-data-dir = לא נמצאה תיקיית נתונים למסד הנתונים; השתמשו ב---db PATH

cli-edit-role-no-company = איש הקשר אינו שייך לאף חברה; הוסיפו גם --company

cli-col-email = אימייל
cli-col-title = כותרת
cli-col-probability = הסתברות
cli-col-probability-short = הסת׳
cli-col-expected = צפוי
cli-col-close = סגירה
cli-col-id = מזהה
cli-col-priority = עדיפות
cli-col-goal = יעד
cli-col-so-far = עד כה
cli-col-pace = קצב

cli-bucket-under-5-min = < 5 דק׳
cli-bucket-5-15-min = 5–15 דק׳
cli-bucket-15-60-min = 15–60 דק׳
cli-bucket-1-4-h = 1–4 שע׳
cli-bucket-4-24-h = 4–24 שע׳
cli-bucket-1-3-days = 1–3 ימים
cli-bucket-over-3-days = > 3 ימים
cli-report-group-none = (אין)

cli-field-role = תפקיד
cli-field-emails = אימיילים
cli-field-phones = טלפונים
cli-field-flag = סימון

cli-gen-not-a-count = אינו מספר שלם
cli-gen-too-many = { $count } זה יותר מדי (לכל היותר { $max })

# תבניות, שליחה וקמפיינים (template.rs, send.rs, campaign.rs).

cli-template-none = אין תבנית מתאימה.
cli-template-personal = אישית
cli-template-generic = כללית
cli-template-language = שפה
cli-template-channels = ערוצים
cli-template-kind = סוג
cli-template-fields = שדות
cli-template-subject = נושא
cli-template-added = התבנית { $name } נוספה:
cli-template-saved = התבנית { $name } נשמרה:
cli-template-deleted = התבנית { $name } נמחקה ({ $id }).
cli-template-needs-name = --name: לתבנית צריך שם
cli-template-needs-body = --body: כתבו את ההודעה (או תנו --body-file PATH)
cli-template-empty-body = --body: ההודעה ריקה; כתבו מה כתוב בה
cli-template-body-file = --body-file { $path }: { $error }
cli-template-name-taken = --name: כבר יש תבנית בשם "{ $name }" בשפה { $language } ({ $id }); תנו שם אחר
cli-template-nothing-changed = "{ $name }" כבר כתובה כך; שום דבר לא שונה
cli-template-ambiguous = "{ $typed }" מתאים ל-{ $count } תבניות; תנו את המזהה של זו שהתכוונתם:
    { $candidates }
cli-col-language = שפה
cli-col-channels = ערוצים
cli-col-kind = סוג
cli-col-fields = שדות
cli-col-contacts = אנשי קשר
cli-col-template = תבנית
cli-col-progress = התקדמות

cli-send-do-not-contact = { $contact } מסומן/ת ⊘ לא ליצור קשר: ביקשו שלא נפנה אליהם. שום דבר לא נשלח; כדי לענות להם בכל זאת, הוסיפו --anyway
cli-send-not-for-channel = התבנית "{ $template }" לא מוצעת בערוץ { $channel } (רק בערוצים: { $channels }); בחרו תבנית אחרת, או הוסיפו לה את הערוץ עם `leadometer template edit`
cli-send-missing-fields = בתבנית "{ $template }" אין ערך עבור { $contact } { $count ->
        [one] בשדה
       *[other] בשדות
    } { $fields }: תנו { $count ->
        [one] אותו
       *[other] אותם
    } עם { $how }, או כתבו את כל ההודעה עם --text. שום דבר לא נשלח
cli-send-needs-text = תנו --template NAME או --text TEXT
cli-send-empty = --text: ההודעה ריקה; כתבו מה כתוב בה
cli-send-subject-only-email = --subject: נושא יש רק לאימייל
cli-send-no-phone = ל-{ $contact } אין מספר טלפון שאפשר לשלוח אליו הודעת { $channel }; הוסיפו מספר עם `leadometer edit CONTACT --add-phone NUMBER`
cli-send-no-email = ל-{ $contact } אין כתובת אימייל; הוסיפו כתובת עם `leadometer edit CONTACT --add-email ADDRESS`
cli-send-opener-failed = ההודעה נרשמה כפתוחה (רשומה { $id }), אבל { $opener } לא הצליח לפתוח את הקישור שלה ({ $error }). פתחו את הקישור בעצמכם ואז הריצו `leadometer sent { $id }`, או מחקו את הרשומה עם `leadometer log rm { $id }` ושלחו שוב:
    { $link }
cli-send-logged-opened = נרשם עבור { $contact } ונפתח עם { $opener }; עדיין לא אושר שנשלח:
cli-send-logged-printed = נרשם עבור { $contact }; עדיין לא אושר שנשלח:
cli-send-logged-sent = נרשם עבור { $contact } כנשלח:
cli-send-confirm-with = אחרי שההודעה נשלחה: leadometer sent { $id }
cli-sent-confirmed = אושר שנשלח:
cli-sent-already = כבר אושר שההודעה נשלחה (רשומה { $id })
cli-sent-not-waiting = { $id } אינה הודעה שממתינה לאישור שליחה

cli-campaign-none = עדיין אין קמפיינים: `leadometer campaign add NAME --source SOURCE` יוצר קמפיין.
cli-campaign-progress = { $done ->
        [one] { $done } מתוך { $total } בוצע
       *[other] { $done } מתוך { $total } בוצעו
    }
cli-campaign-about = { $contacts } · תבנית: { $template }
cli-campaign-no-template = אין
cli-campaign-template-gone = (נמחקה)
cli-campaign-no-members = עדיין אין בו אנשי קשר.
cli-campaign-all-done = הכול בוצע: לא נשארו אנשי קשר.
cli-campaign-added = הקמפיין { $name } נוסף:
cli-campaign-saved = הקמפיין { $name } נשמר:
cli-campaign-deleted = הקמפיין { $name } נמחק ({ $id }).
cli-campaign-ticked = ✓ { $contact }: בוצע בקמפיין { $campaign }.
cli-campaign-unticked = { $contact }: הסימון בקמפיין { $campaign } בוטל, עדיין לא בוצע.
cli-campaign-needs-by = ציינו אילו אנשי קשר הוא כולל: --campaign, --source, --flag, --lifecycle או --owner
cli-campaign-needs-name = NAME: לקמפיין צריך שם
cli-campaign-empty-value = --{ $option }: תנו את הערך שלפיו נבחרים אנשי הקשר של הקמפיין
cli-campaign-name-taken = כבר יש קמפיין בשם "{ $name }" ({ $id }); תנו שם אחר
cli-campaign-edit-nothing = אין מה לשנות: תנו --name, --campaign, --source, --flag, --lifecycle, --owner, --template או --no-template
cli-campaign-nothing-changed = "{ $name }" כבר כתוב כך; שום דבר לא שונה
cli-campaign-not-a-member = { $contact } לא נמצא/ת בקמפיין { $campaign } ({ $contacts }); שום דבר לא סומן
cli-campaign-ambiguous = "{ $typed }" מתאים ל-{ $count } קמפיינים; תנו את המזהה של זה שהתכוונתם:
    { $candidates }
cli-server-initialised = המשרד { $office } הוקם בשרת { $server }.
cli-server-already-initialised = המשרד { $office } בשרת { $server } כבר הוקם; הסכמה שלו מעודכנת.
cli-server-next-steps = הצעד הבא: `leadometer server invite NAME` לכל עמדה, ו־server = "..." בהגדרות של כל עמדה.
cli-server-moved-over = המעבר מ־{ $file } הושלם: נשלחו { $count } שורות, ונכתבה תמונת מצב { $id } שממנה יתחילו עמדות חדשות.
cli-server-compacted = נכתבה תמונת מצב { $id } ({ $contacts } אנשי קשר, { $size } KB), והוסרו { $count } רשומות יומן שהיא מכילה.
cli-server-invited = התפקיד { $role } נוצר. תנו לעמדה שלו את השורה הזאת להגדרות: server = "{ $server }", ואת קובץ הסיסמה { $file } (בתור server_password_file).
cli-server-snapshot-taken = ההתחלה הייתה מתמונת המצב של השרת.
cli-server-lost = בשרת היה פחות ממה שהעמדה הזאת כבר קיבלה ממנו (שוחזר מגיבוי ישן?): כל מה שיש כאן נשלח אליו שוב.
cli-server-newer-desks = שינויים של עמדות עם Leadometer חדש יותר ממתינים עד שזה יעודכן: { $desks }.
cli-server-pushed = נשלחו { $count } שורות שהשתנו.
cli-server-owed = { $count } שורות שהשתנו ממתינות כאן ויישלחו בסנכרון הבא.
cli-server-up-to-date = מעודכן מול { $server }.
cli-server-status = שרת { $server }, משרד { $office }: { $entries } רשומות יומן; { $owed } שורות שהשתנו ממתינות כאן.
cli-server-status-snapshot = עמדות חדשות מתחילות מתמונת מצב { $id } ({ $size } KB).
cli-server-col-desk = עמדה
cli-server-col-role = תפקיד
cli-server-col-entries = רשומות
cli-server-col-behind = לקבל
cli-server-col-last-push = שליחה אחרונה

# config path|show|check|edit
cli-config-no-dir = לא נמצאה תיקיית הגדרות; השתמשו ב־--config PATH
cli-config-path-exists = { $file } (קיים)
cli-config-path-missing = { $file } (לא קיים: נעשה שימוש בברירות המחדל)
cli-config-sound = { $file }: לא נמצאו בעיות.
cli-config-created = { $file } נוצר מקובץ ההגדרות לדוגמה
cli-config-cannot-create = לא ניתן ליצור את { $file }
cli-config-no-editor = לא ניתן להפעיל את העורך "{ $editor }"; הגדירו VISUAL או EDITOR
cli-config-editor-failed = העורך "{ $editor }" הסתיים בשגיאה
cli-config-still-wrong = ב־{ $file } עדיין יש בעיה; הוא נשמר כפי שכתבתם: תקנו אותו עם `leadometer config edit`
cli-config-problem-at = { $file }:{ $line }: { $field }
cli-progress-import = מייבא
cli-progress-gen = יוצר נתונים
cli-progress-rescore = מחשב ציונים
cli-progress-export = מייצא
cli-progress-merge = ממזג
cli-progress-sync = מסנכרן
