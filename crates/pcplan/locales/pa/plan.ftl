## ਯੋਜਨਾ ਦਸਤਾਵੇਜ਼ (Markdown, HTML ਅਤੇ PDF)। ਯੋਜਨਾ ਵਿਅਕਤੀ ਦੀ ਆਪਣੀ ਆਵਾਜ਼ ਵਿੱਚ ਬੋਲਦੀ ਹੈ: "ਮੇਰਾ", "ਮੈਂ", "ਮੈਨੂੰ"।
## ਪੰਜਾਬੀ ਕਿਰਿਆਵਾਂ ਲਿੰਗ ਅਨੁਸਾਰ ਬਦਲਦੀਆਂ ਹਨ; ਪਹਿਲੇ ਪੁਰਖ ਦੇ ਵਾਕ ਲਿੰਗ-ਨਿਰਪੱਖ ਬਣਤਰਾਂ ਨਾਲ ਲਿਖੇ ਗਏ ਹਨ।
## ਲੇਬਲ ਆਪਣੇ ਵਿਸ਼ਰਾਮ ਚਿੰਨ੍ਹ ਨਾਲ ਖ਼ਤਮ ਹੁੰਦੇ ਹਨ (ਕੋਲਨ)। ਤਾਰੀਖ਼ਾਂ ਅਤੇ ਨੰਬਰ ਪਹਿਲਾਂ ਹੀ ਫ਼ਾਰਮੈਟ ਕੀਤੇ ਆਉਂਦੇ ਹਨ।

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = ਮੇਰੀ ਵਿਅਕਤੀ-ਕੇਂਦਰਿਤ ਯੋਜਨਾ: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: ਮੇਰੀ ਵਿਅਕਤੀ-ਕੇਂਦਰਿਤ ਯੋਜਨਾ
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, ਵਿਅਕਤੀ-ਕੇਂਦਰਿਤ ਯੋਜਨਾ, ਸੰਸਕਰਣ { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = ਪੰਨਾ { $page }, ਕੁੱਲ { $pages } ਵਿੱਚੋਂ
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = ਮੇਰੀ ਯੋਜਨਾ ਦਾ ਸੰਸਕਰਣ { $version }। ਇਹ { $start } ਤੋਂ { $end } ਤੱਕ ਲਾਗੂ ਹੈ।
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = ਮੇਰੀ ਯੋਜਨਾ ਦਾ ਸੰਸਕਰਣ { $version }। ਇਹ { $start } ਤੋਂ ਲਾਗੂ ਹੈ।
label-latest-change = ਇਸ ਸੰਸਕਰਣ ਵਿੱਚ ਕੀ ਬਦਲਿਆ:
changes-heading = ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ ਬਾਅਦ ਕੀ ਬਦਲਿਆ
# Shown where a table cell has nothing recorded.
not-recorded = ਦਰਜ ਨਹੀਂ

## About me

about-me-heading = ਮੇਰੇ ਬਾਰੇ
label-preferred-name = ਮੈਨੂੰ ਕਿਸ ਨਾਮ ਨਾਲ ਬੁਲਾਇਆ ਜਾਵੇ:
label-pronouns = ਮੇਰੇ ਪੜਨਾਂਵ:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] ਉਹ (ਪੁਲਿੰਗ)
    [she] ਉਹ (ਇਸਤਰੀ ਲਿੰਗ)
   *[they] ਉਹ (ਲਿੰਗ-ਨਿਰਪੱਖ)
}
label-identity-language = ਮੇਰੇ ਬਾਰੇ ਗੱਲ ਕਿਵੇਂ ਕੀਤੀ ਜਾਵੇ:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] ਵਿਅਕਤੀ ਨੂੰ ਪਹਿਲਾਂ ਰੱਖਣ ਵਾਲੀ ਭਾਸ਼ਾ (ਜਿਵੇਂ, "ਅਪੰਗਤਾ ਵਾਲਾ ਵਿਅਕਤੀ")
    [identity-first] ਪਛਾਣ ਨੂੰ ਪਹਿਲਾਂ ਰੱਖਣ ਵਾਲੀ ਭਾਸ਼ਾ (ਜਿਵੇਂ, "ਅਪੰਗ ਵਿਅਕਤੀ")
   *[other] ਕੋਈ ਖ਼ਾਸ ਪਸੰਦ ਨਹੀਂ
}
label-identity-terms = ਆਪਣੇ ਬਾਰੇ ਮੇਰੇ ਵਰਤੇ ਸ਼ਬਦ:
label-languages = ਮੇਰੀਆਂ ਭਾਸ਼ਾਵਾਂ:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = ਬੋਲਣ ਲਈ ਮੇਰੀ ਭਾਸ਼ਾ: { $spoken }। ਪੜ੍ਹਨ ਅਤੇ ਲਿਖਣ ਲਈ: { $written }।
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = ਜਦੋਂ ਮੀਟਿੰਗ ਕਿਸੇ ਹੋਰ ਭਾਸ਼ਾ ਵਿੱਚ ਹੁੰਦੀ ਹੈ, ਤਾਂ ਮੈਨੂੰ { $languages } ਦੇ ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ ਹੈ।
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] ਬਹੁਤ ਵਧੀਆ
    [good] ਵਧੀਆ
    [fair] ਕੁਝ ਹੱਦ ਤੱਕ
   *[poor] ਥੋੜ੍ਹਾ
})
label-residence = ਹੁਣ ਮੇਰੀ ਰਹਿਣ ਦੀ ਥਾਂ:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] ਮੇਰਾ ਆਪਣਾ ਘਰ
    [with-family-or-friends] ਪਰਿਵਾਰ ਜਾਂ ਦੋਸਤਾਂ ਨਾਲ
    [shelter] ਸ਼ੈਲਟਰ
    [domestic-violence-shelter] ਸੁਰੱਖਿਅਤ ਸ਼ੈਲਟਰ
    [transitional-housing] ਆਰਜ਼ੀ ਰਿਹਾਇਸ਼ (ਟ੍ਰਾਂਜ਼ਿਸ਼ਨਲ ਹਾਊਸਿੰਗ)
    [recuperative-care] ਠੀਕ ਹੋਣ ਤੱਕ ਦੇਖਭਾਲ ਵਾਲੀ ਥਾਂ (ਰਿਕੂਪਰੇਟਿਵ ਕੇਅਰ)
    [supportive-housing] ਸਹਾਇਕ ਰਿਹਾਇਸ਼
    [group-home] ਗਰੁੱਪ ਹੋਮ
    [assisted-living] ਮਦਦ ਨਾਲ ਰਹਿਣ ਵਾਲੀ ਥਾਂ (ਅਸਿਸਟਿਡ ਲਿਵਿੰਗ)
    [nursing-facility] ਨਰਸਿੰਗ ਹੋਮ
    [hospital] ਹਸਪਤਾਲ
    [incarcerated] ਜੇਲ੍ਹ
    [unsheltered] ਰਹਿਣ ਲਈ ਕੋਈ ਥਾਂ ਨਹੀਂ
   *[other] ਕੋਈ ਹੋਰ ਥਾਂ
}
# $date: a date.
residence-since = { $date } ਤੋਂ
label-name-as-written = ਮੇਰਾ ਨਾਮ, ਮੇਰੀ ਆਪਣੀ ਲਿਖਤ ਵਿੱਚ:
label-formats = ਮੈਨੂੰ ਲਿਖਤੀ ਸਮੱਗਰੀ ਇਸ ਰੂਪ ਵਿੱਚ ਚਾਹੀਦੀ ਹੈ:
label-birth-date = ਮੇਰੀ ਜਨਮ ਤਾਰੀਖ਼:
label-legal-name = ਮੇਰਾ ਕਾਨੂੰਨੀ ਨਾਮ (ਪਛਾਣ ਲਈ):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] ਮੇਰਾ Medi-Cal ਨੰਬਰ (CIN):
    [state-id] ਮੇਰਾ ਸਟੇਟ ਪਛਾਣ-ਪੱਤਰ (ID):
    [medical-record-number] ਮੇਰਾ ਮੈਡੀਕਲ ਰਿਕਾਰਡ ਨੰਬਰ:
    [member-id] ਮੇਰਾ ਹੈਲਥ ਪਲਾਨ ਮੈਂਬਰ ਨੰਬਰ (ID):
   *[other] ਮੇਰਾ ਪਛਾਣ ਨੰਬਰ:
}
representatives-heading = ਫ਼ੈਸਲੇ ਲੈਣ ਵਿੱਚ ਮੇਰੀ ਮਦਦ ਕਰਨ ਵਾਲੇ ਲੋਕ
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] ਮੇਰਾ ਸਰਪ੍ਰਸਤ (ਗਾਰਡੀਅਨ)
    [conservator] ਮੇਰਾ ਕੰਜ਼ਰਵੇਟਰ (ਅਦਾਲਤ ਵੱਲੋਂ ਨਿਯੁਕਤ ਸੰਭਾਲਕਰਤਾ)
    [authorized-representative] ਮੇਰਾ ਅਧਿਕਾਰਤ ਪ੍ਰਤੀਨਿਧੀ
    [power-of-attorney] ਮੇਰਾ ਮੁਖ਼ਤਿਆਰਨਾਮਾ (ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ) ਰੱਖਦਾ ਹੈ
    [supported-decision-maker] ਫ਼ੈਸਲੇ ਲੈਣ ਵਿੱਚ ਮੇਰਾ ਸਹਿਯੋਗੀ
   *[other] ਮੇਰਾ ਪ੍ਰਤੀਨਿਧੀ
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] ਇਨ੍ਹਾਂ ਕੋਲ ਮੇਰੇ ਲਈ ਫ਼ੈਸਲੇ ਲੈਣ ਦਾ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਹੈ।
    [when-person-cannot-decide] ਇਨ੍ਹਾਂ ਕੋਲ ਮੇਰੇ ਲਈ ਫ਼ੈਸਲੇ ਲੈਣ ਦਾ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਸਿਰਫ਼ ਉਦੋਂ ਹੈ, ਜਦੋਂ ਮੇਰੇ ਲਈ ਖ਼ੁਦ ਫ਼ੈਸਲੇ ਲੈਣਾ ਸੰਭਵ ਨਾ ਹੋਵੇ।
   *[conditional] ਇਨ੍ਹਾਂ ਕੋਲ ਇਨ੍ਹਾਂ ਹਾਲਤਾਂ ਵਿੱਚ ਮੇਰੇ ਲਈ ਫ਼ੈਸਲੇ ਲੈਣ ਦਾ ਕਾਨੂੰਨੀ ਅਧਿਕਾਰ ਹੈ:
}
label-authority-areas = ਇਨ੍ਹਾਂ ਗੱਲਾਂ ਲਈ:

## Languages and formats

# The name of a language in Punjabi. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] ਅੰਗਰੇਜ਼ੀ
    [es] ਸਪੇਨੀ
    [zh-Hant] ਚੀਨੀ (ਰਵਾਇਤੀ)
    [zh-Hans] ਚੀਨੀ (ਸਰਲ)
    [zh] ਚੀਨੀ
    [yue] ਕੈਂਟੋਨੀਜ਼
    [cmn] ਮੈਂਡਰਿਨ
    [vi] ਵੀਅਤਨਾਮੀ
    [ko] ਕੋਰੀਆਈ
    [tl] ਤਾਗਾਲੋਗ
    [fil] ਫ਼ਿਲੀਪੀਨੋ
    [hy] ਅਰਮੀਨੀਆਈ
    [hyw] ਪੱਛਮੀ ਅਰਮੀਨੀਆਈ
    [ru] ਰੂਸੀ
    [fa] ਫ਼ਾਰਸੀ
    [ar] ਅਰਬੀ
    [km] ਖਮੇਰ
    [hmn] ਹਮੋਂਗ
    [mww] ਹਮੋਂਗ
    [pa] ਪੰਜਾਬੀ
    [hi] ਹਿੰਦੀ
    [ja] ਜਪਾਨੀ
    [th] ਥਾਈ
    [lo] ਲਾਓ
    [uk] ਯੂਕਰੇਨੀ
    [ium] ਮੀਅਨ
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] ਆਮ ਛਪਾਈ
    [large-print] ਵੱਡੇ ਅੱਖਰ
    [audio] ਆਡੀਓ
    [braille] ਬ੍ਰੇਲ
   *[accessible-electronic] ਪਹੁੰਚਯੋਗ ਇਲੈਕਟ੍ਰਾਨਿਕ ਫ਼ਾਰਮੈਟ
}

## Who I am

like-and-admire-heading = ਲੋਕ ਮੇਰੇ ਬਾਰੇ ਕੀ ਪਸੰਦ ਕਰਦੇ ਹਨ ਅਤੇ ਸਲਾਹੁੰਦੇ ਹਨ
important-to-heading = ਮੇਰੇ ਲਈ ਕੀ ਜ਼ਰੂਰੀ ਹੈ
how-to-support-heading = ਮੇਰੀ ਮਦਦ ਕਿਵੇਂ ਕਰਨੀ ਹੈ
more-about-me-heading = ਮੇਰੀਆਂ ਖੂਬੀਆਂ, ਸ਼ੌਕ ਅਤੇ ਹੁਨਰ
strengths-heading = ਮੇਰੀਆਂ ਖੂਬੀਆਂ
interests-heading = ਮੇਰੇ ਸ਼ੌਕ
talents-heading = ਮੇਰੇ ਹੁਨਰ
preferences-heading = ਮੇਰੀਆਂ ਪਸੰਦਾਂ
needs-heading = ਜਿਨ੍ਹਾਂ ਕੰਮਾਂ ਵਿੱਚ ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] ਮੇਰੀ ਸਰੀਰਕ ਸਿਹਤ:
    [oral-health] ਮੇਰੇ ਦੰਦ ਅਤੇ ਮੂੰਹ:
    [behavioral-health] ਮੇਰੀ ਮਾਨਸਿਕ ਸਿਹਤ:
    [substance-use] ਸ਼ਰਾਬ ਅਤੇ ਨਸ਼ੇ:
    [daily-living] ਰੋਜ਼ਾਨਾ ਜ਼ਿੰਦਗੀ:
    [housing] ਰਿਹਾਇਸ਼:
    [food] ਖਾਣਾ:
    [transportation] ਆਉਣਾ-ਜਾਣਾ:
    [social] ਲੋਕ ਅਤੇ ਭਾਈਚਾਰਾ:
    [financial] ਪੈਸਾ ਅਤੇ ਲਾਭ:
    [employment] ਕੰਮ:
    [education] ਸਿੱਖਿਆ:
    [communication] ਗੱਲਬਾਤ:
    [safety] ਸੁਰੱਖਿਆ:
    [end-of-life] ਜ਼ਿੰਦਗੀ ਦੇ ਅੰਤ ਦੀ ਯੋਜਨਾ:
   *[other] ਹੋਰ:
}

## Goals

goals-heading = ਮੇਰੇ ਟੀਚੇ
# $number: the goal's number in the plan.
goal-heading = ਟੀਚਾ { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] ਮੇਰੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ:
    [person-with-support] ਮੇਰੇ ਆਪਣੇ ਸ਼ਬਦਾਂ ਵਿੱਚ, ਮਦਦ ਨਾਲ:
    [representative] ਮੇਰੇ ਪ੍ਰਤੀਨਿਧੀ ਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ:
   *[team] ਜਿਵੇਂ ਮੇਰੀ ਟੀਮ ਨੇ ਲਿਖਿਆ:
}
own-words-translation-intro = ਅਨੁਵਾਦ:
label-goal-statement = ਮੇਰਾ ਟੀਚਾ:
label-target-date = ਇਸ ਨੂੰ ਪੂਰਾ ਕਰਨ ਦੀ ਮੇਰੀ ਆਸ ਵਾਲੀ ਤਾਰੀਖ਼:
label-goal-status = ਹੁਣ ਕਿੱਥੇ ਹੈ:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] ਅਜੇ ਸ਼ੁਰੂ ਨਹੀਂ ਹੋਇਆ
    [active] ਇਸ 'ਤੇ ਕੰਮ ਜਾਰੀ ਹੈ
    [achieved] ਪੂਰਾ ਹੋ ਗਿਆ
    [on-hold] ਮੇਰੀ ਮਰਜ਼ੀ ਨਾਲ ਰੋਕਿਆ ਹੋਇਆ
   *[discontinued] ਮੈਨੂੰ ਹੁਣ ਇਹ ਟੀਚਾ ਨਹੀਂ ਚਾਹੀਦਾ
}
steps-heading = ਇਸ ਟੀਚੇ ਵੱਲ ਕਦਮ
step-by-me = ਮੇਰੇ ਵੱਲੋਂ ਖ਼ੁਦ
# $names: the team members (a list) the person does the step with.
step-by-me-with = ਮੇਰੇ ਵੱਲੋਂ, ਨਾਲ ਮਿਲ ਕੇ: { $names }
# $who: the name of the team member who helps.
step-who = { $who } ਮਦਦ ਕਰਦੇ ਹਨ
step-who-unknown = ਕੌਣ ਮਦਦ ਕਰਦਾ ਹੈ, ਇਹ ਦਰਜ ਨਹੀਂ
# $names: the team members (a list) who do the step together with the person.
step-together-with = ਨਾਲ ਮਿਲ ਕੇ: { $names }
# $date: a formatted date.
step-by-date = { $date } ਤੱਕ
step-done = ਪੂਰਾ ਹੋਇਆ
goal-supports-heading = ਸਹਾਇਤਾਵਾਂ ਜੋ ਇਸ ਟੀਚੇ ਵਿੱਚ ਮਦਦ ਕਰਦੀਆਂ ਹਨ

## Supports

supports-heading = ਮੇਰੀਆਂ ਸਹਾਇਤਾਵਾਂ
paid-supports-heading = ਭੁਗਤਾਨ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ
paid-supports-caption = ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਭੁਗਤਾਨ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ
natural-supports-heading = ਪਰਿਵਾਰ, ਦੋਸਤਾਂ ਅਤੇ ਭਾਈਚਾਰੇ ਤੋਂ ਸਹਾਇਤਾ
natural-supports-caption = ਮੇਰੀ ਜ਼ਿੰਦਗੀ ਦੇ ਲੋਕਾਂ ਤੋਂ ਬਿਨਾਂ ਭੁਗਤਾਨ ਵਾਲੀ ਸਹਾਇਤਾ
natural-supports-none = ਮੈਂ ਅਤੇ ਮੇਰੀ ਟੀਮ ਨੇ ਪਰਿਵਾਰ, ਦੋਸਤਾਂ ਅਤੇ ਭਾਈਚਾਰੇ ਤੋਂ ਬਿਨਾਂ ਭੁਗਤਾਨ ਵਾਲੀ ਸਹਾਇਤਾ ਲੱਭੀ, ਪਰ ਹਾਲ ਦੀ ਘੜੀ ਕੋਈ ਨਹੀਂ ਮਿਲੀ।
col-support = ਸਹਾਇਤਾ
col-provider = ਕੌਣ ਦਿੰਦਾ ਹੈ
col-amount = ਕਿੰਨੀ ਅਤੇ ਕਿੰਨੀ ਵਾਰ
col-dates = ਕਦੋਂ
col-location = ਕਿੱਥੇ
col-how-i-want-it = ਮੇਰੀ ਪਸੰਦ ਦਾ ਤਰੀਕਾ
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = ਸੇਵਾ ਕੋਡ ਅਤੇ ਮਨਜ਼ੂਰੀਆਂ
billing-caption = ਮੇਰੇ ਪ੍ਰਦਾਤਾਵਾਂ ਅਤੇ ਮੇਰੇ ਹੈਲਥ ਪਲਾਨ ਲਈ: ਮੇਰੀਆਂ ਭੁਗਤਾਨ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ ਦੇ ਕੋਡ ਅਤੇ ਮਨਜ਼ੂਰੀਆਂ
col-service-code = ਸੇਵਾ ਕੋਡ
col-authorization = ਮਨਜ਼ੂਰੀ (authorization)
col-authorized-units = ਮਨਜ਼ੂਰ ਇਕਾਈਆਂ
col-rate = ਪ੍ਰਤੀ ਇਕਾਈ ਦਰ
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = ਸੇਵਾ ਦੀ ਥਾਂ:
self-directed = ਇਹ ਸੇਵਾ ਮੇਰੇ ਆਪਣੇ ਨਿਰਦੇਸ਼ਨ ਹੇਠ ਹੈ।
# How much support and how often. $count: the number, for choosing singular or plural; $quantity: the same
# number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
# Punjabi plural categories (CLDR): one (0 and 1), other.
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } ਮਿੰਟ
               *[other] { $quantity } ਮਿੰਟ
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } ਚੌਥਾਈ ਘੰਟਾ
               *[other] { $quantity } ਚੌਥਾਈ ਘੰਟੇ
            }
        [hour]
            { $count ->
                [one] { $quantity } ਘੰਟਾ
               *[other] { $quantity } ਘੰਟੇ
            }
        [half-day]
            { $count ->
                [one] { $quantity } ਅੱਧਾ ਦਿਨ
               *[other] { $quantity } ਅੱਧੇ ਦਿਨ
            }
        [day]
            { $count ->
                [one] { $quantity } ਦਿਨ
               *[other] { $quantity } ਦਿਨ
            }
        [visit]
            { $count ->
                [one] { $quantity } ਮੁਲਾਕਾਤ
               *[other] { $quantity } ਮੁਲਾਕਾਤਾਂ
            }
        [session]
            { $count ->
                [one] { $quantity } ਸੈਸ਼ਨ
               *[other] { $quantity } ਸੈਸ਼ਨ
            }
        [meal]
            { $count ->
                [one] { $quantity } ਖਾਣਾ
               *[other] { $quantity } ਖਾਣੇ
            }
        [trip]
            { $count ->
                [one] { $quantity } ਸਫ਼ਰ
               *[other] { $quantity } ਸਫ਼ਰ
            }
        [mile]
            { $count ->
                [one] { $quantity } ਮੀਲ
               *[other] { $quantity } ਮੀਲ
            }
        [dollar]
            { $count ->
                [one] { $quantity } ਡਾਲਰ
               *[other] { $quantity } ਡਾਲਰ
            }
       *[item]
            { $count ->
                [one] { $quantity } ਚੀਜ਼
               *[other] { $quantity } ਚੀਜ਼ਾਂ
            }
    }{ $interval ->
        [day] {" "}ਪ੍ਰਤੀ ਦਿਨ
        [week] {" "}ਪ੍ਰਤੀ ਹਫ਼ਤਾ
        [month] {" "}ਪ੍ਰਤੀ ਮਹੀਨਾ
        [year] {" "}ਪ੍ਰਤੀ ਸਾਲ
        [one-time] , ਇੱਕ ਵਾਰ
        [as-needed] , ਜਦੋਂ ਮੈਂ ਮੰਗਾਂ
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] ਹਰ ਦਿਨ
    [week] ਹਰ ਹਫ਼ਤੇ
    [month] ਹਰ ਮਹੀਨੇ
    [year] ਹਰ ਸਾਲ
    [one-time] ਇੱਕ ਵਾਰ
   *[as-needed] ਜਦੋਂ ਮੈਂ ਮੰਗਾਂ
}
# $start and $end: formatted dates.
date-range = { $start } ਤੋਂ { $end } ਤੱਕ
# $start: a formatted date.
date-from = { $start } ਤੋਂ

## Safety

safety-heading = ਮੇਰੀ ਮਰਜ਼ੀ ਨਾਲ ਲਏ ਜੋਖਮ ਅਤੇ ਅਸੀਂ ਮੈਨੂੰ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰੱਖਦੇ ਹਾਂ
risks-caption = ਜੋਖਮ, ਮੇਰੀਆਂ ਚੋਣਾਂ, ਅਤੇ ਅਸੀਂ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰਹਿੰਦੇ ਹਾਂ
col-risk = ਜੋਖਮ
col-my-choice = ਮੇਰੀ ਚੋਣ
col-stay-safe = ਅਸੀਂ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰਹਿੰਦੇ ਹਾਂ
backup-plan-heading = ਮੇਰੀ ਬੈਕਅੱਪ ਯੋਜਨਾ
backup-contacts-intro = ਇਸ ਕ੍ਰਮ ਵਿੱਚ ਫ਼ੋਨ ਕਰੋ:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = ਜੇ ਮੇਰੀ ਕੋਈ ਸਹਾਇਤਾ ਨਾ ਮਿਲੇ
emergency-contacts-heading = ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਮੇਰੇ ਸੰਪਰਕ

## Setting and choice

setting-heading = ਮੇਰੀ ਰਹਿਣ ਦੀ ਥਾਂ ਅਤੇ ਮੇਰੀਆਂ ਚੋਣਾਂ
label-setting = ਮੇਰੀ ਰਹਿਣ ਦੀ ਥਾਂ:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] ਮੇਰਾ ਆਪਣਾ ਘਰ
    [family-home] ਮੇਰੇ ਪਰਿਵਾਰ ਦਾ ਘਰ
    [supportive-housing] ਸਹਾਇਕ ਰਿਹਾਇਸ਼
    [shared-living] ਸਾਂਝੀ ਰਿਹਾਇਸ਼ ਵਾਲਾ ਘਰ
    [residential-facility] ਰਿਹਾਇਸ਼ੀ ਦੇਖਭਾਲ ਘਰ
    [unhoused] ਸ਼ੈਲਟਰ ਜਾਂ ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ
   *[other] ਕੋਈ ਹੋਰ ਥਾਂ
}
setting-chosen = ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਮੈਂ ਆਪ ਚੁਣੀ।
setting-not-chosen = ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਮੈਂ ਆਪ ਨਹੀਂ ਚੁਣੀ।
alternatives-heading = ਹੋਰ ਥਾਵਾਂ ਜਿਨ੍ਹਾਂ ਬਾਰੇ ਮੈਂ ਸੋਚਿਆ
services-offered = ਮੈਨੂੰ ਸੇਵਾਵਾਂ ਦੀ ਚੋਣ ਦਿੱਤੀ ਗਈ।
services-not-offered = ਮੈਨੂੰ ਸੇਵਾਵਾਂ ਦੀ ਚੋਣ ਨਹੀਂ ਦਿੱਤੀ ਗਈ।
services-selected = ਮੈਂ ਆਪਣੀਆਂ ਸੇਵਾਵਾਂ ਚੁਣਨ ਵਿੱਚ ਹਿੱਸਾ ਲਿਆ।
services-not-selected = ਮੈਂ ਆਪਣੀਆਂ ਸੇਵਾਵਾਂ ਚੁਣਨ ਵਿੱਚ ਹਿੱਸਾ ਨਹੀਂ ਲਿਆ।
providers-offered = ਮੈਨੂੰ ਹਰ ਸੇਵਾ ਲਈ ਪ੍ਰਦਾਤਾ ਦੀ ਚੋਣ ਦਿੱਤੀ ਗਈ।
providers-not-offered = ਮੈਨੂੰ ਆਪਣੀਆਂ ਸੇਵਾਵਾਂ ਲਈ ਪ੍ਰਦਾਤਾ ਦੀ ਚੋਣ ਨਹੀਂ ਦਿੱਤੀ ਗਈ।
providers-informed = ਆਪਣੇ ਪ੍ਰਦਾਤਾ ਚੁਣਨ ਲਈ ਮੇਰੇ ਕੋਲ ਲੋੜੀਂਦੀ ਜਾਣਕਾਰੀ ਸੀ।
providers-not-informed = ਆਪਣੇ ਪ੍ਰਦਾਤਾ ਚੁਣਨ ਲਈ ਮੇਰੇ ਕੋਲ ਲੋੜੀਂਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਸੀ।
services-agree = ਮੈਂ ਆਪਣੀ ਯੋਜਨਾ ਦੀਆਂ ਸੇਵਾਵਾਂ ਨਾਲ ਸਹਿਮਤ ਹਾਂ।
services-not-agree = ਮੈਂ ਆਪਣੀ ਯੋਜਨਾ ਦੀਆਂ ਸਾਰੀਆਂ ਸੇਵਾਵਾਂ ਨਾਲ ਸਹਿਮਤ ਨਹੀਂ ਹਾਂ।
label-reason-not-offered = ਮੇਰੇ ਕੋਲ ਚੋਣ ਕਿਉਂ ਨਹੀਂ ਸੀ:

## Modifications of my rights

modifications-heading = ਮੇਰੀ ਰਹਿਣ ਦੀ ਥਾਂ 'ਤੇ ਮੇਰੇ ਅਧਿਕਾਰਾਂ ਵਿੱਚ ਤਬਦੀਲੀਆਂ
modifications-intro = ਕਿਸੇ ਅਧਿਕਾਰ ਨੂੰ ਸਿਰਫ਼ ਇੱਥੇ ਲਿਖੇ ਕਾਰਨ ਲਈ, ਮੇਰੀ ਸਹਿਮਤੀ ਨਾਲ ਹੀ ਸੀਮਤ ਕੀਤਾ ਜਾ ਸਕਦਾ ਹੈ, ਅਤੇ ਇਸ ਦੀ ਤੈਅ ਸਮੇਂ 'ਤੇ ਸਮੀਖਿਆ ਹੁੰਦੀ ਹੈ।
# $number: the number of the change.
modification-heading = ਤਬਦੀਲੀ { $number }
label-right-modified = ਜੋ ਅਧਿਕਾਰ ਸੀਮਤ ਕੀਤਾ ਗਿਆ ਹੈ:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] ਇਸ ਤਬਦੀਲੀ ਪਿੱਛੇ ਲੋੜ:
    [prior-interventions] ਅਸੀਂ ਪਹਿਲਾਂ ਕੀ ਅਜ਼ਮਾਇਆ:
    [less-intrusive-methods] ਘੱਟ ਪਾਬੰਦੀ ਵਾਲੇ ਤਰੀਕੇ ਜੋ ਅਸੀਂ ਅਜ਼ਮਾਏ, ਅਤੇ ਉਹ ਕਿਉਂ ਕੰਮ ਨਹੀਂ ਆਏ:
    [condition-description] ਪਾਬੰਦੀ ਅਸਲ ਵਿੱਚ ਕੀ ਹੈ:
    [data-collection] ਅਸੀਂ ਕਿਵੇਂ ਜਾਂਚਦੇ ਹਾਂ ਕਿ ਇਹ ਕੰਮ ਕਰਦੀ ਹੈ ਜਾਂ ਨਹੀਂ:
    [review-time-limits] ਅਸੀਂ ਇਸ ਦੀ ਸਮੀਖਿਆ ਕਦੋਂ ਕਰਦੇ ਹਾਂ:
    [informed-consent] ਮੇਰੀ ਸਹਿਮਤੀ:
   *[no-harm-assurance] ਅਸੀਂ ਕਿਵੇਂ ਪੱਕਾ ਕਰਦੇ ਹਾਂ ਕਿ ਇਸ ਨਾਲ ਮੇਰਾ ਕੋਈ ਨੁਕਸਾਨ ਨਾ ਹੋਵੇ:
}

## Programs

ecm-heading = ਮੇਰਾ ਵਧਿਆ ਹੋਇਆ ਦੇਖਭਾਲ ਪ੍ਰਬੰਧਨ (ECM)
label-lead-care-manager = ਮੇਰਾ ਮੁੱਖ ਦੇਖਭਾਲ ਮੈਨੇਜਰ:
label-assessment-date = ਮੇਰਾ ਮੁਲਾਂਕਣ ਇਸ ਤਾਰੀਖ਼ ਨੂੰ ਹੋਇਆ:
label-care-domains = ਮੇਰੀ ਯੋਜਨਾ ਵਿੱਚ ਸ਼ਾਮਲ ਹੈ:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] ਸਰੀਰਕ ਸਿਹਤ
    [behavioral] ਮਾਨਸਿਕ ਸਿਹਤ
    [substance-use] ਸ਼ਰਾਬ ਅਤੇ ਨਸ਼ਿਆਂ ਦੀ ਵਰਤੋਂ
    [ltss] ਲੰਬੇ ਸਮੇਂ ਦੀਆਂ ਸੇਵਾਵਾਂ ਅਤੇ ਸਹਾਇਤਾਵਾਂ
    [oral] ਦੰਦਾਂ ਦੀ ਸਿਹਤ
    [palliative] ਆਰਾਮ ਦੇਣ ਵਾਲੀ ਦੇਖਭਾਲ
   *[social-needs] ਰਿਹਾਇਸ਼, ਖਾਣਾ ਅਤੇ ਹੋਰ ਰੋਜ਼ਾਨਾ ਲੋੜਾਂ
}
housing-heading = ਮੇਰੀ ਰਿਹਾਇਸ਼ ਸਹਾਇਤਾ ਯੋਜਨਾ
housing-barriers-heading = ਮੇਰੇ ਲਈ ਰਿਹਾਇਸ਼ ਨੂੰ ਕੀ ਔਖਾ ਬਣਾਉਂਦਾ ਹੈ
housing-short-term-heading = ਰਿਹਾਇਸ਼ ਲਈ ਮੇਰੇ ਥੋੜ੍ਹੇ ਸਮੇਂ ਦੇ ਟੀਚੇ
housing-long-term-heading = ਰਿਹਾਇਸ਼ ਲਈ ਮੇਰੇ ਲੰਬੇ ਸਮੇਂ ਦੇ ਟੀਚੇ
housing-other-services-heading = ਹੋਰ ਸੇਵਾਵਾਂ ਜੋ ਮਦਦ ਕਰਦੀਆਂ ਹਨ
label-measure = ਸਾਨੂੰ ਕਿਵੇਂ ਪਤਾ ਲੱਗੇਗਾ:

## Team

team-heading = ਮੇਰੀ ਟੀਮ
team-caption = ਮੇਰੀ ਟੀਮ ਦੇ ਲੋਕ
col-name = ਨਾਮ
col-role = ਭੂਮਿਕਾ
col-organization = ਸੰਸਥਾ ਜਾਂ ਰਿਸ਼ਤਾ
col-contact = ਸੰਪਰਕ
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] ਦੇਖਭਾਲ ਕੋਆਰਡੀਨੇਟਰ
    [lead-care-manager] ਮੁੱਖ ਦੇਖਭਾਲ ਮੈਨੇਜਰ
    [housing-navigator] ਰਿਹਾਇਸ਼ ਲੱਭਣ ਵਿੱਚ ਮਦਦਗਾਰ
    [provider] ਸੇਵਾ ਪ੍ਰਦਾਤਾ
    [clinician] ਸਿਹਤ ਸੰਭਾਲ ਪ੍ਰਦਾਤਾ
    [family] ਪਰਿਵਾਰ
    [friend] ਦੋਸਤ
    [peer-support] ਸਾਥੀ ਸਹਾਇਕ (ਪੀਅਰ ਸਪੋਰਟ)
    [representative] ਪ੍ਰਤੀਨਿਧੀ
    [decision-supporter] ਫ਼ੈਸਲੇ ਲੈਣ ਵਿੱਚ ਸਹਿਯੋਗੀ
   *[other] ਟੀਮ ਮੈਂਬਰ
}

## Rights

rights-heading = ਮੇਰੇ ਅਧਿਕਾਰ
right-review-any-time = ਮੈਨੂੰ ਕਿਸੇ ਵੀ ਸਮੇਂ ਆਪਣੀ ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ ਮੰਗਣ ਦਾ ਹੱਕ ਹੈ।
# $language: the name of the person's written language (from the "language" message).
right-copy = ਮੈਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦੀ ਕਾਪੀ { $language } ਵਿੱਚ ਅਤੇ ਮੇਰੀ ਲੋੜ ਵਾਲੇ ਫ਼ਾਰਮੈਟ ਵਿੱਚ ਮਿਲਦੀ ਹੈ।
right-say-no = ਮੈਨੂੰ ਆਪਣੀ ਯੋਜਨਾ ਦੀ ਕਿਸੇ ਵੀ ਸੇਵਾ ਨੂੰ ਨਾਂਹ ਕਹਿਣ ਦਾ ਹੱਕ ਹੈ।

## Review

review-heading = ਮੇਰੀ ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ
label-last-review = ਪਿਛਲੀ ਸਮੀਖਿਆ:
label-next-review = ਅਗਲੀ ਸਮੀਖਿਆ ਇਸ ਤਾਰੀਖ਼ ਤੱਕ:
label-plan-monitor = ਉਹ ਵਿਅਕਤੀ ਜੋ ਜਾਂਚਦਾ ਹੈ ਕਿ ਮੇਰੀ ਯੋਜਨਾ ਮੇਰੇ ਲਈ ਕੰਮ ਕਰਦੀ ਹੈ:
review-triggers-intro = ਅਸੀਂ ਮੇਰੀ ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ ਇਨ੍ਹਾਂ ਸਮਿਆਂ 'ਤੇ ਵੀ ਕਰਦੇ ਹਾਂ:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] ਸਾਲ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਵਾਰ
    [change-in-circumstances] ਜਦੋਂ ਮੇਰੀ ਜ਼ਿੰਦਗੀ ਜਾਂ ਮੇਰੀਆਂ ਲੋੜਾਂ ਬਦਲਣ
    [person-request] ਜਦੋਂ ਮੈਂ ਮੰਗਾਂ
    [hospital-discharge] ਹਸਪਤਾਲ ਵਿੱਚ ਰਹਿਣ ਤੋਂ ਬਾਅਦ
   *[provider-change] ਜਦੋਂ ਕੋਈ ਪ੍ਰਦਾਤਾ ਬਦਲੇ
}
monitoring-heading = ਮੇਰੀ ਯੋਜਨਾ ਕਿਵੇਂ ਚੱਲ ਰਹੀ ਹੈ
delivered-as-planned = ਮੇਰੀਆਂ ਸਹਾਇਤਾਵਾਂ ਯੋਜਨਾ ਅਨੁਸਾਰ ਮਿਲੀਆਂ।
not-delivered-as-planned = ਮੇਰੀਆਂ ਸਾਰੀਆਂ ਸਹਾਇਤਾਵਾਂ ਯੋਜਨਾ ਅਨੁਸਾਰ ਨਹੀਂ ਮਿਲੀਆਂ।
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] ਜੋ ਮੈਂ ਕਿਹਾ
    [representative] ਜੋ ਮੇਰੇ ਪ੍ਰਤੀਨਿਧੀ ਨੇ ਕਿਹਾ
    [natural-support] ਜੋ ਮੇਰੇ ਕਿਸੇ ਨੇੜਲੇ ਨੇ ਕਿਹਾ
   *[provider] ਜੋ ਕਿਸੇ ਪ੍ਰਦਾਤਾ ਨੇ ਕਿਹਾ
}

## Signatures and copies

signatures-heading = ਦਸਤਖ਼ਤ
signatures-caption = ਮੇਰੀ ਯੋਜਨਾ 'ਤੇ ਕਿਸ ਨੇ ਦਸਤਖ਼ਤ ਕੀਤੇ
col-date = ਤਾਰੀਖ਼
# $role: who signs.
signer-role = { $role ->
    [person] ਮੈਂ
    [representative] ਮੇਰਾ ਪ੍ਰਤੀਨਿਧੀ
    [planner] ਮੇਰਾ ਯੋਜਨਾ ਬਣਾਉਣ ਵਾਲਾ
    [provider] ਪ੍ਰਦਾਤਾ
   *[witness] ਗਵਾਹ
}
unable-to-sign = ਦਸਤਖ਼ਤ ਨਹੀਂ ਹੋ ਸਕੇ:
# $witness: the witness's name.
unable-to-sign-witness = (ਗਵਾਹ: { $witness })
distribution-heading = ਕਾਪੀ ਕਿਸ ਨੂੰ ਮਿਲੀ
distribution-caption = ਮੇਰੀ ਯੋਜਨਾ ਦੀਆਂ ਕਾਪੀਆਂ
col-language = ਭਾਸ਼ਾ
col-format = ਫ਼ਾਰਮੈਟ
# $role: who received the copy.
recipient-role = { $role ->
    [person] ਮੈਂ
    [representative] ਮੇਰਾ ਪ੍ਰਤੀਨਿਧੀ
    [provider] ਪ੍ਰਦਾਤਾ
    [team-member] ਟੀਮ ਮੈਂਬਰ
   *[health-plan] ਮੇਰਾ ਹੈਲਥ ਪਲਾਨ
}
