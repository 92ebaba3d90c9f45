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

more-below = … { $below } more
more-above = … { $above } above
more-both = … { $above } above, { $below } more
deals-loading = Loading the board…
deals-unknown-stage = unknown stage
deals-last-30-days = last 30 days
deals-days-in-stage = { $days }d in stage
deals-stale = stale
stage-won = Won
stage-lost = Lost
stage-call = Call
stage-meeting = Meeting
stage-quote = Quote
stage-closing = Closing
tasks-open = { $count } open
tasks-everyone = Everyone
tasks-mine = Mine
tasks-owner = Owner: { $owner }
group-overdue = OVERDUE
group-today = TODAY
group-this-week = THIS WEEK
group-later = LATER
col-due = DUE
col-task = TASK
col-contact = CONTACT
tasks-none-open = No follow-up is open. Find a contact with { $search }, then { $add } adds one.
tasks-none-mine = No open follow-up is yours. { $mine } switches Mine; { $owner } picks an owner, or everyone.
tasks-none-of = No open follow-up is { $owner }'s. { $mine } switches Mine; { $pick } picks an owner, or everyone.
cut-above = { $above } above
cut-below = … { $below } more

contacts-by = { $count } · by { $order }
order-last-activity = last activity
order-name = name
order-score = score
order-newest = newest
filter-lifecycle = lifecycle
filter-status = status
filter-owner = owner
filter-flag = flag
filter-source = source
filter-campaign = campaign
filter-account = account
contacts-none = Nobody is in the file yet. { $add } adds a lead; { $import } imports contacts.
contacts-none-pass = Nobody passes these filters. { $change } changes them; { $clear } clears them.
col-company = COMPANY
col-status = STATUS
col-lifecycle = LIFECYCLE
col-last-activity = LAST ACTIVITY
col-last = LAST
col-account = ACCOUNT
col-people = PEOPLE
col-deals = DEALS
col-total = TOTAL
accounts-none = No account yet. A contact's company makes one: { $key } on a contact sets its account.
accounts-account = Account
accounts-reading = Reading the account…
accounts-people = { $name } · people { $count }
accounts-nobody = Nobody here yet: + adds a contact.
accounts-deals = Deals { $count } · Σ { $total } · ≈ { $expected }
accounts-no-deal = No deal at this account.
score-no-contact = No contact open. Press { $search } to find one, or { $open } on an Inbox lead; then { $score } shows why it scores what it scores.
score-total = score { $total }
score-lifecycle = lifecycle { $lifecycle }
score-thresholds = warm ≥ { $warm } · hot ≥ { $hot } · MQL at { $mql } · SQL at { $sql }
score-no-rule = No rule fires for this contact.
score-decayed = (of { $base }, decayed)
score-rules = Rules
score-scroll = { $up } { $down } scroll
score-over-time = Over time: { $first } → { $last } since { $since }
score-no-change = Over time: no change yet

saved-follow-up = Follow-up added for { $name }
saved-dropped = { $name } dropped
saved-deal-lost = "{ $title }" lost: { $reason }
saved-owner = { $name } now belongs to { $owner }
saved-logged = Logged { $channel } for { $name }
saved-deal-opened = Deal "{ $title }" opened
saved-nurturing = { $name }: nurturing
saved-nurturing-until = { $name }: nurturing; a follow-up to come back { $when }
saved-added = Added { $name }
saved-came-back = { $name } is already here (they came back)
hint-next-key = : c logs the call
hint-version-kept = {" "}(the earlier version is kept)
undo-nothing = Nothing to undo in this desk yet.
redo-nothing = Nothing to redo.
undo-done = Undid: { $step }
redo-done = Redid: { $step }
undo-failed = Cannot undo "{ $step }": { $reason }
redo-failed = Cannot redo "{ $step }": { $reason }

saved-corrected = Corrected the { $kind } for { $name }

reach-whatsapp = WhatsApp chat
reach-call = Phone call
reach-sms = Text message
reach-email = New email
reach-do-not-contact = ⊘ do-not-contact: they asked not to be contacted; reach out only to answer them
sync-failed = sync failed
sync-running = syncing…
sync-never = not synced yet
sync-at = synced { $time }
sync-to-share = to share
sync-changes-to-share = changes to share
sync-conflicts-merged = { $count ->
        [one] 1 conflict merged
       *[other] { $count } conflicts merged
    }

import-stopping = Stopping the import of { $file }…
import-reading = Reading { $file }…
import-storing = Importing { $file }: { $done } of { $total }
import-failed = Nothing imported: { $message }
import-refused = { $count ->
        [one] Nothing imported from { $file }: 1 bad row
       *[other] Nothing imported from { $file }: { $count } bad rows
    }
import-title = Import { $file }
import-running-hint = { $stop } stops it; { $hide } hides it. Nothing is written until all of it is in.
import-line = line { $line }: { $message }
import-fix-them = Fix them, or import again with Bad rows: skip them.
import-and-more = … and { $more } more (the command line's --json lists them all)
import-closes = { $open } or { $back } closes

entry-title = the { $kind }: { $name }
entry-versions-title = versions of the { $kind }: { $name }
entry-in = in (they reached us)
entry-out = out (we reached them)
entry-by = by { $name }
entry-subject = Subject
entry-corrected = corrected { $when }: an earlier version is kept
entry-nothing-written = Nothing was written down.
version-deleted = deleted
version-current = current
version-first = first
version-earlier = earlier
version-saved = saved { $when } by { $name }
version-deleted-at = { $when } by { $name }

deal-title = Deal: { $title } · { $contact }
deal-expected = Expected
deal-own-probability = this deal's own
deal-stage-probability = the stage's
deal-probability = { $percent }% ({ $whose })
deal-expected-value = { $value } (amount × probability)
deal-unknown-stage = { $stage }: not a stage of the config's pipeline; < and > move it
deal-not-set = not set
deal-none-known = none known
deal-quotes = { $received } received of { $required } required
deal-stage-history = Stage history
deal-notes = Notes
deal-no-notes = none yet: e edits the deal
deal-opened-unrecorded = opened (its first stage was not recorded)

event-status = status { $from } → { $to }
event-lifecycle = lifecycle { $from } → { $to }
event-owner = owner { $from } → { $to }
event-deal-moved = deal "{ $deal }" { $from } → { $to }
event-imported-line = imported from { $file }, line { $line }
event-merged-line = merged with line { $line } of { $file }
event-chat-imported = { $count ->
        [one] 1 WhatsApp message
       *[other] { $count } WhatsApp messages
    } imported from { $file }
event-chat-corrected = corrected { $count ->
        [one] 1 WhatsApp message
       *[other] { $count } WhatsApp messages
    } as sent by you, from { $file }
event-came-back-via = came back via { $source }: added again as "{ $name }"
event-came-back = came back: added again as "{ $name }"
event-expired = expired: untouched for { $days ->
        [one] 1 day
       *[other] { $days } days
    } or more
event-not-expired = no longer expired: touched again
event-assigned = assigned to { $owner }
event-rule-full = rule "{ $rule }" matched, but everyone has { $count ->
        [one] 1 open lead
       *[other] { $count } open leads
    } or more
event-no-owner-room = No owner has room (all at sales_max_open = { $count }); waiting for an owner
event-convert = convert: deal "{ $deal }" opened in { $stage } (by { $by })
event-nurture-later = nurture: keep in touch for later (by { $by })
event-nurture = nurture: { $reason } (by { $by })
event-drop = drop: { $reason } (by { $by })
event-merged-with = merged with { $name } (id { $id })
event-merged-into = merged into { $name } (id { $id })
why-answered = they answered ({ $kind })
why-first-attempt = first attempt to reach them ({ $kind })
why-timeline-corrected = the timeline was corrected ({ $why })
why-score = score { $score } ≥ { $threshold }
why-worked-by = worked by { $owner }
why-rule = rule "{ $rule }"
why-hand-off-room = hand-off to sales (became SQL; a salesperson has room now)
why-hand-off = hand-off to sales (became SQL)
why-same-number = same number { $phone } once stored two ways

event-deal-opened = deal "{ $deal }" opened in { $stage }
event-deal-edited = deal "{ $deal }" edited: { $fields }
event-deal-deleted = deal "{ $deal }" deleted ({ $amount }, { $stage })
event-subject-decision = decision
event-subject-returned = returned
event-subject-assigned = assigned
event-subject-imported = imported
event-subject-merged = merged
event-subject-corrected = corrected
event-subject-expired = expired

event-subject-deal-stage = deal stage
event-subject-deal-opened = deal opened
event-subject-deal-edited = deal edited
event-subject-deal-deleted = deal deleted

score-field-kind = kind
score-field-role = role
score-field-source = source
score-field-campaign = campaign
score-field-origin = origin
score-field-flag = flag
score-field-quality = quality
score-field-lifecycle = lifecycle
score-field-emails = emails
score-field-phones = phones
score-field-country = country
score-field-returning = returning
score-field-won-before = won_before
score-value-true = true
score-value-false = false
score-role-at = { $role } at { $account }
rule-decision-maker = Decision maker
rule-pays-the-bills = Pays the bills
rule-came-to-us-inbound = Came to us (inbound)
rule-referred-by-someone = Referred by someone
rule-reachable-by-email = Reachable by email
rule-good-fit-quality-4 = Good fit (quality 4+)
rule-vip = VIP
rule-returning-customer = Returning customer
rule-bought-before = Bought before
rule-answered-on-whatsapp = Answered on WhatsApp
rule-called-us = Called us
rule-picked-up-our-call = Picked up our call
rule-keeps-writing-3-messages-in-a-week = Keeps writing (3+ messages in a week)
rule-met-us = Met us
rule-not-interested = Not interested
rule-bad-payer = Bad payer
rule-do-not-contact = Do not contact

desk-filters-cleared = Filters cleared: everyone is listed
desk-nothing-changed-deal = Nothing changed: nothing to save (Esc closes the form).
desk-deal-needs-title = a deal needs a title
desk-no-deal-open = no deal is open
desk-nothing-changed = Nothing changed: nothing to save.
desk-role-needs-account = the contact belongs to no company; fill Account too
desk-stopping-import = Stopping the import: nothing of it will be written.
desk-import-running = an import is running already
desk-no-entry-open = no entry is open
desk-import-which-file = File: say which file to import
desk-nothing-to-paste = Nothing to paste: the text held no letters
desk-come-back-past = Come back: that is past; say when to come back to the lead
desk-choose-reach = choose a way to reach them, then open it
desk-give-reason = give a reason (↑/↓ offers some)
desk-no-contact-selected = no contact is selected
desk-no-deal-selected = no deal is selected
desk-say-what-to-do = say what to do
desk-say-why-lost = say why it was lost (↑/↓ offers some)
desk-the-deal-needs-title = the deal needs a title
desk-lead-needs-name = the lead needs a name
desk-not-a-form = this dialog is not saved as a form
desk-not-saved-this-way = this dialog is not saved this way

desk-contact-nobody-matches = Contact: nobody matches; type part of a name, phone or email
desk-contact-matches = Contact: { $count } match; ↑/↓ picks one
desk-new-deal-title = { $name }: new deal
desk-not-an-amount = "{ $typed }" is not an amount, e.g. 12500 or 12,500.50
desk-not-a-currency = "{ $typed }" is not a three-letter code such as ILS
desk-not-an-open-stage = "{ $typed }" is not an open stage; ↑/↓ offers { $stages }
desk-not-a-percent = "{ $typed }" is not a number from 0 to 100
desk-percent-out-of-range = { $typed } is not from 0 to 100
desk-not-a-count = "{ $typed }" is not a number of quotes
desk-deal-opened = Deal "{ $deal }" opened for { $name } in { $stage }
desk-deal-saved = Saved the deal "{ $deal }": { $fields }
desk-contact-saved = Saved { $name }: { $fields }
desk-warning = ; warning: { $warning }
desk-nothing = nothing
desk-changed-meanwhile-by = changed meanwhile to { $value } by { $by } at { $at }; save again to overwrite
desk-changed-meanwhile = changed meanwhile to { $value } at { $at }; save again to overwrite
desk-changed-elsewhere = Changed meanwhile elsewhere: { $fields }. Save again to put yours over theirs; Esc keeps theirs.
desk-entry-deleted = Deleted the { $what } for { $name }
desk-entry-deleted-unknown = Deleted the { $what } for the contact
desk-opened-link = Opened { $link }
desk-opener-failed = cannot run the opener "{ $opener }": { $error } (set opener in the config)
desk-copied = Copied { $text }
desk-copy-failed = cannot copy: { $error }
desk-deal-moved = "{ $deal }" moved to { $stage }
desk-task-done = Done: { $task } ({ $name })
desk-task-snoozed = Snoozed to { $due }: { $task }
desk-added-to-account = { $name } is at { $account } as { $role }
desk-import-dates-unread = Nothing imported from { $file }: its dates read day first or month first; import it again and choose Dates
desk-import-beside = The import of { $file } goes on beside the desk; its summary will show here
desk-pasted-part = Pasted { $kept } of { $total } characters: a field holds { $kb } KB at most
pending-entry-for = the { $what } for { $name }
pending-follow-up-for = the follow-up for { $name }
pending-new-lead = the new lead { $name }
pending-change-for = the change for { $name }
pending-deal-move = the deal's move
pending-closing = closing "{ $task }"
pending-snooze = the snooze of "{ $task }"
pending-deal-deletion = the deal's deletion
pending-change = the change
pending-waiting = Waiting for the import (or another writer) to finish; { $what } will be saved
pending-saved = Saved: { $message }
pending-refused = Could not save { $what }: { $message }
pending-quitting = { $count ->
        [one] 1 save waits
       *[other] { $count } saves wait
    } for the file to be free; the desk closes once saved. Quit again to close now and lose them.
desk-help-key = { $key } shows every key
desk-file-replaced = { $path } was replaced; reopened it
desk-owner-changed-meanwhile = The owner was changed meanwhile to { $theirs } (by { $by }, { $at }); yours is { $yours }. Saving again puts yours over it; cancelling keeps theirs.
desk-amount-not-an-amount = Amount "{ $typed }" is not an amount, e.g. 12500
desk-second-deal = { $open }. Make a second deal? Enter makes it
desk-not-an-email = Email "{ $typed }" is not an email address
desk-sync-internal-error = an internal error stopped it ({ $report })
desk-snooze-pick = pick a time with ↑/↓, or type one ({ $hint })
desk-snooze-past = "{ $typed }" is past: a follow-up is snoozed to later
desk-snooze-earlier = That is earlier than it is due ({ $due }); pick a later time
desk-owner-has-no-follow-up = Owner: no open follow-up belongs to "{ $typed }" (↑/↓ lists those that have some)
desk-sync-failed = Sync failed: { $problem }
desk-sync-conflicts = The sync found { $count ->
        [one] a field
       *[other] { $count } fields
    } changed on two copies at once; the later change { $count ->
        [one] was
       *[other] were
    } kept, both are on the timeline
desk-deal-deleted = Deleted the deal "{ $deal }" ({ $amount } { $currency }, { $stage })

desk-nobody-holds-that = nobody the file knows holds that
desk-sync-stopped = the sync stopped before it ended
desk-file-replaced-unreadable = { $path } was replaced by a file that cannot be opened: { $error }
desk-paste-no-field = Paste into a field: open a dialog or / first
desk-reason-missing = a disqualified lead needs a reason (↑/↓ offers some)
desk-reason-not-disqualified = only a disqualified lead has one; set Status to disqualified, or empty it

why-deal-opened = deal "{ $deal }" opened
why-deal-won = deal "{ $deal }" won
why-deal-won-because = deal "{ $deal }" won ({ $reason })
why-deal-lost = deal "{ $deal }" lost
why-deal-lost-because = deal "{ $deal }" lost ({ $reason })
event-merge-conflict = { $what }: kept { $kept } ({ $kept_by }, { $kept_at }), overwritten { $lost } ({ $lost_by }, { $lost_at })
event-subject-merge-conflict = merge conflict
field-quotes-required = Quotes required
field-quotes-received = Quotes received

desk-more-below = … { $count } more
send-missing = No value for { $fields }: write it into the text, or delete it, before sending.
send-no-channel = Choose a channel: WhatsApp, SMS or email.
send-empty = The message is empty: write what it says.
send-not-for-channel = The template “{ $template }” is not for { $channel }: choose another channel or template.
send-opened = { $channel } to { $name } opened and logged as opened.
send-opener-failed = The message is logged as opened, but { $opener } could not open it: { $error }. Set opener in the config, then press o to reach them.
send-confirmed = { $channel } to { $name } confirmed as sent
refusal-not-opened = Select a message marked opened (sent from the desk) to confirm it was sent.
tab-campaigns = Campaigns
campaigns-none = No campaigns yet. { $new } makes one: the contacts of one source, campaign, flag, lifecycle stage or owner, worked through as a checklist with a template sent to each. { $templates } shows the message templates.
campaign-progress = { $done } of { $total } done
col-picks = CONTACTS
col-template = TEMPLATE
col-done = DONE
col-language = LANG
col-channels = CHANNELS
col-kind = KIND
col-fields = FIELDS
campaign-checklist-title = { $name } · { $picks } · { $progress }
campaign-template = Enter sends “{ $name }” · x ticks by hand
campaign-no-template = no template attached: Enter writes a message · x ticks by hand
campaign-nobody = No contact matches this campaign yet. Contacts whose field matches join it as they are added or edited; e changes what it picks.
campaigns-templates = Templates
campaign-ticked = { $name } ticked done.
campaign-unticked = { $name } is to do again.
campaign-deleted = Campaign “{ $name }” deleted
template-deleted = Template “{ $name }” deleted
campaign-saved = Campaign “{ $name }” saved.
template-saved = Template “{ $name }” saved.
template-unknown-channel = “{ $channel }” is not a channel: write whatsapp, sms or email
refusal-no-campaign = No campaign is selected.
refusal-no-template = No template is selected.
refusal-no-member = No contact is selected: this campaign holds nobody yet.
refusal-not-in-checklist = Open a campaign first (Enter): x ticks one of its contacts.
hint-send-confirm = {" "}Once it is sent, press s on its entry in the Timeline.
hint-speed-counts = : speed-to-lead counts it now.
hint-u-brings-back = : u brings it back.
refusal-already-sent = This message was confirmed as sent already.
send-unreachable = They have no phone number that can be dialled and no email address: add one (E) before sending.
send-not-reachable-on = They cannot be reached by { $channel }: choose another channel, or add a number or address (E).
campaign-gone = This campaign was deleted elsewhere (the command line, or a colleague's copy): back to the list.
entry-template = template “{ $name }”
send-file-busy = Another program holds the file: nothing was sent or logged. Press Ctrl-S to send again in a moment.
sync-offline = offline
desk-copy-asked-terminal = Asked the terminal to copy { $text } (OSC 52): paste to check, as some terminals ignore it
