## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = خطا
severity-warning = هشدار
severity-info = یادداشت
finding-fix = راه اصلاح
finding-value = مقدار
report-summary = { $errors ->
        [0] هیچ خطایی نیست
        [one] یک خطا
       *[other] { $errors } خطا
    }، { $warnings ->
        [0] و هیچ هشداری نیست.
        [one] و یک هشدار.
       *[other] و { $warnings } هشدار.
    }

section-plan = کل برنامه
section-effectivePeriod = تاریخ‌های برنامه
section-person = درباره‌ی فرد
section-representatives = نمایندگان
section-profile = معرفی فرد
section-needs = نیازها
section-goals = هدف‌ها
section-supports = حمایت‌ها
section-risks = خطرها
section-backupPlan = برنامه‌ی پشتیبان
section-settingChoice = محل زندگی
section-serviceChoice = انتخاب خدمات و ارائه‌دهندگان
section-modifications = تغییرات در حقوق
section-team = تیم
section-planner = برنامه‌ریز
section-planMonitor = ناظر برنامه
section-meetings = جلسه‌ها
section-monitoring = پیگیری
section-feedback = بازخورد
section-review = بازبینی
section-lifeEvents = رویدادهای زندگی
section-updateRequests = درخواست‌های تغییر برنامه
section-signatures = امضاها
section-distribution = نسخه‌های برنامه
section-programSections = بخش‌های مربوط به برنامه‌های خدماتی
