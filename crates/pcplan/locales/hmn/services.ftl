## Cov ntaub ntawv xa nqi (SV1–SV7): cov ntaub ntawv kev pab piv rau cov cai xa nqi thiab daim ntawv tso cai.
## Txhua kab lus muaj `.help` qhia txoj kev kho. Cov lus sib cav tsuas yog cov lej xwb, tsis muaj ntaub ntawv ntawm daim ntawv.

services-unknown-support = Daim ntawv no hais txog ib qho kev pab uas tsis muaj cov cai xa nqi, yog li nws tsis raug xa nqi.
    .help = Ntxiv cov cai xa nqi ntawm qhov kev pab (tus lej kev pab, chav kev pab, tus nqi), los yog kho tus id ntawm qhov kev pab hauv daim ntawv.
services-outside-billing-period = Qhov kev pab no tau muab sab nraum lub sijhawm xa nqi, yog li nws tsis nyob hauv daim ntawv thov nyiaj no.
    .help = Xa nqi rau nws nrog lub sijhawm uas tau muab qhov kev pab.
services-outside-authorization = Qhov kev pab no poob sab nraum hnub ntawm daim ntawv tso cai, yog li nws tsis raug xa nqi.
    .help = Thov lub phiaj xwm kho mob txuas ntxiv los yog rov ua daim ntawv tso cai tshiab, los yog kho hnub ntawm daim ntawv.
services-units-capped = Tsuas xa nqi { $billed } ntawm { $requested } chav xwb: daim ntawv tso cai pub { $authorized } chav tag nrho.
    .help = Thov lub phiaj xwm kho mob kom tau chav ntxiv, los yog xa nqi rau cov seem tsuas yog thaum lub phiaj xwm pom zoo them dhau daim ntawv tso cai.
services-units-above-authorization = { $over } chav raug xa nqi dhau { $authorized } chav uas tau tso cai.
    .help = Nug lub phiaj xwm kho mob ua ntej xa daim ntawv thov nyiaj: cov chav dhau daim ntawv tso cai feem ntau raug tsis lees txais.
services-missing-minutes = Daim ntawv ntawm qhov kev pab suav sijhawm no tsis muaj feeb thiab tsis muaj chav, yog li nws tsis raug xa nqi.
    .help = Sau tias qhov kev pab siv pes tsawg feeb.
services-below-one-unit = Cov feeb hnub ntawd tsis txog ib chav uas xa nqi tau.
    .help = Yog daim ntawv yog lawm, tsis tas kho dab tsi: raws li txoj cai suav, kev sib cuag luv luv tsis raug xa nqi.
