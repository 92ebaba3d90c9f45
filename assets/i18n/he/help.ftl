# The command line's --help: what each command and option is for, and clap's own words.
# An id is help-<command path>[--<option>[-<value>]] (help-leadometer for the program and
# its global options); English stays in the doc comments of src/cli, and a test holds
# en/help.ftl to them (src/cli/help.rs). help-clap-*: clap's own words and refusals.

help-add = הוספת ליד (טלפון או אימייל קיימים מחזירים את איש הקשר שלהם)
    .examples =
        דוגמאות:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --email noa@example.com
          leadometer add --name "Levi Design" --kind business --origin outbound
help-add--campaign = הקמפיין השיווקי שהביא את הליד
help-add--company = החברה שאיש הקשר שייך אליה
help-add--email = כתובת אימייל (אפשר לציין כמה פעמים)
help-add--kind = אדם או עסק
help-add--name = השם של האדם או של העסק
help-add--notes = הערות חופשיות על איש הקשר
help-add--origin = נכנס ("pull": הם הגיעו אלינו) או יוצא ("push": אנחנו פנינו אליהם)
help-add--owner = מי מטפל בליד ("me" למשתמש שבהגדרות)
help-add--phone = מספר טלפון בכל כתיב (אפשר לציין כמה פעמים)
help-add--role = התפקיד של איש הקשר בחברה
help-add--source = מאיפה הגיע הליד (למשל "מודעת פייסבוק", "הפניה")
help-backup = כתיבת תמונת מצב עקבית של הקובץ לתיקיית הגיבויים
help-campaign = קמפיינים שעובדים עליהם כרשימת סימון: אנשי הקשר שלהם, כל אחד בוצע או לא
help-campaign-add = יצירת רשימת סימון מאנשי הקשר ששדה אחד בוחר
help-campaign-add--campaign = אנשי הקשר של הקמפיין הזה (שדה הקמפיין של איש הקשר)
help-campaign-add--flag = אנשי הקשר עם הסימון הזה
help-campaign-add--lifecycle = אנשי הקשר בשלב החיים הזה
help-campaign-add--name = שם הקמפיין
help-campaign-add--owner = אנשי הקשר של הבעלים הזה ("me" למשתמש שבהגדרות)
help-campaign-add--source = אנשי הקשר מהמקור הזה
help-campaign-add--template = התבנית שנשלחת לאנשי הקשר שלו (שם או מזהה)
help-campaign-done = סימון איש קשר בקמפיין כבוצע (או ביטול הסימון עם --undo)
help-campaign-done--campaign = הקמפיין: השם או המזהה שלו
help-campaign-done--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-campaign-done--undo = ביטול הסימון: איש הקשר עדיין ממתין לטיפול
help-campaign-edit = שינוי השם, אנשי הקשר או התבנית של קמפיין; הסימונים שלו נשארים
help-campaign-edit--campaign = אנשי הקשר של הקמפיין הזה (שדה הקמפיין של איש הקשר)
help-campaign-edit--flag = אנשי הקשר עם הסימון הזה
help-campaign-edit--lifecycle = אנשי הקשר בשלב החיים הזה
help-campaign-edit--name = שם חדש
help-campaign-edit--no-template = בלי תבנית מעכשיו
help-campaign-edit--owner = אנשי הקשר של הבעלים הזה ("me" למשתמש שבהגדרות)
help-campaign-edit--source = אנשי הקשר מהמקור הזה
help-campaign-edit--template = תבנית אחרת (שם או מזהה)
help-campaign-edit--wanted = הקמפיין: השם או המזהה שלו
help-campaign-list = כל הקמפיינים: את מי הם כוללים, התבנית שלהם, וכמה כבר בוצע
help-campaign-rm = מחיקת קמפיין (נשמר כמצבה, כדי שכל עותק יידע עליו)
help-campaign-rm--campaign = הקמפיין: השם או המזהה שלו
help-campaign-show = אנשי הקשר של קמפיין, כל אחד בוצע (✓) או לא, וכמה כבר בוצע
help-campaign-show--campaign = הקמפיין: השם או המזהה שלו
help-campaign-show--todo = רק אנשי הקשר שעוד לא בוצעו
help-check = בדיקת הקובץ: השלמות והמפתחות הזרים של SQLite, והכללים של Leadometer עצמו
help-clap-arguments = ארגומנטים
help-clap-command-help = הדפסת ההודעה הזו או העזרה של תת־הפקודות שצוינו
help-clap-commands = פקודות
help-clap-default = ברירת מחדל
help-clap-env = משתנה סביבה
help-clap-options = אפשרויות
help-clap-possible-values = ערכים אפשריים
help-clap-possible-values-heading = ערכים אפשריים:
help-clap-print-help = הדפסת עזרה
help-clap-print-help-more = הדפסת עזרה (עוד עם '--help')
help-clap-print-help-summary = הדפסת עזרה (תקציר עם '-h')
help-clap-print-version = הדפסת הגרסה
help-clap-usage = שימוש:
help-completions = הדפסת סקריפט ההשלמה של מעטפת (bash, zsh, fish, elvish, powershell)
    .examples =
        דוגמאות:
          leadometer completions bash > ~/.local/share/bash-completion/completions/leadometer
          leadometer completions zsh > ~/.zfunc/_leadometer
          leadometer completions fish > ~/.config/fish/completions/leadometer.fish
help-completions--shell = המעטפת שעבורה נכתבות ההשלמות
help-config = קובץ ההגדרות: היכן הוא, מה תקף בו, האם הוא תקין; או עריכתו
    .examples =
        דוגמאות:
          leadometer config path
          leadometer config check
          leadometer config edit
help-config-check = קריאת קובץ ההגדרות ואמירת מה שגוי בו: קובץ, שורה ומפתח
help-config-edit = פתיחת קובץ ההגדרות ב־$VISUAL או ב־$EDITOR (נוצר מהדוגמה, כשכל הגדרה בה מוסתרת בהערה, אם אינו קיים), ובדיקתו כשהעורך נסגר
help-config-path = הדפסת מיקום קובץ ההגדרות והאם הוא קיים
help-config-show = הדפסת ההגדרות התקפות (TOML; JSON עם --json), כולל ברירות המחדל
help-deal = פתיחת עסקאות והעברתן לאורך הצנרת
    .examples =
        דוגמאות:
          leadometer deal add "Noa Levi" --title "Kitchen renovation" --amount 12500
          leadometer deal move "Kitchen renovation" Meeting
          leadometer deal won "Kitchen renovation"
          leadometer deal list
help-deal-add = פתיחת עסקה לאיש קשר
help-deal-add--amount = למשל 12500 או 12,500.50
help-deal-add--close-date = תאריך הסגירה הצפוי: 2024-04-30, או יום כפי ש־--due מקבל (next friday, in 2 weeks, 15.12.)
help-deal-add--competitor = מתחרה במרוץ (אפשר לציין כמה פעמים)
help-deal-add--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-deal-add--currency = ברירת מחדל: המטבע שבהגדרות
help-deal-add--notes = הערות חופשיות על העסקה
help-deal-add--owner = מי מטפל בעסקה ("me" למשתמש שבהגדרות; ברירת מחדל: הבעלים של איש הקשר)
help-deal-add--probability = הסיכוי של העסקה הזו להיסגר, 0.0 עד 1.0 (ברירת מחדל: של השלב)
help-deal-add--quote = הצעת מחיר שהלקוח ביקש (אפשר לציין כמה פעמים)
help-deal-add--quotes-received = כמה הצעות מחיר הם כבר קיבלו
help-deal-add--quotes-required = כמה הצעות מחיר הלקוח רוצה לפני שיחליט
help-deal-add--stage = שלב ההתחלה (ברירת מחדל: השלב הראשון)
help-deal-add--title = מה נמכר, למשל "שיפוץ מטבח"
help-deal-edit = שינוי שדות של עסקה (השלב זז עם `deal move`, `won`, `lost`)
help-deal-edit--amount = למשל 12500 או 12,500.50
help-deal-edit--close-date = תאריך הסגירה הצפוי: 2024-04-30, או יום כפי ש־--due מקבל (next friday, in 2 weeks, 15.12.); "none" מנקה אותו
help-deal-edit--competitor = הוספת מתחרה (אפשר לציין כמה פעמים)
help-deal-edit--currency = קוד בן שלוש אותיות, כמו ILS
help-deal-edit--deal = העסקה: המזהה שלה, או הכותרת המדויקת שלה כשהיא ייחודית
help-deal-edit--notes = "" מנקה אותן
help-deal-edit--owner = מי מטפל בעסקה ("me" למשתמש שבהגדרות; "" או "none": אף אחד)
help-deal-edit--probability = הסיכוי של העסקה להיסגר, 0.0 עד 1.0; "stage" חוזר לסיכוי של השלב
help-deal-edit--quotes-received = כמה הצעות מחיר הם כבר קיבלו
help-deal-edit--quotes-required = כמה הצעות מחיר הלקוח רוצה לפני שהוא מחליט
help-deal-edit--remove-competitor = הסרת מתחרה (אפשר לציין כמה פעמים)
help-deal-edit--title = כותרת חדשה
help-deal-list = כל העסקאות, עם הערך הצפוי של כל אחת, והסכומים
help-deal-list--owner = רק העסקאות של הבעלים הזה ("me" למשתמש שבהגדרות)
help-deal-list--stage = רק העסקאות בשלב הזה (גם Won ו־Lost, או שלב שכבר אינו בהגדרות)
help-deal-lost = סימון עסקה כהפסד, עם הסיבה
help-deal-lost--deal = העסקה: המזהה שלה, או הכותרת המדויקת שלה כשהיא ייחודית
help-deal-lost--reason = למה היא הפסדה
help-deal-move = העברת עסקה לשלב אחר
help-deal-move--deal = העסקה: המזהה שלה, או הכותרת המדויקת שלה כשהיא ייחודית
help-deal-move--stage = השלב שאליו היא עוברת (בשמו כמו בצנרת שבהגדרות)
help-deal-rm = מחיקת עסקה (נשמרת כמצבה, כדי שכל עותק של הקובץ יידע עליה)
help-deal-rm--deal = העסקה: המזהה שלה, או הכותרת המדויקת שלה כשהיא ייחודית
help-deal-won = סימון עסקה כזכייה
help-deal-won--deal = העסקה: המזהה שלה, או הכותרת המדויקת שלה כשהיא ייחודית
help-deal-won--reason = למה היא נסגרה בהצלחה
help-delete = מחיקת איש קשר (נשמר כמצבה, כדי שעותקים ממוזגים יידעו עליו)
help-delete--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-edit = שינוי הפרטים, הסטטוס, הבעלים, האיכות או הדגלים של איש קשר
    .examples =
        דוגמאות:
          leadometer edit "Noa Levi" --status attempting --preferred-channel whatsapp
          leadometer edit 054-490-0148 --status disqualified --reason "no budget"
          leadometer edit "Noa Levi" --flag vip --set birthday=03-14
help-edit--add-email = הוספת כתובת אימייל (אפשר לחזור)
help-edit--add-phone = הוספת מספר טלפון, בכל כתיב (אפשר לחזור)
help-edit--alias = הוספת כתיב נוסף של השם, שנמצא בחיפוש ומוצג איתו (אפשר לציין כמה פעמים)
help-edit--best-time = טקסט חופשי כמו "בבקרים" או "אחרי 17:00"
help-edit--campaign = הקמפיין השיווקי שהביא את הליד
help-edit--company = הוספת איש הקשר לחברה הזו
help-edit--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-edit--flag = הוספת דגל כמו vip, do-not-contact או bad-payer (אפשר לציין כמה פעמים)
help-edit--kind = אדם או עסק
help-edit--lifecycle = שלב מחזור החיים
help-edit--name = שם חדש
help-edit--notes = הערות חופשיות על איש הקשר, במקום הקיימות
help-edit--origin = נכנס ("pull": הם פנו אלינו) או יוצא ("push": אנחנו פנינו אליהם)
help-edit--owner = הבעלים; ערך ריק מנקה אותו
help-edit--preferred-channel = איך איש הקשר מעדיף שיפנו אליו; ערך ריק מנקה אותו
help-edit--quality = הדירוג של העסק עצמו, 1 עד 5
help-edit--reason = למה הליד נפסל (נדרש עם --status disqualified)
help-edit--remove-alias = הסרת כינוי, למשל כזה שמיזוג הוסיף בטעות (אפשר לציין כמה פעמים)
help-edit--remove-email = הסרת כתובת אימייל (אפשר לחזור)
help-edit--remove-phone = הסרת מספר טלפון, בכל כתיב (אפשר לחזור)
help-edit--role = התפקיד של איש הקשר ב־--company, או בחברה הראשונה שלו
help-edit--set = שדה מותאם, KEY=VALUE; ערך ריק מסיר אותו (אפשר לציין כמה פעמים)
help-edit--source = מאיפה הגיע הליד (למשל "מודעת פייסבוק", "הפניה")
help-edit--status = הסטטוס של הליד
help-edit--unflag = הסרת דגל (אפשר לציין כמה פעמים)
help-export = כתיבת כל אנשי הקשר החוצה: CSV לאקסל, JSON עם צירי זמן ועסקאות, או vCard
    .examples =
        דוגמאות:
          leadometer export --out leads.csv
          leadometer export --format json --out leads.json
help-export--force = החלפת FILE אם הוא כבר קיים
help-export--format = מה לכתוב
help-export--format-csv = שורה לכל איש קשר; אקסל פותח אותו, `import` קורא אותו בחזרה
help-export--format-json = הכול: כל איש קשר עם החשבונות, העסקאות, המשימות וכל ציר הזמן שלו
help-export--format-vcard = vCard (4.0, או 3.0 עם --vcard-version 3), לספר הכתובות של טלפון או של תוכנת דואר
help-export--out = כתיבה לכאן במקום לפלט התקני (קובץ חדש, לבעלים בלבד, אף פעם לא כתוב למחצה; אף פעם לא מסד נתונים, היומן שלו או קישור סמלי)
help-export--vcard-version = גרסת ה-vCard: 4 (RFC 6350), או 3 לספרי כתובות שלא קוראים גרסה אחרת
help-export--vcard-version-3 = vCard 3.0 (RFC 2426)
help-export--vcard-version-4 = vCard 4.0 (RFC 6350)
help-gen = מילוי מסד נתונים ריק בנתונים סינתטיים מציאותיים
help-gen--contacts = כמה אנשי קשר ליצור (לכל היותר 10,000,000)
help-gen--interactions-per-contact = כמה אינטראקציות יקבל כל איש קשר (לכל היותר 1,000)
help-gen--seed = אותו גרעין יוצר את אותם נתונים
help-heading-global-options = אפשרויות כלליות
help-import = הבאת אנשי קשר מ־CSV (HubSpot, Google Contacts, אקסל), מקובץ vCard או מייצוא של צ'אט וואטסאפ, בלי כפילויות לפי טלפון ואימייל, הכול או כלום
    .examples =
        דוגמאות:
          leadometer import contacts.csv --dry-run
          leadometer import phone-book.vcf
          leadometer import "WhatsApp Chat with Noa.txt" --contact "Noa Levi"
help-import--contact = לצ'אט: עם מי הוא (מזהה, טלפון, אימייל או שם ייחודי)
help-import--date-order = לצ'אט שאפשר לקרוא את התאריכים שלו בשני האופנים
help-import--dry-run = דיווח מה בדיוק יקרה, בלי לכתוב דבר
help-import--encoding = הקידוד של הקובץ כשהוא לא UTF-8: windows-1255 (עברית), windows-1250 (הונגרית), או כל תווית WHATWG
help-import--file = הקובץ: CSV (HubSpot, Google Contacts, אקסל, כל גיליון עם שורת כותרות), קובץ vCard, או ייצוא של צ'אט וואטסאפ
help-import--format = הפורמט של הקובץ (ברירת מחדל: מזוהה לפי התוכן והכותרות)
help-import--format-auto = זיהוי לפי הכותרות
help-import--format-csv = כל גיליון עם שורת כותרות; העמודות ממופות לפי השמות שלהן
help-import--format-google = הייצוא של Google Contacts (המבנה הנוכחי והישן)
help-import--format-hubspot = ייצוא אנשי הקשר של HubSpot
help-import--format-vcard = vCard 2.1, 3.0 או 4.0 (ייצוא ספר כתובות של טלפון או של Apple)
help-import--format-whatsapp = קובץ טקסט של "ייצוא צ'אט" מוואטסאפ (צריך --contact)
help-import--me = לצ'אט: השם שלך כפי שהוא מופיע בו (ברירת מחדל: המשתמש שבהגדרות, אחרת השולח שהקובץ מראה שייצא אותו)
help-import--region = קריאת מספרי טלפון מקומיים כשל המדינה הזו (למשל HU), במקום האזור שבהגדרות: לגיליון ממשרד בחו"ל
help-import--sender = לצ'אט קבוצתי: איזה שולח הוא איש הקשר, כשהשם שלו בצ'אט אינו של איש הקשר והמספר שלו אינו הטלפון של איש הקשר
help-import--skip-bad-rows = ייבוא השורות התקינות ורשימת הפגומות, במקום לא לייבא כלום
help-inbox = לידים שעדיין דורשים עבודה, הדחופים קודם (חריגת SLA קודם, ואז עדיפות)
    .examples =
        דוגמאות:
          leadometer inbox --owner me --limit 10
          leadometer --json inbox
help-inbox--expired = רשימת הלידים שנשארו בחוץ כי אף אחד לא נגע בהם במשך sla.expire_after_days
help-inbox--limit = לכל היותר כך וכך פריטים (ברירת מחדל: כולם)
help-inbox--owner = רק הלידים שבבעלות האדם הזה ("me" למשתמש שבהגדרות)
help-leadometer = שולחן לידים לטרמינל
    .examples =
        דוגמאות:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --source "Facebook ad"
          leadometer inbox
          leadometer log call "Noa Levi" --outcome answered --duration 5m
          leadometer --json show 054-490-0148
          leadometer                  (שולחן העבודה, בטרמינל)
help-leadometer--config = קובץ ההגדרות (ברירת מחדל: config.toml בתיקיית ההגדרות שלך)
help-leadometer--db = קובץ מסד הנתונים (ברירת מחדל: leads.db בתיקיית הנתונים שלך)
help-leadometer--demo = פתיחת מסד נתוני ההדגמה המוכן במקום שלך
help-leadometer--json = הדפסת JSON קריא למכונה במקום טקסט
help-leadometer--verbose = דיווח על מה שקורה ב-stderr: -v הצעדים העיקריים, -vv פרטים, -vvv הכול
help-log = תיעוד שיחה, הודעת וואטסאפ, אימייל, פגישה, SMS או הערה
    .examples =
        דוגמאות:
          leadometer log call "Noa Levi" --outcome no-answer
          leadometer log whatsapp 054-490-0148 --direction in --text "Is Tuesday fine?"
          leadometer log meeting "Noa Levi" --at "yesterday 10:00" --duration 1h
help-log--at = מתי זה קרה: 14:30, yesterday 10:00, 2h ago, 2024-01-15 21:05 (ברירת מחדל: עכשיו)
help-log--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-log--deal = העסקה שזה שייך אליה (מזהה או כותרת מדויקת)
help-log--direction = in (הם פנו אלינו) או out (אנחנו פנינו אליהם); ברירת מחדל out, none להערות ולפגישות
help-log--duration = כמה זמן זה נמשך, למשל 5m, 1h30m, 90s
help-log--kind = מה קרה
help-log--outcome = למשל answered, no-answer, voicemail, interested
help-log--subject = הנושא של אימייל או של פגישה
help-log--text = מה נאמר או נכתב
help-log-edit = תיקון רשומה מתועדת: הטקסט, התוצאה, המשך, הזמן או הכיוון שלה
help-log-edit--at = מתי זה קרה באמת: 14:30, yesterday 10:00, 2024-01-15 21:05
help-log-edit--direction = in (הם פנו אלינו) או out (אנחנו פנינו אליהם)
help-log-edit--duration = המשך המתוקן, למשל 5m, 1h30m, 90s
help-log-edit--entry = המזהה של הרשומה, או התחלה ייחודית שלו (8 תווים לפחות); `show CONTACT --json` נותן את המזהים
help-log-edit--outcome = התוצאה המתוקנת ("" מנקה אותה), למשל answered, no-answer
help-log-edit--text = הטקסט המתוקן ("" מנקה אותו)
help-log-rm = מחיקת רשומה מתועדת (היא נשארת בין הגרסאות הקודמות)
help-log-rm--entry = המזהה של הרשומה, או התחלה ייחודית שלו (8 תווים לפחות); `show CONTACT --json` נותן את המזהים
help-log-versions = כל הגרסאות של רשומה מתועדת, הישנה קודם
help-log-versions--entry = המזהה של הרשומה, או התחלה ייחודית שלו (8 תווים לפחות); `show CONTACT --json` נותן את המזהים
help-man = הדפסת דף העזרה (roff): `leadometer man | man -l -`
help-merge = מיזוג קובץ Leadometer אחר לתוך זה: כל שדה הולך לשינוי המאוחר, צירי הזמן מתאחדים, שום דבר לא אובד. הקובץ האחר רק נקרא
help-merge--dry-run = דיווח מה המיזוג יביא, בלי לכתוב דבר
help-merge--other = קובץ ה־Leadometer האחר: עותק של עמית, עותק מתנגש, גיבוי. הוא רק נקרא
help-report = דוחות על תקופה: המשפך מליד ללקוח, מהירות התגובה ללידים, הצנרת והתחזית שלה, והסיבות שבגללן לידים ועסקאות אבדו
    .examples =
        דוגמאות:
          leadometer report funnel --period month
          leadometer report pipeline --csv
help-report--by = פיצול לפי מקור, קמפיין, בעלים או מוצא (נכנס "pull", יוצא "push")
help-report--csv = ערכים מופרדים בפסיקים לגיליון, במקום טקסט
help-report--from = היום הראשון (YYYY-MM-DD); בלי --to, עד היום
help-report--period = השבוע, החודש, הרבעון או השנה הנוכחיים (ברירת המחדל היא החודש)
help-report--previous = גם התקופה הקודמת, להשוואה
help-report--report = איזה דוח
help-report--report-funnel = הלידים שנוצרו בתקופה: כמה הגיעו לכל שלב במחזור החיים
help-report--report-pipeline = עסקאות פתוחות לפי שלב, עסקאות שזכו והפסידו בתקופה, שיעור זכייה, תחזית
help-report--report-reasons = למה לידים נפסלו ועסקאות אבדו
help-report--report-sources = לידים, לקוחות, הכנסות ועלות לכל מקור (או --by campaign)
help-report--report-speed = כמה מהר קיבלו תשובה ראשונה הלידים שנוצרו בתקופה, מול ה־SLA
help-report--report-targets = התקופה מול ה־[[targets]] שבהגדרות, עם הקצב
help-report--to = היום האחרון, כולל (YYYY-MM-DD)
help-rescore = חישוב מחדש של כל הציוןים (אחרי שינוי הכללים), קידום מחזורי חיים, סימון לידים שפגו
help-restore = החלפת תוכן הקובץ בגיבוי, תוך שמירת התוכן הנוכחי בצד
help-restore--backup = הגיבוי לשחזור (ראו `leadometer backup`; הם נמצאים בתיקיית הגיבויים שבתיקיית הנתונים)
help-restore--other-file = שחזור גיבוי של קובץ Leadometer אחר (מזהה מסד נתונים אחר) על זה: הלידים שלו מחליפים את של הקובץ הזה, והקובץ נעשה הקובץ האחר
help-restore--yes = שחזור בלי לשאול קודם
help-schema = ה-JSON Schema של כל פלט --json, לפי הפקודה שמדפיסה אותו
help-schema--list = רק שמות הפלטים, אחד בכל שורה
help-schema--name = הפלט, לפי הפקודה שמדפיסה אותו ("deal list"); בלי: כל הפלטים
help-score = למה איש קשר מקבל את הציון שלו: כל כלל, הנקודות שלו והראיות שלו
help-score--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-search = חיפוש אנשי קשר לפי כל ספרות של טלפון, אימייל, שם או חברה
help-search--limit = לכל היותר כך וכך תוצאות (ברירת מחדל 50; כולם לחיפוש ריק)
help-search--query = ספרות של טלפון בכל כתיב, אימייל, שם או חברה; ריק מציג את כולם
help-send = שליחת הודעת וואטסאפ, SMS או אימייל מתבנית או כפי שנכתבה: היא נרשמת כפתוחה, והקישור נפתח (או מודפס עם --print)
help-send--anyway = שליחה גם לאיש קשר שמסומן "לא ליצור קשר" (כדי לענות לו)
help-send--channel = איך היא נשלחת
help-send--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-send--print = הדפסת הקישור במקום לפתוח אותו
help-send--sent = אישור מיידי שנשלחה, לסקריפט ששולח אותה בעצמו (עם --print)
help-send--set = ערך לשדה, במקום מה שאיש הקשר נותן (אפשר לציין כמה פעמים): --set due="friday 10:00"
help-send--subject = נושא לאימייל, במקום הנושא של התבנית
help-send--template = התבנית שממלאים מפרטי איש הקשר (שם או מזהה)
help-send--text = ההודעה כפי שתישלח, במקום גוף התבנית (השדות בה לא ממולאים)
help-sent = אישור שהודעה ש-`send` פתח אכן נשלחה: מעכשיו היא נחשבת למענה לליד
help-sent--entry = הרשומה ש-`send` רשם: המזהה שלה, או התחלה ייחודית שלו (8 תווים לפחות)
help-show = הצגת איש קשר עם החשבונות, העסקאות, המשימות וכל ציר הזמן שלו
    .examples =
        דוגמאות:
          leadometer show "Noa Levi"
          leadometer --json show 054-490-0148
help-show--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-sync = מיזוג העותק המשותף (הגדרות: shared) וכל עותק מתנגש לידו לתוך הקובץ הזה, ואז פרסום התוצאה בחזרה לתיקייה המשותפת; עם שרת צוות (הגדרות: server), שליחת השינויים של העמדה הזאת וקבלת השינויים של כל השאר
help-task = משימות מעקב
    .examples =
        דוגמאות:
          leadometer task add "Noa Levi" --title "send the quote" --due "tomorrow 10:00"
          leadometer task list
          leadometer task done 1
help-task-add = הוספת מעקב לאיש קשר
help-task-add--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-task-add--due = מתי: tomorrow 10:00, friday, next friday 10:00, 15.12., dec 15, in 3 days
help-task-add--owner = מי מבצע ("me" למשתמש שבהגדרות; ברירת מחדל: הבעלים של איש הקשר)
help-task-add--title = מה לעשות, למשל "לשלוח הצעת מחיר"
help-task-done = סימון מעקב כבוצע. TASK: המספר שלו ב־`task list` האחרון, הכותרת שלו או המזהה שלו
help-task-done--task = המשימה: המספר שלה ב־`task list` האחרון, הכותרת שלה או המזהה שלה
help-task-list = המעקבים הפתוחים של כל אנשי הקשר, ממוספרים, בקבוצות: באיחור, היום, השבוע (עד מוצאי ראשון), אחר כך
help-task-list--due = רק אלה שמועדם עד אז: overdue (באיחור); today (היום, וגם באיחור); week (עד מוצאי ראשון, וכל מה שלפני); all (הכול)
help-task-list--owner = רק של הבעלים הזה ("me" למשתמש שבהגדרות)
help-task-snooze = העברת מעקב לזמן אחר. TASK כמו ב־`done`
help-task-snooze--task = המשימה, כמו ב־`done`
help-task-snooze--to = הזמן החדש: in 1 hour, tomorrow 09:00, next week, 15.12
help-template = תבניות הודעה: אישיות או כלליות, לוואטסאפ, ל-SMS או לאימייל
help-template-add = הוספת תבנית
help-template-add--body = ההודעה, עם שדות בסוגריים מסולסלים: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"}, או שדה מותאם
help-template-add--body-file = גוף ההודעה נקרא מקובץ ("-" לקלט התקני)
help-template-add--channel = ערוץ שאפשר לשלוח בו (אפשר לציין כמה פעמים)
help-template-add--generic = מתאימה לקמפיין שלם, לא נכתבה לאדם אחד
help-template-add--language = השפה שבה היא כתובה
help-template-add--name = שם התבנית, למשל "מחירון"
help-template-add--subject = נושא לאימייל; גם בו יכולים להיות שדות
help-template-edit = שינוי תבנית: משתנה רק מה שניתן
help-template-edit--body = ההודעה, עם שדות בסוגריים מסולסלים: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"}, או שדה מותאם
help-template-edit--body-file = גוף ההודעה נקרא מקובץ ("-" לקלט התקני)
help-template-edit--channel = הערוצים שאפשר לשלוח בהם, במקום אלה שיש לה (אפשר לציין כמה פעמים)
help-template-edit--generic = מתאימה לקמפיין שלם, לא נכתבה לאדם אחד
help-template-edit--language = השפה שבה היא כתובה
help-template-edit--name = שם חדש
help-template-edit--personal = נכתבה לאדם אחד
help-template-edit--subject = נושא לאימייל ("" מסיר אותו)
help-template-edit--template = התבנית: השם או המזהה שלה
help-template-list = כל התבניות: השפה, הערוצים, אם היא אישית, והשדות שלה
help-template-list--channel = רק התבניות שמוצעות בערוץ הזה
help-template-list--language = רק התבניות שכתובות בשפה הזו
help-template-rm = מחיקת תבנית (נשמרת כמצבה, כדי שכל עותק יידע עליה)
help-template-rm--template = התבנית: השם או המזהה שלה
help-template-show = תבנית במלואה
help-template-show--template = התבנית: השם או המזהה שלה
help-triage = החלטה על ליד: convert (פתיחת עסקה), nurture (טיפוח), או drop (ויתור) עם סיבה
help-triage--amount = הסכום של העסקה (convert)
help-triage--another-deal = convert: פתיחת עסקה גם כשלאיש הקשר כבר יש עסקה פתוחה
help-triage--back-on = nurture: מתי לחזור לליד, כפי ש־`task add --due` מקבל (friday 10:00, in 3 weeks, 15.1.); נוסף מעקב למועד הזה
help-triage--contact = איש הקשר: מזהה, טלפון, אימייל או שם מדויק
help-triage--decision = מה ייעשה בליד
help-triage--decision-convert = פתיחת עסקה: הליד נעשה הזדמנות
help-triage--decision-drop = לא מתאים: סטטוס נפסל, עם --reason
help-triage--decision-nurture = לא עכשיו: סטטוס בטיפוח, עם --reason ו־--back-on לא חובה
help-triage--reason = למה מוותרים על הליד (חובה עם drop), או מטפחים אותו (לא חובה)
help-triage--title = הכותרת של העסקה (convert; ברירת מחדל "NAME: new deal")
help-clap-error = שגיאה: { $reason }
help-clap-try-help = למידע נוסף, נסו '{ $help }'.
help-clap-unknown-argument = ארגומנט לא צפוי: '{ $arg }'
help-clap-value-required = '{ $arg }' צריך ערך, ולא ניתן ערך
help-clap-invalid-value = ערך לא תקין '{ $value }' עבור '{ $arg }'
help-clap-unknown-command = תת־פקודה לא מוכרת: '{ $command }'
help-clap-missing-command = '{ $command }' צריך תת־פקודה, ולא ניתנה אחת
help-clap-subcommands = תת־פקודות
help-clap-missing-arguments = הארגומנטים הנדרשים האלה לא ניתנו:
help-clap-no-equals = צריך סימן שוויון כדי לתת ערך ל־'{ $arg }'
help-clap-too-many-values = ערך לא צפוי '{ $value }' עבור '{ $arg }'; לא היו צפויים עוד ערכים
help-clap-used-twice = אי אפשר להשתמש בארגומנט '{ $arg }' יותר מפעם אחת
help-clap-conflict = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם '{ $other }'
help-clap-conflict-with = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם:
help-clap-conflict-with-others = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם אחד או יותר מהארגומנטים האחרים שניתנו
help-clap-similar-command = { $count ->
        [one] קיימת תת־פקודה דומה: { $names }
       *[other] קיימות תת־פקודות דומות: { $names }
    }
help-clap-similar-argument = { $count ->
        [one] קיים ארגומנט דומה: { $names }
       *[other] קיימים ארגומנטים דומים: { $names }
    }
help-clap-similar-value = { $count ->
        [one] קיים ערך דומה: { $names }
       *[other] קיימים ערכים דומים: { $names }
    }
help-clap-tip = טיפ
help-clap-tip-escape = כדי לתת את '{ $value }' כערך, כתבו '-- { $value }'
help-server = שרת הצוות: הקמה, הזמנת עמדה, מצב, דחיסה
help-server-compact = קיפול היומן של כל עמדה לתמונת מצב חדשה שממנה יתחילו עמדות חדשות, והסרת הרשומות שהיא מכילה (בעלי השרת בלבד)
help-server-compact--url = השרת, בתור הבעלים שלו (אחרת השרת שבהגדרות)
help-server-init = הקמת שרת הצוות על מסד נתונים של PostgreSQL: הסכמה, התפקידים והכללים שלו (או עדכונם)
help-server-init--from-shared = העברת המשרד מהתיקייה המשותפת: סנכרון איתה, שליחת כל מה שיש כאן, וכתיבת תמונת המצב שממנה יתחילו עמדות חדשות
help-server-init--url = השרת, בתור הבעלים שלו, למשל postgres://owner@host/leads (אחרת השרת שבהגדרות); הסיסמה נלקחת מ־server_password_file או מהסביבה
help-server-invite = יצירת תפקיד התחברות לעמדה חדשה; הסיסמה שלו נכתבת לקובץ חדש שרק אתם יכולים לקרוא, למסירה
help-server-invite--name = שם התפקיד: אותיות לטיניות קטנות, ספרות ו־_
help-server-invite--password-file = לאן לכתוב את הסיסמה (ברירת מחדל: NAME.password כאן)
help-server-invite--url = השרת, בתור הבעלים שלו (אחרת השרת שבהגדרות)
help-server-status = המצב של העמדה הזאת ושל השרת: היומן של כל עמדה, ומה ממתין כאן
