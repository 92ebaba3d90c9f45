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
