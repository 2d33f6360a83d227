## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon in English), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.
## Tagalog: the plan speaks as "ako/aking"; nouns do not change after a number, so plural selectors keep only
## the default variant.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = Ang aking planong nakasentro sa tao: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: ang aking planong nakasentro sa tao
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, planong nakasentro sa tao, bersyon { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = Pahina { $page } ng { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = Bersyon { $version } ng aking plano. May bisa ito mula { $start } hanggang { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = Bersyon { $version } ng aking plano. May bisa ito mula { $start }.
label-latest-change = Ano ang nagbago sa bersyong ito:
changes-heading = Ano ang nagbago mula sa huling bersyon
# Shown where a table cell has nothing recorded.
not-recorded = Hindi naitala

## About me

about-me-heading = Tungkol sa akin
label-preferred-name = Ang gusto kong itawag sa akin:
label-pronouns = Ang aking mga panghalip:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] siya (lalaki)
    [she] siya (babae)
   *[they] siya (hindi tinutukoy ang kasarian)
}
label-identity-language = Kung paano ko gustong mailarawan:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] inuuna ang tao (halimbawa, “isang taong may kapansanan”)
    [identity-first] inuuna ang pagkakakilanlan (halimbawa, “isang may kapansanan”)
   *[other] walang kagustuhan
}
label-identity-terms = Mga salitang ginagamit ko tungkol sa aking sarili:
label-languages = Ang aking mga wika:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = Nagsasalita ako ng { $spoken }. Nagbabasa at nagsusulat ako ng { $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = Kapag ibang wika ang gamit sa pulong, kailangan ko ng interpreter para sa { $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] napakahusay
    [good] mahusay
    [fair] medyo
   *[poor] kaunti
})
label-residence = Kung saan ako nakatira ngayon:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] sa sarili kong bahay
    [with-family-or-friends] kasama ang pamilya o mga kaibigan
    [shelter] sa isang shelter
    [domestic-violence-shelter] sa isang ligtas na shelter
    [transitional-housing] sa transitional housing (pansamantalang pabahay)
    [recuperative-care] sa recuperative care (lugar para magpagaling)
    [supportive-housing] sa supportive housing (pabahay na may suporta)
    [group-home] sa isang group home
    [assisted-living] sa assisted living
    [nursing-facility] sa isang nursing facility
    [hospital] sa ospital
    [incarcerated] sa kulungan o bilangguan
    [unsheltered] walang matutuluyan
   *[other] sa ibang lugar
}
# $date: a date.
residence-since = mula noong { $date }
label-name-as-written = Ang aking pangalan kung paano ko ito isinusulat:
label-formats = Kailangan ko ang nakasulat na materyal sa:
label-birth-date = Ang aking petsa ng kapanganakan:
label-legal-name = Ang aking legal na pangalan (para sa pagkakakilanlan):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] Ang aking Medi-Cal number (CIN):
    [state-id] Ang aking state ID:
    [medical-record-number] Ang aking medical record number:
    [member-id] Ang aking member ID sa health plan:
   *[other] Ang aking ID number:
}
representatives-heading = Mga taong tumutulong sa aking magpasya
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] ang aking tagapag-alaga (guardian)
    [conservator] ang aking conservator
    [authorized-representative] ang aking awtorisadong kinatawan
    [power-of-attorney] may hawak ng aking power of attorney
    [supported-decision-maker] ang aking tagasuporta sa pagpapasya
   *[other] ang aking kinatawan
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] May legal na awtoridad siyang magpasya para sa akin.
    [when-person-cannot-decide] May legal na awtoridad siyang magpasya para sa akin kapag hindi ko kayang magpasya nang mag-isa, at doon lamang.
   *[conditional] May legal na awtoridad siyang magpasya para sa akin sa ganitong mga kondisyon:
}
label-authority-areas = Para sa:

## Languages and formats

# The name of a language in English. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] Ingles
    [es] Espanyol
    [zh-Hant] Tsino (Tradisyonal)
    [zh-Hans] Tsino (Pinasimple)
    [zh] Tsino
    [yue] Cantonese
    [cmn] Mandarin
    [vi] Vietnamese
    [ko] Koreano
    [tl] Tagalog
    [fil] Filipino
    [hy] Armenyo
    [hyw] Kanlurang Armenyo
    [ru] Ruso
    [fa] Farsi
    [ar] Arabe
    [km] Khmer (Cambodian)
    [hmn] Hmong
    [mww] Hmong
    [pa] Punjabi
    [hi] Hindi
    [ja] Hapon
    [th] Thai
    [lo] Lao
    [uk] Ukranyano
    [ium] Mien
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] karaniwang print
    [large-print] malalaking letra
    [audio] audio
    [braille] braille
   *[accessible-electronic] accessible na elektronikong format
}

## Who I am

like-and-admire-heading = Ang gusto at hinahangaan ng mga tao sa akin
important-to-heading = Ang mahalaga sa akin
how-to-support-heading = Paano ako suportahan
more-about-me-heading = Ang aking mga kalakasan, hilig at talento
strengths-heading = Ang aking mga kalakasan
interests-heading = Ang aking mga hilig
talents-heading = Ang aking mga talento
preferences-heading = Ang mas gusto ko
needs-heading = Kung saan ko kailangan ng tulong
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] Ang aking pisikal na kalusugan:
    [oral-health] Ang aking ngipin at bibig:
    [behavioral-health] Ang aking kalusugan ng isip:
    [substance-use] Alak at droga:
    [daily-living] Pang-araw-araw na pamumuhay:
    [housing] Pabahay:
    [food] Pagkain:
    [transportation] Pagbiyahe:
    [social] Mga tao at komunidad:
    [financial] Pera at mga benepisyo:
    [employment] Trabaho:
    [education] Pag-aaral:
    [communication] Komunikasyon:
    [safety] Kaligtasan:
    [end-of-life] Pagpaplano para sa katapusan ng buhay:
   *[other] Iba pa:
}

## Goals

goals-heading = Ang aking mga layunin
# $number: the goal's number in the plan.
goal-heading = Layunin { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] Sa sarili kong salita:
    [person-with-support] Sa sarili kong salita, na may tulong:
    [representative] Sa salita ng aking kinatawan:
   *[team] Gaya ng isinulat ng aking team:
}
own-words-translation-intro = Salin:
label-goal-statement = Ang aking layunin:
label-target-date = Kailan ko ito gustong maabot:
label-goal-status = Kalagayan nito:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] Hindi pa nasisimulan
    [active] Ginagawa ko na
    [achieved] Naabot na
    [on-hold] Nakahinto muna, ayon sa aking pasya
   *[discontinued] Hindi ko na gusto ang layuning ito
}
steps-heading = Mga hakbang para sa layuning ito
step-by-me = Ako mismo ang gagawa nito
# $names: the team members (a list) the person does the step with.
step-by-me-with = Ako ang gagawa nito, kasama: { $names }
# $who: the name of the team member who helps.
step-who = Tumutulong si { $who }
step-who-unknown = hindi naitala kung sino ang tumutulong
# $names: the team members (a list) who do the step together with the person.
step-together-with = kasama: { $names }
# $date: a formatted date.
step-by-date = bago o sa { $date }
step-done = tapos na
goal-supports-heading = Mga suportang tumutulong sa layuning ito

## Supports

supports-heading = Ang aking mga suporta
paid-supports-heading = Mga bayad na serbisyo
paid-supports-caption = Mga bayad na serbisyo sa aking plano
natural-supports-heading = Suporta mula sa pamilya, mga kaibigan at komunidad
natural-supports-caption = Suportang hindi bayad mula sa mga tao sa aking buhay
natural-supports-none = Naghanap kami ng aking team ng suportang hindi bayad mula sa pamilya, mga kaibigan at komunidad, at wala pa kaming nahanap sa ngayon.
col-support = Suporta
col-provider = Sino ang nagbibigay
col-amount = Gaano karami at gaano kadalas
col-dates = Kailan
col-location = Saan
col-how-i-want-it = Paano ko ito gusto
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = Mga service code at awtorisasyon
billing-caption = Para sa aking mga provider at aking health plan: ang mga code at pag-apruba ng aking mga bayad na serbisyo
col-service-code = Code ng serbisyo
col-authorization = Awtorisasyon
col-authorized-units = Mga awtorisadong yunit
col-rate = Halaga bawat yunit
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = Lugar ng serbisyo:
self-directed = Ako mismo ang namamahala sa serbisyong ito.
# How much support and how often. $count: the number, for choosing singular or plural; $quantity: the same
# number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute] { $quantity } minuto
        [quarter-hour] { $quantity } yunit na tig-15 minuto
        [hour] { $quantity } oras
        [half-day] { $quantity } kalahating araw
        [day] { $quantity } araw
        [visit] { $quantity } pagbisita
        [session] { $quantity } sesyon
        [meal] { $quantity } pagkain
        [trip] { $quantity } biyahe
        [mile] { $quantity } milya
        [dollar] { $quantity } dolyar
       *[item] { $quantity } piraso
    }{ $interval ->
        [day] {" "}bawat araw
        [week] {" "}bawat linggo
        [month] {" "}bawat buwan
        [year] {" "}bawat taon
        [one-time] , isang beses
        [as-needed] , kapag hiniling ko
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] Araw-araw
    [week] Linggo-linggo
    [month] Buwan-buwan
    [year] Taon-taon
    [one-time] Isang beses
   *[as-needed] Kapag hiniling ko
}
# $start and $end: formatted dates.
date-range = { $start } hanggang { $end }
# $start: a formatted date.
date-from = Mula { $start }

## Safety

safety-heading = Mga panganib na pinipili kong harapin at kung paano kami nananatiling ligtas
risks-caption = Mga panganib, ang aking pinili, at kung paano kami nananatiling ligtas
col-risk = Ang panganib
col-my-choice = Ang aking pinili
col-stay-safe = Paano kami nananatiling ligtas
backup-plan-heading = Ang aking planong pang-emergency
backup-contacts-intro = Sino ang tatawagan, sa ganitong pagkakasunod-sunod:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = Kung hindi dumating ang isa sa aking mga suporta
emergency-contacts-heading = Ang aking mga emergency contact

## Setting and choice

setting-heading = Kung saan ako nakatira at ang aking mga pinili
label-setting = Kung saan ako nakatira:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] Sarili kong bahay
    [family-home] Bahay ng aking pamilya
    [supportive-housing] Supportive housing (pabahay na may suporta)
    [shared-living] Shared living na tahanan
    [residential-facility] Residential care home
    [unhoused] Shelter o walang permanenteng tirahan
   *[other] Ibang lugar
}
setting-chosen = Ako ang pumili kung saan ako nakatira.
setting-not-chosen = Hindi ako ang pumili kung saan ako nakatira.
alternatives-heading = Ibang mga lugar na pinag-isipan ko
services-offered = Inalok ako ng pagpili ng mga serbisyo.
services-not-offered = Hindi ako inalok ng pagpili ng mga serbisyo.
services-selected = Tumulong ako sa pagpili ng aking mga serbisyo.
services-not-selected = Hindi ako tumulong sa pagpili ng aking mga serbisyo.
providers-offered = Inalok ako ng pagpili kung sino ang magbibigay ng bawat serbisyo.
providers-not-offered = Hindi ako inalok ng pagpili kung sino ang magbibigay ng aking mga serbisyo.
providers-informed = Nasa akin ang impormasyong kailangan ko para pumili ng aking mga provider.
providers-not-informed = Wala sa akin ang impormasyong kailangan ko para pumili ng aking mga provider.
services-agree = Sang-ayon ako sa mga serbisyo sa aking plano.
services-not-agree = Hindi ako sang-ayon sa lahat ng serbisyo sa aking plano.
label-reason-not-offered = Kung bakit wala akong mapagpipilian:

## Modifications of my rights

modifications-heading = Mga pagbabago sa aking mga karapatan kung saan ako nakatira
modifications-intro = Puwedeng limitahan ang isang karapatan para lang sa dahilang nakasulat dito, nang may pahintulot ko, at nirerepaso ito ayon sa iskedyul.
# $number: the number of the change.
modification-heading = Pagbabago { $number }
label-right-modified = Ang karapatang nililimitahan:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] Ang pangangailangan sa likod ng pagbabagong ito:
    [prior-interventions] Ano ang una naming sinubukan:
    [less-intrusive-methods] Mga hindi gaanong naglilimitang paraan na sinubukan namin, at kung bakit hindi gumana:
    [condition-description] Ano mismo ang limitasyon:
    [data-collection] Paano namin tinitingnan kung gumagana ito:
    [review-time-limits] Kailan namin ito nirerepaso:
    [informed-consent] Ang aking pahintulot:
   *[no-harm-assurance] Paano namin tinitiyak na hindi ito makakasama sa akin:
}

## Programs

ecm-heading = Ang aking Pinahusay na Pamamahala ng Pangangalaga (ECM)
label-lead-care-manager = Ang aking Lead Care Manager:
label-assessment-date = Ang petsa ng aking assessment:
label-care-domains = Saklaw ng aking plano ang:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] pisikal na kalusugan
    [behavioral] kalusugan ng isip
    [substance-use] paggamit ng alak at droga
    [ltss] mga pangmatagalang serbisyo at suporta
    [oral] kalusugan ng ngipin
    [palliative] pangangalagang pampaginhawa (palliative care)
   *[social-needs] pabahay, pagkain at iba pang pang-araw-araw na pangangailangan
}
housing-heading = Ang aking plano sa suporta sa pabahay
housing-barriers-heading = Ang nagpapahirap sa aking pabahay
housing-short-term-heading = Ang aking mga panandaliang layunin sa pabahay
housing-long-term-heading = Ang aking mga pangmatagalang layunin sa pabahay
housing-other-services-heading = Ibang mga serbisyong tumutulong
label-measure = paano namin malalaman:

## Team

team-heading = Ang aking team
team-caption = Ang mga tao sa aking team
col-name = Pangalan
col-role = Tungkulin
col-organization = Organisasyon o kaugnayan
col-contact = Paano makontak
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] Tagapag-ugnay ng pangangalaga (care coordinator)
    [lead-care-manager] Lead Care Manager
    [housing-navigator] Gabay sa pabahay (housing navigator)
    [provider] Tagapagbigay ng serbisyo
    [clinician] Health care provider
    [family] Pamilya
    [friend] Kaibigan
    [peer-support] Peer supporter
    [representative] Kinatawan
    [decision-supporter] Tagasuporta sa pagpapasya
   *[other] Kasama sa team
}

## Rights

rights-heading = Ang aking mga karapatan
right-review-any-time = Puwede akong humiling ng pagrepaso ng aking plano anumang oras.
# $language: the name of the person's written language (from the "language" message).
right-copy = Makakatanggap ako ng kopya ng aking plano sa { $language } at sa format na kailangan ko.
right-say-no = Puwede akong tumanggi sa anumang serbisyo sa aking plano.

## Review

review-heading = Pagrepaso ng aking plano
label-last-review = Huling pagrepaso:
label-next-review = Susunod na pagrepaso, bago o sa:
label-plan-monitor = Ang taong tumitingin kung gumagana para sa akin ang aking plano:
review-triggers-intro = Nirerepaso rin namin ang aking plano:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] kahit isang beses bawat taon
    [change-in-circumstances] kapag nagbago ang aking buhay o mga pangangailangan
    [person-request] kapag hiniling ko
    [hospital-discharge] pagkatapos kong maospital
   *[provider-change] kapag may pagbabago sa provider
}
monitoring-heading = Kumusta ang aking plano
delivered-as-planned = Dumating ang aking mga suporta ayon sa plano.
not-delivered-as-planned = Hindi lahat ng aking suporta ay dumating ayon sa plano.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] ang sinabi ko
    [representative] ang sinabi ng aking kinatawan
    [natural-support] ang sinabi ng isang taong malapit sa akin
   *[provider] ang sinabi ng isang provider
}

## Signatures and copies

signatures-heading = Mga lagda
signatures-caption = Sino ang lumagda sa aking plano
col-date = Petsa
# $role: who signs.
signer-role = { $role ->
    [person] Ako
    [representative] Ang aking kinatawan
    [planner] Ang aking tagaplano
    [provider] Provider
   *[witness] Saksi
}
unable-to-sign = Hindi nakalagda:
# $witness: the witness's name.
unable-to-sign-witness = (saksi: { $witness })
distribution-heading = Sino ang nakatanggap ng kopya
distribution-caption = Mga kopya ng aking plano
col-language = Wika
col-format = Anyo
# $role: who received the copy.
recipient-role = { $role ->
    [person] Ako
    [representative] Ang aking kinatawan
    [provider] Provider
    [team-member] Kasama sa team
   *[health-plan] Ang aking health plan
}
