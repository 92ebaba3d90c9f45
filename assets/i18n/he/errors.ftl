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
what-account = חשבון
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
