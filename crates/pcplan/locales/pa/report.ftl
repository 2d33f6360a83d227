## ਪ੍ਰਮਾਣਿਕਤਾ ਰਿਪੋਰਟ, ਜਿਵੇਂ ਕੋਆਰਡੀਨੇਟਰ ਇਸ ਨੂੰ ਪੜ੍ਹਦਾ ਹੈ: ਯੋਜਨਾ ਦੇ ਭਾਗ, ਗੰਭੀਰਤਾ, ਸਾਰ।

severity-error = ਗਲਤੀ
severity-warning = ਚੇਤਾਵਨੀ
severity-info = ਨੋਟ
finding-fix = ਕਿਵੇਂ ਠੀਕ ਕਰੀਏ
finding-value = ਮੁੱਲ
report-summary = { $errors ->
        [0] ਕੋਈ ਗਲਤੀ ਨਹੀਂ
        [one] { $errors } ਗਲਤੀ
       *[other] { $errors } ਗਲਤੀਆਂ
    }, { $warnings ->
        [0] ਕੋਈ ਚੇਤਾਵਨੀ ਨਹੀਂ।
        [one] { $warnings } ਚੇਤਾਵਨੀ।
       *[other] { $warnings } ਚੇਤਾਵਨੀਆਂ।
    }

section-plan = ਪੂਰੀ ਯੋਜਨਾ
section-effectivePeriod = ਯੋਜਨਾ ਦੀਆਂ ਤਾਰੀਖ਼ਾਂ
section-person = ਵਿਅਕਤੀ ਬਾਰੇ
section-representatives = ਪ੍ਰਤੀਨਿਧੀ
section-profile = ਪ੍ਰੋਫ਼ਾਈਲ
section-needs = ਲੋੜਾਂ
section-goals = ਟੀਚੇ
section-supports = ਸਹਾਇਤਾਵਾਂ
section-risks = ਜੋਖਮ
section-backupPlan = ਬੈਕਅੱਪ ਯੋਜਨਾ
section-settingChoice = ਰਹਿਣ ਦੀ ਥਾਂ
section-serviceChoice = ਸੇਵਾਵਾਂ ਅਤੇ ਪ੍ਰਦਾਤਾਵਾਂ ਦੀ ਚੋਣ
section-modifications = ਅਧਿਕਾਰਾਂ ਵਿੱਚ ਤਬਦੀਲੀਆਂ
section-team = ਟੀਮ
section-planner = ਯੋਜਨਾ ਬਣਾਉਣ ਵਾਲਾ
section-planMonitor = ਯੋਜਨਾ ਦੀ ਨਿਗਰਾਨੀ ਕਰਨ ਵਾਲਾ
section-meetings = ਮੀਟਿੰਗਾਂ
section-monitoring = ਨਿਗਰਾਨੀ
section-feedback = ਫੀਡਬੈਕ
section-review = ਸਮੀਖਿਆ
section-lifeEvents = ਜ਼ਿੰਦਗੀ ਦੀਆਂ ਘਟਨਾਵਾਂ
section-updateRequests = ਤਬਦੀਲੀ ਦੀਆਂ ਬੇਨਤੀਆਂ
section-signatures = ਦਸਤਖ਼ਤ
section-distribution = ਯੋਜਨਾ ਦੀਆਂ ਕਾਪੀਆਂ
section-programSections = ਪ੍ਰੋਗਰਾਮ ਭਾਗ
