## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = ລາວ

# Date pattern for languages CLDR has no date data for; CLDR formats Lao dates. Day, month, year in Lao order.
date-format = { $day } { $month } { $year }
month-1 = ມັງກອນ
month-2 = ກຸມພາ
month-3 = ມີນາ
month-4 = ເມສາ
month-5 = ພຶດສະພາ
month-6 = ມິຖຸນາ
month-7 = ກໍລະກົດ
month-8 = ສິງຫາ
month-9 = ກັນຍາ
month-10 = ຕຸລາ
month-11 = ພະຈິກ
month-12 = ທັນວາ
