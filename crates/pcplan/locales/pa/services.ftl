## ਬਿਲਿੰਗ ਦੇ ਨਤੀਜੇ (SV1–SV7): ਸੇਵਾ ਰਿਕਾਰਡ ਬਨਾਮ ਬਿਲਿੰਗ ਸ਼ਰਤਾਂ ਅਤੇ ਅਧਿਕਾਰ।
## ਹਰ ਸੁਨੇਹੇ ਵਿੱਚ `.help` ਗੁਣ ਹੈ ਜੋ ਦੱਸਦਾ ਹੈ ਕਿ ਕਿਵੇਂ ਠੀਕ ਕਰਨਾ ਹੈ। ਦਲੀਲਾਂ ਸਿਰਫ਼ ਗਿਣਤੀਆਂ ਹਨ, ਰਿਕਾਰਡ ਦਾ ਡਾਟਾ ਕਦੇ ਨਹੀਂ।

services-unknown-support = ਇਹ ਰਿਕਾਰਡ ਅਜਿਹੀ ਸਹਾਇਤਾ ਦਾ ਨਾਮ ਲੈਂਦਾ ਹੈ ਜਿਸ ਦੀਆਂ ਕੋਈ ਬਿਲਿੰਗ ਸ਼ਰਤਾਂ ਨਹੀਂ ਹਨ, ਇਸ ਲਈ ਇਸ ਦਾ ਬਿੱਲ ਨਹੀਂ ਬਣਦਾ।
    .help = ਸਹਾਇਤਾ ਦੀਆਂ ਬਿਲਿੰਗ ਸ਼ਰਤਾਂ (ਪ੍ਰਕਿਰਿਆ ਕੋਡ, ਸੇਵਾ ਇਕਾਈ, ਦਰ) ਜੋੜੋ, ਜਾਂ ਰਿਕਾਰਡ ਵਿੱਚ ਸਹਾਇਤਾ ਦੀ ਆਈਡੀ ਠੀਕ ਕਰੋ।
services-outside-billing-period = ਇਹ ਸੇਵਾ ਬਿਲਿੰਗ ਮਿਆਦ ਤੋਂ ਬਾਹਰ ਦਿੱਤੀ ਗਈ ਸੀ, ਇਸ ਲਈ ਇਹ ਇਸ ਦਾਅਵੇ ਵਿੱਚ ਨਹੀਂ ਹੈ।
    .help = ਇਸ ਦਾ ਬਿੱਲ ਉਸ ਮਿਆਦ ਨਾਲ ਬਣਾਓ ਜਿਸ ਵਿੱਚ ਸੇਵਾ ਦਿੱਤੀ ਗਈ ਸੀ।
services-outside-authorization = ਇਹ ਸੇਵਾ ਆਪਣੇ ਅਧਿਕਾਰ ਦੀਆਂ ਤਾਰੀਖਾਂ ਤੋਂ ਬਾਹਰ ਹੈ, ਇਸ ਲਈ ਇਸ ਦਾ ਬਿੱਲ ਨਹੀਂ ਬਣਦਾ।
    .help = ਸਿਹਤ ਯੋਜਨਾ ਨੂੰ ਅਧਿਕਾਰ ਵਧਾਉਣ ਜਾਂ ਨਵਿਆਉਣ ਲਈ ਕਹੋ, ਜਾਂ ਰਿਕਾਰਡ ਦੀ ਤਾਰੀਖ ਠੀਕ ਕਰੋ।
services-units-capped = { $requested } ਵਿੱਚੋਂ ਸਿਰਫ਼ { $billed } ਇਕਾਈਆਂ ਦਾ ਬਿੱਲ ਬਣਿਆ: ਅਧਿਕਾਰ ਕੁੱਲ { $authorized } ਇਕਾਈਆਂ ਦੀ ਇਜਾਜ਼ਤ ਦਿੰਦਾ ਹੈ।
    .help = ਸਿਹਤ ਯੋਜਨਾ ਤੋਂ ਹੋਰ ਇਕਾਈਆਂ ਮੰਗੋ, ਜਾਂ ਬਾਕੀ ਦਾ ਬਿੱਲ ਤਾਂ ਹੀ ਬਣਾਓ ਜੇ ਯੋਜਨਾ ਅਧਿਕਾਰ ਤੋਂ ਵੱਧ ਭੁਗਤਾਨ ਲਈ ਸਹਿਮਤ ਹੋਵੇ।
services-units-above-authorization = { $authorized } ਅਧਿਕਾਰਤ ਇਕਾਈਆਂ ਤੋਂ ਵੱਧ { $over } ਇਕਾਈਆਂ ਦਾ ਬਿੱਲ ਬਣ ਰਿਹਾ ਹੈ।
    .help = ਦਾਅਵਾ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਸਿਹਤ ਯੋਜਨਾ ਨਾਲ ਪੁਸ਼ਟੀ ਕਰੋ: ਅਧਿਕਾਰ ਤੋਂ ਵੱਧ ਇਕਾਈਆਂ ਅਕਸਰ ਰੱਦ ਹੁੰਦੀਆਂ ਹਨ।
services-missing-minutes = ਸਮੇਂ ਅਨੁਸਾਰ ਸੇਵਾ ਦੇ ਇਸ ਰਿਕਾਰਡ ਵਿੱਚ ਨਾ ਮਿੰਟ ਹਨ ਨਾ ਇਕਾਈਆਂ, ਇਸ ਲਈ ਇਸ ਦਾ ਬਿੱਲ ਨਹੀਂ ਬਣਦਾ।
    .help = ਲਿਖੋ ਕਿ ਸੇਵਾ ਵਿੱਚ ਕਿੰਨੇ ਮਿੰਟ ਲੱਗੇ।
services-below-one-unit = ਉਸ ਦਿਨ ਦੇ ਮਿੰਟ ਕਿਸੇ ਵੀ ਬਿੱਲ ਯੋਗ ਇਕਾਈ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚਦੇ।
    .help = ਜੇ ਰਿਕਾਰਡ ਸਹੀ ਹੈ ਤਾਂ ਕੁਝ ਠੀਕ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ: ਗੋਲ ਕਰਨ ਦੇ ਨਿਯਮ ਅਨੁਸਾਰ ਛੋਟੇ ਸੰਪਰਕ ਦਾ ਬਿੱਲ ਨਹੀਂ ਬਣਦਾ।

## ਨਿਗਰਾਨੀ ਦੇ ਨਤੀਜੇ (SM1–SM6): ਦਿੱਤੀਆਂ ਗਈਆਂ ਸੇਵਾਵਾਂ ਬਨਾਮ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੀਆਂ ਗੱਲਾਂ। ਦਲੀਲਾਂ ਸਿਰਫ਼ ਗਿਣਤੀਆਂ ਹਨ।

monitor-not-in-plan = ਇਹ ਰਿਕਾਰਡ ਅਜਿਹੀ ਸਹਾਇਤਾ ਦਾ ਨਾਮ ਲੈਂਦਾ ਹੈ ਜੋ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ।
    .help = ਰਿਕਾਰਡ ਵਿੱਚ ਸਹਾਇਤਾ ਦੀ ਆਈਡੀ ਠੀਕ ਕਰੋ, ਜਾਂ ਸੇਵਾ ਦੇਣ ਤੋਂ ਪਹਿਲਾਂ ਵਿਅਕਤੀ ਨਾਲ ਮਿਲ ਕੇ ਇਸ ਨੂੰ ਯੋਜਨਾ ਵਿੱਚ ਜੋੜੋ।
monitor-outside-support-dates = ਇਹ ਸੇਵਾ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੀਆਂ ਸਹਾਇਤਾ ਦੀਆਂ ਤਾਰੀਖਾਂ ਤੋਂ ਬਾਹਰ ਦਿੱਤੀ ਗਈ ਸੀ।
    .help = ਰਿਕਾਰਡ ਦੀ ਤਾਰੀਖ ਠੀਕ ਕਰੋ, ਜਾਂ ਵਿਅਕਤੀ ਨਾਲ ਮਿਲ ਕੇ ਯੋਜਨਾ ਵਿੱਚ ਸਹਾਇਤਾ ਦੀਆਂ ਤਾਰੀਖਾਂ ਅੱਪਡੇਟ ਕਰੋ।
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = ਇਸ ਮਿਆਦ ਵਿੱਚ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੀ ਮਾਤਰਾ ਦਾ ਸਿਰਫ਼ { $percent }% ਹੀ ਦਿੱਤਾ ਗਿਆ।
    .help = ਵਿਅਕਤੀ ਅਤੇ ਸੇਵਾ ਪ੍ਰਦਾਤਾ ਤੋਂ ਪੁੱਛੋ ਕਿ ਕੀ ਰੁਕਾਵਟ ਆਈ, ਅਤੇ ਕਮੀ ਪੂਰੀ ਕਰਨ ਦਾ ਜਾਂ ਵਿਅਕਤੀ ਨਾਲ ਮਿਲ ਕੇ ਯੋਜਨਾ ਬਦਲਣ ਦਾ ਤਰੀਕਾ ਲੱਭੋ।
monitor-above-plan = ਇਸ ਮਿਆਦ ਵਿੱਚ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੀ ਮਾਤਰਾ ਦਾ { $percent }% ਦਿੱਤਾ ਗਿਆ।
    .help = ਜਾਂਚੋ ਕਿ ਰਿਕਾਰਡ ਸਹੀ ਹਨ; ਜੇ ਵਿਅਕਤੀ ਨੂੰ ਹੋਰ ਲੋੜ ਹੈ, ਤਾਂ ਉਨ੍ਹਾਂ ਨਾਲ ਮਿਲ ਕੇ ਯੋਜਨਾ (ਅਤੇ ਅਧਿਕਾਰ) ਅੱਪਡੇਟ ਕਰੋ।
monitor-missing-authorization = ਸੇਵਾਵਾਂ ਅਜਿਹੇ ਕੋਡ ਹੇਠ ਦਿੱਤੀਆਂ ਗਈਆਂ ਜਿਸ ਦਾ ਭੁਗਤਾਨ ਸਿਹਤ ਯੋਜਨਾ ਸਿਰਫ਼ ਅਧਿਕਾਰ ਹੋਣ 'ਤੇ ਕਰਦੀ ਹੈ, ਅਤੇ ਇਸ ਸਹਾਇਤਾ ਦਾ ਕੋਈ ਅਧਿਕਾਰ ਨਹੀਂ ਹੈ।
    .help = ਸਿਹਤ ਯੋਜਨਾ ਤੋਂ ਅਧਿਕਾਰ ਮੰਗੋ ਅਤੇ ਉਸ ਦਾ ਨੰਬਰ ਸਹਾਇਤਾ ਵਿੱਚ ਦਰਜ ਕਰੋ; ਉਦੋਂ ਤੱਕ ਇਨ੍ਹਾਂ ਸੇਵਾਵਾਂ ਦਾ ਭੁਗਤਾਨ ਨਹੀਂ ਹੋਵੇਗਾ।
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = ਲਗਾਤਾਰ { $missed } ਤੈਅ ਵਾਰੀਆਂ ਇਹ ਸੇਵਾ ਨਹੀਂ ਦਿੱਤੀ ਗਈ (ਇਸ ਮਿਆਦ ਵਿੱਚ ਕੁੱਲ { $scheduled } ਵਾਰੀਆਂ ਤੈਅ ਸਨ)।
    .help = ਵਿਅਕਤੀ ਅਤੇ ਸੇਵਾ ਪ੍ਰਦਾਤਾ ਨਾਲ ਸੰਪਰਕ ਕਰੋ: ਲੰਮੇ ਵਕਫ਼ੇ ਦਾ ਮਤਲਬ ਹੋ ਸਕਦਾ ਹੈ ਕਿ ਸੇਵਾ ਬੰਦ ਹੋ ਗਈ ਹੈ ਅਤੇ ਕਿਸੇ ਨੇ ਧਿਆਨ ਨਹੀਂ ਦਿੱਤਾ।

## "ਮੇਰੀਆਂ ਸੇਵਾਵਾਂ ਕਿਵੇਂ ਚੱਲ ਰਹੀਆਂ ਹਨ": ਵਿਅਕਤੀ ਲਈ ਦਸਤਾਵੇਜ਼ ਕਿ ਉਨ੍ਹਾਂ ਨੂੰ ਕੀ ਮਿਲਿਆ, ਅਤੇ ਨਾਲ ਹੀ ਉਨ੍ਹਾਂ ਦੀ ਯੋਜਨਾ ਕੀ ਕਹਿੰਦੀ ਹੈ।

# The document's title. $name: the person's name.
services-title = ਮੇਰੀਆਂ ਸੇਵਾਵਾਂ ਕਿਵੇਂ ਚੱਲ ਰਹੀਆਂ ਹਨ: { $name }
services-heading = ਮੇਰੀਆਂ ਸੇਵਾਵਾਂ ਕਿਵੇਂ ਚੱਲ ਰਹੀਆਂ ਹਨ
# $from and $to: the first and last day of the period, already formatted.
services-intro = ਇਹ ਪੰਨਾ ਦਿਖਾਉਂਦਾ ਹੈ ਕਿ { $from } ਤੋਂ { $to } ਤੱਕ ਮੈਨੂੰ ਆਪਣੀਆਂ ਸੇਵਾਵਾਂ ਤੋਂ ਕੀ ਮਿਲਿਆ, ਅਤੇ ਨਾਲ ਹੀ ਇਹ ਕਿ ਮੇਰੀ ਯੋਜਨਾ ਕੀ ਕਹਿੰਦੀ ਹੈ।
services-plan-says = ਮੇਰੀ ਯੋਜਨਾ ਕਹਿੰਦੀ ਹੈ:
services-i-got = ਮੈਨੂੰ ਕੀ ਮਿਲਿਆ:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count } ਵਾਰ
services-none-delivered = ਇਸ ਮਿਆਦ ਲਈ ਕੁਝ ਵੀ ਦਰਜ ਨਹੀਂ ਹੈ।
services-last = ਪਿਛਲੀ ਵਾਰ:
services-as-planned = ਇਹ ਲਗਭਗ ਓਨਾ ਹੀ ਹੈ ਜਿੰਨਾ ਮੇਰੀ ਯੋਜਨਾ ਕਹਿੰਦੀ ਹੈ।
services-below = ਇਹ ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੇ ਤੋਂ ਘੱਟ ਹੈ।
services-above = ਇਹ ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਲਿਖੇ ਤੋਂ ਵੱਧ ਹੈ।
# $missed: how many scheduled times in a row went by without the service.
services-gap = ਲਗਾਤਾਰ { $missed } ਵਾਰ, ਸੇਵਾ ਉਦੋਂ ਨਹੀਂ ਆਈ ਜਦੋਂ ਮੇਰੀ ਯੋਜਨਾ ਅਨੁਸਾਰ ਉਸ ਨੂੰ ਆਉਣਾ ਚਾਹੀਦਾ ਸੀ।
services-none = ਇਸ ਮਿਆਦ ਲਈ ਕੋਈ ਸੇਵਾ ਦਰਜ ਨਹੀਂ ਹੈ।
services-talk = ਜੇ ਕੁਝ ਠੀਕ ਨਹੀਂ ਹੈ, ਤਾਂ ਮੈਨੂੰ ਆਪਣੇ ਦੇਖਭਾਲ ਕੋਆਰਡੀਨੇਟਰ ਨਾਲ ਗੱਲ ਕਰਨ ਦਾ ਹੱਕ ਹੈ। ਮੈਨੂੰ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣੀ ਯੋਜਨਾ ਬਦਲਣ ਲਈ ਕਹਿਣ ਦਾ ਹੱਕ ਹੈ।

## ਸਟਾਫ਼ ਲਈ ਵਰਤੋਂ ਦੀ ਸਾਰਣੀ: ਮਿਆਦ ਦੌਰਾਨ ਹਰ ਸਹਾਇਤਾ ਲਈ ਇੱਕ ਕਤਾਰ।

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from } ਤੋਂ { $to } ਤੱਕ ਸੇਵਾਵਾਂ
utilization-col-support = ਸਹਾਇਤਾ
utilization-col-planned = ਯੋਜਨਾ ਅਨੁਸਾਰ
utilization-col-delivered = ਦਿੱਤੀ ਗਈ
utilization-col-services = ਸੇਵਾਵਾਂ ਦੀ ਗਿਣਤੀ
utilization-col-authorization = ਅਧਿਕਾਰ
utilization-col-used = ਵਰਤੀਆਂ ਇਕਾਈਆਂ
utilization-col-remaining = ਬਾਕੀ ਇਕਾਈਆਂ
utilization-col-missed = ਸਭ ਤੋਂ ਲੰਮਾ ਵਕਫ਼ਾ
utilization-not-tracked = ਇਨ੍ਹਾਂ ਰਿਕਾਰਡਾਂ ਵਿੱਚ ਨਹੀਂ
utilization-findings = ਨਤੀਜੇ
