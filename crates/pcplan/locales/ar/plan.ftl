## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = خطتي المتمحورة حول الشخص: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: خطتي المتمحورة حول الشخص
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }، خطة متمحورة حول الشخص، الإصدار { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = الصفحة { $page } من { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = الإصدار { $version } من خطتي. تسري من { $start } إلى { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = الإصدار { $version } من خطتي. تسري ابتداءً من { $start }.
label-latest-change = ما الذي تغيّر في هذا الإصدار:
changes-heading = ما الذي تغيّر منذ النسخة السابقة
# Shown where a table cell has nothing recorded.
not-recorded = غير مسجّل

## About me

about-me-heading = عنّي
label-preferred-name = الاسم الذي أحب أن تنادوني به:
label-pronouns = ضمائري:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] هو
    [she] هي
   *[they] هم (لشخص واحد)
}
label-identity-language = كيف أحب أن يُشار إليّ:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] لغة تذكر الشخص أولًا (مثلًا: «شخص لديه إعاقة»)
    [identity-first] لغة تذكر الهوية أولًا (مثلًا: «شخص معاق»)
   *[other] لا تفضيل لديّ
}
label-identity-terms = الكلمات التي أستخدمها عن نفسي:
label-languages = لغاتي:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = أتحدث { $spoken }. أقرأ وأكتب { $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = عندما يُعقد اجتماع بلغة أخرى، أحتاج إلى مترجم فوري يترجم إلى { $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] جيدًا جدًا
    [good] جيدًا
    [fair] إلى حدٍّ ما
   *[poor] قليلًا
})
label-residence = مكان سكني الآن:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] في بيتي الخاص
    [with-family-or-friends] مع الأسرة أو الأصدقاء
    [shelter] في مأوى
    [domestic-violence-shelter] في مأوى آمن
    [transitional-housing] في سكن انتقالي
    [recuperative-care] في مكان للرعاية خلال فترة التعافي
    [supportive-housing] في سكن مدعوم بالخدمات
    [group-home] في بيت جماعي
    [assisted-living] في دار للمعيشة بمساعدة
    [nursing-facility] في دار رعاية تمريضية
    [hospital] في المستشفى
    [incarcerated] في السجن
    [unsheltered] بلا مكان أقيم فيه
   *[other] في مكان آخر
}
# $date: a date.
residence-since = منذ { $date }
label-name-as-written = اسمي كما أكتبه:
label-formats = أحتاج إلى المواد المكتوبة بهذا الشكل:
label-birth-date = تاريخ ميلادي:
label-legal-name = اسمي القانوني (لإثبات الهوية):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] رقمي في Medi-Cal (CIN):
    [state-id] رقم هويتي في الولاية:
    [medical-record-number] رقم سجلي الطبي:
    [member-id] رقم عضويتي في خطتي الصحية:
   *[other] رقم هويتي:
}
representatives-heading = الأشخاص الذين يساعدونني في اتخاذ القرارات
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] وصيّي
    [conservator] القيّم عليّ
    [authorized-representative] ممثلي المفوَّض
    [power-of-attorney] وكيلي بموجب توكيل رسمي
    [supported-decision-maker] الشخص الذي يدعمني في اتخاذ قراراتي
   *[other] ممثلي
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] لهذا الشخص سلطة قانونية لاتخاذ القرارات نيابةً عني.
    [when-person-cannot-decide] لهذا الشخص سلطة قانونية لاتخاذ القرارات نيابةً عني فقط عندما لا أستطيع اتخاذها بنفسي.
   *[conditional] لهذا الشخص سلطة قانونية لاتخاذ القرارات نيابةً عني في هذه الحالات:
}
label-authority-areas = في هذه المجالات:

## Languages and formats

# The name of a language in Arabic. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] الإنجليزية
    [es] الإسبانية
    [zh-Hant] الصينية (التقليدية)
    [zh-Hans] الصينية (المبسّطة)
    [zh] الصينية
    [yue] الكانتونية
    [cmn] الماندرين
    [vi] الفيتنامية
    [ko] الكورية
    [tl] التاغالوغية
    [fil] الفلبينية
    [hy] الأرمنية
    [hyw] الأرمنية الغربية
    [ru] الروسية
    [fa] الفارسية
    [ar] العربية
    [km] الخميرية
    [hmn] الهمونغية
    [mww] الهمونغية
    [pa] البنجابية
    [hi] الهندية
    [ja] اليابانية
    [th] التايلاندية
    [lo] اللاوية
    [uk] الأوكرانية
    [ium] لغة الميين
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] طباعة عادية
    [large-print] طباعة بخط كبير
    [audio] تسجيل صوتي
    [braille] طريقة برايل
   *[accessible-electronic] نسخة إلكترونية سهلة الاستخدام
}

## Who I am

like-and-admire-heading = ما يحبه الناس ويقدّرونه فيّ
important-to-heading = ما هو مهم بالنسبة لي
how-to-support-heading = كيف تدعمونني
more-about-me-heading = نقاط قوتي واهتماماتي ومواهبي
strengths-heading = نقاط قوتي
interests-heading = اهتماماتي
talents-heading = مواهبي
preferences-heading = ما أفضّله
needs-heading = ما أحتاج إلى مساعدة فيه
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] صحتي الجسدية:
    [oral-health] أسناني وفمي:
    [behavioral-health] صحتي النفسية:
    [substance-use] الكحول والمخدرات:
    [daily-living] الحياة اليومية:
    [housing] السكن:
    [food] الطعام:
    [transportation] التنقّل:
    [social] الناس والمجتمع:
    [financial] المال والمزايا:
    [employment] العمل:
    [education] التعلّم:
    [communication] التواصل:
    [safety] السلامة:
    [end-of-life] التخطيط لنهاية الحياة:
   *[other] أمور أخرى:
}

## Goals

goals-heading = أهدافي
# $number: the goal's number in the plan.
goal-heading = الهدف { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] بكلماتي:
    [person-with-support] بكلماتي، بمساعدة:
    [representative] بكلمات ممثلي:
   *[team] كما كتبه فريقي:
}
own-words-translation-intro = الترجمة:
label-goal-statement = هدفي:
label-target-date = متى أتمنى أن أحققه:
label-goal-status = أين وصلت فيه:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] لم أبدأ فيه بعد
    [active] أعمل عليه
    [achieved] حقّقته
    [on-hold] متوقف مؤقتًا، باختياري
   *[discontinued] لم أعد أريد هذا الهدف
}
steps-heading = خطوات نحو هذا الهدف
step-by-me = أقوم بهذا بنفسي
# $names: the team members (a list) the person does the step with.
step-by-me-with = أقوم بهذا بالاشتراك مع { $names }
# $who: the name of the team member who helps.
step-who = المساعدة من: { $who }
step-who-unknown = لم يُسجَّل من يساعد
# $names: the team members (a list) who do the step together with the person.
step-together-with = بالاشتراك مع { $names }
# $date: a formatted date.
step-by-date = بحلول { $date }
step-done = تمّت
goal-supports-heading = الدعم الذي يساعد في هذا الهدف

## Supports

supports-heading = الدعم الذي أحصل عليه
paid-supports-heading = الخدمات المدفوعة
paid-supports-caption = الخدمات المدفوعة في خطتي
natural-supports-heading = الدعم من الأسرة والأصدقاء والمجتمع
natural-supports-caption = الدعم غير المدفوع من أشخاص في حياتي
natural-supports-none = بحثت أنا وفريقي عن دعم غير مدفوع من الأسرة والأصدقاء والمجتمع، ولم نجد شيئًا منه في الوقت الحالي.
col-support = الدعم
col-provider = من يقدّمه
col-amount = المقدار وعدد المرات
col-dates = متى
col-location = أين
col-how-i-want-it = كيف أريده
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = رموز الخدمات والتفويضات
billing-caption = لمقدّمي خدماتي ولخطتي الصحية: رموز خدماتي المدفوعة والموافقات عليها
col-service-code = رمز الخدمة
col-authorization = التفويض
col-authorized-units = الوحدات المفوّضة
col-rate = السعر لكل وحدة
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# A no-break space joins the two, as in CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = مكان تقديم الخدمة:
self-directed = أدير هذه الخدمة بنفسي.
# How much support and how often. $count: the number, for choosing the plural form (Arabic: zero, one, two,
# few, many, other); $quantity: the same number formatted; $unit: the unit of service; $interval: how often.
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] دقيقة واحدة
                [two] دقيقتان
                [few] { $quantity } دقائق
                [many] { $quantity } دقيقة
               *[other] { $quantity } دقيقة
            }
        [quarter-hour]
            { $count ->
                [one] ربع ساعة
                [two] ربعا ساعة
                [few] { $quantity } أرباع ساعة
                [many] { $quantity } ربع ساعة
               *[other] { $quantity } ربع ساعة
            }
        [hour]
            { $count ->
                [one] ساعة واحدة
                [two] ساعتان
                [few] { $quantity } ساعات
                [many] { $quantity } ساعة
               *[other] { $quantity } ساعة
            }
        [half-day]
            { $count ->
                [one] نصف يوم
                [two] نصفا يوم
                [few] { $quantity } أنصاف أيام
                [many] { $quantity } نصف يوم
               *[other] { $quantity } نصف يوم
            }
        [day]
            { $count ->
                [one] يوم واحد
                [two] يومان
                [few] { $quantity } أيام
                [many] { $quantity } يومًا
               *[other] { $quantity } يوم
            }
        [visit]
            { $count ->
                [one] زيارة واحدة
                [two] زيارتان
                [few] { $quantity } زيارات
                [many] { $quantity } زيارة
               *[other] { $quantity } زيارة
            }
        [session]
            { $count ->
                [one] جلسة واحدة
                [two] جلستان
                [few] { $quantity } جلسات
                [many] { $quantity } جلسة
               *[other] { $quantity } جلسة
            }
        [meal]
            { $count ->
                [one] وجبة واحدة
                [two] وجبتان
                [few] { $quantity } وجبات
                [many] { $quantity } وجبة
               *[other] { $quantity } وجبة
            }
        [trip]
            { $count ->
                [one] رحلة واحدة
                [two] رحلتان
                [few] { $quantity } رحلات
                [many] { $quantity } رحلة
               *[other] { $quantity } رحلة
            }
        [mile]
            { $count ->
                [one] ميل واحد
                [two] ميلان
                [few] { $quantity } أميال
                [many] { $quantity } ميلًا
               *[other] { $quantity } ميل
            }
        [dollar]
            { $count ->
                [one] دولار واحد
                [two] دولاران
                [few] { $quantity } دولارات
                [many] { $quantity } دولارًا
               *[other] { $quantity } دولار
            }
       *[item]
            { $count ->
                [one] قطعة واحدة
                [two] قطعتان
                [few] { $quantity } قطع
                [many] { $quantity } قطعة
               *[other] { $quantity } قطعة
            }
    }{ $interval ->
        [day] {" "}في اليوم
        [week] {" "}في الأسبوع
        [month] {" "}في الشهر
        [year] {" "}في السنة
        [one-time] ، مرة واحدة
        [as-needed] ، عندما أطلبه
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] كل يوم
    [week] كل أسبوع
    [month] كل شهر
    [year] كل سنة
    [one-time] مرة واحدة
   *[as-needed] عندما أطلبه
}
# $start and $end: formatted dates.
date-range = من { $start } إلى { $end }
# $start: a formatted date.
date-from = ابتداءً من { $start }

## Safety

safety-heading = المخاطر التي أختار أن أتحمّلها وكيف نحافظ على سلامتي
risks-caption = المخاطر، واختياراتي، وكيف نحافظ على السلامة
col-risk = الخطر
col-my-choice = اختياري
col-stay-safe = كيف نحافظ على السلامة
backup-plan-heading = خطتي الاحتياطية
backup-contacts-intro = بمن نتصل، بهذا الترتيب:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = إذا لم يأتِ أحد أنواع الدعم الخاصة بي
emergency-contacts-heading = جهات الاتصال في حالات الطوارئ

## Setting and choice

setting-heading = مكان سكني واختياراتي
label-setting = مكان سكني:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] بيتي الخاص
    [family-home] بيت أسرتي
    [supportive-housing] سكن مدعوم بالخدمات
    [shared-living] بيت للسكن المشترك
    [residential-facility] دار رعاية سكنية
    [unhoused] مأوى، أو بلا عنوان ثابت
   *[other] مكان آخر
}
setting-chosen = اخترت مكان سكني.
setting-not-chosen = لم أختر مكان سكني.
alternatives-heading = أماكن أخرى فكّرت فيها
services-offered = عُرض عليّ اختيار الخدمات.
services-not-offered = لم يُعرض عليّ اختيار الخدمات.
services-selected = شاركت في اختيار خدماتي.
services-not-selected = لم أشارك في اختيار خدماتي.
providers-offered = عُرض عليّ اختيار من يقدّم كل خدمة.
providers-not-offered = لم يُعرض عليّ اختيار من يقدّم خدماتي.
providers-informed = كانت لديّ المعلومات التي احتجتها لاختيار مقدّمي خدماتي.
providers-not-informed = لم تكن لديّ المعلومات التي احتجتها لاختيار مقدّمي خدماتي.
services-agree = أوافق على الخدمات الموجودة في خطتي.
services-not-agree = لا أوافق على كل الخدمات الموجودة في خطتي.
label-reason-not-offered = لماذا لم يكن لديّ خيار:

## Modifications of my rights

modifications-heading = تغييرات على حقوقي في مكان سكني
modifications-intro = لا يمكن تقييد أي حق إلا لسبب مكتوب هنا، وبموافقتي، وتتم مراجعة القيد حسب جدول زمني.
# $number: the number of the change.
modification-heading = التغيير { $number }
label-right-modified = الحق المقيَّد:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] الاحتياج الذي أدى إلى هذا التغيير:
    [prior-interventions] ما جرّبناه أولًا:
    [less-intrusive-methods] طرق أقل تقييدًا جرّبناها، ولماذا لم تنجح:
    [condition-description] ما هو القيد بالضبط:
    [data-collection] كيف نتحقق مما إذا كان ينجح:
    [review-time-limits] متى نراجعه:
    [informed-consent] موافقتي:
   *[no-harm-assurance] كيف نتأكد من أنه لا يسبب لي أي ضرر:
}

## Programs

ecm-heading = إدارة الرعاية المعززة (ECM) الخاصة بي
label-lead-care-manager = مدير الرعاية الرئيسي الخاص بي:
label-assessment-date = تاريخ تقييمي:
label-care-domains = تغطي خطتي:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] الصحة الجسدية
    [behavioral] الصحة النفسية
    [substance-use] استخدام الكحول والمخدرات
    [ltss] الخدمات وأشكال الدعم طويلة الأمد
    [oral] صحة الأسنان
    [palliative] رعاية الراحة وتخفيف الألم
   *[social-needs] السكن والطعام والاحتياجات اليومية الأخرى
}
housing-heading = خطة دعم السكن الخاصة بي
housing-barriers-heading = ما الذي يجعل السكن صعبًا عليّ
housing-short-term-heading = أهدافي قصيرة المدى للسكن
housing-long-term-heading = أهدافي طويلة المدى للسكن
housing-other-services-heading = خدمات أخرى تساعدني
label-measure = كيف سنعرف:

## Team

team-heading = فريقي
team-caption = الأشخاص في فريقي
col-name = الاسم
col-role = الدور
col-organization = الجهة أو صلة القرابة
col-contact = طريقة الاتصال
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] منسق الرعاية
    [lead-care-manager] مدير الرعاية الرئيسي
    [housing-navigator] مرشد السكن
    [provider] مقدّم خدمة
    [clinician] مقدّم رعاية صحية
    [family] فرد من الأسرة
    [friend] صديق
    [peer-support] داعم من الأقران
    [representative] ممثل
    [decision-supporter] داعم في اتخاذ القرارات
   *[other] عضو في الفريق
}

## Rights

rights-heading = حقوقي
right-review-any-time = يمكنني أن أطلب مراجعة خطتي في أي وقت.
# $language: the name of the person's written language (from the "language" message).
right-copy = أحصل على نسخة من خطتي باللغة { $language } وبالشكل الذي أحتاجه.
right-say-no = يمكنني أن أرفض أي خدمة في خطتي.

## Review

review-heading = مراجعة خطتي
label-last-review = آخر مراجعة:
label-next-review = المراجعة القادمة في موعد أقصاه:
label-plan-monitor = الشخص الذي يتأكد من أن خطتي مناسبة لي:
review-triggers-intro = نراجع خطتي أيضًا:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] مرة واحدة في السنة على الأقل
    [change-in-circumstances] عندما تتغيّر حياتي أو احتياجاتي
    [person-request] عندما أطلب ذلك
    [hospital-discharge] بعد الإقامة في المستشفى
   *[provider-change] عندما يتغيّر أحد مقدّمي الخدمات
}
monitoring-heading = كيف تسير خطتي
delivered-as-planned = وصلني الدعم كما هو مخطط له.
not-delivered-as-planned = لم يصلني كل الدعم كما هو مخطط له.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] ما قلته أنا
    [representative] ما قاله ممثلي
    [natural-support] ما قاله شخص قريب مني
   *[provider] ما قاله أحد مقدّمي الخدمات
}

## Signatures and copies

signatures-heading = التوقيعات
signatures-caption = من وقّع على خطتي
col-date = التاريخ
# $role: who signs.
signer-role = { $role ->
    [person] أنا
    [representative] ممثلي
    [planner] مُعِدّ خطتي
    [provider] مقدّم الخدمة
   *[witness] الشاهد
}
unable-to-sign = تعذّر التوقيع:
# $witness: the witness's name.
unable-to-sign-witness = (الشاهد: { $witness })
distribution-heading = من حصل على نسخة
distribution-caption = نسخ خطتي
col-language = اللغة
col-format = الشكل
# $role: who received the copy.
recipient-role = { $role ->
    [person] أنا
    [representative] ممثلي
    [provider] مقدّم الخدمة
    [team-member] عضو في الفريق
   *[health-plan] خطتي الصحية
}
