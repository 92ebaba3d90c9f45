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
word-temperature-warm = פושר
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
