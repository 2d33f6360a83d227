## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language. Armenian quotes plan text with « ».
## Names and dates are placed after "՝" so that no case ending has to be added to an inserted value.
## Armenian nouns stay singular after a number, so both plural forms (one, other) read the same.

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } րոպե
       *[other] { $number } րոպե
    }
    [quarter-hour] { $quantity ->
        [one] { $number } քառորդ ժամ
       *[other] { $number } քառորդ ժամ
    }
    [hour] { $quantity ->
        [one] { $number } ժամ
       *[other] { $number } ժամ
    }
    [half-day] { $quantity ->
        [one] { $number } կես օր
       *[other] { $number } կես օր
    }
    [day] { $quantity ->
        [one] { $number } օր
       *[other] { $number } օր
    }
    [visit] { $quantity ->
        [one] { $number } այց
       *[other] { $number } այց
    }
    [session] { $quantity ->
        [one] { $number } սեանս
       *[other] { $number } սեանս
    }
    [meal] { $quantity ->
        [one] { $number } ճաշաբաժին
       *[other] { $number } ճաշաբաժին
    }
    [trip] { $quantity ->
        [one] { $number } ուղևորություն
       *[other] { $number } ուղևորություն
    }
    [mile] { $quantity ->
        [one] { $number } մղոն
       *[other] { $number } մղոն
    }
    [dollar] { $number } դոլար
    [item] { $quantity ->
        [one] { $number } հատ
       *[other] { $number } հատ
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } օրական
    [week] { $amount } շաբաթական
    [month] { $amount } ամսական
    [year] { $amount } տարեկան
    [one-time] { $amount } մեկ անգամ
    [as-needed] { $amount }՝ ձեր խնդրանքով
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = առանց սահմանված քանակի

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] Ձեր պլանի սկզբի ամսաթիվն այժմ՝ { $date }։
   *[end] { $case ->
        [removed] Ձեր պլանն այլևս ավարտի ամսաթիվ չունի։
       *[other] Ձեր պլանի ավարտի ամսաթիվն այժմ՝ { $date }։
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] Պլանում փոխվել է ձեր օրինական անունը։
    [preferredNames] Փոխվել է այն անունը, որով ուզում եք, որ ձեզ դիմեն։
    [pronouns] Ձեր դերանունները փոխվել են։
    [identityLanguage] Փոխվել է այն, թե ինչպես եք ուզում, որ ձեզ նկարագրեն։
    [birthDate] Ձեր ծննդյան ամսաթիվը փոխվել է։
    [identifiers] Ձեր նույնականացման համարները փոխվել են։
    [contact] Ձեր կոնտակտային տվյալները փոխվել են։
    [emergencyContacts] Արտակարգ դեպքերի համար ձեր կոնտակտները փոխվել են։
    [language] Լեզվի կամ ձևաչափի ձեր ընտրությունները փոխվել են։
    [residence] Փոխվել է, թե որտեղ եք ապրում։
   *[other] Ձեր անձնական տվյալները փոխվել են։
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] խնամակալ
    [conservator] հոգաբարձու
    [authorized-representative] լիազորված ներկայացուցիչ
    [power-of-attorney] լիազորագրով ներկայացուցիչ
    [supported-decision-maker] որոշումներ կայացնելիս ձեզ աջակցող անձ
   *[other] ներկայացուցիչ
}
change-representative-added = Ձեր պլանում այժմ նշված է՝ { $name }, որպես ձեր { $role }։
change-representative-removed = Ձեր պլանում այլևս նշված չէ՝ { $name }, որպես ձեր { $role }։
change-representative-changed = Փոխվել են ձեր ներկայացուցչի տվյալները՝ { $name } ({ $role })։

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] Թարմացվել է այն, ինչ մարդիկ սիրում և գնահատում են ձեր մեջ։
    [strengths] Ձեր ուժեղ կողմերը թարմացվել են։
    [interests] Ձեր հետաքրքրությունները թարմացվել են։
    [talents] Ձեր տաղանդները թարմացվել են։
    [importantTo] Թարմացվել է այն, ինչ կարևոր է ձեզ համար։
    [howToSupport] Թարմացվել է այն, թե ինչպես է լավագույնս աջակցել ձեզ։
    [preferences] Ձեր նախասիրությունները թարմացվել են։
   *[other] Ձեր անձնական նկարագիրը թարմացվել է։
}

## Needs. $text: the need, in plain words.

change-need-added = Ձեր պլանում ավելացվել է կարիք՝ «{ $text }»։
change-need-removed = Այս կարիքն այլևս ձեր պլանում չէ՝ «{ $text }»։
change-need-changed = { $field ->
    [description] Ձեր պլանի կարիքներից մեկն այժմ այսպես է գրված՝ «{ $text }»։
    [confidential] Փոխվել է, թե ով կարող է տեսնել այս կարիքը՝ «{ $text }»։
   *[other] Այս կարիքի մանրամասները թարմացվել են՝ «{ $text }»։
}

## Goals. $goal: the goal in plain words.

change-goal-added = Ձեր պլանում նոր նպատակ կա՝ «{ $goal }»։
change-goal-removed = Այս նպատակն այլևս ձեր պլանում չէ՝ «{ $goal }»։
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] «{ $goal }» նպատակի համար ձեր սեփական խոսքերը հանվել են։
       *[other] Նպատակներից մեկի համար ձեր սեփական խոսքերն այժմ այսպիսին են՝ «{ $after }»։
    }
   *[statement] Ձեր «{ $before }» նպատակն այժմ այսպես է գրված՝ «{ $after }»։
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] Ձեր «{ $goal }» նպատակն այժմ առաջարկված է։
    [active] Դուք այժմ աշխատում եք ձեր «{ $goal }» նպատակի վրա։
    [achieved] Դուք հասել եք ձեր «{ $goal }» նպատակին։
    [on-hold] Ձեր «{ $goal }» նպատակն առայժմ դադարեցված է։
   *[discontinued] Ձեր «{ $goal }» նպատակն այլևս ընթացքի մեջ չէ։
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Ձեր «{ $goal }» նպատակն այլևս նախատեսված ամսաթիվ չունի։
       *[other] Ձեր «{ $goal }» նպատակի նախատեսված ամսաթիվն այժմ՝ { $date }։
    }
    [expressedBy] Փոխվել է գրառումն այն մասին, թե ով է արտահայտել ձեր «{ $goal }» նպատակը։
    [confidential] Փոխվել է, թե ով կարող է տեսնել ձեր «{ $goal }» նպատակը։
   *[other] Փոխվել են այն կարիքները, որոնց վերաբերում է ձեր «{ $goal }» նպատակը։
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = Նոր քայլ ձեր «{ $goal }» նպատակի ուղղությամբ՝ «{ $step }»։
change-step-removed = Այս քայլն այլևս ձեր «{ $goal }» նպատակի մաս չէ՝ «{ $step }»։
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] Ձեր «{ $goal }» նպատակի քայլերից մեկն այժմ այսպես է գրված՝ «{ $step }»։
    [responsibleId] { $case ->
        [removed] Փոխվել է, թե ով է անում «{ $step }» քայլը։
       *[other] «{ $step }» քայլն այժմ կանի՝ { $who }։
    }
    [byPerson] { $after ->
        [true] «{ $step }» քայլն այժմ դուք ինքներդ կանեք։
       *[other] «{ $step }» քայլն այժմ կանի ձեր թիմի անդամներից մեկը։
    }
    [withIds] Փոխվել է, թե ով է ձեզ հետ միասին անում «{ $step }» քայլը։
    [targetDate] { $case ->
        [removed] «{ $step }» քայլն այլևս նախատեսված ամսաթիվ չունի։
       *[other] «{ $step }» քայլի նախատեսված ամսաթիվն այժմ՝ { $date }։
    }
    [done] { $after ->
        [true] «{ $step }» քայլը կատարված է։
       *[other] «{ $step }» քայլն այլևս նշված չէ որպես կատարված։
    }
   *[other] «{ $step }» քայլը թարմացվել է։
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] Ձեր պլանում ավելացվել է «{ $name }» աջակցությունը՝ { $amount }։
   *[other] Ձեր պլանում ավելացվել է «{ $name }» աջակցությունը։
}
change-support-removed = «{ $name }» աջակցությունն այլևս ձեր պլանում չէ։
# $before, $after: the old and new names.
change-support-renamed = Ձեր «{ $before }» աջակցությունն այժմ կոչվում է «{ $after }»։
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = Ձեր «{ $name }» աջակցության քանակը փոխվում է՝ նախկինում { $before }, այժմ { $after }։
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] Ձեր «{ $name }» աջակցությունն այժմ կմատուցի՝ { $after }։
    [removed] Ձեր «{ $name }» աջակցության համար այլևս մատուցող նշված չէ։
   *[changed] Ձեր «{ $name }» աջակցությունն այժմ կմատուցի՝ { $after }, նախկինում՝ { $before }։
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Ձեր «{ $name }» աջակցությունն այլևս սկզբի ամսաթիվ չունի։
       *[other] Ձեր «{ $name }» աջակցության սկզբի ամսաթիվն այժմ՝ { $date }։
    }
   *[endDate] { $case ->
        [removed] Ձեր «{ $name }» աջակցությունն այլևս ավարտի ամսաթիվ չունի։
       *[other] Ձեր «{ $name }» աջակցության ավարտի ամսաթիվն այժմ՝ { $date }։
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] Ձեր «{ $name }» աջակցությունն այժմ վճարովի ծառայություն է։
   *[other] Ձեր «{ $name }» աջակցությունն այժմ չվճարվող աջակցություն է ձեր կյանքի մարդկանցից։
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] Վերաձևակերպվել է, թե ինչ է անում ձեր «{ $name }» աջակցությունը։
    [location] Փոխվել է, թե որտեղ եք ստանում ձեր «{ $name }» աջակցությունը։
    [fundingSource] Փոխվել է, թե ով է վճարում ձեր «{ $name }» աջակցության համար։
    [selfDirected] { $after ->
        [true] Դուք այժմ ինքներդ եք ղեկավարում ձեր «{ $name }» աջակցությունը։
       *[other] Դուք այլևս ինքներդ չեք ղեկավարում ձեր «{ $name }» աջակցությունը։
    }
    [deliveryPreferences] Փոխվել է, թե ինչպես եք ուզում ստանալ ձեր «{ $name }» աջակցությունը։
    [critical] { $after ->
        [true] Ձեր պլանում այժմ նշված է, որ ձեր առողջությունը կամ անվտանգությունը կախված է ձեր «{ $name }» աջակցությունից։
       *[other] Ձեր պլանում այլևս նշված չէ, որ ձեր առողջությունը կամ անվտանգությունը կախված է ձեր «{ $name }» աջակցությունից։
    }
    [backup] Փոխվել է, թե ինչ կլինի, եթե ձեր «{ $name }» աջակցությունը չգա։
    [ratePerUnit] Փոխվել է ձեր «{ $name }» աջակցության համար վճարվող դրույքը։
    [goalIds] Փոխվել են այն նպատակները, որոնց օգնում է ձեր «{ $name }» աջակցությունը։
    [needIds] Փոխվել են այն կարիքները, որոնց օգնում է ձեր «{ $name }» աջակցությունը։
    [code] Փոխվել է ձեր «{ $name }» աջակցության ծառայության կոդը։
    [schedule] Փոխվել է, թե երբ եք ստանում ձեր «{ $name }» աջակցությունը։
    [authorization] Փոխվել է ձեր առողջապահական ծրագրի հաստատումը ձեր «{ $name }» աջակցության համար։
    [confidential] Փոխվել է, թե ով կարող է տեսնել ձեր «{ $name }» աջակցությունը։
   *[other] Փոխվել են ձեր «{ $name }» աջակցության մանրամասները։
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] Ձեր պլանում այժմ նշված է, որ ձեր կյանքի մարդկանցից չվճարվող աջակցություն չի գտնվել։
   *[other] Ձեր պլանում այլևս նշված չէ, որ չվճարվող աջակցություն չի գտնվել։
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = Ձեր պլանում նշված է նոր ռիսկ՝ «{ $risk }»։
change-risk-removed = Այս ռիսկն այլևս ձեր պլանում չէ՝ «{ $risk }»։
change-risk-mitigation = { $case ->
    [removed] Ձեր պլանում այլևս նշված չէ, թե ինչպես եք անվտանգ մնում «{ $risk }» ռիսկի դեպքում։
   *[other] Այն, թե ինչպես եք անվտանգ մնում «{ $risk }» ռիսկի դեպքում, այժմ այսպես է գրված՝ «{ $after }»։
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] Ձեր պլանի ռիսկերից մեկն այժմ այսպես է գրված՝ «{ $risk }»։
    [confidential] Փոխվել է, թե ով կարող է տեսնել «{ $risk }» ռիսկը։
   *[other] «{ $risk }» ռիսկի վերաբերյալ ձեր ընտրությունը թարմացվել է։
}

change-backup-plan = { $case ->
    [added] Ձեր պլանն այժմ ունի պահուստային պլան արտակարգ դեպքերի համար։
    [removed] Ձեր պլանն այլևս չունի պահուստային պլան արտակարգ դեպքերի համար։
   *[changed] Արտակարգ դեպքերի համար ձեր պահուստային պլանը փոխվել է։
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Ձեր պլանում այժմ նշված է, որ ապրում եք ձեր սեփական տանը։
        [family-home] Ձեր պլանում այժմ նշված է, որ ապրում եք ձեր ընտանիքի անդամի տանը։
        [supportive-housing] Ձեր պլանում այժմ նշված է, որ ապրում եք աջակցվող բնակարանում։
        [shared-living] Ձեր պլանում այժմ նշված է, որ ապրում եք համատեղ բնակության տանը։
        [residential-facility] Ձեր պլանում այժմ նշված է, որ ապրում եք լիցենզավորված խնամքի բնակելի տանը։
        [unhoused] Ձեր պլանում այժմ նշված է, որ մնում եք ապաստարանում կամ մշտական հասցե չունեք։
       *[other] Ձեր պլանում այժմ նշված է, որ ապրում եք այլ վայրում։
    }
    [description] Փոխվել է ձեր բնակության վայրի նկարագրությունը։
    [chosenByPerson] { $after ->
        [true] Ձեր պլանում այժմ նշված է, որ դուք եք ընտրել ձեր բնակության վայրը։
       *[other] Ձեր պլանում այլևս նշված չէ, որ դուք եք ընտրել ձեր բնակության վայրը։
    }
    [alternativesConsidered] Թարմացվել են այլ վայրերը, որտեղ մտածել եք ապրելու մասին։
   *[other] Փոխվել է գրառումն այն մասին, թե որտեղ եք ապրում և ինչու։
}

change-service-choice = Փոխվել է ծառայությունների և մատուցողների ձեր ընտրության մասին գրառումը։

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = Ձեր պլանում ավելացվել է ձեր իրավունքներից մեկի սահմանափակում՝ «{ $right }»։
change-modification-removed = Ձեր իրավունքների այս սահմանափակումն այլևս ձեր պլանում չէ՝ «{ $right }»։
change-modification-changed = Փոխվել են ձեր «{ $right }» իրավունքի սահմանափակման մանրամասները։

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] ձեր խնամքի համակարգող
    [lead-care-manager] ձեր խնամքի գլխավոր կառավարիչ
    [housing-navigator] ձեր բնակարանային ուղեկցող
    [provider] ծառայություն մատուցող
    [clinician] բուժաշխատող
    [family] ընտանիքի անդամ
    [friend] ընկեր
    [peer-support] փորձառու աջակից
    [representative] ձեր ներկայացուցիչ
    [decision-supporter] որոշումներ կայացնելիս ձեր աջակից
   *[other] թիմի անդամ
}
change-team-added = Ձեր թիմին միացել է՝ { $name }, որպես { $role }։
change-team-removed = Ձեր թիմում այլևս չէ՝ { $name }։
change-team-role-changed = Ձեր թիմում նոր դեր ունի՝ { $name }, այժմ որպես { $role }։
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] Փոխվել են ձեր թիմի անդամի կոնտակտային տվյալները՝ { $name }։
    [chosenByPerson] Ձեր պլանում փոխվել է, թե արդյոք դուք եք ընտրել ձեր թիմի այս անդամին՝ { $name }։
   *[other] Փոխվել են ձեր թիմի անդամի տվյալները՝ { $name }։
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = Փոխվել է այն մարդը, ով օգնում է ձեզ գրել ձեր պլանը։
change-plan-monitor = { $case ->
    [removed] Ձեր պլանում այլևս նշված չէ, թե ով է հետևում դրա կատարմանը։
   *[other] Ձեր պլանի կատարմանն այժմ հետևում է՝ { $name }։
}

## Reviews.

change-last-review = { $case ->
    [removed] Ձեր պլանում այլևս չկա վերջին վերանայման ամսաթիվ։
   *[other] Ձեր պլանի վերջին վերանայման ամսաթիվն այժմ՝ { $date }։
}
change-next-review = { $case ->
    [removed] Ձեր պլանում այլևս չկա հաջորդ վերանայման ամսաթիվ։
   *[other] Ձեր պլանի հաջորդ վերանայման վերջնաժամկետն այժմ՝ { $date }։
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] Փոխվել է, թե ինչ դեպքերում է վերանայվում ձեր պլանը։
   *[other] Փոխվել է, թե ինչպես կարող եք խնդրել փոխել ձեր պլանը։
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Ձեր խնամքի կառավարման բաժինը փոխվել է։
   *[other] Ձեր բնակարանային աջակցության պլանը փոխվել է։
}
