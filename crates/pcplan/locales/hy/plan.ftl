## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon, as in Armenian forms); sentences end with "։".
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = Իմ անձակենտրոն պլանը՝ { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name } — իմ անձակենտրոն պլանը
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, անձակենտրոն պլան, տարբերակ { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = Էջ { $page } / { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = Իմ պլանի տարբերակը՝ { $version }։ Այն գործում է՝ { $start } – { $end }։
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = Իմ պլանի տարբերակը՝ { $version }։ Այն գործում է սկսած՝ { $start }։
label-latest-change = Ինչ է փոխվել այս տարբերակում:
changes-heading = Ինչ է փոխվել նախորդ տարբերակից հետո
# Shown where a table cell has nothing recorded.
not-recorded = Գրանցված չէ

## About me

about-me-heading = Իմ մասին
label-preferred-name = Ինչպես եմ ուզում, որ ինձ դիմեն:
label-pronouns = Իմ դերանունները:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] նա (արական)
    [she] նա (իգական)
   *[they] նա (առանց սեռի նշման)
}
label-identity-language = Ինչպես եմ ուզում, որ ինձ նկարագրեն:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] նախ՝ մարդը (օրինակ՝ «հաշմանդամություն ունեցող մարդ»)
    [identity-first] նախ՝ ինքնությունը (օրինակ՝ «հաշմանդամ մարդ»)
   *[other] նախընտրություն չունեմ
}
label-identity-terms = Բառեր, որոնք օգտագործում եմ իմ մասին:
label-languages = Իմ լեզուները:
# $spoken and $written: names of languages (from the "language" message), used as adverbs ("հայերեն").
languages-spoken-written = Խոսում եմ { $spoken }։ Կարդում և գրում եմ { $written }։
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = Երբ հանդիպումն անցկացվում է այլ լեզվով, ինձ բանավոր թարգմանիչ է պետք՝ { $languages }։
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] շատ լավ
    [good] լավ
    [fair] որոշ չափով
   *[poor] մի քիչ
})
label-residence = Որտեղ եմ ապրում հիմա:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] իմ սեփական տանը
    [with-family-or-friends] ընտանիքիս կամ ընկերներիս հետ
    [shelter] ապաստարանում
    [domestic-violence-shelter] անվտանգ ապաստարանում
    [transitional-housing] անցումային բնակարանում
    [recuperative-care] վերականգնողական խնամքի վայրում
    [supportive-housing] աջակցվող բնակարանում
    [group-home] խմբային տանը
    [assisted-living] խնամքով բնակության հաստատությունում
    [nursing-facility] բուժքույրական խնամքի հաստատությունում
    [hospital] հիվանդանոցում
    [incarcerated] բանտում կամ կալանքի տակ
    [unsheltered] առանց ապրելու տեղի
   *[other] այլ վայրում
}
# $date: a date.
residence-since = սկսած { $date }
label-name-as-written = Իմ անունն այնպես, ինչպես ես եմ գրում:
label-formats = Գրավոր նյութերն ինձ պետք են այս ձևաչափով:
label-birth-date = Իմ ծննդյան ամսաթիվը:
label-legal-name = Իմ օրինական անունը (նույնականացման համար):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] Իմ Medi-Cal համարը (CIN):
    [state-id] Իմ նահանգային անձը հաստատող փաստաթղթի համարը:
    [medical-record-number] Իմ բժշկական քարտի համարը:
    [member-id] Իմ առողջապահական ծրագրի անդամի համարը:
   *[other] Իմ նույնականացման համարը:
}
representatives-heading = Մարդիկ, ովքեր օգնում են ինձ որոշումներ կայացնել
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] իմ խնամակալը
    [conservator] իմ հոգաբարձուն
    [authorized-representative] իմ լիազորված ներկայացուցիչը
    [power-of-attorney] իմ լիազորագրով ներկայացուցիչը
    [supported-decision-maker] որոշումներ կայացնելիս իմ աջակիցը
   *[other] իմ ներկայացուցիչը
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] Այս մարդն օրինական իրավունք ունի որոշումներ կայացնել իմ փոխարեն։
    [when-person-cannot-decide] Այս մարդն օրինական իրավունք ունի որոշումներ կայացնել իմ փոխարեն միայն այն ժամանակ, երբ ես ինքս չեմ կարող դրանք կայացնել։
   *[conditional] Այս մարդն օրինական իրավունք ունի որոշումներ կայացնել իմ փոխարեն այս պայմաններում:
}
label-authority-areas = Այս հարցերում:

## Languages and formats

# The name of a language in Armenian. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] անգլերեն
    [es] իսպաներեն
    [zh-Hant] չինարեն (ավանդական)
    [zh-Hans] չինարեն (պարզեցված)
    [zh] չինարեն
    [yue] կանտոներեն
    [cmn] մանդարին
    [vi] վիետնամերեն
    [ko] կորեերեն
    [tl] տագալերեն
    [fil] ֆիլիպիներեն
    [hy] հայերեն
    [hyw] արևմտահայերեն
    [ru] ռուսերեն
    [fa] պարսկերեն
    [ar] արաբերեն
    [km] քմերերեն (կամբոջերեն)
    [hmn] հմոնգերեն
    [mww] հմոնգերեն
    [pa] փենջաբերեն
    [hi] հինդի
    [ja] ճապոներեն
    [th] թայերեն
    [lo] լաոսերեն
    [uk] ուկրաիներեն
    [ium] միեն լեզու
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] սովորական տպագիր
    [large-print] խոշոր տառատեսակ
    [audio] աուդիո
    [braille] Բրայլի գիր
   *[accessible-electronic] մատչելի էլեկտրոնային ձևաչափ
}

## Who I am

like-and-admire-heading = Ինչ են մարդիկ սիրում և գնահատում իմ մեջ
important-to-heading = Ինչն է կարևոր ինձ համար
how-to-support-heading = Ինչպես աջակցել ինձ
more-about-me-heading = Իմ ուժեղ կողմերը, հետաքրքրություններն ու տաղանդները
strengths-heading = Իմ ուժեղ կողմերը
interests-heading = Իմ հետաքրքրությունները
talents-heading = Իմ տաղանդները
preferences-heading = Ինչ եմ նախընտրում
needs-heading = Ինչում է ինձ օգնություն պետք
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] Իմ ֆիզիկական առողջությունը:
    [oral-health] Իմ ատամներն ու բերանի խոռոչը:
    [behavioral-health] Իմ հոգեկան առողջությունը:
    [substance-use] Ալկոհոլ և թմրանյութեր:
    [daily-living] Առօրյա կյանք:
    [housing] Բնակարան:
    [food] Սնունդ:
    [transportation] Տեղաշարժ:
    [social] Մարդիկ և համայնք:
    [financial] Գումար և նպաստներ:
    [employment] Աշխատանք:
    [education] Ուսում:
    [communication] Հաղորդակցում:
    [safety] Անվտանգություն:
    [end-of-life] Կյանքի ավարտի պլանավորում:
   *[other] Այլ:
}

## Goals

goals-heading = Իմ նպատակները
# $number: the goal's number in the plan.
goal-heading = Նպատակ { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] Իմ խոսքերով:
    [person-with-support] Իմ խոսքերով, ուրիշի օգնությամբ:
    [representative] Իմ ներկայացուցչի խոսքերով:
   *[team] Ինչպես գրել է իմ թիմը:
}
own-words-translation-intro = Թարգմանություն:
label-goal-statement = Իմ նպատակը:
label-target-date = Երբ հույս ունեմ հասնել դրան:
label-goal-status = Որտեղ է այն հիմա:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] Դեռ չի սկսվել
    [active] Աշխատում եմ դրա վրա
    [achieved] Հասել եմ դրան
    [on-hold] Առայժմ դադարեցված է՝ իմ ընտրությամբ
   *[discontinued] Այլևս չեմ ուզում այս նպատակը
}
steps-heading = Քայլեր դեպի այս նպատակը
step-by-me = Սա անում եմ ինքս
# $names: the team members (a list) the person does the step with.
step-by-me-with = Սա անում եմ միասին՝ { $names }
# $who: the name of the team member who helps.
step-who = Օգնում է՝ { $who }
step-who-unknown = ով է օգնում, գրանցված չէ
# $names: the team members (a list) who do the step together with the person.
step-together-with = միասին՝ { $names }
# $date: a formatted date.
step-by-date = մինչև { $date }
step-done = կատարված է
goal-supports-heading = Աջակցություն, որն օգնում է այս նպատակին

## Supports

supports-heading = Իմ աջակցությունը
paid-supports-heading = Վճարովի ծառայություններ
paid-supports-caption = Վճարովի ծառայություններն իմ պլանում
natural-supports-heading = Աջակցություն ընտանիքից, ընկերներից և համայնքից
natural-supports-caption = Չվճարվող աջակցություն իմ կյանքի մարդկանցից
natural-supports-none = Ես և իմ թիմը փնտրեցինք չվճարվող աջակցություն ընտանիքից, ընկերներից և համայնքից, և առայժմ չգտանք։
col-support = Աջակցություն
col-provider = Ով է մատուցում
col-amount = Որքան և որքան հաճախ
col-dates = Երբ
col-location = Որտեղ
col-how-i-want-it = Ինչպես եմ ուզում
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = Ծառայությունների կոդեր և թույլտվություններ
billing-caption = Իմ ծառայություն մատուցողների և իմ առողջապահական ծրագրի համար՝ իմ վճարովի ծառայությունների կոդերն ու հաստատումները
col-service-code = Ծառայության կոդ
col-authorization = Թույլտվություն
col-authorized-units = Թույլատրված միավորներ
col-rate = Դրույք մեկ միավորի համար
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# A no-break space joins the two, as in CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Ծառայության մատուցման վայր:
self-directed = Այս ծառայությունն ինքս եմ ղեկավարում։
# How much support and how often. $count: the number, for choosing the plural form (Armenian: one, other; the
# noun stays singular after a number); $quantity: the same number formatted; $unit: the unit; $interval: how often.
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } րոպե
               *[other] { $quantity } րոպե
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } քառորդ ժամ
               *[other] { $quantity } քառորդ ժամ
            }
        [hour]
            { $count ->
                [one] { $quantity } ժամ
               *[other] { $quantity } ժամ
            }
        [half-day]
            { $count ->
                [one] { $quantity } կես օր
               *[other] { $quantity } կես օր
            }
        [day]
            { $count ->
                [one] { $quantity } օր
               *[other] { $quantity } օր
            }
        [visit]
            { $count ->
                [one] { $quantity } այց
               *[other] { $quantity } այց
            }
        [session]
            { $count ->
                [one] { $quantity } սեանս
               *[other] { $quantity } սեանս
            }
        [meal]
            { $count ->
                [one] { $quantity } ճաշաբաժին
               *[other] { $quantity } ճաշաբաժին
            }
        [trip]
            { $count ->
                [one] { $quantity } ուղևորություն
               *[other] { $quantity } ուղևորություն
            }
        [mile]
            { $count ->
                [one] { $quantity } մղոն
               *[other] { $quantity } մղոն
            }
        [dollar]
            { $count ->
                [one] { $quantity } դոլար
               *[other] { $quantity } դոլար
            }
       *[item]
            { $count ->
                [one] { $quantity } հատ
               *[other] { $quantity } հատ
            }
    }{ $interval ->
        [day] {" "}օրական
        [week] {" "}շաբաթական
        [month] {" "}ամսական
        [year] {" "}տարեկան
        [one-time] , մեկ անգամ
        [as-needed] , երբ ես խնդրեմ
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] Ամեն օր
    [week] Ամեն շաբաթ
    [month] Ամեն ամիս
    [year] Ամեն տարի
    [one-time] Մեկ անգամ
   *[as-needed] Երբ ես խնդրեմ
}
# $start and $end: formatted dates.
date-range = { $start } – { $end }
# $start: a formatted date.
date-from = Սկսած՝ { $start }

## Safety

safety-heading = Ռիսկեր, որոնց գնում եմ իմ ընտրությամբ, և ինչպես ենք պահպանում իմ անվտանգությունը
risks-caption = Ռիսկերը, իմ ընտրությունները և ինչպես ենք մնում անվտանգ
col-risk = Ռիսկը
col-my-choice = Իմ ընտրությունը
col-stay-safe = Ինչպես ենք մնում անվտանգ
backup-plan-heading = Իմ պահուստային պլանը
backup-contacts-intro = Ում զանգահարել, այս հերթականությամբ:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = Եթե աջակցություններիցս մեկը չգա
emergency-contacts-heading = Իմ կոնտակտներն արտակարգ դեպքերի համար

## Setting and choice

setting-heading = Որտեղ եմ ապրում և իմ ընտրությունները
label-setting = Որտեղ եմ ապրում:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] Իմ սեփական տունը
    [family-home] Իմ ընտանիքի տունը
    [supportive-housing] Աջակցվող բնակարան
    [shared-living] Համատեղ բնակության տուն
    [residential-facility] Խնամքի բնակելի տուն
    [unhoused] Ապաստարան կամ առանց մշտական հասցեի
   *[other] Այլ վայր
}
setting-chosen = Ես եմ ընտրել, թե որտեղ ապրեմ։
setting-not-chosen = Ես չեմ ընտրել, թե որտեղ ապրեմ։
alternatives-heading = Այլ վայրեր, որոնց մասին մտածել եմ
services-offered = Ինձ առաջարկվել է ընտրել ծառայությունները։
services-not-offered = Ինձ չի առաջարկվել ընտրել ծառայությունները։
services-selected = Ես մասնակցել եմ իմ ծառայությունների ընտրությանը։
services-not-selected = Ես չեմ մասնակցել իմ ծառայությունների ընտրությանը։
providers-offered = Ինձ առաջարկվել է ընտրել, թե ով մատուցի յուրաքանչյուր ծառայություն։
providers-not-offered = Ինձ չի առաջարկվել ընտրել, թե ով մատուցի իմ ծառայությունները։
providers-informed = Ես ունեի իմ ծառայություն մատուցողներին ընտրելու համար անհրաժեշտ տեղեկությունները։
providers-not-informed = Ես չունեի իմ ծառայություն մատուցողներին ընտրելու համար անհրաժեշտ տեղեկությունները։
services-agree = Համաձայն եմ իմ պլանի ծառայություններին։
services-not-agree = Համաձայն չեմ իմ պլանի բոլոր ծառայություններին։
label-reason-not-offered = Ինչու ընտրություն չունեի:

## Modifications of my rights

modifications-heading = Իմ իրավունքների սահմանափակումներն իմ բնակության վայրում
modifications-intro = Իրավունքը կարող է սահմանափակվել միայն այստեղ գրված պատճառով և իմ համաձայնությամբ, և սահմանափակումը վերանայվում է ժամանակացույցով։
# $number: the number of the change.
modification-heading = Սահմանափակում { $number }
label-right-modified = Սահմանափակված իրավունքը:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] Այս սահմանափակման հիմքում ընկած կարիքը:
    [prior-interventions] Ինչ փորձեցինք նախ:
    [less-intrusive-methods] Ավելի քիչ սահմանափակող եղանակներ, որոնք փորձեցինք, և ինչու չաշխատեցին:
    [condition-description] Ինչ է սահմանափակումը ճշգրիտ:
    [data-collection] Ինչպես ենք ստուգում, արդյոք այն աշխատում է:
    [review-time-limits] Երբ ենք այն վերանայում:
    [informed-consent] Իմ համաձայնությունը:
   *[no-harm-assurance] Ինչպես ենք համոզվում, որ այն ինձ վնաս չի պատճառում:
}

## Programs

ecm-heading = Իմ Ընդլայնված խնամքի կառավարումը (ECM)
label-lead-care-manager = Իմ խնամքի գլխավոր կառավարիչը:
label-assessment-date = Իմ գնահատման ամսաթիվը:
label-care-domains = Իմ պլանն ընդգրկում է:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] ֆիզիկական առողջություն
    [behavioral] հոգեկան առողջություն
    [substance-use] ալկոհոլի և թմրանյութերի օգտագործում
    [ltss] երկարաժամկետ ծառայություններ և աջակցություն
    [oral] ատամների առողջություն
    [palliative] հարմարավետության (պալիատիվ) խնամք
   *[social-needs] բնակարան, սնունդ և այլ առօրյա կարիքներ
}
housing-heading = Իմ բնակարանային աջակցության պլանը
housing-barriers-heading = Ինչն է դժվարացնում իմ բնակարանի հարցը
housing-short-term-heading = Իմ կարճաժամկետ բնակարանային նպատակները
housing-long-term-heading = Իմ երկարաժամկետ բնակարանային նպատակները
housing-other-services-heading = Այլ ծառայություններ, որոնք օգնում են
label-measure = ինչպես կիմանանք:

## Team

team-heading = Իմ թիմը
team-caption = Իմ թիմի մարդիկ
col-name = Անուն
col-role = Դեր
col-organization = Կազմակերպություն կամ կապ
col-contact = Կոնտակտ
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] Խնամքի համակարգող
    [lead-care-manager] Խնամքի գլխավոր կառավարիչ
    [housing-navigator] Բնակարանային ուղեկցող
    [provider] Ծառայություն մատուցող
    [clinician] Բուժաշխատող
    [family] Ընտանիք
    [friend] Ընկեր
    [peer-support] Փորձառու աջակից
    [representative] Ներկայացուցիչ
    [decision-supporter] Որոշումների կայացման աջակից
   *[other] Թիմի անդամ
}

## Rights

rights-heading = Իմ իրավունքները
right-review-any-time = Ես կարող եմ ցանկացած ժամանակ խնդրել վերանայել իմ պլանը։
# $language: the name of the person's written language (from the "language" message), used as an adverb.
right-copy = Ես ստանում եմ իմ պլանի պատճենը { $language } և ինձ անհրաժեշտ ձևաչափով։
right-say-no = Ես կարող եմ հրաժարվել իմ պլանի ցանկացած ծառայությունից։

## Review

review-heading = Իմ պլանի վերանայումը
label-last-review = Վերջին վերանայումը:
label-next-review = Հաջորդ վերանայման վերջնաժամկետը:
label-plan-monitor = Մարդը, ով ստուգում է, որ իմ պլանն աշխատում է ինձ համար:
review-triggers-intro = Մենք իմ պլանը վերանայում ենք նաև՝
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] առնվազն տարին մեկ անգամ
    [change-in-circumstances] երբ փոխվում են իմ կյանքը կամ կարիքները
    [person-request] երբ ես խնդրում եմ
    [hospital-discharge] հիվանդանոցից դուրս գրվելուց հետո
   *[provider-change] երբ փոխվում է ծառայություն մատուցողը
}
monitoring-heading = Ինչպես է ընթանում իմ պլանը
delivered-as-planned = Իմ աջակցությունը տրամադրվել է ըստ պլանի։
not-delivered-as-planned = Իմ աջակցությունը ոչ ամբողջությամբ է տրամադրվել ըստ պլանի։
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] ինչ ասացի ես
    [representative] ինչ ասաց իմ ներկայացուցիչը
    [natural-support] ինչ ասաց ինձ մոտ մարդը
   *[provider] ինչ ասաց ծառայություն մատուցողը
}

## Signatures and copies

signatures-heading = Ստորագրություններ
signatures-caption = Ով է ստորագրել իմ պլանը
col-date = Ամսաթիվ
# $role: who signs.
signer-role = { $role ->
    [person] Ես
    [representative] Իմ ներկայացուցիչը
    [planner] Իմ պլանը կազմողը
    [provider] Ծառայություն մատուցող
   *[witness] Վկա
}
unable-to-sign = Ստորագրել հնարավոր չեղավ:
# $witness: the witness's name.
unable-to-sign-witness = (վկա՝ { $witness })
distribution-heading = Ով է ստացել պատճեն
distribution-caption = Իմ պլանի պատճենները
col-language = Լեզու
col-format = Ձևաչափ
# $role: who received the copy.
recipient-role = { $role ->
    [person] Ես
    [representative] Իմ ներկայացուցիչը
    [provider] Ծառայություն մատուցող
    [team-member] Թիմի անդամ
   *[health-plan] Իմ առողջապահական ծրագիրը
}
