# What the command line prints for people (never in --json).

cli-warning = warning: { $text }
cli-added = Added { $contact }
cli-came-back = { $contact } is already here: they came back (recorded on the timeline)
cli-saved = Saved { $contact }
cli-logged-for = Logged for { $contact }:
cli-corrected = Corrected (the earlier version is kept):
cli-entry-deleted = Deleted (`log versions { $id }` still shows it):
cli-contact-deleted = Deleted { $name } ({ $id }).
cli-no-match = no contact matches "{ $query }"
cli-deal-opened = Opened a deal for { $contact }
cli-deal-deleted = Deleted the deal:
cli-deal-saved = Saved the deal:
cli-sync-merged-moved = Merged the conflicted copy { $file } and moved it to { $to }.
cli-sync-merged = Merged { $file }.
cli-sync-set-aside = Set aside { $file } ({ $reason }); it is now in { $to }.
cli-sync-skipped = Skipped { $file }: { $reason }.
cli-sync-brought = Brought in: { $counts }.
cli-sync-published = Published to { $file }.
cli-sync-waiting = Not published: another machine replaced { $file } at every attempt; this file's changes wait for the next sync.
cli-sync-up-to-date = Up to date with { $file }.

cli-field-aliases = also known as
cli-field-id = id
cli-field-kind = kind
cli-field-phone = phone
cli-phone-typed = typed { $phone }
cli-field-email = email
cli-field-account = account
cli-field-lifecycle = lifecycle
cli-field-status = status
cli-field-owner = owner
cli-field-source = source
cli-field-campaign = campaign
cli-field-origin = origin
cli-field-quality = quality
cli-field-flags = flags
cli-field-channel = preferred channel
cli-field-best-time = best time
cli-field-notes = notes
cli-show-deals = Deals
cli-show-tasks = Tasks
cli-show-timeline = Timeline ({ $count ->
        [one] 1 entry
       *[other] { $count } entries
    }, newest first)
cli-inbox-waiting-for-owner = { $count ->
        [one] 1 lead waits
       *[other] { $count } leads wait
    } for an owner: every salesperson is at sales_max_open.
cli-inbox-left-out = { $count ->
        [one] 1 expired lead is
       *[other] { $count } expired leads are
    } left out (leadometer inbox --expired).
cli-inbox-none-expired = No lead has expired.
cli-inbox-ago = { $age } ago
cli-inbox-expired-summary = { $count ->
        [one] 1 expired lead: untouched for { $days } days or more (sla.expire_after_days). A new entry brings it back.
       *[other] { $count } expired leads: untouched for { $days } days or more (sla.expire_after_days). A new entry brings one back.
    }
cli-inbox-begin = No contact yet. To begin:
cli-inbox-begin-add = adds a lead
cli-inbox-begin-import = imports contacts (CSV, vCard, a WhatsApp chat)
cli-inbox-begin-demo = opens an example desk
cli-deal-lose-with = to lose a deal use `leadometer deal lost DEAL --reason R`
cli-deal-lost-needs-reason = --reason: say why the deal was lost
cli-deal-expected = expected { $value }
cli-deal-needs-title = --title: a deal needs a title
cli-deal-bad-amount = --amount "{ $typed }" is not an amount, e.g. 12500 or 12,500.50
cli-deal-bad-probability = --probability { $typed } must be between 0.0 and 1.0
cli-deal-bad-currency = --currency "{ $typed }" is not a three-letter code such as ILS
cli-deal-not-a-stage = "{ $typed }" is not a stage; the stages are { $stages }
cli-deal-none-match = No deal matches.
cli-deal-unknown-stage = { $stage } (unknown)
cli-deal-count = { $count ->
        [one] 1 deal
       *[other] { $count } deals
    }:
cli-deal-total = { $amount }, expected { $expected }
cli-deal-not-a-stage-option = --stage "{ $typed }" is not a stage; the stages are { $stages }

cli-check-fine = { $file }: no problems found.
cli-check-found = { $file }: { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } found
cli-exported = Exported { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } to { $file }.
cli-export-cannot-write = cannot write the export
cli-export-out-link = --out { $file } is a symbolic link; an export replaces only a plain file, so name the file itself
cli-export-out-not-file = --out { $file } is not a plain file (a folder or a device); name a file to write
cli-export-cannot-look = cannot look at --out { $file }
cli-export-out-is-open-database = --out { $file } is the database this command has open (or one of its journals); an export there would replace your data
cli-export-out-is-database = --out { $file } is a database file; an export never replaces one
cli-export-out-is-journal = --out { $file } belongs to the database { $database }; an export never replaces a database's journal
cli-export-out-exists = --out { $file } already exists; pass --force to replace it
cli-cannot-write = cannot write { $file }
cli-backed-up = Backed up { $file } to { $to }.
cli-rescored = Rescored { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    } in { $seconds } s: { $changed ->
        [one] 1 score
       *[other] { $changed } scores
    } changed, { $raised ->
        [one] 1 lifecycle
       *[other] { $raised } lifecycles
    } raised, { $expired ->
        [one] 1 lead
       *[other] { $expired } leads
    } expired.
cli-overview-count = { $count ->
        [one] 1 contact
       *[other] { $count } contacts
    } in { $file }
cli-overview-recent = Most recently active:
cli-overview-try = Try: { $commands }
cli-restore-cannot = { $backup } cannot be restored
cli-restore-nothing = nothing was restored
cli-restored = Restored { $file } from { $backup }. What it held before is kept in { $aside }.
cli-restore-left-out = Left out of the backup (never run, never copied): { $object }
cli-restore-another-file = { $backup } is a backup of another Leadometer file (database id { $theirs }), not of { $file } (database id { $ours }); nothing was restored. To replace this file's leads with that file's anyway, pass --other-file
cli-restore-no-folder = cannot make the backups folder for { $file }
cli-restore-cannot-move-aside = { $refused }; and it cannot be moved aside
cli-restore-no-free-name = no free name in the backups folder
cli-restore-needs-yes = restoring replaces everything in { $file }; pass --yes to do it without asking
cli-restore-confirm = Replace everything in { $file } with { $backup }? What it holds now is kept aside first. [y/N]
cli-answer-yes = y, yes
cli-restore-hint = the newest sound backup is { $backup }; restore it with: leadometer --db { $file } restore { $backup }

cli-merge-nothing = nothing was merged from { $file }
cli-merge-would = Would merge { $file } into { $into }: { $counts }.
cli-merge-done = Merged { $file } into { $into }: { $counts }.
cli-merge-counts = { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    } added and { $updated } updated, { $interactions ->
        [one] 1 interaction
       *[other] { $interactions } interactions
    } added, and { $others } of phones, emails, accounts, deals, tasks, templates, campaigns and ticks added or changed
cli-merge-not-copied = Not copied: { $object }.
cli-merge-rows-aside = { $count ->
        [one] 1 row could not be stored here and is
       *[other] { $count } rows could not be stored here and are
    } kept aside whole (`leadometer check` lists them):
cli-merge-rows-aside-again = { $count ->
        [one] 1 row
       *[other] { $count } rows
    } refused again, already kept aside by an earlier merge.
cli-merge-clocks-distrusted = { $count ->
        [one] 1 change clock was not believed (not a clock, or over a day ahead); its value loses to any other change:
       *[other] { $count } change clocks were not believed (not a clock, or over a day ahead); their values lose to any other change:
    }
cli-merge-clock = { $table } { $row } { $field }: "{ $clock }" is { $reason }
cli-merge-not-a-clock = not a clock
cli-merge-clock-ahead = more than a day ahead
cli-and-more = … and { $count } more
cli-merge-texts-cleaned = { $count ->
        [one] 1 text value
       *[other] { $count } text values
    } held control characters or escape sequences, removed on the way in.
cli-merge-conflicts = { $count ->
        [one] 1 field was
       *[other] { $count } fields were
    } changed on both copies; the later change is kept and both are on the timeline:
cli-merge-conflict = { $who } · { $field }: kept { $kept } ({ $kept_by }, { $kept_at }), overwritten { $lost } ({ $lost_by }, { $lost_at })
cli-merge-nothing-value = nothing

cli-import-summary = Imported { $file }: { $counts }.
cli-import-summary-dry-run = Dry run of { $file }: { $counts }. Nothing was written.
cli-import-summary-counts = { $created } created, { $merged } merged, { $skipped } skipped
cli-import-summary-chat = { $count ->
        [one] 1 message
       *[other] { $count } messages
    } for { $with }, { $skipped } already there{ $corrected }
cli-import-summary-corrected = , { $count } of them now marked as sent by you
cli-import-sender-you = { $sender } (you): { $count ->
        [one] 1 message
       *[other] { $count } messages
    }
cli-import-sender-you-because = { $sender } (you: { $why }): { $count ->
        [one] 1 message
       *[other] { $count } messages
    }
cli-import-sender-exporter-why = only the exporter's deleted messages read "You deleted this message"
cli-import-sender-contact = { $sender }: { $count ->
        [one] 1 message
       *[other] { $count } messages
    }
cli-import-sender-contact-as = { $sender } ({ $timeline }): { $count ->
        [one] 1 message
       *[other] { $count } messages
    }
cli-import-sender-known = { $sender } (known contact): { $count ->
        [one] 1 message
       *[other] { $count } messages
    } on their timeline
cli-import-sender-known-as = { $sender } (known contact { $timeline }): { $count ->
        [one] 1 message
       *[other] { $count } messages
    } on their timeline
cli-import-sender-someone-else = { $sender }: { $count ->
        [one] 1 message
       *[other] { $count } messages
    } kept on { $timeline }'s timeline as from { $sender }
cli-import-refused = { $file }: { $count ->
        [one] 1 bad row, nothing imported; fix it or pass --skip-bad-rows
       *[other] { $count } bad rows, nothing imported; fix them or pass --skip-bad-rows
    }
cli-import-more-warnings = … and { $count } more (--json lists them all)

cli-deal-already-open = { $contact } already has the open deal "{ $title }" ({ $amount }, { $stage })
cli-triage-title-with-convert = --title and --amount go with convert
cli-triage-reason-with = --reason goes with drop or nurture
cli-triage-back-on-with = --back-on goes with nurture
cli-triage-another-deal-with = --another-deal goes with convert
cli-triage-back-on-past = --back-on: that is past; say when to come back to the lead
cli-triage-bad-amount = --amount "{ $typed }" is not an amount, e.g. 12500
cli-triage-drop-needs-reason = drop needs --reason, e.g. --reason "no budget"
cli-triage-done = { $contact }: status { $status }, lifecycle { $lifecycle }
cli-triage-follow-up = Follow-up: { $title }, due { $due }
cli-triage-already-open = { $open }; --another-deal opens a second one
cli-gen-not-empty = { $file } already holds contacts; gen only fills an empty database (use --db NEW.db)
cli-generated = Generated { $contacts ->
        [one] 1 contact
       *[other] { $contacts } contacts
    }, { $interactions ->
        [one] 1 interaction
       *[other] { $interactions } interactions
    }, { $deals ->
        [one] 1 deal
       *[other] { $deals } deals
    } and { $tasks ->
        [one] 1 task
       *[other] { $tasks } tasks
    } in { $seconds } s
cli-score-line = Score { $total } ({ $temperature }), lifecycle { $lifecycle }   [warm ≥ { $warm }, hot ≥ { $hot }; MQL at { $mql }, SQL at { $sql }]
cli-score-decayed = of { $points }, decayed
cli-score-evidence-at = { $what } at { $when }

cli-report-when-period = in { $label } ({ $first } to { $last })
cli-report-when-day = on { $day }
cli-report-when-between = from { $first } to { $last }
cli-report-so-far = { $actual } of { $target }
cli-report-funnel-beside = { $count ->
        [one] 1 lead stood
       *[other] { $count } leads stood
    } at "{ $other }" from the start, beside the ladder, and reached no stage.
cli-report-funnel-dates = Stage dates: { $events ->
        [one] 1 lead
       *[other] { $events } leads
    } from lifecycle entries on the timeline, { $creation ->
        [one] 1 lead
       *[other] { $creation } leads
    } from the creation date alone.
cli-report-period-before = The period before:
cli-report-not-a-date = { $option } "{ $typed }" is not a date (YYYY-MM-DD)
cli-report-csv-or-json = --csv and --json each choose the output; give one of them
cli-report-targets-not-split = the targets report is not split: each target names its own source; leave out --by
cli-report-nothing-created = No lead was created { $when }.
cli-report-funnel-title = Funnel of the { $count ->
        [one] 1 lead
       *[other] { $count } leads
    } created { $when }
cli-report-speed-title = Speed-to-lead of the { $count ->
        [one] 1 lead
       *[other] { $count } leads
    } created { $when }
cli-report-speed-answered = Answered { $answered } of { $leads }: median { $median }, 90th percentile { $p90 }.
cli-report-speed-running = ; { $count ->
        [one] 1 lead still inside the SLA is
       *[other] { $count } leads still inside the SLA are
    } not counted yet
cli-report-speed-within = Answered within the SLA: { $within } of { $decided } ({ $share }){ $waiting }.
cli-report-speed-expired = Went cold untouched (expired): { $count ->
        [one] 1 lead
       *[other] { $count } leads
    }.
cli-report-pipeline-open = Open pipeline: { $count ->
        [one] 1 deal
       *[other] { $count } deals
    }; { $stale } stale.
cli-report-pipeline-closed = Closed { $when }: { $won } won, { $lost } lost; win rate { $rate }.
cli-report-forecast = Forecast: the open pipeline, weighted, by expected close month
cli-report-reasons-disqualified = Leads created { $when }, disqualified: { $count }
cli-report-reasons-lost = Deals { $when }, lost: { $count }
cli-report-of-target = { $share }% of target
cli-report-sources-title = What each { $split } brought of the { $count ->
        [one] 1 lead
       *[other] { $count } leads
    } created { $when }; revenue in { $currency }, from their deals won at any time
cli-goal-sales-amount = sales amount
cli-goal-sales = sales
cli-goal-new-leads = new leads
cli-goal-new-leads-from = new leads from { $source }
cli-goal-mqls = MQLs
cli-goal-sqls = SQLs
cli-pace-reached = reached
cli-pace-on-pace = on pace
cli-pace-behind = behind

cli-task-needs-title = --title: say what to do
cli-task-cannot-complete = cannot mark the task done
cli-task-snooze-earlier = --to: "{ $typed }" is earlier than the task is due ({ $due }); pick a later time
cli-task-done = done
cli-task-open = open
cli-task-due = due { $due }
cli-task-whose = {" "}of { $owner }
cli-task-none-overdue = No overdue follow-ups{ $whose }.
cli-task-none-today = No follow-ups{ $whose } due today.
cli-task-none-week = No follow-ups{ $whose } due this week.
cli-task-none-open = No open follow-ups{ $whose }.
cli-task-no-match = TASK: no open task has the title or the id "{ $typed }"; `leadometer task list` numbers them
cli-task-id = id { $id }
cli-task-many-titled = TASK: { $count } open tasks are titled "{ $typed }"; give the number (from `leadometer task list`) or the id of one:
cli-task-no-list = TASK: { $number } is a number from `leadometer task list`, and no list was shown to { $user } on this file; run `leadometer task list` first
cli-task-list-stale = TASK: the tasks changed since the last `leadometer task list`, so { $number } may name another task now; run `leadometer task list` again
cli-task-not-in-list = TASK: the last `leadometer task list` numbered { $count ->
        [one] 1 task
       *[other] { $count } tasks
    }; { $number } is not one of them

cli-log-fix-nothing = give what to correct: --text, --outcome, --duration, --at or --direction
cli-log-needs-kind = give a kind and a contact, e.g. `log call "Dana Levi"`
cli-log-deal-of-another = --deal "{ $typed }" belongs to another contact
cli-edit-set-pair = --set "{ $typed }": write it as KEY=VALUE
cli-edit-needs-reason = --status disqualified needs --reason, e.g. --reason "no budget"
cli-edit-reason-with = --reason goes with --status disqualified
cli-edit-nothing = nothing to change: give at least one option, e.g. --status connected (see `leadometer edit --help`)
cli-edit-alias-needs-name = an alias needs a name
cli-edit-no-such-alias-none = "{ $typed }" is not an alias of the contact; it has none
cli-edit-no-such-alias = "{ $typed }" is not an alias of the contact; it has { $aliases }
cli-add-needs-name = --name: a lead needs a name
cli-deal-no-competitors = none
cli-deal-not-a-competitor = --remove-competitor "{ $typed }": the deal's competitors are { $competitors }
cli-deal-probability-not-number = --probability "{ $typed }" is not a number from 0.0 to 1.0 (or "stage")
cli-now-not-rfc3339 = LEADOMETER_NOW "{ $typed }" is not an RFC 3339 time
cli-schema-unknown = No --json output is called "{ $name }"; the outputs: { $names }
cli-restore-not-demo = restore works on your own file (--db PATH), not on the demo
cli-no-data-dir-demo = cannot find a data directory for the demo file; use --db PATH
cli-no-data-dir = cannot find a data directory for the database; use --db PATH

cli-edit-role-no-company = the contact belongs to no company; give --company too

cli-col-email = EMAIL
cli-col-title = TITLE
cli-col-probability = PROB
cli-col-probability-short = P
cli-col-expected = EXPECTED
cli-col-close = CLOSE
cli-col-id = ID
cli-col-priority = PRI
cli-col-goal = GOAL
cli-col-so-far = SO FAR
cli-col-pace = PACE

cli-bucket-under-5-min = < 5 min
cli-bucket-5-15-min = 5–15 min
cli-bucket-15-60-min = 15–60 min
cli-bucket-1-4-h = 1–4 h
cli-bucket-4-24-h = 4–24 h
cli-bucket-1-3-days = 1–3 days
cli-bucket-over-3-days = > 3 days
cli-report-group-none = (none)

cli-field-role = role
cli-field-emails = emails
cli-field-phones = phones
cli-field-flag = flag

cli-gen-not-a-count = not a whole number
cli-gen-too-many = { $count } is too many (at most { $max })

# Templates, sending and campaigns (template.rs, send.rs, campaign.rs).

cli-template-none = No template matches.
cli-template-personal = personal
cli-template-generic = generic
cli-template-language = language
cli-template-channels = channels
cli-template-kind = kind
cli-template-fields = fields
cli-template-subject = subject
cli-template-added = Added the template { $name }:
cli-template-saved = Saved the template { $name }:
cli-template-deleted = Deleted the template { $name } ({ $id }).
cli-template-needs-name = --name: a template needs a name
cli-template-needs-body = --body: write the message (or give --body-file PATH)
cli-template-empty-body = --body: the message is empty; write what it says
cli-template-body-file = --body-file { $path }: { $error }
cli-template-name-taken = --name: a template called "{ $name }" in { $language } exists already ({ $id }); give another name
cli-template-nothing-changed = "{ $name }" already reads so; nothing was changed
cli-template-ambiguous = "{ $typed }" names { $count } templates; give the id of the one you mean:
    { $candidates }
cli-col-language = LANGUAGE
cli-col-channels = CHANNELS
cli-col-kind = KIND
cli-col-fields = FIELDS
cli-col-contacts = CONTACTS
cli-col-template = TEMPLATE
cli-col-progress = PROGRESS

cli-send-do-not-contact = { $contact } is flagged ⊘ do-not-contact: they asked not to be contacted. Nothing was sent; to answer them all the same, add --anyway
cli-send-not-for-channel = the template "{ $template }" is not offered for { $channel } (only for { $channels }); pick another, or add the channel with `leadometer template edit`
cli-send-missing-fields = the template "{ $template }" has no value for { $contact } in { $count ->
        [one] the field
       *[other] the fields
    } { $fields }: give { $count ->
        [one] it
       *[other] them
    } with { $how }, or write the whole message with --text. Nothing was sent
cli-send-needs-text = give --template NAME or --text TEXT
cli-send-empty = --text: the message is empty; write what it says
cli-send-subject-only-email = --subject: only an email has a subject
cli-send-no-phone = { $contact } has no phone number a { $channel } message can go to; add one with `leadometer edit CONTACT --add-phone NUMBER`
cli-send-no-email = { $contact } has no email address; add one with `leadometer edit CONTACT --add-email ADDRESS`
cli-send-opener-failed = the message is logged as opened (entry { $id }), but { $opener } could not open its link ({ $error }). Open the link yourself and then run `leadometer sent { $id }`, or delete the entry with `leadometer log rm { $id }` and send again:
    { $link }
cli-send-logged-opened = Logged for { $contact } and opened with { $opener }; not yet confirmed as sent:
cli-send-logged-printed = Logged for { $contact }; not yet confirmed as sent:
cli-send-logged-sent = Logged for { $contact } as sent:
cli-send-confirm-with = Once it is sent: leadometer sent { $id }
cli-sent-confirmed = Confirmed as sent:
cli-sent-already = the message was confirmed as sent already (entry { $id })
cli-sent-not-waiting = { $id } is not a message waiting to be confirmed as sent

cli-campaign-none = No campaign yet: `leadometer campaign add NAME --source SOURCE` makes one.
cli-campaign-progress = { $done } of { $total } done
cli-campaign-about = { $contacts } · template: { $template }
cli-campaign-no-template = none
cli-campaign-template-gone = (deleted)
cli-campaign-no-members = No contact belongs to it yet.
cli-campaign-all-done = Every contact is done.
cli-campaign-added = Added the campaign { $name }:
cli-campaign-saved = Saved the campaign { $name }:
cli-campaign-deleted = Deleted the campaign { $name } ({ $id }).
cli-campaign-ticked = ✓ { $contact } is done in { $campaign }.
cli-campaign-unticked = { $contact } is to do again in { $campaign }.
cli-campaign-needs-by = say whose contacts it holds: --campaign, --source, --flag, --lifecycle or --owner
cli-campaign-needs-name = NAME: a campaign needs a name
cli-campaign-empty-value = --{ $option }: give the value that picks the campaign's contacts
cli-campaign-name-taken = a campaign called "{ $name }" exists already ({ $id }); give another name
cli-campaign-edit-nothing = nothing to change: give --name, --campaign, --source, --flag, --lifecycle, --owner, --template or --no-template
cli-campaign-nothing-changed = "{ $name }" already reads so; nothing was changed
cli-campaign-not-a-member = { $contact } is not in the campaign { $campaign } ({ $contacts }); nothing was ticked
cli-campaign-ambiguous = "{ $typed }" names { $count } campaigns; give the id of the one you mean:
    { $candidates }
cli-server-initialised = Set up the office { $office } on { $server }.
cli-server-already-initialised = The office { $office } on { $server } was set up already; its schema is up to date.
cli-server-next-steps = Next: `leadometer server invite NAME` for each desk, and server = "..." in each desk's config.
cli-server-moved-over = Moved over from { $file }: pushed { $count } rows, and wrote snapshot { $id } for new desks to start from.
cli-server-compacted = Wrote snapshot { $id } ({ $contacts } contacts, { $size } KB) and removed { $count } log entries it holds.
cli-server-invited = Created the role { $role }. Give its desk this line for its config: server = "{ $server }", and the password file { $file } (as server_password_file).
cli-server-snapshot-taken = Started from the server's snapshot.
cli-server-lost = The server held less than this desk had taken from it (restored from an older backup?): everything here was pushed to it again.
cli-server-newer-desks = Changes of desks running a newer Leadometer wait until this one is updated: { $desks }.
cli-server-pushed = Pushed { $count } changed rows.
cli-server-owed = { $count } changed rows wait here and go at the next sync.
cli-server-up-to-date = Up to date with { $server }.
cli-server-status = Server { $server }, office { $office }: { $entries } log entries; { $owed } changed rows wait here.
cli-server-status-snapshot = New desks start from snapshot { $id } ({ $size } KB).
cli-server-col-desk = DESK
cli-server-col-role = ROLE
cli-server-col-entries = ENTRIES
cli-server-col-behind = TO TAKE
cli-server-col-last-push = LAST PUSH

# config path|show|check|edit
cli-config-no-dir = cannot find a config directory; use --config PATH
cli-config-path-exists = { $file } (exists)
cli-config-path-missing = { $file } (does not exist: the defaults are used)
cli-config-sound = { $file }: no problems found.
cli-config-created = created { $file } from the example config
cli-config-cannot-create = cannot create { $file }
cli-config-no-editor = cannot start the editor "{ $editor }"; set VISUAL or EDITOR
cli-config-editor-failed = the editor "{ $editor }" ended with an error
cli-config-still-wrong = { $file } still has a problem; it is kept as you wrote it: fix it with `leadometer config edit`
cli-config-problem-at = { $file }:{ $line }: { $field }
cli-progress-import = Importing
cli-progress-gen = Generating
cli-progress-rescore = Rescoring
cli-progress-export = Exporting
cli-progress-merge = Merging
cli-progress-sync = Syncing
