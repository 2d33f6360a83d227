## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = संस्करण { $old } से संस्करण { $new } तक बदलाव:
cli-diff-none = (कोई नहीं)
cli-signatures-heading = हस्ताक्षर:
cli-signature-matches = मान्य है: इस संस्करण पर हस्ताक्षर हुए
cli-signature-content-changed = अब मान्य नहीं: हस्ताक्षर के बाद योजना बदली
cli-signature-no-digest = जाँच नहीं हो सकती: सामग्री का सारांश दर्ज नहीं हुआ
cli-signature-not-signed = अभी हस्ताक्षर नहीं हुए
