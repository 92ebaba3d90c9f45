# Words and counts used all over: the desk, the command line and the reports.
# Plurals use Fluent's selectors on CLDR categories: English has [one] and [other].

count-leads = { $count ->
    [one] 1 lead
   *[other] { $count } leads
}
