## Tej yam pom txog kev teeb tsa thiab kev ua tiav (cov cai S1–S17): ib kab lus rau ib qhov teeb meem,
## txhua kab muaj `.help` qhia kho li cas. Sau rau tus neeg pab npaj kev saib xyuas, siv lus yooj yim.

## S1
s1-family-name-missing = Tsis muaj tus neeg lub xeem.
    .help = Sau lub xeem raws li nyob ntawm tus neeg daim npav txais kev pab.
s1-given-name-missing = Tsis muaj tus neeg lub npe.
    .help = Sau tsawg kawg ib lub npe raws li nyob ntawm tus neeg daim npav txais kev pab.
s1-identifier-missing = Phiaj xwm tsis muaj tus lej cim rau tus neeg.
    .help = Ntxiv tus neeg Tus Lej Medi-Cal Client Index Number (CIN) los yog tus lej Medicaid.
s1-identifier-empty = Tus lej cim no tsis muaj lej.
    .help = Sau tus lej, los yog muab kab no tshem tawm.

## S2
s2-end-before-start = Phiaj xwm xaus ua ntej nws pib.
    .help = Saib ob hnub tim. Hnub xaus yuav tsum yog tib hnub los yog tom qab hnub pib.

## S3
s3-no-goals = Phiaj xwm tsis muaj hom phiaj.
    .help = Nug tus neeg seb nws xav tau dab tsi hauv nws lub neej. Sau txhua lub hom phiaj, siv nws tej lus yog ua tau.
s3-goal-text-missing = Lub hom phiaj no tsis muaj lus.
    .help = Sau lub hom phiaj siv lus yooj yim, los yog muab tshem tawm.

## S4
s4-no-strength = Phiaj xwm tsis hais tias tus neeg txawj dab tsi.
    .help = Nug tus neeg, thiab cov neeg uas paub nws zoo, seb nws ua dab tsi tau zoo thiab luag nyiam nws qhov twg. Ntxiv rau hauv ntu txuj ci.
s4-no-preference = Phiaj xwm tsis hais tias tus neeg nyiam los yog xav tau dab tsi.
    .help = Nug tus neeg seb nws nyiam dab tsi, tsis nyiam dab tsi, thiab nws xav kom ua tej yam li cas. Ntxiv rau hauv ntu tej yam nyiam.

## S5
s5-no-needs = Phiaj xwm tsis muaj kev xav tau uas tau ntsuam xyuas.
    .help = Ntxiv txhua yam kev xav tau uas kev ntsuam xyuas pom, siv lus yooj yim, thiab hais seb los ntawm qhov kev ntsuam xyuas twg.
s5-need-text-missing = Qhov kev xav tau no tsis muaj lus.
    .help = Sau qhov kev xav tau siv lus yooj yim, los yog muab tshem tawm.

## S6
s6-name-missing = Qhov kev pab them nyiaj no tsis muaj npe.
    .help = Sau lub npe ntawm qhov kev pab, raws li nyob ntawm daim ntawv tso cai kev pab.
s6-provider-missing = Qhov kev pab them nyiaj no tsis hais tias leej twg muab.
    .help = Sau lub npe ntawm lub koom haum los yog tus neeg ua haujlwm uas muab qhov kev pab.
s6-quantity-missing = Qhov kev pab them nyiaj no tsis hais tias tus neeg tau txais npaum li cas.
    .help = Sau seb tus neeg tau txais pes tsawg feem, piv txwv 20.
s6-quantity-not-positive = Tus nqi ntawm qhov kev pab them nyiaj no yuav tsum ntau tshaj xoom.
    .help = Sau seb tus neeg tau txais pes tsawg feem. Muab tus lej piv rau daim ntawv tso cai kev pab.
s6-unit-missing = Qhov kev pab them nyiaj no tsis muaj chav suav.
    .help = Xaiv chav suav, piv txwv teev, zaus tuaj ntsib los yog zaus caij tsheb.
s6-interval-missing = Qhov kev pab them nyiaj no tsis hais tias muaj ntau zaus npaum li cas.
    .help = Xaiv ntau zaus npaum li cas: ib hnub, ib lub lim tiam, ib hlis los yog ib xyoos, ib zaug xwb, los yog thaum xav tau.
s6-start-missing = Qhov kev pab them nyiaj no tsis muaj hnub pib.
    .help = Sau thawj hnub ntawm qhov kev pab, los ntawm daim ntawv tso cai kev pab.

## S7
s7-start-before-plan = Qhov kev pab no pib ua ntej phiaj xwm pib.
    .help = Saib hnub tim. Ib qho kev pab pib tau rau phiaj xwm thawj hnub los yog tom qab.
s7-start-after-plan = Qhov kev pab no pib tom qab phiaj xwm xaus.
    .help = Saib hnub tim. Yog qhov kev pab pib tom qab, muab tso rau hauv phiaj xwm tom ntej.
s7-end-before-start = Qhov kev pab no xaus ua ntej nws pib.
    .help = Saib ob hnub tim. Hnub xaus yuav tsum yog tib hnub los yog tom qab hnub pib.
s7-end-after-plan = Qhov kev pab no xaus tom qab phiaj xwm xaus.
    .help = Cia qhov kev pab xaus rau phiaj xwm hnub kawg los yog ua ntej. Yog tseem mus ntxiv, muab coj mus rau phiaj xwm tom ntej.
s7-end-before-plan = Qhov kev pab no xaus ua ntej phiaj xwm pib.
    .help = Saib hnub tim. Yog qhov kev pab tas lawm, muab tshem tawm ntawm phiaj xwm no.

## S8
s8-no-link = Qhov kev pab no tsis txuas rau ib lub hom phiaj los yog ib qho kev xav tau.
    .help = Txuas cov hom phiaj uas qhov kev pab no pab, los yog cov kev xav tau uas nws pab tau. Yog nws tsis pab ib yam dab tsi hauv phiaj xwm, nug seb puas tseem xav tau.
s8-goal-not-found = Qhov kev pab no txuas rau ib lub hom phiaj uas tsis nyob hauv phiaj xwm.
    .help = Txuas ib lub hom phiaj uas nyob hauv phiaj xwm, los yog tshem qhov txuas tawm.
s8-need-not-found = Qhov kev pab no txuas rau ib qho kev xav tau uas tsis nyob hauv phiaj xwm.
    .help = Txuas ib qho kev xav tau uas nyob hauv phiaj xwm, los yog tshem qhov txuas tawm.

## S9
s9-goal-without-step-or-support = Lub hom phiaj no tsis muaj kauj ruam thiab tsis muaj kev pab.
    .help = Nrog tus neeg sau thawj kauj ruam thiab leej twg yuav ua, los yog txuas ib qho kev pab uas pab lub hom phiaj no.

## S10
s10-no-natural-support = Phiaj xwm tsis muaj kev pab dawb, xws li tsev neeg los yog phooj ywg.
    .help = Nug tus neeg seb leej twg pab nws yam tsis tau nyiaj, thiab ntxiv lawv. Yog tsis muaj leej twg, cim tias nrhiav tsis tau.

## S11
s11-provider-missing = Qhov kev pab dawb no tsis hais tias leej twg pab.
    .help = Sau lub npe ntawm tus neeg uas pab, thiab lawv paub tus neeg li cas.
s11-relationship-missing = Qhov kev pab dawb no tsis hais tias tus pab paub tus neeg li cas.
    .help = Sau seb lawv txheeb ze li cas, siv tus neeg tej lus, piv txwv muam, neeg zej zog los yog phooj ywg hauv pawg ntseeg.

## S12
s12-mitigation-missing = Qhov kev pheej hmoo no tsis muaj phiaj xwm los txo.
    .help = Sau seb tus neeg thiab pab neeg yuav ua li cas kom qhov kev pheej hmoo no tsis tshwm sim yooj yim los yog tsis ua mob ntau.
s12-backup-plan-missing = Phiaj xwm tsis muaj phiaj xwm thaub qab.
    .help = Sau seb hu rau leej twg, thiab ua raws li kab twg, thaum tus pab tsis tuaj los yog muaj xwm txheej ceev.
s12-backup-plan-missing-critical = Phiaj xwm tsis muaj phiaj xwm thaub qab, thiab muaj tej qho kev pab hauv phiaj xwm uas tseem ceeb heev rau tus neeg kev noj qab haus huv los yog kev nyab xeeb.
    .help = Sau seb hu rau leej twg, thiab ua raws li kab twg, thaum ib qho kev pab tseem ceeb tsis tuaj. Yuav tsum ua qhov no ua ntej phiaj xwm ua tiav.

## S13
s13-setting-choice-missing = Phiaj xwm tsis hais tias tus neeg xaiv nws qhov chaw nyob li cas.
    .help = Sau seb tus neeg nyob qhov twg, tias nws yog tus xaiv, thiab lwm qhov chaw uas nws tau xav txog.
s13-setting-not-chosen = Phiaj xwm tsis qhia tias tus neeg tau xaiv nws qhov chaw nyob.
    .help = Nrog tus neeg tham txog qhov chaw uas nws xav nyob. Sau nws qhov kev xaiv tseg.
s13-no-alternatives = Phiaj xwm tsis teev lwm qhov chaw uas tus neeg tau xav txog mus nyob.
    .help = Sau lwm qhov chaw uas tus neeg tau mus saib los yog tau tham txog, nrog rau tej qhov chaw uas tsis yog rau cov neeg muaj kev xiam oob qhab xwb.
s13-service-choice-missing = Phiaj xwm tsis hais tias tus neeg puas tau xaiv kev pab thiab cov neeg muab kev pab.
    .help = Sau tseg tias tau muab kev xaiv kev pab thiab kev xaiv neeg muab kev pab rau tus neeg, thiab nws xaiv dab tsi.
s13-services-not-offered = Tsis tau muab kev xaiv kev pab rau tus neeg, thiab phiaj xwm tsis hais vim li cas.
    .help = Muab kev xaiv kev pab rau tus neeg. Yog tsis muaj kev xaiv, sau qhov laj thawj.
s13-providers-not-offered = Tsis tau muab kev xaiv neeg muab kev pab rau tus neeg, thiab phiaj xwm tsis hais vim li cas.
    .help = Muab kev xaiv neeg muab kev pab rau tus neeg. Yog tsis muaj kev xaiv, piv txwv tsuas muaj ib tus neeg muab kev pab hauv cheeb tsam, sau qhov laj thawj.

## S14
s14-no-plan-monitor = Phiaj xwm tsis hais tias leej twg saib xyuas kom ua raws li phiaj xwm.
    .help = Sau lub npe ntawm tus neeg pab npaj kev saib xyuas uas yuav saib xyuas phiaj xwm, nrog nws tus xov tooj.

## S15
s15-right-missing = Qhov kev txwv tus neeg txoj cai no tsis hais tias nws txwv txoj cai twg.
    .help = Sau seb txoj cai twg raug txwv, piv txwv muaj tus yuam sij los yog tau noj mov txhua lub sij hawm.
s15-item-missing = { $item ->
        [assessedNeed] Qhov kev txwv tus neeg txoj cai no tsis hais tias nws yog rau qhov kev xav tau twg uas tau ntsuam xyuas.
        [priorInterventions] Qhov kev txwv tus neeg txoj cai no tsis hais tias tau siv tej kev pab zoo twg ua ntej.
        [lessIntrusiveMethods] Qhov kev txwv tus neeg txoj cai no tsis hais tias tau sim tej txoj kev mos dua twg ua ntej.
        [conditionDescription] Qhov kev txwv tus neeg txoj cai no tsis piav tias qhov kev txwv yog dab tsi.
        [dataCollection] Qhov kev txwv tus neeg txoj cai no tsis hais tias yuav sau thiab tshuaj xyuas cov ntaub ntawv li cas.
        [reviewTimeLimits] Qhov kev txwv tus neeg txoj cai no tsis hais tias thaum twg yuav tshuaj xyuas.
        [informedConsent] Qhov kev txwv tus neeg txoj cai no tsis qhia tias tus neeg tau paub meej thiab pom zoo.
        [noHarmAssurance] Qhov kev txwv tus neeg txoj cai no tsis cog lus tias nws yuav tsis ua kom raug mob.
       *[other] Qhov kev txwv tus neeg txoj cai no tsis muaj ib yam uas yuav tsum muaj.
    }
    .help = Nrog tus neeg thiab pab neeg sau yam no. Kev txwv txoj cai tsuas nyob tau hauv phiaj xwm thaum sau tag nrho yim yam lawm xwb.

## S16
s16-ecm-section-missing = Phiaj xwm tsis muaj ntu Kev Tswj Xyuas Kev Saib Xyuas Ntxiv (ECM).
    .help = Ntxiv ntu ECM nrog Tus Thawj Tswj Xyuas Kev Saib Xyuas thiab cov ntsiab kev saib xyuas uas phiaj xwm npog.
s16-domain-missing = { $domain ->
        [physical] Phiaj xwm saib xyuas tsis npog kev noj qab haus huv ntawm lub cev.
        [behavioral] Phiaj xwm saib xyuas tsis npog kev noj qab haus huv ntawm lub hlwb thiab lub siab.
        [substance-use] Phiaj xwm saib xyuas tsis npog kev siv cawv thiab yeeb tshuaj.
        [ltss] Phiaj xwm saib xyuas tsis npog kev pab thiab kev saib xyuas mus ntev.
        [oral] Phiaj xwm saib xyuas tsis npog kev noj qab haus huv ntawm cov hniav thiab qhov ncauj.
        [palliative] Phiaj xwm saib xyuas tsis npog kev saib xyuas kom xis nyob (palliative care).
        [social-needs] Phiaj xwm saib xyuas tsis npog tej kev xav tau hauv lub neej, xws li zaub mov thiab vaj tse.
       *[other] Phiaj xwm saib xyuas tsis npog ib qho ntsiab kev saib xyuas.
    }
    .help = Nrog tus tswv cuab tham txog qhov no. Ntxiv tej kev xav tau, hom phiaj los yog kev pab, thiab cim tias npog lawm.

## S17
s17-housing-plan-missing = Phiaj xwm tsis muaj Phiaj Xwm Pab Txog Vaj Tse.
    .help = Nrog tus neeg sau ib daim Phiaj Xwm Pab Txog Vaj Tse: yam ua rau nrhiav vaj tse nyuaj, thiab cov hom phiaj luv thiab ntev.
s17-no-barriers = Phiaj Xwm Pab Txog Vaj Tse tsis teev tej yam ua rau tus neeg nrhiav vaj tse nyuaj.
    .help = Sau tej teeb meem ntawm kev nrhiav los yog kev khaws vaj tse, piv txwv tsis muaj daim ntawv pov thawj (ID) los yog tau raug ntiab tawm yav dhau los.
s17-no-short-term-goal = Phiaj Xwm Pab Txog Vaj Tse tsis muaj hom phiaj luv.
    .help = Sau ib lub hom phiaj vaj tse rau ob peb lub lim tiam tom ntej, thiab koj yuav ntsuas li cas.
s17-no-long-term-goal = Phiaj Xwm Pab Txog Vaj Tse tsis muaj hom phiaj ntev.
    .help = Sau ib lub hom phiaj vaj tse rau ib xyoos tom ntej, thiab koj yuav ntsuas li cas.
s17-goal-text-missing = Lub hom phiaj vaj tse no tsis muaj lus.
    .help = Sau lub hom phiaj siv lus yooj yim, los yog muab tshem tawm.
