## 计划文件（Markdown、HTML 和 PDF）。计划用本人的口吻说话：“我的”、“我”。
## 标签自带标点（中文用全角冒号），因为各语言的标点方式不同。
## 插入消息的值已经格式化：日期和数字已按文件语言排好。

## 文件框架

# 文件标题。$name：本人希望被称呼的名字。
plan-title = 我的以人为本计划：{ $name }
# HTML 页面标题（显示在浏览器标签页上）。$name：本人喜欢的名字。
html-title = { $name }：我的以人为本计划
# PDF 每页页眉。$name：喜欢的名字；$version：计划版本号。
running-header = { $name }，以人为本计划，第{ $version }版
# PDF 每页页脚。$page：当前页码；$pages：总页数。
running-footer = 第{ $page }页，共{ $pages }页
# 标题下方。$version：计划版本；$start 和 $end：已格式化的日期。
plan-period = 这是我的计划第{ $version }版。有效期从{ $start }到{ $end }。
# 标题下方，用于没有结束日期的计划。$version：计划版本；$start：已格式化的日期。
plan-period-open = 这是我的计划第{ $version }版。从{ $start }开始生效。
label-latest-change = 这个版本有哪些变更：
changes-heading = 自上一版以来的变更
# 表格中没有记录内容时显示。
not-recorded = 没有记录

## 关于我

about-me-heading = 关于我
label-preferred-name = 我希望别人怎么称呼我：
label-pronouns = 我的人称代词：
# 一组标准的人称代词，用本语言写。$set：he、she 或 they（单数）。
pronoun-set = { $set ->
    [he] 他
    [she] 她
   *[they] TA（不区分性别）
}
label-identity-language = 我希望别人怎么描述我：
# $preference：person-first、identity-first 或 no-preference。
identity-preference = { $preference ->
    [person-first] 以人为先的说法（例如“有残疾的人”）
    [identity-first] 以身份为先的说法（例如“残疾人”）
   *[other] 没有偏好
}
label-identity-terms = 我用来形容自己的词：
label-languages = 我的语言：
# $spoken 和 $written：语言名称（来自 "language" 消息）。
languages-spoken-written = 我说{ $spoken }。我读写{ $written }。
# $languages：本人需要口译的语言（一个列表）。
interpreter-needed-for = 会议用其他语言进行时，我需要{ $languages }口译员。
# 一种语言，以及本人使用这种语言的程度。$language：语言名称；$proficiency：excellent、good、fair 或 poor。
language-proficiency = { $language }（{ $proficiency ->
    [excellent] 非常好
    [good] 好
    [fair] 一般
   *[poor] 一点点
}）
label-residence = 我现在住的地方：
# $kind：地方的种类。
residence-kind = { $kind ->
    [own-home] 我自己的家
    [with-family-or-friends] 和家人或朋友一起住
    [shelter] 庇护所
    [domestic-violence-shelter] 安全的庇护所
    [transitional-housing] 过渡性住房
    [recuperative-care] 康复护理场所
    [supportive-housing] 支持性住房
    [group-home] 团体之家
    [assisted-living] 辅助生活住所
    [nursing-facility] 护理院
    [hospital] 医院
    [incarcerated] 看守所或监狱
    [unsheltered] 没有落脚的地方
   *[other] 其他地方
}
# $date：一个日期。
residence-since = 自{ $date }起
label-name-as-written = 我自己写的名字：
label-formats = 我需要的书面材料格式：
label-birth-date = 我的出生日期：
label-legal-name = 我的法定姓名（用于身份识别）：
# $type：识别号码的种类。
identifier-type = { $type ->
    [medicaid-number] 我的 Medi-Cal 号码（CIN）：
    [state-id] 我的州身份证：
    [medical-record-number] 我的病历号码：
    [member-id] 我的健康计划会员号码：
   *[other] 我的识别号码：
}
representatives-heading = 帮助我做决定的人
# $kind：代表人的种类。
representative-kind = { $kind ->
    [guardian] 我的监护人
    [conservator] 我的受托监护人（conservator）
    [authorized-representative] 我的授权代表
    [power-of-attorney] 持有我的授权书
    [supported-decision-maker] 协助我做决定的支持者
   *[other] 我的代表人
}
# $applies：always、when-person-cannot-decide 或 conditional。后面可能接本人用自己的话写的条件。
representative-authority = { $applies ->
    [always] 这个人有法律权力替我做决定。
    [when-person-cannot-decide] 只有在我不能自己做决定时，这个人才有法律权力替我做决定。
   *[conditional] 在以下情况下，这个人有法律权力替我做决定：
}
label-authority-areas = 适用于：

## 语言和格式

# 语言的名称。$code：语言代码，例如 "es" 或 "zh-Hant"。
language = { $code ->
    [en] 英语
    [es] 西班牙语
    [zh-Hant] 中文（繁体）
    [zh-Hans] 中文（简体）
    [zh] 中文
    [yue] 粤语
    [cmn] 普通话
    [vi] 越南语
    [ko] 韩语
    [tl] 他加禄语
    [fil] 菲律宾语
    [hy] 亚美尼亚语
    [hyw] 西亚美尼亚语
    [ru] 俄语
    [fa] 波斯语（法尔西语）
    [ar] 阿拉伯语
    [km] 高棉语
    [hmn] 苗语（Hmong）
    [mww] 苗语（Hmong）
    [pa] 旁遮普语
    [hi] 印地语
    [ja] 日语
    [th] 泰语
    [lo] 老挝语
    [uk] 乌克兰语
    [ium] 勉语（Mien）
   *[other] { $code }
}
# $format：文件格式。
document-format = { $format ->
    [standard-print] 普通字体印刷
    [large-print] 大字版
    [audio] 音频版
    [braille] 盲文版
   *[accessible-electronic] 无障碍电子格式
}

## 我是谁

like-and-admire-heading = 大家喜欢和欣赏我的地方
important-to-heading = 对我来说重要的事
how-to-support-heading = 怎样支持我
more-about-me-heading = 我的长处、兴趣和才能
strengths-heading = 我的长处
interests-heading = 我的兴趣
talents-heading = 我的才能
preferences-heading = 我的偏好
needs-heading = 我需要帮忙的事
# $category：评估出来的需求的类别。
need-category = { $category ->
    [physical-health] 我的身体健康：
    [oral-health] 我的牙齿和口腔：
    [behavioral-health] 我的心理健康：
    [substance-use] 酒精和药物：
    [daily-living] 日常生活：
    [housing] 住房：
    [food] 食物：
    [transportation] 交通：
    [social] 人际和社区：
    [financial] 钱和福利：
    [employment] 工作：
    [education] 学习：
    [communication] 沟通：
    [safety] 安全：
    [end-of-life] 临终规划：
   *[other] 其他：
}

## 目标

goals-heading = 我的目标
# $number：目标在计划中的编号。
goal-heading = 目标{ $number }
# 在本人用自己的话说的目标前面。$expressed：谁说出这个目标。
own-words-intro = { $expressed ->
    [person] 用我自己的话说：
    [person-with-support] 在别人帮助下，用我自己的话说：
    [representative] 我的代表人这样说：
   *[team] 我的团队这样写：
}
own-words-translation-intro = 翻译：
label-goal-statement = 我的目标：
label-target-date = 我希望什么时候实现：
label-goal-status = 目前进展：
# $status：目标的状态。
goal-status = { $status ->
    [proposed] 还没开始
    [active] 正在努力
    [achieved] 已经实现
    [on-hold] 暂停，这是我的选择
   *[discontinued] 我不再想要这个目标
}
steps-heading = 实现这个目标的步骤
step-by-me = 我自己做
# $names：本人和他们一起做这个步骤的团队成员（一个列表）。
step-by-me-with = 我和{ $names }一起做
# $who：帮忙的团队成员名字。
step-who = { $who }帮忙
step-who-unknown = 没有记录谁帮忙
# $names：和本人一起做这个步骤的团队成员（一个列表）。
step-together-with = 和{ $names }一起
# $date：已格式化的日期。
step-by-date = 在{ $date }之前
step-done = 已完成
goal-supports-heading = 帮助我实现这个目标的支持

## 支持

supports-heading = 我的支持
paid-supports-heading = 付费服务
paid-supports-caption = 我的计划中的付费服务
natural-supports-heading = 来自家人、朋友和社区的支持
natural-supports-caption = 我生活中的人给我的无偿支持
natural-supports-none = 我和我的团队找过来自家人、朋友和社区的无偿支持，目前没有找到。
col-support = 支持
col-provider = 由谁提供
col-amount = 多少、多久一次
col-dates = 什么时候
col-location = 在哪里
col-how-i-want-it = 我希望怎么进行
# 代码和批准的表格，只出现在给服务提供者或健康计划的副本中（本人的副本用
# 简单的话说明服务）。
billing-heading = 服务代码和授权
billing-caption = 供我的服务提供者和我的健康计划使用：我的付费服务的代码和批准
col-service-code = 服务代码
col-authorization = 授权
col-authorized-units = 授权单位数
col-rate = 每单位费率
# 每单位费率。$rate：数字；$currency：ISO 4217 货币代码，例如 USD。
# 和 CLDR 一样，中文把货币代码放在前面。
billing-rate = { $currency } { $rate }
label-place-of-service = 服务地点：
self-directed = 这项服务由我自己主导。
# 支持的数量和频率。$count：数字，用来选择单复数（中文只用 other）；$quantity：同一个
# 数字，已按语言格式化；$unit：服务单位；$interval：频率（或 "none"）。
# 中文把频率放在数量前面（“每周12小时”），“一次”和“需要时”放在后面。
support-amount =
    { $interval ->
        [day] 每天
        [week] 每周
        [month] 每月
        [year] 每年
        [one-time] {""}
        [as-needed] {""}
       *[none] {""}
    }{ $unit ->
        [minute]
            { $count ->
               *[other] { $quantity }分钟
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity }个15分钟
            }
        [hour]
            { $count ->
               *[other] { $quantity }小时
            }
        [half-day]
            { $count ->
               *[other] { $quantity }个半天
            }
        [day]
            { $count ->
               *[other] { $quantity }天
            }
        [visit]
            { $count ->
               *[other] { $quantity }次探访
            }
        [session]
            { $count ->
               *[other] { $quantity }节
            }
        [meal]
            { $count ->
               *[other] { $quantity }餐
            }
        [trip]
            { $count ->
               *[other] { $quantity }趟
            }
        [mile]
            { $count ->
               *[other] { $quantity }英里
            }
        [dollar]
            { $count ->
               *[other] { $quantity }美元
            }
       *[item]
            { $count ->
               *[other] { $quantity }件
            }
    }{ $interval ->
        [day] {""}
        [week] {""}
        [month] {""}
        [year] {""}
        [one-time] ，一次
        [as-needed] ，在我要求时提供
       *[none] {""}
    }
# 没有记录数量时的频率。$interval：频率。
support-interval-only = { $interval ->
    [day] 每天
    [week] 每周
    [month] 每月
    [year] 每年
    [one-time] 一次
   *[as-needed] 在我要求时
}
# $start 和 $end：已格式化的日期。
date-range = { $start }至{ $end }
# $start：已格式化的日期。
date-from = 从{ $start }开始

## 安全

safety-heading = 我选择承担的风险，以及我们如何保护我的安全
risks-caption = 风险、我的选择，以及我们如何保持安全
col-risk = 风险
col-my-choice = 我的选择
col-stay-safe = 我们如何保持安全
backup-plan-heading = 我的备用计划
backup-contacts-intro = 按这个顺序打电话给：
# 单项支持的备用计划的标题（“如果接我的车没来”）。
support-backups-heading = 如果我的某项支持没有到
emergency-contacts-heading = 我的紧急联系人

## 居住环境和选择

setting-heading = 我住的地方和我的选择
label-setting = 我住的地方：
# $setting：地方的种类。
setting-type = { $setting ->
    [own-home] 我自己的家
    [family-home] 我家人的家
    [supportive-housing] 支持性住房
    [shared-living] 共同生活住家
    [residential-facility] 住宿护理院
    [unhoused] 庇护所或没有固定地址
   *[other] 其他地方
}
setting-chosen = 我住的地方是我自己选的。
setting-not-chosen = 我住的地方不是我自己选的。
alternatives-heading = 我考虑过的其他地方
services-offered = 我有机会选择服务。
services-not-offered = 我没有机会选择服务。
services-selected = 我参与选择了我的服务。
services-not-selected = 我没有参与选择我的服务。
providers-offered = 每项服务由谁提供，我都有机会选择。
providers-not-offered = 我的服务由谁提供，我没有机会选择。
providers-informed = 我有足够的信息来选择我的服务提供者。
providers-not-informed = 我没有足够的信息来选择我的服务提供者。
services-agree = 我同意计划中的服务。
services-not-agree = 我不同意计划中的所有服务。
label-reason-not-offered = 为什么我没有选择的机会：

## 我的权利受到的限制

modifications-heading = 在我住的地方，我的权利受到的改变
modifications-intro = 只有在这里写明原因、并经过我同意，才可以限制一项权利，而且会定期审查。
# $number：改变的编号。
modification-heading = 改变{ $number }
label-right-modified = 受到限制的权利：
# $item：法律对每项改变要求的八个项目之一。
modification-item = { $item ->
    [assessed-need] 这项改变背后的需求：
    [prior-interventions] 我们先试过的方法：
    [less-intrusive-methods] 我们试过的限制较少的方法，以及为什么没有用：
    [condition-description] 限制的具体内容：
    [data-collection] 我们如何确认它有没有用：
    [review-time-limits] 我们什么时候审查：
    [informed-consent] 我的同意：
   *[no-harm-assurance] 我们如何确保它不会伤害我：
}

## 项目

ecm-heading = 我的加强型护理管理（ECM）
label-lead-care-manager = 我的主要护理经理：
label-assessment-date = 我的评估日期：
label-care-domains = 我的计划涵盖：
# $domain：ECM 护理领域。
care-domain = { $domain ->
    [physical] 身体健康
    [behavioral] 心理健康
    [substance-use] 酒精和药物使用
    [ltss] 长期服务与支持
    [oral] 牙齿健康
    [palliative] 舒适护理
   *[social-needs] 住房、食物和其他日常需求
}
housing-heading = 我的住房支持计划
housing-barriers-heading = 让我在住房上有困难的事
housing-short-term-heading = 我的短期住房目标
housing-long-term-heading = 我的长期住房目标
housing-other-services-heading = 其他有帮助的服务
label-measure = 我们怎么知道实现了：

## 团队

team-heading = 我的团队
team-caption = 我团队中的人
col-name = 姓名
col-role = 角色
col-organization = 机构或关系
col-contact = 联系方式
# $role：团队成员的角色。
team-role = { $role ->
    [care-coordinator] 护理协调员
    [lead-care-manager] 主要护理经理
    [housing-navigator] 住房导航员
    [provider] 服务提供者
    [clinician] 医疗保健提供者
    [family] 家人
    [friend] 朋友
    [peer-support] 同伴支持者
    [representative] 代表人
    [decision-supporter] 决策支持者
   *[other] 团队成员
}

## 权利

rights-heading = 我的权利
right-review-any-time = 我随时都可以要求审查我的计划。
# $language：本人阅读的语言名称（来自 "language" 消息）。
right-copy = 我会拿到一份用{ $language }写、并且是我需要的格式的计划副本。
right-say-no = 我可以拒绝计划中的任何服务。

## 审查

review-heading = 审查我的计划
label-last-review = 上次审查：
label-next-review = 下次审查期限：
label-plan-monitor = 负责确认我的计划对我有用的人：
review-triggers-intro = 在这些情况下，我们也会审查我的计划：
# $trigger：引起审查的情况。
review-trigger = { $trigger ->
    [annual] 每年至少一次
    [change-in-circumstances] 当我的生活或需求有变化时
    [person-request] 当我要求时
    [hospital-discharge] 住院出院后
   *[provider-change] 当服务提供者更换时
}
monitoring-heading = 我的计划进行得怎么样
delivered-as-planned = 我的支持都按计划提供了。
not-delivered-as-planned = 我的支持没有全部按计划提供。
# $from：谁提供了意见。
feedback-from = { $from ->
    [person] 我说的话
    [representative] 我的代表人说的话
    [natural-support] 我身边的人说的话
   *[provider] 服务提供者说的话
}

## 签名和副本

signatures-heading = 签名
signatures-caption = 谁在我的计划上签了名
col-date = 日期
# $role：签名的人。
signer-role = { $role ->
    [person] 我
    [representative] 我的代表人
    [planner] 我的计划制定人
    [provider] 服务提供者
   *[witness] 见证人
}
unable-to-sign = 无法签名：
# $witness：见证人的名字。
unable-to-sign-witness = （见证人：{ $witness }）
distribution-heading = 谁拿到了副本
distribution-caption = 我的计划副本
col-language = 语言
col-format = 格式
# $role：拿到副本的人。
recipient-role = { $role ->
    [person] 我
    [representative] 我的代表人
    [provider] 服务提供者
    [team-member] 团队成员
   *[health-plan] 我的健康计划
}
