## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = فارسی

# Date pattern for languages CLDR has no date data for; CLDR formats Persian dates. Day, month, year
# (Gregorian months, as used in the United States).
date-format = { $day } { $month } { $year }
month-1 = ژانویه
month-2 = فوریه
month-3 = مارس
month-4 = آوریل
month-5 = مه
month-6 = ژوئن
month-7 = ژوئیه
month-8 = اوت
month-9 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
