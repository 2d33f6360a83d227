## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me" (ຂ້ອຍ).
## Labels end with their own punctuation (a colon in Lao too).
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = ແຜນທີ່ເອົາຂ້ອຍເປັນໃຈກາງ: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: ແຜນທີ່ເອົາຂ້ອຍເປັນໃຈກາງ
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, ແຜນທີ່ເອົາບຸກຄົນເປັນໃຈກາງ, ສະບັບທີ { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = ໜ້າ { $page } ຈາກ { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = ແຜນຂອງຂ້ອຍສະບັບທີ { $version }. ມີຜົນບັງຄັບໃຊ້ແຕ່ { $start } ຫາ { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = ແຜນຂອງຂ້ອຍສະບັບທີ { $version }. ມີຜົນບັງຄັບໃຊ້ແຕ່ { $start }.
label-latest-change = ສິ່ງທີ່ປ່ຽນແປງໃນສະບັບນີ້:
changes-heading = ສິ່ງທີ່ປ່ຽນແປງຈາກສະບັບກ່ອນ
# Shown where a table cell has nothing recorded.
not-recorded = ບໍ່ໄດ້ບັນທຶກໄວ້

## About me

about-me-heading = ກ່ຽວກັບຂ້ອຍ
label-preferred-name = ຊື່ທີ່ຂ້ອຍຢາກໃຫ້ເອີ້ນ:
label-pronouns = ຄຳແທນນາມຂອງຂ້ອຍ:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] ລາວ (ຜູ້ຊາຍ)
    [she] ລາວ (ຜູ້ຍິງ)
   *[they] ລາວ (ບໍ່ລະບຸເພດ)
}
label-identity-language = ຄຳທີ່ຂ້ອຍຢາກໃຫ້ໃຊ້ເອີ້ນຂ້ອຍ:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] ພາສາທີ່ເນັ້ນບຸກຄົນກ່ອນ (ເຊັ່ນ “ຄົນທີ່ມີຄວາມພິການ”)
    [identity-first] ພາສາທີ່ເນັ້ນເອກະລັກກ່ອນ (ເຊັ່ນ “ຄົນພິການ”)
   *[other] ບໍ່ມີຄວາມມັກເປັນພິເສດ
}
label-identity-terms = ຄຳທີ່ຂ້ອຍໃຊ້ເອີ້ນຕົວເອງ:
label-languages = ພາສາຂອງຂ້ອຍ:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = ຂ້ອຍເວົ້າ{ $spoken }. ຂ້ອຍອ່ານ ແລະ ຂຽນ{ $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = ເມື່ອກອງປະຊຸມຈັດເປັນພາສາອື່ນ ຂ້ອຍຕ້ອງການລ່າມ{ $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] ດີຫຼາຍ
    [good] ດີ
    [fair] ໄດ້ບາງສ່ວນ
   *[poor] ໜ້ອຍໜຶ່ງ
})
label-residence = ບ່ອນທີ່ຂ້ອຍອາໄສຢູ່ຕອນນີ້:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] ຢູ່ເຮືອນຂອງຂ້ອຍເອງ
    [with-family-or-friends] ຢູ່ກັບຄອບຄົວ ຫຼື ໝູ່ເພື່ອນ
    [shelter] ຢູ່ບ່ອນພັກພິງ
    [domestic-violence-shelter] ຢູ່ບ່ອນພັກພິງທີ່ປອດໄພ
    [transitional-housing] ຢູ່ທີ່ພັກອາໄສຊົ່ວຄາວ (transitional housing)
    [recuperative-care] ຢູ່ບ່ອນເບິ່ງແຍງເພື່ອຟື້ນຕົວ
    [supportive-housing] ຢູ່ທີ່ຢູ່ອາໄສທີ່ມີບໍລິການຊ່ວຍເຫຼືອ
    [group-home] ຢູ່ເຮືອນພັກແບບກຸ່ມ (group home)
    [assisted-living] ຢູ່ບ່ອນພັກອາໄສທີ່ມີຄົນຊ່ວຍເຫຼືອ (assisted living)
    [nursing-facility] ຢູ່ສະຖານເບິ່ງແຍງຄົນເຈັບ (nursing facility)
    [hospital] ຢູ່ໂຮງໝໍ
    [incarcerated] ຢູ່ຄຸກ
    [unsheltered] ບໍ່ມີບ່ອນພັກ
   *[other] ຢູ່ບ່ອນອື່ນ
}
# $date: a date.
residence-since = ຕັ້ງແຕ່ { $date }
label-name-as-written = ຊື່ຂອງຂ້ອຍ ຕາມທີ່ຂ້ອຍຂຽນ:
label-formats = ຂ້ອຍຕ້ອງການເອກະສານໃນຮູບແບບ:
label-birth-date = ວັນເດືອນປີເກີດຂອງຂ້ອຍ:
label-legal-name = ຊື່ຕາມກົດໝາຍຂອງຂ້ອຍ (ສຳລັບລະບຸຕົວຕົນ):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] ເລກ Medi-Cal ຂອງຂ້ອຍ (CIN):
    [state-id] ບັດປະຈຳຕົວຂອງລັດຂອງຂ້ອຍ:
    [medical-record-number] ເລກບັນທຶກການແພດຂອງຂ້ອຍ:
    [member-id] ເລກສະມາຊິກແຜນປະກັນສຸຂະພາບຂອງຂ້ອຍ:
   *[other] ເລກປະຈຳຕົວຂອງຂ້ອຍ:
}
representatives-heading = ຄົນທີ່ຊ່ວຍຂ້ອຍຕັດສິນໃຈ
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] ຜູ້ປົກຄອງຕາມກົດໝາຍຂອງຂ້ອຍ
    [conservator] ຜູ້ພິທັກ (conservator) ຂອງຂ້ອຍ
    [authorized-representative] ຜູ້ຕາງໜ້າທີ່ໄດ້ຮັບມອບອຳນາດຂອງຂ້ອຍ
    [power-of-attorney] ຖືໜັງສືມອບອຳນາດ (power of attorney) ຂອງຂ້ອຍ
    [supported-decision-maker] ຜູ້ຊ່ວຍສະໜັບສະໜູນການຕັດສິນໃຈຂອງຂ້ອຍ
   *[other] ຜູ້ຕາງໜ້າຂອງຂ້ອຍ
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] ຄົນນີ້ມີອຳນາດຕາມກົດໝາຍ ໃນການຕັດສິນໃຈແທນຂ້ອຍ.
    [when-person-cannot-decide] ຄົນນີ້ມີອຳນາດຕາມກົດໝາຍ ໃນການຕັດສິນໃຈແທນຂ້ອຍ ສະເພາະເວລາທີ່ຂ້ອຍຕັດສິນໃຈເອງບໍ່ໄດ້ເທົ່ານັ້ນ.
   *[conditional] ຄົນນີ້ມີອຳນາດຕາມກົດໝາຍ ໃນການຕັດສິນໃຈແທນຂ້ອຍ ໃນເງື່ອນໄຂເຫຼົ່ານີ້:
}
label-authority-areas = ສຳລັບ:

## Languages and formats

# The name of a language in Lao. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] ພາສາອັງກິດ
    [es] ພາສາແອສປາໂຍນ
    [zh-Hant] ພາສາຈີນ (ຕົວເຕັມ)
    [zh-Hans] ພາສາຈີນ (ຕົວຫຍໍ້)
    [zh] ພາສາຈີນ
    [yue] ພາສາກວາງຕຸ້ງ
    [cmn] ພາສາຈີນກາງ
    [vi] ພາສາຫວຽດນາມ
    [ko] ພາສາເກົາຫຼີ
    [tl] ພາສາຕາກາລັອກ
    [fil] ພາສາຟິລິປີນ
    [hy] ພາສາອາເມເນຍ
    [hyw] ພາສາອາເມເນຍຕາເວັນຕົກ
    [ru] ພາສາຣັດເຊຍ
    [fa] ພາສາເປີເຊຍ (ຟາຊີ)
    [ar] ພາສາອາຣັບ
    [km] ພາສາຂະແມ
    [hmn] ພາສາມົ້ງ
    [mww] ພາສາມົ້ງ
    [pa] ພາສາປັນຈາບີ
    [hi] ພາສາຮິນດີ
    [ja] ພາສາຍີ່ປຸ່ນ
    [th] ພາສາໄທ
    [lo] ພາສາລາວ
    [uk] ພາສາຢູເຄຣນ
    [ium] ພາສາອີ່ວມ້ຽນ
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] ຕົວພິມທຳມະດາ
    [large-print] ຕົວພິມໃຫຍ່
    [audio] ສຽງ
    [braille] ອັກສອນເບຣລ
   *[accessible-electronic] ໄຟລ໌ເອເລັກໂຕຣນິກທີ່ທຸກຄົນເຂົ້າເຖິງໄດ້
}

## Who I am

like-and-admire-heading = ສິ່ງທີ່ຄົນອື່ນມັກ ແລະ ຊົມເຊີຍໃນຕົວຂ້ອຍ
important-to-heading = ສິ່ງທີ່ສຳຄັນສຳລັບຂ້ອຍ
how-to-support-heading = ວິທີຊ່ວຍເຫຼືອຂ້ອຍ
more-about-me-heading = ຈຸດແຂງ, ຄວາມສົນໃຈ ແລະ ພອນສະຫວັນຂອງຂ້ອຍ
strengths-heading = ຈຸດແຂງຂອງຂ້ອຍ
interests-heading = ຄວາມສົນໃຈຂອງຂ້ອຍ
talents-heading = ພອນສະຫວັນຂອງຂ້ອຍ
preferences-heading = ສິ່ງທີ່ຂ້ອຍມັກ
needs-heading = ເລື່ອງທີ່ຂ້ອຍຕ້ອງການຄວາມຊ່ວຍເຫຼືອ
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] ສຸຂະພາບກາຍຂອງຂ້ອຍ:
    [oral-health] ແຂ້ວ ແລະ ປາກຂອງຂ້ອຍ:
    [behavioral-health] ສຸຂະພາບຈິດຂອງຂ້ອຍ:
    [substance-use] ເຫຼົ້າ ແລະ ຢາເສບຕິດ:
    [daily-living] ການດຳລົງຊີວິດປະຈຳວັນ:
    [housing] ທີ່ຢູ່ອາໄສ:
    [food] ອາຫານ:
    [transportation] ການເດີນທາງ:
    [social] ຜູ້ຄົນ ແລະ ຊຸມຊົນ:
    [financial] ເງິນ ແລະ ສະຫວັດດີການ:
    [employment] ການເຮັດວຽກ:
    [education] ການຮຽນຮູ້:
    [communication] ການສື່ສານ:
    [safety] ຄວາມປອດໄພ:
    [end-of-life] ການວາງແຜນສຳລັບທ້າຍຊີວິດ:
   *[other] ອື່ນໆ:
}

## Goals

goals-heading = ເປົ້າໝາຍຂອງຂ້ອຍ
# $number: the goal's number in the plan.
goal-heading = ເປົ້າໝາຍທີ { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] ດ້ວຍຄຳເວົ້າຂອງຂ້ອຍເອງ:
    [person-with-support] ດ້ວຍຄຳເວົ້າຂອງຂ້ອຍເອງ, ໂດຍມີຄົນຊ່ວຍ:
    [representative] ດ້ວຍຄຳເວົ້າຂອງຜູ້ຕາງໜ້າຂອງຂ້ອຍ:
   *[team] ຕາມທີ່ທີມຂອງຂ້ອຍຂຽນໄວ້:
}
own-words-translation-intro = ຄຳແປ:
label-goal-statement = ເປົ້າໝາຍຂອງຂ້ອຍ:
label-target-date = ເວລາທີ່ຂ້ອຍຫວັງວ່າຈະເຮັດໄດ້ສຳເລັດ:
label-goal-status = ຄວາມຄືບໜ້າ:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] ຍັງບໍ່ທັນເລີ່ມ
    [active] ກຳລັງເຮັດຢູ່
    [achieved] ສຳເລັດແລ້ວ
    [on-hold] ພັກໄວ້ກ່ອນ, ຕາມທີ່ຂ້ອຍເລືອກ
   *[discontinued] ຂ້ອຍບໍ່ຕ້ອງການເປົ້າໝາຍນີ້ແລ້ວ
}
steps-heading = ຂັ້ນຕອນໄປສູ່ເປົ້າໝາຍນີ້
step-by-me = ຂ້ອຍເຮັດເອງ
# $names: the team members (a list) the person does the step with.
step-by-me-with = ຂ້ອຍເຮັດຮ່ວມກັບ { $names }
# $who: the name of the team member who helps.
step-who = { $who } ຊ່ວຍ
step-who-unknown = ບໍ່ໄດ້ບັນທຶກວ່າໃຜຊ່ວຍ
# $names: the team members (a list) who do the step together with the person.
step-together-with = ຮ່ວມກັບ { $names }
# $date: a formatted date.
step-by-date = ພາຍໃນ { $date }
step-done = ແລ້ວ
goal-supports-heading = ການຊ່ວຍເຫຼືອທີ່ຊ່ວຍເປົ້າໝາຍນີ້

## Supports

supports-heading = ການຊ່ວຍເຫຼືອຂອງຂ້ອຍ
paid-supports-heading = ບໍລິການທີ່ມີຄ່າໃຊ້ຈ່າຍ
paid-supports-caption = ບໍລິການທີ່ມີຄ່າໃຊ້ຈ່າຍໃນແຜນຂອງຂ້ອຍ
natural-supports-heading = ການຊ່ວຍເຫຼືອຈາກຄອບຄົວ, ໝູ່ເພື່ອນ ແລະ ຊຸມຊົນ
natural-supports-caption = ການຊ່ວຍເຫຼືອທີ່ບໍ່ມີຄ່າໃຊ້ຈ່າຍຈາກຄົນໃນຊີວິດຂອງຂ້ອຍ
natural-supports-none = ທີມຂອງຂ້ອຍ ແລະ ຂ້ອຍໄດ້ຊອກຫາການຊ່ວຍເຫຼືອທີ່ບໍ່ມີຄ່າໃຊ້ຈ່າຍຈາກຄອບຄົວ, ໝູ່ເພື່ອນ ແລະ ຊຸມຊົນແລ້ວ, ແລະ ຕອນນີ້ຍັງບໍ່ພົບ.
col-support = ການຊ່ວຍເຫຼືອ
col-provider = ຜູ້ໃຫ້ບໍລິການ
col-amount = ຫຼາຍເທົ່າໃດ ແລະ ເລື້ອຍປານໃດ
col-dates = ເມື່ອໃດ
col-location = ຢູ່ໃສ
col-how-i-want-it = ແບບທີ່ຂ້ອຍຕ້ອງການ
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = ລະຫັດບໍລິການ ແລະ ການອະນຸມັດ
billing-caption = ສຳລັບຜູ້ໃຫ້ບໍລິການຂອງຂ້ອຍ ແລະ ແຜນປະກັນສຸຂະພາບຂອງຂ້ອຍ: ລະຫັດ ແລະ ການອະນຸມັດຂອງບໍລິການທີ່ມີຄ່າໃຊ້ຈ່າຍຂອງຂ້ອຍ
col-service-code = ລະຫັດບໍລິການ
col-authorization = ການອະນຸມັດ
col-authorized-units = ຫົວໜ່ວຍທີ່ອະນຸມັດ
col-rate = ອັດຕາຕໍ່ຫົວໜ່ວຍ
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = ສະຖານທີ່ໃຫ້ບໍລິການ:
self-directed = ຂ້ອຍກຳນົດບໍລິການນີ້ເອງ.
# How much support and how often. $count: the number (Lao has no plural forms: only "other"); $quantity: the
# same number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
               *[other] { $quantity } ນາທີ
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity } ຊ່ວງ 15 ນາທີ
            }
        [hour]
            { $count ->
               *[other] { $quantity } ຊົ່ວໂມງ
            }
        [half-day]
            { $count ->
               *[other] { $quantity } ເຄິ່ງມື້
            }
        [day]
            { $count ->
               *[other] { $quantity } ມື້
            }
        [visit]
            { $count ->
               *[other] { $quantity } ຄັ້ງທີ່ມາຢ້ຽມ
            }
        [session]
            { $count ->
               *[other] { $quantity } ຄັ້ງ
            }
        [meal]
            { $count ->
               *[other] { $quantity } ຄາບ
            }
        [trip]
            { $count ->
               *[other] { $quantity } ຖ້ຽວ
            }
        [mile]
            { $count ->
               *[other] { $quantity } ໄມລ໌
            }
        [dollar]
            { $count ->
               *[other] { $quantity } ໂດລາ
            }
       *[item]
            { $count ->
               *[other] { $quantity } ລາຍການ
            }
    }{ $interval ->
        [day] {" "}ຕໍ່ມື້
        [week] {" "}ຕໍ່ອາທິດ
        [month] {" "}ຕໍ່ເດືອນ
        [year] {" "}ຕໍ່ປີ
        [one-time] , ຄັ້ງດຽວ
        [as-needed] , ເມື່ອຂ້ອຍຂໍ
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] ທຸກມື້
    [week] ທຸກອາທິດ
    [month] ທຸກເດືອນ
    [year] ທຸກປີ
    [one-time] ຄັ້ງດຽວ
   *[as-needed] ເມື່ອຂ້ອຍຂໍ
}
# $start and $end: formatted dates.
date-range = { $start } ຫາ { $end }
# $start: a formatted date.
date-from = ແຕ່ { $start }

## Safety

safety-heading = ຄວາມສ່ຽງທີ່ຂ້ອຍເລືອກຮັບ ແລະ ວິທີທີ່ພວກເຮົາເບິ່ງແຍງໃຫ້ຂ້ອຍປອດໄພ
risks-caption = ຄວາມສ່ຽງ, ສິ່ງທີ່ຂ້ອຍເລືອກ, ແລະ ວິທີທີ່ພວກເຮົາຮັກສາຄວາມປອດໄພ
col-risk = ຄວາມສ່ຽງ
col-my-choice = ສິ່ງທີ່ຂ້ອຍເລືອກ
col-stay-safe = ວິທີທີ່ພວກເຮົາຮັກສາຄວາມປອດໄພ
backup-plan-heading = ແຜນສຳຮອງຂອງຂ້ອຍ
backup-contacts-intro = ຄົນທີ່ຕ້ອງໂທຫາ, ຕາມລຳດັບນີ້:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = ຖ້າການຊ່ວຍເຫຼືອໃດໜຶ່ງຂອງຂ້ອຍບໍ່ມາ
emergency-contacts-heading = ຜູ້ຕິດຕໍ່ໃນກໍລະນີສຸກເສີນຂອງຂ້ອຍ

## Setting and choice

setting-heading = ບ່ອນທີ່ຂ້ອຍອາໄສຢູ່ ແລະ ສິ່ງທີ່ຂ້ອຍເລືອກ
label-setting = ບ່ອນທີ່ຂ້ອຍອາໄສຢູ່:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] ເຮືອນຂອງຂ້ອຍເອງ
    [family-home] ເຮືອນຂອງຄອບຄົວຂ້ອຍ
    [supportive-housing] ທີ່ຢູ່ອາໄສທີ່ມີບໍລິການຊ່ວຍເຫຼືອ
    [shared-living] ເຮືອນທີ່ຢູ່ຮ່ວມກັນ
    [residential-facility] ສະຖານເບິ່ງແຍງທີ່ພັກອາໄສ
    [unhoused] ບ່ອນພັກພິງຊົ່ວຄາວ ຫຼື ບໍ່ມີທີ່ຢູ່ປະຈຳ
   *[other] ບ່ອນອື່ນ
}
setting-chosen = ຂ້ອຍເລືອກບ່ອນຢູ່ອາໄສເອງ.
setting-not-chosen = ຂ້ອຍບໍ່ໄດ້ເລືອກບ່ອນຢູ່ອາໄສເອງ.
alternatives-heading = ບ່ອນອື່ນທີ່ຂ້ອຍເຄີຍພິຈາລະນາ
services-offered = ຂ້ອຍໄດ້ຮັບທາງເລືອກຂອງບໍລິການ.
services-not-offered = ຂ້ອຍບໍ່ໄດ້ຮັບທາງເລືອກຂອງບໍລິການ.
services-selected = ຂ້ອຍໄດ້ຊ່ວຍເລືອກບໍລິການຂອງຂ້ອຍ.
services-not-selected = ຂ້ອຍບໍ່ໄດ້ຊ່ວຍເລືອກບໍລິການຂອງຂ້ອຍ.
providers-offered = ຂ້ອຍໄດ້ຮັບທາງເລືອກວ່າໃຜຈະເປັນຜູ້ໃຫ້ແຕ່ລະບໍລິການ.
providers-not-offered = ຂ້ອຍບໍ່ໄດ້ຮັບທາງເລືອກວ່າໃຜຈະເປັນຜູ້ໃຫ້ບໍລິການຂອງຂ້ອຍ.
providers-informed = ຂ້ອຍມີຂໍ້ມູນທີ່ຕ້ອງການເພື່ອເລືອກຜູ້ໃຫ້ບໍລິການຂອງຂ້ອຍ.
providers-not-informed = ຂ້ອຍບໍ່ມີຂໍ້ມູນທີ່ຕ້ອງການເພື່ອເລືອກຜູ້ໃຫ້ບໍລິການຂອງຂ້ອຍ.
services-agree = ຂ້ອຍເຫັນດີກັບບໍລິການໃນແຜນຂອງຂ້ອຍ.
services-not-agree = ຂ້ອຍບໍ່ເຫັນດີກັບບໍລິການທັງໝົດໃນແຜນຂອງຂ້ອຍ.
label-reason-not-offered = ເຫດຜົນທີ່ຂ້ອຍບໍ່ມີທາງເລືອກ:

## Modifications of my rights

modifications-heading = ການປ່ຽນແປງສິດຂອງຂ້ອຍໃນບ່ອນທີ່ຂ້ອຍອາໄສຢູ່
modifications-intro = ສິດຈະຖືກຈຳກັດໄດ້ ກໍຕໍ່ເມື່ອມີເຫດຜົນທີ່ຂຽນໄວ້ບ່ອນນີ້, ໂດຍຂ້ອຍຍິນຍອມ, ແລະ ມີການທົບທວນຕາມກຳນົດເວລາ.
# $number: the number of the change.
modification-heading = ການປ່ຽນແປງທີ { $number }
label-right-modified = ສິດທີ່ຖືກຈຳກັດ:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] ຄວາມຕ້ອງການທີ່ເປັນເຫດຜົນຂອງການປ່ຽນແປງນີ້:
    [prior-interventions] ສິ່ງທີ່ພວກເຮົາລອງເຮັດກ່ອນ:
    [less-intrusive-methods] ວິທີທີ່ຈຳກັດໜ້ອຍກວ່າທີ່ພວກເຮົາລອງແລ້ວ, ແລະ ເຫດຜົນທີ່ບໍ່ໄດ້ຜົນ:
    [condition-description] ຂໍ້ຈຳກັດແມ່ນຫຍັງແທ້:
    [data-collection] ວິທີທີ່ພວກເຮົາກວດເບິ່ງວ່າໄດ້ຜົນບໍ່:
    [review-time-limits] ເວລາທີ່ພວກເຮົາທົບທວນ:
    [informed-consent] ການຍິນຍອມຂອງຂ້ອຍ:
   *[no-harm-assurance] ວິທີທີ່ພວກເຮົາເຮັດໃຫ້ແນ່ໃຈວ່າມັນບໍ່ເປັນອັນຕະລາຍຕໍ່ຂ້ອຍ:
}

## Programs

ecm-heading = ການຄຸ້ມຄອງການເບິ່ງແຍງແບບເຂັ້ມຂຸ້ນ (ECM) ຂອງຂ້ອຍ
label-lead-care-manager = ຜູ້ຄຸ້ມຄອງການເບິ່ງແຍງຫຼັກ (Lead Care Manager) ຂອງຂ້ອຍ:
label-assessment-date = ຂ້ອຍໄດ້ຮັບການປະເມີນເມື່ອ:
label-care-domains = ແຜນຂອງຂ້ອຍກວມເອົາ:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] ສຸຂະພາບກາຍ
    [behavioral] ສຸຂະພາບຈິດ
    [substance-use] ການໃຊ້ເຫຼົ້າ ແລະ ຢາເສບຕິດ
    [ltss] ບໍລິການ ແລະ ການຊ່ວຍເຫຼືອໄລຍະຍາວ
    [oral] ສຸຂະພາບແຂ້ວ
    [palliative] ການເບິ່ງແຍງເພື່ອຄວາມສະບາຍ
   *[social-needs] ທີ່ຢູ່ອາໄສ, ອາຫານ ແລະ ຄວາມຕ້ອງການປະຈຳວັນອື່ນໆ
}
housing-heading = ແຜນຊ່ວຍເຫຼືອດ້ານທີ່ຢູ່ອາໄສຂອງຂ້ອຍ
housing-barriers-heading = ສິ່ງທີ່ເຮັດໃຫ້ການມີທີ່ຢູ່ອາໄສເປັນເລື່ອງຍາກສຳລັບຂ້ອຍ
housing-short-term-heading = ເປົ້າໝາຍດ້ານທີ່ຢູ່ອາໄສໄລຍະສັ້ນຂອງຂ້ອຍ
housing-long-term-heading = ເປົ້າໝາຍດ້ານທີ່ຢູ່ອາໄສໄລຍະຍາວຂອງຂ້ອຍ
housing-other-services-heading = ບໍລິການອື່ນທີ່ຊ່ວຍໄດ້
label-measure = ພວກເຮົາຈະຮູ້ໄດ້ແນວໃດ:

## Team

team-heading = ທີມຂອງຂ້ອຍ
team-caption = ຄົນໃນທີມຂອງຂ້ອຍ
col-name = ຊື່
col-role = ບົດບາດ
col-organization = ອົງການ ຫຼື ຄວາມສຳພັນ
col-contact = ຂໍ້ມູນຕິດຕໍ່
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] ຜູ້ປະສານງານການເບິ່ງແຍງ
    [lead-care-manager] ຜູ້ຄຸ້ມຄອງການເບິ່ງແຍງຫຼັກ
    [housing-navigator] ຜູ້ຊ່ວຍຊອກຫາທີ່ຢູ່ອາໄສ
    [provider] ຜູ້ໃຫ້ບໍລິການ
    [clinician] ຜູ້ໃຫ້ບໍລິການດ້ານສຸຂະພາບ
    [family] ຄອບຄົວ
    [friend] ໝູ່ເພື່ອນ
    [peer-support] ຜູ້ຊ່ວຍເຫຼືອທີ່ມີປະສົບການຄ້າຍກັນ
    [representative] ຜູ້ຕາງໜ້າ
    [decision-supporter] ຜູ້ຊ່ວຍສະໜັບສະໜູນການຕັດສິນໃຈ
   *[other] ສະມາຊິກທີມ
}

## Rights

rights-heading = ສິດຂອງຂ້ອຍ
right-review-any-time = ຂ້ອຍຂໍໃຫ້ທົບທວນແຜນຂອງຂ້ອຍໄດ້ທຸກເວລາ.
# $language: the name of the person's written language (from the "language" message).
right-copy = ຂ້ອຍໄດ້ຮັບສຳເນົາແຜນຂອງຂ້ອຍເປັນ{ $language } ແລະ ໃນຮູບແບບທີ່ຂ້ອຍຕ້ອງການ.
right-say-no = ຂ້ອຍປະຕິເສດບໍລິການໃດກໍໄດ້ໃນແຜນຂອງຂ້ອຍ.

## Review

review-heading = ການທົບທວນແຜນຂອງຂ້ອຍ
label-last-review = ການທົບທວນຄັ້ງຫຼ້າສຸດ:
label-next-review = ຕ້ອງທົບທວນຄັ້ງຕໍ່ໄປພາຍໃນ:
label-plan-monitor = ຜູ້ທີ່ກວດເບິ່ງວ່າແຜນຂອງຂ້ອຍໄດ້ຜົນສຳລັບຂ້ອຍ:
review-triggers-intro = ພວກເຮົາຍັງທົບທວນແຜນຂອງຂ້ອຍ:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] ຢ່າງໜ້ອຍປີລະເທື່ອ
    [change-in-circumstances] ເມື່ອຊີວິດ ຫຼື ຄວາມຕ້ອງການຂອງຂ້ອຍປ່ຽນແປງ
    [person-request] ເມື່ອຂ້ອຍຂໍ
    [hospital-discharge] ຫຼັງຈາກຂ້ອຍອອກຈາກໂຮງໝໍ
   *[provider-change] ເມື່ອມີການປ່ຽນຜູ້ໃຫ້ບໍລິການ
}
monitoring-heading = ແຜນຂອງຂ້ອຍເປັນແນວໃດ
delivered-as-planned = ຂ້ອຍໄດ້ຮັບການຊ່ວຍເຫຼືອຕາມແຜນ.
not-delivered-as-planned = ຂ້ອຍບໍ່ໄດ້ຮັບການຊ່ວຍເຫຼືອທັງໝົດຕາມແຜນ.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] ສິ່ງທີ່ຂ້ອຍເວົ້າ
    [representative] ສິ່ງທີ່ຜູ້ຕາງໜ້າຂອງຂ້ອຍເວົ້າ
    [natural-support] ສິ່ງທີ່ຄົນໃກ້ຊິດຂອງຂ້ອຍເວົ້າ
   *[provider] ສິ່ງທີ່ຜູ້ໃຫ້ບໍລິການເວົ້າ
}

## Signatures and copies

signatures-heading = ລາຍເຊັນ
signatures-caption = ຜູ້ທີ່ເຊັນແຜນຂອງຂ້ອຍ
col-date = ວັນທີ
# $role: who signs.
signer-role = { $role ->
    [person] ຂ້ອຍ
    [representative] ຜູ້ຕາງໜ້າຂອງຂ້ອຍ
    [planner] ຜູ້ວາງແຜນຂອງຂ້ອຍ
    [provider] ຜູ້ໃຫ້ບໍລິການ
   *[witness] ພະຍານ
}
unable-to-sign = ເຊັນບໍ່ໄດ້:
# $witness: the witness's name.
unable-to-sign-witness = (ພະຍານ: { $witness })
distribution-heading = ຜູ້ທີ່ໄດ້ຮັບສຳເນົາ
distribution-caption = ສຳເນົາແຜນຂອງຂ້ອຍ
col-language = ພາສາ
col-format = ຮູບແບບ
# $role: who received the copy.
recipient-role = { $role ->
    [person] ຂ້ອຍ
    [representative] ຜູ້ຕາງໜ້າຂອງຂ້ອຍ
    [provider] ຜູ້ໃຫ້ບໍລິການ
    [team-member] ສະມາຊິກທີມ
   *[health-plan] ແຜນປະກັນສຸຂະພາບຂອງຂ້ອຍ
}
