## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Зміни з версії { $old } до версії { $new }:
cli-diff-none = (немає)
cli-signatures-heading = Підписи:
cli-signature-matches = чинний: підписано цю версію
cli-signature-content-changed = більше не чинний: план змінився після підписання
cli-signature-no-digest = неможливо перевірити: підсумок вмісту не записано
cli-signature-not-signed = ще не підписано
