## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = 从第 { $old } 版到第 { $new } 版的变更：
cli-diff-none = （无）
cli-signatures-heading = 签名：
cli-signature-matches = 有效：签署的是此版本
cli-signature-content-changed = 不再有效：签名后计划有变动
cli-signature-no-digest = 无法核对：未记录内容摘要
cli-signature-not-signed = 尚未签名
