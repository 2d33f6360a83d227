## 與上一版計劃相比有什麼變更：每項變更一句話，對本人說（用「您」）。
## 計劃中的文字已經是文件的語言，而且沒有句號：$goal（目標）、$name（支援、團隊成員或代表人）、
## $text（需求）、$risk、$step、$right（受到限制的權利）。中文用「」引用計劃中的文字。日期（$date）和數字已格式化。
## $case 是 "added"（之前沒有值）、"removed"（現在沒有值）或 "changed"。
## $field 是計劃中變更的部分（計劃檔案中的欄位名稱）；是非類變更的 $after 是 "true" 或 "false"。

## 支援的數量，用在其他句子裡：「每週12小時」、「一次2,350美元」。

# $quantity：數字，用來選擇單複數（中文只用 other）；$number：同一個數字，已格式化。$unit：單位。
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number }分鐘
    }
    [quarter-hour] { $quantity ->
       *[other] { $number }個15分鐘
    }
    [hour] { $quantity ->
       *[other] { $number }小時
    }
    [half-day] { $quantity ->
       *[other] { $number }個半天
    }
    [day] { $quantity ->
       *[other] { $number }天
    }
    [visit] { $quantity ->
       *[other] { $number }次探訪
    }
    [session] { $quantity ->
       *[other] { $number }節
    }
    [meal] { $quantity ->
       *[other] { $number }餐
    }
    [trip] { $quantity ->
       *[other] { $number }趟車程
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

# $amount：帶單位的數量（上面的訊息）。$interval：頻率。
change-amount-interval = { $interval ->
    [day] 每天{ $amount }
    [week] 每週{ $amount }
    [month] 每月{ $amount }
    [year] 每年{ $amount }
    [one-time] 一次{ $amount }
    [as-needed] 在您要求時{ $amount }
   *[none] { $amount }
}

# 沒有寫下數量的支援。
change-amount-none = 沒有固定數量

## 整份計劃。

# $field：計劃的 "start"（開始）或 "end"（結束）。
change-plan-period = { $field ->
    [start] 您的計劃現在從{ $date }開始。
   *[end] { $case ->
        [removed] 您的計劃不再有結束日期。
       *[other] 您的計劃現在在{ $date }結束。
    }
}

# 關於本人的資料有變更。句子只說是哪一類資料。
change-person = { $field ->
    [legalName] 計劃中您的法定姓名已變更。
    [preferredNames] 您希望別人怎麼稱呼您的名字已變更。
    [pronouns] 您的人稱代名詞已變更。
    [identityLanguage] 您希望別人怎麼描述您已變更。
    [birthDate] 您的出生日期已變更。
    [identifiers] 您的識別號碼已變更。
    [contact] 您的聯絡資料已變更。
    [emergencyContacts] 您的緊急聯絡人已變更。
    [language] 您選擇的語言或格式已變更。
    [residence] 您住的地方已變更。
   *[other] 您的個人資料已變更。
}

## 代表人。$name：名字；$role：種類，來自 change-representative-kind。

change-representative-kind = { $kind ->
    [guardian] 監護人
    [conservator] 受託監護人（conservator）
    [authorized-representative] 授權代表
    [power-of-attorney] 授權書持有人
    [supported-decision-maker] 協助您做決定的支持者
   *[other] 代表人
}
change-representative-added = { $name }現在以您的{ $role }身分列在您的計劃中。
change-representative-removed = { $name }不再以您的{ $role }身分列在您的計劃中。
change-representative-changed = 關於您的{ $role }{ $name }的資料已變更。

## 個人簡介。$field：哪一份清單。

change-profile = { $field ->
    [likeAndAdmire] 大家喜歡和欣賞您的地方已更新。
    [strengths] 您的長處已更新。
    [interests] 您的興趣已更新。
    [talents] 您的才能已更新。
    [importantTo] 對您來說重要的事已更新。
    [howToSupport] 怎樣最能支援您已更新。
    [preferences] 您的偏好已更新。
   *[other] 您的個人簡介已更新。
}

## 需求。$text：需求，用簡單的話寫。

change-need-added = 您的計劃加入了一項需求：「{ $text }」。
change-need-removed = 這項需求已不在您的計劃中：「{ $text }」。
change-need-changed = { $field ->
    [description] 您計劃中的一項需求現在寫成：「{ $text }」。
    [confidential] 可以看這項需求的人已變更：「{ $text }」。
   *[other] 這項需求的細節已更新：「{ $text }」。
}

## 目標。$goal：目標，用簡單的話寫。

change-goal-added = 您的計劃有一個新目標：「{ $goal }」。
change-goal-removed = 這個目標已不在您的計劃中：「{ $goal }」。
# $field："statement"（用簡單的話寫的目標）或 "ownWords"（本人自己的話）。$before、$after：文字。
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] 目標「{ $goal }」中您自己說的話已被刪除。
       *[other] 一個目標中您自己說的話現在是：「{ $after }」。
    }
   *[statement] 您的目標「{ $before }」現在寫成：「{ $after }」。
}
# $status：目標的新狀態。
change-goal-status = { $status ->
    [proposed] 您的目標「{ $goal }」現在是提議中。
    [active] 您現在正在努力達成目標「{ $goal }」。
    [achieved] 您達成了目標「{ $goal }」。
    [on-hold] 您的目標「{ $goal }」目前暫停。
   *[discontinued] 您的目標「{ $goal }」不再進行。
}
# $field："targetDate"、"expressedBy"（誰說出這個目標）或 "needIds"（目標對應的需求）。
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] 您的目標「{ $goal }」不再有預定日期。
       *[other] 您的目標「{ $goal }」的預定日期現在是{ $date }。
    }
    [expressedBy] 誰說出您的目標「{ $goal }」的記錄已變更。
    [confidential] 可以看您的目標「{ $goal }」的人已變更。
   *[other] 您的目標「{ $goal }」對應的需求已變更。
}

## 達成目標的步驟。$step：步驟；$goal：它的目標。

change-step-added = 達成目標「{ $goal }」的新步驟：「{ $step }」。
change-step-removed = 這個步驟不再是目標「{ $goal }」的一部分：「{ $step }」。
# $who：現在負責這個步驟的團隊成員（可能是空的）。
change-step-changed = { $field ->
    [description] 達成目標「{ $goal }」的一個步驟現在寫成：「{ $step }」。
    [responsibleId] { $case ->
        [removed] 由誰做步驟「{ $step }」已變更。
       *[other] 現在由{ $who }做步驟「{ $step }」。
    }
    [byPerson] { $after ->
        [true] 現在由您自己做步驟「{ $step }」。
       *[other] 現在由您團隊中的人做步驟「{ $step }」。
    }
    [withIds] 和您一起做步驟「{ $step }」的人已變更。
    [targetDate] { $case ->
        [removed] 步驟「{ $step }」不再有預定日期。
       *[other] 步驟「{ $step }」的預定日期現在是{ $date }。
    }
    [done] { $after ->
        [true] 步驟「{ $step }」已完成。
       *[other] 步驟「{ $step }」不再標示為已完成。
    }
   *[other] 步驟「{ $step }」已更新。
}

## 支援。$name：支援的名稱。

# 有 $amount（例如「每週12小時」）時，$case 是 "amount"。
change-support-added = { $case ->
    [amount] 您的計劃加入了支援「{ $name }」：{ $amount }。
   *[other] 您的計劃加入了支援「{ $name }」。
}
change-support-removed = 支援「{ $name }」已不在您的計劃中。
# $before、$after：舊名稱和新名稱。
change-support-renamed = 您的支援「{ $before }」現在叫做「{ $after }」。
# $before：舊的數量；單位和頻率不變時只有數字（「從10改為每週12小時」）。
change-support-amount = 您的支援「{ $name }」從{ $before }改為{ $after }。
# $before、$after：舊的和新的服務提供者名稱。
change-support-provider = { $case ->
    [added] 現在由{ $after }提供您的支援「{ $name }」。
    [removed] 您的支援「{ $name }」不再寫明服務提供者。
   *[changed] 您的支援「{ $name }」現在改由{ $after }提供，不再由{ $before }提供。
}
# $field："startDate" 或 "endDate"。
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] 您的支援「{ $name }」不再有開始日期。
       *[other] 您的支援「{ $name }」現在從{ $date }開始。
    }
   *[endDate] { $case ->
        [removed] 您的支援「{ $name }」不再有結束日期。
       *[other] 您的支援「{ $name }」現在在{ $date }結束。
    }
}
# $after：支援現在是付費時為 "true"。
change-support-paid = { $after ->
    [true] 您的支援「{ $name }」現在是付費服務。
   *[other] 您的支援「{ $name }」現在是您生活中的人給的無償支援。
}
# $field：支援的哪一個細節有變更。
change-support-changed = { $field ->
    [description] 您的支援「{ $name }」的內容說明已改寫。
    [location] 您在哪裡得到支援「{ $name }」已變更。
    [fundingSource] 由誰支付您的支援「{ $name }」已變更。
    [selfDirected] { $after ->
        [true] 您現在自己主導您的支援「{ $name }」。
       *[other] 您不再自己主導您的支援「{ $name }」。
    }
    [deliveryPreferences] 您希望支援「{ $name }」怎麼提供已變更。
    [critical] { $after ->
        [true] 您的計劃現在寫明您的健康或安全要依靠支援「{ $name }」。
       *[other] 您的計劃不再寫明您的健康或安全要依靠支援「{ $name }」。
    }
    [backup] 如果您的支援「{ $name }」沒有到，該怎麼辦已變更。
    [ratePerUnit] 您的支援「{ $name }」的付費費率已變更。
    [goalIds] 您的支援「{ $name }」幫助的目標已變更。
    [needIds] 您的支援「{ $name }」幫助的需求已變更。
    [code] 您的支援「{ $name }」的服務代碼已變更。
    [schedule] 您什麼時候得到支援「{ $name }」已變更。
    [authorization] 健康計劃對您的支援「{ $name }」的核准已變更。
    [confidential] 可以看您的支援「{ $name }」的人已變更。
   *[other] 您的支援「{ $name }」的細節已變更。
}
# $after：團隊現在記錄沒有找到無償支援時為 "true"。
change-natural-supports-none = { $after ->
    [true] 您的計劃現在寫明沒有找到您生活中的人給的無償支援。
   *[other] 您的計劃不再寫明沒有找到無償支援。
}

## 風險。$risk：風險，用簡單的話寫；$after：新的文字。

change-risk-added = 您的計劃列出一個新的風險：「{ $risk }」。
change-risk-removed = 這個風險已不在您的計劃中：「{ $risk }」。
change-risk-mitigation = { $case ->
    [removed] 您的計劃不再寫明您如何在風險「{ $risk }」下保持安全。
   *[other] 您如何在風險「{ $risk }」下保持安全，現在是：「{ $after }」。
}
# $field："description"（風險本身）或 "personChoice"（本人對風險的選擇）。
change-risk-changed = { $field ->
    [description] 您計劃中的一個風險現在寫成：「{ $risk }」。
    [confidential] 可以看風險「{ $risk }」的人已變更。
   *[other] 您對風險「{ $risk }」的選擇已更新。
}

change-backup-plan = { $case ->
    [added] 您的計劃現在有緊急情況的備用計劃。
    [removed] 您的計劃不再有緊急情況的備用計劃。
   *[changed] 您的緊急情況備用計劃已變更。
}

## 本人住的地方。$after（$field 為 "setting" 時）：居住環境的種類。

change-setting = { $field ->
    [setting] { $after ->
        [own-home] 您的計劃現在寫明您住在自己的家。
        [family-home] 您的計劃現在寫明您住在家人的家。
        [supportive-housing] 您的計劃現在寫明您住在支援性住房。
        [shared-living] 您的計劃現在寫明您住在共同生活住家。
        [residential-facility] 您的計劃現在寫明您住在有執照的住宿照護之家。
        [unhoused] 您的計劃現在寫明您住在收容所或沒有固定住址。
       *[other] 您的計劃現在寫明您住在其他地方。
    }
    [description] 您對自己住處的描述已變更。
    [chosenByPerson] { $after ->
        [true] 您的計劃現在寫明您住的地方是您自己選的。
       *[other] 您的計劃不再寫明您住的地方是您自己選的。
    }
    [alternativesConsidered] 您考慮過的其他居住地方已更新。
   *[other] 關於您住在哪裡以及原因的記錄已變更。
}

change-service-choice = 關於您選擇服務和服務提供者的記錄已變更。

## 本人在住處的權利受到的限制。$right：受到限制的權利。

change-modification-added = 您的計劃加入了對您一項權利的限制：「{ $right }」。
change-modification-removed = 這項對您權利的限制已不在您的計劃中：「{ $right }」。
change-modification-changed = 對您權利「{ $right }」的限制，細節已變更。

## 團隊。$name：團隊成員的名字；$role：角色，來自 change-team-role。

change-team-role = { $role ->
    [care-coordinator] 您的照護協調員
    [lead-care-manager] 您的主要照護經理
    [housing-navigator] 您的住房導航員
    [provider] 服務提供者
    [clinician] 臨床醫護人員
    [family] 家人
    [friend] 朋友
    [peer-support] 同儕支持者
    [representative] 您的代表人
    [decision-supporter] 協助您做決定的支持者
   *[other] 團隊成員
}
change-team-added = { $name }以{ $role }的身分加入您的團隊。
change-team-removed = { $name }已不在您的團隊中。
change-team-role-changed = { $name }現在在您的團隊中擔任{ $role }。
# $field：哪一個細節有變更。
change-team-changed = { $field ->
    [contact] { $name }的聯絡資料已變更。
    [chosenByPerson] 您的計劃中關於{ $name }是否由您選進團隊的記錄已變更。
   *[other] 您團隊中{ $name }的資料已變更。
}

## 誰撰寫和誰監督計劃。$name：新負責人的名字（可能是空的）。

change-planner = 協助您撰寫計劃的人已更換。
change-plan-monitor = { $case ->
    [removed] 您的計劃不再寫明由誰追蹤計劃。
   *[other] 現在由{ $name }確認您的計劃有被執行。
}

## 檢討。

change-last-review = { $case ->
    [removed] 您的計劃不再有上次檢討的日期。
   *[other] 您上次計劃檢討的日期現在是{ $date }。
}
change-next-review = { $case ->
    [removed] 您的計劃不再有下次檢討的日期。
   *[other] 您下次計劃檢討的期限現在是{ $date }。
}
# $field："triggers"（引起檢討的情況）或 "updateRequestMethod"（如何要求修改）。
change-review = { $field ->
    [triggers] 會引起計劃檢討的情況已變更。
   *[other] 您要求修改計劃的方式已變更。
}

# $field："ecm"（加強型照護管理）或 "housingSupportPlan"。
change-program-section = { $field ->
    [ecm] 您的照護管理部分已變更。
   *[other] 您的住房支援計劃已變更。
}
