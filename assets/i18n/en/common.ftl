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

said-outcome-answered = answered
said-outcome-no-answer = no-answer
said-outcome-voicemail = voicemail
said-outcome-busy = busy
said-outcome-interested = interested
said-outcome-not-interested = not-interested
said-reason-no-budget = no budget
said-reason-not-interested = not interested
said-reason-wrong-number = wrong number
said-reason-went-with-a-competitor = went with a competitor
said-reason-no-answer = no answer
said-reason-spam = spam
said-reason-not-now = not now
said-reason-no-budget-yet = no budget yet
said-reason-call-back-next-quarter = call back next quarter
said-reason-waiting-for-their-decision = waiting for their decision
said-reason-price = price
said-reason-timing = timing
said-reason-no-decision = no decision
said-choice-none = none
said-choice-any = any
said-choice-yes = yes
said-choice-no = no
said-when-now = now
said-when-tomorrow-ten = tomorrow 10:00
said-when-in-an-hour = in an hour
said-when-tomorrow-morning = tomorrow morning
said-when-next-week = next week
said-task-follow-up = Follow up ({ $channel })

import-dates-question = { $file }, line { $line }: is { $date } { $readings }? Choose Dates, then Enter.
import-dates-readings = { $day_first } (day first) or { $month_first } (month first)
import-dates-either = day first or month first
import-dates-day = { $month } { $day }
said-choice-from-the-file = from the file
said-choice-day-first = day first
said-choice-month-first = month first
said-choice-year-first = year first
said-choice-import-nothing = import nothing
said-choice-skip-them = skip them

said-choice-everyone = everyone

said-task-come-back = Come back to { $name }
said-task-come-back-because = Come back to { $name }: { $reason }
word-campaignby-campaign = campaign
word-campaignby-source = source
word-campaignby-flag = flag
word-campaignby-lifecycle = lifecycle
word-campaignby-owner = owner
said-outcome-opened = opened
said-outcome-sent = sent
said-choice-personal = personal
said-choice-generic = generic
