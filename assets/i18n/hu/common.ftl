# Mindenhol használt szavak és számok. A magyarban számnév után egyes szám áll:
# a [one] és az [other] alak ugyanaz a főnév.

count-leads = { $count ->
    [one] 1 érdeklődő
   *[other] { $count } érdeklődő
}

## Listák szavai: állapotok, szakaszok, fajták.

word-contactkind-person = személy
word-contactkind-business = vállalkozás
word-lifecycle-subscriber = feliratkozó
word-lifecycle-lead = érdeklődő
word-lifecycle-mql = MQL
word-lifecycle-sql = SQL
word-lifecycle-opportunity = lehetőség
word-lifecycle-customer = ügyfél
word-lifecycle-evangelist = nagykövet
word-lifecycle-other = egyéb
word-leadstatus-new = új
word-leadstatus-attempting = próbálkozás
word-leadstatus-connected = elérve
word-leadstatus-nurturing = gondozás
word-leadstatus-disqualified = kizárva
word-role-decision-maker = döntéshozó
word-role-payer = fizető
word-role-evaluator = értékelő
word-role-key-opinion-leader = véleményvezér
word-origin-inbound = bejövő
word-origin-outbound = kimenő
word-temperature-cold = hideg
word-temperature-warm = meleg
word-temperature-hot = forró
word-interactionkind-call = hívás
word-interactionkind-whatsapp = WhatsApp
word-interactionkind-email = e-mail
word-interactionkind-meeting = találkozó
word-interactionkind-sms = sms
word-interactionkind-note = jegyzet
word-interactionkind-event = esemény
word-interactionkind-retracted = törölve
word-direction-in = bejövő
word-direction-out = kimenő
word-slastate-on_time = időben
word-slastate-due_soon = sürgős
word-slastate-overdue = késésben
word-slastate-answered = válaszolt

day-today = ma
day-tomorrow = holnap
day-yesterday = tegnap
age-minutes = { $value }p
age-hours = { $value }ó
age-days = { $value }n
age-weeks = { $value }h

said-outcome-answered = felvette
said-outcome-no-answer = nem vette fel
said-outcome-voicemail = hangposta
said-outcome-busy = foglalt
said-outcome-interested = érdeklődik
said-outcome-not-interested = nem érdekli
said-reason-no-budget = nincs rá kerete
said-reason-not-interested = nem érdekli
said-reason-wrong-number = téves szám
said-reason-went-with-a-competitor = versenytársat választott
said-reason-no-answer = nem elérhető
said-reason-spam = spam
said-reason-not-now = most nem aktuális
said-reason-no-budget-yet = még nincs rá kerete
said-reason-call-back-next-quarter = a következő negyedévben hívjuk újra
said-reason-waiting-for-their-decision = a döntésükre várunk
said-reason-price = ár
said-reason-timing = időzítés
said-reason-no-decision = nem döntöttek
said-choice-none = nincs
said-choice-any = bármelyik
said-choice-yes = igen
said-choice-no = nem
said-when-now = most
said-when-tomorrow-ten = holnap 10:00
said-when-in-an-hour = egy óra múlva
said-when-tomorrow-morning = holnap reggel
said-when-next-week = jövő héten
said-task-follow-up = Utánkövetés ({ $channel })

import-dates-question = { $file }, { $line }. sor: { $date } jelentése: { $readings }? Válassz a Dátumok mezőben, majd Enter.
import-dates-readings = { $day_first } (nap elöl) vagy { $month_first } (hónap elöl)
import-dates-either = nap elöl vagy hónap elöl
import-dates-day = { $month } { $day }.
said-choice-from-the-file = a fájl szerint
said-choice-day-first = nap elöl
said-choice-month-first = hónap elöl
said-choice-year-first = év elöl
said-choice-import-nothing = semmit sem importál
said-choice-skip-them = átugorja őket

said-choice-everyone = mindenki

said-task-come-back = Visszatérni hozzá: { $name }
said-task-come-back-because = Visszatérni hozzá: { $name }: { $reason }
word-campaignby-campaign = kampány
word-campaignby-source = forrás
word-campaignby-flag = jelző
word-campaignby-lifecycle = életciklus
word-campaignby-owner = felelős
said-outcome-opened = megnyitva, még nem elküldve
said-outcome-sent = elküldve
said-choice-personal = személyes
said-choice-generic = általános
