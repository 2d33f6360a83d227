## What changed since the last version of the plan: one sentence per change, said to the person ("your": លោកអ្នក).
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Khmer quotes plan text with “ ”. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".

## Amounts of a support, used inside other sentences: "12 ម៉ោង ក្នុងមួយសប្តាហ៍", "2,350 ដុល្លារ តែម្តង".

# $quantity: the number, for choosing the plural (Khmer: "other" only); $number: the same number, formatted.
# $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number } នាទី
    }
    [quarter-hour] { $quantity ->
       *[other] { $number } ភាគបួនម៉ោង
    }
    [hour] { $quantity ->
       *[other] { $number } ម៉ោង
    }
    [half-day] { $quantity ->
       *[other] { $number } កន្លះថ្ងៃ
    }
    [day] { $quantity ->
       *[other] { $number } ថ្ងៃ
    }
    [visit] { $quantity ->
       *[other] { $number } ដងមកជួប
    }
    [session] { $quantity ->
       *[other] { $number } វគ្គ
    }
    [meal] { $quantity ->
       *[other] { $number } ពេលអាហារ
    }
    [trip] { $quantity ->
       *[other] { $number } ជើងដឹកជញ្ជូន
    }
    [mile] { $quantity ->
       *[other] { $number } ម៉ាយ
    }
    [dollar] { $number } ដុល្លារ
    [item] { $quantity ->
       *[other] { $number } មុខ
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } ក្នុងមួយថ្ងៃ
    [week] { $amount } ក្នុងមួយសប្តាហ៍
    [month] { $amount } ក្នុងមួយខែ
    [year] { $amount } ក្នុងមួយឆ្នាំ
    [one-time] { $amount } តែម្តង
    [as-needed] { $amount } នៅពេលលោកអ្នកស្នើសុំ
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = គ្មានចំនួនកំណត់

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] ឥឡូវនេះ ផែនការរបស់លោកអ្នកចាប់ផ្តើមនៅថ្ងៃ { $date }។
   *[end] { $case ->
        [removed] ផែនការរបស់លោកអ្នកលែងមានកាលបរិច្ឆេទបញ្ចប់ទៀតហើយ។
       *[other] ឥឡូវនេះ ផែនការរបស់លោកអ្នកបញ្ចប់នៅថ្ងៃ { $date }។
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] ឈ្មោះតាមច្បាប់របស់លោកអ្នកនៅក្នុងផែនការបានផ្លាស់ប្តូរ។
    [preferredNames] ឈ្មោះដែលលោកអ្នកចង់ឱ្យគេហៅបានផ្លាស់ប្តូរ។
    [pronouns] សព្វនាមរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [identityLanguage] របៀបដែលលោកអ្នកចង់ឱ្យគេពិពណ៌នាអំពីលោកអ្នកបានផ្លាស់ប្តូរ។
    [birthDate] ថ្ងៃខែឆ្នាំកំណើតរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [identifiers] លេខសម្គាល់របស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [contact] ព័ត៌មានទំនាក់ទំនងរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [emergencyContacts] អ្នកទំនាក់ទំនងពេលអាសន្នរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [language] ជម្រើសភាសា ឬទម្រង់ឯកសាររបស់លោកអ្នកបានផ្លាស់ប្តូរ។
    [residence] កន្លែងដែលលោកអ្នករស់នៅបានផ្លាស់ប្តូរ។
   *[other] ព័ត៌មានផ្ទាល់ខ្លួនរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] អាណាព្យាបាល
    [conservator] អ្នកថែរក្សាផលប្រយោជន៍តាមច្បាប់ (conservator)
    [authorized-representative] អ្នកតំណាងដែលមានការអនុញ្ញាត
    [power-of-attorney] អ្នកកាន់អំណាចប្រគល់សិទ្ធិ (power of attorney)
    [supported-decision-maker] អ្នកគាំទ្រដែលជួយលោកអ្នកធ្វើការសម្រេចចិត្ត
   *[other] អ្នកតំណាង
}
change-representative-added = ឥឡូវនេះ { $name } មាននៅក្នុងផែនការរបស់លោកអ្នក ជា{ $role }របស់លោកអ្នក។
change-representative-removed = { $name } លែងមាននៅក្នុងផែនការរបស់លោកអ្នក ជា{ $role }របស់លោកអ្នកទៀតហើយ។
change-representative-changed = ព័ត៌មានអំពី { $name } ដែលជា{ $role }របស់លោកអ្នក បានផ្លាស់ប្តូរ។

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] អ្វីដែលមនុស្សចូលចិត្ត និងកោតសរសើរអំពីលោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [strengths] ចំណុចខ្លាំងរបស់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [interests] ចំណាប់អារម្មណ៍របស់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [talents] ទេពកោសល្យរបស់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [importantTo] អ្វីដែលសំខាន់សម្រាប់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [howToSupport] របៀបល្អបំផុតក្នុងការគាំទ្រលោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
    [preferences] ចំណូលចិត្តរបស់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
   *[other] ប្រវត្តិរូបរបស់លោកអ្នក ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
}

## Needs. $text: the need, in plain words.

change-need-added = ផែនការរបស់លោកអ្នកបន្ថែមតម្រូវការមួយ៖ “{ $text }”។
change-need-removed = តម្រូវការនេះលែងមាននៅក្នុងផែនការរបស់លោកអ្នកទៀតហើយ៖ “{ $text }”។
change-need-changed = { $field ->
    [description] ឥឡូវនេះ តម្រូវការមួយនៅក្នុងផែនការរបស់លោកអ្នកសរសេរថា៖ “{ $text }”។
    [confidential] អ្នកដែលមានសិទ្ធិមើលតម្រូវការនេះ បានផ្លាស់ប្តូរ៖ “{ $text }”។
   *[other] ព័ត៌មានលម្អិតនៃតម្រូវការនេះ ត្រូវបានធ្វើបច្ចុប្បន្នភាព៖ “{ $text }”។
}

## Goals. $goal: the goal in plain words.

change-goal-added = ផែនការរបស់លោកអ្នកមានគោលដៅថ្មីមួយ៖ “{ $goal }”។
change-goal-removed = គោលដៅនេះលែងមាននៅក្នុងផែនការរបស់លោកអ្នកទៀតហើយ៖ “{ $goal }”។
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] ពាក្យសម្ដីផ្ទាល់របស់លោកអ្នកសម្រាប់គោលដៅ “{ $goal }” ត្រូវបានដកចេញ។
       *[other] ឥឡូវនេះ ពាក្យសម្ដីផ្ទាល់របស់លោកអ្នកសម្រាប់គោលដៅមួយ សរសេរថា៖ “{ $after }”។
    }
   *[statement] ឥឡូវនេះ គោលដៅរបស់លោកអ្នក “{ $before }” សរសេរថា៖ “{ $after }”។
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] ឥឡូវនេះ គោលដៅរបស់លោកអ្នក “{ $goal }” ត្រូវបានស្នើឡើង។
    [active] ឥឡូវនេះ លោកអ្នកកំពុងធ្វើការលើគោលដៅ “{ $goal }” របស់លោកអ្នក។
    [achieved] លោកអ្នកបានសម្រេចគោលដៅ “{ $goal }” របស់លោកអ្នកហើយ។
    [on-hold] គោលដៅរបស់លោកអ្នក “{ $goal }” ត្រូវបានផ្អាកសិនសម្រាប់ពេលនេះ។
   *[discontinued] គោលដៅរបស់លោកអ្នក “{ $goal }” លែងកំពុងដំណើរការទៀតហើយ។
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] គោលដៅរបស់លោកអ្នក “{ $goal }” លែងមានកាលបរិច្ឆេទគោលដៅទៀតហើយ។
       *[other] ឥឡូវនេះ កាលបរិច្ឆេទគោលដៅសម្រាប់គោលដៅរបស់លោកអ្នក “{ $goal }” គឺ { $date }។
    }
    [expressedBy] កំណត់ត្រាអំពីអ្នកដែលបាននិយាយគោលដៅរបស់លោកអ្នក “{ $goal }” បានផ្លាស់ប្តូរ។
    [confidential] អ្នកដែលមានសិទ្ធិមើលគោលដៅរបស់លោកអ្នក “{ $goal }” បានផ្លាស់ប្តូរ។
   *[other] តម្រូវការដែលគោលដៅរបស់លោកអ្នក “{ $goal }” ទាក់ទងនឹង បានផ្លាស់ប្តូរ។
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = ជំហានថ្មីមួយឆ្ពោះទៅគោលដៅរបស់លោកអ្នក “{ $goal }”៖ “{ $step }”។
change-step-removed = ជំហាននេះលែងជាផ្នែកនៃគោលដៅរបស់លោកអ្នក “{ $goal }” ទៀតហើយ៖ “{ $step }”។
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] ឥឡូវនេះ ជំហានមួយឆ្ពោះទៅគោលដៅរបស់លោកអ្នក “{ $goal }” សរសេរថា៖ “{ $step }”។
    [responsibleId] { $case ->
        [removed] អ្នកដែលធ្វើជំហាន “{ $step }” បានផ្លាស់ប្តូរ។
       *[other] ឥឡូវនេះ { $who } នឹងធ្វើជំហាន “{ $step }”។
    }
    [byPerson] { $after ->
        [true] ឥឡូវនេះ លោកអ្នកនឹងធ្វើជំហាន “{ $step }” ដោយខ្លួនឯង។
       *[other] ឥឡូវនេះ នរណាម្នាក់នៅក្នុងក្រុមរបស់លោកអ្នក នឹងធ្វើជំហាន “{ $step }”។
    }
    [withIds] អ្នកដែលធ្វើជំហាន “{ $step }” រួមជាមួយលោកអ្នក បានផ្លាស់ប្តូរ។
    [targetDate] { $case ->
        [removed] ជំហាន “{ $step }” លែងមានកាលបរិច្ឆេទគោលដៅទៀតហើយ។
       *[other] ឥឡូវនេះ ជំហាន “{ $step }” មានកាលបរិច្ឆេទគោលដៅ { $date }។
    }
    [done] { $after ->
        [true] ជំហាន “{ $step }” បានធ្វើរួចរាល់ហើយ។
       *[other] ជំហាន “{ $step }” លែងត្រូវបានកត់សម្គាល់ថារួចរាល់ទៀតហើយ។
    }
   *[other] ជំហាន “{ $step }” ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 ម៉ោង ក្នុងមួយសប្តាហ៍") is given.
change-support-added = { $case ->
    [amount] ផែនការរបស់លោកអ្នកបន្ថែមការគាំទ្រ “{ $name }”៖ { $amount }។
   *[other] ផែនការរបស់លោកអ្នកបន្ថែមការគាំទ្រ “{ $name }”។
}
change-support-removed = ការគាំទ្រ “{ $name }” លែងមាននៅក្នុងផែនការរបស់លោកអ្នកទៀតហើយ។
# $before, $after: the old and new names.
change-support-renamed = ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $before }” មានឈ្មោះថា “{ $after }”។
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = ការគាំទ្ររបស់លោកអ្នក “{ $name }” ផ្លាស់ប្តូរពី { $before } ទៅ { $after }។
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] ឥឡូវនេះ { $after } នឹងផ្តល់ការគាំទ្រ “{ $name }” របស់លោកអ្នក។
    [removed] ការគាំទ្ររបស់លោកអ្នក “{ $name }” លែងមានឈ្មោះអ្នកផ្តល់សេវាទៀតហើយ។
   *[changed] ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $name }” នឹងមកពី { $after } ជំនួសឱ្យ { $before }។
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] ការគាំទ្ររបស់លោកអ្នក “{ $name }” លែងមានកាលបរិច្ឆេទចាប់ផ្តើមទៀតហើយ។
       *[other] ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $name }” ចាប់ផ្តើមនៅថ្ងៃ { $date }។
    }
   *[endDate] { $case ->
        [removed] ការគាំទ្ររបស់លោកអ្នក “{ $name }” លែងមានកាលបរិច្ឆេទបញ្ចប់ទៀតហើយ។
       *[other] ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $name }” បញ្ចប់នៅថ្ងៃ { $date }។
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $name }” គឺជាសេវាដែលមានការបង់ប្រាក់។
   *[other] ឥឡូវនេះ ការគាំទ្ររបស់លោកអ្នក “{ $name }” គឺជាការគាំទ្រដែលមិនបានបង់ប្រាក់ ពីមនុស្សនៅក្នុងជីវិតរបស់លោកអ្នក។
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] អ្វីដែលការគាំទ្ររបស់លោកអ្នក “{ $name }” ធ្វើ ត្រូវបានសរសេរឡើងវិញ។
    [location] កន្លែងដែលលោកអ្នកទទួលការគាំទ្រ “{ $name }” បានផ្លាស់ប្តូរ។
    [fundingSource] អ្នកដែលបង់ប្រាក់សម្រាប់ការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
    [selfDirected] { $after ->
        [true] ឥឡូវនេះ លោកអ្នកដឹកនាំការគាំទ្ររបស់លោកអ្នក “{ $name }” ដោយខ្លួនឯង។
       *[other] លោកអ្នកលែងដឹកនាំការគាំទ្ររបស់លោកអ្នក “{ $name }” ដោយខ្លួនឯងទៀតហើយ។
    }
    [deliveryPreferences] របៀបដែលលោកអ្នកចង់ទទួលការគាំទ្រ “{ $name }” បានផ្លាស់ប្តូរ។
    [critical] { $after ->
        [true] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា សុខភាព ឬសុវត្ថិភាពរបស់លោកអ្នក អាស្រ័យលើការគាំទ្រ “{ $name }” របស់លោកអ្នក។
       *[other] ផែនការរបស់លោកអ្នកលែងនិយាយថា សុខភាព ឬសុវត្ថិភាពរបស់លោកអ្នក អាស្រ័យលើការគាំទ្រ “{ $name }” របស់លោកអ្នកទៀតហើយ។
    }
    [backup] អ្វីដែលត្រូវធ្វើ ប្រសិនបើការគាំទ្ររបស់លោកអ្នក “{ $name }” មិនមក បានផ្លាស់ប្តូរ។
    [ratePerUnit] អត្រាដែលបានបង់សម្រាប់ការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
    [goalIds] គោលដៅដែលការគាំទ្ររបស់លោកអ្នក “{ $name }” ជួយ បានផ្លាស់ប្តូរ។
    [needIds] តម្រូវការដែលការគាំទ្ររបស់លោកអ្នក “{ $name }” ជួយ បានផ្លាស់ប្តូរ។
    [code] លេខកូដសេវាសម្រាប់ការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
    [schedule] ពេលដែលលោកអ្នកទទួលការគាំទ្រ “{ $name }” បានផ្លាស់ប្តូរ។
    [authorization] ការអនុម័តរបស់គម្រោងសុខភាព សម្រាប់ការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
    [confidential] អ្នកដែលមានសិទ្ធិមើលការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
   *[other] ព័ត៌មានលម្អិតនៃការគាំទ្ររបស់លោកអ្នក “{ $name }” បានផ្លាស់ប្តូរ។
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា រកមិនឃើញការគាំទ្រដែលមិនបានបង់ប្រាក់ ពីមនុស្សនៅក្នុងជីវិតរបស់លោកអ្នកទេ។
   *[other] ផែនការរបស់លោកអ្នកលែងនិយាយថា រកមិនឃើញការគាំទ្រដែលមិនបានបង់ប្រាក់ទៀតហើយ។
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = ផែនការរបស់លោកអ្នកបញ្ជាក់ពីហានិភ័យថ្មីមួយ៖ “{ $risk }”។
change-risk-removed = ហានិភ័យនេះលែងមាននៅក្នុងផែនការរបស់លោកអ្នកទៀតហើយ៖ “{ $risk }”។
change-risk-mitigation = { $case ->
    [removed] ផែនការរបស់លោកអ្នកលែងនិយាយថា លោកអ្នករក្សាសុវត្ថិភាពដោយរបៀបណាជាមួយហានិភ័យ “{ $risk }” ទៀតហើយ។
   *[other] ឥឡូវនេះ របៀបដែលលោកអ្នករក្សាសុវត្ថិភាពជាមួយហានិភ័យ “{ $risk }” គឺ៖ “{ $after }”។
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] ឥឡូវនេះ ហានិភ័យមួយនៅក្នុងផែនការរបស់លោកអ្នកសរសេរថា៖ “{ $risk }”។
    [confidential] អ្នកដែលមានសិទ្ធិមើលហានិភ័យ “{ $risk }” បានផ្លាស់ប្តូរ។
   *[other] ការជ្រើសរើសរបស់លោកអ្នកអំពីហានិភ័យ “{ $risk }” ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
}

change-backup-plan = { $case ->
    [added] ឥឡូវនេះ ផែនការរបស់លោកអ្នកមានផែនការបម្រុងសម្រាប់ពេលអាសន្ន។
    [removed] ផែនការរបស់លោកអ្នកលែងមានផែនការបម្រុងសម្រាប់ពេលអាសន្នទៀតហើយ។
   *[changed] ផែនការបម្រុងសម្រាប់ពេលអាសន្នរបស់លោកអ្នកបានផ្លាស់ប្តូរ។
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅក្នុងផ្ទះផ្ទាល់ខ្លួនរបស់លោកអ្នក។
        [family-home] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅក្នុងផ្ទះរបស់សមាជិកគ្រួសារម្នាក់។
        [supportive-housing] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅក្នុងលំនៅដ្ឋានដែលមានការគាំទ្រ។
        [shared-living] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅក្នុងផ្ទះរស់នៅរួមគ្នា។
        [residential-facility] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅក្នុងផ្ទះថែទាំស្នាក់នៅដែលមានអាជ្ញាប័ណ្ណ។
        [unhoused] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នកស្នាក់នៅក្នុងជម្រកបណ្តោះអាសន្ន ឬគ្មានអាសយដ្ឋានពិតប្រាកដ។
       *[other] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នករស់នៅកន្លែងផ្សេង។
    }
    [description] របៀបដែលលោកអ្នកពិពណ៌នាអំពីកន្លែងដែលលោកអ្នករស់នៅ បានផ្លាស់ប្តូរ។
    [chosenByPerson] { $after ->
        [true] ឥឡូវនេះ ផែនការរបស់លោកអ្នកនិយាយថា លោកអ្នកបានជ្រើសរើសកន្លែងដែលលោកអ្នករស់នៅ។
       *[other] ផែនការរបស់លោកអ្នកលែងនិយាយថា លោកអ្នកបានជ្រើសរើសកន្លែងដែលលោកអ្នករស់នៅទៀតហើយ។
    }
    [alternativesConsidered] កន្លែងផ្សេងទៀតដែលលោកអ្នកបានគិតពិចារណាសម្រាប់រស់នៅ ត្រូវបានធ្វើបច្ចុប្បន្នភាព។
   *[other] កំណត់ត្រាអំពីកន្លែងដែលលោកអ្នករស់នៅ និងមូលហេតុ បានផ្លាស់ប្តូរ។
}

change-service-choice = កំណត់ត្រាអំពីការជ្រើសរើសសេវា និងអ្នកផ្តល់សេវារបស់លោកអ្នក បានផ្លាស់ប្តូរ។

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = ផែនការរបស់លោកអ្នកបន្ថែមការដាក់កម្រិតលើសិទ្ធិមួយរបស់លោកអ្នក៖ “{ $right }”។
change-modification-removed = ការដាក់កម្រិតនេះលើសិទ្ធិរបស់លោកអ្នក លែងមាននៅក្នុងផែនការរបស់លោកអ្នកទៀតហើយ៖ “{ $right }”។
change-modification-changed = ព័ត៌មានលម្អិតនៃការដាក់កម្រិតលើសិទ្ធិរបស់លោកអ្នក “{ $right }” បានផ្លាស់ប្តូរ។

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] អ្នកសម្របសម្រួលការថែទាំរបស់លោកអ្នក
    [lead-care-manager] អ្នកគ្រប់គ្រងការថែទាំនាំមុខរបស់លោកអ្នក
    [housing-navigator] អ្នកណែនាំផ្លូវរកលំនៅដ្ឋានរបស់លោកអ្នក
    [provider] អ្នកផ្តល់សេវា
    [clinician] អ្នកផ្តល់សេវាថែទាំសុខភាព
    [family] ក្រុមគ្រួសារ
    [friend] មិត្តភក្តិ
    [peer-support] អ្នកគាំទ្រដែលមានបទពិសោធន៍ស្រដៀងគ្នា
    [representative] អ្នកតំណាងរបស់លោកអ្នក
    [decision-supporter] អ្នកគាំទ្រលោកអ្នកក្នុងការធ្វើការសម្រេចចិត្ត
   *[other] សមាជិកក្រុម
}
change-team-added = { $name } ចូលរួមក្នុងក្រុមរបស់លោកអ្នក ជា{ $role }។
change-team-removed = { $name } លែងនៅក្នុងក្រុមរបស់លោកអ្នកទៀតហើយ។
change-team-role-changed = ឥឡូវនេះ { $name } នៅក្នុងក្រុមរបស់លោកអ្នក ជា{ $role }។
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] ព័ត៌មានទំនាក់ទំនងរបស់ { $name } បានផ្លាស់ប្តូរ។
    [chosenByPerson] ផែនការរបស់លោកអ្នកបានផ្លាស់ប្តូរ ថាតើលោកអ្នកបានជ្រើសរើស { $name } ឱ្យចូលក្នុងក្រុមរបស់លោកអ្នកឬទេ។
   *[other] ព័ត៌មានលម្អិតអំពី { $name } នៅក្នុងក្រុមរបស់លោកអ្នក បានផ្លាស់ប្តូរ។
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = អ្នកដែលជួយលោកអ្នកសរសេរផែនការរបស់លោកអ្នក បានផ្លាស់ប្តូរ។
change-plan-monitor = { $case ->
    [removed] ផែនការរបស់លោកអ្នកលែងដាក់ឈ្មោះអ្នកដែលតាមដានវាទៀតហើយ។
   *[other] ឥឡូវនេះ { $name } ពិនិត្យថា ផែនការរបស់លោកអ្នកត្រូវបានអនុវត្ត។
}

## Reviews.

change-last-review = { $case ->
    [removed] ផែនការរបស់លោកអ្នកលែងមានកាលបរិច្ឆេទនៃការពិនិត្យឡើងវិញលើកចុងក្រោយទៀតហើយ។
   *[other] ឥឡូវនេះ ការពិនិត្យផែនការឡើងវិញលើកចុងក្រោយរបស់លោកអ្នក មានកាលបរិច្ឆេទ { $date }។
}
change-next-review = { $case ->
    [removed] ផែនការរបស់លោកអ្នកលែងមានកាលបរិច្ឆេទនៃការពិនិត្យឡើងវិញលើកក្រោយទៀតហើយ។
   *[other] ឥឡូវនេះ ការពិនិត្យផែនការឡើងវិញលើកក្រោយរបស់លោកអ្នក ត្រូវធ្វើមុនថ្ងៃ { $date }។
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] អ្វីដែលនាំឱ្យមានការពិនិត្យផែនការរបស់លោកអ្នកឡើងវិញ បានផ្លាស់ប្តូរ។
   *[other] របៀបដែលលោកអ្នកអាចស្នើសុំកែប្រែផែនការរបស់លោកអ្នក បានផ្លាស់ប្តូរ។
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] ផ្នែកការគ្រប់គ្រងការថែទាំ (ECM) របស់លោកអ្នក បានផ្លាស់ប្តូរ។
   *[other] ផែនការគាំទ្រលំនៅដ្ឋានរបស់លោកអ្នក បានផ្លាស់ប្តូរ។
}
