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
