## ケアコーディネーターが読む検証レポート：プランの各部分、重大度、まとめ。

severity-error = エラー
severity-warning = 警告
severity-info = メモ
finding-fix = 直し方
finding-value = 内容
report-summary = { $errors ->
        [0] エラーなし
       *[other] エラー{ $errors }件
    }、{ $warnings ->
        [0] 警告なし。
       *[other] 警告{ $warnings }件。
    }

section-plan = プラン全体
section-effectivePeriod = プランの期間
section-person = ご本人について
section-representatives = 代理人
section-profile = プロフィール
section-needs = ニーズ
section-goals = 目標
section-supports = 支援
section-risks = リスク
section-backupPlan = バックアッププラン
section-settingChoice = 住まい
section-serviceChoice = サービスと提供者の選択
section-modifications = 権利の制限
section-team = チーム
section-planner = プラン作成者
section-planMonitor = プランの確認担当者
section-meetings = 会議
section-monitoring = モニタリング
section-feedback = 意見
section-review = 見直し
section-lifeEvents = 生活の出来事
section-updateRequests = 変更の依頼
section-signatures = 署名
section-distribution = プランの写し
section-programSections = 制度別のセクション
