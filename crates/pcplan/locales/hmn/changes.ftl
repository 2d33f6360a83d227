## Yam hloov txij li tsab phiaj xwm dhau los: ib kab lus rau ib qho hloov, hais rau tus neeg ("koj").
## Cov ntawv phiaj xwm tuaj twb yog hom lus ntawm daim ntawv lawm, tsis muaj cim nres kawg. Hnub tim thiab tus lej tuaj twb npaj lawm.
## $case: "added", "removed" los yog "changed". $field: lub npe ntawm ib ntu hauv phiaj xwm; $after: "true" los yog "false".
## Hmong has no plural forms: every quantity selector keeps only its `other` variant.

## Tus nqi ntawm ib qho kev pab, siv hauv lwm kab lus: "12 teev ib lub lim tiam", "$2,350 ib zaug xwb".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number } feeb
    }
    [quarter-hour] { $quantity ->
       *[other] { $number } zaug ib feem plaub teev
    }
    [hour] { $quantity ->
       *[other] { $number } teev
    }
    [half-day] { $quantity ->
       *[other] { $number } zaug ib nrab hnub
    }
    [day] { $quantity ->
       *[other] { $number } hnub
    }
    [visit] { $quantity ->
       *[other] { $number } zaug tuaj ntsib
    }
    [session] { $quantity ->
       *[other] { $number } zaug sib ntsib
    }
    [meal] { $quantity ->
       *[other] { $number } pluag mov
    }
    [trip] { $quantity ->
       *[other] { $number } zaug caij tsheb
    }
    [mile] { $quantity ->
       *[other] { $number } mais
    }
    [dollar] ${ $number }
    [item] { $quantity ->
       *[other] { $number } yam
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } ib hnub
    [week] { $amount } ib lub lim tiam
    [month] { $amount } ib hlis
    [year] { $amount } ib xyoos
    [one-time] { $amount } ib zaug xwb
    [as-needed] { $amount } thaum koj thov
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = tsis tau teem tus nqi

## Tag nrho phiaj xwm.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] Tam sim no koj lub phiaj xwm pib { $date }.
   *[end] { $case ->
        [removed] Koj lub phiaj xwm tsis muaj hnub xaus lawm.
       *[other] Tam sim no koj lub phiaj xwm xaus { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] Koj lub npe raws cai hauv phiaj xwm tau hloov.
    [preferredNames] Lub npe uas koj xav kom luag hu tau hloov.
    [pronouns] Cov lus hu koj (pronouns) tau hloov.
    [identityLanguage] Txoj kev uas koj xav kom hais txog koj tau hloov.
    [birthDate] Koj hnub yug tau hloov.
    [identifiers] Koj cov lej ID tau hloov.
    [contact] Koj cov ntaub ntawv tiv tauj tau hloov.
    [emergencyContacts] Koj cov neeg hu thaum muaj xwm txheej ceev tau hloov.
    [language] Koj qhov kev xaiv hom lus los yog hom ntawv tau hloov.
    [residence] Qhov chaw koj nyob tau hloov.
   *[other] Koj cov ntaub ntawv ntiag tug tau hloov.
}

## Cov neeg sawv cev. $name: lawv lub npe; $role: lawv yog hom twg, los ntawm change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] tus neeg saib xyuas raws cai (guardian)
    [conservator] tus neeg tswj hwm raws cai (conservator)
    [authorized-representative] tus sawv cev uas tau tso cai
    [power-of-attorney] tus tuav daim ntawv tso cai sawv cev (power of attorney)
    [supported-decision-maker] tus pab txhawb koj txiav txim siab
   *[other] tus sawv cev
}
change-representative-added = Tam sim no { $name } nyob hauv koj lub phiaj xwm ua koj { $role }.
change-representative-removed = { $name } tsis nyob hauv koj lub phiaj xwm ua koj { $role } lawm.
change-representative-changed = Cov ntaub ntawv txog { $name }, koj { $role }, tau hloov.

## Keeb kwm tus neeg. $field: daim ntawv teev twg.

change-profile = { $field ->
    [likeAndAdmire] Tej yam luag nyiam thiab qhuas txog koj tau hloov tshiab.
    [strengths] Koj lub zog tau hloov tshiab.
    [interests] Tej yam koj nyiam ua tau hloov tshiab.
    [talents] Koj tej txuj ci tau hloov tshiab.
    [importantTo] Tej yam tseem ceeb rau koj tau hloov tshiab.
    [howToSupport] Txoj kev zoo tshaj los pab koj tau hloov tshiab.
    [preferences] Tej yam koj nyiam dua tau hloov tshiab.
   *[other] Koj cov ntaub ntawv keeb kwm tau hloov tshiab.
}

## Kev xav tau. $text: qhov kev xav tau, siv lus yooj yim.

change-need-added = Koj lub phiaj xwm ntxiv ib qho kev xav tau: “{ $text }”.
change-need-removed = Qhov kev xav tau no tsis nyob hauv koj lub phiaj xwm lawm: “{ $text }”.
change-need-changed = { $field ->
    [description] Ib qho kev xav tau hauv koj lub phiaj xwm tam sim no sau li no: “{ $text }”.
    [confidential] Cov neeg uas muaj cai saib qhov kev xav tau no tau hloov: “{ $text }”.
   *[other] Cov ntsiab lus ntawm qhov kev xav tau no tau hloov tshiab: “{ $text }”.
}

## Cov hom phiaj. $goal: lub hom phiaj, siv lus yooj yim.

change-goal-added = Koj lub phiaj xwm muaj ib lub hom phiaj tshiab: “{ $goal }”.
change-goal-removed = Lub hom phiaj no tsis nyob hauv koj lub phiaj xwm lawm: “{ $goal }”.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Koj tej lus rau lub hom phiaj “{ $goal }” raug muab tshem tawm.
       *[other] Koj tej lus rau ib lub hom phiaj tam sim no sau li no: “{ $after }”.
    }
   *[statement] Koj lub hom phiaj “{ $before }” tam sim no sau li no: “{ $after }”.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] Koj lub hom phiaj “{ $goal }” tam sim no yog ib qho tswv yim xwb.
    [active] Tam sim no koj tab tom ua koj lub hom phiaj “{ $goal }”.
    [achieved] Koj ua tiav koj lub hom phiaj “{ $goal }” lawm.
    [on-hold] Koj lub hom phiaj “{ $goal }” nres ib ntus.
   *[discontinued] Koj lub hom phiaj “{ $goal }” tsis ua mus ntxiv lawm.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Koj lub hom phiaj “{ $goal }” tsis muaj hnub teem tseg lawm.
       *[other] Hnub teem tseg rau koj lub hom phiaj “{ $goal }” tam sim no yog { $date }.
    }
    [expressedBy] Cov ntaub ntawv txog leej twg hais koj lub hom phiaj “{ $goal }” tau hloov.
    [confidential] Cov neeg uas muaj cai saib koj lub hom phiaj “{ $goal }” tau hloov.
   *[other] Tej kev xav tau uas koj lub hom phiaj “{ $goal }” hais txog tau hloov.
}

## Cov kauj ruam mus rau ib lub hom phiaj. $step: kauj ruam; $goal: nws lub hom phiaj.

change-step-added = Ib kauj ruam tshiab mus rau koj lub hom phiaj “{ $goal }”: “{ $step }”.
change-step-removed = Kauj ruam no tsis yog ib feem ntawm koj lub hom phiaj “{ $goal }” lawm: “{ $step }”.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] Ib kauj ruam mus rau koj lub hom phiaj “{ $goal }” tam sim no sau li no: “{ $step }”.
    [responsibleId] { $case ->
        [removed] Tus neeg ua kauj ruam “{ $step }” tau hloov.
       *[other] Tam sim no { $who } yuav ua kauj ruam “{ $step }”.
    }
    [byPerson] { $after ->
        [true] Tam sim no koj yuav ua kauj ruam “{ $step }” ntawm koj tus kheej.
       *[other] Tam sim no ib tug neeg hauv koj pab neeg yuav ua kauj ruam “{ $step }”.
    }
    [withIds] Cov neeg uas ua kauj ruam “{ $step }” ua ke nrog koj tau hloov.
    [targetDate] { $case ->
        [removed] Kauj ruam “{ $step }” tsis muaj hnub teem tseg lawm.
       *[other] Kauj ruam “{ $step }” tam sim no muaj hnub teem tseg { $date }.
    }
    [done] { $after ->
        [true] Kauj ruam “{ $step }” tiav lawm.
       *[other] Kauj ruam “{ $step }” tsis raug cim tias tiav lawm.
    }
   *[other] Kauj ruam “{ $step }” tau hloov tshiab.
}

## Kev pab. $name: lub npe ntawm qhov kev pab.

# $case is "amount" when $amount (e.g. "12 teev ib lub lim tiam") is given.
change-support-added = { $case ->
    [amount] Koj lub phiaj xwm ntxiv qhov kev pab “{ $name }”: { $amount }.
   *[other] Koj lub phiaj xwm ntxiv qhov kev pab “{ $name }”.
}
change-support-removed = Qhov kev pab “{ $name }” tsis nyob hauv koj lub phiaj xwm lawm.
# $before, $after: the old and new names.
change-support-renamed = Koj qhov kev pab “{ $before }” tam sim no hu ua “{ $after }”.
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = Koj qhov kev pab “{ $name }” hloov ntawm { $before } mus rau { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] Tam sim no { $after } yuav muab koj qhov kev pab “{ $name }”.
    [removed] Koj qhov kev pab “{ $name }” tsis muaj npe tus muab kev pab lawm.
   *[changed] Koj qhov kev pab “{ $name }” tam sim no yuav los ntawm { $after } es tsis yog { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Koj qhov kev pab “{ $name }” tsis muaj hnub pib lawm.
       *[other] Koj qhov kev pab “{ $name }” tam sim no pib { $date }.
    }
   *[endDate] { $case ->
        [removed] Koj qhov kev pab “{ $name }” tsis muaj hnub xaus lawm.
       *[other] Koj qhov kev pab “{ $name }” tam sim no xaus { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] Koj qhov kev pab “{ $name }” tam sim no yog kev pab them nyiaj.
   *[other] Koj qhov kev pab “{ $name }” tam sim no yog kev pab dawb los ntawm cov neeg hauv koj lub neej.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] Cov lus piav txog yam koj qhov kev pab “{ $name }” ua tau sau dua tshiab.
    [location] Qhov chaw koj tau txais koj qhov kev pab “{ $name }” tau hloov.
    [fundingSource] Tus them nyiaj rau koj qhov kev pab “{ $name }” tau hloov.
    [selfDirected] { $after ->
        [true] Tam sim no koj yog tus coj koj qhov kev pab “{ $name }”.
       *[other] Koj tsis yog tus coj koj qhov kev pab “{ $name }” lawm.
    }
    [deliveryPreferences] Txoj kev uas koj xav tau koj qhov kev pab “{ $name }” tau hloov.
    [critical] { $after ->
        [true] Koj lub phiaj xwm tam sim no hais tias koj kev noj qab haus huv los yog kev nyab xeeb cia siab rau koj qhov kev pab “{ $name }”.
       *[other] Koj lub phiaj xwm tsis hais lawm tias koj kev noj qab haus huv los yog kev nyab xeeb cia siab rau koj qhov kev pab “{ $name }”.
    }
    [backup] Yam yuav ua yog tias koj qhov kev pab “{ $name }” tsis tuaj tau hloov.
    [ratePerUnit] Tus nqi them rau koj qhov kev pab “{ $name }” tau hloov.
    [goalIds] Cov hom phiaj uas koj qhov kev pab “{ $name }” pab tau hloov.
    [needIds] Tej kev xav tau uas koj qhov kev pab “{ $name }” pab tau hloov.
    [code] Tus lej kev pab (service code) rau koj qhov kev pab “{ $name }” tau hloov.
    [schedule] Lub sij hawm koj tau txais koj qhov kev pab “{ $name }” tau hloov.
    [authorization] Kev pom zoo ntawm koj lub phiaj xwm kho mob (health plan) rau koj qhov kev pab “{ $name }” tau hloov.
    [confidential] Cov neeg uas muaj cai saib koj qhov kev pab “{ $name }” tau hloov.
   *[other] Cov ntsiab lus ntawm koj qhov kev pab “{ $name }” tau hloov.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] Koj lub phiaj xwm tam sim no hais tias nrhiav tsis tau kev pab dawb los ntawm cov neeg hauv koj lub neej.
   *[other] Koj lub phiaj xwm tsis hais lawm tias nrhiav tsis tau kev pab dawb.
}

## Kev pheej hmoo. $risk: qhov kev pheej hmoo, siv lus yooj yim; $after: cov lus tshiab.

change-risk-added = Koj lub phiaj xwm muaj ib qho kev pheej hmoo tshiab: “{ $risk }”.
change-risk-removed = Qhov kev pheej hmoo no tsis nyob hauv koj lub phiaj xwm lawm: “{ $risk }”.
change-risk-mitigation = { $case ->
    [removed] Koj lub phiaj xwm tsis hais lawm tias koj ua li cas kom nyab xeeb nrog qhov kev pheej hmoo “{ $risk }”.
   *[other] Txoj kev koj nyob nyab xeeb nrog qhov kev pheej hmoo “{ $risk }” tam sim no yog: “{ $after }”.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] Ib qho kev pheej hmoo hauv koj lub phiaj xwm tam sim no sau li no: “{ $risk }”.
    [confidential] Cov neeg uas muaj cai saib qhov kev pheej hmoo “{ $risk }” tau hloov.
   *[other] Koj qhov kev xaiv txog qhov kev pheej hmoo “{ $risk }” tau hloov tshiab.
}

change-backup-plan = { $case ->
    [added] Koj lub phiaj xwm tam sim no muaj phiaj xwm thaub qab rau thaum muaj xwm txheej ceev.
    [removed] Koj lub phiaj xwm tsis muaj phiaj xwm thaub qab rau thaum muaj xwm txheej ceev lawm.
   *[changed] Koj lub phiaj xwm thaub qab rau thaum muaj xwm txheej ceev tau hloov.
}

## Qhov chaw tus neeg nyob. $after (nrog $field "setting"): hom chaw nyob.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Koj lub phiaj xwm tam sim no hais tias koj nyob koj lub tsev.
        [family-home] Koj lub phiaj xwm tam sim no hais tias koj nyob ib tug tswv cuab hauv tsev neeg lub tsev.
        [supportive-housing] Koj lub phiaj xwm tam sim no hais tias koj nyob vaj tse uas muaj kev pab.
        [shared-living] Koj lub phiaj xwm tam sim no hais tias koj nyob ib lub tsev nyob ua ke nrog lwm tus.
        [residential-facility] Koj lub phiaj xwm tam sim no hais tias koj nyob ib lub tsev saib xyuas neeg uas muaj ntawv tso cai.
        [unhoused] Koj lub phiaj xwm tam sim no hais tias koj nyob chaw nkaum (shelter) los yog tsis muaj chaw nyob ruaj khov.
       *[other] Koj lub phiaj xwm tam sim no hais tias koj nyob lwm qhov chaw.
    }
    [description] Txoj kev koj piav txog qhov chaw koj nyob tau hloov.
    [chosenByPerson] { $after ->
        [true] Koj lub phiaj xwm tam sim no hais tias koj xaiv qhov chaw koj nyob.
       *[other] Koj lub phiaj xwm tsis hais lawm tias koj xaiv qhov chaw koj nyob.
    }
    [alternativesConsidered] Lwm qhov chaw uas koj tau xav txog mus nyob tau hloov tshiab.
   *[other] Cov ntaub ntawv txog qhov chaw koj nyob thiab vim li cas tau hloov.
}

change-service-choice = Cov ntaub ntawv txog koj qhov kev xaiv kev pab thiab cov neeg muab kev pab tau hloov.

## Kev hloov tus neeg tej cai nyob rau qhov chaw nws nyob. $right: txoj cai uas raug txwv.

change-modification-added = Koj lub phiaj xwm ntxiv ib qho kev txwv rau ib txoj cai ntawm koj: “{ $right }”.
change-modification-removed = Qhov kev txwv koj txoj cai no tsis nyob hauv koj lub phiaj xwm lawm: “{ $right }”.
change-modification-changed = Cov ntsiab lus ntawm qhov kev txwv koj txoj cai “{ $right }” tau hloov.

## Pab neeg. $name: tus tswv cuab lub npe; $role: nws lub luag hauj lwm, los ntawm change-team-role.

change-team-role = { $role ->
    [care-coordinator] koj tus neeg pab npaj kev saib xyuas
    [lead-care-manager] koj tus thawj tswj xyuas kev saib xyuas
    [housing-navigator] koj tus pab nrhiav vaj tse
    [provider] ib tus muab kev pab
    [clinician] ib tug kws kho mob
    [family] tsev neeg
    [friend] ib tug phooj ywg
    [peer-support] ib tug pab uas muaj kev paub dhau los zoo li koj
    [representative] koj tus sawv cev
    [decision-supporter] koj tus pab txhawb kev txiav txim siab
   *[other] ib tug tswv cuab hauv pab neeg
}
change-team-added = { $name } koom koj pab neeg ua { $role }.
change-team-removed = { $name } tsis nyob hauv koj pab neeg lawm.
change-team-role-changed = { $name } tam sim no nyob hauv koj pab neeg ua { $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] Cov ntaub ntawv tiv tauj rau { $name } tau hloov.
    [chosenByPerson] Koj lub phiaj xwm tau hloov seb koj puas xaiv { $name } los nyob hauv koj pab neeg.
   *[other] Cov ntsiab lus txog { $name } hauv koj pab neeg tau hloov.
}

## Leej twg sau thiab leej twg saib xyuas phiaj xwm. $name: tus neeg tshiab lub npe (tej zaum yuav tsis muaj).

change-planner = Tus neeg uas pab koj sau koj lub phiaj xwm tau hloov.
change-plan-monitor = { $case ->
    [removed] Koj lub phiaj xwm tsis hais lawm tias leej twg saib xyuas nws.
   *[other] Tam sim no { $name } saib xyuas kom ua raws li koj lub phiaj xwm.
}

## Kev tshuaj xyuas.

change-last-review = { $case ->
    [removed] Koj lub phiaj xwm tsis muaj hnub tim rau koj qhov kev tshuaj xyuas zaum kawg lawm.
   *[other] Koj qhov kev tshuaj xyuas phiaj xwm zaum kawg tam sim no yog hnub { $date }.
}
change-next-review = { $case ->
    [removed] Koj lub phiaj xwm tsis muaj hnub tim rau koj qhov kev tshuaj xyuas tom ntej lawm.
   *[other] Koj qhov kev tshuaj xyuas phiaj xwm tom ntej tam sim no yuav tsum ua ua ntej { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] Tej yam uas ua rau tshuaj xyuas koj lub phiaj xwm tau hloov.
   *[other] Txoj kev koj thov hloov koj lub phiaj xwm tau hloov.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Koj ntu kev tswj xyuas kev saib xyuas (ECM) tau hloov.
   *[other] Koj lub phiaj xwm pab txog vaj tse tau hloov.
}
