# מילים ומספרים שמופיעים בכל מקום. בעברית יש [one], [two] ו-[other].

count-leads = { $count ->
    [one] ליד אחד
    [two] 2 לידים
   *[other] { $count } לידים
}
