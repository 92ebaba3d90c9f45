# The command line's --help: what each command and option is for, and clap's own words.
# An id is help-<command path>[--<option>[-<value>]] (help-leadometer for the program and
# its global options); English stays in the doc comments of src/cli, and a test holds
# en/help.ftl to them (src/cli/help.rs). help-clap-*: clap's own words and refusals.

help-add = Add a lead (an existing phone or email returns that contact instead)
    .examples =
        Examples:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --email noa@example.com
          leadometer add --name "Levi Design" --kind business --origin outbound
help-add--campaign = The marketing campaign that brought the lead
help-add--company = The company (account) the contact belongs to
help-add--email = An email address (repeatable)
help-add--kind = A person or a business
help-add--name = The person's or business's name
help-add--notes = Free notes about the contact
help-add--origin = Inbound ("pull": they came to us) or outbound ("push": we went to them)
help-add--owner = Who works the lead ("me" for the configured user)
help-add--phone = A phone number in any format (repeatable)
help-add--role = The contact's role at the company
help-add--source = Where the lead came from (e.g. "Facebook ad", "referral")
help-backup = Write a consistent snapshot of the file into the backups folder
help-campaign = Campaigns worked as checklists: their contacts, each done or not
help-campaign-add = Make a checklist of the contacts one field picks out
help-campaign-add--campaign = The contacts of this campaign (the contact's campaign field)
help-campaign-add--flag = The contacts with this flag
help-campaign-add--lifecycle = The contacts at this lifecycle stage
help-campaign-add--name = The campaign's name
help-campaign-add--owner = The contacts of this owner ("me" for the configured user)
help-campaign-add--source = The contacts from this source
help-campaign-add--template = The template its contacts are sent (its name or id)
help-campaign-done = Tick a contact of a campaign as done (or untick it with --undo)
help-campaign-done--campaign = The campaign: its name or its id
help-campaign-done--contact = The contact: an id, a phone, an email or an exact name
help-campaign-done--undo = Untick: the contact is still to do
help-campaign-edit = Change a campaign's name, contacts or template; its ticks stay
help-campaign-edit--campaign = The contacts of this campaign (the contact's campaign field)
help-campaign-edit--flag = The contacts with this flag
help-campaign-edit--lifecycle = The contacts at this lifecycle stage
help-campaign-edit--name = A new name
help-campaign-edit--no-template = No template any more
help-campaign-edit--owner = The contacts of this owner ("me" for the configured user)
help-campaign-edit--source = The contacts from this source
help-campaign-edit--template = Another template (its name or id)
help-campaign-edit--wanted = The campaign: its name or its id
help-campaign-list = Every campaign: whom it holds, its template, and how far it has got
help-campaign-rm = Delete a campaign (kept as a tombstone, so that every copy learns of it)
help-campaign-rm--campaign = The campaign: its name or its id
help-campaign-show = A campaign's contacts, each done (✓) or not, and how far it has got
help-campaign-show--campaign = The campaign: its name or its id
help-campaign-show--todo = Only the contacts still to do
help-check = Check the file: SQLite's integrity and foreign keys, and Leadometer's own rules
help-clap-arguments = Arguments
help-clap-command-help = Print this message or the help of the given subcommand(s)
help-clap-commands = Commands
help-clap-default = default
help-clap-env = env
help-clap-options = Options
help-clap-possible-values = possible values
help-clap-possible-values-heading = Possible values:
help-clap-print-help = Print help
help-clap-print-help-more = Print help (see more with '--help')
help-clap-print-help-summary = Print help (see a summary with '-h')
help-clap-print-version = Print version
help-clap-usage = Usage:
help-completions = Print the completion script of a shell (bash, zsh, fish, elvish, powershell)
    .examples =
        Examples:
          leadometer completions bash > ~/.local/share/bash-completion/completions/leadometer
          leadometer completions zsh > ~/.zfunc/_leadometer
          leadometer completions fish > ~/.config/fish/completions/leadometer.fish
help-completions--shell = The shell to complete for
help-config = The config file: where it is, what it holds in effect, whether it is sound; or edit it
    .examples =
        Examples:
          leadometer config path
          leadometer config check
          leadometer config edit
help-config-check = Read the config file and say what is wrong with it: file, line and key
help-config-edit = Open the config file in $VISUAL or $EDITOR (created from the example, commented out, if it is missing), and check it when the editor is closed
help-config-path = Print where the config file is and whether it exists
help-config-show = Print the config in effect (TOML; JSON with --json), defaults filled in
help-deal = Open deals and move them through the pipeline
    .examples =
        Examples:
          leadometer deal add "Noa Levi" --title "Kitchen renovation" --amount 12500
          leadometer deal move "Kitchen renovation" Meeting
          leadometer deal won "Kitchen renovation"
          leadometer deal list
help-deal-add = Open a deal for a contact
help-deal-add--amount = e.g. 12500 or 12,500.50
help-deal-add--close-date = Expected close date: 2024-04-30, or a day as --due takes it (next friday, in 2 weeks, 15.12.)
help-deal-add--competitor = A competitor in the running (repeatable)
help-deal-add--contact = The contact: an id, a phone, an email or an exact name
help-deal-add--currency = Default: the config's currency
help-deal-add--notes = Free notes about the deal
help-deal-add--owner = Who works the deal ("me" for the configured user; default: the contact's owner)
help-deal-add--probability = This deal's own chance of closing, 0.0 to 1.0 (default: the stage's)
help-deal-add--quote = A quote the customer asked for (repeatable)
help-deal-add--quotes-received = How many quotes they have had
help-deal-add--quotes-required = How many quotes the customer wants before deciding
help-deal-add--stage = The starting stage (default: the first stage)
help-deal-add--title = What is being sold, e.g. "Kitchen renovation"
help-deal-edit = Change a deal's fields (its stage moves with `deal move`, `won`, `lost`)
help-deal-edit--amount = e.g. 12500 or 12,500.50
help-deal-edit--close-date = Expected close date: 2024-04-30, or a day as --due takes it (next friday, in 2 weeks, 15.12.); "none" clears it
help-deal-edit--competitor = Add a competitor (repeatable)
help-deal-edit--currency = A three-letter code such as ILS
help-deal-edit--deal = The deal: its id, or its exact title when that is unique
help-deal-edit--notes = "" clears them
help-deal-edit--owner = Who works the deal ("me" for the configured user; "" or "none": nobody)
help-deal-edit--probability = This deal's chance of closing, 0.0 to 1.0; "stage" goes back to the stage's
help-deal-edit--quotes-received = How many quotes they have had
help-deal-edit--quotes-required = How many quotes the customer wants before deciding
help-deal-edit--remove-competitor = Remove a competitor (repeatable)
help-deal-edit--title = A new title
help-deal-list = Every deal, with its expected value, and the totals
help-deal-list--owner = Only this owner's deals ("me" for the configured user)
help-deal-list--stage = Only the deals in this stage (Won and Lost too, or a stage the config no longer has)
help-deal-lost = Mark a deal lost, with the reason
help-deal-lost--deal = The deal: its id, or its exact title when that is unique
help-deal-lost--reason = Why it was lost
help-deal-move = Move a deal to another stage
help-deal-move--deal = The deal: its id, or its exact title when that is unique
help-deal-move--stage = The stage it moves to (its name as the config's pipeline has it)
help-deal-rm = Delete a deal (kept as a tombstone, so every copy of the file learns of it)
help-deal-rm--deal = The deal: its id, or its exact title when that is unique
help-deal-won = Mark a deal won
help-deal-won--deal = The deal: its id, or its exact title when that is unique
help-deal-won--reason = Why it was won
help-delete = Delete a contact (kept as a tombstone, so that merged copies learn of it)
help-delete--contact = The contact: an id, a phone, an email or an exact name
help-edit = Change a contact's details, status, owner, quality or flags
    .examples =
        Examples:
          leadometer edit "Noa Levi" --status attempting --preferred-channel whatsapp
          leadometer edit 054-490-0148 --status disqualified --reason "no budget"
          leadometer edit "Noa Levi" --flag vip --set birthday=03-14
help-edit--add-email = Adds an email address (repeatable)
help-edit--add-phone = Adds a phone number, in any format (repeatable)
help-edit--alias = Adds another spelling of the name, searched and shown with it (repeatable)
help-edit--best-time = Free text such as "mornings" or "after 17:00"
help-edit--campaign = The marketing campaign that brought the lead
help-edit--company = Adds the contact to this company (account)
help-edit--contact = The contact: an id, a phone, an email or an exact name
help-edit--flag = Adds a flag such as vip, do-not-contact or bad-payer (repeatable)
help-edit--kind = A person or a business
help-edit--lifecycle = The lifecycle stage
help-edit--name = A new name
help-edit--notes = Free notes about the contact, replacing the ones it has
help-edit--origin = Inbound ("pull": they came to us) or outbound ("push": we went to them)
help-edit--owner = The owner; an empty value clears it
help-edit--preferred-channel = How the contact prefers to be reached; an empty value clears it
help-edit--quality = The business's own rating, 1 to 5
help-edit--reason = Why the lead is disqualified (needed with --status disqualified)
help-edit--remove-alias = Removes an alias, e.g. one a merge added wrongly (repeatable)
help-edit--remove-email = Removes an email address (repeatable)
help-edit--remove-phone = Removes a phone number, written in any format (repeatable)
help-edit--role = The contact's role at --company, or at its first company
help-edit--set = A custom field, KEY=VALUE; an empty value removes it (repeatable)
help-edit--source = Where the lead came from (e.g. "Facebook ad", "referral")
help-edit--status = The lead's status
help-edit--unflag = Removes a flag (repeatable)
help-export = Write every contact out: CSV for Excel, JSON with timelines and deals, or vCard
    .examples =
        Examples:
          leadometer export --out leads.csv
          leadometer export --format json --out leads.json
help-export--force = Replace FILE if it already exists
help-export--format = What to write
help-export--format-csv = One row per contact; Excel opens it, `import` reads it back
help-export--format-json = Everything: each contact with its accounts, deals, tasks and whole timeline
help-export--format-vcard = vCard (4.0, or 3.0 with --vcard-version 3), for a phone's or a mail program's address book
help-export--out = Write here instead of to standard output (a new file, owner-only, never half-written; never a database, its journal, or a symbolic link)
help-export--vcard-version = The vCard version: 4 (RFC 6350), or 3 for address books that read no other
help-export--vcard-version-3 = vCard 3.0 (RFC 2426)
help-export--vcard-version-4 = vCard 4.0 (RFC 6350)
help-gen = Fill an empty database with realistic synthetic data
help-gen--contacts = How many contacts to make (at most 10,000,000)
help-gen--interactions-per-contact = How many interactions each contact gets (at most 1,000)
help-gen--seed = The same seed makes the same data
help-heading-global-options = Global options
help-import = Bring in contacts from a CSV (HubSpot, Google Contacts, Excel), a vCard file or a WhatsApp chat export, deduplicated by phone and email, all or nothing
    .examples =
        Examples:
          leadometer import contacts.csv --dry-run
          leadometer import phone-book.vcf
          leadometer import "WhatsApp Chat with Noa.txt" --contact "Noa Levi"
help-import--contact = For a chat: who it is with (an id, a phone, an email or a unique name)
help-import--date-order = For a chat whose dates could be read either way
help-import--dry-run = Report exactly what would happen, and write nothing
help-import--encoding = The file's encoding when it is not UTF-8: windows-1255 (Hebrew), windows-1250 (Hungarian), or any WHATWG label
help-import--file = The file: a CSV (HubSpot, Google Contacts, Excel, any sheet with a header row), a vCard file, or a WhatsApp chat export
help-import--format = The file's format (default: told from its content and headers)
help-import--format-auto = Tell from the headers
help-import--format-csv = Any sheet with a header row; columns are mapped by their names
help-import--format-google = Google Contacts' export (the current and the older layout)
help-import--format-hubspot = HubSpot's contact export
help-import--format-vcard = vCard 2.1, 3.0 or 4.0 (a phone's or Apple's address book export)
help-import--format-whatsapp = A WhatsApp "Export chat" text file (needs --contact)
help-import--me = For a chat: your name as it appears in it (default: the config's user, else the sender the file shows exported it)
help-import--region = Read local phone numbers as this country's (e.g. HU), instead of the config's region: for a sheet from an office abroad
help-import--sender = For a group chat: which sender is the contact, when their name in the chat is not the contact's and their number is not the contact's phone
help-import--skip-bad-rows = Import the good rows and list the bad ones, instead of importing nothing
help-inbox = Leads that still need work, most urgent first (overdue SLA first, then priority)
    .examples =
        Examples:
          leadometer inbox --owner me --limit 10
          leadometer --json inbox
help-inbox--expired = List the leads left out because nobody touched them for sla.expire_after_days
help-inbox--limit = At most this many items (default: all)
help-inbox--owner = Only the leads owned by this person ("me" for the configured user)
help-leadometer = A lead desk for the terminal
    .examples =
        Examples:
          leadometer add --name "Noa Levi" --phone 054-490-0148 --source "Facebook ad"
          leadometer inbox
          leadometer log call "Noa Levi" --outcome answered --duration 5m
          leadometer --json show 054-490-0148
          leadometer                  (the desk, at a terminal)
help-leadometer--config = The config file (default: config.toml in your config directory)
help-leadometer--db = The database file (default: leads.db in your data directory)
help-leadometer--demo = Open the ready-made demo database instead of your own
help-leadometer--json = Print machine-readable JSON instead of text
help-leadometer--verbose = Say what happens on stderr: -v the main steps, -vv details, -vvv everything
help-log = Log a call, WhatsApp message, email, meeting, SMS or note
    .examples =
        Examples:
          leadometer log call "Noa Levi" --outcome no-answer
          leadometer log whatsapp 054-490-0148 --direction in --text "Is Tuesday fine?"
          leadometer log meeting "Noa Levi" --at "yesterday 10:00" --duration 1h
help-log--at = When it happened: 14:30, yesterday 10:00, 2h ago, 2024-01-15 21:05 (default: now)
help-log--contact = The contact: an id, a phone, an email or an exact name
help-log--deal = The deal it belongs to (id or exact title)
help-log--direction = in (they reached us) or out (we reached them); default out, none for notes and meetings
help-log--duration = How long it took, e.g. 5m, 1h30m, 90s
help-log--kind = What happened
help-log--outcome = e.g. answered, no-answer, voicemail, interested
help-log--subject = An email's or a meeting's subject
help-log--text = What was said or written
help-log-edit = Correct a logged entry: its text, outcome, duration, time or direction
help-log-edit--at = When it really happened: 14:30, yesterday 10:00, 2024-01-15 21:05
help-log-edit--direction = in (they reached us) or out (we reached them)
help-log-edit--duration = The corrected duration, e.g. 5m, 1h30m, 90s
help-log-edit--entry = The entry's id, or a unique start of it (8 characters at least); `show CONTACT --json` gives the ids
help-log-edit--outcome = The corrected outcome ("" clears it), e.g. answered, no-answer
help-log-edit--text = The corrected text ("" clears it)
help-log-rm = Delete a logged entry (it stays among the earlier versions)
help-log-rm--entry = The entry's id, or a unique start of it (8 characters at least); `show CONTACT --json` gives the ids
help-log-versions = Every version of a logged entry, oldest first
help-log-versions--entry = The entry's id, or a unique start of it (8 characters at least); `show CONTACT --json` gives the ids
help-man = Print the manual page (roff): `leadometer man | man -l -`
help-merge = Merge another Leadometer file into this one: each field goes to the later change, timelines are joined, nothing is lost. The other file is only read
help-merge--dry-run = Report what the merge would bring, and write nothing
help-merge--other = The other Leadometer file: a colleague's copy, a conflicted copy, a backup. It is only read
help-report = Reports over a period: the funnel from lead to customer, speed-to-lead, the pipeline and its forecast, and the reasons leads and deals were lost
    .examples =
        Examples:
          leadometer report funnel --period month
          leadometer report pipeline --csv
help-report--by = Split by source, campaign, owner or origin (inbound "pull", outbound "push")
help-report--csv = Comma-separated values for a spreadsheet, instead of text
help-report--from = The first day (YYYY-MM-DD); without --to, up to today
help-report--period = This week, month, quarter or year (the default is this month)
help-report--previous = Also the period before, to compare against
help-report--report = Which report
help-report--report-funnel = The leads created in the period: how many reached each lifecycle stage
help-report--report-pipeline = Open deals by stage, deals won and lost in the period, win rate, forecast
help-report--report-reasons = Why leads were disqualified and deals lost
help-report--report-sources = Leads, customers, revenue and cost per source (or --by campaign)
help-report--report-speed = How fast the leads created in the period were first answered, against the SLA
help-report--report-targets = The period against the config's [[targets]], with the pace
help-report--to = The last day, included (YYYY-MM-DD)
help-rescore = Recompute every score (after changing the rules), raise lifecycles, mark expired leads
help-restore = Replace the file's content with a backup, keeping the current content aside
help-restore--backup = The backup to restore (see `leadometer backup`; they live in the data directory's backups folder)
help-restore--other-file = Restore a backup of another Leadometer file (another database id) over this one: its leads replace this file's, and the file becomes that other file
help-restore--yes = Restore without asking first
help-schema = The JSON Schema of each --json output, by the command that prints it
help-schema--list = Only the names of the outputs, one a line
help-schema--name = The output, by the command that prints it ("deal list"); none: every output
help-score = Why a contact scores what it scores: every rule, its points and its evidence
help-score--contact = The contact: an id, a phone, an email or an exact name
help-search = Find contacts by any digits of a phone, an email, a name or a company
help-search--limit = At most this many results (default 50; everyone for an empty query)
help-search--query = Digits of a phone in any format, an email, a name or a company; empty lists everyone
help-send = Send a WhatsApp message, an SMS or an email from a template or as written: it is logged as opened, and the link is opened (or printed with --print)
help-send--anyway = Send to a contact flagged do-not-contact all the same (to answer them)
help-send--channel = How it is sent
help-send--contact = The contact: an id, a phone, an email or an exact name
help-send--print = Print the link instead of opening it
help-send--sent = Confirm it as sent at once, for a script that sends it itself (with --print)
help-send--set = A field's value, over what the contact gives (repeatable): --set due="friday 10:00"
help-send--subject = An email's subject, instead of the template's
help-send--template = The template to fill from the contact (its name or id)
help-send--text = The message as it is sent, instead of the template's body (fields are not filled in it)
help-sent = Confirm that a message `send` opened was sent: from then on it answers the lead
help-sent--entry = The entry `send` logged: its id, or a unique start of it (8 characters at least)
help-show = Show a contact with its accounts, deals, tasks and whole timeline
    .examples =
        Examples:
          leadometer show "Noa Levi"
          leadometer --json show 054-490-0148
help-show--contact = The contact: an id, a phone, an email or an exact name
help-sync = Merge the shared copy (config: shared) and any conflicted copies beside it into this file, then publish the result back to the shared folder; with a team server (config: server), push this desk's changes and take everyone else's
help-task = Follow-up tasks
    .examples =
        Examples:
          leadometer task add "Noa Levi" --title "send the quote" --due "tomorrow 10:00"
          leadometer task list
          leadometer task done 1
help-task-add = Add a follow-up for a contact
help-task-add--contact = The contact: an id, a phone, an email or an exact name
help-task-add--due = When: tomorrow 10:00, friday, next friday 10:00, 15.12., dec 15, in 3 days
help-task-add--owner = Who does it ("me" for the configured user; default: the contact's owner)
help-task-add--title = What to do, e.g. "send the quote"
help-task-done = Mark a follow-up done. TASK: its number in the last `task list`, its title, or its id
help-task-done--task = The task: its number in the last `task list`, its title, or its id
help-task-list = Every contact's open follow-ups, numbered, in groups: overdue, today, this week (to Sunday night), later
help-task-list--due = Only those due by then: overdue; today (and overdue); week (to Sunday night, and all before); all
help-task-list--owner = Only this owner's ("me" for the configured user)
help-task-snooze = Move a follow-up to another time. TASK as for `done`
help-task-snooze--task = The task, as for `done`
help-task-snooze--to = The new time: in 1 hour, tomorrow 09:00, next week, 15.12
help-template = Message templates: personal or generic, for WhatsApp, SMS or email
help-template-add = Add a template
help-template-add--body = The message, with fields in braces: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"}, or a custom field
help-template-add--body-file = The body read from a file ("-" for standard input)
help-template-add--channel = A channel it may be sent through (repeatable)
help-template-add--generic = Fit for a whole campaign, not written to one person
help-template-add--language = The language it is written in
help-template-add--name = The template's name, e.g. "Price list"
help-template-add--subject = An email's subject; it may hold fields too
help-template-edit = Change a template: only what is given changes
help-template-edit--body = The message, with fields in braces: {"{"}first_name{"}"}, {"{"}name{"}"}, {"{"}company{"}"}, {"{"}owner{"}"}, {"{"}my_name{"}"}, {"{"}deal{"}"}, {"{"}amount{"}"}, {"{"}due{"}"}, or a custom field
help-template-edit--body-file = The body read from a file ("-" for standard input)
help-template-edit--channel = The channels it may be sent through, replacing the ones it has (repeatable)
help-template-edit--generic = Fit for a whole campaign, not written to one person
help-template-edit--language = The language it is written in
help-template-edit--name = A new name
help-template-edit--personal = Written to one person
help-template-edit--subject = An email's subject ("" removes it)
help-template-edit--template = The template: its name or its id
help-template-list = Every template: its language, channels, whether it is personal, its fields
help-template-list--channel = Only the templates offered for this channel
help-template-list--language = Only the templates written in this language
help-template-rm = Delete a template (kept as a tombstone, so that every copy learns of it)
help-template-rm--template = The template: its name or its id
help-template-show = A template in full
help-template-show--template = The template: its name or its id
help-triage = Decide about a lead: convert (open a deal), nurture, or drop with a reason
help-triage--amount = The deal's amount (convert)
help-triage--another-deal = Convert: open a deal although the contact has an open one already
help-triage--back-on = Nurture: when to come back to the lead, as `task add --due` takes it (friday 10:00, in 3 weeks, 15.1.); a follow-up is added, due then
help-triage--contact = The contact: an id, a phone, an email or an exact name
help-triage--decision = What becomes of the lead
help-triage--decision-convert = Open a deal: the lead becomes an opportunity
help-triage--decision-drop = Not a fit: status disqualified, with --reason
help-triage--decision-nurture = Not now: status nurturing, with an optional --reason and --back-on
help-triage--reason = Why the lead is dropped (required with drop), or nurtured (optional)
help-triage--title = The deal's title (convert; default "NAME: new deal")
help-clap-error = error: { $reason }
help-clap-try-help = For more information, try '{ $help }'.
help-clap-unknown-argument = unexpected argument '{ $arg }' found
help-clap-value-required = a value is required for '{ $arg }' but none was supplied
help-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-clap-unknown-command = unrecognized subcommand '{ $command }'
help-clap-missing-command = '{ $command }' requires a subcommand but one was not provided
help-clap-subcommands = subcommands
help-clap-missing-arguments = the following required arguments were not provided:
help-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-clap-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-clap-used-twice = the argument '{ $arg }' cannot be used multiple times
help-clap-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-clap-conflict-with = the argument '{ $arg }' cannot be used with:
help-clap-conflict-with-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
help-clap-similar-command = { $count ->
        [one] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
help-clap-similar-argument = { $count ->
        [one] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
help-clap-similar-value = { $count ->
        [one] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
help-clap-tip = tip
help-clap-tip-escape = to pass '{ $value }' as a value, use '-- { $value }'
help-server = The team server: set it up, invite a desk, see how it stands, compact it
help-server-compact = Fold every desk's log into a new snapshot for new desks to start from, and remove the entries it holds (the server's owner only)
help-server-compact--url = The server as its owner (else the config's server)
help-server-init = Set up the team server on a PostgreSQL database: its schema, roles and rules (or bring them up to date)
help-server-init--from-shared = Move the office over from its shared folder: sync with it, push everything here, and write the snapshot new desks start from
help-server-init--url = The server as its owner, e.g. postgres://owner@host/leads (else the config's server); the password comes from server_password_file or the environment
help-server-invite = Create a login role for a new desk; its password goes to a new file that only you can read, to hand over
help-server-invite--name = The role's name: lowercase letters, digits and _
help-server-invite--password-file = Where to write the password (default: NAME.password here)
help-server-invite--url = The server as its owner (else the config's server)
help-server-status = How this desk and the server stand: every desk's log, and what waits here
