## Shared messages: the language's own name and the date pattern used where CLDR has no data.

# The name of this language, in this language.
language-name = ខ្មែរ

# Date pattern for languages CLDR has no date data for; CLDR formats Khmer dates. Day, month, year in Khmer order.
date-format = { $day } { $month } { $year }
month-1 = មករា
month-2 = កុម្ភៈ
month-3 = មីនា
month-4 = មេសា
month-5 = ឧសភា
month-6 = មិថុនា
month-7 = កក្កដា
month-8 = សីហា
month-9 = កញ្ញា
month-10 = តុលា
month-11 = វិច្ឆិកា
month-12 = ធ្នូ
