## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = 한국어

# Date pattern for languages CLDR has no date data for (such as Hmong and Mien); CLDR formats every other
# locale's dates. Translators put day, month and year in their language's order.
date-format = { $year }년 { $month } { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월
