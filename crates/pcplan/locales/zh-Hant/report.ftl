## 照護協調員看到的驗證報告：計劃的各個部分、嚴重程度、摘要。

severity-error = 錯誤
severity-warning = 警告
severity-info = 備註
finding-fix = 修正方法
finding-value = 內容
report-summary = { $errors ->
        [0] 沒有錯誤
       *[other] { $errors }個錯誤
    }，{ $warnings ->
        [0] 沒有警告。
       *[other] { $warnings }個警告。
    }

section-plan = 整份計劃
section-effectivePeriod = 計劃日期
section-person = 關於本人
section-representatives = 代表人
section-profile = 個人簡介
section-needs = 需求
section-goals = 目標
section-supports = 支援
section-risks = 風險
section-backupPlan = 備用計劃
section-settingChoice = 居住環境
section-serviceChoice = 服務和服務提供者的選擇
section-modifications = 權利限制
section-team = 團隊
section-planner = 計劃撰寫人
section-planMonitor = 計劃監督人
section-meetings = 會議
section-monitoring = 追蹤
section-feedback = 意見回饋
section-review = 檢討
section-lifeEvents = 生活事件
section-updateRequests = 更新要求
section-signatures = 簽名
section-distribution = 計劃副本
section-programSections = 各方案專屬部分
