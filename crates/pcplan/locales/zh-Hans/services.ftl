## 计费结果（SV1–SV7）：服务记录与各项支持的计费条款和授权的对照。
## 每条消息都有 `.help` 属性说明如何修正。参数只是数目，绝不包含记录中的值。

services-unknown-support = 此记录指向一项没有计费条款的支持，因此不计费。
    .help = 添加该支持的计费条款（处置代码、服务单位、费率），或更正记录中的支持 ID。
services-outside-billing-period = 此服务在计费期之外提供，因此不在本次申报中。
    .help = 请在提供服务的那个计费期申报。
services-outside-authorization = 此服务不在授权日期之内，因此不计费。
    .help = 请健康计划延长或续签授权，或更正记录的日期。
services-units-capped = { $requested } 个单位中只计费了 { $billed } 个：授权总共允许 { $authorized } 个单位。
    .help = 向健康计划申请更多单位；只有在计划同意支付超出授权的部分时，才对其余部分计费。
services-units-above-authorization = 超出 { $authorized } 个授权单位，多计费 { $over } 个单位。
    .help = 发送申报前请先与健康计划确认：超出授权的单位通常会被拒付。
services-missing-minutes = 这条按时间计费的服务记录既没有分钟数也没有单位数，因此不计费。
    .help = 请填写服务用了多少分钟。
services-below-one-unit = 当天提供的分钟数不足一个可计费单位。
    .help = 如果记录无误，则无需修改：按照取整规则，简短的接触不计费。

## 监测结果（SM1–SM6）：实际提供的服务与计划内容的对照。参数都是数目。

monitor-not-in-plan = 此记录指向一项不在计划中的支持。
    .help = 更正记录中的支持 ID，或在提供服务之前和本人一起把这项服务加入计划。
monitor-outside-support-dates = 此服务是在计划中该支持的日期之外提供的。
    .help = 更正记录的日期，或和本人一起更新计划中该支持的日期。
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = 本期间只提供了计划内容的 { $percent }%。
    .help = 询问本人和服务提供者遇到了什么阻碍，并设法补上，或和本人一起修改计划。
monitor-above-plan = 本期间提供了计划内容的 { $percent }%。
    .help = 请核实记录是否正确；如果本人需要更多服务，请和本人一起更新计划（以及授权）。
monitor-missing-authorization = 这些服务所用的代码，健康计划只有在有授权时才会支付，而该支持没有任何授权。
    .help = 向健康计划申请授权，并在该支持中记录授权号码；在此之前，这些服务不会获得支付。
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = 连续 { $missed } 次预定的时间都没有提供这项服务（本期间共预定 { $scheduled } 次）。
    .help = 请联系本人和服务提供者：长时间中断可能表示服务已经停止，却没有人注意到。

## “我的服务进行得怎么样”：给本人看的文件，列出本人得到的服务，并与计划内容对照。

# The document's title. $name: the person's name.
services-title = 我的服务进行得怎么样：{ $name }
services-heading = 我的服务进行得怎么样
# $from and $to: the first and last day of the period, already formatted.
services-intro = 这一页列出从{ $from }到{ $to }我从服务中得到了什么，旁边是我的计划怎么说。
services-plan-says = 我的计划写的是：
services-i-got = 我得到的：
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }，{ $count }次
services-none-delivered = 这段时间没有任何记录。
services-last = 最近一次：
services-as-planned = 这和我的计划差不多。
services-below = 这比我的计划少。
services-above = 这比我的计划多。
# $missed: how many scheduled times in a row went by without the service.
services-gap = 连续{ $missed }次，服务没有在我的计划说的时间来。
services-none = 这段时间没有记录到任何服务。
services-talk = 如果有什么不对，我可以和我的护理协调员谈一谈。我随时都可以要求修改我的计划。

## 给工作人员的使用情况表：每项支持在本期间占一行。

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from }至{ $to }的服务
utilization-col-support = 支持
utilization-col-planned = 计划量
utilization-col-delivered = 已提供
utilization-col-services = 服务次数
utilization-col-authorization = 授权
utilization-col-used = 已用单位
utilization-col-remaining = 剩余单位
utilization-col-missed = 最长中断
utilization-not-tracked = 不在这些记录中
utilization-findings = 检查结果
