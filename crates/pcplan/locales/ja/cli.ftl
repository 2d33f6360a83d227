## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = バージョン { $old } からバージョン { $new } への変更:
cli-diff-none = (なし)
cli-signatures-heading = 署名:
cli-signature-matches = 有効: このバージョンに署名済み
cli-signature-content-changed = 無効: 署名の後に計画が変更されました
cli-signature-no-digest = 確認できません: 内容のダイジェストが記録されていません
cli-signature-not-signed = まだ署名されていません
