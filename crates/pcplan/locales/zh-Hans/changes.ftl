## 与上一版计划相比有什么变更：每项变更一句话，对本人说（用“您”）。
## 计划中的文字已经是文件的语言，而且没有句号：$goal（目标）、$name（支持、团队成员或代表人）、
## $text（需求）、$risk、$step、$right（受到限制的权利）。中文用“”引用计划中的文字。日期（$date）和数字已格式化。
## $case 是 "added"（之前没有值）、"removed"（现在没有值）或 "changed"。
## $field 是计划中变更的部分（计划文件中的字段名称）；是非类变更的 $after 是 "true" 或 "false"。

## 支持的数量，用在其他句子里：“每周12小时”、“一次2,350美元”。

# $quantity：数字，用来选择单复数（中文只用 other）；$number：同一个数字，已格式化。$unit：单位。
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number }分钟
    }
    [quarter-hour] { $quantity ->
       *[other] { $number }个15分钟
    }
    [hour] { $quantity ->
       *[other] { $number }小时
    }
    [half-day] { $quantity ->
       *[other] { $number }个半天
    }
    [day] { $quantity ->
       *[other] { $number }天
    }
    [visit] { $quantity ->
       *[other] { $number }次探访
    }
    [session] { $quantity ->
       *[other] { $number }节
    }
    [meal] { $quantity ->
       *[other] { $number }餐
    }
    [trip] { $quantity ->
       *[other] { $number }趟车程
    }
    [mile] { $quantity ->
       *[other] { $number }英里
    }
    [dollar] { $number }美元
    [item] { $quantity ->
       *[other] { $number }件
    }
   *[none] { $number }
}

# $amount：带单位的数量（上面的消息）。$interval：频率。
change-amount-interval = { $interval ->
    [day] 每天{ $amount }
    [week] 每周{ $amount }
    [month] 每月{ $amount }
    [year] 每年{ $amount }
    [one-time] 一次{ $amount }
    [as-needed] 在您要求时{ $amount }
   *[none] { $amount }
}

# 没有写下数量的支持。
change-amount-none = 没有固定数量

## 整份计划。

# $field：计划的 "start"（开始）或 "end"（结束）。
change-plan-period = { $field ->
    [start] 您的计划现在从{ $date }开始。
   *[end] { $case ->
        [removed] 您的计划不再有结束日期。
       *[other] 您的计划现在在{ $date }结束。
    }
}

# 关于本人的信息有变更。句子只说是哪一类信息。
change-person = { $field ->
    [legalName] 计划中您的法定姓名已变更。
    [preferredNames] 您希望别人怎么称呼您的名字已变更。
    [pronouns] 您的人称代词已变更。
    [identityLanguage] 您希望别人怎么描述您已变更。
    [birthDate] 您的出生日期已变更。
    [identifiers] 您的识别号码已变更。
    [contact] 您的联系信息已变更。
    [emergencyContacts] 您的紧急联系人已变更。
    [language] 您选择的语言或格式已变更。
    [residence] 您住的地方已变更。
   *[other] 您的个人信息已变更。
}

## 代表人。$name：名字；$role：种类，来自 change-representative-kind。

change-representative-kind = { $kind ->
    [guardian] 监护人
    [conservator] 受托监护人（conservator）
    [authorized-representative] 授权代表
    [power-of-attorney] 授权书持有人
    [supported-decision-maker] 协助您做决定的支持者
   *[other] 代表人
}
change-representative-added = { $name }现在以您的{ $role }身份列在您的计划中。
change-representative-removed = { $name }不再以您的{ $role }身份列在您的计划中。
change-representative-changed = 关于您的{ $role }{ $name }的信息已变更。

## 个人简介。$field：哪一个列表。

change-profile = { $field ->
    [likeAndAdmire] 大家喜欢和欣赏您的地方已更新。
    [strengths] 您的长处已更新。
    [interests] 您的兴趣已更新。
    [talents] 您的才能已更新。
    [importantTo] 对您来说重要的事已更新。
    [howToSupport] 怎样最能支持您已更新。
    [preferences] 您的偏好已更新。
   *[other] 您的个人简介已更新。
}

## 需求。$text：需求，用简单的话写。

change-need-added = 您的计划加入了一项需求：“{ $text }”。
change-need-removed = 这项需求已不在您的计划中：“{ $text }”。
change-need-changed = { $field ->
    [description] 您计划中的一项需求现在写成：“{ $text }”。
    [confidential] 可以看这项需求的人已变更：“{ $text }”。
   *[other] 这项需求的细节已更新：“{ $text }”。
}

## 目标。$goal：目标，用简单的话写。

change-goal-added = 您的计划有一个新目标：“{ $goal }”。
change-goal-removed = 这个目标已不在您的计划中：“{ $goal }”。
# $field："statement"（用简单的话写的目标）或 "ownWords"（本人自己的话）。$before、$after：文字。
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] 目标“{ $goal }”中您自己说的话已被删除。
       *[other] 一个目标中您自己说的话现在是：“{ $after }”。
    }
   *[statement] 您的目标“{ $before }”现在写成：“{ $after }”。
}
# $status：目标的新状态。
change-goal-status = { $status ->
    [proposed] 您的目标“{ $goal }”现在是提议中。
    [active] 您现在正在努力实现目标“{ $goal }”。
    [achieved] 您实现了目标“{ $goal }”。
    [on-hold] 您的目标“{ $goal }”目前暂停。
   *[discontinued] 您的目标“{ $goal }”不再进行。
}
# $field："targetDate"、"expressedBy"（谁说出这个目标）或 "needIds"（目标对应的需求）。
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] 您的目标“{ $goal }”不再有预定日期。
       *[other] 您的目标“{ $goal }”的预定日期现在是{ $date }。
    }
    [expressedBy] 谁说出您的目标“{ $goal }”的记录已变更。
    [confidential] 可以看您的目标“{ $goal }”的人已变更。
   *[other] 您的目标“{ $goal }”对应的需求已变更。
}

## 实现目标的步骤。$step：步骤；$goal：它的目标。

change-step-added = 实现目标“{ $goal }”的新步骤：“{ $step }”。
change-step-removed = 这个步骤不再是目标“{ $goal }”的一部分：“{ $step }”。
# $who：现在负责这个步骤的团队成员（可能是空的）。
change-step-changed = { $field ->
    [description] 实现目标“{ $goal }”的一个步骤现在写成：“{ $step }”。
    [responsibleId] { $case ->
        [removed] 由谁做步骤“{ $step }”已变更。
       *[other] 现在由{ $who }做步骤“{ $step }”。
    }
    [byPerson] { $after ->
        [true] 现在由您自己做步骤“{ $step }”。
       *[other] 现在由您团队中的人做步骤“{ $step }”。
    }
    [withIds] 和您一起做步骤“{ $step }”的人已变更。
    [targetDate] { $case ->
        [removed] 步骤“{ $step }”不再有预定日期。
       *[other] 步骤“{ $step }”的预定日期现在是{ $date }。
    }
    [done] { $after ->
        [true] 步骤“{ $step }”已完成。
       *[other] 步骤“{ $step }”不再标为已完成。
    }
   *[other] 步骤“{ $step }”已更新。
}

## 支持。$name：支持的名称。

# 有 $amount（例如“每周12小时”）时，$case 是 "amount"。
change-support-added = { $case ->
    [amount] 您的计划加入了支持“{ $name }”：{ $amount }。
   *[other] 您的计划加入了支持“{ $name }”。
}
change-support-removed = 支持“{ $name }”已不在您的计划中。
# $before、$after：旧名称和新名称。
change-support-renamed = 您的支持“{ $before }”现在叫做“{ $after }”。
# $before：旧的数量；单位和频率不变时只有数字（“从10改为每周12小时”）。
change-support-amount = 您的支持“{ $name }”从{ $before }改为{ $after }。
# $before、$after：旧的和新的服务提供者名称。
change-support-provider = { $case ->
    [added] 现在由{ $after }提供您的支持“{ $name }”。
    [removed] 您的支持“{ $name }”不再写明服务提供者。
   *[changed] 您的支持“{ $name }”现在改由{ $after }提供，不再由{ $before }提供。
}
# $field："startDate" 或 "endDate"。
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] 您的支持“{ $name }”不再有开始日期。
       *[other] 您的支持“{ $name }”现在从{ $date }开始。
    }
   *[endDate] { $case ->
        [removed] 您的支持“{ $name }”不再有结束日期。
       *[other] 您的支持“{ $name }”现在在{ $date }结束。
    }
}
# $after：支持现在是付费时为 "true"。
change-support-paid = { $after ->
    [true] 您的支持“{ $name }”现在是付费服务。
   *[other] 您的支持“{ $name }”现在是您生活中的人给的无偿支持。
}
# $field：支持的哪一个细节有变更。
change-support-changed = { $field ->
    [description] 您的支持“{ $name }”的内容说明已改写。
    [location] 您在哪里得到支持“{ $name }”已变更。
    [fundingSource] 由谁支付您的支持“{ $name }”已变更。
    [selfDirected] { $after ->
        [true] 您现在自己主导您的支持“{ $name }”。
       *[other] 您不再自己主导您的支持“{ $name }”。
    }
    [deliveryPreferences] 您希望支持“{ $name }”怎么提供已变更。
    [critical] { $after ->
        [true] 您的计划现在写明您的健康或安全要依靠支持“{ $name }”。
       *[other] 您的计划不再写明您的健康或安全要依靠支持“{ $name }”。
    }
    [backup] 如果您的支持“{ $name }”没有到，该怎么办已变更。
    [ratePerUnit] 您的支持“{ $name }”的付费费率已变更。
    [goalIds] 您的支持“{ $name }”帮助的目标已变更。
    [needIds] 您的支持“{ $name }”帮助的需求已变更。
    [code] 您的支持“{ $name }”的服务代码已变更。
    [schedule] 您什么时候得到支持“{ $name }”已变更。
    [authorization] 健康计划对您的支持“{ $name }”的批准已变更。
    [confidential] 可以看您的支持“{ $name }”的人已变更。
   *[other] 您的支持“{ $name }”的细节已变更。
}
# $after：团队现在记录没有找到无偿支持时为 "true"。
change-natural-supports-none = { $after ->
    [true] 您的计划现在写明没有找到您生活中的人给的无偿支持。
   *[other] 您的计划不再写明没有找到无偿支持。
}

## 风险。$risk：风险，用简单的话写；$after：新的文字。

change-risk-added = 您的计划列出一个新的风险：“{ $risk }”。
change-risk-removed = 这个风险已不在您的计划中：“{ $risk }”。
change-risk-mitigation = { $case ->
    [removed] 您的计划不再写明您如何在风险“{ $risk }”下保持安全。
   *[other] 您如何在风险“{ $risk }”下保持安全，现在是：“{ $after }”。
}
# $field："description"（风险本身）或 "personChoice"（本人对风险的选择）。
change-risk-changed = { $field ->
    [description] 您计划中的一个风险现在写成：“{ $risk }”。
    [confidential] 可以看风险“{ $risk }”的人已变更。
   *[other] 您对风险“{ $risk }”的选择已更新。
}

change-backup-plan = { $case ->
    [added] 您的计划现在有紧急情况的备用计划。
    [removed] 您的计划不再有紧急情况的备用计划。
   *[changed] 您的紧急情况备用计划已变更。
}

## 本人住的地方。$after（$field 为 "setting" 时）：居住环境的种类。

change-setting = { $field ->
    [setting] { $after ->
        [own-home] 您的计划现在写明您住在自己的家。
        [family-home] 您的计划现在写明您住在家人的家。
        [supportive-housing] 您的计划现在写明您住在支持性住房。
        [shared-living] 您的计划现在写明您住在共同生活住家。
        [residential-facility] 您的计划现在写明您住在有执照的住宿护理院。
        [unhoused] 您的计划现在写明您住在庇护所或没有固定地址。
       *[other] 您的计划现在写明您住在其他地方。
    }
    [description] 您对自己住处的描述已变更。
    [chosenByPerson] { $after ->
        [true] 您的计划现在写明您住的地方是您自己选的。
       *[other] 您的计划不再写明您住的地方是您自己选的。
    }
    [alternativesConsidered] 您考虑过的其他居住地方已更新。
   *[other] 关于您住在哪里以及原因的记录已变更。
}

change-service-choice = 关于您选择服务和服务提供者的记录已变更。

## 本人在住处的权利受到的限制。$right：受到限制的权利。

change-modification-added = 您的计划加入了对您一项权利的限制：“{ $right }”。
change-modification-removed = 这项对您权利的限制已不在您的计划中：“{ $right }”。
change-modification-changed = 对您权利“{ $right }”的限制，细节已变更。

## 团队。$name：团队成员的名字；$role：角色，来自 change-team-role。

change-team-role = { $role ->
    [care-coordinator] 您的护理协调员
    [lead-care-manager] 您的主要护理经理
    [housing-navigator] 您的住房导航员
    [provider] 服务提供者
    [clinician] 临床医护人员
    [family] 家人
    [friend] 朋友
    [peer-support] 同伴支持者
    [representative] 您的代表人
    [decision-supporter] 协助您做决定的支持者
   *[other] 团队成员
}
change-team-added = { $name }以{ $role }的身份加入您的团队。
change-team-removed = { $name }已不在您的团队中。
change-team-role-changed = { $name }现在在您的团队中担任{ $role }。
# $field：哪一个细节有变更。
change-team-changed = { $field ->
    [contact] { $name }的联系信息已变更。
    [chosenByPerson] 您的计划中关于{ $name }是否由您选进团队的记录已变更。
   *[other] 您团队中{ $name }的信息已变更。
}

## 谁制定和谁监督计划。$name：新负责人的名字（可能是空的）。

change-planner = 协助您制定计划的人已更换。
change-plan-monitor = { $case ->
    [removed] 您的计划不再写明由谁跟进计划。
   *[other] 现在由{ $name }确认您的计划有被执行。
}

## 审查。

change-last-review = { $case ->
    [removed] 您的计划不再有上次审查的日期。
   *[other] 您上次计划审查的日期现在是{ $date }。
}
change-next-review = { $case ->
    [removed] 您的计划不再有下次审查的日期。
   *[other] 您下次计划审查的期限现在是{ $date }。
}
# $field："triggers"（引起审查的情况）或 "updateRequestMethod"（如何要求修改）。
change-review = { $field ->
    [triggers] 会引起计划审查的情况已变更。
   *[other] 您要求修改计划的方式已变更。
}

# $field："ecm"（加强型护理管理）或 "housingSupportPlan"。
change-program-section = { $field ->
    [ecm] 您的护理管理部分已变更。
   *[other] 您的住房支持计划已变更。
}
