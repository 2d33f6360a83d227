## `pcplan diff` as text: what changed between two versions, and where each signature stands.
## $old and $new are version numbers.
cli-diff-heading = Փոփոխություններ { $old } տարբերակից { $new } տարբերակ՝
cli-diff-none = (չկա)
cli-signatures-heading = Ստորագրություններ՝
cli-signature-matches = ուժի մեջ է՝ ստորագրվել է այս տարբերակը
cli-signature-content-changed = այլևս ուժի մեջ չէ՝ պլանը փոխվել է ստորագրելուց հետո
cli-signature-no-digest = հնարավոր չէ ստուգել՝ բովանդակության ամփոփագիր չի գրանցվել
cli-signature-not-signed = դեռ ստորագրված չէ
