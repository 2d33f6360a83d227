## Findings of the rules on text written about and for the person (T1–T6).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits, counts, and phrases and suggestions from pcplan's own lexicon.

## T1
t1-legal-name-used = 이 글에는 본인이 불리기 원하는 이름이 아니라 법적 이름이 쓰여 있습니다.
    .help = 여기에는 본인이 원하는 이름을 쓰세요. 법적 이름은 신원 확인 항목에만 쓰세요.
t1-other-pronouns = 이 글에는 본인의 것이 아닌 대명사가 쓰여 있습니다.
    .help = 본인이 쓰는 대명사를 쓰세요. 다른 사람을 가리키는 대명사라면 그대로 두어도 됩니다.

## T2
t2-goal-not-in-own-words = 이 목표는 본인의 말로 쓰여 있지 않습니다.
    .help = 본인에게 무엇을 원하는지 묻고, 말한 그대로 적으세요. 도움을 받아 말했다면 그 사실도 표시하세요.

## T3
t3-reading-grade-too-high = 이 글은 약 { $grade }학년 읽기 수준입니다. { $target }학년 이하를 목표로 하세요.
    .help = 짧은 문장과 일상적인 단어를 쓰세요. 누가 무엇을 하는지 분명히 쓰세요.
t3-unexplained-acronym = 이 글에는 계획서 어디에도 설명되지 않은 약어가 있습니다.
    .help = 처음 쓸 때는 전체 단어를 쓰고, 그 뒤 괄호 안에 약어를 쓰세요.

## T4
t4-deficit-language = 이 글에 쓰인 “{ $avoid }”라는 표현은 낙인이나 비난처럼 들릴 수 있습니다.
    .help = 대신 이렇게 써 보세요: { $suggest }. 또는 무슨 일이 있었는지 쉬운 말로 쓰세요.

## T5
t5-own-words-third-person = 본인의 말이어야 하는 부분인데, 본인을 “그”, “그녀” 또는 이름으로 부르고 있습니다.
    .help = 본인이 한 말을 “나는 …을 원해요”처럼 말한 그대로 적으세요. 팀의 요약은 목표 문장에 쓰세요.
t5-institutional-label = 이 글은 본인을 “고객”이나 비슷한 호칭으로 부르고 있습니다.
    .help = 대신 본인이 원하는 이름을 쓰세요.

## T6
t6-translation-not-reviewed = 본인의 언어로 된 계획서 제목과 항목명을 자격을 갖춘 번역사가 아직 검토하지 않았습니다.
    .help = 자격을 갖춘 번역사에게 검토를 요청하고, 검토 사실을 기록하세요. 그때까지는 본인과 통역사와 함께 계획서를 살펴보세요.
t6-no-locale = pcplan에 본인의 언어가 없어서 계획서의 제목과 항목명이 영어로 나옵니다.
    .help = pcplan에 본인의 언어를 추가하거나, 자격을 갖춘 번역사가 번역한 사본을 본인에게 드리세요.
