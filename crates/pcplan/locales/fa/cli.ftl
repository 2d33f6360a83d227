## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = تغییرات از نسخهٔ { $old } به نسخهٔ { $new }:
cli-diff-none = (هیچ)
cli-signatures-heading = امضاها:
cli-signature-matches = معتبر است: این نسخه امضا شده
cli-signature-content-changed = دیگر معتبر نیست: برنامه پس از امضا تغییر کرد
cli-signature-no-digest = قابل بررسی نیست: چکیدهٔ محتوا ثبت نشده
cli-signature-not-signed = هنوز امضا نشده
