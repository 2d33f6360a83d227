## Tej yam pom los ntawm cov cai txog kev ua haujlwm thiab kev pom zoo (P1–P8) thiab kev tshuaj xyuas (R1–R3).
## Ib kab lus rau ib qhov teeb meem, txhua kab muaj `.help` qhia kho li cas.

## P1
p1-person-signature-missing = Phiaj xwm siv lawm, tab sis tus neeg tseem tsis tau kos npe.
    .help = Thov tus neeg kos npe rau phiaj xwm thiab sau hnub tim. Tus sawv cev raws cai kos npe hloov tau. Yog tus neeg kos npe tsis tau, sau seb vim li cas.
p1-person-signature-undated = Tus neeg lub npe kos tsis muaj hnub tim.
    .help = Sau hnub tim uas tus neeg (los yog nws tus sawv cev) kos npe rau phiaj xwm.
p1-unable-to-sign-reason-missing = Phiaj xwm hais tias tus neeg kos npe tsis tau, tab sis tsis hais vim li cas.
    .help = Sau seb vim li cas tus neeg kos npe tsis tau, thiab leej twg pom.
p1-provider-signature-missing = Tsis muaj ib tus neeg muab kev pab kos npe rau phiaj xwm.
    .help = Thov txhua tus neeg muab kev pab uas ua ib feem ntawm phiaj xwm kos npe, thiab sau hnub tim.
p1-provider-signature-undated = Tus neeg muab kev pab lub npe kos tsis muaj hnub tim.
    .help = Sau hnub tim uas tus neeg muab kev pab kos npe rau phiaj xwm.

## P2
p2-signature-in-future = Lub npe kos no muaj hnub tim yav tom ntej.
    .help = Saib hnub tim ntawm nplooj ntawv kos npe thiab kho kom raug.
p2-signature-before-meeting = Lub npe kos no muaj hnub tim ua ntej lub rooj sib tham npaj phiaj xwm zaum kawg.
    .help = Saib hnub tim. Yog nws raug, thov tus kos npe nyeem phiaj xwm los ntawm lub rooj sib tham zaum kawg thiab kos npe dua.

## P3
p3-content-changed-after-signing = Phiaj xwm tau hloov tom qab tus neeg no kos npe lawm.
    .help = Nrog tus neeg thiab txhua tus uas kos npe saib tej yam hloov, thiab thov lawv kos npe dua. Yog qhov hloov ntawd yuam kev, muab rov qab li qub.

## P4
p4-conflict-without-exception = Tus pab sau phiaj xwm muaj kev cuam tshuam txog nyiaj txiag los yog txoj hauj lwm nrog ib tus neeg muab kev pab, thiab tsis muaj kev zam sau tseg.
    .help = Sau qhov kev zam uas tau pom zoo thiab seb tus neeg raug tiv thaiv li cas. Yog tsis muaj, cia lwm tus pab sau phiaj xwm.

## P5
p5-no-copy-to-person = Phiaj xwm tsis qhia tias tus neeg tau txais ib daim ntawv luam.
    .help = Muab ib daim ntawv luam ntawm nws phiaj xwm rau tus neeg, ua nws hom lus thiab hom ntawv, thiab sau seb thaum twg.
p5-not-offered-for-review = Tsis tau muab daim ntawv luam rau tus neeg saib thiab hloov.
    .help = Muab ib daim rau tus neeg nyeem thiab hloov, thiab sau tseg tias koj tau ua li ntawd.
p5-no-copy-to-representative = Tus sawv cev no tsis tau txais daim ntawv luam ntawm phiaj xwm.
    .help = Yog tus neeg tso cai, muab ib daim rau nws tus sawv cev thiab sau tseg.
p5-no-copy-to-provider = Tus neeg muab kev pab no tsis tau txais daim ntawv luam ntawm phiaj xwm.
    .help = Yog tus neeg tso cai, muab ib daim rau txhua tus neeg muab kev pab uas ua raws phiaj xwm thiab sau tseg.

## P6
p6-copy-not-in-written-language = Tus neeg daim ntawv luam tsis yog hom lus uas nws nyeem.
    .help = Muab ib daim ua hom lus uas tus neeg nyiam nyeem. Yog nws xaiv lwm hom lus, sau qhov ntawd tseg.
p6-copy-not-in-requested-format = Tus neeg daim ntawv luam tsis yog hom ntawv uas nws thov.
    .help = Muab ib daim ua ntawv loj, suab kaw, ntawv braille los yog hom ntawv uas nws thov. Yog nws xaiv lwm hom, sau qhov ntawd tseg.
p6-text-not-in-written-language = Cov ntawv no tsis yog hom lus uas tus neeg nyeem.
    .help = Thov ib tug txhais ntawv uas tsim nyog txhais ua tus neeg hom lus.

## P7
p7-time-place-not-chosen = Phiaj xwm tsis qhia tias tus neeg tau xaiv lub sij hawm thiab qhov chaw sib tham.
    .help = Nug tus neeg seb nws xav sib tham thaum twg thiab qhov twg, thiab sau tseg tias nws yog tus xaiv.
p7-attendee-not-invited = Muaj ib tug neeg tuaj koom lub rooj sib tham uas tus neeg tsis tau caw.
    .help = Nug tus neeg seb nws xav kom leej twg tuaj koom nws cov rooj sib tham. Yog tus neeg no muaj cai raws txoj cai lij choj, xws li tus guardian, sau qhov ntawd tseg.

## P8
p8-interpreter-not-qualified = Tus txhais lus ntawm lub rooj sib tham tsis tau cim tias yog tus txhais lus tsim nyog.
    .help = Siv ib tug txhais lus uas tsim nyog rau lub rooj sib tham tom ntej, thiab sau tseg.
p8-interpreter-minor = Ib tug menyuam tau txhais lus ntawm lub rooj sib tham.
    .help = Tsis txhob thov menyuam txhais lus. Siv ib tug neeg laus txhais lus uas tsim nyog rau lub rooj sib tham tom ntej.

## R1
r1-next-review-missing = Phiaj xwm tsis muaj hnub tim rau kev tshuaj xyuas zaum tom ntej.
    .help = Teem hnub tim rau kev tshuaj xyuas zaum tom ntej, tsis pub dhau 12 lub hlis tom qab zaum kawg.
r1-next-review-too-late = Kev tshuaj xyuas zaum tom ntej dhau { $months } lub hlis tom qab zaum kawg.
    .help = Txav kev tshuaj xyuas zaum tom ntej kom tsis pub dhau { $months } lub hlis tom qab zaum kawg.
r1-review-overdue = Kev tshuaj xyuas dhau sij hawm lawm.
    .help = Nrog tus neeg tshuaj xyuas sai sai, ces sau cov hnub tim tshuaj xyuas tshiab.

## R2
r2-no-review-after-change = Muaj ib yam loj hloov hauv tus neeg lub neej, thiab txij thaum ntawd los tseem tsis tau tshuaj xyuas phiaj xwm.
    .help = Nrog tus neeg tham txog qhov hloov thiab tshuaj xyuas phiaj xwm ua ke. Ces sau qhov kho tshiab tseg.

## R3
r3-update-request-not-answered = Tus neeg thov kom hloov phiaj xwm, tab sis tsis tau kho hauv { $days } hnub.
    .help = Nrog tus neeg sib ntsib txog yam nws xav hloov, kho phiaj xwm ua ke, thiab sau qhov kho tshiab tseg.
