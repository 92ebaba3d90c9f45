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
