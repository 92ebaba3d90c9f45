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
