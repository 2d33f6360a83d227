## 共用訊息：本語言的名稱，以及在 CLDR 沒有日期資料時使用的日期格式。

# 本語言的名稱，用本語言書寫。
language-name = 中文（繁體）

# 只在 CLDR 沒有日期資料的語言（例如苗語和勉語）使用；其他語言的日期由 CLDR 格式化。
# 中文的順序是年、月、日。
date-format = { $year }年{ $month }{ $day }日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月
