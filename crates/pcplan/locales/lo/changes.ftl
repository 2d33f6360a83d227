## What changed since the last version of the plan: one sentence per change, said to the person ("your": ຂອງທ່ານ).
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Lao quotes plan text with “ ”. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".

## Amounts of a support, used inside other sentences: "12 ຊົ່ວໂມງຕໍ່ອາທິດ", "2,350 ໂດລາ ຄັ້ງດຽວ".

# $quantity: the number, for choosing the plural (Lao: "other" only); $number: the same number, formatted.
# $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number } ນາທີ
    }
    [quarter-hour] { $quantity ->
       *[other] { $number } ຊ່ວງ 15 ນາທີ
    }
    [hour] { $quantity ->
       *[other] { $number } ຊົ່ວໂມງ
    }
    [half-day] { $quantity ->
       *[other] { $number } ເຄິ່ງມື້
    }
    [day] { $quantity ->
       *[other] { $number } ມື້
    }
    [visit] { $quantity ->
       *[other] { $number } ຄັ້ງທີ່ມາຢ້ຽມ
    }
    [session] { $quantity ->
       *[other] { $number } ຄັ້ງ
    }
    [meal] { $quantity ->
       *[other] { $number } ຄາບ
    }
    [trip] { $quantity ->
       *[other] { $number } ຖ້ຽວ
    }
    [mile] { $quantity ->
       *[other] { $number } ໄມລ໌
    }
    [dollar] { $number } ໂດລາ
    [item] { $quantity ->
       *[other] { $number } ລາຍການ
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } ຕໍ່ມື້
    [week] { $amount } ຕໍ່ອາທິດ
    [month] { $amount } ຕໍ່ເດືອນ
    [year] { $amount } ຕໍ່ປີ
    [one-time] { $amount } ຄັ້ງດຽວ
    [as-needed] { $amount } ເມື່ອທ່ານຂໍ
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = ບໍ່ໄດ້ກຳນົດຈຳນວນ

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] ຕອນນີ້ແຜນຂອງທ່ານເລີ່ມວັນທີ { $date }.
   *[end] { $case ->
        [removed] ແຜນຂອງທ່ານບໍ່ມີວັນສິ້ນສຸດແລ້ວ.
       *[other] ຕອນນີ້ແຜນຂອງທ່ານສິ້ນສຸດວັນທີ { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] ຊື່ຕາມກົດໝາຍຂອງທ່ານໃນແຜນໄດ້ປ່ຽນແປງ.
    [preferredNames] ຊື່ທີ່ທ່ານຢາກໃຫ້ເອີ້ນໄດ້ປ່ຽນແປງ.
    [pronouns] ຄຳແທນນາມຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [identityLanguage] ຄຳທີ່ທ່ານຢາກໃຫ້ໃຊ້ເອີ້ນທ່ານໄດ້ປ່ຽນແປງ.
    [birthDate] ວັນເດືອນປີເກີດຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [identifiers] ເລກປະຈຳຕົວຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [contact] ຂໍ້ມູນຕິດຕໍ່ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [emergencyContacts] ຜູ້ຕິດຕໍ່ໃນກໍລະນີສຸກເສີນຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [language] ພາສາ ຫຼື ຮູບແບບເອກະສານທີ່ທ່ານເລືອກໄດ້ປ່ຽນແປງ.
    [residence] ບ່ອນທີ່ທ່ານອາໄສຢູ່ໄດ້ປ່ຽນແປງ.
   *[other] ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານໄດ້ປ່ຽນແປງ.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] ຜູ້ປົກຄອງຕາມກົດໝາຍ
    [conservator] ຜູ້ພິທັກ (conservator)
    [authorized-representative] ຜູ້ຕາງໜ້າທີ່ໄດ້ຮັບມອບອຳນາດ
    [power-of-attorney] ຜູ້ຖືໜັງສືມອບອຳນາດ (power of attorney)
    [supported-decision-maker] ຜູ້ຊ່ວຍສະໜັບສະໜູນໃຫ້ທ່ານຕັດສິນໃຈ
   *[other] ຜູ້ຕາງໜ້າ
}
change-representative-added = ຕອນນີ້ { $name } ຢູ່ໃນແຜນຂອງທ່ານໃນຖານະ{ $role }ຂອງທ່ານ.
change-representative-removed = { $name } ບໍ່ໄດ້ຢູ່ໃນແຜນຂອງທ່ານໃນຖານະ{ $role }ຂອງທ່ານແລ້ວ.
change-representative-changed = ຂໍ້ມູນກ່ຽວກັບ { $name }, ເຊິ່ງເປັນ{ $role }ຂອງທ່ານ, ໄດ້ປ່ຽນແປງ.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] ສິ່ງທີ່ຄົນອື່ນມັກ ແລະ ຊົມເຊີຍໃນຕົວທ່ານໄດ້ຖືກປັບປຸງ.
    [strengths] ຈຸດແຂງຂອງທ່ານໄດ້ຖືກປັບປຸງ.
    [interests] ຄວາມສົນໃຈຂອງທ່ານໄດ້ຖືກປັບປຸງ.
    [talents] ພອນສະຫວັນຂອງທ່ານໄດ້ຖືກປັບປຸງ.
    [importantTo] ສິ່ງທີ່ສຳຄັນສຳລັບທ່ານໄດ້ຖືກປັບປຸງ.
    [howToSupport] ວິທີທີ່ດີທີ່ສຸດໃນການຊ່ວຍເຫຼືອທ່ານໄດ້ຖືກປັບປຸງ.
    [preferences] ສິ່ງທີ່ທ່ານມັກໄດ້ຖືກປັບປຸງ.
   *[other] ຂໍ້ມູນສ່ວນຕົວຂອງທ່ານໄດ້ຖືກປັບປຸງ.
}

## Needs. $text: the need, in plain words.

change-need-added = ແຜນຂອງທ່ານເພີ່ມຄວາມຕ້ອງການໜຶ່ງຂໍ້: “{ $text }”.
change-need-removed = ຄວາມຕ້ອງການນີ້ບໍ່ຢູ່ໃນແຜນຂອງທ່ານແລ້ວ: “{ $text }”.
change-need-changed = { $field ->
    [description] ຕອນນີ້ຄວາມຕ້ອງການໜຶ່ງຂໍ້ໃນແຜນຂອງທ່ານຂຽນວ່າ: “{ $text }”.
    [confidential] ຜູ້ທີ່ມີສິດເບິ່ງຄວາມຕ້ອງການນີ້ໄດ້ປ່ຽນແປງ: “{ $text }”.
   *[other] ລາຍລະອຽດຂອງຄວາມຕ້ອງການນີ້ໄດ້ຖືກປັບປຸງ: “{ $text }”.
}

## Goals. $goal: the goal in plain words.

change-goal-added = ແຜນຂອງທ່ານມີເປົ້າໝາຍໃໝ່: “{ $goal }”.
change-goal-removed = ເປົ້າໝາຍນີ້ບໍ່ຢູ່ໃນແຜນຂອງທ່ານແລ້ວ: “{ $goal }”.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] ຄຳເວົ້າຂອງທ່ານເອງສຳລັບເປົ້າໝາຍ “{ $goal }” ໄດ້ຖືກເອົາອອກ.
       *[other] ຕອນນີ້ຄຳເວົ້າຂອງທ່ານເອງສຳລັບເປົ້າໝາຍໜຶ່ງຂຽນວ່າ: “{ $after }”.
    }
   *[statement] ຕອນນີ້ເປົ້າໝາຍຂອງທ່ານ “{ $before }” ຂຽນວ່າ: “{ $after }”.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] ຕອນນີ້ເປົ້າໝາຍຂອງທ່ານ “{ $goal }” ຢູ່ໃນຂັ້ນສະເໜີ.
    [active] ຕອນນີ້ທ່ານກຳລັງເຮັດເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານ.
    [achieved] ທ່ານເຮັດເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານສຳເລັດແລ້ວ.
    [on-hold] ເປົ້າໝາຍຂອງທ່ານ “{ $goal }” ພັກໄວ້ກ່ອນໃນຕອນນີ້.
   *[discontinued] ເປົ້າໝາຍຂອງທ່ານ “{ $goal }” ບໍ່ໄດ້ດຳເນີນຕໍ່ແລ້ວ.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] ເປົ້າໝາຍຂອງທ່ານ “{ $goal }” ບໍ່ມີວັນທີເປົ້າໝາຍແລ້ວ.
       *[other] ຕອນນີ້ວັນທີເປົ້າໝາຍສຳລັບເປົ້າໝາຍຂອງທ່ານ “{ $goal }” ແມ່ນ { $date }.
    }
    [expressedBy] ບັນທຶກວ່າໃຜເປັນຜູ້ເວົ້າເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [confidential] ຜູ້ທີ່ມີສິດເບິ່ງເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
   *[other] ຄວາມຕ້ອງການທີ່ເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານກ່ຽວຂ້ອງໄດ້ປ່ຽນແປງ.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = ຂັ້ນຕອນໃໝ່ໄປສູ່ເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານ: “{ $step }”.
change-step-removed = ຂັ້ນຕອນນີ້ບໍ່ໄດ້ເປັນສ່ວນໜຶ່ງຂອງເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານແລ້ວ: “{ $step }”.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] ຕອນນີ້ຂັ້ນຕອນໜຶ່ງໄປສູ່ເປົ້າໝາຍ “{ $goal }” ຂອງທ່ານຂຽນວ່າ: “{ $step }”.
    [responsibleId] { $case ->
        [removed] ຜູ້ທີ່ເຮັດຂັ້ນຕອນ “{ $step }” ໄດ້ປ່ຽນແປງ.
       *[other] ຕອນນີ້ { $who } ຈະເປັນຜູ້ເຮັດຂັ້ນຕອນ “{ $step }”.
    }
    [byPerson] { $after ->
        [true] ຕອນນີ້ທ່ານຈະເຮັດຂັ້ນຕອນ “{ $step }” ດ້ວຍຕົວເອງ.
       *[other] ຕອນນີ້ຄົນໃນທີມຂອງທ່ານຈະເປັນຜູ້ເຮັດຂັ້ນຕອນ “{ $step }”.
    }
    [withIds] ຜູ້ທີ່ເຮັດຂັ້ນຕອນ “{ $step }” ຮ່ວມກັບທ່ານໄດ້ປ່ຽນແປງ.
    [targetDate] { $case ->
        [removed] ຂັ້ນຕອນ “{ $step }” ບໍ່ມີວັນທີເປົ້າໝາຍແລ້ວ.
       *[other] ຕອນນີ້ຂັ້ນຕອນ “{ $step }” ມີວັນທີເປົ້າໝາຍແມ່ນ { $date }.
    }
    [done] { $after ->
        [true] ຂັ້ນຕອນ “{ $step }” ເຮັດແລ້ວ.
       *[other] ຂັ້ນຕອນ “{ $step }” ບໍ່ໄດ້ໝາຍວ່າແລ້ວອີກຕໍ່ໄປ.
    }
   *[other] ຂັ້ນຕອນ “{ $step }” ໄດ້ຖືກປັບປຸງ.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 ຊົ່ວໂມງຕໍ່ອາທິດ") is given.
change-support-added = { $case ->
    [amount] ແຜນຂອງທ່ານເພີ່ມການຊ່ວຍເຫຼືອ “{ $name }”: { $amount }.
   *[other] ແຜນຂອງທ່ານເພີ່ມການຊ່ວຍເຫຼືອ “{ $name }”.
}
change-support-removed = ການຊ່ວຍເຫຼືອ “{ $name }” ບໍ່ຢູ່ໃນແຜນຂອງທ່ານແລ້ວ.
# $before, $after: the old and new names.
change-support-renamed = ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $before }” ຂອງທ່ານມີຊື່ວ່າ “{ $after }”.
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານປ່ຽນຈາກ { $before } ເປັນ { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] ຕອນນີ້ { $after } ຈະເປັນຜູ້ໃຫ້ການຊ່ວຍເຫຼືອ “{ $name }” ແກ່ທ່ານ.
    [removed] ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານບໍ່ມີຊື່ຜູ້ໃຫ້ບໍລິການແລ້ວ.
   *[changed] ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານຈະມາຈາກ { $after } ແທນ { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານບໍ່ມີວັນເລີ່ມຕົ້ນແລ້ວ.
       *[other] ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເລີ່ມວັນທີ { $date }.
    }
   *[endDate] { $case ->
        [removed] ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານບໍ່ມີວັນສິ້ນສຸດແລ້ວ.
       *[other] ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານສິ້ນສຸດວັນທີ { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເປັນບໍລິການທີ່ມີຄ່າໃຊ້ຈ່າຍ.
   *[other] ຕອນນີ້ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເປັນການຊ່ວຍເຫຼືອທີ່ບໍ່ມີຄ່າໃຊ້ຈ່າຍຈາກຄົນໃນຊີວິດຂອງທ່ານ.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] ຄຳອະທິບາຍວ່າການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເຮັດຫຍັງ ໄດ້ຖືກຂຽນໃໝ່.
    [location] ບ່ອນທີ່ທ່ານໄດ້ຮັບການຊ່ວຍເຫຼືອ “{ $name }” ໄດ້ປ່ຽນແປງ.
    [fundingSource] ຜູ້ຈ່າຍເງິນສຳລັບການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [selfDirected] { $after ->
        [true] ຕອນນີ້ທ່ານກຳນົດການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເອງ.
       *[other] ທ່ານບໍ່ໄດ້ກຳນົດການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານເອງແລ້ວ.
    }
    [deliveryPreferences] ວິທີທີ່ທ່ານຢາກໄດ້ຮັບການຊ່ວຍເຫຼືອ “{ $name }” ໄດ້ປ່ຽນແປງ.
    [critical] { $after ->
        [true] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າສຸຂະພາບ ຫຼື ຄວາມປອດໄພຂອງທ່ານຂຶ້ນກັບການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານ.
       *[other] ແຜນຂອງທ່ານບໍ່ໄດ້ບອກແລ້ວວ່າສຸຂະພາບ ຫຼື ຄວາມປອດໄພຂອງທ່ານຂຶ້ນກັບການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານ.
    }
    [backup] ສິ່ງທີ່ຈະເຮັດ ຖ້າການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານບໍ່ມາ ໄດ້ປ່ຽນແປງ.
    [ratePerUnit] ອັດຕາຄ່າບໍລິການຂອງການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [goalIds] ເປົ້າໝາຍທີ່ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານຊ່ວຍໄດ້ປ່ຽນແປງ.
    [needIds] ຄວາມຕ້ອງການທີ່ການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານຊ່ວຍໄດ້ປ່ຽນແປງ.
    [code] ລະຫັດບໍລິການຂອງການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [schedule] ເວລາທີ່ທ່ານໄດ້ຮັບການຊ່ວຍເຫຼືອ “{ $name }” ໄດ້ປ່ຽນແປງ.
    [authorization] ການອະນຸມັດຂອງແຜນປະກັນສຸຂະພາບ ສຳລັບການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
    [confidential] ຜູ້ທີ່ມີສິດເບິ່ງການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
   *[other] ລາຍລະອຽດຂອງການຊ່ວຍເຫຼືອ “{ $name }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າບໍ່ພົບການຊ່ວຍເຫຼືອທີ່ບໍ່ມີຄ່າໃຊ້ຈ່າຍຈາກຄົນໃນຊີວິດຂອງທ່ານ.
   *[other] ແຜນຂອງທ່ານບໍ່ໄດ້ບອກແລ້ວວ່າບໍ່ພົບການຊ່ວຍເຫຼືອທີ່ບໍ່ມີຄ່າໃຊ້ຈ່າຍ.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = ແຜນຂອງທ່ານລະບຸຄວາມສ່ຽງໃໝ່: “{ $risk }”.
change-risk-removed = ຄວາມສ່ຽງນີ້ບໍ່ຢູ່ໃນແຜນຂອງທ່ານແລ້ວ: “{ $risk }”.
change-risk-mitigation = { $case ->
    [removed] ແຜນຂອງທ່ານບໍ່ໄດ້ບອກແລ້ວວ່າທ່ານຮັກສາຄວາມປອດໄພແນວໃດກັບຄວາມສ່ຽງ “{ $risk }”.
   *[other] ຕອນນີ້ວິທີທີ່ທ່ານຮັກສາຄວາມປອດໄພກັບຄວາມສ່ຽງ “{ $risk }” ແມ່ນ: “{ $after }”.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] ຕອນນີ້ຄວາມສ່ຽງໜຶ່ງຂໍ້ໃນແຜນຂອງທ່ານຂຽນວ່າ: “{ $risk }”.
    [confidential] ຜູ້ທີ່ມີສິດເບິ່ງຄວາມສ່ຽງ “{ $risk }” ໄດ້ປ່ຽນແປງ.
   *[other] ສິ່ງທີ່ທ່ານເລືອກກ່ຽວກັບຄວາມສ່ຽງ “{ $risk }” ໄດ້ຖືກປັບປຸງ.
}

change-backup-plan = { $case ->
    [added] ຕອນນີ້ແຜນຂອງທ່ານມີແຜນສຳຮອງສຳລັບກໍລະນີສຸກເສີນ.
    [removed] ແຜນຂອງທ່ານບໍ່ມີແຜນສຳຮອງສຳລັບກໍລະນີສຸກເສີນແລ້ວ.
   *[changed] ແຜນສຳຮອງສຳລັບກໍລະນີສຸກເສີນຂອງທ່ານໄດ້ປ່ຽນແປງ.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ໃນເຮືອນຂອງທ່ານເອງ.
        [family-home] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ໃນເຮືອນຂອງຄົນໃນຄອບຄົວ.
        [supportive-housing] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ໃນທີ່ຢູ່ອາໄສທີ່ມີບໍລິການຊ່ວຍເຫຼືອ.
        [shared-living] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ໃນເຮືອນທີ່ຢູ່ຮ່ວມກັນ.
        [residential-facility] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ໃນສະຖານເບິ່ງແຍງທີ່ພັກອາໄສທີ່ມີໃບອະນຸຍາດ.
        [unhoused] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານພັກຢູ່ບ່ອນພັກພິງຊົ່ວຄາວ ຫຼື ບໍ່ມີທີ່ຢູ່ປະຈຳ.
       *[other] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານອາໄສຢູ່ບ່ອນອື່ນ.
    }
    [description] ວິທີທີ່ທ່ານອະທິບາຍບ່ອນທີ່ທ່ານອາໄສຢູ່ໄດ້ປ່ຽນແປງ.
    [chosenByPerson] { $after ->
        [true] ຕອນນີ້ແຜນຂອງທ່ານບອກວ່າທ່ານເປັນຜູ້ເລືອກບ່ອນຢູ່ອາໄສເອງ.
       *[other] ແຜນຂອງທ່ານບໍ່ໄດ້ບອກແລ້ວວ່າທ່ານເປັນຜູ້ເລືອກບ່ອນຢູ່ອາໄສເອງ.
    }
    [alternativesConsidered] ບ່ອນອື່ນທີ່ທ່ານເຄີຍພິຈາລະນາໄປຢູ່ໄດ້ຖືກປັບປຸງ.
   *[other] ບັນທຶກກ່ຽວກັບບ່ອນທີ່ທ່ານອາໄສຢູ່ ແລະ ເຫດຜົນໄດ້ປ່ຽນແປງ.
}

change-service-choice = ບັນທຶກການເລືອກບໍລິການ ແລະ ຜູ້ໃຫ້ບໍລິການຂອງທ່ານໄດ້ປ່ຽນແປງ.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = ແຜນຂອງທ່ານເພີ່ມການຈຳກັດສິດໜຶ່ງຂໍ້ຂອງທ່ານ: “{ $right }”.
change-modification-removed = ການຈຳກັດສິດຂອງທ່ານຂໍ້ນີ້ບໍ່ຢູ່ໃນແຜນຂອງທ່ານແລ້ວ: “{ $right }”.
change-modification-changed = ລາຍລະອຽດຂອງການຈຳກັດສິດ “{ $right }” ຂອງທ່ານໄດ້ປ່ຽນແປງ.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] ຜູ້ປະສານງານການເບິ່ງແຍງຂອງທ່ານ
    [lead-care-manager] ຜູ້ຄຸ້ມຄອງການເບິ່ງແຍງຫຼັກຂອງທ່ານ
    [housing-navigator] ຜູ້ຊ່ວຍຊອກຫາທີ່ຢູ່ອາໄສຂອງທ່ານ
    [provider] ຜູ້ໃຫ້ບໍລິການ
    [clinician] ຜູ້ໃຫ້ບໍລິການດ້ານສຸຂະພາບ
    [family] ຄອບຄົວ
    [friend] ໝູ່ເພື່ອນ
    [peer-support] ຜູ້ຊ່ວຍເຫຼືອທີ່ມີປະສົບການຄ້າຍກັນ
    [representative] ຜູ້ຕາງໜ້າຂອງທ່ານ
    [decision-supporter] ຜູ້ຊ່ວຍສະໜັບສະໜູນການຕັດສິນໃຈຂອງທ່ານ
   *[other] ສະມາຊິກທີມ
}
change-team-added = { $name } ເຂົ້າຮ່ວມທີມຂອງທ່ານໃນຖານະ{ $role }.
change-team-removed = { $name } ບໍ່ໄດ້ຢູ່ໃນທີມຂອງທ່ານແລ້ວ.
change-team-role-changed = ຕອນນີ້ { $name } ຢູ່ໃນທີມຂອງທ່ານໃນຖານະ{ $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] ຂໍ້ມູນຕິດຕໍ່ຂອງ { $name } ໄດ້ປ່ຽນແປງ.
    [chosenByPerson] ແຜນຂອງທ່ານໄດ້ປ່ຽນບັນທຶກວ່າທ່ານເປັນຜູ້ເລືອກ { $name } ເຂົ້າທີມຫຼືບໍ່.
   *[other] ລາຍລະອຽດກ່ຽວກັບ { $name } ໃນທີມຂອງທ່ານໄດ້ປ່ຽນແປງ.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = ຜູ້ທີ່ຊ່ວຍທ່ານຂຽນແຜນໄດ້ປ່ຽນແປງ.
change-plan-monitor = { $case ->
    [removed] ແຜນຂອງທ່ານບໍ່ໄດ້ລະບຸຊື່ຜູ້ຕິດຕາມແຜນແລ້ວ.
   *[other] ຕອນນີ້ { $name } ເປັນຜູ້ກວດເບິ່ງວ່າແຜນຂອງທ່ານໄດ້ຖືກປະຕິບັດ.
}

## Reviews.

change-last-review = { $case ->
    [removed] ແຜນຂອງທ່ານບໍ່ມີວັນທີຂອງການທົບທວນຄັ້ງຫຼ້າສຸດແລ້ວ.
   *[other] ຕອນນີ້ການທົບທວນແຜນຄັ້ງຫຼ້າສຸດຂອງທ່ານລົງວັນທີ { $date }.
}
change-next-review = { $case ->
    [removed] ແຜນຂອງທ່ານບໍ່ມີວັນທີຂອງການທົບທວນຄັ້ງຕໍ່ໄປແລ້ວ.
   *[other] ຕອນນີ້ຕ້ອງທົບທວນແຜນຂອງທ່ານຄັ້ງຕໍ່ໄປພາຍໃນ { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] ເຫດທີ່ເຮັດໃຫ້ມີການທົບທວນແຜນຂອງທ່ານໄດ້ປ່ຽນແປງ.
   *[other] ວິທີທີ່ທ່ານຂໍແກ້ໄຂແຜນຂອງທ່ານໄດ້ປ່ຽນແປງ.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] ພາກສ່ວນການຄຸ້ມຄອງການເບິ່ງແຍງ (ECM) ຂອງທ່ານໄດ້ປ່ຽນແປງ.
   *[other] ແຜນຊ່ວຍເຫຼືອດ້ານທີ່ຢູ່ອາໄສຂອງທ່ານໄດ້ປ່ຽນແປງ.
}
