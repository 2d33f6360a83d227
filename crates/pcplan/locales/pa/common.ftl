## ਸਾਂਝੇ ਸੁਨੇਹੇ: ਭਾਸ਼ਾ ਦਾ ਆਪਣਾ ਨਾਮ ਅਤੇ ਤਾਰੀਖ਼ ਦਾ ਨਮੂਨਾ (ਜਿੱਥੇ CLDR ਕੋਲ ਡਾਟਾ ਨਹੀਂ)।

# ਇਸ ਭਾਸ਼ਾ ਦਾ ਨਾਮ, ਇਸੇ ਭਾਸ਼ਾ ਵਿੱਚ।
language-name = ਪੰਜਾਬੀ

# Punjabi dates come from CLDR; these messages are required to exist.
date-format = { $day } { $month } { $year }
month-1 = ਜਨਵਰੀ
month-2 = ਫ਼ਰਵਰੀ
month-3 = ਮਾਰਚ
month-4 = ਅਪ੍ਰੈਲ
month-5 = ਮਈ
month-6 = ਜੂਨ
month-7 = ਜੁਲਾਈ
month-8 = ਅਗਸਤ
month-9 = ਸਤੰਬਰ
month-10 = ਅਕਤੂਬਰ
month-11 = ਨਵੰਬਰ
month-12 = ਦਸੰਬਰ
