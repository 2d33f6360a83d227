## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Changes from version { $old } to version { $new }:
cli-diff-none = (none)
cli-signatures-heading = Signatures:
cli-signature-matches = holds: signed this version
cli-signature-content-changed = no longer holds: the plan changed after signing
cli-signature-no-digest = cannot be checked: no content digest was recorded
cli-signature-not-signed = not signed yet
