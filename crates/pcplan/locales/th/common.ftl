## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = ไทย

# Date pattern for languages CLDR has no date data for; CLDR formats Thai dates. Day, month, year in Thai order.
date-format = { $day } { $month } { $year }
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม
