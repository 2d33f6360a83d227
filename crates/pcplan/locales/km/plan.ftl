## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me" (ខ្ញុំ).
## Labels end with their own punctuation: Khmer uses the sign ៖ as a colon.
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = ផែនការផ្តោតលើបុគ្គលរបស់ខ្ញុំ៖ { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }៖ ផែនការផ្តោតលើបុគ្គលរបស់ខ្ញុំ
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name } ផែនការផ្តោតលើបុគ្គល កំណែទី { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = ទំព័រ { $page } នៃ { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = កំណែទី { $version } នៃផែនការរបស់ខ្ញុំ។ វាមានសុពលភាពពី { $start } ដល់ { $end }។
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = កំណែទី { $version } នៃផែនការរបស់ខ្ញុំ។ វាមានសុពលភាពចាប់ពី { $start }។
label-latest-change = អ្វីដែលបានផ្លាស់ប្តូរក្នុងកំណែនេះ៖
changes-heading = អ្វីដែលបានផ្លាស់ប្តូរតាំងពីកំណែមុន
# Shown where a table cell has nothing recorded.
not-recorded = មិនបានកត់ត្រា

## About me

about-me-heading = អំពីខ្ញុំ
label-preferred-name = ឈ្មោះដែលខ្ញុំចូលចិត្តឱ្យគេហៅ៖
label-pronouns = សព្វនាមរបស់ខ្ញុំ៖
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] គាត់ (ប្រុស)
    [she] គាត់ (ស្រី)
   *[they] គាត់ (មិនបញ្ជាក់ភេទ)
}
label-identity-language = របៀបដែលខ្ញុំចូលចិត្តឱ្យគេពិពណ៌នាអំពីខ្ញុំ៖
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] ភាសាដែលដាក់មនុស្សមុន (ឧទាហរណ៍ “មនុស្សដែលមានពិការភាព”)
    [identity-first] ភាសាដែលដាក់អត្តសញ្ញាណមុន (ឧទាហរណ៍ “ជនពិការ”)
   *[other] គ្មានចំណូលចិត្ត
}
label-identity-terms = ពាក្យដែលខ្ញុំប្រើអំពីខ្លួនឯង៖
label-languages = ភាសារបស់ខ្ញុំ៖
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = ខ្ញុំនិយាយ{ $spoken }។ ខ្ញុំអាន និងសរសេរ{ $written }។
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = នៅពេលកិច្ចប្រជុំធ្វើឡើងជាភាសាផ្សេង ខ្ញុំត្រូវការអ្នកបកប្រែផ្ទាល់មាត់{ $languages }។
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] ល្អណាស់
    [good] ល្អ
    [fair] បានខ្លះ
   *[poor] បន្តិចបន្តួច
})
label-residence = កន្លែងដែលខ្ញុំរស់នៅឥឡូវនេះ៖
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] នៅផ្ទះផ្ទាល់ខ្លួនរបស់ខ្ញុំ
    [with-family-or-friends] ជាមួយក្រុមគ្រួសារ ឬមិត្តភក្តិ
    [shelter] នៅជម្រកបណ្តោះអាសន្ន
    [domestic-violence-shelter] នៅជម្រកដែលមានសុវត្ថិភាព
    [transitional-housing] នៅលំនៅដ្ឋានបណ្តោះអាសន្ន (transitional housing)
    [recuperative-care] នៅកន្លែងថែទាំដើម្បីជាសះស្បើយ
    [supportive-housing] នៅលំនៅដ្ឋានដែលមានការគាំទ្រ
    [group-home] នៅផ្ទះរស់នៅជាក្រុម
    [assisted-living] នៅកន្លែងរស់នៅដែលមានជំនួយ (assisted living)
    [nursing-facility] នៅមណ្ឌលថែទាំ (nursing facility)
    [hospital] នៅមន្ទីរពេទ្យ
    [incarcerated] នៅក្នុងពន្ធនាគារ ឬមន្ទីរឃុំឃាំង
    [unsheltered] គ្មានកន្លែងស្នាក់នៅ
   *[other] នៅកន្លែងផ្សេងទៀត
}
# $date: a date.
residence-since = តាំងពី { $date }
label-name-as-written = ឈ្មោះរបស់ខ្ញុំ តាមដែលខ្ញុំសរសេរ៖
label-formats = ខ្ញុំត្រូវការឯកសារសរសេរជា៖
label-birth-date = ថ្ងៃខែឆ្នាំកំណើតរបស់ខ្ញុំ៖
label-legal-name = ឈ្មោះតាមច្បាប់របស់ខ្ញុំ (សម្រាប់អត្តសញ្ញាណ)៖
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] លេខ Medi-Cal របស់ខ្ញុំ (CIN)៖
    [state-id] អត្តសញ្ញាណប័ណ្ណរដ្ឋរបស់ខ្ញុំ៖
    [medical-record-number] លេខកំណត់ត្រាវេជ្ជសាស្ត្ររបស់ខ្ញុំ៖
    [member-id] លេខសមាជិកគម្រោងសុខភាពរបស់ខ្ញុំ៖
   *[other] លេខសម្គាល់របស់ខ្ញុំ៖
}
representatives-heading = អ្នកដែលជួយខ្ញុំធ្វើការសម្រេចចិត្ត
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] អាណាព្យាបាលរបស់ខ្ញុំ
    [conservator] អ្នកថែរក្សាផលប្រយោជន៍តាមច្បាប់ (conservator) របស់ខ្ញុំ
    [authorized-representative] អ្នកតំណាងដែលមានការអនុញ្ញាតរបស់ខ្ញុំ
    [power-of-attorney] កាន់អំណាចប្រគល់សិទ្ធិ (power of attorney) របស់ខ្ញុំ
    [supported-decision-maker] អ្នកគាំទ្រក្នុងការធ្វើការសម្រេចចិត្តរបស់ខ្ញុំ
   *[other] អ្នកតំណាងរបស់ខ្ញុំ
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] អ្នកនេះមានសិទ្ធិអំណាចតាមច្បាប់ ដើម្បីធ្វើការសម្រេចចិត្តជំនួសខ្ញុំ។
    [when-person-cannot-decide] អ្នកនេះមានសិទ្ធិអំណាចតាមច្បាប់ ដើម្បីធ្វើការសម្រេចចិត្តជំនួសខ្ញុំ តែនៅពេលដែលខ្ញុំមិនអាចសម្រេចចិត្តដោយខ្លួនឯងបានប៉ុណ្ណោះ។
   *[conditional] អ្នកនេះមានសិទ្ធិអំណាចតាមច្បាប់ ដើម្បីធ្វើការសម្រេចចិត្តជំនួសខ្ញុំ ក្នុងលក្ខខណ្ឌទាំងនេះ៖
}
label-authority-areas = សម្រាប់៖

## Languages and formats

# The name of a language in Khmer. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] ភាសាអង់គ្លេស
    [es] ភាសាអេស្ប៉ាញ
    [zh-Hant] ភាសាចិន (អក្សរពេញ)
    [zh-Hans] ភាសាចិន (អក្សរកាត់)
    [zh] ភាសាចិន
    [yue] ភាសាកាតាំង
    [cmn] ភាសាចិនកុកងឺ
    [vi] ភាសាវៀតណាម
    [ko] ភាសាកូរ៉េ
    [tl] ភាសាតាកាឡុក
    [fil] ភាសាហ្វីលីពីន
    [hy] ភាសាអាមេនី
    [hyw] ភាសាអាមេនីខាងលិច
    [ru] ភាសារុស្ស៊ី
    [fa] ភាសាពែរ្ស (ហ្វាស៊ី)
    [ar] ភាសាអារ៉ាប់
    [km] ភាសាខ្មែរ
    [hmn] ភាសាម៉ុង
    [mww] ភាសាម៉ុង
    [pa] ភាសាពុនចាប៊ី
    [hi] ភាសាហិណ្ឌី
    [ja] ភាសាជប៉ុន
    [th] ភាសាថៃ
    [lo] ភាសាឡាវ
    [uk] ភាសាអ៊ុយក្រែន
    [ium] ភាសាមៀន
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] អក្សរបោះពុម្ពធម្មតា
    [large-print] អក្សរបោះពុម្ពធំ
    [audio] សំឡេង
    [braille] អក្សរស្ទាប (braille)
   *[accessible-electronic] ទម្រង់អេឡិចត្រូនិកដែលងាយស្រួលប្រើ
}

## Who I am

like-and-admire-heading = អ្វីដែលមនុស្សចូលចិត្ត និងកោតសរសើរអំពីខ្ញុំ
important-to-heading = អ្វីដែលសំខាន់សម្រាប់ខ្ញុំ
how-to-support-heading = របៀបគាំទ្រខ្ញុំ
more-about-me-heading = ចំណុចខ្លាំង ចំណាប់អារម្មណ៍ និងទេពកោសល្យរបស់ខ្ញុំ
strengths-heading = ចំណុចខ្លាំងរបស់ខ្ញុំ
interests-heading = ចំណាប់អារម្មណ៍របស់ខ្ញុំ
talents-heading = ទេពកោសល្យរបស់ខ្ញុំ
preferences-heading = អ្វីដែលខ្ញុំចូលចិត្ត
needs-heading = អ្វីដែលខ្ញុំត្រូវការជំនួយ
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] សុខភាពរាងកាយរបស់ខ្ញុំ៖
    [oral-health] ធ្មេញ និងមាត់របស់ខ្ញុំ៖
    [behavioral-health] សុខភាពផ្លូវចិត្តរបស់ខ្ញុំ៖
    [substance-use] គ្រឿងស្រវឹង និងគ្រឿងញៀន៖
    [daily-living] ការរស់នៅប្រចាំថ្ងៃ៖
    [housing] លំនៅដ្ឋាន៖
    [food] អាហារ៖
    [transportation] ការធ្វើដំណើរ៖
    [social] មនុស្ស និងសហគមន៍៖
    [financial] ប្រាក់ និងអត្ថប្រយោជន៍៖
    [employment] ការងារ៖
    [education] ការសិក្សា៖
    [communication] ការប្រាស្រ័យទាក់ទង៖
    [safety] សុវត្ថិភាព៖
    [end-of-life] ការរៀបចំផែនការសម្រាប់ចុងបញ្ចប់នៃជីវិត៖
   *[other] ផ្សេងៗ៖
}

## Goals

goals-heading = គោលដៅរបស់ខ្ញុំ
# $number: the goal's number in the plan.
goal-heading = គោលដៅទី { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] តាមពាក្យសម្ដីផ្ទាល់របស់ខ្ញុំ៖
    [person-with-support] តាមពាក្យសម្ដីផ្ទាល់របស់ខ្ញុំ ដោយមានអ្នកជួយ៖
    [representative] តាមពាក្យសម្ដីរបស់អ្នកតំណាងរបស់ខ្ញុំ៖
   *[team] ដូចដែលក្រុមរបស់ខ្ញុំបានសរសេរ៖
}
own-words-translation-intro = ការបកប្រែ៖
label-goal-statement = គោលដៅរបស់ខ្ញុំ៖
label-target-date = ពេលដែលខ្ញុំសង្ឃឹមថានឹងសម្រេចបាន៖
label-goal-status = ស្ថានភាពបច្ចុប្បន្ន៖
# $status: the goal's status.
goal-status = { $status ->
    [proposed] មិនទាន់ចាប់ផ្តើមនៅឡើយ
    [active] កំពុងធ្វើ
    [achieved] បានសម្រេច
    [on-hold] ផ្អាកសិន តាមការជ្រើសរើសរបស់ខ្ញុំ
   *[discontinued] ខ្ញុំលែងចង់បានគោលដៅនេះទៀតហើយ
}
steps-heading = ជំហានឆ្ពោះទៅគោលដៅនេះ
step-by-me = ខ្ញុំធ្វើវាដោយខ្លួនឯង
# $names: the team members (a list) the person does the step with.
step-by-me-with = ខ្ញុំធ្វើវារួមជាមួយ { $names }
# $who: the name of the team member who helps.
step-who = { $who } ជួយ
step-who-unknown = មិនបានកត់ត្រាថាអ្នកណាជួយ
# $names: the team members (a list) who do the step together with the person.
step-together-with = រួមជាមួយ { $names }
# $date: a formatted date.
step-by-date = ត្រឹម { $date }
step-done = រួចរាល់
goal-supports-heading = ការគាំទ្រដែលជួយគោលដៅនេះ

## Supports

supports-heading = ការគាំទ្ររបស់ខ្ញុំ
paid-supports-heading = សេវាដែលមានការបង់ប្រាក់
paid-supports-caption = សេវាដែលមានការបង់ប្រាក់នៅក្នុងផែនការរបស់ខ្ញុំ
natural-supports-heading = ការគាំទ្រពីក្រុមគ្រួសារ មិត្តភក្តិ និងសហគមន៍
natural-supports-caption = ការគាំទ្រដែលមិនបានបង់ប្រាក់ ពីមនុស្សនៅក្នុងជីវិតរបស់ខ្ញុំ
natural-supports-none = ក្រុមរបស់ខ្ញុំ និងខ្ញុំបានស្វែងរកការគាំទ្រដែលមិនបានបង់ប្រាក់ ពីក្រុមគ្រួសារ មិត្តភក្តិ និងសហគមន៍ ហើយសម្រាប់ពេលនេះ យើងរកមិនឃើញទេ។
col-support = ការគាំទ្រ
col-provider = អ្នកណាជាអ្នកផ្តល់
col-amount = ប៉ុន្មាន និងញឹកញាប់ប៉ុណ្ណា
col-dates = ពេលណា
col-location = នៅឯណា
col-how-i-want-it = របៀបដែលខ្ញុំចង់បាន
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = លេខកូដសេវា និងការអនុញ្ញាត
billing-caption = សម្រាប់អ្នកផ្តល់សេវារបស់ខ្ញុំ និងគម្រោងសុខភាពរបស់ខ្ញុំ៖ លេខកូដ និងការអនុម័តនៃសេវាដែលមានការបង់ប្រាក់របស់ខ្ញុំ
col-service-code = លេខកូដសេវា
col-authorization = ការអនុញ្ញាត
col-authorized-units = ឯកតាដែលបានអនុញ្ញាត
col-rate = អត្រាក្នុងមួយឯកតា
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# A no-break space joins the two, as in CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = ទីកន្លែងផ្តល់សេវា៖
self-directed = ខ្ញុំដឹកនាំសេវានេះដោយខ្លួនឯង។
# How much support and how often. $count: the number (Khmer has no plural forms: only "other"); $quantity: the
# same number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
               *[other] { $quantity } នាទី
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity } ភាគបួនម៉ោង
            }
        [hour]
            { $count ->
               *[other] { $quantity } ម៉ោង
            }
        [half-day]
            { $count ->
               *[other] { $quantity } កន្លះថ្ងៃ
            }
        [day]
            { $count ->
               *[other] { $quantity } ថ្ងៃ
            }
        [visit]
            { $count ->
               *[other] { $quantity } ដងមកជួប
            }
        [session]
            { $count ->
               *[other] { $quantity } វគ្គ
            }
        [meal]
            { $count ->
               *[other] { $quantity } ពេលអាហារ
            }
        [trip]
            { $count ->
               *[other] { $quantity } ជើងដឹកជញ្ជូន
            }
        [mile]
            { $count ->
               *[other] { $quantity } ម៉ាយ
            }
        [dollar]
            { $count ->
               *[other] { $quantity } ដុល្លារ
            }
       *[item]
            { $count ->
               *[other] { $quantity } មុខ
            }
    }{ $interval ->
        [day] {" "}ក្នុងមួយថ្ងៃ
        [week] {" "}ក្នុងមួយសប្តាហ៍
        [month] {" "}ក្នុងមួយខែ
        [year] {" "}ក្នុងមួយឆ្នាំ
        [one-time] {" "}តែម្តង
        [as-needed] {" "}នៅពេលខ្ញុំស្នើសុំ
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] រៀងរាល់ថ្ងៃ
    [week] រៀងរាល់សប្តាហ៍
    [month] រៀងរាល់ខែ
    [year] រៀងរាល់ឆ្នាំ
    [one-time] តែម្តង
   *[as-needed] នៅពេលខ្ញុំស្នើសុំ
}
# $start and $end: formatted dates.
date-range = { $start } ដល់ { $end }
# $start: a formatted date.
date-from = ចាប់ពី { $start }

## Safety

safety-heading = ហានិភ័យដែលខ្ញុំជ្រើសរើសទទួលយក និងរបៀបដែលយើងរក្សាសុវត្ថិភាពខ្ញុំ
risks-caption = ហានិភ័យ ការជ្រើសរើសរបស់ខ្ញុំ និងរបៀបដែលយើងរក្សាសុវត្ថិភាព
col-risk = ហានិភ័យ
col-my-choice = ការជ្រើសរើសរបស់ខ្ញុំ
col-stay-safe = របៀបដែលយើងរក្សាសុវត្ថិភាព
backup-plan-heading = ផែនការបម្រុងរបស់ខ្ញុំ
backup-contacts-intro = អ្នកដែលត្រូវហៅទូរស័ព្ទទៅ តាមលំដាប់នេះ៖
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = ប្រសិនបើការគាំទ្រណាមួយរបស់ខ្ញុំមិនមក
emergency-contacts-heading = អ្នកទំនាក់ទំនងពេលអាសន្នរបស់ខ្ញុំ

## Setting and choice

setting-heading = កន្លែងដែលខ្ញុំរស់នៅ និងការជ្រើសរើសរបស់ខ្ញុំ
label-setting = កន្លែងដែលខ្ញុំរស់នៅ៖
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] ផ្ទះផ្ទាល់ខ្លួនរបស់ខ្ញុំ
    [family-home] ផ្ទះក្រុមគ្រួសាររបស់ខ្ញុំ
    [supportive-housing] លំនៅដ្ឋានដែលមានការគាំទ្រ
    [shared-living] ផ្ទះរស់នៅរួមគ្នា
    [residential-facility] ផ្ទះថែទាំស្នាក់នៅ
    [unhoused] ជម្រកបណ្តោះអាសន្ន ឬគ្មានអាសយដ្ឋានពិតប្រាកដ
   *[other] កន្លែងផ្សេងទៀត
}
setting-chosen = ខ្ញុំបានជ្រើសរើសកន្លែងដែលខ្ញុំរស់នៅ។
setting-not-chosen = ខ្ញុំមិនបានជ្រើសរើសកន្លែងដែលខ្ញុំរស់នៅទេ។
alternatives-heading = កន្លែងផ្សេងទៀតដែលខ្ញុំបានគិតពិចារណា
services-offered = ខ្ញុំត្រូវបានផ្តល់ជម្រើសនៃសេវា។
services-not-offered = ខ្ញុំមិនត្រូវបានផ្តល់ជម្រើសនៃសេវាទេ។
services-selected = ខ្ញុំបានជួយជ្រើសរើសសេវារបស់ខ្ញុំ។
services-not-selected = ខ្ញុំមិនបានជួយជ្រើសរើសសេវារបស់ខ្ញុំទេ។
providers-offered = ខ្ញុំត្រូវបានផ្តល់ជម្រើសថា អ្នកណាជាអ្នកផ្តល់សេវានីមួយៗ។
providers-not-offered = ខ្ញុំមិនត្រូវបានផ្តល់ជម្រើសថា អ្នកណាជាអ្នកផ្តល់សេវារបស់ខ្ញុំទេ។
providers-informed = ខ្ញុំមានព័ត៌មានដែលខ្ញុំត្រូវការ ដើម្បីជ្រើសរើសអ្នកផ្តល់សេវារបស់ខ្ញុំ។
providers-not-informed = ខ្ញុំមិនមានព័ត៌មានដែលខ្ញុំត្រូវការ ដើម្បីជ្រើសរើសអ្នកផ្តល់សេវារបស់ខ្ញុំទេ។
services-agree = ខ្ញុំយល់ព្រមនឹងសេវានៅក្នុងផែនការរបស់ខ្ញុំ។
services-not-agree = ខ្ញុំមិនយល់ព្រមនឹងសេវាទាំងអស់នៅក្នុងផែនការរបស់ខ្ញុំទេ។
label-reason-not-offered = មូលហេតុដែលខ្ញុំមិនមានជម្រើស៖

## Modifications of my rights

modifications-heading = ការផ្លាស់ប្តូរចំពោះសិទ្ធិរបស់ខ្ញុំ នៅកន្លែងដែលខ្ញុំរស់នៅ
modifications-intro = សិទ្ធិមួយអាចត្រូវបានដាក់កម្រិតបាន លុះត្រាតែមានមូលហេតុដែលសរសេរនៅទីនេះ ដោយមានការយល់ព្រមពីខ្ញុំ ហើយវាត្រូវបានពិនិត្យឡើងវិញតាមកាលវិភាគ។
# $number: the number of the change.
modification-heading = ការផ្លាស់ប្តូរទី { $number }
label-right-modified = សិទ្ធិដែលត្រូវបានដាក់កម្រិត៖
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] តម្រូវការដែលនៅពីក្រោយការផ្លាស់ប្តូរនេះ៖
    [prior-interventions] អ្វីដែលយើងបានសាកល្បងមុន៖
    [less-intrusive-methods] វិធីដែលដាក់កម្រិតតិចជាង ដែលយើងបានសាកល្បង និងមូលហេតុដែលវាមិនបានសម្រេច៖
    [condition-description] ការដាក់កម្រិតនោះជាអ្វីឱ្យពិតប្រាកដ៖
    [data-collection] របៀបដែលយើងពិនិត្យថាវាមានប្រសិទ្ធភាពឬទេ៖
    [review-time-limits] ពេលដែលយើងពិនិត្យវាឡើងវិញ៖
    [informed-consent] ការយល់ព្រមរបស់ខ្ញុំ៖
   *[no-harm-assurance] របៀបដែលយើងធានាថាវាមិនបង្កគ្រោះថ្នាក់ដល់ខ្ញុំ៖
}

## Programs

ecm-heading = ការគ្រប់គ្រងការថែទាំកម្រិតខ្ពស់ (ECM) របស់ខ្ញុំ
label-lead-care-manager = អ្នកគ្រប់គ្រងការថែទាំនាំមុខ (Lead Care Manager) របស់ខ្ញុំ៖
label-assessment-date = ការវាយតម្លៃរបស់ខ្ញុំធ្វើនៅថ្ងៃ៖
label-care-domains = ផែនការរបស់ខ្ញុំគ្របដណ្តប់៖
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] សុខភាពរាងកាយ
    [behavioral] សុខភាពផ្លូវចិត្ត
    [substance-use] ការប្រើប្រាស់គ្រឿងស្រវឹង និងគ្រឿងញៀន
    [ltss] សេវា និងការគាំទ្ររយៈពេលវែង
    [oral] សុខភាពធ្មេញ
    [palliative] ការថែទាំដើម្បីភាពសុខស្រួល
   *[social-needs] លំនៅដ្ឋាន អាហារ និងតម្រូវការប្រចាំថ្ងៃផ្សេងទៀត
}
housing-heading = ផែនការគាំទ្រលំនៅដ្ឋានរបស់ខ្ញុំ
housing-barriers-heading = អ្វីដែលធ្វើឱ្យការមានលំនៅដ្ឋានពិបាកសម្រាប់ខ្ញុំ
housing-short-term-heading = គោលដៅលំនៅដ្ឋានរយៈពេលខ្លីរបស់ខ្ញុំ
housing-long-term-heading = គោលដៅលំនៅដ្ឋានរយៈពេលវែងរបស់ខ្ញុំ
housing-other-services-heading = សេវាផ្សេងទៀតដែលជួយ
label-measure = របៀបដែលយើងនឹងដឹង៖

## Team

team-heading = ក្រុមរបស់ខ្ញុំ
team-caption = មនុស្សនៅក្នុងក្រុមរបស់ខ្ញុំ
col-name = ឈ្មោះ
col-role = តួនាទី
col-organization = អង្គការ ឬទំនាក់ទំនង
col-contact = ព័ត៌មានទំនាក់ទំនង
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] អ្នកសម្របសម្រួលការថែទាំ
    [lead-care-manager] អ្នកគ្រប់គ្រងការថែទាំនាំមុខ
    [housing-navigator] អ្នកណែនាំផ្លូវរកលំនៅដ្ឋាន
    [provider] អ្នកផ្តល់សេវា
    [clinician] អ្នកផ្តល់សេវាថែទាំសុខភាព
    [family] ក្រុមគ្រួសារ
    [friend] មិត្តភក្តិ
    [peer-support] អ្នកគាំទ្រដែលមានបទពិសោធន៍ស្រដៀងគ្នា
    [representative] អ្នកតំណាង
    [decision-supporter] អ្នកគាំទ្រក្នុងការធ្វើការសម្រេចចិត្ត
   *[other] សមាជិកក្រុម
}

## Rights

rights-heading = សិទ្ធិរបស់ខ្ញុំ
right-review-any-time = ខ្ញុំអាចស្នើសុំឱ្យពិនិត្យផែនការរបស់ខ្ញុំឡើងវិញបាន នៅពេលណាក៏បាន។
# $language: the name of the person's written language (from the "language" message).
right-copy = ខ្ញុំទទួលបានច្បាប់ចម្លងនៃផែនការរបស់ខ្ញុំជា{ $language } និងជាទម្រង់ដែលខ្ញុំត្រូវការ។
right-say-no = ខ្ញុំអាចបដិសេធសេវាណាមួយនៅក្នុងផែនការរបស់ខ្ញុំបាន។

## Review

review-heading = ការពិនិត្យផែនការរបស់ខ្ញុំឡើងវិញ
label-last-review = ការពិនិត្យឡើងវិញលើកចុងក្រោយ៖
label-next-review = ការពិនិត្យឡើងវិញលើកក្រោយ ត្រូវធ្វើមុន៖
label-plan-monitor = អ្នកដែលពិនិត្យថា ផែនការរបស់ខ្ញុំដំណើរការល្អសម្រាប់ខ្ញុំ៖
review-triggers-intro = យើងក៏ពិនិត្យផែនការរបស់ខ្ញុំឡើងវិញផងដែរ៖
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] យ៉ាងហោចណាស់ម្តងក្នុងមួយឆ្នាំ
    [change-in-circumstances] នៅពេលជីវិត ឬតម្រូវការរបស់ខ្ញុំផ្លាស់ប្តូរ
    [person-request] នៅពេលខ្ញុំស្នើសុំ
    [hospital-discharge] បន្ទាប់ពីការស្នាក់នៅមន្ទីរពេទ្យ
   *[provider-change] នៅពេលអ្នកផ្តល់សេវាផ្លាស់ប្តូរ
}
monitoring-heading = ផែនការរបស់ខ្ញុំដំណើរការយ៉ាងដូចម្តេច
delivered-as-planned = ការគាំទ្ររបស់ខ្ញុំបានមកដល់ដូចដែលបានគ្រោងទុក។
not-delivered-as-planned = ការគាំទ្ររបស់ខ្ញុំមិនបានមកដល់ទាំងអស់ដូចដែលបានគ្រោងទុកទេ។
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] អ្វីដែលខ្ញុំបាននិយាយ
    [representative] អ្វីដែលអ្នកតំណាងរបស់ខ្ញុំបាននិយាយ
    [natural-support] អ្វីដែលមនុស្សជិតស្និទ្ធនឹងខ្ញុំបាននិយាយ
   *[provider] អ្វីដែលអ្នកផ្តល់សេវាបាននិយាយ
}

## Signatures and copies

signatures-heading = ហត្ថលេខា
signatures-caption = អ្នកដែលបានចុះហត្ថលេខាលើផែនការរបស់ខ្ញុំ
col-date = កាលបរិច្ឆេទ
# $role: who signs.
signer-role = { $role ->
    [person] ខ្ញុំ
    [representative] អ្នកតំណាងរបស់ខ្ញុំ
    [planner] អ្នករៀបចំផែនការរបស់ខ្ញុំ
    [provider] អ្នកផ្តល់សេវា
   *[witness] សាក្សី
}
unable-to-sign = មិនអាចចុះហត្ថលេខាបាន៖
# $witness: the witness's name.
unable-to-sign-witness = (សាក្សី៖ { $witness })
distribution-heading = អ្នកដែលបានទទួលច្បាប់ចម្លង
distribution-caption = ច្បាប់ចម្លងនៃផែនការរបស់ខ្ញុំ
col-language = ភាសា
col-format = ទម្រង់
# $role: who received the copy.
recipient-role = { $role ->
    [person] ខ្ញុំ
    [representative] អ្នកតំណាងរបស់ខ្ញុំ
    [provider] អ្នកផ្តល់សេវា
    [team-member] សមាជិកក្រុម
   *[health-plan] គម្រោងសុខភាពរបស់ខ្ញុំ
}
