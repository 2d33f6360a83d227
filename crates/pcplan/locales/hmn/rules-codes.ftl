## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = Tus lej kev pab no tsis muaj nyob rau hauv cov lej ntawm nws lub kaw lus.
    .help = Saib tus lej ntawm daim ntawv tso cai ntawm lub phiaj xwm kho mob. Yog nws siv tus lej no, ntxiv rau hauv koj lub koom haum cov ntaub ntawv lej.
s18-modifiers-not-listed = Cov modifier no tsis yog ib pawg uas muaj npe rau tus lej kev pab no.
    .help = Luam cov modifier, raws li kab, ntawm daim ntawv tso cai.
s18-unit-not-listed = Tus lej kev pab no tsis suav los ntawm chav kev pab no.
    .help = Siv ib chav no: { $units }.
