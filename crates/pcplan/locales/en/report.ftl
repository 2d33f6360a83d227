## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = Error
severity-warning = Warning
severity-info = Note
finding-fix = Fix
finding-value = Value
report-summary = { $errors ->
        [0] No errors
        [one] 1 error
       *[other] { $errors } errors
    }, { $warnings ->
        [0] no warnings.
        [one] 1 warning.
       *[other] { $warnings } warnings.
    }

section-plan = The whole plan
section-effectivePeriod = Plan dates
section-person = About the person
section-representatives = Representatives
section-profile = Profile
section-needs = Needs
section-goals = Goals
section-supports = Supports
section-risks = Risks
section-backupPlan = Backup plan
section-settingChoice = Setting
section-serviceChoice = Choice of services and providers
section-modifications = Modifications
section-team = Team
section-planner = Planner
section-planMonitor = Plan monitor
section-meetings = Meetings
section-monitoring = Monitoring
section-feedback = Feedback
section-review = Review
section-lifeEvents = Life events
section-updateRequests = Update requests
section-signatures = Signatures
section-distribution = Copies of the plan
section-programSections = Program sections
