# Amit a parancssor embereknek ír ki (a --json kimenetben soha).

cli-warning = figyelmeztetés: { $text }
cli-added = Felvéve: { $contact }
cli-came-back = { $contact } már megvan: visszatért (az idővonalon rögzítve)
cli-saved = Mentve: { $contact }
cli-logged-for = Rögzítve: { $contact }:
cli-corrected = Javítva (a korábbi változat megmarad):
cli-entry-deleted = Törölve (a `log versions { $id }` továbbra is mutatja):
cli-contact-deleted = Törölve: { $name } ({ $id }).
cli-no-match = „{ $query }” egyetlen kapcsolattal sem egyezik
cli-deal-opened = Üzlet megnyitva: { $contact }
cli-deal-deleted = Az üzlet törölve:
cli-deal-saved = Az üzlet mentve:
cli-sync-merged-moved = Az ütköző példány ({ $file }) összefésülve, és áthelyezve ide: { $to }.
cli-sync-merged = Összefésülve: { $file }.
cli-sync-set-aside = Félretéve: { $file } ({ $reason }); most itt van: { $to }.
cli-sync-skipped = Kihagyva: { $file }: { $reason }.
cli-sync-brought = Behozva: { $counts }.
cli-sync-published = Közzétéve ide: { $file }.
cli-sync-waiting = Nincs közzétéve: egy másik gép minden kísérletnél lecserélte ezt: { $file }; a fájl változásai a következő szinkronra várnak.
cli-sync-up-to-date = Naprakész ehhez képest: { $file }.
