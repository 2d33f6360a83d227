## 护理协调员看到的验证报告：计划的各个部分、严重程度、摘要。

severity-error = 错误
severity-warning = 警告
severity-info = 备注
finding-fix = 修改方法
finding-value = 内容
report-summary = { $errors ->
        [0] 没有错误
       *[other] { $errors }个错误
    }，{ $warnings ->
        [0] 没有警告。
       *[other] { $warnings }个警告。
    }

section-plan = 整份计划
section-effectivePeriod = 计划日期
section-person = 关于本人
section-representatives = 代表人
section-profile = 个人简介
section-needs = 需求
section-goals = 目标
section-supports = 支持
section-risks = 风险
section-backupPlan = 备用计划
section-settingChoice = 居住环境
section-serviceChoice = 服务和服务提供者的选择
section-modifications = 权利限制
section-team = 团队
section-planner = 计划制定人
section-planMonitor = 计划监督人
section-meetings = 会议
section-monitoring = 跟进
section-feedback = 意见反馈
section-review = 审查
section-lifeEvents = 生活事件
section-updateRequests = 更新请求
section-signatures = 签名
section-distribution = 计划副本
section-programSections = 各项目专属部分
