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
