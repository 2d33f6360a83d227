## Daim ntawv qhia txog kev kuaj xyuas phiaj xwm, rau tus neeg pab npaj kev saib xyuas.

severity-error = Yuam kev
severity-warning = Ceeb toom
severity-info = Sau tseg
finding-fix = Kho li cas
finding-value = Yam sau rau hauv
# Hmong has no plural forms (CLDR: other only).
report-summary = { $errors ->
        [0] Tsis muaj yuam kev
       *[other] { $errors } qhov yuam kev
    }, { $warnings ->
        [0] tsis muaj lus ceeb toom.
       *[other] { $warnings } lus ceeb toom.
    }

section-plan = Tag nrho phiaj xwm
section-effectivePeriod = Hnub tim ntawm phiaj xwm
section-person = Hais txog tus neeg
section-representatives = Cov neeg sawv cev
section-profile = Keeb kwm tus neeg
section-needs = Kev xav tau
section-goals = Cov hom phiaj
section-supports = Kev pab
section-risks = Kev pheej hmoo
section-backupPlan = Phiaj xwm thaub qab
section-settingChoice = Chaw nyob
section-serviceChoice = Kev xaiv kev pab thiab cov neeg muab kev pab
section-modifications = Kev hloov txoj cai
section-team = Pab neeg
section-planner = Tus pab sau phiaj xwm
section-planMonitor = Tus saib xyuas phiaj xwm
section-meetings = Kev sib tham
section-monitoring = Kev saib xyuas
section-feedback = Lus tawm tswv yim
section-review = Kev tshuaj xyuas
section-lifeEvents = Tej yam tshwm sim hauv lub neej
section-updateRequests = Kev thov hloov phiaj xwm
section-signatures = Kev kos npe
section-distribution = Cov ntawv luam ntawm phiaj xwm
section-programSections = Cov ntu ntawm qhov kev pab cuam
