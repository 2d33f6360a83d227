## 計劃文件（Markdown、HTML 和 PDF）。計劃用本人的口吻說話：「我的」、「我」。
## 標籤自帶標點（中文用全形冒號），因為各語言的標點方式不同。
## 插入訊息的值已經格式化：日期和數字已按文件語言排好。

## 文件框架

# 文件標題。$name：本人希望被稱呼的名字。
plan-title = 我的以人為本計劃：{ $name }
# HTML 頁面標題（顯示在瀏覽器分頁上）。$name：本人喜歡的名字。
html-title = { $name }：我的以人為本計劃
# PDF 每頁頁首。$name：喜歡的名字；$version：計劃版本號碼。
running-header = { $name }，以人為本計劃，第{ $version }版
# PDF 每頁頁尾。$page：目前頁碼；$pages：總頁數。
running-footer = 第{ $page }頁，共{ $pages }頁
# 標題下方。$version：計劃版本；$start 和 $end：已格式化的日期。
plan-period = 這是我的計劃第{ $version }版。有效期間從{ $start }到{ $end }。
# 標題下方，用於沒有結束日期的計劃。$version：計劃版本；$start：已格式化的日期。
plan-period-open = 這是我的計劃第{ $version }版。從{ $start }開始生效。
label-latest-change = 這個版本有哪些變更：
changes-heading = 自上一版以來的變更
# 表格中沒有記錄內容時顯示。
not-recorded = 沒有記錄

## 關於我

about-me-heading = 關於我
label-preferred-name = 我希望別人怎麼稱呼我：
label-pronouns = 我的人稱代名詞：
# 一組標準的人稱代名詞，用本語言寫。$set：he、she 或 they（單數）。
pronoun-set = { $set ->
    [he] 他
    [she] 她
   *[they] TA（不區分性別）
}
label-identity-language = 我希望別人怎麼描述我：
# $preference：person-first、identity-first 或 no-preference。
identity-preference = { $preference ->
    [person-first] 以人為先的說法（例如「有身心障礙的人」）
    [identity-first] 以身分為先的說法（例如「身心障礙者」）
   *[other] 沒有偏好
}
label-identity-terms = 我用來形容自己的詞：
label-languages = 我的語言：
# $spoken 和 $written：語言名稱（來自 "language" 訊息）。
languages-spoken-written = 我說{ $spoken }。我讀寫{ $written }。
# $languages：本人需要口譯的語言（一個列表）。
interpreter-needed-for = 會議用其他語言進行時，我需要{ $languages }口譯員。
# 一種語言，以及本人使用這種語言的程度。$language：語言名稱；$proficiency：excellent、good、fair 或 poor。
language-proficiency = { $language }（{ $proficiency ->
    [excellent] 非常好
    [good] 好
    [fair] 普通
   *[poor] 一點點
}）
label-residence = 我現在住的地方：
# $kind：地方的種類。
residence-kind = { $kind ->
    [own-home] 我自己的家
    [with-family-or-friends] 和家人或朋友一起住
    [shelter] 收容所
    [domestic-violence-shelter] 安全的收容所
    [transitional-housing] 過渡性住房
    [recuperative-care] 康復照護場所
    [supportive-housing] 支援性住房
    [group-home] 團體家屋
    [assisted-living] 協助生活住宅
    [nursing-facility] 護理之家
    [hospital] 醫院
    [incarcerated] 看守所或監獄
    [unsheltered] 沒有落腳的地方
   *[other] 其他地方
}
# $date：一個日期。
residence-since = 自{ $date }起
label-name-as-written = 我自己寫的名字：
label-formats = 我需要的書面資料格式：
label-birth-date = 我的出生日期：
label-legal-name = 我的法定姓名（用於身分識別）：
# $type：識別號碼的種類。
identifier-type = { $type ->
    [medicaid-number] 我的 Medi-Cal 號碼（CIN）：
    [state-id] 我的州身分證：
    [medical-record-number] 我的病歷號碼：
    [member-id] 我的健康計劃會員號碼：
   *[other] 我的識別號碼：
}
representatives-heading = 幫助我做決定的人
# $kind：代表人的種類。
representative-kind = { $kind ->
    [guardian] 我的監護人
    [conservator] 我的受託監護人（conservator）
    [authorized-representative] 我的授權代表
    [power-of-attorney] 持有我的授權書
    [supported-decision-maker] 協助我做決定的支持者
   *[other] 我的代表人
}
# $applies：always、when-person-cannot-decide 或 conditional。後面可能接本人用自己的話寫的條件。
representative-authority = { $applies ->
    [always] 這個人有法律權力替我做決定。
    [when-person-cannot-decide] 只有在我不能自己做決定時，這個人才有法律權力替我做決定。
   *[conditional] 在以下情況下，這個人有法律權力替我做決定：
}
label-authority-areas = 適用於：

## 語言和格式

# 語言的名稱。$code：語言代碼，例如 "es" 或 "zh-Hant"。
language = { $code ->
    [en] 英語
    [es] 西班牙語
    [zh-Hant] 中文（繁體）
    [zh-Hans] 中文（簡體）
    [zh] 中文
    [yue] 粵語
    [cmn] 國語（普通話）
    [vi] 越南語
    [ko] 韓語
    [tl] 他加祿語
    [fil] 菲律賓語
    [hy] 亞美尼亞語
    [hyw] 西亞美尼亞語
    [ru] 俄語
    [fa] 波斯語（法爾西語）
    [ar] 阿拉伯語
    [km] 高棉語
    [hmn] 苗語（Hmong）
    [mww] 苗語（Hmong）
    [pa] 旁遮普語
    [hi] 印地語
    [ja] 日語
    [th] 泰語
    [lo] 寮語
    [uk] 烏克蘭語
    [ium] 勉語（Mien）
   *[other] { $code }
}
# $format：文件格式。
document-format = { $format ->
    [standard-print] 一般字體印刷
    [large-print] 大字版
    [audio] 音訊版
    [braille] 點字版
   *[accessible-electronic] 無障礙電子格式
}

## 我是誰

like-and-admire-heading = 大家喜歡和欣賞我的地方
important-to-heading = 對我來說重要的事
how-to-support-heading = 怎樣支援我
more-about-me-heading = 我的長處、興趣和才能
strengths-heading = 我的長處
interests-heading = 我的興趣
talents-heading = 我的才能
preferences-heading = 我的偏好
needs-heading = 我需要幫忙的事
# $category：評估出來的需求的類別。
need-category = { $category ->
    [physical-health] 我的身體健康：
    [oral-health] 我的牙齒和口腔：
    [behavioral-health] 我的心理健康：
    [substance-use] 酒精和藥物：
    [daily-living] 日常生活：
    [housing] 住房：
    [food] 食物：
    [transportation] 交通：
    [social] 人際和社區：
    [financial] 金錢和福利：
    [employment] 工作：
    [education] 學習：
    [communication] 溝通：
    [safety] 安全：
    [end-of-life] 臨終規劃：
   *[other] 其他：
}

## 目標

goals-heading = 我的目標
# $number：目標在計劃中的編號。
goal-heading = 目標{ $number }
# 在本人用自己的話說的目標前面。$expressed：誰說出這個目標。
own-words-intro = { $expressed ->
    [person] 用我自己的話說：
    [person-with-support] 在別人幫助下，用我自己的話說：
    [representative] 我的代表人這樣說：
   *[team] 我的團隊這樣寫：
}
own-words-translation-intro = 翻譯：
label-goal-statement = 我的目標：
label-target-date = 我希望什麼時候達成：
label-goal-status = 目前進度：
# $status：目標的狀態。
goal-status = { $status ->
    [proposed] 還沒開始
    [active] 正在努力
    [achieved] 已經達成
    [on-hold] 暫停，這是我的選擇
   *[discontinued] 我不再想要這個目標
}
steps-heading = 達成這個目標的步驟
step-by-me = 我自己做
# $names：本人和他們一起做這個步驟的團隊成員（一個列表）。
step-by-me-with = 我和{ $names }一起做
# $who：幫忙的團隊成員名字。
step-who = { $who }幫忙
step-who-unknown = 沒有記錄誰幫忙
# $names：和本人一起做這個步驟的團隊成員（一個列表）。
step-together-with = 和{ $names }一起
# $date：已格式化的日期。
step-by-date = 在{ $date }之前
step-done = 已完成
goal-supports-heading = 幫助我達成這個目標的支援

## 支援

supports-heading = 我的支援
paid-supports-heading = 付費服務
paid-supports-caption = 我的計劃中的付費服務
natural-supports-heading = 來自家人、朋友和社區的支援
natural-supports-caption = 我生活中的人給我的無償支援
natural-supports-none = 我和我的團隊找過來自家人、朋友和社區的無償支援，目前沒有找到。
col-support = 支援
col-provider = 由誰提供
col-amount = 多少、多久一次
col-dates = 什麼時候
col-location = 在哪裡
col-how-i-want-it = 我希望怎麼進行
# 代碼和核准的表格，只出現在給服務提供者或健康計劃的副本中（本人的副本用
# 簡單的話說明服務）。
billing-heading = 服務代碼和授權
billing-caption = 供我的服務提供者和我的健康計劃使用：我的付費服務的代碼和核准
col-service-code = 服務代碼
col-authorization = 授權
col-authorized-units = 授權單位數
col-rate = 每單位費率
# 每單位費率。$rate：數字；$currency：ISO 4217 貨幣代碼，例如 USD。
# 和 CLDR 一樣，中文把貨幣代碼放在前面。
billing-rate = { $currency } { $rate }
label-place-of-service = 服務地點：
self-directed = 這項服務由我自己主導。
# 支援的數量和頻率。$count：數字，用來選擇單複數（中文只用 other）；$quantity：同一個
# 數字，已按語言格式化；$unit：服務單位；$interval：頻率（或 "none"）。
# 中文把頻率放在數量前面（「每週12小時」），「一次」和「需要時」放在後面。
support-amount =
    { $interval ->
        [day] 每天
        [week] 每週
        [month] 每月
        [year] 每年
        [one-time] {""}
        [as-needed] {""}
       *[none] {""}
    }{ $unit ->
        [minute]
            { $count ->
               *[other] { $quantity }分鐘
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity }個15分鐘
            }
        [hour]
            { $count ->
               *[other] { $quantity }小時
            }
        [half-day]
            { $count ->
               *[other] { $quantity }個半天
            }
        [day]
            { $count ->
               *[other] { $quantity }天
            }
        [visit]
            { $count ->
               *[other] { $quantity }次探訪
            }
        [session]
            { $count ->
               *[other] { $quantity }節
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
        [as-needed] ，在我要求時提供
       *[none] {""}
    }
# 沒有記錄數量時的頻率。$interval：頻率。
support-interval-only = { $interval ->
    [day] 每天
    [week] 每週
    [month] 每月
    [year] 每年
    [one-time] 一次
   *[as-needed] 在我要求時
}
# $start 和 $end：已格式化的日期。
date-range = { $start }至{ $end }
# $start：已格式化的日期。
date-from = 從{ $start }開始

## 安全

safety-heading = 我選擇承擔的風險，以及我們如何保護我的安全
risks-caption = 風險、我的選擇，以及我們如何保持安全
col-risk = 風險
col-my-choice = 我的選擇
col-stay-safe = 我們如何保持安全
backup-plan-heading = 我的備用計劃
backup-contacts-intro = 依照這個順序打電話給：
# 單項支援的備用計劃的標題（「如果接我的車沒來」）。
support-backups-heading = 如果我的某項支援沒有到
emergency-contacts-heading = 我的緊急聯絡人

## 居住環境和選擇

setting-heading = 我住的地方和我的選擇
label-setting = 我住的地方：
# $setting：地方的種類。
setting-type = { $setting ->
    [own-home] 我自己的家
    [family-home] 我家人的家
    [supportive-housing] 支援性住房
    [shared-living] 共同生活住家
    [residential-facility] 住宿照護之家
    [unhoused] 收容所或沒有固定住址
   *[other] 其他地方
}
setting-chosen = 我住的地方是我自己選的。
setting-not-chosen = 我住的地方不是我自己選的。
alternatives-heading = 我考慮過的其他地方
services-offered = 我有機會選擇服務。
services-not-offered = 我沒有機會選擇服務。
services-selected = 我參與選擇了我的服務。
services-not-selected = 我沒有參與選擇我的服務。
providers-offered = 每項服務由誰提供，我都有機會選擇。
providers-not-offered = 我的服務由誰提供，我沒有機會選擇。
providers-informed = 我有足夠的資訊來選擇我的服務提供者。
providers-not-informed = 我沒有足夠的資訊來選擇我的服務提供者。
services-agree = 我同意計劃中的服務。
services-not-agree = 我不同意計劃中的所有服務。
label-reason-not-offered = 為什麼我沒有選擇的機會：

## 我的權利受到的限制

modifications-heading = 在我住的地方，我的權利受到的改變
modifications-intro = 只有在這裡寫明原因、並經過我同意，才可以限制一項權利，而且會定期檢討。
# $number：改變的編號。
modification-heading = 改變{ $number }
label-right-modified = 受到限制的權利：
# $item：法律對每項改變要求的八個項目之一。
modification-item = { $item ->
    [assessed-need] 這項改變背後的需求：
    [prior-interventions] 我們先試過的方法：
    [less-intrusive-methods] 我們試過的限制較少的方法，以及為什麼沒有用：
    [condition-description] 限制的具體內容：
    [data-collection] 我們如何確認它有沒有用：
    [review-time-limits] 我們什麼時候檢討：
    [informed-consent] 我的同意：
   *[no-harm-assurance] 我們如何確保它不會傷害我：
}

## 方案

ecm-heading = 我的加強型照護管理（ECM）
label-lead-care-manager = 我的主要照護經理：
label-assessment-date = 我的評估日期：
label-care-domains = 我的計劃涵蓋：
# $domain：ECM 照護領域。
care-domain = { $domain ->
    [physical] 身體健康
    [behavioral] 心理健康
    [substance-use] 酒精和藥物使用
    [ltss] 長期服務與支援
    [oral] 牙齒健康
    [palliative] 舒適照護
   *[social-needs] 住房、食物和其他日常需求
}
housing-heading = 我的住房支援計劃
housing-barriers-heading = 讓我在住房上有困難的事
housing-short-term-heading = 我的短期住房目標
housing-long-term-heading = 我的長期住房目標
housing-other-services-heading = 其他有幫助的服務
label-measure = 我們怎麼知道達成了：

## 團隊

team-heading = 我的團隊
team-caption = 我團隊中的人
col-name = 姓名
col-role = 角色
col-organization = 機構或關係
col-contact = 聯絡方式
# $role：團隊成員的角色。
team-role = { $role ->
    [care-coordinator] 照護協調員
    [lead-care-manager] 主要照護經理
    [housing-navigator] 住房導航員
    [provider] 服務提供者
    [clinician] 醫療保健提供者
    [family] 家人
    [friend] 朋友
    [peer-support] 同儕支持者
    [representative] 代表人
    [decision-supporter] 決策支持者
   *[other] 團隊成員
}

## 權利

rights-heading = 我的權利
right-review-any-time = 我隨時都可以要求檢討我的計劃。
# $language：本人閱讀的語言名稱（來自 "language" 訊息）。
right-copy = 我會拿到一份用{ $language }寫、並且是我需要的格式的計劃副本。
right-say-no = 我可以拒絕計劃中的任何服務。

## 檢討

review-heading = 檢討我的計劃
label-last-review = 上次檢討：
label-next-review = 下次檢討期限：
label-plan-monitor = 負責確認我的計劃對我有用的人：
review-triggers-intro = 在這些情況下，我們也會檢討我的計劃：
# $trigger：引起檢討的情況。
review-trigger = { $trigger ->
    [annual] 每年至少一次
    [change-in-circumstances] 當我的生活或需求有變化時
    [person-request] 當我要求時
    [hospital-discharge] 住院出院後
   *[provider-change] 當服務提供者更換時
}
monitoring-heading = 我的計劃進行得怎麼樣
delivered-as-planned = 我的支援都照計劃提供了。
not-delivered-as-planned = 我的支援沒有全部照計劃提供。
# $from：誰提供了意見。
feedback-from = { $from ->
    [person] 我說的話
    [representative] 我的代表人說的話
    [natural-support] 我身邊的人說的話
   *[provider] 服務提供者說的話
}

## 簽名和副本

signatures-heading = 簽名
signatures-caption = 誰在我的計劃上簽了名
col-date = 日期
# $role：簽名的人。
signer-role = { $role ->
    [person] 我
    [representative] 我的代表人
    [planner] 我的計劃撰寫人
    [provider] 服務提供者
   *[witness] 見證人
}
unable-to-sign = 無法簽名：
# $witness：見證人的名字。
unable-to-sign-witness = （見證人：{ $witness }）
distribution-heading = 誰拿到了副本
distribution-caption = 我的計劃副本
col-language = 語言
col-format = 格式
# $role：拿到副本的人。
recipient-role = { $role ->
    [person] 我
    [representative] 我的代表人
    [provider] 服務提供者
    [team-member] 團隊成員
   *[health-plan] 我的健康計劃
}
