# The desk: screens, dialogs and what the status line says.

app-name = Leadometer
tab-inbox = Inbox
tab-timeline = Timeline
tab-deals = Deals
tab-score = Score
tab-tasks = Tasks
tab-contacts = Contacts
tab-accounts = Accounts
tab-reports = Reports
status-help = { $key } help
help-title = Keys, by their names under [keys] in the config
history-filter-title = Find in history ({ $apply } applies, { $cancel } cancels)
search-title = Find: phone digits, email, name or company
search-empty = Type any part of a number, an email or a name.
search-unknown-number = Nobody has this number. { $key } adds them as a new lead.
form-discard = Discard what you typed? { $key } again discards; any other key goes back.
more-lines = { $count ->
        [one] … 1 more line
       *[other] … { $count } more lines
    }
more-fields = { $count ->
        [one] 1 more field
       *[other] { $count } more fields
    }
fields-above = { $arrow } { $fields } above
fields-below = { $arrow } { $fields } below

view-all = All
view-new = New
view-today = Today
view-mine = Mine
view-hot = Hot
col-name = NAME
col-phone = PHONE
col-source = SOURCE
col-campaign = CAMPAIGN
col-age = AGE
col-sla = SLA
col-temp = TEMP
col-score = SCORE
col-owner = OWNER
col-next-task = NEXT TASK
inbox-waiting = waiting
inbox-hidden = hidden at this width: source, campaign, owner, next task
inbox-no-contact = No contact yet. { $add } adds a lead, { $import } imports contacts (CSV, vCard, a WhatsApp chat); `leadometer --demo` opens an example desk.
inbox-switch-views = { $text } { $key } switches views.
inbox-view-empty = No lead in this view. { $key } switches views.
nothing-waits = Nothing waits: every lead has been answered and no follow-up is due today.
nothing-waits-for-you = { $others ->
        [0] Nothing waits for you.
        [one] Nothing waits for you: 1 lead waits for others.
       *[other] Nothing waits for you: { $others } leads wait for others.
    }
nothing-waits-for = { $others ->
        [0] Nothing waits for { $person }.
        [one] Nothing waits for { $person }: 1 lead waits for others.
       *[other] Nothing waits for { $person }: { $others } leads wait for others.
    }

timeline-no-contact = No contact open. Press { $search } to find one by phone, email or name, or { $open } on an Inbox lead.
timeline-state = { $lifecycle } · { $status }{ $reason } · owner { $owner }
timeline-nobody = nobody
timeline-score = score
timeline-more-follow-ups = { $count ->
        [one] ☐ … 1 more follow-up
       *[other] ☐ … { $count } more follow-ups
    }
timeline-history = History { $shown } of { $all }
timeline-only-channel = only { $channel }
timeline-quality = quality { $stars }
timeline-best-time = best time { $time }
timeline-prefers = prefers { $channel }
timeline-source = source { $source }
timeline-also = also: { $names }

refusal-no-contact = Select a lead or open a contact first (search finds anyone).
refusal-no-contact-on-reports = Reports have no contact: open one with / (search) or from the Inbox (1) first.
refusal-no-lead = No lead is selected.
refusal-no-deal = No deal is selected.
refusal-no-page = Open a contact first (search finds anyone).
refusal-nothing-to-reach = No phone or email to reach.
refusal-nothing-to-copy = No phone or email to copy.
refusal-end-of-pipeline = The deal is at the end of the pipeline: mark it won or lost.
refusal-no-match = No contact matches.
refusal-stopping = The import is stopping.
refusal-no-entry = No entry is selected.
refusal-automatic-edit = Leadometer wrote this entry: it is not edited by hand.
refusal-automatic-delete = Leadometer wrote this entry: it is not deleted by hand.
refusal-never-corrected = This entry was never corrected: it has no earlier versions.
refusal-no-task = No task is selected.
refusal-no-listed-contact = No contact is selected.
refusal-no-account = No account is selected.
reports-latest-period = This is the latest period: [ goes back.
reports-targets-not-split = The targets are not split: each target names its own source.
