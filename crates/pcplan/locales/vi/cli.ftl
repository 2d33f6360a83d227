## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Thay đổi từ phiên bản { $old } đến phiên bản { $new }:
cli-diff-none = (không có)
cli-signatures-heading = Chữ ký:
cli-signature-matches = còn hiệu lực: đã ký phiên bản này
cli-signature-content-changed = không còn hiệu lực: kế hoạch đã thay đổi sau khi ký
cli-signature-no-digest = không thể kiểm tra: chưa ghi lại mã tóm tắt nội dung
cli-signature-not-signed = chưa ký
