## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = Սխալ
severity-warning = Զգուշացում
severity-info = Նշում
finding-fix = Ինչպես ուղղել
finding-value = Արժեք
report-summary = { $errors ->
        [0] Սխալներ չկան
       *[other] { $errors } սխալ
    }, { $warnings ->
        [0] զգուշացումներ չկան։
       *[other] { $warnings } զգուշացում։
    }

section-plan = Ամբողջ պլանը
section-effectivePeriod = Պլանի ամսաթվերը
section-person = Անձի մասին
section-representatives = Ներկայացուցիչներ
section-profile = Անձնական նկարագիր
section-needs = Կարիքներ
section-goals = Նպատակներ
section-supports = Աջակցություն
section-risks = Ռիսկեր
section-backupPlan = Պահուստային պլան
section-settingChoice = Բնակության վայր
section-serviceChoice = Ծառայությունների և մատուցողների ընտրություն
section-modifications = Իրավունքների սահմանափակումներ
section-team = Թիմ
section-planner = Պլանը կազմող
section-planMonitor = Պլանի կատարմանը հետևող
section-meetings = Հանդիպումներ
section-monitoring = Ընթացքի հետևում
section-feedback = Կարծիքներ
section-review = Վերանայում
section-lifeEvents = Կյանքի իրադարձություններ
section-updateRequests = Պլանը փոխելու խնդրանքներ
section-signatures = Ստորագրություններ
section-distribution = Պլանի պատճենները
section-programSections = Ծրագրերի բաժիններ
