# מה יכול להשתבש בקובץ, וסירובים למה שהתבקש.

store-foreign = { $path } אינו מסד נתונים של Leadometer (הוא שייך לתוכנה אחרת); הוא לא שונה
store-not-a-database = { $path } אינו מסד נתונים של SQLite, או שהוא פגום; הוא לא שונה
store-too-new = { $path } נכתב בגרסה חדשה יותר של Leadometer (גרסת סכמה { $found }; הגרסה הזו קוראת עד { $supported }); עדכנו את Leadometer כדי לפתוח אותו. הקובץ לא שונה
store-foreign-objects = { $path } מכיל אובייקטי סכמה ש-Leadometer לא יצר, והוא לא יריץ ולא יעתיק אותם: { $objects }; הקובץ לא שונה
store-damaged = { $path } פגום ({ $detail }); הוא לא שונה
store-open = אי אפשר לפתוח את { $path }: { $message }
store-disk-full = { $path }: הדיסק מלא, או שהקובץ לא יכול לגדול עוד ({ $detail }); שום דבר לא נכתב. פנו מקום ונסו שוב: הקובץ לא נפגע
store-not-permitted = { $path }: אין הרשאה ({ $detail }); ודאו שמותר לכם לקרוא ולכתוב אותו ואת התיקייה שלו { $folder }. שום דבר לא שונה
store-io = { $path }: הדיסק סירב לקרוא או לכתוב אותו ({ $detail }); ייתכן שהדיסק מלא, נותק או כושל. שום דבר לא שונה
store-not-found = אין { $what } שמתאים ל-"{ $query }"{ $hint }
what-contact = איש קשר
what-deal = עסקה
what-entry = רשומה
what-task = משימה
what-account = חברה
store-ambiguous = "{ $query }" מתאים ל-{ $count } אנשי קשר; ציינו את מי לפי מזהה, טלפון או אימייל:
    { $candidates }
store-part-of-name = "{ $query }" הוא רק חלק משם; תנו את השם המלא, טלפון, אימייל או את המזהה של מי שהתכוונתם:
    { $candidate }
store-locked = { $path } נשאר נעול על ידי תוכנה אחרת במשך { $waited }; שום דבר לא נכתב
store-cancelled = נעצר לפני הסוף; שום דבר לא נכתב
store-sqlite = שגיאת מסד נתונים: { $error }
store-ambiguous-deal = "{ $query }" מתאים ל-{ $count } עסקאות; תנו את המזהה של זו שהתכוונתם:
    { $candidates }
hint-deal-not-found = ; תנו את מזהה העסקה (ראו `leadometer show CONTACT`) או את הכותרת המדויקת שלה
hint-task-not-found = ; `leadometer show CONTACT` מפרט את המשימות של איש קשר עם המזהים שלהן
hint-entry-not-found = ; `leadometer show CONTACT --json` מפרט את הרשומות של איש קשר עם המזהים שלהן

problem-needs-name = לאיש קשר נדרש שם
problem-not-an-email = "{ $typed }" אינו כתובת אימייל
problem-phone-unread = לא ניתן היה לקרוא את מספר הטלפון "{ $typed }" (אזור { $region }); הוא נשמר כפי שהוקלד
problem-not-a-quality = "{ $typed }" אינו בין 1 ל־5
problem-not-one-of = "{ $typed }" אינו אחד מאלה: { $words }
problem-duration-too-long = "{ $typed }" ארוך מדי (לכל היותר { $days } ימים)
problem-not-a-duration = "{ $typed }": כתבו למשל 5m, 1h30m או 90s
problem-time-too-far = הזמן "{ $typed }" רחוק מדי מעכשיו: לכל היותר { $years } שנים לפני או אחרי
problem-time-unread = לא ניתן לקרוא את הזמן "{ $typed }": כתבו 14:30, מחר 10:00, היום, אתמול 10:00, יום שישי, 15.12., 15.12.2026, +3d, 2024-01-15 21:05 או RFC 3339 (גם באנגלית: tomorrow 09:00, friday, in 3 days, 2h ago)
problem-no-such-date = "{ $typed }" אינו תאריך בלוח השנה: כתבו למשל 15.12., 15.12.2025 או dec 15
problem-not-a-close-date = "{ $typed }" אינו תאריך: כתבו 2024-04-30, 15.12., יום שישי, או in 2 weeks
problem-year-out-of-range = ב־"{ $typed }" אין שנה בין 1900 ל־2099
problem-phone-unallocated = { $phone } אינו בטווח ש{ $country } הקצתה; נשמר, כדאי לבדוק
country-il = ישראל
country-hu = הונגריה
country-unknown = המדינה שלו

notice-at-column = שורה { $line }, עמודה "{ $column }": { $what }
notice-at-property = שורה { $line }, { $property }: { $what }
notice-at-line = שורה { $line }: { $what }
notice-dates-both-ways = שורה { $day_first } נקראת רק כיום/חודש ושורה { $month_first } רק כחודש/יום: ציינו איך עם --date-order
notice-card-empty = דולג, בכרטיס אין שם, טלפון או אימייל
notice-row-empty = דולג, אין בה שם, חברה, טלפון או אימייל
notice-controls-removed = תווי בקרה הוסרו
notice-tel-no-digits = ב־TEL "{ $typed }" אין ספרות, ולכן אינו מספר טלפון; לא יובא
notice-email-to-notes = "{ $typed }" אינו אימייל; נשמר בהערות
notice-phone-to-field = ב־"{ $typed }" אין ספרות, ולכן אינו מספר טלפון; נשמר כשדה מותאם
notice-unknown-stage = שלב מחזור החיים "{ $typed }" אינו משלנו; נשאר ליד
notice-unknown-status = סטטוס הליד "{ $typed }" אינו משלנו; נשאר חדש
notice-date-out-of-range = התאריך "{ $typed }" אינו בין { $from } ל־{ $to }; נעשה שימוש בזמן הייבוא
notice-date-unread = לא ניתן לקרוא את התאריך "{ $typed }"; נעשה שימוש בזמן הייבוא
notice-phone-unread = לא ניתן לקרוא את הטלפון "{ $typed }"; נשמר כפי שנכתב
notice-chat-no-me = אף אחד בצ'אט אינו נקרא "{ $me }", ולכן אף הודעה אינה נחשבת שלך; העבירו --me עם שמכם כפי שהצ'אט מציג אותו ({ $senders })
notice-chat-no-contact = אף שולח בצ'אט אינו { $name } לפי שם או טלפון, ולכן כל הודעה שאינה שלך נשארת בציר הזמן של { $name } עם סימון השולח; ציינו מי מהשולחים הוא { $name } עם --sender NAME
notice-chat-system-lines = { $count ->
        [one] דולגה שורה אחת
       *[other] דולגו { $count } שורות
    } שכתב WhatsApp עצמו
notice-message-too-big = ההודעה שמתחילה כאן עוברת { $kib } KiB
notice-not-a-chat = זה אינו ייצוא צ'אט של WhatsApp: בשורה הראשונה אין תאריך ושעה ("{ $first }")
notice-no-messages = בקובץ אין הודעות
notice-card-unended-before-next = לכרטיס זה אין END:VCARD לפני ה־BEGIN:VCARD הבא
notice-end-without-begin = END:VCARD בלי BEGIN:VCARD
notice-text-outside-card = טקסט מחוץ ל־BEGIN:VCARD … END:VCARD
notice-card-never-ends = כרטיס זה לעולם אינו מסתיים (אין END:VCARD)
notice-no-cards = בקובץ אין כרטיסים
notice-field-too-big = { $field } מכיל { $kib } KiB, מעבר ל־{ $max } KiB ששדה יכול להכיל (הוא מתחיל ב־"{ $start }")
notice-not-a-property = "{ $typed }" אינו מאפיין vCard (NAME:value)
notice-quote-never-closed = מירכאה שנפתחה כאן לעולם אינה נסגרת, ולכן אי אפשר להבחין בין השורות שאחריה
notice-no-contact-column = אף עמודה אינה מתארת איש קשר: בשורת הכותרת יש { $columns } אבל אף אחת אינה שם, חברה, טלפון או אימייל

notice-ambiguous-dates = כל תאריך כאן יכול להיקרא כיום/חודש או כחודש/יום: ציינו איך עם --date-order dmy או --date-order mdy
what-template = תבנית
what-campaign = קמפיין
hint-template-not-found = ; `leadometer template list` מציג את כל התבניות
hint-campaign-not-found = ; `leadometer campaign list` מציג את כל הקמפיינים
store-ambiguous-named = „{ $query }” הוא שם של יותר מאחד; יש לציין את המזהה של המבוקש:
    { $candidates }
server-address = כתובת השרת: { $detail }
server-unreachable = אין גישה לשרת { $server }: { $detail }
server-not-initialised = בשרת עדיין אין משרד של Leadometer: הריצו קודם `leadometer server init --url ...`
server-too-new = השרת הוקם בגרסה חדשה יותר של Leadometer (גרסת הסכמה שלו { $found }; הגרסה הזו קוראת עד { $supported }): עדכנו את Leadometer. לא הועבר דבר
server-too-old = הסכמה של השרת ישנה יותר (גרסה { $found } מתוך { $supported }): בעלי השרת מריצים `leadometer server init` כדי לעדכן אותה. לא הועבר דבר
server-damaged = סכמת Leadometer בשרת פגומה: { $detail }
server-newer-snapshot = תמונת המצב בשרת נכתבה בגרסה חדשה יותר של Leadometer (גרסת סכמה { $found }): עדכנו את Leadometer
server-other-office = הקובץ הזה שייך לשרת של משרד אחר (משרד { $joined }); בשרת בכתובת הזו נמצא משרד { $found }. לא הועבר דבר
server-not-set = לא הוגדר שרת צוות: הוסיפו server = "postgres://..." להגדרות, או תנו --url
server-refused = השרת סירב: { $detail }
