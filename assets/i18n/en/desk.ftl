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
