## Findings of the rules on text written about and for the person (T1–T6).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits, counts, and phrases and suggestions from pcplan's own lexicon.

## T1
t1-legal-name-used = Ginagamit ng tekstong ito ang legal na pangalan ng tao, hindi ang pangalang gusto niyang itawag sa kanya.
    .help = Gamitin dito ang gustong pangalan ng tao. Sa seksyon ng pagkakakilanlan lang gamitin ang legal na pangalan.
t1-other-pronouns = Gumagamit ang tekstong ito ng mga panghalip na hindi sa tao.
    .help = Gamitin ang sariling mga panghalip ng tao. Kung ibang tao ang tinutukoy ng panghalip, puwede itong iwan.

## T2
t2-goal-not-in-own-words = Hindi nakasulat ang layuning ito sa sariling salita ng tao.
    .help = Itanong sa tao kung ano ang gusto niya at isulat ito nang eksakto kung paano niya sinabi. Kung may tumulong sa kanya, isulat din iyon.

## T3
t3-reading-grade-too-high = Nasa antas ng pagbasa ng mga grade { $grade } ang tekstong ito. Layunin ang grade { $target } o mas mababa.
    .help = Gumamit ng maiikling pangungusap at mga karaniwang salita. Sabihin kung sino ang gagawa ng ano.
t3-unexplained-acronym = Gumagamit ang tekstong ito ng daglat na hindi ipinaliwanag kahit saan sa plano.
    .help = Isulat nang buo ang mga salita sa unang beses, at ilagay ang daglat pagkatapos nito sa loob ng panaklong.

## T4
t4-deficit-language = Ginagamit ng tekstong ito ang “{ $avoid }”, na puwedeng parang tatak o paninisi.
    .help = Subukan sa halip: { $suggest }. O sabihin kung ano ang nangyari, sa simpleng salita.

## T5
t5-own-words-third-person = Dapat ay sariling salita ito ng tao, pero tinutukoy siya bilang “siya” o sa kanyang pangalan.
    .help = Isulat ang sinabi ng tao, nang eksakto kung paano niya sinabi, gaya ng “Gusto kong…”. Ilagay ang buod ng team sa pahayag ng layunin.
t5-institutional-label = Tinatawag ng tekstong ito ang tao na “ang kliyente” o katulad na tatak.
    .help = Gamitin sa halip ang gustong pangalan ng tao.

## T6
t6-translation-not-reviewed = Hindi pa nasusuri ng kwalipikadong tagasalin ang mga heading at label ng plano sa wika ng tao.
    .help = Hilingin sa isang kwalipikadong tagasalin na suriin ang mga ito, at itala ang pagsusuri. Hanggang doon, basahin ang plano kasama ang tao at isang interpreter.
t6-no-locale = Wala pa sa pcplan ang wika ng tao, kaya nasa Ingles ang mga heading at label ng plano.
    .help = Idagdag ang wika ng tao sa pcplan, o bigyan ang tao ng kopyang isinalin ng isang kwalipikadong tagasalin.
