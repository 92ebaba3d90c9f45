# The command line's --help: what each command and option is for, and clap's own words.
# An id is help-<command path>[--<option>[-<value>]] (help-leadometer for the program and
# its global options); English stays in the doc comments of src/cli, and a test holds
# en/help.ftl to them (src/cli/help.rs). help-clap-*: clap's own words and refusals.

help-add = Érdeklődő felvétele (egy már ismert telefonszám vagy e-mail azt a kapcsolatot adja vissza)
    .examples =
        Példák:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --email noa@example.com
          leadometer add --name "Levi Design" --kind business --origin outbound
help-add--campaign = A marketingkampány, amely az érdeklődőt hozta
help-add--company = A cég, amelyhez a kapcsolat tartozik
help-add--email = E-mail-cím (ismételhető)
help-add--kind = Személy vagy cég
help-add--name = A személy vagy a vállalkozás neve
help-add--notes = Szabad jegyzetek a kapcsolatról
help-add--origin = Bejövő ("pull": ők kerestek minket) vagy kimenő ("push": mi kerestük őket)
help-add--owner = Ki foglalkozik az érdeklődővel ("me" a beállított felhasználó)
help-add--phone = Telefonszám bármilyen formában (ismételhető)
help-add--role = A kapcsolat szerepe a cégnél
help-add--source = Honnan jött az érdeklődő (pl. "Facebook-hirdetés", "ajánlás")
help-backup = A fájl egységes pillanatképének mentése a biztonsági mentések mappájába
help-campaign = Kampányok kipipálandó listaként: a kapcsolataik, mindegyik kész vagy nem
help-campaign-add = Kipipálandó lista azokból a kapcsolatokból, amelyeket egy mező kiválaszt
help-campaign-add--campaign = Ennek a kampánynak a kapcsolatai (a kapcsolat kampány mezője)
help-campaign-add--flag = Az ezzel a jelzővel ellátott kapcsolatok
help-campaign-add--lifecycle = Az ebben az életciklus-szakaszban lévő kapcsolatok
help-campaign-add--name = A kampány neve
help-campaign-add--owner = Ennek a felelősnek a kapcsolatai ("me" a beállított felhasználó)
help-campaign-add--source = Az ebből a forrásból érkezett kapcsolatok
help-campaign-add--template = A sablon, amelyet a kapcsolatai kapnak (neve vagy azonosítója)
help-campaign-done = Egy kampány egy kapcsolatának kipipálása (vagy a pipa levétele a --undo kapcsolóval)
help-campaign-done--campaign = A kampány: a neve vagy az azonosítója
help-campaign-done--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-campaign-done--undo = Pipa levétele: a kapcsolat még teendő
help-campaign-edit = Egy kampány nevének, kapcsolatainak vagy sablonjának módosítása; a pipák megmaradnak
help-campaign-edit--campaign = Ennek a kampánynak a kapcsolatai (a kapcsolat kampány mezője)
help-campaign-edit--flag = Az ezzel a jelzővel ellátott kapcsolatok
help-campaign-edit--lifecycle = Az ebben az életciklus-szakaszban lévő kapcsolatok
help-campaign-edit--name = Új név
help-campaign-edit--no-template = Ezentúl sablon nélkül
help-campaign-edit--owner = Ennek a felelősnek a kapcsolatai ("me" a beállított felhasználó)
help-campaign-edit--source = Az ebből a forrásból érkezett kapcsolatok
help-campaign-edit--template = Másik sablon (neve vagy azonosítója)
help-campaign-edit--wanted = A kampány: a neve vagy az azonosítója
help-campaign-list = Minden kampány: kiket foglal magában, a sablonja, és hol tart
help-campaign-rm = Kampány törlése (sírkőként megmarad, hogy minden példány értesüljön róla)
help-campaign-rm--campaign = A kampány: a neve vagy az azonosítója
help-campaign-show = Egy kampány kapcsolatai, mindegyik kész (✓) vagy nem, és hol tart a kampány
help-campaign-show--campaign = A kampány: a neve vagy az azonosítója
help-campaign-show--todo = Csak a még hátralévő kapcsolatok
help-check = A fájl ellenőrzése: az SQLite épsége és idegen kulcsai, valamint a Leadometer saját szabályai
help-clap-arguments = Argumentumok
help-clap-command-help = Ez a súgó, vagy a megadott alparancs(ok) súgója
help-clap-commands = Parancsok
help-clap-default = alapértelmezés
help-clap-env = környezeti változó
help-clap-options = Kapcsolók
help-clap-possible-values = lehetséges értékek
help-clap-possible-values-heading = Lehetséges értékek:
help-clap-print-help = Súgó kiírása
help-clap-print-help-more = Súgó kiírása (bővebben: '--help')
help-clap-print-help-summary = Súgó kiírása (röviden: '-h')
help-clap-print-version = Verzió kiírása
help-clap-usage = Használat:
help-completions = Kiírja egy parancsértelmező kiegészítő szkriptjét (bash, zsh, fish, elvish, powershell)
    .examples =
        Példák:
          leadometer completions bash > ~/.local/share/bash-completion/completions/leadometer
          leadometer completions zsh > ~/.zfunc/_leadometer
          leadometer completions fish > ~/.config/fish/completions/leadometer.fish
help-completions--shell = A parancsértelmező, amelyhez a kiegészítés készül
help-config = A beállítási fájl: hol van, mi érvényes belőle, rendben van-e; vagy szerkeszd
    .examples =
        Példák:
          leadometer config path
          leadometer config check
          leadometer config edit
help-config-check = Beolvassa a beállítási fájlt, és megmondja, mi a hiba: fájl, sor és kulcs
help-config-edit = Megnyitja a beállítási fájlt a $VISUAL vagy az $EDITOR szerkesztőben (ha nincs, a példából hozza létre, minden beállítást megjegyzésbe téve), és a szerkesztő bezárása után ellenőrzi
help-config-path = Kiírja, hol van a beállítási fájl, és hogy létezik-e
help-config-show = Kiírja az érvényes beállításokat (TOML; --json mellett JSON), az alapértékekkel együtt
help-deal = Üzletek nyitása és mozgatása a folyamatban
    .examples =
        Példák:
          leadometer deal add "Noa Levi" --title "Kitchen renovation" --amount 12500
          leadometer deal move "Kitchen renovation" Meeting
          leadometer deal won "Kitchen renovation"
          leadometer deal list
help-deal-add = Üzlet nyitása egy kapcsolatnak
help-deal-add--amount = pl. 12500 vagy 12,500.50
help-deal-add--close-date = Várható lezárás: 2024-04-30, vagy egy nap úgy, ahogy a --due elfogadja (next friday, in 2 weeks, 15.12.)
help-deal-add--competitor = Versenytárs, aki még versenyben van (ismételhető)
help-deal-add--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-deal-add--currency = Alapértelmezés: a beállítások pénzneme
help-deal-add--notes = Szabad jegyzetek az üzletről
help-deal-add--owner = Ki viszi az üzletet ("me" a beállított felhasználó; alapértelmezés: a kapcsolat felelőse)
help-deal-add--probability = Ennek az üzletnek a saját esélye a lezárásra, 0.0 és 1.0 között (alapértelmezés: a szakaszé)
help-deal-add--quote = Árajánlat, amelyet az ügyfél kért (ismételhető)
help-deal-add--quotes-received = Hány árajánlatot kaptak eddig
help-deal-add--quotes-required = Hány árajánlatot kér az ügyfél, mielőtt dönt
help-deal-add--stage = A kezdő szakasz (alapértelmezés: az első szakasz)
help-deal-add--title = Mit adsz el, pl. "Konyhafelújítás"
help-deal-edit = Egy üzlet mezőinek módosítása (a szakaszát a `deal move`, `won`, `lost` lépteti)
help-deal-edit--amount = pl. 12500 vagy 12,500.50
help-deal-edit--close-date = Várható lezárás: 2024-04-30, vagy egy nap úgy, ahogy a --due elfogadja (next friday, in 2 weeks, 15.12.); a "none" törli
help-deal-edit--competitor = Versenytárs hozzáadása (ismételhető)
help-deal-edit--currency = Hárombetűs kód, például HUF
help-deal-edit--deal = Az üzlet: az azonosítója, vagy a pontos címe, ha az egyedi
help-deal-edit--notes = a "" törli
help-deal-edit--owner = Ki viszi az üzletet ("me" a beállított felhasználó; "" vagy "none": senki)
help-deal-edit--probability = Az üzlet esélye a lezárásra, 0.0 és 1.0 között; a "stage" visszaáll a szakaszéra
help-deal-edit--quotes-received = Hány árajánlatot kaptak eddig
help-deal-edit--quotes-required = Hány árajánlatot kér az ügyfél, mielőtt dönt
help-deal-edit--remove-competitor = Versenytárs eltávolítása (ismételhető)
help-deal-edit--title = Új cím
help-deal-list = Minden üzlet a várható értékével, és az összesítés
help-deal-list--owner = Csak ennek a felelősnek az üzletei ("me" a beállított felhasználó)
help-deal-list--stage = Csak az ebben a szakaszban lévő üzletek (a Won és a Lost is, vagy egy szakasz, amely már nincs a beállításokban)
help-deal-lost = Üzlet elvesztettnek jelölése, az okkal
help-deal-lost--deal = Az üzlet: az azonosítója, vagy a pontos címe, ha az egyedi
help-deal-lost--reason = Miért veszett el
help-deal-move = Üzlet áthelyezése másik szakaszba
help-deal-move--deal = Az üzlet: az azonosítója, vagy a pontos címe, ha az egyedi
help-deal-move--stage = A szakasz, ahová kerül (a neve, ahogy a beállítások folyamatában szerepel)
help-deal-rm = Üzlet törlése (sírkőként megmarad, hogy a fájl minden példánya értesüljön róla)
help-deal-rm--deal = Az üzlet: az azonosítója, vagy a pontos címe, ha az egyedi
help-deal-won = Üzlet megnyertnek jelölése
help-deal-won--deal = Az üzlet: az azonosítója, vagy a pontos címe, ha az egyedi
help-deal-won--reason = Miért sikerült
help-delete = Kapcsolat törlése (sírkőként megmarad, hogy az összefésült példányok értesüljenek róla)
help-delete--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-edit = Egy kapcsolat adatainak, állapotának, felelősének, minőségének vagy jelzőinek módosítása
    .examples =
        Példák:
          leadometer edit "Noa Levi" --status attempting --preferred-channel whatsapp
          leadometer edit 054-490-0148 --status disqualified --reason "no budget"
          leadometer edit "Noa Levi" --flag vip --set birthday=03-14
help-edit--add-email = E-mail-cím hozzáadása (ismételhető)
help-edit--add-phone = Telefonszám hozzáadása, bármilyen formában (ismételhető)
help-edit--alias = A név egy másik írásmódja, amelyre keresni lehet, és amely vele együtt látszik (ismételhető)
help-edit--best-time = Szabad szöveg, például "délelőtt" vagy "17:00 után"
help-edit--campaign = A marketingkampány, amely az érdeklődőt hozta
help-edit--company = A kapcsolat hozzáadása ehhez a céghez
help-edit--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-edit--flag = Jelző hozzáadása, például vip, do-not-contact vagy bad-payer (ismételhető)
help-edit--kind = Személy vagy cég
help-edit--lifecycle = Az életciklus-szakasz
help-edit--name = Új név
help-edit--notes = Szabad jegyzetek a kapcsolatról, a meglévők helyett
help-edit--origin = Bejövő ("pull": ők kerestek minket) vagy kimenő ("push": mi kerestük őket)
help-edit--owner = A felelős; üres érték törli
help-edit--preferred-channel = Hogyan szeretné, hogy elérd; üres érték törli
help-edit--quality = A vállalkozás saját értékelése, 1-től 5-ig
help-edit--reason = Miért zárták ki az érdeklődőt (a --status disqualified mellé kötelező)
help-edit--remove-alias = Egy másik név eltávolítása, például amelyet egy összefésülés tévesen adott hozzá (ismételhető)
help-edit--remove-email = E-mail-cím eltávolítása (ismételhető)
help-edit--remove-phone = Telefonszám eltávolítása, bármilyen formában megadva (ismételhető)
help-edit--role = A kapcsolat szerepe a --company cégnél, vagy az első cégénél
help-edit--set = Egyéni mező, KEY=VALUE; üres érték eltávolítja (ismételhető)
help-edit--source = Honnan jött az érdeklődő (pl. "Facebook-hirdetés", "ajánlás")
help-edit--status = Az érdeklődő állapota
help-edit--unflag = Jelző eltávolítása (ismételhető)
help-export = Minden kapcsolat kiírása: CSV az Excelnek, JSON idővonalakkal és üzletekkel, vagy vCard
    .examples =
        Példák:
          leadometer export --out leads.csv
          leadometer export --format json --out leads.json
help-export--force = A FILE felülírása, ha már létezik
help-export--format = Mit írjon ki
help-export--format-csv = Kapcsolatonként egy sor; az Excel megnyitja, az `import` visszaolvassa
help-export--format-json = Minden: mindegyik kapcsolat a cégeivel, üzleteivel, feladataival és a teljes idővonalával
help-export--format-vcard = vCard (4.0, vagy 3.0 a --vcard-version 3 kapcsolóval), egy telefon vagy levelezőprogram címjegyzékébe
help-export--out = Ide írja a szabványos kimenet helyett (új fájl, csak a tulajdonosé, sosem félig írt; sosem adatbázis, annak naplója vagy szimbolikus link)
help-export--vcard-version = A vCard verziója: 4 (RFC 6350), vagy 3 azoknak a címjegyzékeknek, amelyek mást nem olvasnak
help-export--vcard-version-3 = vCard 3.0 (RFC 2426)
help-export--vcard-version-4 = vCard 4.0 (RFC 6350)
help-gen = Üres adatbázis feltöltése életszerű, kitalált adatokkal
help-gen--contacts = Hány kapcsolat készüljön (legfeljebb 10 000 000)
help-gen--interactions-per-contact = Hány interakciót kapjon minden kapcsolat (legfeljebb 1000)
help-gen--seed = Ugyanaz a mag ugyanazokat az adatokat adja
help-heading-global-options = Általános kapcsolók
help-import = Kapcsolatok behozása CSV-ből (HubSpot, Google Contacts, Excel), vCard-fájlból vagy WhatsApp-csevegés exportjából, telefonszám és e-mail szerint szűrve az ismétlődést, mindent vagy semmit
    .examples =
        Példák:
          leadometer import contacts.csv --dry-run
          leadometer import phone-book.vcf
          leadometer import "WhatsApp Chat with Noa.txt" --contact "Noa Levi"
help-import--contact = Csevegéshez: kivel folyt (azonosító, telefonszám, e-mail vagy egyedi név)
help-import--date-order = Olyan csevegéshez, amelynek dátumai kétféleképpen is olvashatók
help-import--dry-run = Pontosan leírja, mi történne, és semmit sem ír
help-import--encoding = A fájl kódolása, ha nem UTF-8: windows-1255 (héber), windows-1250 (magyar), vagy bármely WHATWG-címke
help-import--file = A fájl: CSV (HubSpot, Google Contacts, Excel, bármely táblázat fejléccel), vCard-fájl, vagy exportált WhatsApp-csevegés
help-import--format = A fájl formátuma (alapértelmezés: a tartalmából és a fejléceiből derül ki)
help-import--format-auto = A fejlécekből állapítja meg
help-import--format-csv = Bármely táblázat fejléccel; az oszlopokat a nevük szerint rendeli hozzá
help-import--format-google = A Google Contacts exportja (a mostani és a régebbi elrendezés)
help-import--format-hubspot = A HubSpot kapcsolatexportja
help-import--format-vcard = vCard 2.1, 3.0 vagy 4.0 (telefon vagy Apple címjegyzékének exportja)
help-import--format-whatsapp = WhatsApp "Csevegés exportálása" szövegfájl (--contact kell hozzá)
help-import--me = Csevegéshez: a neved, ahogy benne szerepel (alapértelmezés: a beállított felhasználó, különben a feladó, aki a fájl szerint exportálta)
help-import--region = A helyi telefonszámokat ennek az országnak a számaiként olvassa (pl. IL) a beállított régió helyett: egy külföldi iroda táblázatához
help-import--sender = Csoportos csevegéshez: melyik feladó a kapcsolat, ha a neve a csevegésben nem a kapcsolaté, és a száma nem a kapcsolat telefonszáma
help-import--skip-bad-rows = A jó sorokat behozza, a hibásakat felsorolja, ahelyett hogy semmit sem hozna be
help-inbox = Még munkát igénylő érdeklődők, a legsürgősebb elöl (előbb a lejárt SLA, aztán a prioritás)
    .examples =
        Példák:
          leadometer inbox --owner me --limit 10
          leadometer --json inbox
help-inbox--expired = Azok az érdeklődők, akik kimaradtak, mert senki sem foglalkozott velük sla.expire_after_days napig
help-inbox--limit = Legfeljebb ennyi tétel (alapértelmezés: mind)
help-inbox--owner = Csak ennek a személynek az érdeklődői ("me" a beállított felhasználó)
help-leadometer = Érdeklődőkezelő asztal a terminálban
    .examples =
        Példák:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --source "Facebook ad"
          leadometer inbox
          leadometer log call "Noa Levi" --outcome answered --duration 5m
          leadometer --json show 054-490-0148
          leadometer                  (az asztal, terminálban)
help-leadometer--config = A beállításfájl (alapértelmezés: config.toml a beállítások mappájában)
help-leadometer--db = Az adatbázisfájl (alapértelmezés: leads.db az adatok mappájában)
help-leadometer--demo = A kész bemutató-adatbázis megnyitása a saját helyett
help-leadometer--json = Géppel olvasható JSON kiírása szöveg helyett
help-leadometer--verbose = Annak kiírása a stderr-re, mi történik: -v a fő lépések, -vv a részletek, -vvv minden
help-log = Hívás, WhatsApp-üzenet, e-mail, találkozó, SMS vagy jegyzet naplózása
    .examples =
        Példák:
          leadometer log call "Noa Levi" --outcome no-answer
          leadometer log whatsapp 054-490-0148 --direction in --text "Is Tuesday fine?"
          leadometer log meeting "Noa Levi" --at "yesterday 10:00" --duration 1h
help-log--at = Mikor történt: 14:30, yesterday 10:00, 2h ago, 2024-01-15 21:05 (alapértelmezés: most)
help-log--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-log--deal = Az üzlet, amelyhez tartozik (azonosító vagy pontos cím)
help-log--direction = in (ők kerestek minket) vagy out (mi kerestük őket); alapértelmezés: out, jegyzethez és találkozóhoz none
help-log--duration = Mennyi ideig tartott, pl. 5m, 1h30m, 90s
help-log--kind = Mi történt
help-log--outcome = pl. answered, no-answer, voicemail, interested
help-log--subject = Egy e-mail vagy egy találkozó tárgya
help-log--text = Mi hangzott el, vagy mi volt megírva
help-log-edit = Egy naplózott bejegyzés javítása: szövege, eredménye, időtartama, ideje vagy iránya
help-log-edit--at = Mikor történt valójában: 14:30, yesterday 10:00, 2024-01-15 21:05
help-log-edit--direction = in (ők kerestek minket) vagy out (mi kerestük őket)
help-log-edit--duration = A javított időtartam, pl. 5m, 1h30m, 90s
help-log-edit--entry = A bejegyzés azonosítója, vagy annak egyedi eleje (legalább 8 karakter); a `show CONTACT --json` megadja az azonosítókat
help-log-edit--outcome = A javított eredmény (a "" törli), pl. answered, no-answer
help-log-edit--text = A javított szöveg (a "" törli)
help-log-rm = Naplózott bejegyzés törlése (a korábbi változatok között megmarad)
help-log-rm--entry = A bejegyzés azonosítója, vagy annak egyedi eleje (legalább 8 karakter); a `show CONTACT --json` megadja az azonosítókat
help-log-versions = Egy naplózott bejegyzés minden változata, a legrégebbi elöl
help-log-versions--entry = A bejegyzés azonosítója, vagy annak egyedi eleje (legalább 8 karakter); a `show CONTACT --json` megadja az azonosítókat
help-man = Kiírja a kézikönyvoldalt (roff): `leadometer man | man -l -`
help-merge = Egy másik Leadometer-fájl összefésülése ezzel: minden mező a későbbi módosítást kapja, az idővonalak egyesülnek, semmi sem vész el. A másik fájlt csak olvassa
help-merge--dry-run = Leírja, mit hozna az összefésülés, és semmit sem ír
help-merge--other = A másik Leadometer-fájl: egy kolléga példánya, egy ütköző példány, egy biztonsági mentés. Csak olvassa
help-report = Jelentések egy időszakról: a tölcsér az érdeklődőtől az ügyfélig, a válaszidő, a folyamat és az előrejelzése, és hogy miért vesztek el érdeklődők és üzletek
    .examples =
        Példák:
          leadometer report funnel --period month
          leadometer report pipeline --csv
help-report--by = Bontás forrás, kampány, felelős vagy eredet szerint (bejövő "pull", kimenő "push")
help-report--csv = Vesszővel tagolt értékek táblázatkezelőnek, szöveg helyett
help-report--from = Az első nap (YYYY-MM-DD); --to nélkül a mai napig
help-report--period = Ez a hét, hónap, negyedév vagy év (alapértelmezés: ez a hónap)
help-report--previous = Az előző időszak is, összehasonlításnak
help-report--report = Melyik jelentés
help-report--report-funnel = Az időszakban felvett érdeklődők: hányan jutottak el az életút egyes szakaszaiba
help-report--report-pipeline = Nyitott üzletek szakaszonként, az időszakban megnyert és elvesztett üzletek, nyerési arány, előrejelzés
help-report--report-reasons = Miért zárták ki az érdeklődőket, és miért vesztek el üzletek
help-report--report-sources = Érdeklődők, ügyfelek, bevétel és költség forrásonként (vagy --by campaign)
help-report--report-speed = Milyen gyorsan kaptak első választ az időszakban felvett érdeklődők, az SLA-hoz mérve
help-report--report-targets = Az időszak a beállítások [[targets]] céljaihoz mérve, a tempóval
help-report--to = Az utolsó nap, vele együtt (YYYY-MM-DD)
help-rescore = Minden pontszám újraszámolása (a szabályok módosítása után), az életutak léptetése, a lejárt érdeklődők megjelölése
help-restore = A fájl tartalmának cseréje egy biztonsági mentésre, a mostani tartalmat félretéve
help-restore--backup = A visszaállítandó mentés (lásd `leadometer backup`; az adatok mappájának biztonsági mentések mappájában vannak)
help-restore--other-file = Egy másik Leadometer-fájl (másik adatbázis-azonosító) mentésének visszaállítása erre: az érdeklődői felváltják e fájl érdeklődőit, és a fájl az a másik fájl lesz
help-restore--yes = Visszaállítás előzetes kérdés nélkül
help-schema = Minden --json kimenet JSON Schemája, az azt kiíró parancs szerint
help-schema--list = Csak a kimenetek neve, soronként egy
help-schema--name = A kimenet, az azt kiíró parancs szerint ("deal list"); ha nincs megadva: minden kimenet
help-score = Miért annyi egy kapcsolat pontszáma: minden szabály, a pontjai és a bizonyítékai
help-score--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-search = Kapcsolatok keresése egy telefonszám bármely számjegyei, e-mail, név vagy cég alapján
help-search--limit = Legfeljebb ennyi találat (alapértelmezés: 50; üres keresésnél mindenki)
help-search--query = Telefonszám számjegyei bármilyen formában, e-mail, név vagy cég; üresen mindenkit listáz
help-send = WhatsApp-üzenet, SMS vagy e-mail küldése sablonból vagy úgy, ahogy megírtad: megnyitottként rögzül, és megnyílik a hivatkozása (vagy a --print kiírja)
help-send--anyway = Küldés akkor is, ha a kapcsolat „ne keressük” jelölést kapott (hogy válaszolj neki)
help-send--channel = Milyen úton megy
help-send--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-send--print = A hivatkozás kiírása megnyitás helyett
help-send--sent = Azonnali megerősítés, hogy elment; olyan szkriptnek, amely maga küldi el (a --print kapcsolóval)
help-send--set = Egy mező értéke, a kapcsolat adatai helyett (ismételhető): --set due="friday 10:00"
help-send--subject = Az e-mail tárgya a sabloné helyett
help-send--template = A sablon, amelyet a kapcsolat adataival töltünk ki (neve vagy azonosítója)
help-send--text = Az üzenet úgy, ahogy elmegy, a sablon szövege helyett (a mezőit nem tölti ki)
help-sent = Megerősítés, hogy a `send` által megnyitott üzenet elment: ettől kezdve az érdeklődőnek adott válasznak számít
help-sent--entry = A bejegyzés, amelyet a `send` rögzített: az azonosítója, vagy annak egyedi eleje (legalább 8 karakter)
help-show = Egy kapcsolat megjelenítése a cégeivel, üzleteivel, feladataival és a teljes idővonalával
    .examples =
        Példák:
          leadometer show "Noa Levi"
          leadometer --json show 054-490-0148
help-show--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-sync = A közös példány (beállítás: shared) és a mellette lévő ütköző példányok összefésülése ebbe a fájlba, majd az eredmény visszaírása a közös mappába; csapatszerverrel (beállítás: server) ennek az asztalnak a módosításai elmennek, a többiekéi megjönnek
help-task = Követési feladatok
    .examples =
        Példák:
          leadometer task add "Noa Levi" --title "send the quote" --due "tomorrow 10:00"
          leadometer task list
          leadometer task done 1
help-task-add = Követés felvétele egy kapcsolathoz
help-task-add--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-task-add--due = Mikor: tomorrow 10:00, friday, next friday 10:00, 15.12., dec 15, in 3 days
help-task-add--owner = Ki csinálja ("me" a beállított felhasználó; alapértelmezés: a kapcsolat felelőse)
help-task-add--title = Mit kell tenni, pl. "árajánlat küldése"
help-task-done = Követés késznek jelölése. TASK: a száma a legutóbbi `task list`-ben, a címe vagy az azonosítója
help-task-done--task = A feladat: a száma a legutóbbi `task list` listában, a címe vagy az azonosítója
help-task-list = Minden kapcsolat nyitott utánkövetései, számozva, csoportokban: késésben, ma, ezen a héten (vasárnap éjjelig), később
help-task-list--due = Csak az addig esedékesek: overdue (késésben); today (ma, és a késésben lévők); week (vasárnap éjjelig, és minden korábbi); all (mind)
help-task-list--owner = Csak ennek a felelősnek az utánkövetései ("me" a beállított felhasználó)
help-task-snooze = Követés áttétele másik időpontra. A TASK ugyanaz, mint a `done`-nál
help-task-snooze--task = A feladat, mint a `done` parancsnál
help-task-snooze--to = Az új időpont: in 1 hour, tomorrow 09:00, next week, 15.12
help-template = Üzenetsablonok: személyes vagy általános, WhatsApphoz, SMS-hez vagy e-mailhez
help-template-add = Sablon felvétele
help-template-add--body = Az üzenet, kapcsos zárójelbe tett mezőkkel: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"} vagy egy egyéni mező
help-template-add--body-file = Az üzenet szövege fájlból ("-" a szabványos bemenet)
help-template-add--channel = Egy csatorna, amelyen küldhető (ismételhető)
help-template-add--generic = Egész kampánynak szól, nem egyetlen embernek írták
help-template-add--language = A nyelv, amelyen íródott
help-template-add--name = A sablon neve, pl. "Árlista"
help-template-add--subject = Az e-mail tárgya; mezők ebben is lehetnek
help-template-edit = Sablon módosítása: csak az változik, amit megadsz
help-template-edit--body = Az üzenet, kapcsos zárójelbe tett mezőkkel: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"} vagy egy egyéni mező
help-template-edit--body-file = Az üzenet szövege fájlból ("-" a szabványos bemenet)
help-template-edit--channel = A csatornák, amelyeken küldhető, a mostaniak helyett (ismételhető)
help-template-edit--generic = Egész kampánynak szól, nem egyetlen embernek írták
help-template-edit--language = A nyelv, amelyen íródott
help-template-edit--name = Új név
help-template-edit--personal = Egyetlen embernek szól
help-template-edit--subject = Az e-mail tárgya ("" törli)
help-template-edit--template = A sablon: a neve vagy az azonosítója
help-template-list = Minden sablon: a nyelve, a csatornái, személyes-e, és a mezői
help-template-list--channel = Csak az ezen a csatornán küldhető sablonok
help-template-list--language = Csak az ezen a nyelven írt sablonok
help-template-rm = Sablon törlése (sírkőként megmarad, hogy minden példány értesüljön róla)
help-template-rm--template = A sablon: a neve vagy az azonosítója
help-template-show = Egy sablon teljes egészében
help-template-show--template = A sablon: a neve vagy az azonosítója
help-triage = Döntés egy érdeklődőről: convert (üzlet nyitása), nurture (gondozás) vagy drop (elengedés) okkal
help-triage--amount = Az üzlet összege (convert)
help-triage--another-deal = convert: üzlet nyitása akkor is, ha a kapcsolatnak már van nyitott üzlete
help-triage--back-on = nurture: mikor térjünk vissza az érdeklődőhöz, ahogy a `task add --due` elfogadja (friday 10:00, in 3 weeks, 15.1.); akkorra esedékes utánkövetés készül
help-triage--contact = A kapcsolat: azonosító, telefonszám, e-mail vagy pontos név
help-triage--decision = Mi legyen az érdeklődővel
help-triage--decision-convert = Üzlet nyitása: az érdeklődőből lehetőség lesz
help-triage--decision-drop = Nem illik hozzánk: kizárva állapot, --reason okkal
help-triage--decision-nurture = Most nem: gondozás állapot, választható --reason és --back-on mellett
help-triage--reason = Miért engedjük el az érdeklődőt (a drop mellé kötelező), vagy miért gondozzuk (választható)
help-triage--title = Az üzlet címe (convert; alapértelmezés: "NAME: new deal")
help-clap-error = hiba: { $reason }
help-clap-try-help = Bővebben: '{ $help }'.
help-clap-unknown-argument = váratlan argumentum: '{ $arg }'
help-clap-value-required = a(z) '{ $arg }' értéket vár, de nem kapott
help-clap-invalid-value = érvénytelen érték a(z) '{ $arg }' számára: '{ $value }'
help-clap-unknown-command = ismeretlen alparancs: '{ $command }'
help-clap-missing-command = a(z) '{ $command }' alparancsot vár, de nem kapott
help-clap-subcommands = alparancsok
help-clap-missing-arguments = a következő kötelező argumentumok hiányoznak:
help-clap-no-equals = a(z) '{ $arg }' értékét egyenlőségjellel kell megadni
help-clap-too-many-values = váratlan érték a(z) '{ $arg }' után: '{ $value }'; több nem várható
help-clap-used-twice = a(z) '{ $arg }' argumentum csak egyszer adható meg
help-clap-conflict = a(z) '{ $arg }' argumentum nem használható együtt ezzel: '{ $other }'
help-clap-conflict-with = a(z) '{ $arg }' argumentum nem használható együtt ezekkel:
help-clap-conflict-with-others = a(z) '{ $arg }' argumentum nem használható együtt a megadott többi argumentum némelyikével
help-clap-similar-command = { $count ->
        [one] van hasonló alparancs: { $names }
       *[other] vannak hasonló alparancsok: { $names }
    }
help-clap-similar-argument = { $count ->
        [one] van hasonló argumentum: { $names }
       *[other] vannak hasonló argumentumok: { $names }
    }
help-clap-similar-value = { $count ->
        [one] van hasonló érték: { $names }
       *[other] vannak hasonló értékek: { $names }
    }
help-clap-tip = tipp
help-clap-tip-escape = ha a(z) '{ $value }' érték, írd így: '-- { $value }'
help-server = A csapatszerver: beállítás, asztal meghívása, állapot, tömörítés
help-server-compact = Minden asztal naplójának összevonása egy új pillanatképbe, amelyből az új asztalok indulnak, és a benne lévő bejegyzések törlése (csak a szerver tulajdonosa)
help-server-compact--url = A szerver a tulajdonosaként (különben a beállítások szervere)
help-server-init = A csapatszerver beállítása egy PostgreSQL-adatbázison: séma, szerepkörök és szabályok (vagy ezek frissítése)
help-server-init--from-shared = Az iroda átköltöztetése a közös mappából: szinkronizálás vele, minden itteni adat elküldése, és a pillanatkép megírása, amelyből az új asztalok indulnak
help-server-init--url = A szerver a tulajdonosaként, pl. postgres://owner@host/leads (különben a beállítások szervere); a jelszó a server_password_file fájlból vagy a környezetből jön
help-server-invite = Bejelentkezési szerepkör létrehozása egy új asztalnak; a jelszava egy új, csak általad olvasható fájlba kerül, átadásra
help-server-invite--name = A szerepkör neve: kisbetűk, számjegyek és _
help-server-invite--password-file = Hová kerüljön a jelszó (alapértelmezés: NÉV.password itt)
help-server-invite--url = A szerver a tulajdonosaként (különben a beállítások szervere)
help-server-status = Ennek az asztalnak és a szervernek az állapota: minden asztal naplója, és ami itt vár
