## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Cambios de la versión { $old } a la versión { $new }:
cli-diff-none = (ninguno)
cli-signatures-heading = Firmas:
cli-signature-matches = vale: firmó esta versión
cli-signature-content-changed = ya no vale: el plan cambió después de la firma
cli-signature-no-digest = no se puede comprobar: no se registró el resumen del contenido
cli-signature-not-signed = todavía sin firmar
