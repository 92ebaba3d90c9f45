# What can go wrong with the file, and refusals of what was asked for.

store-foreign = { $path } is not a Leadometer database (it belongs to another program); it was left untouched
store-not-a-database = { $path } is not an SQLite database, or it is damaged; it was left untouched
store-too-new = { $path } was written by a newer Leadometer (schema version { $found }; this version reads up to { $supported }); upgrade Leadometer to open it. The file was left untouched
store-foreign-objects = { $path } holds schema objects Leadometer did not create, which it will neither run nor copy: { $objects }; it was left untouched
store-damaged = { $path } is damaged ({ $detail }); it was left untouched
store-open = cannot open { $path }: { $message }
store-disk-full = { $path }: the disk is full, or the file may grow no larger ({ $detail }); nothing was written. Free some space and try again: the file is not damaged
store-not-permitted = { $path }: permission denied ({ $detail }); check that you may read and write it and its folder { $folder }. Nothing was changed
store-io = { $path }: the disk refused to read or write it ({ $detail }); the disk may be full, removed or failing. Nothing was changed
store-not-found = no { $what } matches "{ $query }"{ $hint }
what-contact = contact
what-deal = deal
what-entry = entry
what-task = task
what-account = account
store-ambiguous = "{ $query }" matches { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    }; say which one by id, phone or email:
    { $candidates }
store-part-of-name = "{ $query }" is only part of a name; give the whole name, a phone, an email or the id of the one you mean:
    { $candidate }
store-locked = { $path } stayed locked by another program for { $waited }; nothing was written
store-cancelled = stopped before the end; nothing was written
store-sqlite = database error: { $error }
store-ambiguous-deal = "{ $query }" matches { $count ->
        [one] 1 deal
       *[other] { $count } deals
    }; give the id of the one you mean:
    { $candidates }
hint-deal-not-found = ; give the deal's id (see `leadometer show CONTACT`) or its exact title
hint-task-not-found = ; `leadometer show CONTACT` lists a contact's tasks with their ids
hint-entry-not-found = ; `leadometer show CONTACT --json` lists a contact's entries with their ids

problem-needs-name = a contact needs a name
problem-not-an-email = "{ $typed }" is not an email address
problem-phone-unread = the phone number "{ $typed }" could not be read (region { $region }); it is kept as typed
problem-not-a-quality = "{ $typed }" is not 1 to 5
problem-not-one-of = "{ $typed }" is not one of: { $words }
problem-duration-too-long = "{ $typed }" is too long (at most { $days } days)
problem-not-a-duration = "{ $typed }": write it like 5m, 1h30m or 90s
problem-time-too-far = the time "{ $typed }" is too far from now: at most { $years } years before or after
problem-time-unread = cannot read the time "{ $typed }": use 14:30, yesterday 10:00, tomorrow 09:00, friday, next friday 10:00, 15.12., dec 15, in 3 days, +3d, 2h ago, 2024-01-15 21:05 or RFC 3339
problem-no-such-date = "{ $typed }" is not a date of the calendar: write it like 15.12., 15.12.2025 or dec 15
problem-not-a-close-date = "{ $typed }" is not a date: write 2024-04-30, 15.12., dec 15, friday, next friday or in 2 weeks
problem-year-out-of-range = "{ $typed }" has no year from 1900 to 2099
problem-phone-unallocated = { $phone } is not in a range { $country } has allocated; stored, check it
country-il = Israel
country-hu = Hungary
country-unknown = its country

notice-at-column = line { $line }, column "{ $column }": { $what }
notice-at-property = line { $line }, { $property }: { $what }
notice-at-line = line { $line }: { $what }
notice-dates-both-ways = line { $day_first } reads only day-first and line { $month_first } only month-first: say which with --date-order
notice-card-empty = skipped, the card has no name, phone or email
notice-row-empty = skipped, it has no name, company, phone or email
notice-controls-removed = control characters removed
notice-tel-no-digits = the TEL "{ $typed }" has no digits, so it is not a phone number; not imported
notice-email-to-notes = "{ $typed }" is not an email; kept in the notes
notice-phone-to-field = "{ $typed }" has no digits, so it is no phone number; kept as a custom field
notice-unknown-stage = lifecycle stage "{ $typed }" is not one of ours; left at lead
notice-unknown-status = lead status "{ $typed }" is not one of ours; left at new
notice-date-out-of-range = the date "{ $typed }" is not from { $from } to { $to }; the import time is used
notice-date-unread = the date "{ $typed }" cannot be read; the import time is used
notice-phone-unread = the phone "{ $typed }" cannot be read; kept as written
notice-chat-no-me = nobody in the chat is called "{ $me }", so no message counts as yours; pass --me with your name as the chat shows it ({ $senders })
notice-chat-no-contact = no sender in the chat is { $name } by name or phone, so each message not yours stays on { $name }'s timeline marked with its sender; say which sender { $name } is with --sender NAME
notice-chat-system-lines = skipped { $count ->
        [one] 1 line
       *[other] { $count } lines
    } WhatsApp wrote itself
notice-message-too-big = the message that starts here passes { $kib } KiB
notice-not-a-chat = this is not a WhatsApp chat export: the first line has no date and time ("{ $first }")
notice-no-messages = the file has no messages
notice-card-unended-before-next = this card has no END:VCARD before the next BEGIN:VCARD
notice-end-without-begin = END:VCARD without a BEGIN:VCARD
notice-text-outside-card = text outside BEGIN:VCARD … END:VCARD
notice-card-never-ends = this card never ends (no END:VCARD)
notice-no-cards = the file has no cards
notice-field-too-big = { $field } holds { $kib } KiB, over the { $max } KiB a field may hold (it starts "{ $start }")
notice-not-a-property = "{ $typed }" is not a vCard property (NAME:value)
notice-quote-never-closed = a quote opened here is never closed, so the rows after it cannot be told apart
notice-no-contact-column = no column names a contact: the header row has { $columns } but none is a name, company, phone or email

notice-ambiguous-dates = every date here could be day-first or month-first: say which with --date-order dmy or --date-order mdy
what-template = template
what-campaign = campaign
hint-template-not-found = ; `leadometer template list` shows every template
hint-campaign-not-found = ; `leadometer campaign list` shows every campaign
store-ambiguous-named = "{ $query }" names more than one; give the id of the one you mean:
    { $candidates }
server-address = server address: { $detail }
server-unreachable = cannot reach the server { $server }: { $detail }
server-not-initialised = the server holds no Leadometer office yet: run `leadometer server init --url ...` first
server-too-new = the server was set up by a newer Leadometer (its schema version { $found }; this one reads up to { $supported }): upgrade Leadometer. Nothing was exchanged
server-too-old = the server's schema is older (version { $found } of { $supported }): its owner runs `leadometer server init` to bring it up to date. Nothing was exchanged
server-damaged = the server's Leadometer schema is damaged: { $detail }
server-newer-snapshot = the server's snapshot was written by a newer Leadometer (schema version { $found }): upgrade Leadometer
server-other-office = this file belongs to another office's server (office { $joined }); the server at this address holds office { $found }. Nothing was exchanged
server-not-set = no team server is set: add server = "postgres://..." to the config, or give --url
server-refused = the server refused: { $detail }
