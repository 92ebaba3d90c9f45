# מילים ומספרים שמופיעים בכל מקום. בעברית יש [one], [two] ו-[other].

count-leads = { $count ->
    [one] ליד אחד
    [two] 2 לידים
   *[other] { $count } לידים
}

## מילים של רשימות: סטטוסים, שלבים, סוגים.

word-contactkind-person = אדם
word-contactkind-business = עסק
word-lifecycle-subscriber = מנוי
word-lifecycle-lead = ליד
word-lifecycle-mql = MQL
word-lifecycle-sql = SQL
word-lifecycle-opportunity = הזדמנות
word-lifecycle-customer = לקוח
word-lifecycle-evangelist = שגריר
word-lifecycle-other = אחר
word-leadstatus-new = חדש
word-leadstatus-attempting = בניסיון
word-leadstatus-connected = בקשר
word-leadstatus-nurturing = בטיפוח
word-leadstatus-disqualified = נפסל
word-role-decision-maker = מקבל החלטות
word-role-payer = משלם
word-role-evaluator = מעריך
word-role-key-opinion-leader = מוביל דעה
word-origin-inbound = נכנס
word-origin-outbound = יוצא
word-temperature-cold = קר
word-temperature-warm = חמים
word-temperature-hot = חם
word-interactionkind-call = שיחה
word-interactionkind-whatsapp = וואטסאפ
word-interactionkind-email = אימייל
word-interactionkind-meeting = פגישה
word-interactionkind-sms = SMS
word-interactionkind-note = הערה
word-interactionkind-event = אירוע
word-interactionkind-retracted = נמחק
word-direction-in = נכנס
word-direction-out = יוצא
word-slastate-on_time = בזמן
word-slastate-due_soon = בקרוב
word-slastate-overdue = באיחור
word-slastate-answered = נענה

day-today = היום
day-tomorrow = מחר
day-yesterday = אתמול
age-minutes = { $value }ד׳
age-hours = { $value }ש׳
age-days = { $value }י׳
age-weeks = { $value }שב

said-outcome-answered = ענה
said-outcome-no-answer = לא ענה
said-outcome-voicemail = תא קולי
said-outcome-busy = תפוס
said-outcome-interested = מעוניין
said-outcome-not-interested = לא מעוניין
said-reason-no-budget = אין תקציב
said-reason-not-interested = לא מעוניין
said-reason-wrong-number = מספר שגוי
said-reason-went-with-a-competitor = הלך למתחרה
said-reason-no-answer = אין מענה
said-reason-spam = ספאם
said-reason-not-now = לא עכשיו
said-reason-no-budget-yet = עדיין אין תקציב
said-reason-call-back-next-quarter = לחזור ברבעון הבא
said-reason-waiting-for-their-decision = מחכים להחלטה שלהם
said-reason-price = מחיר
said-reason-timing = תזמון
said-reason-no-decision = לא התקבלה החלטה
said-choice-none = אין
said-choice-any = הכול
said-choice-yes = כן
said-choice-no = לא
said-when-now = עכשיו
said-when-tomorrow-ten = מחר 10:00
said-when-in-an-hour = בעוד שעה
said-when-tomorrow-morning = מחר בבוקר
said-when-next-week = בשבוע הבא
said-task-follow-up = מעקב ({ $channel })

import-dates-question = { $file }, שורה { $line }: האם { $date } הוא { $readings }? בחרו בשדה תאריכים, ואז Enter.
import-dates-readings = { $day_first } (יום/חודש) או { $month_first } (חודש/יום)
import-dates-either = יום/חודש או חודש/יום
import-dates-day = { $day } ב{ $month }
said-choice-from-the-file = לפי הקובץ
said-choice-day-first = יום/חודש
said-choice-month-first = חודש/יום
said-choice-year-first = שנה/חודש/יום
said-choice-import-nothing = לא לייבא כלום
said-choice-skip-them = לדלג עליהן

said-choice-everyone = כולם

said-task-come-back = לחזור אל { $name }
said-task-come-back-because = לחזור אל { $name }: { $reason }
word-campaignby-campaign = קמפיין
word-campaignby-source = מקור
word-campaignby-flag = סימון
word-campaignby-lifecycle = שלב חיים
word-campaignby-owner = בעלים
said-outcome-opened = נפתחה, טרם נשלחה
said-outcome-sent = נשלחה
said-choice-personal = אישית
said-choice-generic = כללית
