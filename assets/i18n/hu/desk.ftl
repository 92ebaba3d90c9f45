# A pult: képernyők, párbeszédablakok és amit az állapotsor mond.

app-name = Leadometer
tab-inbox = Beérkezett
tab-timeline = Idővonal
tab-deals = Üzletek
tab-score = Pontszám
tab-tasks = Feladatok
tab-contacts = Kapcsolatok
tab-accounts = Cégek
tab-reports = Jelentések
status-help = { $key } súgó
help-title = Billentyűk, a konfiguráció [keys] alatti nevükkel
history-filter-title = Keresés az előzményekben ({ $apply } alkalmaz, { $cancel } mégse)
search-title = Keresés: telefonszám-számjegyek, e-mail, név vagy cég
search-empty = Írd be egy szám, egy e-mail vagy egy név bármely részét.
search-unknown-number = Ez a szám senkié. A(z) { $key } új érdeklődőként veszi fel.
form-discard = Elveted, amit beírtál? Még egy { $key } elveti; bármely más billentyű visszalép.
more-lines = … még { $count } sor
more-fields = még { $count } mező
fields-above = { $arrow } { $fields } fent
fields-below = { $arrow } { $fields } lent
