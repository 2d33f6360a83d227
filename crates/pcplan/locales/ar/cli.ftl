## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = التغييرات من الإصدار { $old } إلى الإصدار { $new }:
cli-diff-none = (لا شيء)
cli-signatures-heading = التوقيعات:
cli-signature-matches = ساري: وُقّع على هذا الإصدار
cli-signature-content-changed = لم يعد ساريًا: تغيّرت الخطة بعد التوقيع
cli-signature-no-digest = لا يمكن التحقق: لم يُسجَّل ملخّص المحتوى
cli-signature-not-signed = لم يُوقَّع بعد
