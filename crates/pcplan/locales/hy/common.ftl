## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = Հայերեն

# Date pattern for languages CLDR has no date data for; CLDR formats Armenian dates. Day, month, year, as in
# "5 մարտի, 2026 թ."; the month names are in the genitive form that dates use.
date-format = { $day } { $month }, { $year } թ.
month-1 = հունվարի
month-2 = փետրվարի
month-3 = մարտի
month-4 = ապրիլի
month-5 = մայիսի
month-6 = հունիսի
month-7 = հուլիսի
month-8 = օգոստոսի
month-9 = սեպտեմբերի
month-10 = հոկտեմբերի
month-11 = նոյեմբերի
month-12 = դեկտեմբերի
