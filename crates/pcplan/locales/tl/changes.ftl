## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Quote plan text the way this language quotes. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".
## Tagalog: the person is addressed respectfully as "kayo/ninyo"; nouns do not change after a number, so the
## plural selectors keep only the default variant.

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $number } minuto
    [quarter-hour] { $number } yunit na tig-15 minuto
    [hour] { $number } oras
    [half-day] { $number } kalahating araw
    [day] { $number } araw
    [visit] { $number } pagbisita
    [session] { $number } sesyon
    [meal] { $number } pagkain
    [trip] { $number } sakay
    [mile] { $number } milya
    [dollar] ${ $number }
    [item] { $number } piraso
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } bawat araw
    [week] { $amount } bawat linggo
    [month] { $amount } bawat buwan
    [year] { $amount } bawat taon
    [one-time] { $amount } nang isang beses
    [as-needed] { $amount } kapag hiniling ninyo
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = walang takdang dami

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] Magsisimula na ngayon ang inyong plano sa { $date }.
   *[end] { $case ->
        [removed] Wala nang petsa ng pagtatapos ang inyong plano.
       *[other] Magtatapos na ngayon ang inyong plano sa { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] Nagbago ang inyong legal na pangalan sa plano.
    [preferredNames] Nagbago ang pangalang gusto ninyong itawag sa inyo.
    [pronouns] Nagbago ang inyong mga panghalip.
    [identityLanguage] Nagbago kung paano ninyo gustong mailarawan.
    [birthDate] Nagbago ang inyong petsa ng kapanganakan.
    [identifiers] Nagbago ang inyong mga ID number.
    [contact] Nagbago ang inyong impormasyon sa pakikipag-ugnayan.
    [emergencyContacts] Nagbago ang inyong mga emergency contact.
    [language] Nagbago ang inyong mga pinili sa wika o format.
    [residence] Nagbago kung saan kayo nakatira.
   *[other] Nagbago ang inyong personal na impormasyon.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] tagapag-alaga (guardian)
    [conservator] conservator
    [authorized-representative] awtorisadong kinatawan
    [power-of-attorney] may hawak ng power of attorney
    [supported-decision-maker] tagasuportang tumutulong sa inyong magpasya
   *[other] kinatawan
}
change-representative-added = Nasa inyong plano na si { $name } bilang inyong { $role }.
change-representative-removed = Wala na sa inyong plano si { $name } bilang inyong { $role }.
change-representative-changed = Nagbago ang impormasyon tungkol kay { $name }, ang inyong { $role }.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] Na-update ang mga gusto at hinahangaan ng mga tao sa inyo.
    [strengths] Na-update ang inyong mga kalakasan.
    [interests] Na-update ang inyong mga hilig.
    [talents] Na-update ang inyong mga talento.
    [importantTo] Na-update ang mahalaga sa inyo.
    [howToSupport] Na-update kung paano kayo pinakamahusay na masusuportahan.
    [preferences] Na-update ang inyong mga kagustuhan.
   *[other] Na-update ang paglalarawan sa inyo.
}

## Needs. $text: the need, in plain words.

change-need-added = May idinagdag na pangangailangan sa inyong plano: “{ $text }”.
change-need-removed = Wala na sa inyong plano ang pangangailangang ito: “{ $text }”.
change-need-changed = { $field ->
    [description] Ganito na ngayon ang isang pangangailangan sa inyong plano: “{ $text }”.
    [confidential] Nagbago kung sino ang puwedeng makakita ng pangangailangang ito: “{ $text }”.
   *[other] Na-update ang mga detalye ng pangangailangang ito: “{ $text }”.
}

## Goals. $goal: the goal in plain words.

change-goal-added = May bagong layunin ang inyong plano: “{ $goal }”.
change-goal-removed = Wala na sa inyong plano ang layuning ito: “{ $goal }”.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Inalis ang sarili ninyong salita para sa layuning “{ $goal }”.
       *[other] Ganito na ngayon ang sarili ninyong salita para sa isang layunin: “{ $after }”.
    }
   *[statement] Ang inyong layuning “{ $before }” ay ganito na ngayon: “{ $after }”.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] Iminumungkahi na ngayon ang inyong layuning “{ $goal }”.
    [active] Ginagawa na ninyo ngayon ang inyong layuning “{ $goal }”.
    [achieved] Naabot ninyo ang inyong layuning “{ $goal }”.
    [on-hold] Nakahinto muna sa ngayon ang inyong layuning “{ $goal }”.
   *[discontinued] Hindi na itinutuloy ang inyong layuning “{ $goal }”.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Wala nang target na petsa ang inyong layuning “{ $goal }”.
       *[other] Ang target na petsa ng inyong layuning “{ $goal }” ay { $date } na ngayon.
    }
    [expressedBy] Nagbago ang tala kung sino ang nagsabi ng inyong layuning “{ $goal }”.
    [confidential] Nagbago kung sino ang puwedeng makakita ng inyong layuning “{ $goal }”.
   *[other] Nagbago ang mga pangangailangang tinutugunan ng inyong layuning “{ $goal }”.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = Isang bagong hakbang para sa inyong layuning “{ $goal }”: “{ $step }”.
change-step-removed = Hindi na bahagi ng inyong layuning “{ $goal }” ang hakbang na ito: “{ $step }”.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] Ganito na ngayon ang isang hakbang para sa inyong layuning “{ $goal }”: “{ $step }”.
    [responsibleId] { $case ->
        [removed] Nagbago kung sino ang gagawa ng hakbang na “{ $step }”.
       *[other] Si { $who } na ngayon ang gagawa ng hakbang na “{ $step }”.
    }
    [byPerson] { $after ->
        [true] Kayo na mismo ang gagawa ng hakbang na “{ $step }”.
       *[other] Isang kasama sa inyong team na ngayon ang gagawa ng hakbang na “{ $step }”.
    }
    [withIds] Nagbago kung sino ang gumagawa ng hakbang na “{ $step }” kasama ninyo.
    [targetDate] { $case ->
        [removed] Wala nang target na petsa ang hakbang na “{ $step }”.
       *[other] May target na petsa na ngayon ang hakbang na “{ $step }”: { $date }.
    }
    [done] { $after ->
        [true] Tapos na ang hakbang na “{ $step }”.
       *[other] Hindi na nakamarkang tapos ang hakbang na “{ $step }”.
    }
   *[other] Na-update ang hakbang na “{ $step }”.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] Idinagdag sa inyong plano ang suportang “{ $name }”: { $amount }.
   *[other] Idinagdag sa inyong plano ang suportang “{ $name }”.
}
change-support-removed = Wala na sa inyong plano ang suportang “{ $name }”.
# $before, $after: the old and new names.
change-support-renamed = Ang inyong suportang “{ $before }” ay tinatawag na ngayong “{ $after }”.
# $before: the old amount, or only its number when the unit and how often stay the same ("from 10 to 12 hours a week").
change-support-amount = Ang inyong suportang “{ $name }” ay magbabago mula { $before } tungo sa { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] Ang inyong suportang “{ $name }” ay ibibigay na ngayon ng { $after }.
    [removed] Wala nang nakapangalang provider ang inyong suportang “{ $name }”.
   *[changed] Ang inyong suportang “{ $name }” ay manggagaling na ngayon sa { $after } sa halip na sa { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Wala nang petsa ng pagsisimula ang inyong suportang “{ $name }”.
       *[other] Magsisimula na ngayon ang inyong suportang “{ $name }” sa { $date }.
    }
   *[endDate] { $case ->
        [removed] Wala nang petsa ng pagtatapos ang inyong suportang “{ $name }”.
       *[other] Magtatapos na ngayon ang inyong suportang “{ $name }” sa { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] Bayad na serbisyo na ngayon ang inyong suportang “{ $name }”.
   *[other] Ang inyong suportang “{ $name }” ay hindi na bayad at galing na ngayon sa mga tao sa inyong buhay.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] Binago ang paglalarawan kung ano ang ginagawa ng inyong suportang “{ $name }”.
    [location] Nagbago kung saan ninyo natatanggap ang inyong suportang “{ $name }”.
    [fundingSource] Nagbago kung sino ang nagbabayad para sa inyong suportang “{ $name }”.
    [selfDirected] { $after ->
        [true] Kayo na mismo ang namamahala ngayon sa inyong suportang “{ $name }”.
       *[other] Hindi na kayo ang namamahala sa inyong suportang “{ $name }”.
    }
    [deliveryPreferences] Nagbago kung paano ninyo gustong ibigay ang inyong suportang “{ $name }”.
    [critical] { $after ->
        [true] Sinasabi na ngayon ng inyong plano na nakasalalay ang inyong kalusugan o kaligtasan sa inyong suportang “{ $name }”.
       *[other] Hindi na sinasabi ng inyong plano na nakasalalay ang inyong kalusugan o kaligtasan sa inyong suportang “{ $name }”.
    }
    [backup] Nagbago kung ano ang mangyayari kapag hindi dumating ang inyong suportang “{ $name }”.
    [ratePerUnit] Nagbago ang halagang ibinabayad para sa inyong suportang “{ $name }”.
    [goalIds] Nagbago ang mga layuning tinutulungan ng inyong suportang “{ $name }”.
    [needIds] Nagbago ang mga pangangailangang tinutulungan ng inyong suportang “{ $name }”.
    [code] Nagbago ang service code ng inyong suportang “{ $name }”.
    [schedule] Nagbago kung kailan ninyo natatanggap ang inyong suportang “{ $name }”.
    [authorization] Nagbago ang pag-apruba ng health plan sa inyong suportang “{ $name }”.
    [confidential] Nagbago kung sino ang puwedeng makakita ng inyong suportang “{ $name }”.
   *[other] Nagbago ang mga detalye ng inyong suportang “{ $name }”.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] Sinasabi na ngayon ng inyong plano na walang nahanap na suportang hindi bayad mula sa mga tao sa inyong buhay.
   *[other] Hindi na sinasabi ng inyong plano na walang nahanap na suportang hindi bayad.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = May bagong panganib na binanggit sa inyong plano: “{ $risk }”.
change-risk-removed = Wala na sa inyong plano ang panganib na ito: “{ $risk }”.
change-risk-mitigation = { $case ->
    [removed] Hindi na sinasabi ng inyong plano kung paano kayo mananatiling ligtas sa panganib na “{ $risk }”.
   *[other] Ganito na ngayon kung paano kayo mananatiling ligtas sa panganib na “{ $risk }”: “{ $after }”.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] Ganito na ngayon ang isang panganib sa inyong plano: “{ $risk }”.
    [confidential] Nagbago kung sino ang puwedeng makakita ng panganib na “{ $risk }”.
   *[other] Na-update ang inyong pinili tungkol sa panganib na “{ $risk }”.
}

change-backup-plan = { $case ->
    [added] May planong pang-emergency na ngayon ang inyong plano.
    [removed] Wala nang planong pang-emergency ang inyong plano.
   *[changed] Nagbago ang inyong planong pang-emergency.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Sinasabi na ngayon ng inyong plano na nakatira kayo sa sarili ninyong bahay.
        [family-home] Sinasabi na ngayon ng inyong plano na nakatira kayo sa bahay ng isang kapamilya.
        [supportive-housing] Sinasabi na ngayon ng inyong plano na nakatira kayo sa supportive housing.
        [shared-living] Sinasabi na ngayon ng inyong plano na nakatira kayo sa isang shared living na tahanan.
        [residential-facility] Sinasabi na ngayon ng inyong plano na nakatira kayo sa isang lisensyadong residential home.
        [unhoused] Sinasabi na ngayon ng inyong plano na nasa shelter kayo o walang permanenteng tirahan.
       *[other] Sinasabi na ngayon ng inyong plano na nakatira kayo sa ibang lugar.
    }
    [description] Nagbago kung paano ninyo inilalarawan ang inyong tirahan.
    [chosenByPerson] { $after ->
        [true] Sinasabi na ngayon ng inyong plano na kayo ang pumili ng inyong tirahan.
       *[other] Hindi na sinasabi ng inyong plano na kayo ang pumili ng inyong tirahan.
    }
    [alternativesConsidered] Na-update ang ibang lugar na pinag-isipan ninyong tirhan.
   *[other] Nagbago ang tala kung saan kayo nakatira at bakit.
}

change-service-choice = Nagbago ang tala ng inyong mga pinili sa mga serbisyo at provider.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = May idinagdag na limitasyon sa isa sa inyong mga karapatan sa inyong plano: “{ $right }”.
change-modification-removed = Wala na sa inyong plano ang limitasyong ito sa inyong mga karapatan: “{ $right }”.
change-modification-changed = Nagbago ang mga detalye ng limitasyon sa inyong karapatang “{ $right }”.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] inyong tagapag-ugnay ng pangangalaga (care coordinator)
    [lead-care-manager] inyong Lead Care Manager
    [housing-navigator] inyong gabay sa pabahay (housing navigator)
    [provider] isang provider
    [clinician] isang health care provider
    [family] kapamilya
    [friend] isang kaibigan
    [peer-support] isang peer supporter
    [representative] inyong kinatawan
    [decision-supporter] inyong tagasuporta sa pagpapasya
   *[other] isang kasama sa team
}
change-team-added = Sumali si { $name } sa inyong team bilang { $role }.
change-team-removed = Wala na si { $name } sa inyong team.
change-team-role-changed = Nasa inyong team na ngayon si { $name } bilang { $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] Nagbago ang impormasyon sa pakikipag-ugnayan kay { $name }.
    [chosenByPerson] Nagbago sa inyong plano kung kayo ang pumili kay { $name } para sa inyong team.
   *[other] Nagbago ang mga detalye tungkol kay { $name } sa inyong team.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = Nagbago ang taong tumutulong sa inyong isulat ang inyong plano.
change-plan-monitor = { $case ->
    [removed] Hindi na pinangangalanan ng inyong plano kung sino ang sumusubaybay dito.
   *[other] Si { $name } na ngayon ang sumusubaybay na natutupad ang inyong plano.
}

## Reviews.

change-last-review = { $case ->
    [removed] Wala nang petsa ang inyong plano para sa huling pagrepaso.
   *[other] Ang petsa ng huling pagrepaso ng inyong plano ay { $date } na ngayon.
}
change-next-review = { $case ->
    [removed] Wala nang petsa ang inyong plano para sa susunod na pagrepaso.
   *[other] Ang susunod na pagrepaso ng inyong plano ay dapat na ngayong gawin bago o sa { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] Nagbago kung ano ang nagdudulot ng pagrepaso ng inyong plano.
   *[other] Nagbago kung paano kayo makakahiling na baguhin ang inyong plano.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Nagbago ang seksyon ng inyong pamamahala ng pangangalaga.
   *[other] Nagbago ang inyong plano sa suporta sa pabahay.
}
