# Ami a fájllal rosszul mehet, és a kérések elutasításai.

store-foreign = { $path } nem Leadometer-adatbázis (egy másik programé); érintetlen maradt
store-not-a-database = { $path } nem SQLite-adatbázis, vagy sérült; érintetlen maradt
store-too-new = { $path } egy újabb Leadometer írta ({ $found }. sémaverzió; ez a verzió legfeljebb a(z) { $supported }. verziót olvassa); frissítsd a Leadometert a megnyitásához. A fájl érintetlen maradt
store-foreign-objects = { $path } olyan sémaobjektumokat tartalmaz, amelyeket nem a Leadometer hozott létre, és amelyeket sem nem futtat, sem nem másol: { $objects }; érintetlen maradt
store-damaged = { $path } sérült ({ $detail }); érintetlen maradt
store-open = { $path } nem nyitható meg: { $message }
store-disk-full = { $path }: a lemez megtelt, vagy a fájl nem nőhet tovább ({ $detail }); semmi sem íródott. Szabadíts fel helyet, és próbáld újra: a fájl nem sérült
store-not-permitted = { $path }: hozzáférés megtagadva ({ $detail }); ellenőrizd, hogy olvashatod és írhatod-e, és a mappáját is: { $folder }. Semmi sem változott
store-io = { $path }: a lemez nem engedte olvasni vagy írni ({ $detail }); a lemez megtelt, eltávolították, vagy hibás. Semmi sem változott
store-not-found = „{ $query }” egyetlen { $what } sem egyezik{ $hint }
what-contact = kapcsolattal
what-deal = üzlettel
what-entry = bejegyzéssel
what-task = feladattal
what-account = céggel
store-ambiguous = „{ $query }” { $count } kapcsolattal egyezik; add meg, melyikre gondolsz, azonosítóval, telefonnal vagy e-maillel:
    { $candidates }
store-part-of-name = „{ $query }” csak egy név része; add meg a teljes nevet, egy telefonszámot, egy e-mailt vagy annak azonosítóját, akire gondolsz:
    { $candidate }
store-locked = { $path } { $waited } ideig zárolva maradt egy másik program által; semmi sem íródott
store-cancelled = a vége előtt leállt; semmi sem íródott
store-sqlite = adatbázishiba: { $error }
store-ambiguous-deal = „{ $query }” { $count } üzlettel egyezik; add meg annak azonosítóját, amelyikre gondolsz:
    { $candidates }
hint-deal-not-found = ; add meg az üzlet azonosítóját (lásd `leadometer show CONTACT`) vagy pontos megnevezését
hint-task-not-found = ; a `leadometer show CONTACT` kiírja egy kapcsolat feladatait az azonosítóikkal
hint-entry-not-found = ; a `leadometer show CONTACT --json` kiírja egy kapcsolat bejegyzéseit az azonosítóikkal

problem-needs-name = a kapcsolatnak név kell
problem-not-an-email = „{ $typed }” nem e-mail-cím
problem-phone-unread = a(z) „{ $typed }” telefonszám nem olvasható ({ $region } régió); begépelt formájában marad
problem-not-a-quality = „{ $typed }” nem 1 és 5 közötti szám
problem-not-one-of = „{ $typed }” nem ezek egyike: { $words }
problem-duration-too-long = „{ $typed }” túl hosszú (legfeljebb { $days } nap)
problem-not-a-duration = „{ $typed }”: írd így: 5m, 1h30m vagy 90s
problem-time-too-far = a(z) „{ $typed }” időpont túl messze van: legfeljebb { $years } évvel előtte vagy utána
problem-time-unread = nem olvasható időpont („{ $typed }”); írd így: 14:30, holnap 10, ma, tegnap 10:00, péntek, dec. 15., 2026. 12. 15., +3d, 2024-01-15 21:05 vagy RFC 3339 (angolul is: tomorrow 09:00, friday, in 3 days, 2h ago)
problem-no-such-date = „{ $typed }” nem létező dátum: írd így: 15.12., 2025. 12. 15. vagy dec. 15.
problem-not-a-close-date = „{ $typed }” nem dátum: írd így: 2024-04-30, 2024. 04. 30., dec. 15., péntek vagy in 2 weeks
problem-year-out-of-range = „{ $typed }” évszáma nem 1900 és 2099 közötti
problem-phone-unallocated = { $phone } nem esik { $country } kiosztott számtartományába; tárolva, ellenőrizd
country-il = Izrael
country-hu = Magyarország
country-unknown = az ország

notice-at-column = { $line }. sor, „{ $column }” oszlop: { $what }
notice-at-property = { $line }. sor, { $property }: { $what }
notice-at-line = { $line }. sor: { $what }
notice-dates-both-ways = a(z) { $day_first }. sor csak nap elöl, a(z) { $month_first }. sor csak hónap elöl olvasható: add meg, melyik, a --date-order kapcsolóval
notice-card-empty = kihagyva, a névjegyen nincs név, telefonszám vagy e-mail
notice-row-empty = kihagyva, nincs benne név, cég, telefonszám vagy e-mail
notice-controls-removed = vezérlőkarakterek eltávolítva
notice-tel-no-digits = a(z) „{ $typed }” TEL-ben nincs számjegy, így nem telefonszám; nem lett importálva
notice-email-to-notes = „{ $typed }” nem e-mail; a jegyzetekbe került
notice-phone-to-field = „{ $typed }” nem tartalmaz számjegyet, így nem telefonszám; egyéni mezőként megmaradt
notice-unknown-stage = a(z) „{ $typed }” életciklus-szakasz nem a miénk; érdeklődő maradt
notice-unknown-status = a(z) „{ $typed }” állapot nem a miénk; új maradt
notice-date-out-of-range = a(z) „{ $typed }” dátum nem { $from } és { $to } közötti; az importálás ideje lett használva
notice-date-unread = a(z) „{ $typed }” dátum nem olvasható; az importálás ideje lett használva
notice-phone-unread = a(z) „{ $typed }” telefonszám nem olvasható; írt formájában megmaradt
notice-chat-no-me = a csevegésben senkit sem hívnak „{ $me }” néven, így egy üzenet sem számít a tiédnek; add meg a --me kapcsolóval a neved úgy, ahogy a csevegés mutatja ({ $senders })
notice-chat-no-contact = a csevegésben egyik küldő sem { $name } név vagy telefonszám szerint, így minden nem tőled származó üzenet { $name } idővonalán marad a küldőjével jelölve; add meg, melyik küldő { $name }, a --sender NÉV kapcsolóval
notice-chat-system-lines = { $count } sor kihagyva, amelyet maga a WhatsApp írt
notice-message-too-big = az itt kezdődő üzenet meghaladja a { $kib } KiB-ot
notice-not-a-chat = ez nem WhatsApp-csevegés exportja: az első sorban nincs dátum és idő („{ $first }”)
notice-no-messages = a fájlban nincs üzenet
notice-card-unended-before-next = ennek a névjegynek nincs END:VCARD sora a következő BEGIN:VCARD előtt
notice-end-without-begin = END:VCARD BEGIN:VCARD nélkül
notice-text-outside-card = szöveg a BEGIN:VCARD … END:VCARD részen kívül
notice-card-never-ends = ez a névjegy sosem ér véget (nincs END:VCARD)
notice-no-cards = a fájlban nincs névjegy
notice-field-too-big = { $field }: { $kib } KiB, több a mezőnként megengedett { $max } KiB-nál (így kezdődik: „{ $start }”)
notice-not-a-property = „{ $typed }” nem vCard-tulajdonság (NÉV:érték)
notice-quote-never-closed = az itt nyitott idézőjel sosem zárul be, így az utána következő sorok nem választhatók szét
notice-no-contact-column = egyik oszlop sem kapcsolatot ír le: a fejlécsorban ezek vannak: { $columns }, de egyik sem név, cég, telefonszám vagy e-mail

notice-ambiguous-dates = itt minden dátum lehet nap elöl vagy hónap elöl is: add meg, melyik, a --date-order dmy vagy a --date-order mdy kapcsolóval
what-template = sablonnal
what-campaign = kampánnyal
hint-template-not-found = ; a `leadometer template list` minden sablont felsorol
hint-campaign-not-found = ; a `leadometer campaign list` minden kampányt felsorol
store-ambiguous-named = „{ $query }” több elem neve is; add meg annak az azonosítóját, amelyikre gondolsz:
    { $candidates }
server-address = szervercím: { $detail }
server-unreachable = a szerver nem érhető el: { $server }: { $detail }
server-not-initialised = a szerveren még nincs Leadometer-iroda: előbb futtasd a `leadometer server init --url ...` parancsot
server-too-new = a szervert egy újabb Leadometer állította be ({ $found }. sémaverzió; ez a verzió legfeljebb a(z) { $supported }. verziót olvassa): frissítsd a Leadometert. Semmi sem cserélődött
server-too-old = a szerver sémája régebbi ({ $found }. verzió a(z) { $supported }. helyett): a tulajdonosa a `leadometer server init` paranccsal frissíti. Semmi sem cserélődött
server-damaged = a szerver Leadometer-sémája sérült: { $detail }
server-newer-snapshot = a szerver pillanatképét egy újabb Leadometer írta ({ $found }. sémaverzió): frissítsd a Leadometert
server-other-office = ez a fájl egy másik iroda szerveréhez tartozik ({ $joined } iroda); az ezen a címen lévő szerveren a(z) { $found } iroda van. Semmi sem cserélődött
server-not-set = nincs beállítva csapatszerver: írd be a server = "postgres://..." sort a beállításokba, vagy add meg a --url kapcsolót
server-refused = a szerver elutasította: { $detail }
