## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = 버전 { $old }에서 버전 { $new }(으)로 바뀐 점:
cli-diff-none = (없음)
cli-signatures-heading = 서명:
cli-signature-matches = 유효함: 이 버전에 서명함
cli-signature-content-changed = 더 이상 유효하지 않음: 서명 후 계획이 바뀜
cli-signature-no-digest = 확인할 수 없음: 내용 요약값이 기록되지 않음
cli-signature-not-signed = 아직 서명하지 않음
