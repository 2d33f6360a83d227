## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = Mali
severity-warning = Babala
severity-info = Paalala
finding-fix = Paano ayusin
finding-value = Halaga
report-summary = { $errors ->
        [0] Walang mali
       *[other] { $errors } mali
    }, { $warnings ->
        [0] walang babala.
       *[other] { $warnings } babala.
    }

section-plan = Ang buong plano
section-effectivePeriod = Mga petsa ng plano
section-person = Tungkol sa tao
section-representatives = Mga kinatawan
section-profile = Paglalarawan sa tao
section-needs = Mga pangangailangan
section-goals = Mga layunin
section-supports = Mga suporta
section-risks = Mga panganib
section-backupPlan = Planong pang-emergency
section-settingChoice = Tirahan
section-serviceChoice = Pagpili ng mga serbisyo at provider
section-modifications = Mga limitasyon sa karapatan
section-team = Pangkat
section-planner = Tagaplano
section-planMonitor = Tagasubaybay ng plano
section-meetings = Mga pulong
section-monitoring = Pagsubaybay
section-feedback = Puna
section-review = Pagrepaso
section-lifeEvents = Mga pangyayari sa buhay
section-updateRequests = Mga hiling na baguhin
section-signatures = Mga lagda
section-distribution = Mga kopya ng plano
section-programSections = Mga seksyon ng programa
