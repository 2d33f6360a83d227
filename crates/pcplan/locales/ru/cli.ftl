## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Изменения с версии { $old } по версию { $new }:
cli-diff-none = (нет)
cli-signatures-heading = Подписи:
cli-signature-matches = действует: подписана эта версия
cli-signature-content-changed = больше не действует: план изменился после подписания
cli-signature-no-digest = нельзя проверить: сводка содержимого не записана
cli-signature-not-signed = ещё не подписано
