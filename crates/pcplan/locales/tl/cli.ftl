## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Mga pagbabago mula bersyon { $old } hanggang bersyon { $new }:
cli-diff-none = (wala)
cli-signatures-heading = Mga lagda:
cli-signature-matches = may bisa: nilagdaan ang bersyong ito
cli-signature-content-changed = wala nang bisa: nagbago ang plano pagkatapos lumagda
cli-signature-no-digest = hindi masuri: walang naitalang buod ng nilalaman
cli-signature-not-signed = hindi pa nilalagdaan
