## Tej yam pom los ntawm cov cai txog ntawv sau hais txog thiab sau rau tus neeg (T1–T6).
## Ib kab lus rau ib qhov teeb meem, txhua kab muaj `.help` qhia kho li cas.

## T1
t1-legal-name-used = Cov ntawv no siv tus neeg lub npe raws cai, tsis yog lub npe uas nws nyiam kom luag hu.
    .help = Siv lub npe uas tus neeg nyiam ntawm no. Tseg lub npe raws cai rau ntu qhia txog tus kheej xwb.
t1-other-pronouns = Cov ntawv no siv tej lo lus hu (pronouns) uas tsis yog tus neeg li.
    .help = Siv tej lo lus hu uas tus neeg xaiv. Yog lo lus ntawd hais txog lwm tus, koj tseg tau.

## T2
t2-goal-not-in-own-words = Lub hom phiaj no tsis yog tus neeg tej lus.
    .help = Nug tus neeg seb nws xav tau dab tsi thiab sau nws tej lus raws li nws hais. Yog nws hais los ntawm kev pab, sau qhov ntawd tseg.

## T3
t3-reading-grade-too-high = Cov ntawv no nyuaj nyeem npaum li qib { $grade }. Sim kom yog qib { $target } los yog qis dua.
    .help = Siv kab lus luv thiab tej lo lus siv txhua hnub. Hais seb leej twg ua dab tsi.
t3-unexplained-acronym = Cov ntawv no siv ib lo lus luv (cov tsiaj ntawv luv) uas tsis tau piav qhov twg hauv phiaj xwm.
    .help = Thawj zaug, sau tag nrho cov lus, thiab muab lo lus luv tso rau hauv kab cim ( ) tom qab.

## T4
t4-deficit-language = Cov ntawv no siv "{ $avoid }", uas hnov zoo li muab tus neeg cim npe los yog liam nws.
    .help = Sim siv qhov no: { $suggest }. Los yog hais seb tau muaj dab tsi tshwm sim, siv cov lus yooj yim.

## T5
t5-own-words-third-person = Cov no yuav tsum yog tus neeg tej lus, tab sis nws hais txog tus neeg ua "nws" los yog hu nws lub npe.
    .help = Sau raws li tus neeg hais tiag, xws li "Kuv xav…". Muab pab neeg cov lus luv tso rau hauv lub hom phiaj.
t5-institutional-label = Cov ntawv no hu tus neeg ua "tus client" los yog lwm lub npe zoo li ntawd.
    .help = Siv lub npe uas tus neeg nyiam hloov.

## T6
t6-translation-not-reviewed = Cov npe ntu thiab cov ntawv cim ntawm phiaj xwm ua tus neeg hom lus tseem tsis tau muaj tus txhais ntawv uas tsim nyog kuaj xyuas.
    .help = Thov ib tug txhais ntawv uas tsim nyog kuaj xyuas, thiab sau qhov kev kuaj xyuas tseg. Thaum tseem tsis tau, nrog tus neeg thiab ib tug txhais lus saib phiaj xwm ua ke.
t6-no-locale = pcplan tsis muaj tus neeg hom lus, yog li cov npe ntu thiab cov ntawv cim ntawm phiaj xwm yuav yog lus Askiv.
    .help = Ntxiv tus neeg hom lus rau hauv pcplan, los yog muab ib daim uas tus txhais ntawv tsim nyog txhais rau tus neeg.
