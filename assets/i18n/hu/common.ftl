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
word-interactionkind-whatsapp = whatsapp
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
