## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = ການປ່ຽນແປງຈາກສະບັບ { $old } ຫາສະບັບ { $new }:
cli-diff-none = (ບໍ່ມີ)
cli-signatures-heading = ລາຍເຊັນ:
cli-signature-matches = ຍັງໃຊ້ໄດ້: ໄດ້ເຊັນສະບັບນີ້
cli-signature-content-changed = ໃຊ້ບໍ່ໄດ້ແລ້ວ: ແຜນປ່ຽນແປງຫຼັງຈາກເຊັນ
cli-signature-no-digest = ກວດບໍ່ໄດ້: ບໍ່ໄດ້ບັນທຶກສະຫຼຸບເນື້ອຫາ
cli-signature-not-signed = ຍັງບໍ່ໄດ້ເຊັນ
