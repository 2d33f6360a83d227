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

## Cov yam pom thaum saib xyuas (SM1–SM6): kev pab uas tau muab piv rau qhov phiaj xwm hais. Cov lus sib cav yog cov lej.

monitor-not-in-plan = Daim ntawv no hais txog ib qho kev pab uas tsis muaj nyob hauv phiaj xwm.
    .help = Kho tus id ntawm qhov kev pab hauv daim ntawv, los yog nrog tus neeg ntxiv qhov kev pab rau hauv phiaj xwm ua ntej muab.
monitor-outside-support-dates = Qhov kev pab no tau muab sab nraum cov hnub ntawm qhov kev pab hauv phiaj xwm.
    .help = Kho hnub ntawm daim ntawv, los yog nrog tus neeg hloov cov hnub ntawm qhov kev pab hauv phiaj xwm.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = Lub sijhawm no tsuas muab tau { $percent }% ntawm qhov phiaj xwm hais xwb.
    .help = Nug tus neeg thiab tus neeg muab kev pab tias dab tsi thaiv, thiab nrhiav txoj kev muab kom txog, los yog nrog tus neeg hloov phiaj xwm.
monitor-above-plan = Lub sijhawm no tau muab { $percent }% ntawm qhov phiaj xwm hais.
    .help = Xyuas kom cov ntaub ntawv yog; yog tus neeg xav tau ntxiv, nrog nws hloov phiaj xwm (thiab daim ntawv tso cai).
monitor-missing-authorization = Tau muab kev pab raws li ib tus lej uas lub phiaj xwm kho mob tsuas them thaum muaj daim ntawv tso cai xwb, tiam sis qhov kev pab no tsis muaj daim ntawv tso cai.
    .help = Thov daim ntawv tso cai ntawm lub phiaj xwm kho mob thiab sau nws tus lej rau hauv qhov kev pab; txog thaum ntawd, cov kev pab no yuav tsis tau them.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = Muaj { $missed } zaug teem tseg sib law liag uas tsis tau muab qhov kev pab no ({ $scheduled } zaug teem tseg hauv lub sijhawm no).
    .help = Hu rau tus neeg thiab tus neeg muab kev pab: yog ncua ntev, tej zaum qhov kev pab tau nres lawm tsis muaj leej twg pom.

## "Kuv cov kev pab mus li cas": daim ntawv rau tus neeg qhia txog yam nws tau txais, nrog rau qhov nws lub phiaj xwm hais.

# The document's title. $name: the person's name.
services-title = Kuv cov kev pab mus li cas: { $name }
services-heading = Kuv cov kev pab mus li cas
# $from and $to: the first and last day of the period, already formatted.
services-intro = Nplooj ntawv no qhia tias kuv tau txais dab tsi ntawm kuv cov kev pab txij { $from } txog { $to }, nrog rau qhov kuv lub phiaj xwm hais.
services-plan-says = Kuv lub phiaj xwm hais tias:
services-i-got = Yam kuv tau txais:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count } zaug
services-none-delivered = Tsis muaj dab tsi sau tseg rau lub sijhawm no.
services-last = Zaum kawg:
services-as-planned = Qhov no yuav luag raws li kuv lub phiaj xwm hais.
services-below = Qhov no tsawg dua qhov kuv lub phiaj xwm hais.
services-above = Qhov no ntau dua qhov kuv lub phiaj xwm hais.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } zaug sib law liag, qhov kev pab tsis tuaj raws sijhawm uas kuv lub phiaj xwm hais.
services-none = Tsis muaj kev pab sau tseg rau lub sijhawm no.
services-talk = Yog muaj dab tsi tsis yog, kuv tham tau nrog kuv tus neeg pab npaj kev saib xyuas. Kuv thov tau kom hloov kuv lub phiaj xwm txhua lub sij hawm.

## Lub rooj siv kev pab rau cov neeg ua haujlwm: ib kab rau txhua qhov kev pab hauv lub sijhawm no.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = Kev pab txij { $from } txog { $to }
utilization-col-support = Kev pab
utilization-col-planned = Raws phiaj xwm
utilization-col-delivered = Tau muab
utilization-col-services = Pes tsawg zaus
utilization-col-authorization = Daim ntawv tso cai
utilization-col-used = Chav siv lawm
utilization-col-remaining = Chav tshuav
utilization-col-missed = Ncua ntev tshaj plaws
utilization-not-tracked = tsis muaj nyob hauv cov ntaub ntawv no
utilization-findings = Cov yam pom
