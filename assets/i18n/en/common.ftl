# Words and counts used all over: the desk, the command line and the reports.
# English words of lists are those the command line shows.
# Plurals use Fluent's selectors on CLDR categories: English has [one] and [other].

count-leads = { $count ->
    [one] 1 lead
   *[other] { $count } leads
}

## The words of lists: statuses, stages, kinds. word-<list>-<stored word>.

word-contactkind-person = person
word-contactkind-business = business
word-lifecycle-subscriber = subscriber
word-lifecycle-lead = lead
word-lifecycle-mql = mql
word-lifecycle-sql = sql
word-lifecycle-opportunity = opportunity
word-lifecycle-customer = customer
word-lifecycle-evangelist = evangelist
word-lifecycle-other = other
word-leadstatus-new = new
word-leadstatus-attempting = attempting
word-leadstatus-connected = connected
word-leadstatus-nurturing = nurturing
word-leadstatus-disqualified = disqualified
word-role-decision-maker = decision-maker
word-role-payer = payer
word-role-evaluator = evaluator
word-role-key-opinion-leader = key-opinion-leader
word-origin-inbound = inbound
word-origin-outbound = outbound
word-temperature-cold = cold
word-temperature-warm = warm
word-temperature-hot = hot
word-interactionkind-call = call
word-interactionkind-whatsapp = whatsapp
word-interactionkind-email = email
word-interactionkind-meeting = meeting
word-interactionkind-sms = sms
word-interactionkind-note = note
word-interactionkind-event = event
word-interactionkind-retracted = retracted
word-direction-in = in
word-direction-out = out
word-slastate-on_time = on time
word-slastate-due_soon = due soon
word-slastate-overdue = overdue
word-slastate-answered = answered

day-today = today
day-tomorrow = tomorrow
day-yesterday = yesterday
age-minutes = { $value }m
age-hours = { $value }h
age-days = { $value }d
age-weeks = { $value }w
