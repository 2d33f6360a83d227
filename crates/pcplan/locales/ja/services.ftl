## 請求の指摘（SV1–SV7）：サービス記録と各支援の請求条件・承認の照合。
## 各メッセージには直し方を示す `.help` 属性があります。引数は件数のみで、記録の値は含みません。

services-unknown-support = この記録は請求条件のない支援を指しているため、請求されません。
    .help = 支援の請求条件（処置コード、サービス単位、単価）を追加するか、記録の支援 ID を直してください。
services-outside-billing-period = このサービスは請求期間外に提供されたため、この請求には含まれません。
    .help = 提供された期間の請求に含めてください。
services-outside-authorization = このサービスは承認の期間外のため、請求されません。
    .help = ヘルスプランに承認の延長または更新を依頼するか、記録の日付を直してください。
services-units-capped = { $requested } 単位のうち { $billed } 単位のみ請求しました。承認は合計 { $authorized } 単位までです。
    .help = ヘルスプランに追加の単位を依頼するか、承認を超える支払いにプランが同意した場合のみ残りを請求してください。
services-units-above-authorization = 承認された { $authorized } 単位を超えて { $over } 単位を請求します。
    .help = 請求を送る前にヘルスプランに確認してください。承認を超える単位は通常支払われません。
services-missing-minutes = 時間単位のサービスのこの記録には分数も単位数もないため、請求されません。
    .help = サービスにかかった分数を記入してください。
services-below-one-unit = その日の提供時間は請求できる単位に達しません。
    .help = 記録が正しければ直す必要はありません。端数処理の規則により、短い接触は請求されません。

## モニタリングの指摘（SM1–SM6）：提供されたサービスとプランの内容の照合。引数は件数です。

monitor-not-in-plan = この記録は、プランにない支援を指しています。
    .help = 記録の支援 ID を直すか、提供する前にご本人と一緒にそのサービスをプランに加えてください。
monitor-outside-support-dates = このサービスは、プランにある支援の期間外に提供されました。
    .help = 記録の日付を直すか、ご本人と一緒にプランの支援の期間を更新してください。
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = この期間に提供されたのは、プランの内容の { $percent }% だけです。
    .help = ご本人とサービス提供者に何が妨げになったかを聞き、遅れを取り戻す方法を見つけるか、ご本人と一緒にプランを変更してください。
monitor-above-plan = この期間に、プランの内容の { $percent }% が提供されました。
    .help = 記録が正しいか確認してください。ご本人にもっと必要な場合は、ご本人と一緒にプラン（と承認）を更新してください。
monitor-missing-authorization = ヘルスプランが承認がある場合にのみ支払うコードでサービスが提供されましたが、この支援には承認がありません。
    .help = ヘルスプランに承認を依頼し、その番号を支援に記録してください。それまでは、これらのサービスは支払われません。
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = 予定された { $missed } 回続けて、このサービスが提供されませんでした（この期間の予定は { $scheduled } 回）。
    .help = ご本人とサービス提供者に連絡してください。長い空白は、だれも気づかないうちにサービスが止まっていることを意味する場合があります。

## 「私のサービスの進み具合」：ご本人が受けたサービスを、プランの内容と並べて示す文書。

# The document's title. $name: the person's name.
services-title = 私のサービスの進み具合：{ $name }
services-heading = 私のサービスの進み具合
# $from and $to: the first and last day of the period, already formatted.
services-intro = このページは、{ $from }から{ $to }までに私がサービスで受けたものを、私のプランの内容と並べて示しています。
services-plan-says = 私のプランでは：
services-i-got = 私が受けたもの：
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }、{ $count }回
services-none-delivered = この期間の記録はありません。
services-last = 最後に受けた日：
services-as-planned = これは、だいたい私のプランのとおりです。
services-below = これは、私のプランより少ないです。
services-above = これは、私のプランより多いです。
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed }回続けて、プランで決まっているときにサービスが来ませんでした。
services-none = この期間に記録されたサービスはありません。
services-talk = 何かおかしいと思ったら、私のケアコーディネーターに相談できます。私はいつでもプランの変更を求めることができます。

## スタッフ向けの利用状況の表：期間中の支援ごとに1行。

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from }から{ $to }までのサービス
utilization-col-support = 支援
utilization-col-planned = 予定
utilization-col-delivered = 提供済み
utilization-col-services = サービス回数
utilization-col-authorization = 承認
utilization-col-used = 使用した単位数
utilization-col-remaining = 残りの単位数
utilization-col-missed = 最長の空白
utilization-not-tracked = これらの記録にはありません
utilization-findings = 指摘
