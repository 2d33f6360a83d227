## 前の版のプランから変わったこと：変更ごとに1文で、ご本人に向けて（「あなたの」）伝えます。
## プランの文章はすでに文書の言語で、句点なしで届きます：$goal（目標）、$name（支援、チームメンバー、代理人）、
## $text（ニーズ）、$risk、$step、$right（制限される権利）。日本語では「」で引用します。日付（$date）と数字は整えられています。
## $case は "added"（前は値がなかった）、"removed"（今は値がない）、"changed" のいずれかです。
## $field はプランの変わった部分（プランファイルの項目名）です。はい・いいえの変更では $after は "true" か "false" です。

## 支援の量。ほかの文の中で使います：「週に12時間」「1回のみ2,350ドル」。

# $quantity：単数・複数を選ぶための数（日本語は other だけ）、$number：同じ数を整えたもの。$unit：単位。
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number }分
    }
    [quarter-hour] { $quantity ->
       *[other] 15分を{ $number }回
    }
    [hour] { $quantity ->
       *[other] { $number }時間
    }
    [half-day] { $quantity ->
       *[other] 半日を{ $number }回
    }
    [day] { $quantity ->
       *[other] { $number }日
    }
    [visit] { $quantity ->
       *[other] 訪問{ $number }回
    }
    [session] { $quantity ->
       *[other] セッション{ $number }回
    }
    [meal] { $quantity ->
       *[other] { $number }食
    }
    [trip] { $quantity ->
       *[other] 送迎{ $number }回
    }
    [mile] { $quantity ->
       *[other] { $number }マイル
    }
    [dollar] { $number }ドル
    [item] { $quantity ->
       *[other] { $number }点
    }
   *[none] { $number }
}

# $amount：単位つきの量（上のメッセージ）。$interval：頻度。
change-amount-interval = { $interval ->
    [day] 1日に{ $amount }
    [week] 週に{ $amount }
    [month] 月に{ $amount }
    [year] 年に{ $amount }
    [one-time] 1回のみ{ $amount }
    [as-needed] あなたが頼んだときに{ $amount }
   *[none] { $amount }
}

# 量が書かれていない支援。
change-amount-none = 決まった量なし

## プラン全体。

# $field：プランの "start"（開始）または "end"（終了）。
change-plan-period = { $field ->
    [start] あなたのプランは{ $date }に始まることになりました。
   *[end] { $case ->
        [removed] あなたのプランには終了日がなくなりました。
       *[other] あなたのプランは{ $date }に終わることになりました。
    }
}

# ご本人についての情報が変わりました。文はどの種類の情報かだけを伝えます。
change-person = { $field ->
    [legalName] プランにあるあなたの法律上の名前が変わりました。
    [preferredNames] あなたの呼ばれたい名前が変わりました。
    [pronouns] あなたの代名詞が変わりました。
    [identityLanguage] あなたをどう表現してほしいかが変わりました。
    [birthDate] あなたの生年月日が変わりました。
    [identifiers] あなたの ID 番号が変わりました。
    [contact] あなたの連絡先が変わりました。
    [emergencyContacts] あなたの緊急連絡先が変わりました。
    [language] あなたが選んだ言語や形式が変わりました。
    [residence] あなたが住んでいる場所が変わりました。
   *[other] あなたの個人情報が変わりました。
}

## 代理人。$name：名前、$role：種類（change-representative-kind から）。

change-representative-kind = { $kind ->
    [guardian] 後見人
    [conservator] 保佐人（conservator）
    [authorized-representative] 正式な代理人
    [power-of-attorney] 委任状による代理人
    [supported-decision-maker] あなたの意思決定を支える支援者
   *[other] 代理人
}
change-representative-added = { $name }が、あなたの{ $role }としてプランに入りました。
change-representative-removed = { $name }は、あなたの{ $role }としてプランに入っていません。
change-representative-changed = あなたの{ $role }である{ $name }についての情報が変わりました。

## プロフィール。$field：どのリストか。

change-profile = { $field ->
    [likeAndAdmire] 周りの人があなたについて好きなところ、すごいと思うところが更新されました。
    [strengths] あなたの強みが更新されました。
    [interests] あなたの興味が更新されました。
    [talents] あなたの才能が更新されました。
    [importantTo] あなたにとって大切なことが更新されました。
    [howToSupport] あなたの一番よい支え方が更新されました。
    [preferences] あなたの好みが更新されました。
   *[other] あなたのプロフィールが更新されました。
}

## ニーズ。$text：ニーズ（やさしい言葉で）。

change-need-added = あなたのプランにニーズが加わりました：「{ $text }」。
change-need-removed = このニーズは、あなたのプランからなくなりました：「{ $text }」。
change-need-changed = { $field ->
    [description] あなたのプランのニーズが、次のように書きかえられました：「{ $text }」。
    [confidential] このニーズを見てよい人が変わりました：「{ $text }」。
   *[other] このニーズの詳しい内容が更新されました：「{ $text }」。
}

## 目標。$goal：目標（やさしい言葉で）。

change-goal-added = あなたのプランに新しい目標があります：「{ $goal }」。
change-goal-removed = この目標は、あなたのプランからなくなりました：「{ $goal }」。
# $field："statement"（やさしい言葉の目標）または "ownWords"（ご本人自身の言葉）。$before、$after：その言葉。
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] 目標「{ $goal }」にあったあなた自身の言葉が削除されました。
       *[other] ある目標のあなた自身の言葉が、次のようになりました：「{ $after }」。
    }
   *[statement] あなたの目標「{ $before }」は、次のように書きかえられました：「{ $after }」。
}
# $status：目標の新しい状況。
change-goal-status = { $status ->
    [proposed] あなたの目標「{ $goal }」は、今は提案の段階です。
    [active] あなたは今、目標「{ $goal }」に取り組んでいます。
    [achieved] あなたは目標「{ $goal }」を達成しました。
    [on-hold] あなたの目標「{ $goal }」は、今はいったん休止中です。
   *[discontinued] あなたの目標「{ $goal }」は、もう進めていません。
}
# $field："targetDate"、"expressedBy"（だれが目標を言ったか）、"needIds"（目標が取り組むニーズ）。
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] あなたの目標「{ $goal }」には、目標の日付がなくなりました。
       *[other] あなたの目標「{ $goal }」の目標の日付は、{ $date }になりました。
    }
    [expressedBy] あなたの目標「{ $goal }」をだれが言ったかの記録が変わりました。
    [confidential] あなたの目標「{ $goal }」を見てよい人が変わりました。
   *[other] あなたの目標「{ $goal }」が取り組むニーズが変わりました。
}

## 目標に向けたステップ。$step：ステップ、$goal：その目標。

change-step-added = あなたの目標「{ $goal }」に向けた新しいステップ：「{ $step }」。
change-step-removed = このステップは、あなたの目標「{ $goal }」の一部ではなくなりました：「{ $step }」。
# $who：これからそのステップをするチームメンバー（空のこともあります）。
change-step-changed = { $field ->
    [description] あなたの目標「{ $goal }」に向けたステップが、次のように書きかえられました：「{ $step }」。
    [responsibleId] { $case ->
        [removed] ステップ「{ $step }」をだれがするかが変わりました。
       *[other] これからは{ $who }がステップ「{ $step }」をします。
    }
    [byPerson] { $after ->
        [true] これからはあなた自身がステップ「{ $step }」をします。
       *[other] これからはあなたのチームのだれかがステップ「{ $step }」をします。
    }
    [withIds] ステップ「{ $step }」をあなたと一緒にする人が変わりました。
    [targetDate] { $case ->
        [removed] ステップ「{ $step }」には、目標の日付がなくなりました。
       *[other] ステップ「{ $step }」の目標の日付は、{ $date }になりました。
    }
    [done] { $after ->
        [true] ステップ「{ $step }」は完了しました。
       *[other] ステップ「{ $step }」は、完了の印がはずされました。
    }
   *[other] ステップ「{ $step }」が更新されました。
}

## 支援。$name：支援の名前。

# $amount（例：「週に12時間」）があるとき、$case は "amount" です。
change-support-added = { $case ->
    [amount] あなたのプランに支援「{ $name }」が加わりました：{ $amount }。
   *[other] あなたのプランに支援「{ $name }」が加わりました。
}
change-support-removed = 支援「{ $name }」は、あなたのプランからなくなりました。
# $before、$after：前の名前と新しい名前。
change-support-renamed = あなたの支援「{ $before }」は、「{ $after }」という名前になりました。
# $before：前の量。単位と頻度が同じときは数だけです（「10から週に12時間へ」）。
change-support-amount = あなたの支援「{ $name }」は、{ $before }から{ $after }に変わります。
# $before、$after：前の提供者と新しい提供者の名前。
change-support-provider = { $case ->
    [added] これからは{ $after }が、あなたの支援「{ $name }」を提供します。
    [removed] あなたの支援「{ $name }」には、提供者の名前がなくなりました。
   *[changed] あなたの支援「{ $name }」は、これからは{ $before }ではなく{ $after }が提供します。
}
# $field："startDate" または "endDate"。
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] あなたの支援「{ $name }」には、開始日がなくなりました。
       *[other] あなたの支援「{ $name }」は、{ $date }に始まることになりました。
    }
   *[endDate] { $case ->
        [removed] あなたの支援「{ $name }」には、終了日がなくなりました。
       *[other] あなたの支援「{ $name }」は、{ $date }に終わることになりました。
    }
}
# $after：支援が有償になったときは "true"。
change-support-paid = { $after ->
    [true] あなたの支援「{ $name }」は、有償サービスになりました。
   *[other] あなたの支援「{ $name }」は、あなたの身近な人からの無償の支援になりました。
}
# $field：支援のどの点が変わったか。
change-support-changed = { $field ->
    [description] あなたの支援「{ $name }」の内容の説明が書きかえられました。
    [location] あなたが支援「{ $name }」を受ける場所が変わりました。
    [fundingSource] あなたの支援「{ $name }」の費用をだれが払うかが変わりました。
    [selfDirected] { $after ->
        [true] これからはあなた自身が支援「{ $name }」を管理します。
       *[other] あなたは支援「{ $name }」を自分で管理しなくなりました。
    }
    [deliveryPreferences] 支援「{ $name }」をどのように受けたいかが変わりました。
    [critical] { $after ->
        [true] あなたの健康や安全は支援「{ $name }」にかかっている、とプランに書かれました。
       *[other] あなたの健康や安全は支援「{ $name }」にかかっている、という記述がプランからなくなりました。
    }
    [backup] あなたの支援「{ $name }」が来ないときにどうするかが変わりました。
    [ratePerUnit] あなたの支援「{ $name }」に支払われる料金が変わりました。
    [goalIds] あなたの支援「{ $name }」が役立つ目標が変わりました。
    [needIds] あなたの支援「{ $name }」が役立つニーズが変わりました。
    [code] あなたの支援「{ $name }」のサービスコードが変わりました。
    [schedule] あなたが支援「{ $name }」を受ける時間が変わりました。
    [authorization] あなたの支援「{ $name }」についての健康保険プランの承認が変わりました。
    [confidential] あなたの支援「{ $name }」を見てよい人が変わりました。
   *[other] あなたの支援「{ $name }」の詳しい内容が変わりました。
}
# $after：身近な人からの無償の支援が見つからなかったとチームが記録したときは "true"。
change-natural-supports-none = { $after ->
    [true] あなたの身近な人からの無償の支援は見つからなかった、とプランに書かれました。
   *[other] 無償の支援が見つからなかった、という記述がプランからなくなりました。
}

## リスク。$risk：リスク（やさしい言葉で）、$after：新しい文章。

change-risk-added = あなたのプランに新しいリスクが書かれました：「{ $risk }」。
change-risk-removed = このリスクは、あなたのプランからなくなりました：「{ $risk }」。
change-risk-mitigation = { $case ->
    [removed] リスク「{ $risk }」があるときに安全を守る方法が、プランからなくなりました。
   *[other] リスク「{ $risk }」があるときに安全を守る方法は、次のようになりました：「{ $after }」。
}
# $field："description"（リスクそのもの）または "personChoice"（リスクについてのご本人の選択）。
change-risk-changed = { $field ->
    [description] あなたのプランのリスクが、次のように書きかえられました：「{ $risk }」。
    [confidential] リスク「{ $risk }」を見てよい人が変わりました。
   *[other] リスク「{ $risk }」についてのあなたの選択が更新されました。
}

change-backup-plan = { $case ->
    [added] あなたのプランに、緊急時のバックアッププランができました。
    [removed] あなたのプランから、緊急時のバックアッププランがなくなりました。
   *[changed] あなたの緊急時のバックアッププランが変わりました。
}

## ご本人が住む場所。$after（$field が "setting" のとき）：住まいの種類。

change-setting = { $field ->
    [setting] { $after ->
        [own-home] あなたは自分の家に住んでいる、とプランに書かれました。
        [family-home] あなたは家族の家に住んでいる、とプランに書かれました。
        [supportive-housing] あなたはサポート付き住宅に住んでいる、とプランに書かれました。
        [shared-living] あなたはシェアリビングの家に住んでいる、とプランに書かれました。
        [residential-facility] あなたは認可を受けた入所型のホームに住んでいる、とプランに書かれました。
        [unhoused] あなたはシェルターにいるか、決まった住所がない、とプランに書かれました。
       *[other] あなたはほかの場所に住んでいる、とプランに書かれました。
    }
    [description] あなたが自分の住まいをどう説明しているかが変わりました。
    [chosenByPerson] { $after ->
        [true] あなたが住む場所を自分で選んだ、とプランに書かれました。
       *[other] あなたが住む場所を自分で選んだ、という記述がプランからなくなりました。
    }
    [alternativesConsidered] あなたが検討したほかの住む場所が更新されました。
   *[other] あなたがどこに、なぜ住んでいるかの記録が変わりました。
}

change-service-choice = あなたがサービスと提供者をどう選んだかの記録が変わりました。

## 住んでいる場所でのご本人の権利の制限。$right：制限される権利。

change-modification-added = あなたのプランに、あなたの権利の1つについての制限が加わりました：「{ $right }」。
change-modification-removed = このあなたの権利の制限は、プランからなくなりました：「{ $right }」。
change-modification-changed = あなたの権利「{ $right }」の制限について、詳しい内容が変わりました。

## チーム。$name：チームメンバーの名前、$role：役割（change-team-role から）。

change-team-role = { $role ->
    [care-coordinator] あなたのケアコーディネーター
    [lead-care-manager] あなたの主任ケアマネージャー
    [housing-navigator] あなたの住まい探しの支援者
    [provider] サービス提供者
    [clinician] 医療の専門職
    [family] 家族
    [friend] 友人
    [peer-support] ピアサポーター
    [representative] あなたの代理人
    [decision-supporter] あなたの意思決定の支援者
   *[other] チームメンバー
}
change-team-added = { $name }が{ $role }としてあなたのチームに加わりました。
change-team-removed = { $name }は、あなたのチームから外れました。
change-team-role-changed = { $name }は、これからはあなたのチームで{ $role }を務めます。
# $field：どの点が変わったか。
change-team-changed = { $field ->
    [contact] { $name }の連絡先が変わりました。
    [chosenByPerson] { $name }をあなたがチームに選んだかどうかの記録が変わりました。
   *[other] あなたのチームの{ $name }についての情報が変わりました。
}

## プランを作る人と見守る人。$name：新しい人の名前（空のこともあります）。

change-planner = あなたのプラン作りを手助けする人が変わりました。
change-plan-monitor = { $case ->
    [removed] あなたのプランには、プランを確認する人の名前がなくなりました。
   *[other] これからは{ $name }が、あなたのプランが実行されているかを確認します。
}

## 見直し。

change-last-review = { $case ->
    [removed] あなたのプランには、前回の見直しの日付がなくなりました。
   *[other] あなたの前回のプランの見直しの日付は、{ $date }になりました。
}
change-next-review = { $case ->
    [removed] あなたのプランには、次の見直しの日付がなくなりました。
   *[other] あなたの次のプランの見直しの期限は、{ $date }になりました。
}
# $field："triggers"（見直しのきっかけ）または "updateRequestMethod"（変更を頼む方法）。
change-review = { $field ->
    [triggers] あなたのプランを見直すきっかけが変わりました。
   *[other] あなたがプランの変更を頼む方法が変わりました。
}

# $field："ecm"（強化ケアマネジメント）または "housingSupportPlan"。
change-program-section = { $field ->
    [ecm] あなたのケアマネジメントのセクションが変わりました。
   *[other] あなたの住まいの支援計画が変わりました。
}
