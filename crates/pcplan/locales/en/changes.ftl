## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Quote plan text the way this language quotes. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } minute
       *[other] { $number } minutes
    }
    [quarter-hour] { $quantity ->
        [one] { $number } quarter hour
       *[other] { $number } quarter hours
    }
    [hour] { $quantity ->
        [one] { $number } hour
       *[other] { $number } hours
    }
    [half-day] { $quantity ->
        [one] { $number } half day
       *[other] { $number } half days
    }
    [day] { $quantity ->
        [one] { $number } day
       *[other] { $number } days
    }
    [visit] { $quantity ->
        [one] { $number } visit
       *[other] { $number } visits
    }
    [session] { $quantity ->
        [one] { $number } session
       *[other] { $number } sessions
    }
    [meal] { $quantity ->
        [one] { $number } meal
       *[other] { $number } meals
    }
    [trip] { $quantity ->
        [one] { $number } ride
       *[other] { $number } rides
    }
    [mile] { $quantity ->
        [one] { $number } mile
       *[other] { $number } miles
    }
    [dollar] ${ $number }
    [item] { $quantity ->
        [one] { $number } item
       *[other] { $number } items
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } a day
    [week] { $amount } a week
    [month] { $amount } a month
    [year] { $amount } a year
    [one-time] { $amount } one time
    [as-needed] { $amount } when you ask for it
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = no set amount

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] Your plan now starts on { $date }.
   *[end] { $case ->
        [removed] Your plan no longer has an end date.
       *[other] Your plan now ends on { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] Your legal name in the plan changed.
    [preferredNames] The name you want to be called changed.
    [pronouns] Your pronouns changed.
    [identityLanguage] How you want to be described changed.
    [birthDate] Your date of birth changed.
    [identifiers] Your ID numbers changed.
    [contact] Your contact information changed.
    [emergencyContacts] Your emergency contacts changed.
    [language] Your language or format choices changed.
    [residence] Where you live changed.
   *[other] Your personal details changed.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] guardian
    [conservator] conservator
    [authorized-representative] authorized representative
    [power-of-attorney] power of attorney
    [supported-decision-maker] supporter who helps you make decisions
   *[other] representative
}
change-representative-added = { $name } is now in your plan as your { $role }.
change-representative-removed = { $name } is no longer in your plan as your { $role }.
change-representative-changed = The details about { $name }, your { $role }, changed.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] What people like and admire about you was updated.
    [strengths] Your strengths were updated.
    [interests] Your interests were updated.
    [talents] Your talents were updated.
    [importantTo] What is important to you was updated.
    [howToSupport] How best to support you was updated.
    [preferences] Your preferences were updated.
   *[other] Your profile was updated.
}

## Needs. $text: the need, in plain words.

change-need-added = Your plan adds a need: '{ $text }'.
change-need-removed = This need is no longer in your plan: '{ $text }'.
change-need-changed = { $field ->
    [description] A need in your plan now reads: '{ $text }'.
    [confidential] Who may see this need changed: '{ $text }'.
   *[other] The details of this need were updated: '{ $text }'.
}

## Goals. $goal: the goal in plain words.

change-goal-added = Your plan has a new goal: '{ $goal }'.
change-goal-removed = This goal is no longer in your plan: '{ $goal }'.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Your own words for the goal '{ $goal }' were taken out.
       *[other] Your own words for a goal now read: '{ $after }'.
    }
   *[statement] Your goal '{ $before }' now reads: '{ $after }'.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] Your goal '{ $goal }' is now proposed.
    [active] You are now working on your goal '{ $goal }'.
    [achieved] You reached your goal '{ $goal }'.
    [on-hold] Your goal '{ $goal }' is on hold for now.
   *[discontinued] Your goal '{ $goal }' is no longer in progress.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Your goal '{ $goal }' no longer has a target date.
       *[other] The target date for your goal '{ $goal }' is now { $date }.
    }
    [expressedBy] The record of who said your goal '{ $goal }' changed.
    [confidential] Who may see your goal '{ $goal }' changed.
   *[other] The needs your goal '{ $goal }' is about changed.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = A new step toward your goal '{ $goal }': '{ $step }'.
change-step-removed = This step is no longer part of your goal '{ $goal }': '{ $step }'.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] A step toward your goal '{ $goal }' now reads: '{ $step }'.
    [responsibleId] { $case ->
        [removed] Who does the step '{ $step }' changed.
       *[other] { $who } will now do the step '{ $step }'.
    }
    [byPerson] { $after ->
        [true] You will now do the step '{ $step }' yourself.
       *[other] Someone on your team will now do the step '{ $step }'.
    }
    [withIds] Who does the step '{ $step }' together with you changed.
    [targetDate] { $case ->
        [removed] The step '{ $step }' no longer has a target date.
       *[other] The step '{ $step }' now has a target date of { $date }.
    }
    [done] { $after ->
        [true] The step '{ $step }' is done.
       *[other] The step '{ $step }' is no longer marked done.
    }
   *[other] The step '{ $step }' was updated.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] Your plan adds the support '{ $name }': { $amount }.
   *[other] Your plan adds the support '{ $name }'.
}
change-support-removed = The support '{ $name }' is no longer in your plan.
# $before, $after: the old and new names.
change-support-renamed = Your support '{ $before }' is now called '{ $after }'.
# $before: the old amount, or only its number when the unit and how often stay the same ("from 10 to 12 hours a week").
change-support-amount = Your support '{ $name }' changes from { $before } to { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] { $after } will now provide your support '{ $name }'.
    [removed] Your support '{ $name }' no longer has a provider named.
   *[changed] Your support '{ $name }' will now come from { $after } instead of { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Your support '{ $name }' no longer has a start date.
       *[other] Your support '{ $name }' now starts on { $date }.
    }
   *[endDate] { $case ->
        [removed] Your support '{ $name }' no longer has an end date.
       *[other] Your support '{ $name }' now ends on { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] Your support '{ $name }' is now a paid service.
   *[other] Your support '{ $name }' is now an unpaid support from people in your life.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] What your support '{ $name }' does was reworded.
    [location] Where you get your support '{ $name }' changed.
    [fundingSource] Who pays for your support '{ $name }' changed.
    [selfDirected] { $after ->
        [true] You now direct your support '{ $name }' yourself.
       *[other] You no longer direct your support '{ $name }' yourself.
    }
    [deliveryPreferences] How you want your support '{ $name }' given changed.
    [critical] { $after ->
        [true] Your plan now says your health or safety depends on your support '{ $name }'.
       *[other] Your plan no longer says your health or safety depends on your support '{ $name }'.
    }
    [backup] What happens if your support '{ $name }' does not come changed.
    [ratePerUnit] The rate paid for your support '{ $name }' changed.
    [goalIds] The goals your support '{ $name }' helps with changed.
    [needIds] The needs your support '{ $name }' helps with changed.
    [code] The service code for your support '{ $name }' changed.
    [schedule] When you get your support '{ $name }' changed.
    [authorization] The health plan's approval of your support '{ $name }' changed.
    [confidential] Who may see your support '{ $name }' changed.
   *[other] The details of your support '{ $name }' changed.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] Your plan now says no unpaid supports from people in your life were found.
   *[other] Your plan no longer says that no unpaid supports were found.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = Your plan names a new risk: '{ $risk }'.
change-risk-removed = This risk is no longer in your plan: '{ $risk }'.
change-risk-mitigation = { $case ->
    [removed] Your plan no longer says how you stay safe with the risk '{ $risk }'.
   *[other] How you stay safe with the risk '{ $risk }' is now: '{ $after }'.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] A risk in your plan now reads: '{ $risk }'.
    [confidential] Who may see the risk '{ $risk }' changed.
   *[other] Your choice about the risk '{ $risk }' was updated.
}

change-backup-plan = { $case ->
    [added] Your plan now has a backup plan for emergencies.
    [removed] Your plan no longer has a backup plan for emergencies.
   *[changed] Your backup plan for emergencies changed.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Your plan now says you live in your own home.
        [family-home] Your plan now says you live in a family member's home.
        [supportive-housing] Your plan now says you live in supportive housing.
        [shared-living] Your plan now says you live in a shared living home.
        [residential-facility] Your plan now says you live in a licensed residential home.
        [unhoused] Your plan now says you stay in a shelter or have no fixed address.
       *[other] Your plan now says you live somewhere else.
    }
    [description] How you describe where you live changed.
    [chosenByPerson] { $after ->
        [true] Your plan now says you chose where you live.
       *[other] Your plan no longer says you chose where you live.
    }
    [alternativesConsidered] The other places you thought about living were updated.
   *[other] The record of where you live and why changed.
}

change-service-choice = The record of your choices of services and providers changed.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = Your plan adds a limit on one of your rights: '{ $right }'.
change-modification-removed = This limit on your rights is no longer in your plan: '{ $right }'.
change-modification-changed = The details of the limit on your rights '{ $right }' changed.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] your care coordinator
    [lead-care-manager] your lead care manager
    [housing-navigator] your housing navigator
    [provider] a provider
    [clinician] a clinician
    [family] family
    [friend] a friend
    [peer-support] a peer supporter
    [representative] your representative
    [decision-supporter] your supporter for decisions
   *[other] a team member
}
change-team-added = { $name } joins your team as { $role }.
change-team-removed = { $name } is no longer on your team.
change-team-role-changed = { $name } is now on your team as { $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] The contact information for { $name } changed.
    [chosenByPerson] Your plan changed whether you chose { $name } for your team.
   *[other] The details about { $name } on your team changed.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = The person who helps you write your plan changed.
change-plan-monitor = { $case ->
    [removed] Your plan no longer names who checks on it.
   *[other] { $name } now checks that your plan is carried out.
}

## Reviews.

change-last-review = { $case ->
    [removed] Your plan no longer has a date for your last review.
   *[other] Your last plan review is now dated { $date }.
}
change-next-review = { $case ->
    [removed] Your plan no longer has a date for your next review.
   *[other] Your next plan review is now due by { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] What brings a review of your plan changed.
   *[other] How you can ask to change your plan changed.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Your care management section changed.
   *[other] Your housing support plan changed.
}
