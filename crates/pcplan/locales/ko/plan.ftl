## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon in English), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.
## Korean: the plan uses 나/나의 in the polite written style (합니다). Korean has only the plural category "other".

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = 나의 개인 중심 계획: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: 나의 개인 중심 계획
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, 개인 중심 계획, 버전 { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = { $pages }쪽 중 { $page }쪽
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = 나의 계획 버전 { $version }. { $start }부터 { $end }까지 유효합니다.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = 나의 계획 버전 { $version }. { $start }부터 유효합니다.
label-latest-change = 이번 버전에서 바뀐 점:
changes-heading = 지난 버전 이후 바뀐 점
# Shown where a table cell has nothing recorded.
not-recorded = 기록 없음

## About me

about-me-heading = 나에 대하여
label-preferred-name = 불리고 싶은 이름:
label-pronouns = 나의 대명사:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] 그
    [she] 그녀
   *[they] 그 사람(성별을 드러내지 않는 말)
}
label-identity-language = 나를 표현할 때 원하는 방식:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] 사람을 먼저 쓰는 표현 (예: “장애가 있는 사람”)
    [identity-first] 정체성을 먼저 쓰는 표현 (예: “장애인”)
   *[other] 특별히 원하는 방식 없음
}
label-identity-terms = 내가 나를 표현할 때 쓰는 말:
label-languages = 나의 언어:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = 나는 { $spoken }로 말합니다. 나는 { $written }로 읽고 씁니다.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = 회의가 다른 언어로 진행될 때 나는 { $languages } 통역사가 필요합니다.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] 매우 잘함
    [good] 잘함
    [fair] 어느 정도 함
   *[poor] 조금 함
})
label-residence = 내가 지금 사는 곳:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] 나의 집
    [with-family-or-friends] 가족이나 친구와 함께
    [shelter] 쉼터
    [domestic-violence-shelter] 안전한 쉼터
    [transitional-housing] 임시 주거(전환 주택)
    [recuperative-care] 회복 돌봄 시설
    [supportive-housing] 지원 주택
    [group-home] 그룹홈
    [assisted-living] 생활 지원 주거 시설
    [nursing-facility] 요양 시설
    [hospital] 병원
    [incarcerated] 구치소나 교도소
    [unsheltered] 머물 곳이 없음
   *[other] 다른 곳
}
# $date: a date.
residence-since = { $date }부터
label-name-as-written = 내가 쓰는 내 이름:
label-formats = 내가 필요한 문서 형식:
label-birth-date = 나의 생년월일:
label-legal-name = 나의 법적 이름 (신원 확인용):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] 나의 Medi-Cal 번호 (CIN):
    [state-id] 나의 주 신분증 번호:
    [medical-record-number] 나의 의료 기록 번호:
    [member-id] 나의 건강 플랜 회원 번호:
   *[other] 나의 식별 번호:
}
representatives-heading = 내가 결정을 내리도록 돕는 사람들
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] 나의 후견인
    [conservator] 나의 보호 관리인(conservator)
    [authorized-representative] 나의 공인 대리인
    [power-of-attorney] 나의 위임장을 가진 대리인
    [supported-decision-maker] 나의 의사 결정을 돕는 지원자
   *[other] 나의 대리인
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] 이 사람은 나를 대신해 결정을 내릴 법적 권한이 있습니다.
    [when-person-cannot-decide] 이 사람은 내가 스스로 결정할 수 없을 때에만 나를 대신해 결정을 내릴 법적 권한이 있습니다.
   *[conditional] 이 사람은 다음 조건에서 나를 대신해 결정을 내릴 법적 권한이 있습니다:
}
label-authority-areas = 해당 분야:

## Languages and formats

# The name of a language in English. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] 영어
    [es] 스페인어
    [zh-Hant] 중국어(번체)
    [zh-Hans] 중국어(간체)
    [zh] 중국어
    [yue] 광둥어
    [cmn] 표준 중국어
    [vi] 베트남어
    [ko] 한국어
    [tl] 타갈로그어
    [fil] 필리핀어
    [hy] 아르메니아어
    [hyw] 서아르메니아어
    [ru] 러시아어
    [fa] 페르시아어(파르시)
    [ar] 아랍어
    [km] 크메르어(캄보디아어)
    [hmn] 몽어(Hmong)
    [mww] 몽어(Hmong)
    [pa] 펀자브어
    [hi] 힌디어
    [ja] 일본어
    [th] 태국어
    [lo] 라오어
    [uk] 우크라이나어
    [ium] 미엔어
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] 보통 글자 인쇄물
    [large-print] 큰 글자 인쇄물
    [audio] 오디오
    [braille] 점자
   *[accessible-electronic] 접근 가능한 전자 문서
}

## Who I am

like-and-admire-heading = 사람들이 나에게서 좋아하고 존경하는 점
important-to-heading = 나에게 중요한 것
how-to-support-heading = 나를 지원하는 방법
more-about-me-heading = 나의 강점, 관심사, 재능
strengths-heading = 나의 강점
interests-heading = 나의 관심사
talents-heading = 나의 재능
preferences-heading = 내가 좋아하는 방식
needs-heading = 내가 도움이 필요한 일
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] 나의 신체 건강:
    [oral-health] 나의 치아와 입:
    [behavioral-health] 나의 정신 건강:
    [substance-use] 술과 약물:
    [daily-living] 일상생활:
    [housing] 주거:
    [food] 음식:
    [transportation] 이동:
    [social] 사람들과 지역사회:
    [financial] 돈과 혜택:
    [employment] 일:
    [education] 배움:
    [communication] 의사소통:
    [safety] 안전:
    [end-of-life] 삶의 마지막을 위한 계획:
   *[other] 기타:
}

## Goals

goals-heading = 나의 목표
# $number: the goal's number in the plan.
goal-heading = 목표 { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] 내가 직접 한 말:
    [person-with-support] 도움을 받아 내가 직접 한 말:
    [representative] 나의 대리인이 한 말:
   *[team] 나의 팀이 쓴 내용:
}
own-words-translation-intro = 번역:
label-goal-statement = 나의 목표:
label-target-date = 이루고 싶은 때:
label-goal-status = 진행 상황:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] 아직 시작하지 않음
    [active] 진행 중
    [achieved] 이룸
    [on-hold] 내 선택으로 잠시 멈춤
   *[discontinued] 더 이상 이 목표를 원하지 않음
}
steps-heading = 이 목표를 위한 단계
step-by-me = 내가 직접 함
# $names: the team members (a list) the person does the step with.
step-by-me-with = 내가 직접 함, 함께하는 사람: { $names }
# $who: the name of the team member who helps.
step-who = 도와주는 사람: { $who }
step-who-unknown = 도와주는 사람이 기록되지 않음
# $names: the team members (a list) who do the step together with the person.
step-together-with = 함께하는 사람: { $names }
# $date: a formatted date.
step-by-date = { $date }까지
step-done = 완료
goal-supports-heading = 이 목표를 돕는 지원

## Supports

supports-heading = 나의 지원
paid-supports-heading = 유급 서비스
paid-supports-caption = 나의 계획에 있는 유급 서비스
natural-supports-heading = 가족, 친구, 지역사회의 지원
natural-supports-caption = 내 주변 사람들이 대가 없이 해 주는 지원
natural-supports-none = 나와 나의 팀은 가족, 친구, 지역사회에서 대가 없이 도와줄 사람을 찾아보았지만, 지금은 찾지 못했습니다.
col-support = 지원
col-provider = 제공하는 사람
col-amount = 양과 횟수
col-dates = 기간
col-location = 장소
col-how-i-want-it = 내가 원하는 방식
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = 서비스 코드 및 승인
billing-caption = 나의 서비스 제공자와 건강 플랜을 위한 정보: 나의 유급 서비스 코드와 승인
col-service-code = 서비스 코드
col-authorization = 승인
col-authorized-units = 승인된 단위
col-rate = 단위당 요율
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# The currency code comes first, as in CLDR for this language.
billing-rate = { $currency } { $rate }
label-place-of-service = 서비스 장소:
self-directed = 이 서비스는 내가 직접 관리합니다.
# How much support and how often. $count: the number, for choosing singular or plural; $quantity: the same
# number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
# Korean puts "a day / a week…" before the amount ("주당 12시간") and "one time / when I ask" after it.
support-amount =
    { $interval ->
        [day] 하루{" "}
        [week] 주당{" "}
        [month] 월{" "}
        [year] 연{" "}
        [one-time] {""}
        [as-needed] {""}
       *[none] {""}
    }{ $unit ->
        [minute] { $quantity }분
        [quarter-hour] 15분 단위 { $quantity }회
        [hour] { $quantity }시간
        [half-day] 반나절 { $quantity }회
        [day] { $quantity }일
        [visit] 방문 { $quantity }회
        [session] 세션 { $quantity }회
        [meal] 식사 { $quantity }끼
        [trip] 이동 { $quantity }회
        [mile] { $quantity }마일
        [dollar] { $quantity }달러
       *[item] { $quantity }개
    }{ $interval ->
        [day] {""}
        [week] {""}
        [month] {""}
        [year] {""}
        [one-time] , 1회
        [as-needed] , 내가 요청할 때
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] 매일
    [week] 매주
    [month] 매월
    [year] 매년
    [one-time] 1회
   *[as-needed] 내가 요청할 때
}
# $start and $end: formatted dates.
date-range = { $start }~{ $end }
# $start: a formatted date.
date-from = { $start }부터

## Safety

safety-heading = 내가 감수하기로 선택한 위험과 나를 안전하게 지키는 방법
risks-caption = 위험, 나의 선택, 안전하게 지내는 방법
col-risk = 위험
col-my-choice = 나의 선택
col-stay-safe = 안전하게 지내는 방법
backup-plan-heading = 나의 비상 대책
backup-contacts-intro = 이 순서대로 연락하세요:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = 내 지원 중 하나가 오지 않을 때
emergency-contacts-heading = 나의 비상 연락처

## Setting and choice

setting-heading = 내가 사는 곳과 나의 선택
label-setting = 내가 사는 곳:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] 나의 집
    [family-home] 가족의 집
    [supportive-housing] 지원 주택
    [shared-living] 공동 생활 주택
    [residential-facility] 주거형 돌봄 시설
    [unhoused] 쉼터 또는 일정한 주소 없음
   *[other] 다른 곳
}
setting-chosen = 내가 사는 곳은 내가 선택했습니다.
setting-not-chosen = 내가 사는 곳은 내가 선택하지 않았습니다.
alternatives-heading = 내가 고려했던 다른 곳들
services-offered = 나는 서비스를 선택할 기회를 받았습니다.
services-not-offered = 나는 서비스를 선택할 기회를 받지 못했습니다.
services-selected = 나는 내 서비스를 고르는 데 참여했습니다.
services-not-selected = 나는 내 서비스를 고르는 데 참여하지 않았습니다.
providers-offered = 나는 각 서비스를 누가 제공할지 선택할 기회를 받았습니다.
providers-not-offered = 나는 내 서비스를 누가 제공할지 선택할 기회를 받지 못했습니다.
providers-informed = 나는 제공자를 고르는 데 필요한 정보를 받았습니다.
providers-not-informed = 나는 제공자를 고르는 데 필요한 정보를 받지 못했습니다.
services-agree = 나는 내 계획에 있는 서비스에 동의합니다.
services-not-agree = 나는 내 계획에 있는 서비스 모두에 동의하지는 않습니다.
label-reason-not-offered = 내가 선택할 수 없었던 이유:

## Modifications of my rights

modifications-heading = 내가 사는 곳에서 나의 권리에 대한 제한
modifications-intro = 권리는 여기에 적힌 이유가 있고 내가 동의할 때만 제한할 수 있으며, 정해진 일정에 따라 검토합니다.
# $number: the number of the change.
modification-heading = 제한 { $number }
label-right-modified = 제한되는 권리:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] 이 제한이 필요한 이유:
    [prior-interventions] 먼저 해 본 것:
    [less-intrusive-methods] 먼저 해 본 덜 제한적인 방법과 그 방법이 효과가 없었던 이유:
    [condition-description] 정확한 제한 내용:
    [data-collection] 효과가 있는지 확인하는 방법:
    [review-time-limits] 검토하는 때:
    [informed-consent] 나의 동의:
   *[no-harm-assurance] 나에게 해가 되지 않도록 확인하는 방법:
}

## Programs

ecm-heading = 나의 강화된 케어 관리(ECM)
label-lead-care-manager = 나의 담당 케어 매니저:
label-assessment-date = 나의 평가 날짜:
label-care-domains = 나의 계획이 다루는 영역:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] 신체 건강
    [behavioral] 정신 건강
    [substance-use] 술과 약물 사용
    [ltss] 장기 서비스 및 지원
    [oral] 치아 건강
    [palliative] 편안함을 위한 돌봄(완화 치료)
   *[social-needs] 주거, 음식, 그 밖의 일상 필요
}
housing-heading = 나의 주거 지원 계획
housing-barriers-heading = 나에게 주거를 어렵게 하는 것
housing-short-term-heading = 나의 단기 주거 목표
housing-long-term-heading = 나의 장기 주거 목표
housing-other-services-heading = 도움이 되는 다른 서비스
label-measure = 확인하는 방법:

## Team

team-heading = 나의 팀
team-caption = 나의 팀에 있는 사람들
col-name = 이름
col-role = 역할
col-organization = 기관 또는 관계
col-contact = 연락처
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] 케어 코디네이터
    [lead-care-manager] 담당 케어 매니저
    [housing-navigator] 주거 안내 담당자
    [provider] 서비스 제공자
    [clinician] 의료 제공자
    [family] 가족
    [friend] 친구
    [peer-support] 동료 지원가
    [representative] 대리인
    [decision-supporter] 의사 결정 지원자
   *[other] 팀원
}

## Rights

rights-heading = 나의 권리
right-review-any-time = 나는 언제든지 내 계획의 검토를 요청할 수 있습니다.
# $language: the name of the person's written language (from the "language" message).
right-copy = 나는 내 계획의 사본을 { $language }로, 내가 필요한 형식으로 받습니다.
right-say-no = 나는 내 계획에 있는 어떤 서비스든 거절할 수 있습니다.

## Review

review-heading = 나의 계획 검토
label-last-review = 마지막 검토:
label-next-review = 다음 검토 기한:
label-plan-monitor = 내 계획이 나에게 잘 맞는지 점검하는 사람:
review-triggers-intro = 다음과 같은 때에도 내 계획을 검토합니다:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] 적어도 1년에 한 번
    [change-in-circumstances] 내 삶이나 필요가 바뀔 때
    [person-request] 내가 요청할 때
    [hospital-discharge] 병원에서 퇴원한 뒤
   *[provider-change] 서비스 제공자가 바뀔 때
}
monitoring-heading = 나의 계획 진행 상황
delivered-as-planned = 나의 지원은 계획대로 제공되었습니다.
not-delivered-as-planned = 나의 지원이 모두 계획대로 제공되지는 않았습니다.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] 내가 한 말
    [representative] 나의 대리인이 한 말
    [natural-support] 나와 가까운 사람이 한 말
   *[provider] 서비스 제공자가 한 말
}

## Signatures and copies

signatures-heading = 서명
signatures-caption = 내 계획에 서명한 사람
col-date = 날짜
# $role: who signs.
signer-role = { $role ->
    [person] 나
    [representative] 나의 대리인
    [planner] 나의 계획 작성자
    [provider] 서비스 제공자
   *[witness] 증인
}
unable-to-sign = 서명할 수 없었음:
# $witness: the witness's name.
unable-to-sign-witness = (증인: { $witness })
distribution-heading = 사본을 받은 사람
distribution-caption = 내 계획의 사본
col-language = 언어
col-format = 형식
# $role: who received the copy.
recipient-role = { $role ->
    [person] 나
    [representative] 나의 대리인
    [provider] 서비스 제공자
    [team-member] 팀원
   *[health-plan] 나의 건강 플랜
}
