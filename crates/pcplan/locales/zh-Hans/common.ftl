## 共用消息：本语言的名称，以及在 CLDR 没有日期数据时使用的日期格式。

# 本语言的名称，用本语言书写。
language-name = 中文（简体）

# 只在 CLDR 没有日期数据的语言（例如苗语和勉语）使用；其他语言的日期由 CLDR 格式化。
# 中文的顺序是年、月、日。
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
