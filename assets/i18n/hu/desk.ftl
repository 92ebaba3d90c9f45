# A pult: képernyők, párbeszédablakok és amit az állapotsor mond.

app-name = Leadometer
tab-inbox = Beérkezett
tab-timeline = Idővonal
tab-deals = Üzletek
tab-score = Pontszám
tab-tasks = Feladatok
tab-contacts = Kapcsolatok
tab-accounts = Cégek
tab-reports = Jelentések
status-help = { $key } súgó
help-title = Billentyűk, a konfiguráció [keys] alatti nevükkel
history-filter-title = Keresés az előzményekben ({ $apply } alkalmaz, { $cancel } mégse)
search-title = Keresés: telefonszám-számjegyek, e-mail, név vagy cég
search-empty = Írd be egy szám, egy e-mail vagy egy név bármely részét.
search-unknown-number = Ez a szám senkié. A(z) { $key } új érdeklődőként veszi fel.
form-discard = Elveted, amit beírtál? Még egy { $key } elveti; bármely más billentyű visszalép.
more-lines = … még { $count } sor
more-fields = még { $count } mező
fields-above = { $arrow } { $fields } fent
fields-below = { $arrow } { $fields } lent

view-all = Mind
view-new = Új
view-today = Ma
view-mine = Enyém
view-hot = Forró
col-name = NÉV
col-phone = TELEFON
col-source = FORRÁS
col-campaign = KAMPÁNY
col-age = KOR
col-sla = SLA
col-temp = HŐ
col-score = PONT
col-owner = FELELŐS
col-next-task = KÖVETKEZŐ
inbox-waiting = várakozik
inbox-hidden = ennél a szélességnél rejtve: forrás, kampány, felelős, következő feladat
inbox-no-contact = Még nincs kapcsolat. A(z) { $add } érdeklődőt vesz fel, a(z) { $import } kapcsolatokat importál (CSV, vCard, WhatsApp-csevegés); a `leadometer --demo` egy példapultot nyit meg.
inbox-switch-views = { $text } A(z) { $key } nézetet vált.
inbox-view-empty = Ebben a nézetben nincs érdeklődő. A(z) { $key } nézetet vált.
nothing-waits = Semmi sem vár: minden érdeklődő választ kapott, és mára nincs esedékes követés.
nothing-waits-for-you = { $others ->
        [0] Rád semmi sem vár.
        [one] Rád semmi sem vár: 1 érdeklődő másokra vár.
       *[other] Rád semmi sem vár: { $others } érdeklődő másokra vár.
    }
nothing-waits-for = { $others ->
        [0] { $person } felé semmi sem vár.
        [one] { $person } felé semmi sem vár: 1 érdeklődő másokra vár.
       *[other] { $person } felé semmi sem vár: { $others } érdeklődő másokra vár.
    }

timeline-no-contact = Nincs megnyitott kapcsolat. A(z) { $search } telefon, e-mail vagy név alapján keres, vagy { $open } egy beérkezett érdeklődőn.
timeline-state = { $lifecycle } · { $status }{ $reason } · felelős { $owner }
timeline-nobody = senki
timeline-score = pontszám
timeline-more-follow-ups = ☐ … még { $count } követés
timeline-history = Előzmények: { $shown } / { $all }
timeline-only-channel = csak { $channel }
timeline-quality = minőség { $stars }
timeline-best-time = jó időpont { $time }
timeline-prefers = { $channel } a kedvence
timeline-source = forrás { $source }
timeline-also = más néven: { $names }

refusal-no-contact = Előbb válassz ki egy érdeklődőt vagy nyiss meg egy kapcsolatot (a keresés bárkit megtalál).
refusal-no-contact-on-reports = A jelentéseknek nincs kapcsolatuk: előbb nyiss meg egyet a / (keresés) billentyűvel vagy a Beérkezettekből (1).
refusal-no-lead = Nincs kijelölt érdeklődő.
refusal-no-deal = Nincs kijelölt üzlet.
refusal-no-page = Előbb nyiss meg egy kapcsolatot (a keresés bárkit megtalál).
refusal-nothing-to-reach = Nincs telefonszám vagy e-mail, amelyen elérhető.
refusal-nothing-to-copy = Nincs másolható telefonszám vagy e-mail.
refusal-end-of-pipeline = Az üzlet a csatorna végén van: jelöld megnyertnek vagy elvesztettnek.
refusal-no-match = Nincs egyező kapcsolat.
refusal-stopping = Az importálás leáll.
refusal-no-entry = Nincs kijelölt bejegyzés.
refusal-automatic-edit = Ezt a bejegyzést a Leadometer írta: kézzel nem szerkeszthető.
refusal-automatic-delete = Ezt a bejegyzést a Leadometer írta: kézzel nem törölhető.
refusal-never-corrected = Ezt a bejegyzést sosem javították: nincsenek korábbi változatai.
refusal-no-task = Nincs kijelölt feladat.
refusal-no-listed-contact = Nincs kijelölt kapcsolat.
refusal-no-account = Nincs kijelölt cég.
reports-latest-period = Ez a legutóbbi időszak: a [ visszalép.
reports-targets-not-split = A célok nincsenek bontva: minden cél a saját forrását nevezi meg.
