## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon in English), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = My person-centered plan: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: my person-centered plan
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, person-centered plan, version { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = Page { $page } of { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = Version { $version } of my plan. It is in effect from { $start } to { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = Version { $version } of my plan. It is in effect from { $start }.
label-latest-change = What changed in this version:
# Heading of the list of changes since the previous version, when the caller passes it.
changes-heading = What changed since the last version
# Shown where a table cell has nothing recorded.
not-recorded = Not recorded

## About me

about-me-heading = About me
label-preferred-name = What I like to be called:
label-pronouns = My pronouns:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] he/him
    [she] she/her
   *[they] they/them
}
label-identity-language = How I like to be described:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] person-first language (for example, "a person with a disability")
    [identity-first] identity-first language (for example, "a disabled person")
   *[other] no preference
}
label-identity-terms = Words I use about myself:
label-languages = My languages:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = I speak { $spoken }. I read and write { $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = When a meeting is held in another language, I need an interpreter for { $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] very well
    [good] well
    [fair] some
   *[poor] a little
})
label-residence = Where I live now:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] in my own home
    [with-family-or-friends] with family or friends
    [shelter] in a shelter
    [domestic-violence-shelter] in a safe shelter
    [transitional-housing] in transitional housing
    [recuperative-care] in recuperative care
    [supportive-housing] in supportive housing
    [group-home] in a group home
    [assisted-living] in assisted living
    [nursing-facility] in a nursing facility
    [hospital] in the hospital
    [incarcerated] in jail or prison
    [unsheltered] without a place to stay
   *[other] somewhere else
}
# $date: a date.
residence-since = since { $date }
label-name-as-written = My name as I write it:
label-formats = I need written material in:
label-birth-date = My date of birth:
label-legal-name = My legal name (for identification):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] My Medi-Cal number (CIN):
    [state-id] My state ID:
    [medical-record-number] My medical record number:
    [member-id] My health plan member ID:
   *[other] My ID number:
}
representatives-heading = People who help me make decisions
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] my guardian
    [conservator] my conservator
    [authorized-representative] my authorized representative
    [power-of-attorney] holds my power of attorney
    [supported-decision-maker] my supported decision-making supporter
   *[other] my representative
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] They have legal authority to make decisions for me.
    [when-person-cannot-decide] They have legal authority to make decisions for me only when I cannot make them myself.
   *[conditional] They have legal authority to make decisions for me under these conditions:
}
label-authority-areas = For:

## Languages and formats

# The name of a language in English. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] English
    [es] Spanish
    [zh-Hant] Chinese (Traditional)
    [zh-Hans] Chinese (Simplified)
    [zh] Chinese
    [yue] Cantonese
    [cmn] Mandarin
    [vi] Vietnamese
    [ko] Korean
    [tl] Tagalog
    [fil] Filipino
    [hy] Armenian
    [hyw] Western Armenian
    [ru] Russian
    [fa] Farsi
    [ar] Arabic
    [km] Khmer
    [hmn] Hmong
    [mww] Hmong
    [pa] Punjabi
    [hi] Hindi
    [ja] Japanese
    [th] Thai
    [lo] Lao
    [uk] Ukrainian
    [ium] Mien
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] standard print
    [large-print] large print
    [audio] audio
    [braille] braille
   *[accessible-electronic] accessible electronic format
}

## Who I am

like-and-admire-heading = What people like and admire about me
important-to-heading = What's important to me
how-to-support-heading = How to support me
more-about-me-heading = My strengths, interests and talents
strengths-heading = My strengths
interests-heading = My interests
talents-heading = My talents
preferences-heading = What I prefer
needs-heading = What I need help with
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] My physical health:
    [oral-health] My teeth and mouth:
    [behavioral-health] My mental health:
    [substance-use] Alcohol and drugs:
    [daily-living] Daily living:
    [housing] Housing:
    [food] Food:
    [transportation] Getting around:
    [social] People and community:
    [financial] Money and benefits:
    [employment] Work:
    [education] Learning:
    [communication] Communication:
    [safety] Safety:
    [end-of-life] Planning for the end of life:
   *[other] Other:
}

## Goals

goals-heading = My goals
# $number: the goal's number in the plan.
goal-heading = Goal { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] In my own words:
    [person-with-support] In my own words, with help:
    [representative] In the words of my representative:
   *[team] As my team wrote it:
}
own-words-translation-intro = Translation:
label-goal-statement = My goal:
label-target-date = When I hope to reach it:
label-goal-status = Where it stands:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] Not started yet
    [active] Working on it
    [achieved] Reached
    [on-hold] On hold, by my choice
   *[discontinued] I no longer want this goal
}
steps-heading = Steps toward this goal
step-by-me = I do this myself
# $names: the team members (a list) the person does the step with.
step-by-me-with = I do this together with { $names }
# $who: the name of the team member who helps.
step-who = { $who } helps
step-who-unknown = who helps is not recorded
# $names: the team members (a list) who do the step together with the person.
step-together-with = together with { $names }
# $date: a formatted date.
step-by-date = by { $date }
step-done = done
goal-supports-heading = Supports that help with this goal

## Supports

supports-heading = My supports
paid-supports-heading = Paid services
paid-supports-caption = Paid services in my plan
natural-supports-heading = Support from family, friends and community
natural-supports-caption = Unpaid support from people in my life
natural-supports-none = My team and I looked for unpaid support from family, friends and community, and we found none for now.
col-support = Support
col-provider = Who provides it
col-amount = How much and how often
col-dates = When
col-location = Where
col-how-i-want-it = How I want it
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = Service codes and authorizations
billing-caption = For my providers and my health plan: the codes and approvals of my paid supports
col-service-code = Service code
col-authorization = Authorization
col-authorized-units = Units authorized
col-rate = Rate per unit
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
billing-rate = { $rate } { $currency }
label-place-of-service = Place of service:
self-directed = I direct this service myself.
# How much support and how often. $count: the number, for choosing singular or plural; $quantity: the same
# number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } minute
               *[other] { $quantity } minutes
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } quarter hour
               *[other] { $quantity } quarter hours
            }
        [hour]
            { $count ->
                [one] { $quantity } hour
               *[other] { $quantity } hours
            }
        [half-day]
            { $count ->
                [one] { $quantity } half day
               *[other] { $quantity } half days
            }
        [day]
            { $count ->
                [one] { $quantity } day
               *[other] { $quantity } days
            }
        [visit]
            { $count ->
                [one] { $quantity } visit
               *[other] { $quantity } visits
            }
        [session]
            { $count ->
                [one] { $quantity } session
               *[other] { $quantity } sessions
            }
        [meal]
            { $count ->
                [one] { $quantity } meal
               *[other] { $quantity } meals
            }
        [trip]
            { $count ->
                [one] { $quantity } trip
               *[other] { $quantity } trips
            }
        [mile]
            { $count ->
                [one] { $quantity } mile
               *[other] { $quantity } miles
            }
        [dollar]
            { $count ->
                [one] { $quantity } dollar
               *[other] { $quantity } dollars
            }
       *[item]
            { $count ->
                [one] { $quantity } item
               *[other] { $quantity } items
            }
    }{ $interval ->
        [day] {" "}a day
        [week] {" "}a week
        [month] {" "}a month
        [year] {" "}a year
        [one-time] , one time
        [as-needed] , when I ask for it
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] Every day
    [week] Every week
    [month] Every month
    [year] Every year
    [one-time] One time
   *[as-needed] When I ask for it
}
# $start and $end: formatted dates.
date-range = { $start } to { $end }
# $start: a formatted date.
date-from = From { $start }

## Safety

safety-heading = Risks I choose to take and how we keep me safe
risks-caption = Risks, my choices, and how we stay safe
col-risk = The risk
col-my-choice = My choice
col-stay-safe = How we stay safe
backup-plan-heading = My backup plan
backup-contacts-intro = Who to call, in this order:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = If one of my supports does not come
emergency-contacts-heading = My emergency contacts

## Setting and choice

setting-heading = Where I live and my choices
label-setting = Where I live:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] My own home
    [family-home] My family's home
    [supportive-housing] Supportive housing
    [shared-living] A shared living home
    [residential-facility] A residential care home
    [unhoused] A shelter or no fixed address
   *[other] Another place
}
setting-chosen = I chose where I live.
setting-not-chosen = I did not choose where I live.
alternatives-heading = Other places I thought about
services-offered = I was offered a choice of services.
services-not-offered = I was not offered a choice of services.
services-selected = I helped choose my services.
services-not-selected = I did not help choose my services.
providers-offered = I was offered a choice of who provides each service.
providers-not-offered = I was not offered a choice of who provides my services.
providers-informed = I had the information I needed to choose my providers.
providers-not-informed = I did not have the information I needed to choose my providers.
services-agree = I agree with the services in my plan.
services-not-agree = I do not agree with all the services in my plan.
label-reason-not-offered = Why I did not have a choice:

## Modifications of my rights

modifications-heading = Changes to my rights where I live
modifications-intro = A right can be limited only for a reason that is written here, with my consent, and it is reviewed on a schedule.
# $number: the number of the change.
modification-heading = Change { $number }
label-right-modified = The right that is limited:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] The need behind this change:
    [prior-interventions] What we tried first:
    [less-intrusive-methods] Less limiting ways we tried, and why they did not work:
    [condition-description] What exactly the limit is:
    [data-collection] How we check whether it works:
    [review-time-limits] When we review it:
    [informed-consent] My consent:
   *[no-harm-assurance] How we make sure it causes me no harm:
}

## Programs

ecm-heading = My Enhanced Care Management (ECM)
label-lead-care-manager = My Lead Care Manager:
label-assessment-date = My assessment was on:
label-care-domains = My plan covers:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] physical health
    [behavioral] mental health
    [substance-use] alcohol and drug use
    [ltss] long-term services and supports
    [oral] dental health
    [palliative] comfort care
   *[social-needs] housing, food and other daily needs
}
housing-heading = My housing support plan
housing-barriers-heading = What makes housing hard for me
housing-short-term-heading = My short-term housing goals
housing-long-term-heading = My long-term housing goals
housing-other-services-heading = Other services that help
label-measure = how we will know:

## Team

team-heading = My team
team-caption = The people on my team
col-name = Name
col-role = Role
col-organization = Organization or relationship
col-contact = Contact
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] Care coordinator
    [lead-care-manager] Lead Care Manager
    [housing-navigator] Housing navigator
    [provider] Service provider
    [clinician] Health care provider
    [family] Family
    [friend] Friend
    [peer-support] Peer supporter
    [representative] Representative
    [decision-supporter] Decision-making supporter
   *[other] Team member
}

## Rights

rights-heading = My rights
right-review-any-time = I can ask for a review of my plan at any time.
# $language: the name of the person's written language (from the "language" message).
right-copy = I get a copy of my plan in { $language } and in the format I need.
right-say-no = I can say no to any service in my plan.

## Review

review-heading = Reviewing my plan
label-last-review = Last review:
label-next-review = Next review due by:
label-plan-monitor = The person who checks that my plan works for me:
review-triggers-intro = We also review my plan:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] at least once a year
    [change-in-circumstances] when my life or my needs change
    [person-request] when I ask
    [hospital-discharge] after a hospital stay
   *[provider-change] when a provider changes
}
monitoring-heading = How my plan is going
delivered-as-planned = My supports came as planned.
not-delivered-as-planned = My supports did not all come as planned.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] what I said
    [representative] what my representative said
    [natural-support] what someone close to me said
   *[provider] what a provider said
}

## Signatures and copies

signatures-heading = Signatures
signatures-caption = Who signed my plan
col-date = Date
# $role: who signs.
signer-role = { $role ->
    [person] Me
    [representative] My representative
    [planner] My planner
    [provider] Provider
   *[witness] Witness
}
unable-to-sign = Could not sign:
# $witness: the witness's name.
unable-to-sign-witness = (witness: { $witness })
distribution-heading = Who got a copy
distribution-caption = Copies of my plan
col-language = Language
col-format = Format
# $role: who received the copy.
recipient-role = { $role ->
    [person] Me
    [representative] My representative
    [provider] Provider
    [team-member] Team member
   *[health-plan] My health plan
}
