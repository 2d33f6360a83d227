## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = การเปลี่ยนแปลงจากฉบับ { $old } เป็นฉบับ { $new }:
cli-diff-none = (ไม่มี)
cli-signatures-heading = ลายมือชื่อ:
cli-signature-matches = ยังใช้ได้: ลงนามในฉบับนี้แล้ว
cli-signature-content-changed = ใช้ไม่ได้แล้ว: แผนเปลี่ยนหลังจากลงนาม
cli-signature-no-digest = ตรวจสอบไม่ได้: ไม่ได้บันทึกค่าสรุปเนื้อหา
cli-signature-not-signed = ยังไม่ได้ลงนาม
