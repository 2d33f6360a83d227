## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = Tagalog

# Date pattern for languages CLDR has no date data for (such as Hmong and Mien); CLDR formats every other
# locale's dates. Translators put day, month and year in their language's order.
# Filipino writes dates as "Marso 5, 2026", the same order as English (see same-as-english.txt).
date-format = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
