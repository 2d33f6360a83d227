## 共通のメッセージ：この言語の名前と、CLDR に日付データがない場合に使う日付の形式。

# この言語の名前（この言語で書く）。
language-name = 日本語

# CLDR に日付データがない言語（モン語、ミエン語など）でだけ使います。他の言語の日付は CLDR が整えます。
# 日本語の順序は年、月、日です。
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
