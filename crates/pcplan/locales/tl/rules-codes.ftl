## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = Wala ang service code na ito sa mga code set ng coding system nito.
    .help = Tingnan ang code sa awtorisasyon ng health plan. Kung ginagamit ng inyong health plan ang code na ito, idagdag ito sa code set file ng inyong ahensya.
s18-modifiers-not-listed = Ang mga modifier na ito ay hindi nakalistang kombinasyon para sa service code na ito.
    .help = Kopyahin ang mga modifier, sa pagkakasunod-sunod, mula sa awtorisasyon.
s18-unit-not-listed = Hindi binibilang ang service code na ito sa unit of service na ito.
    .help = Gamitin ang isa sa mga unit na ito: { $units }.
