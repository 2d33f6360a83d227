## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = Tiếng Việt

# Date pattern for languages CLDR has no date data for (such as Hmong and Mien); CLDR formats every other
# locale's dates. Translators put day, month and year in their language's order.
date-format = ngày { $day } { $month } năm { $year }
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12
