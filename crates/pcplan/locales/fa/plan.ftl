## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = برنامه‌ی فردمحور من: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: برنامه‌ی فردمحور من
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }، برنامه‌ی فردمحور، نسخه‌ی { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = صفحه‌ی { $page } از { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = نسخه‌ی { $version } برنامه‌ی من. این برنامه از { $start } تا { $end } اعتبار دارد.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = نسخه‌ی { $version } برنامه‌ی من. این برنامه از { $start } اعتبار دارد.
label-latest-change = چه چیزی در این نسخه تغییر کرد:
changes-heading = چه چیزهایی از نسخهٔ قبلی تغییر کرده است
# Shown where a table cell has nothing recorded.
not-recorded = ثبت نشده

## About me

about-me-heading = درباره‌ی من
label-preferred-name = دوست دارم مرا این‌طور صدا کنند:
label-pronouns = ضمیرهای من:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] او (مرد)
    [she] او (زن)
   *[they] او (بدون اشاره به جنسیت)
}
label-identity-language = دوست دارم این‌طور توصیف شوم:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] زبانی که اول فرد را می‌آورد (مثلاً «فردی دارای معلولیت»)
    [identity-first] زبانی که اول هویت را می‌آورد (مثلاً «فرد معلول»)
   *[other] ترجیحی ندارم
}
label-identity-terms = کلماتی که درباره‌ی خودم به کار می‌برم:
label-languages = زبان‌های من:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = به { $spoken } صحبت می‌کنم. به { $written } می‌خوانم و می‌نویسم.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = وقتی جلسه به زبان دیگری برگزار می‌شود، به مترجم شفاهی زبان { $languages } نیاز دارم.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] خیلی خوب
    [good] خوب
    [fair] تا حدی
   *[poor] کمی
})
label-residence = محل زندگی فعلی من:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] در خانه‌ی خودم
    [with-family-or-friends] با خانواده یا دوستان
    [shelter] در یک سرپناه
    [domestic-violence-shelter] در یک سرپناه امن
    [transitional-housing] در مسکن انتقالی
    [recuperative-care] در مرکز مراقبت برای بهبودی
    [supportive-housing] در مسکن حمایتی
    [group-home] در خانه‌ی گروهی
    [assisted-living] در اقامتگاه زندگی با کمک
    [nursing-facility] در مرکز مراقبت پرستاری
    [hospital] در بیمارستان
    [incarcerated] در زندان یا بازداشتگاه
    [unsheltered] بدون جایی برای ماندن
   *[other] در جای دیگر
}
# $date: a date.
residence-since = از { $date }
label-name-as-written = نام من، آن‌طور که خودم می‌نویسم:
label-formats = مطالب نوشتاری را به این شکل نیاز دارم:
label-birth-date = تاریخ تولد من:
label-legal-name = نام قانونی من (برای شناسایی):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] شماره‌ی Medi-Cal من (CIN):
    [state-id] شماره‌ی کارت شناسایی ایالتی من:
    [medical-record-number] شماره‌ی پرونده‌ی پزشکی من:
    [member-id] شماره‌ی عضویت من در طرح بیمه‌ی درمانی:
   *[other] شماره‌ی شناسایی من:
}
representatives-heading = کسانی که در تصمیم‌گیری به من کمک می‌کنند
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] قیّم من
    [conservator] امین قانونی من
    [authorized-representative] نماینده‌ی مجاز من
    [power-of-attorney] وکیل من (با وکالت‌نامه)
    [supported-decision-maker] حامی من در تصمیم‌گیری
   *[other] نماینده‌ی من
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] این شخص اختیار قانونی دارد که به جای من تصمیم بگیرد.
    [when-person-cannot-decide] این شخص اختیار قانونی دارد که به جای من تصمیم بگیرد، اما فقط وقتی که خودم نتوانم تصمیم بگیرم.
   *[conditional] این شخص در این شرایط اختیار قانونی دارد که به جای من تصمیم بگیرد:
}
label-authority-areas = در این زمینه‌ها:

## Languages and formats

# The name of a language in Persian. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] انگلیسی
    [es] اسپانیایی
    [zh-Hant] چینی (سنتی)
    [zh-Hans] چینی (ساده‌شده)
    [zh] چینی
    [yue] کانتونی
    [cmn] ماندارین
    [vi] ویتنامی
    [ko] کره‌ای
    [tl] تاگالوگ
    [fil] فیلیپینی
    [hy] ارمنی
    [hyw] ارمنی غربی
    [ru] روسی
    [fa] فارسی
    [ar] عربی
    [km] خمر (کامبوجی)
    [hmn] همونگ
    [mww] همونگ
    [pa] پنجابی
    [hi] هندی
    [ja] ژاپنی
    [th] تایلندی
    [lo] لائوسی
    [uk] اوکراینی
    [ium] میِن
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] چاپ معمولی
    [large-print] چاپ درشت
    [audio] صوتی
    [braille] بریل
   *[accessible-electronic] قالب الکترونیکی دسترس‌پذیر
}

## Who I am

like-and-admire-heading = آنچه دیگران در من دوست دارند و تحسین می‌کنند
important-to-heading = آنچه برای من مهم است
how-to-support-heading = چطور از من حمایت کنید
more-about-me-heading = توانایی‌ها، علایق و استعدادهای من
strengths-heading = توانایی‌های من
interests-heading = علایق من
talents-heading = استعدادهای من
preferences-heading = آنچه ترجیح می‌دهم
needs-heading = کارهایی که در آنها به کمک نیاز دارم
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] سلامت جسمی من:
    [oral-health] دندان‌ها و دهان من:
    [behavioral-health] سلامت روان من:
    [substance-use] الکل و مواد:
    [daily-living] زندگی روزمره:
    [housing] مسکن:
    [food] غذا:
    [transportation] رفت‌وآمد:
    [social] مردم و اجتماع:
    [financial] پول و مزایا:
    [employment] کار:
    [education] یادگیری:
    [communication] ارتباط:
    [safety] ایمنی:
    [end-of-life] برنامه‌ریزی برای پایان زندگی:
   *[other] موارد دیگر:
}

## Goals

goals-heading = هدف‌های من
# $number: the goal's number in the plan.
goal-heading = هدف { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] با کلمات خودم:
    [person-with-support] با کلمات خودم، با کمک دیگران:
    [representative] با کلمات نماینده‌ام:
   *[team] آن‌طور که تیمم نوشته است:
}
own-words-translation-intro = ترجمه:
label-goal-statement = هدف من:
label-target-date = کی امیدوارم به آن برسم:
label-goal-status = وضعیت فعلی:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] هنوز شروع نشده
    [active] در حال کار روی آن هستم
    [achieved] به آن رسیدم
    [on-hold] فعلاً متوقف، به انتخاب خودم
   *[discontinued] دیگر این هدف را نمی‌خواهم
}
steps-heading = گام‌هایی به سوی این هدف
step-by-me = این کار را خودم انجام می‌دهم
# $names: the team members (a list) the person does the step with.
step-by-me-with = این کار را همراه با { $names } انجام می‌دهم
# $who: the name of the team member who helps.
step-who = { $who } کمک می‌کند
step-who-unknown = ثبت نشده که چه کسی کمک می‌کند
# $names: the team members (a list) who do the step together with the person.
step-together-with = همراه با { $names }
# $date: a formatted date.
step-by-date = تا { $date }
step-done = انجام شد
goal-supports-heading = حمایت‌هایی که به این هدف کمک می‌کنند

## Supports

supports-heading = حمایت‌های من
paid-supports-heading = خدمات پرداختی
paid-supports-caption = خدمات پرداختی در برنامه‌ی من
natural-supports-heading = حمایت خانواده، دوستان و جامعه
natural-supports-caption = حمایت بدون دستمزد از طرف افرادی در زندگی من
natural-supports-none = من و تیمم به دنبال حمایت بدون دستمزد از طرف خانواده، دوستان و جامعه گشتیم و فعلاً چیزی پیدا نکردیم.
col-support = حمایت
col-provider = چه کسی ارائه می‌دهد
col-amount = چه مقدار و هر چند وقت
col-dates = چه زمانی
col-location = کجا
col-how-i-want-it = چطور آن را می‌خواهم
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = کدهای خدمات و مجوزها
billing-caption = برای ارائه‌دهندگان خدمات من و طرح بیمه‌ی درمانی من: کدها و تأییدیه‌های خدمات پرداختی من
col-service-code = کد خدمت
col-authorization = مجوز
col-authorized-units = واحدهای مجاز
col-rate = نرخ هر واحد
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = محل ارائه‌ی خدمت:
self-directed = این خدمت را خودم مدیریت می‌کنم.
# How much support and how often. $count: the number, for choosing the plural form (Persian: one, other; the
# noun stays singular after a number); $quantity: the same number formatted; $unit: the unit; $interval: how often.
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } دقیقه
               *[other] { $quantity } دقیقه
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } ربع ساعت
               *[other] { $quantity } ربع ساعت
            }
        [hour]
            { $count ->
                [one] { $quantity } ساعت
               *[other] { $quantity } ساعت
            }
        [half-day]
            { $count ->
                [one] { $quantity } نیم‌روز
               *[other] { $quantity } نیم‌روز
            }
        [day]
            { $count ->
                [one] { $quantity } روز
               *[other] { $quantity } روز
            }
        [visit]
            { $count ->
                [one] { $quantity } بازدید
               *[other] { $quantity } بازدید
            }
        [session]
            { $count ->
                [one] { $quantity } جلسه
               *[other] { $quantity } جلسه
            }
        [meal]
            { $count ->
                [one] { $quantity } وعده‌ی غذا
               *[other] { $quantity } وعده‌ی غذا
            }
        [trip]
            { $count ->
                [one] { $quantity } سفر
               *[other] { $quantity } سفر
            }
        [mile]
            { $count ->
                [one] { $quantity } مایل
               *[other] { $quantity } مایل
            }
        [dollar]
            { $count ->
                [one] { $quantity } دلار
               *[other] { $quantity } دلار
            }
       *[item]
            { $count ->
                [one] { $quantity } قلم
               *[other] { $quantity } قلم
            }
    }{ $interval ->
        [day] {" "}در روز
        [week] {" "}در هفته
        [month] {" "}در ماه
        [year] {" "}در سال
        [one-time] ، یک بار
        [as-needed] ، هر وقت درخواست کنم
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] هر روز
    [week] هر هفته
    [month] هر ماه
    [year] هر سال
    [one-time] یک بار
   *[as-needed] هر وقت درخواست کنم
}
# $start and $end: formatted dates.
date-range = از { $start } تا { $end }
# $start: a formatted date.
date-from = از { $start }

## Safety

safety-heading = خطرهایی که انتخاب می‌کنم بپذیرم و اینکه چطور ایمن می‌مانم
risks-caption = خطرها، انتخاب‌های من، و اینکه چطور ایمن می‌مانیم
col-risk = خطر
col-my-choice = انتخاب من
col-stay-safe = چطور ایمن می‌مانیم
backup-plan-heading = برنامه‌ی پشتیبان من
backup-contacts-intro = با این افراد، به همین ترتیب، تماس بگیرید:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = اگر یکی از حمایت‌هایم به من نرسد
emergency-contacts-heading = افراد تماس اضطراری من

## Setting and choice

setting-heading = محل زندگی من و انتخاب‌هایم
label-setting = محل زندگی من:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] خانه‌ی خودم
    [family-home] خانه‌ی خانواده‌ام
    [supportive-housing] مسکن حمایتی
    [shared-living] خانه‌ی زندگی مشترک
    [residential-facility] خانه‌ی مراقبتی مسکونی
    [unhoused] سرپناه یا بدون نشانی ثابت
   *[other] جای دیگر
}
setting-chosen = محل زندگی‌ام را خودم انتخاب کردم.
setting-not-chosen = محل زندگی‌ام را خودم انتخاب نکردم.
alternatives-heading = جاهای دیگری که به آنها فکر کردم
services-offered = به من حق انتخاب خدمات داده شد.
services-not-offered = به من حق انتخاب خدمات داده نشد.
services-selected = در انتخاب خدماتم مشارکت داشتم.
services-not-selected = در انتخاب خدماتم مشارکت نداشتم.
providers-offered = به من حق انتخاب ارائه‌دهنده‌ی هر خدمت داده شد.
providers-not-offered = به من حق انتخاب ارائه‌دهندگان خدماتم داده نشد.
providers-informed = اطلاعات لازم برای انتخاب ارائه‌دهندگانم را داشتم.
providers-not-informed = اطلاعات لازم برای انتخاب ارائه‌دهندگانم را نداشتم.
services-agree = با خدمات برنامه‌ام موافقم.
services-not-agree = با همه‌ی خدمات برنامه‌ام موافق نیستم.
label-reason-not-offered = چرا حق انتخاب نداشتم:

## Modifications of my rights

modifications-heading = تغییرات در حقوق من در محل زندگی‌ام
modifications-intro = یک حق فقط به دلیلی که اینجا نوشته شده و با رضایت من می‌تواند محدود شود، و طبق یک برنامه‌ی زمانی بازبینی می‌شود.
# $number: the number of the change.
modification-heading = تغییر { $number }
label-right-modified = حقی که محدود شده است:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] نیازی که باعث این تغییر شد:
    [prior-interventions] آنچه اول امتحان کردیم:
    [less-intrusive-methods] راه‌های کم‌محدودیت‌تری که امتحان کردیم، و چرا نتیجه نداد:
    [condition-description] محدودیت دقیقاً چیست:
    [data-collection] چطور بررسی می‌کنیم که نتیجه می‌دهد یا نه:
    [review-time-limits] چه زمانی آن را بازبینی می‌کنیم:
    [informed-consent] رضایت من:
   *[no-harm-assurance] چطور مطمئن می‌شویم که به من آسیبی نمی‌رساند:
}

## Programs

ecm-heading = مدیریت مراقبت پیشرفته‌ی من (ECM)
label-lead-care-manager = مدیر اصلی مراقبت من:
label-assessment-date = تاریخ ارزیابی من:
label-care-domains = برنامه‌ی من این موارد را پوشش می‌دهد:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] سلامت جسمی
    [behavioral] سلامت روان
    [substance-use] مصرف الکل و مواد
    [ltss] خدمات و حمایت‌های بلندمدت
    [oral] سلامت دندان
    [palliative] مراقبت برای آسایش و تسکین
   *[social-needs] مسکن، غذا و دیگر نیازهای روزمره
}
housing-heading = برنامه‌ی حمایت مسکن من
housing-barriers-heading = چه چیزهایی مسکن را برایم سخت می‌کند
housing-short-term-heading = هدف‌های کوتاه‌مدت مسکن من
housing-long-term-heading = هدف‌های بلندمدت مسکن من
housing-other-services-heading = خدمات دیگری که کمک می‌کنند
label-measure = چطور می‌فهمیم:

## Team

team-heading = تیم من
team-caption = افراد تیم من
col-name = نام
col-role = نقش
col-organization = سازمان یا نسبت
col-contact = راه تماس
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] هماهنگ‌کننده‌ی مراقبت
    [lead-care-manager] مدیر اصلی مراقبت
    [housing-navigator] راهنمای مسکن
    [provider] ارائه‌دهنده‌ی خدمات
    [clinician] ارائه‌دهنده‌ی خدمات درمانی
    [family] خانواده
    [friend] دوست
    [peer-support] همتای حمایتگر
    [representative] نماینده
    [decision-supporter] حامی تصمیم‌گیری
   *[other] عضو تیم
}

## Rights

rights-heading = حقوق من
right-review-any-time = هر زمان بخواهم می‌توانم درخواست بازبینی برنامه‌ام را بدهم.
# $language: the name of the person's written language (from the "language" message).
right-copy = یک نسخه از برنامه‌ام را به زبان { $language } و در قالبی که نیاز دارم دریافت می‌کنم.
right-say-no = می‌توانم هر خدمتی را در برنامه‌ام نپذیرم.

## Review

review-heading = بازبینی برنامه‌ی من
label-last-review = آخرین بازبینی:
label-next-review = بازبینی بعدی تا این تاریخ:
label-plan-monitor = کسی که بررسی می‌کند برنامه‌ام برایم مفید باشد:
review-triggers-intro = برنامه‌ام را در این مواقع هم بازبینی می‌کنیم:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] دست‌کم سالی یک بار
    [change-in-circumstances] وقتی زندگی یا نیازهایم تغییر می‌کند
    [person-request] وقتی خودم درخواست کنم
    [hospital-discharge] پس از بستری شدن در بیمارستان
   *[provider-change] وقتی یک ارائه‌دهنده تغییر می‌کند
}
monitoring-heading = برنامه‌ام چطور پیش می‌رود
delivered-as-planned = حمایت‌هایم طبق برنامه انجام شد.
not-delivered-as-planned = همه‌ی حمایت‌هایم طبق برنامه انجام نشد.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] آنچه من گفتم
    [representative] آنچه نماینده‌ام گفت
    [natural-support] آنچه یکی از نزدیکانم گفت
   *[provider] آنچه یک ارائه‌دهنده گفت
}

## Signatures and copies

signatures-heading = امضاها
signatures-caption = چه کسانی برنامه‌ام را امضا کردند
col-date = تاریخ
# $role: who signs.
signer-role = { $role ->
    [person] من
    [representative] نماینده‌ی من
    [planner] برنامه‌ریز من
    [provider] ارائه‌دهنده
   *[witness] شاهد
}
unable-to-sign = امکان امضا نبود:
# $witness: the witness's name.
unable-to-sign-witness = (شاهد: { $witness })
distribution-heading = چه کسانی نسخه‌ای دریافت کردند
distribution-caption = نسخه‌های برنامه‌ی من
col-language = زبان
col-format = قالب
# $role: who received the copy.
recipient-role = { $role ->
    [person] من
    [representative] نماینده‌ی من
    [provider] ارائه‌دهنده
    [team-member] عضو تیم
   *[health-plan] طرح بیمه‌ی درمانی من
}
