## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = خطأ
severity-warning = تحذير
severity-info = ملاحظة
finding-fix = طريقة التصحيح
finding-value = القيمة
report-summary = { $errors ->
        [0] لا توجد أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، { $warnings ->
        [0] ولا توجد تحذيرات.
        [one] وتحذير واحد.
        [two] وتحذيران.
        [few] و{ $warnings } تحذيرات.
        [many] و{ $warnings } تحذيرًا.
       *[other] و{ $warnings } تحذير.
    }

section-plan = الخطة كاملة
section-effectivePeriod = تواريخ الخطة
section-person = عن الشخص
section-representatives = الممثلون
section-profile = الملف الشخصي
section-needs = الاحتياجات
section-goals = الأهداف
section-supports = الدعم
section-risks = المخاطر
section-backupPlan = الخطة الاحتياطية
section-settingChoice = مكان السكن
section-serviceChoice = اختيار الخدمات ومقدّميها
section-modifications = التعديلات على الحقوق
section-team = الفريق
section-planner = مُعِدّ الخطة
section-planMonitor = متابع تنفيذ الخطة
section-meetings = الاجتماعات
section-monitoring = المتابعة
section-feedback = الملاحظات والآراء
section-review = المراجعة
section-lifeEvents = أحداث الحياة
section-updateRequests = طلبات التحديث
section-signatures = التوقيعات
section-distribution = نسخ الخطة
section-programSections = أقسام البرامج
