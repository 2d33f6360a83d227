## 流程和同意规则（P1–P8）以及审查规则（R1–R3）的检查结果。
## 每个问题一条消息，每条都有 `.help` 属性，说明如何修改。消息不会包含计划中的内容；
## 参数是限制和数量。

## P1
p1-person-signature-missing = 计划已经生效，但本人还没有签名。
    .help = 请本人在计划上签名，并写下日期。法定代表人可以代替本人签名。如果本人无法签名，请写下原因。
p1-person-signature-undated = 本人的签名没有日期。
    .help = 写下本人（或其代表人）签署计划的日期。
p1-unable-to-sign-reason-missing = 计划写着本人无法签名，但没有写原因。
    .help = 写下本人为什么无法签名，以及谁在场见证。
p1-provider-signature-missing = 没有任何服务提供者在计划上签名。
    .help = 请负责执行计划某部分的每位服务提供者签名，并写下日期。
p1-provider-signature-undated = 服务提供者的签名没有日期。
    .help = 写下服务提供者签署计划的日期。

## P2
p2-signature-in-future = 这个签名的日期是将来的日期。
    .help = 核对签名页上的日期，并改正。
p2-signature-before-meeting = 这个签名的日期早于最近一次计划会议。
    .help = 核对日期。如果日期没错，请签名人阅读最近一次会议后的计划，再签一次名。

## P3
p3-content-changed-after-signing = 这个人签名之后，计划内容有了变更。
    .help = 和本人及每位签名人一起看过这些变更，并请他们再签一次名。如果变更是错误，请把它改回来。

## P4
p4-conflict-without-exception = 计划制定人和某位服务提供者有利益冲突，而且没有写下例外批准。
    .help = 写下已批准的例外，以及如何保护本人。如果没有批准的例外，请由另一位计划制定人来写这份计划。

## P5
p5-no-copy-to-person = 计划没有显示本人已经拿到副本。
    .help = 用本人的语言和格式给本人一份计划副本，并写下给的日期。
p5-not-offered-for-review = 没有让本人拿到副本来检查和修改。
    .help = 给本人一份副本，让本人阅读和修改，并写下你已经这样做了。
p5-no-copy-to-representative = 这位代表人还没有拿到计划副本。
    .help = 在本人同意下，给本人的代表人一份副本，并记录下来。
p5-no-copy-to-provider = 这位服务提供者还没有拿到计划副本。
    .help = 在本人同意下，给每位执行计划的服务提供者一份副本，并记录下来。

## P6
p6-copy-not-in-written-language = 本人的副本不是用本人阅读的语言写的。
    .help = 给本人一份用本人喜欢阅读的语言写的副本。如果本人选了别的语言，请记录下来。
p6-copy-not-in-requested-format = 本人的副本不是本人要求的格式。
    .help = 给本人一份大字版、音频版、盲文版或本人要求的格式的副本。如果本人选了别的格式，请记录下来。
p6-text-not-in-written-language = 这段文字不是用本人阅读的语言写的。
    .help = 请合格的翻译员加上本人语言的翻译。

## P7
p7-time-place-not-chosen = 计划没有显示会议的时间和地点是本人选的。
    .help = 问本人想在什么时间、什么地点开会，并记录是本人选的。
p7-attendee-not-invited = 有人参加了会议，但不是本人邀请的。
    .help = 问本人希望谁参加会议。如果这个人有法定权力，例如监护人，请记录下来。

## P8
p8-interpreter-not-qualified = 会议的口译员没有标明为合格口译员。
    .help = 下次会议请用合格的口译员，并记录下来。
p8-interpreter-minor = 会议上由儿童担任口译。
    .help = 不要请儿童做口译。下次会议请用合格的成年口译员。

## R1
r1-next-review-missing = 计划没有下次审查的日期。
    .help = 定下次审查的日期，不能超过上次审查后12个月。
r1-next-review-too-late = 下次审查的日期超过上次审查后{ $months }个月。
    .help = 把下次审查改到上次审查后{ $months }个月以内。
r1-review-overdue = 审查已经逾期。
    .help = 尽快和本人一起进行审查，然后写下新的审查日期。

## R2
r2-no-review-after-change = 本人的生活有了重大变化，但计划之后还没有审查过。
    .help = 和本人谈谈这个变化，一起审查计划。然后把修订记录下来。

## R3
r3-update-request-not-answered = 本人要求修改计划，但计划没有在{ $days }天内修订。
    .help = 和本人见面，谈谈本人想修改什么，一起修订计划，并把修订记录下来。
