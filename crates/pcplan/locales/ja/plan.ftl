## プランの文書（Markdown、HTML、PDF）。プランはご本人の声で語ります：「私の」「私は」「私に」。
## ラベルは自分の句読点で終わります（日本語では全角のコロン）。言語によって句読点の使い方がちがうためです。
## メッセージに入る値は、すでに文書の言語に合わせて整えられています（日付と数字）。

## 文書の枠

# 文書のタイトル。$name：ご本人が呼ばれたい名前。
plan-title = 私の本人中心プラン：{ $name }
# HTML ページのタイトル（ブラウザのタブに表示）。$name：ご本人が希望する名前。
html-title = { $name }：私の本人中心プラン
# PDF の各ページのヘッダー。$name：希望する名前、$version：プランの版番号。
running-header = { $name }、本人中心プラン、第{ $version }版
# PDF の各ページのフッター。$page：今のページ番号、$pages：ページ数。
running-footer = { $pages }ページ中{ $page }ページ
# タイトルの下。$version：プランの版、$start と $end：整えられた日付。
plan-period = 私のプランの第{ $version }版です。{ $start }から{ $end }まで有効です。
# タイトルの下（終了日がないプラン）。$version：プランの版、$start：整えられた日付。
plan-period-open = 私のプランの第{ $version }版です。{ $start }から有効です。
label-latest-change = この版で変わったこと：
changes-heading = 前回の版からの変更点
# 表のセルに何も記録がないときに表示します。
not-recorded = 記録なし

## 私について

about-me-heading = 私について
label-preferred-name = 私の呼ばれたい名前：
label-pronouns = 私の代名詞：
# 代名詞の標準的な組み合わせを一つ、この言語で。$set：he、she、they（単数）。
pronoun-set = { $set ->
    [he] 彼
    [she] 彼女
   *[they] その人（性別を問わない言い方）
}
label-identity-language = 私をどう表現してほしいか：
# $preference：person-first、identity-first、no-preference のいずれか。
identity-preference = { $preference ->
    [person-first] 人を先にした言い方（例：「障がいのある人」）
    [identity-first] アイデンティティを先にした言い方（例：「障がい者」）
   *[other] 特に希望なし
}
label-identity-terms = 私が自分について使う言葉：
label-languages = 私の言語：
# $spoken と $written：言語の名前（"language" メッセージから）。
languages-spoken-written = 私は{ $spoken }を話します。{ $written }を読み書きします。
# $languages：ご本人が通訳を必要とする言語（リスト）。
interpreter-needed-for = 会議がほかの言語で行われるときは、{ $languages }の通訳者が必要です。
# 言語と、ご本人がその言語をどのくらい使えるか。$language：言語の名前；$proficiency：excellent、good、fair、poor。
language-proficiency = { $language }（{ $proficiency ->
    [excellent] とてもよくできる
    [good] よくできる
    [fair] ある程度できる
   *[poor] 少しできる
}）
label-residence = 私が今住んでいる場所：
# $kind：場所の種類。
residence-kind = { $kind ->
    [own-home] 自分の家
    [with-family-or-friends] 家族や友人と一緒
    [shelter] シェルター
    [domestic-violence-shelter] 安全なシェルター
    [transitional-housing] 一時的な住まい（トランジショナル・ハウジング）
    [recuperative-care] 回復のためのケア施設
    [supportive-housing] サポート付き住宅
    [group-home] グループホーム
    [assisted-living] 介助付きの住まい（アシステッド・リビング）
    [nursing-facility] 介護施設（ナーシングホーム）
    [hospital] 病院
    [incarcerated] 刑務所や拘置所
    [unsheltered] 泊まる場所がない
   *[other] その他の場所
}
# $date：日付。
residence-since = { $date }から
label-name-as-written = 自分で書くときの私の名前：
label-formats = 書かれた資料に必要な形式：
label-birth-date = 私の生年月日：
label-legal-name = 私の法律上の名前（本人確認用）：
# $type：識別番号の種類。
identifier-type = { $type ->
    [medicaid-number] 私の Medi-Cal 番号（CIN）：
    [state-id] 私の州の ID：
    [medical-record-number] 私の診療録番号：
    [member-id] 私の健康保険プランの会員番号：
   *[other] 私の ID 番号：
}
representatives-heading = 私が決めるのを手助けしてくれる人
# $kind：代理人の種類。
representative-kind = { $kind ->
    [guardian] 私の後見人
    [conservator] 私の保佐人（conservator）
    [authorized-representative] 私の正式な代理人
    [power-of-attorney] 私の委任状による代理人
    [supported-decision-maker] 私の意思決定を支える支援者
   *[other] 私の代理人
}
# $applies：always、when-person-cannot-decide、conditional。このあとにご本人の言葉で条件が続くことがあります。
representative-authority = { $applies ->
    [always] この人には、私の代わりに決める法的な権限があります。
    [when-person-cannot-decide] この人には、私が自分で決められないときだけ、私の代わりに決める法的な権限があります。
   *[conditional] この人には、次の条件のときに、私の代わりに決める法的な権限があります：
}
label-authority-areas = 対象：

## 言語と形式

# 言語の名前。$code："es" や "zh-Hant" などの言語コード。
language = { $code ->
    [en] 英語
    [es] スペイン語
    [zh-Hant] 中国語（繁体字）
    [zh-Hans] 中国語（簡体字）
    [zh] 中国語
    [yue] 広東語
    [cmn] 標準中国語
    [vi] ベトナム語
    [ko] 韓国語
    [tl] タガログ語
    [fil] フィリピノ語
    [hy] アルメニア語
    [hyw] 西アルメニア語
    [ru] ロシア語
    [fa] ペルシア語（ファルシ語）
    [ar] アラビア語
    [km] クメール語
    [hmn] モン語（Hmong）
    [mww] モン語（Hmong）
    [pa] パンジャブ語
    [hi] ヒンディー語
    [ja] 日本語
    [th] タイ語
    [lo] ラオ語
    [uk] ウクライナ語
    [ium] ミエン語（Mien）
   *[other] { $code }
}
# $format：文書の形式。
document-format = { $format ->
    [standard-print] ふつうの文字の印刷
    [large-print] 大きな文字
    [audio] 音声
    [braille] 点字
   *[accessible-electronic] アクセシブルな電子形式
}

## 私はどんな人か

like-and-admire-heading = 周りの人が私について好きなところ、すごいと思うところ
important-to-heading = 私にとって大切なこと
how-to-support-heading = 私の支え方
more-about-me-heading = 私の強み、興味、才能
strengths-heading = 私の強み
interests-heading = 私の興味
talents-heading = 私の才能
preferences-heading = 私の好み
needs-heading = 私が手助けを必要としていること
# $category：アセスメントで分かったニーズの分類。
need-category = { $category ->
    [physical-health] 私の体の健康：
    [oral-health] 私の歯と口：
    [behavioral-health] 私のこころの健康：
    [substance-use] お酒と薬物：
    [daily-living] 毎日の生活：
    [housing] 住まい：
    [food] 食べ物：
    [transportation] 移動：
    [social] 人とのつながりと地域：
    [financial] お金と給付：
    [employment] 仕事：
    [education] 学び：
    [communication] コミュニケーション：
    [safety] 安全：
    [end-of-life] 人生の最期に向けた準備：
   *[other] その他：
}

## 目標

goals-heading = 私の目標
# $number：プランの中での目標の番号。
goal-heading = 目標{ $number }
# ご本人の言葉による目標の前に置きます。$expressed：だれがその目標を言ったか。
own-words-intro = { $expressed ->
    [person] 私自身の言葉で：
    [person-with-support] 手助けを受けて、私自身の言葉で：
    [representative] 私の代理人の言葉で：
   *[team] 私のチームが書いたとおり：
}
own-words-translation-intro = 翻訳：
label-goal-statement = 私の目標：
label-target-date = いつまでに達成したいか：
label-goal-status = 今の状況：
# $status：目標の状況。
goal-status = { $status ->
    [proposed] まだ始めていない
    [active] 取り組んでいる
    [achieved] 達成した
    [on-hold] 私の選択で、いったん休止中
   *[discontinued] この目標はもう望んでいない
}
steps-heading = この目標に向けたステップ
step-by-me = 自分でする
# $names：ご本人が一緒にステップをするチームメンバー（リスト）。
step-by-me-with = { $names }と一緒にする
# $who：手助けするチームメンバーの名前。
step-who = { $who }が手助けする
step-who-unknown = だれが手助けするかは記録されていない
# $names：ご本人と一緒にステップをするチームメンバー（リスト）。
step-together-with = { $names }と一緒に
# $date：整えられた日付。
step-by-date = { $date }までに
step-done = 完了
goal-supports-heading = この目標に役立つ支援

## 支援

supports-heading = 私の支援
paid-supports-heading = 有償サービス
paid-supports-caption = 私のプランにある有償サービス
natural-supports-heading = 家族、友人、地域からの支援
natural-supports-caption = 私の身近な人からの無償の支援
natural-supports-none = 私とチームは家族、友人、地域からの無償の支援を探しましたが、今のところ見つかっていません。
col-support = 支援
col-provider = 提供する人
col-amount = 量と頻度
col-dates = 期間
col-location = 場所
col-how-i-want-it = 私の希望するやり方
# コードと承認の表。サービス提供者や健康保険プラン向けの写しにだけ出ます（ご本人の写しでは
# サービスをやさしい言葉で書きます）。
billing-heading = サービスコードと承認
billing-caption = 私のサービス提供者と健康保険プランのために：私の有償サービスのコードと承認
col-service-code = サービスコード
col-authorization = 承認
col-authorized-units = 承認された単位数
col-rate = 単位あたりの料金
# 単位あたりの料金。$rate：数字；$currency：ISO 4217 の通貨コード（USD など）。
# CLDR と同じく、日本語では通貨コードを先に置きます。
billing-rate = { $currency } { $rate }
label-place-of-service = サービス提供場所：
self-directed = このサービスは私が自分で管理しています。
# 支援の量と頻度。$count：単数・複数を選ぶための数（日本語は other だけ）、$quantity：同じ数を
# 言語に合わせて整えたもの、$unit：サービスの単位、$interval：頻度（または "none"）。
# 日本語では頻度を量の前に置きます（「週に12時間」）。「1回のみ」と「頼んだとき」は後ろに置きます。
support-amount =
    { $interval ->
        [day] 1日に
        [week] 週に
        [month] 月に
        [year] 年に
        [one-time] {""}
        [as-needed] {""}
       *[none] {""}
    }{ $unit ->
        [minute]
            { $count ->
               *[other] { $quantity }分
            }
        [quarter-hour]
            { $count ->
               *[other] 15分を{ $quantity }回
            }
        [hour]
            { $count ->
               *[other] { $quantity }時間
            }
        [half-day]
            { $count ->
               *[other] 半日を{ $quantity }回
            }
        [day]
            { $count ->
               *[other] { $quantity }日
            }
        [visit]
            { $count ->
               *[other] 訪問{ $quantity }回
            }
        [session]
            { $count ->
               *[other] セッション{ $quantity }回
            }
        [meal]
            { $count ->
               *[other] { $quantity }食
            }
        [trip]
            { $count ->
               *[other] 移動{ $quantity }回
            }
        [mile]
            { $count ->
               *[other] { $quantity }マイル
            }
        [dollar]
            { $count ->
               *[other] { $quantity }ドル
            }
       *[item]
            { $count ->
               *[other] { $quantity }点
            }
    }{ $interval ->
        [day] {""}
        [week] {""}
        [month] {""}
        [year] {""}
        [one-time] 、1回のみ
        [as-needed] 、私が頼んだときに
       *[none] {""}
    }
# 量が記録されていないときの頻度。$interval：頻度。
support-interval-only = { $interval ->
    [day] 毎日
    [week] 毎週
    [month] 毎月
    [year] 毎年
    [one-time] 1回のみ
   *[as-needed] 私が頼んだときに
}
# $start と $end：整えられた日付。
date-range = { $start }から{ $end }まで
# $start：整えられた日付。
date-from = { $start }から

## 安全

safety-heading = 私が選んで引き受けるリスクと、私の安全を守る方法
risks-caption = リスク、私の選択、安全を守る方法
col-risk = リスク
col-my-choice = 私の選択
col-stay-safe = 安全を守る方法
backup-plan-heading = 私のバックアッププラン
backup-contacts-intro = この順番で電話する人：
# 一つひとつの支援のバックアッププランの見出し（「送迎が来ないとき」）。
support-backups-heading = 私の支援のどれかが来ないとき
emergency-contacts-heading = 私の緊急連絡先

## 住まいと選択

setting-heading = 私が住んでいる場所と私の選択
label-setting = 私が住んでいる場所：
# $setting：場所の種類。
setting-type = { $setting ->
    [own-home] 自分の家
    [family-home] 家族の家
    [supportive-housing] サポート付き住宅
    [shared-living] シェアリビングの家
    [residential-facility] 入所型のケアホーム
    [unhoused] シェルター、または決まった住所がない
   *[other] その他の場所
}
setting-chosen = 住む場所は私が選びました。
setting-not-chosen = 住む場所は私が選んだのではありません。
alternatives-heading = 私が検討したほかの場所
services-offered = サービスの選択肢を示されました。
services-not-offered = サービスの選択肢を示されませんでした。
services-selected = 自分のサービスを選ぶのに参加しました。
services-not-selected = 自分のサービスを選ぶのに参加しませんでした。
providers-offered = それぞれのサービスをだれが提供するか、選択肢を示されました。
providers-not-offered = 私のサービスをだれが提供するか、選択肢を示されませんでした。
providers-informed = 提供者を選ぶのに必要な情報がありました。
providers-not-informed = 提供者を選ぶのに必要な情報がありませんでした。
services-agree = 私のプランにあるサービスに同意します。
services-not-agree = 私のプランにあるサービスのすべてには同意しません。
label-reason-not-offered = 選択肢がなかった理由：

## 私の権利の変更

modifications-heading = 住んでいる場所での私の権利の変更
modifications-intro = 権利は、ここに書かれた理由があり、私が同意した場合にだけ制限できます。そして、決まった時期に見直されます。
# $number：変更の番号。
modification-heading = 変更{ $number }
label-right-modified = 制限される権利：
# $item：法律が変更ごとに求める8つの項目の1つ。
modification-item = { $item ->
    [assessed-need] この変更の理由となるニーズ：
    [prior-interventions] 最初に試したこと：
    [less-intrusive-methods] 試した、より制限の少ない方法と、うまくいかなかった理由：
    [condition-description] 制限の具体的な内容：
    [data-collection] うまくいっているかを確かめる方法：
    [review-time-limits] 見直す時期：
    [informed-consent] 私の同意：
   *[no-harm-assurance] 私に害がないようにする方法：
}

## 制度

ecm-heading = 私の強化ケアマネジメント（ECM）
label-lead-care-manager = 私の主任ケアマネージャー：
label-assessment-date = アセスメントの日：
label-care-domains = 私のプランがカバーする分野：
# $domain：ECM のケアの分野。
care-domain = { $domain ->
    [physical] 体の健康
    [behavioral] こころの健康
    [substance-use] お酒と薬物の使用
    [ltss] 長期サービス・支援
    [oral] 歯の健康
    [palliative] 苦痛をやわらげるケア
   *[social-needs] 住まい、食べ物、そのほかの毎日の必要
}
housing-heading = 私の住まいの支援計画
housing-barriers-heading = 私にとって住まいを難しくしていること
housing-short-term-heading = 私の短期の住まいの目標
housing-long-term-heading = 私の長期の住まいの目標
housing-other-services-heading = 役に立つほかのサービス
label-measure = 達成したと分かる方法：

## チーム

team-heading = 私のチーム
team-caption = 私のチームの人たち
col-name = 名前
col-role = 役割
col-organization = 所属または関係
col-contact = 連絡先
# $role：チームメンバーの役割。
team-role = { $role ->
    [care-coordinator] ケアコーディネーター
    [lead-care-manager] 主任ケアマネージャー
    [housing-navigator] 住まい探しの支援者
    [provider] サービス提供者
    [clinician] 医療提供者
    [family] 家族
    [friend] 友人
    [peer-support] ピアサポーター
    [representative] 代理人
    [decision-supporter] 意思決定の支援者
   *[other] チームメンバー
}

## 権利

rights-heading = 私の権利
right-review-any-time = 私はいつでもプランの見直しを求めることができます。
# $language：ご本人が読む言語の名前（"language" メッセージから）。
right-copy = 私は{ $language }で、私に必要な形式のプランの写しを受け取れます。
right-say-no = 私はプランにあるどのサービスも断ることができます。

## 見直し

review-heading = 私のプランの見直し
label-last-review = 前回の見直し：
label-next-review = 次の見直しの期限：
label-plan-monitor = 私のプランが私に合っているかを確認する人：
review-triggers-intro = 次のときにも私のプランを見直します：
# $trigger：見直しのきっかけ。
review-trigger = { $trigger ->
    [annual] 少なくとも年に1回
    [change-in-circumstances] 私の生活や必要なことが変わったとき
    [person-request] 私が求めたとき
    [hospital-discharge] 入院して退院したあと
   *[provider-change] 提供者が変わったとき
}
monitoring-heading = 私のプランの進み具合
delivered-as-planned = 私の支援は計画どおりに届きました。
not-delivered-as-planned = 私の支援のすべてが計画どおりに届いたわけではありません。
# $from：だれが意見を出したか。
feedback-from = { $from ->
    [person] 私が言ったこと
    [representative] 私の代理人が言ったこと
    [natural-support] 私の身近な人が言ったこと
   *[provider] 提供者が言ったこと
}

## 署名と写し

signatures-heading = 署名
signatures-caption = 私のプランに署名した人
col-date = 日付
# $role：署名する人。
signer-role = { $role ->
    [person] 私
    [representative] 私の代理人
    [planner] 私のプラン作成者
    [provider] 提供者
   *[witness] 立会人
}
unable-to-sign = 署名できなかった：
# $witness：立会人の名前。
unable-to-sign-witness = （立会人：{ $witness }）
distribution-heading = 写しを受け取った人
distribution-caption = 私のプランの写し
col-language = 言語
col-format = 形式
# $role：写しを受け取った人。
recipient-role = { $role ->
    [person] 私
    [representative] 私の代理人
    [provider] 提供者
    [team-member] チームメンバー
   *[health-plan] 私の健康保険プラン
}
