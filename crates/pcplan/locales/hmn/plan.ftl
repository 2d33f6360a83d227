## Daim phiaj xwm (Markdown, HTML thiab PDF). Phiaj xwm hais ua tus neeg lub suab: "kuv", "kuv li".
## Cov ntawv cim xaus nrog lawv tus cim (cim ob lub teev). Hnub tim thiab tus lej tuaj twb npaj lawm.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = Kuv Lub Phiaj Xwm Uas Tsom Rau Kuv: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: kuv lub phiaj xwm uas tsom rau kuv
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, phiaj xwm uas tsom rau tus neeg, tsab { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = Nplooj { $page } ntawm { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = Tsab { $version } ntawm kuv lub phiaj xwm. Siv txij { $start } txog { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = Tsab { $version } ntawm kuv lub phiaj xwm. Siv txij { $start } mus.
label-latest-change = Yam hloov hauv tsab no:
changes-heading = Yam twg hloov txij li tsab dhau los
# Shown where a table cell has nothing recorded.
not-recorded = Tsis tau sau tseg

## About me

about-me-heading = Hais txog kuv
label-preferred-name = Lub npe kuv nyiam kom hu:
label-pronouns = Cov lus hu kuv (pronouns):
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] nws (txiv neej)
    [she] nws (poj niam)
   *[they] nws (tsis hais tias yog poj niam los txiv neej)
}
label-identity-language = Kuv nyiam kom hais txog kuv li cas:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] hais tus neeg ua ntej (piv txwv, "ib tug neeg uas muaj kev xiam oob qhab")
    [identity-first] hais tus kheej ua ntej (piv txwv, "ib tug neeg xiam oob qhab")
   *[other] tsis muaj qhov nyiam tshwj xeeb
}
label-identity-terms = Cov lus kuv siv hais txog kuv tus kheej:
label-languages = Kuv cov lus:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = Kuv hais lus { $spoken }. Kuv nyeem thiab sau ntawv { $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = Thaum lub rooj sib tham siv lwm yam lus, kuv xav tau ib tug txhais lus { $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] zoo heev
    [good] zoo
    [fair] tau ib co
   *[poor] me ntsis xwb
})
label-residence = Qhov chaw kuv nyob tam sim no:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] nyob hauv kuv lub tsev
    [with-family-or-friends] nyob nrog tsev neeg los yog phooj ywg
    [shelter] nyob hauv ib lub chaw nkaum (shelter)
    [domestic-violence-shelter] nyob hauv ib lub chaw nkaum uas muaj kev nyab xeeb
    [transitional-housing] nyob hauv vaj tse ib ntus (transitional housing)
    [recuperative-care] nyob hauv chaw saib xyuas kom rov zoo (recuperative care)
    [supportive-housing] nyob hauv vaj tse uas muaj kev pab
    [group-home] nyob hauv ib lub tsev nyob ua pab pawg (group home)
    [assisted-living] nyob hauv chaw uas muaj neeg pab kev ua neej (assisted living)
    [nursing-facility] nyob hauv chaw saib xyuas neeg mob (nursing facility)
    [hospital] nyob hauv tsev kho mob
    [incarcerated] nyob hauv tsev loj cuj
    [unsheltered] tsis muaj chaw nyob
   *[other] nyob lwm qhov chaw
}
# $date: a date.
residence-since = txij li { $date }
label-name-as-written = Kuv lub npe raws li kuv sau:
label-formats = Kuv xav tau ntaub ntawv ua hom:
label-birth-date = Kuv hnub yug:
label-legal-name = Kuv lub npe raws cai (rau kev qhia tus kheej):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] Kuv tus lej Medi-Cal (CIN):
    [state-id] Kuv daim ID hauv xeev:
    [medical-record-number] Kuv tus lej ntaub ntawv kho mob:
    [member-id] Kuv tus lej tswv cuab ntawm kuv lub phiaj xwm kho mob:
   *[other] Kuv tus lej ID:
}
representatives-heading = Cov neeg uas pab kuv txiav txim siab
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] kuv tus neeg saib xyuas raws cai (guardian)
    [conservator] kuv tus neeg tswj hwm raws cai (conservator)
    [authorized-representative] kuv tus sawv cev uas tau tso cai
    [power-of-attorney] tuav kuv daim ntawv tso cai sawv cev (power of attorney)
    [supported-decision-maker] kuv tus pab txhawb kev txiav txim siab
   *[other] kuv tus sawv cev
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] Tus neeg no muaj cai raws txoj cai lij choj los txiav txim siab rau kuv.
    [when-person-cannot-decide] Tus neeg no muaj cai raws txoj cai lij choj los txiav txim siab rau kuv tsuas yog thaum kuv txiav txim siab tsis tau xwb.
   *[conditional] Tus neeg no muaj cai raws txoj cai lij choj los txiav txim siab rau kuv raws li tej yam no:
}
label-authority-areas = Rau tej yam no:

## Languages and formats

# The name of a language in Hmong. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] Askiv
    [es] Mev (Spanish)
    [zh-Hant] Suav (ntawv qub)
    [zh-Hans] Suav (ntawv yooj yim)
    [zh] Suav
    [yue] Suav Kas Tooj
    [cmn] Suav Mandarin
    [vi] Nyab Laj
    [ko] Kaus Lim
    [tl] Tagalog
    [fil] Filipino
    [hy] Armenian
    [hyw] Armenian Sab Hnub Poob
    [ru] Lavxias
    [fa] Farsi
    [ar] Arab
    [km] Khmer (Kas Pus Cias)
    [hmn] Hmoob
    [mww] Hmoob
    [pa] Punjabi
    [hi] Hindi
    [ja] Nyij Pooj
    [th] Thaib
    [lo] Nplog
    [uk] Ukraine
    [ium] Mien (Yao)
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] ntawv luam li qub
    [large-print] ntawv loj
    [audio] suab kaw
    [braille] ntawv braille
   *[accessible-electronic] ntawv hauv computer uas siv tau yooj yim
}

## Who I am

like-and-admire-heading = Tej yam luag nyiam thiab qhuas txog kuv
important-to-heading = Tej yam tseem ceeb rau kuv
how-to-support-heading = Pab kuv li cas
more-about-me-heading = Kuv lub zog, tej yam kuv nyiam ua thiab kuv tej txuj ci
strengths-heading = Kuv lub zog
interests-heading = Tej yam kuv nyiam ua
talents-heading = Kuv tej txuj ci
preferences-heading = Tej yam kuv nyiam dua
needs-heading = Tej yam kuv xav tau kev pab
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] Kuv lub cev kev noj qab haus huv:
    [oral-health] Kuv cov hniav thiab qhov ncauj:
    [behavioral-health] Kuv lub hlwb thiab lub siab kev noj qab haus huv:
    [substance-use] Cawv thiab yeeb tshuaj:
    [daily-living] Kev ua neej txhua hnub:
    [housing] Vaj tse:
    [food] Zaub mov:
    [transportation] Kev mus los:
    [social] Tib neeg thiab zej zog:
    [financial] Nyiaj txiag thiab kev pab:
    [employment] Hauj lwm:
    [education] Kev kawm:
    [communication] Kev sib txuas lus:
    [safety] Kev nyab xeeb:
    [end-of-life] Kev npaj rau thaum kawg ntawm lub neej:
   *[other] Lwm yam:
}

## Goals

goals-heading = Kuv cov hom phiaj
# $number: the goal's number in the plan.
goal-heading = Hom phiaj { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] Kuv tej lus:
    [person-with-support] Kuv tej lus, nrog kev pab:
    [representative] Kuv tus sawv cev tej lus:
   *[team] Raws li kuv pab neeg sau:
}
own-words-translation-intro = Txhais:
label-goal-statement = Kuv lub hom phiaj:
label-target-date = Thaum kuv vam tias yuav ua tau tiav:
label-goal-status = Nyob qhov twg lawm:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] Tseem tsis tau pib
    [active] Tab tom ua
    [achieved] Ua tiav lawm
    [on-hold] Nres ib ntus, raws li kuv xaiv
   *[discontinued] Kuv tsis xav tau lub hom phiaj no lawm
}
steps-heading = Cov kauj ruam mus rau lub hom phiaj no
step-by-me = Kuv ua qhov no ntawm kuv tus kheej
# $names: the team members (a list) the person does the step with.
step-by-me-with = Kuv ua qhov no ua ke nrog { $names }
# $who: the name of the team member who helps.
step-who = { $who } pab
step-who-unknown = tsis tau sau tseg tias leej twg pab
# $names: the team members (a list) who do the step together with the person.
step-together-with = ua ke nrog { $names }
# $date: a formatted date.
step-by-date = ua ntej { $date }
step-done = tiav lawm
goal-supports-heading = Kev pab uas pab lub hom phiaj no

## Supports

supports-heading = Kuv cov kev pab
paid-supports-heading = Kev pab them nyiaj
paid-supports-caption = Kev pab them nyiaj hauv kuv lub phiaj xwm
natural-supports-heading = Kev pab los ntawm tsev neeg, phooj ywg thiab zej zog
natural-supports-caption = Kev pab dawb los ntawm cov neeg hauv kuv lub neej
natural-supports-none = Kuv thiab kuv pab neeg tau nrhiav kev pab dawb los ntawm tsev neeg, phooj ywg thiab zej zog, tab sis tam sim no tseem nrhiav tsis tau.
col-support = Kev pab
col-provider = Leej twg muab
col-amount = Npaum li cas thiab ntau zaus li cas
col-dates = Thaum twg
col-location = Qhov twg
col-how-i-want-it = Kuv xav kom ua li cas
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = Cov lej kev pab thiab kev tso cai
billing-caption = Rau cov neeg muab kev pab rau kuv thiab kuv lub phiaj xwm kho mob: cov lej thiab kev pom zoo ntawm kuv cov kev pab them nyiaj
col-service-code = Tus lej kev pab (service code)
col-authorization = Kev tso cai (authorization)
col-authorized-units = Cov chav uas tau tso cai
col-rate = Tus nqi rau ib chav
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# A no-break space joins the two, as in CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Qhov chaw muab kev pab (place of service):
self-directed = Kuv yog tus coj qhov kev pab no.
# How much support and how often. Hmong has no plural forms: only the `other` variant.
support-amount =
    { $unit ->
        [minute]
            { $count ->
               *[other] { $quantity } feeb
            }
        [quarter-hour]
            { $count ->
               *[other] { $quantity } zaug ib feem plaub teev
            }
        [hour]
            { $count ->
               *[other] { $quantity } teev
            }
        [half-day]
            { $count ->
               *[other] { $quantity } zaug ib nrab hnub
            }
        [day]
            { $count ->
               *[other] { $quantity } hnub
            }
        [visit]
            { $count ->
               *[other] { $quantity } zaug tuaj ntsib
            }
        [session]
            { $count ->
               *[other] { $quantity } zaug sib ntsib
            }
        [meal]
            { $count ->
               *[other] { $quantity } pluag mov
            }
        [trip]
            { $count ->
               *[other] { $quantity } zaug caij tsheb
            }
        [mile]
            { $count ->
               *[other] { $quantity } mais
            }
        [dollar]
            { $count ->
               *[other] { $quantity } duas las
            }
       *[item]
            { $count ->
               *[other] { $quantity } yam
            }
    }{ $interval ->
        [day] {" "}ib hnub
        [week] {" "}ib lub lim tiam
        [month] {" "}ib hlis
        [year] {" "}ib xyoos
        [one-time] , ib zaug xwb
        [as-needed] , thaum kuv thov
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] Txhua hnub
    [week] Txhua lub lim tiam
    [month] Txhua hli
    [year] Txhua xyoo
    [one-time] Ib zaug xwb
   *[as-needed] Thaum kuv thov
}
# $start and $end: formatted dates.
date-range = { $start } txog { $end }
# $start: a formatted date.
date-from = Txij { $start }

## Safety

safety-heading = Kev pheej hmoo uas kuv xaiv thiab peb ua li cas kom kuv nyab xeeb
risks-caption = Kev pheej hmoo, kuv qhov kev xaiv, thiab peb ua li cas kom nyab xeeb
col-risk = Kev pheej hmoo
col-my-choice = Kuv qhov kev xaiv
col-stay-safe = Peb ua li cas kom nyab xeeb
backup-plan-heading = Kuv lub phiaj xwm thaub qab
backup-contacts-intro = Hu rau cov neeg no, raws li kab no:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = Yog ib qho ntawm kuv cov kev pab tsis tuaj
emergency-contacts-heading = Cov neeg hu thaum muaj xwm txheej ceev

## Setting and choice

setting-heading = Qhov chaw kuv nyob thiab kuv tej kev xaiv
label-setting = Qhov chaw kuv nyob:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] Kuv lub tsev
    [family-home] Kuv tsev neeg lub tsev
    [supportive-housing] Vaj tse uas muaj kev pab
    [shared-living] Lub tsev nyob ua ke nrog lwm tus
    [residential-facility] Lub tsev saib xyuas neeg nyob
    [unhoused] Chaw nkaum (shelter) los yog tsis muaj chaw nyob ruaj khov
   *[other] Lwm qhov chaw
}
setting-chosen = Kuv xaiv qhov chaw kuv nyob.
setting-not-chosen = Kuv tsis tau xaiv qhov chaw kuv nyob.
alternatives-heading = Lwm qhov chaw uas kuv tau xav txog
services-offered = Tau muab kev xaiv kev pab rau kuv.
services-not-offered = Tsis tau muab kev xaiv kev pab rau kuv.
services-selected = Kuv tau pab xaiv kuv cov kev pab.
services-not-selected = Kuv tsis tau pab xaiv kuv cov kev pab.
providers-offered = Tau muab kev xaiv rau kuv tias leej twg muab txhua qhov kev pab.
providers-not-offered = Tsis tau muab kev xaiv rau kuv tias leej twg muab kuv cov kev pab.
providers-informed = Kuv muaj cov ntaub ntawv uas kuv xav tau los xaiv kuv cov neeg muab kev pab.
providers-not-informed = Kuv tsis muaj cov ntaub ntawv uas kuv xav tau los xaiv kuv cov neeg muab kev pab.
services-agree = Kuv pom zoo rau cov kev pab hauv kuv lub phiaj xwm.
services-not-agree = Kuv tsis pom zoo rau tag nrho cov kev pab hauv kuv lub phiaj xwm.
label-reason-not-offered = Vim li cas kuv tsis muaj kev xaiv:

## Modifications of my rights

modifications-heading = Kev hloov kuv tej cai nyob rau qhov chaw kuv nyob
modifications-intro = Ib txoj cai raug txwv tau tsuas yog vim ib qho laj thawj uas sau rau ntawm no, nrog kuv qhov kev pom zoo, thiab yuav tsum tshuaj xyuas raws sij hawm teem tseg.
# $number: the number of the change.
modification-heading = Kev hloov { $number }
label-right-modified = Txoj cai uas raug txwv:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] Qhov kev xav tau uas ua rau muaj qhov kev hloov no:
    [prior-interventions] Yam peb sim ua ntej:
    [less-intrusive-methods] Tej txoj kev txwv tsawg dua uas peb tau sim, thiab vim li cas tsis ua haujlwm:
    [condition-description] Qhov kev txwv yog dab tsi tiag:
    [data-collection] Peb saib li cas seb nws puas ua haujlwm:
    [review-time-limits] Thaum twg peb tshuaj xyuas:
    [informed-consent] Kuv qhov kev pom zoo:
   *[no-harm-assurance] Peb ua li cas kom nws tsis ua rau kuv raug mob:
}

## Programs

ecm-heading = Kuv Qhov Kev Tswj Xyuas Kev Saib Xyuas Ntxiv (ECM)
label-lead-care-manager = Kuv Tus Thawj Tswj Xyuas Kev Saib Xyuas:
label-assessment-date = Kuv qhov kev ntsuam xyuas yog hnub:
label-care-domains = Kuv lub phiaj xwm npog:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] kev noj qab haus huv ntawm lub cev
    [behavioral] kev noj qab haus huv ntawm lub hlwb thiab lub siab
    [substance-use] kev siv cawv thiab yeeb tshuaj
    [ltss] kev pab thiab kev saib xyuas mus ntev
    [oral] kev noj qab haus huv ntawm cov hniav
    [palliative] kev saib xyuas kom xis nyob
   *[social-needs] vaj tse, zaub mov thiab lwm yam kev xav tau txhua hnub
}
housing-heading = Kuv lub phiaj xwm pab txog vaj tse
housing-barriers-heading = Tej yam ua rau kuv nrhiav vaj tse nyuaj
housing-short-term-heading = Kuv cov hom phiaj vaj tse luv
housing-long-term-heading = Kuv cov hom phiaj vaj tse ntev
housing-other-services-heading = Lwm cov kev pab uas pab tau
label-measure = peb yuav paub li cas:

## Team

team-heading = Kuv pab neeg
team-caption = Cov neeg hauv kuv pab neeg
col-name = Npe
col-role = Lub luag hauj lwm
col-organization = Lub koom haum los yog kev txheeb ze
col-contact = Kev tiv tauj
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] Tus neeg pab npaj kev saib xyuas
    [lead-care-manager] Tus Thawj Tswj Xyuas Kev Saib Xyuas
    [housing-navigator] Tus pab nrhiav vaj tse
    [provider] Tus muab kev pab
    [clinician] Tus kws kho mob
    [family] Tsev neeg
    [friend] Phooj ywg
    [peer-support] Tus pab uas muaj kev paub dhau los zoo li kuv
    [representative] Tus sawv cev
    [decision-supporter] Tus pab txhawb kev txiav txim siab
   *[other] Tus tswv cuab hauv pab neeg
}

## Rights

rights-heading = Kuv tej cai
right-review-any-time = Kuv thov tau kom tshuaj xyuas kuv lub phiaj xwm txhua lub sij hawm.
# $language: the name of the person's written language (from the "language" message).
right-copy = Kuv tau txais ib daim ntawv luam ntawm kuv lub phiaj xwm ua lus { $language } thiab ua hom ntawv uas kuv xav tau.
right-say-no = Kuv hais tau tias tsis yuav rau txhua qhov kev pab hauv kuv lub phiaj xwm.

## Review

review-heading = Kev tshuaj xyuas kuv lub phiaj xwm
label-last-review = Kev tshuaj xyuas zaum kawg:
label-next-review = Kev tshuaj xyuas tom ntej ua ntej:
label-plan-monitor = Tus neeg uas saib xyuas seb kuv lub phiaj xwm puas zoo rau kuv:
review-triggers-intro = Peb kuj tshuaj xyuas kuv lub phiaj xwm:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] tsawg kawg ib xyoos ib zaug
    [change-in-circumstances] thaum kuv lub neej los yog kuv tej kev xav tau hloov
    [person-request] thaum kuv thov
    [hospital-discharge] tom qab kuv nyob tsev kho mob
   *[provider-change] thaum hloov ib tus neeg muab kev pab
}
monitoring-heading = Kuv lub phiaj xwm mus li cas lawm
delivered-as-planned = Kuv cov kev pab tuaj raws li phiaj xwm.
not-delivered-as-planned = Kuv cov kev pab tsis tuaj raws li phiaj xwm tag nrho.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] yam kuv hais
    [representative] yam kuv tus sawv cev hais
    [natural-support] yam ib tug neeg ze kuv hais
   *[provider] yam ib tus neeg muab kev pab hais
}

## Signatures and copies

signatures-heading = Kev kos npe
signatures-caption = Leej twg kos npe rau kuv lub phiaj xwm
col-date = Hnub tim
# $role: who signs.
signer-role = { $role ->
    [person] Kuv
    [representative] Kuv tus sawv cev
    [planner] Kuv tus pab sau phiaj xwm
    [provider] Tus muab kev pab
   *[witness] Tus timkhawv
}
unable-to-sign = Kos npe tsis tau:
# $witness: the witness's name.
unable-to-sign-witness = (tus timkhawv: { $witness })
distribution-heading = Leej twg tau txais ib daim
distribution-caption = Cov ntawv luam ntawm kuv lub phiaj xwm
col-language = Hom lus
col-format = Hom ntawv
# $role: who received the copy.
recipient-role = { $role ->
    [person] Kuv
    [representative] Kuv tus sawv cev
    [provider] Tus muab kev pab
    [team-member] Tus tswv cuab hauv pab neeg
   *[health-plan] Kuv lub phiaj xwm kho mob (health plan)
}
