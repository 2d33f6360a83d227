## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = ការផ្លាស់ប្តូរពីកំណែ { $old } ទៅកំណែ { $new }៖
cli-diff-none = (គ្មាន)
cli-signatures-heading = ហត្ថលេខា៖
cli-signature-matches = នៅមានសុពលភាព៖ បានចុះហត្ថលេខាលើកំណែនេះ
cli-signature-content-changed = លែងមានសុពលភាព៖ ផែនការបានផ្លាស់ប្តូរក្រោយការចុះហត្ថលេខា
cli-signature-no-digest = មិនអាចពិនិត្យបាន៖ មិនបានកត់ត្រាសេចក្តីសង្ខេបខ្លឹមសារ
cli-signature-not-signed = មិនទាន់ចុះហត្ថលេខា
