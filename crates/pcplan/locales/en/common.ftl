## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = English

# Date pattern for languages CLDR has no date data for (such as Hmong and Mien); CLDR formats every other
# locale's dates. Translators put day, month and year in their language's order.
date-format = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
