# Mindenhol használt szavak és számok. A magyarban számnév után egyes szám áll:
# a [one] és az [other] alak ugyanaz a főnév.

count-leads = { $count ->
    [one] 1 érdeklődő
   *[other] { $count } érdeklődő
}
