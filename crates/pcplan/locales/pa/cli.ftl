## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = ਸੰਸਕਰਣ { $old } ਤੋਂ ਸੰਸਕਰਣ { $new } ਤੱਕ ਬਦਲਾਅ:
cli-diff-none = (ਕੋਈ ਨਹੀਂ)
cli-signatures-heading = ਦਸਤਖ਼ਤ:
cli-signature-matches = ਜਾਇਜ਼ ਹੈ: ਇਸ ਸੰਸਕਰਣ ’ਤੇ ਦਸਤਖ਼ਤ ਹੋਏ
cli-signature-content-changed = ਹੁਣ ਜਾਇਜ਼ ਨਹੀਂ: ਦਸਤਖ਼ਤ ਤੋਂ ਬਾਅਦ ਯੋਜਨਾ ਬਦਲੀ
cli-signature-no-digest = ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕਦੀ: ਸਮੱਗਰੀ ਦਾ ਸਾਰ ਦਰਜ ਨਹੀਂ ਹੋਇਆ
cli-signature-not-signed = ਅਜੇ ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋਏ
