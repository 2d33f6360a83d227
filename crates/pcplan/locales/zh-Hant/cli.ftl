## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = 從第 { $old } 版到第 { $new } 版的變更：
cli-diff-none = （無）
cli-signatures-heading = 簽名：
cli-signature-matches = 有效：簽署的是此版本
cli-signature-content-changed = 不再有效：簽名後計畫有變動
cli-signature-no-digest = 無法核對：未記錄內容摘要
cli-signature-not-signed = 尚未簽名
