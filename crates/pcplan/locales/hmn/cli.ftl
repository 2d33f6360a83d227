## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Tej yam hloov ntawm version { $old } mus rau version { $new }:
cli-diff-none = (tsis muaj)
cli-signatures-heading = Kos npe:
cli-signature-matches = tseem siv tau: tau kos npe rau version no
cli-signature-content-changed = siv tsis tau lawm: daim phiaj hloov tom qab kos npe
cli-signature-no-digest = kuaj tsis tau: tsis tau sau cov ntsiab lus digest cia
cli-signature-not-signed = tsis tau kos npe
