## What changed since the last version of the plan: one sentence per change, said to the person ("your": ของคุณ).
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Thai quotes plan text with “ ” and ends sentences without a period. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".

## Amounts of a support, used inside other sentences: "12 ชั่วโมงต่อสัปดาห์", "2,350 ดอลลาร์ ครั้งเดียว".

# $quantity: the number, for choosing the plural (Thai: "other" only); $number: the same number, formatted.
# $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
       *[other] { $number } นาที
    }
    [quarter-hour] { $quantity ->
       *[other] { $number } ช่วง 15 นาที
    }
    [hour] { $quantity ->
       *[other] { $number } ชั่วโมง
    }
    [half-day] { $quantity ->
       *[other] { $number } ครึ่งวัน
    }
    [day] { $quantity ->
       *[other] { $number } วัน
    }
    [visit] { $quantity ->
       *[other] { $number } ครั้งที่มาเยี่ยม
    }
    [session] { $quantity ->
       *[other] { $number } ครั้ง
    }
    [meal] { $quantity ->
       *[other] { $number } มื้อ
    }
    [trip] { $quantity ->
       *[other] { $number } เที่ยว
    }
    [mile] { $quantity ->
       *[other] { $number } ไมล์
    }
    [dollar] { $number } ดอลลาร์
    [item] { $quantity ->
       *[other] { $number } ชิ้น
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } ต่อวัน
    [week] { $amount } ต่อสัปดาห์
    [month] { $amount } ต่อเดือน
    [year] { $amount } ต่อปี
    [one-time] { $amount } ครั้งเดียว
    [as-needed] { $amount } เมื่อคุณขอ
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = ไม่ได้กำหนดจำนวน

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] ตอนนี้แผนของคุณเริ่มวันที่ { $date }
   *[end] { $case ->
        [removed] แผนของคุณไม่มีวันสิ้นสุดแล้ว
       *[other] ตอนนี้แผนของคุณสิ้นสุดวันที่ { $date }
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] ชื่อตามกฎหมายของคุณในแผนมีการเปลี่ยนแปลง
    [preferredNames] ชื่อที่คุณอยากให้เรียกมีการเปลี่ยนแปลง
    [pronouns] คำสรรพนามของคุณมีการเปลี่ยนแปลง
    [identityLanguage] คำที่คุณอยากให้ใช้เรียกคุณมีการเปลี่ยนแปลง
    [birthDate] วันเกิดของคุณมีการเปลี่ยนแปลง
    [identifiers] หมายเลขประจำตัวของคุณมีการเปลี่ยนแปลง
    [contact] ข้อมูลติดต่อของคุณมีการเปลี่ยนแปลง
    [emergencyContacts] ผู้ติดต่อในกรณีฉุกเฉินของคุณมีการเปลี่ยนแปลง
    [language] ภาษาหรือรูปแบบเอกสารที่คุณเลือกมีการเปลี่ยนแปลง
    [residence] ที่ที่คุณอาศัยอยู่มีการเปลี่ยนแปลง
   *[other] ข้อมูลส่วนตัวของคุณมีการเปลี่ยนแปลง
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] ผู้ปกครองตามกฎหมาย
    [conservator] ผู้พิทักษ์ (conservator)
    [authorized-representative] ผู้แทนที่ได้รับมอบอำนาจ
    [power-of-attorney] ผู้ถือหนังสือมอบอำนาจ (power of attorney)
    [supported-decision-maker] ผู้ช่วยสนับสนุนให้คุณตัดสินใจ
   *[other] ผู้แทน
}
change-representative-added = ตอนนี้ { $name } อยู่ในแผนของคุณในฐานะ{ $role }ของคุณ
change-representative-removed = { $name } ไม่ได้อยู่ในแผนของคุณในฐานะ{ $role }ของคุณแล้ว
change-representative-changed = ข้อมูลเกี่ยวกับ { $name } ซึ่งเป็น{ $role }ของคุณมีการเปลี่ยนแปลง

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] สิ่งที่คนอื่นชอบและชื่นชมในตัวคุณได้รับการปรับปรุง
    [strengths] จุดแข็งของคุณได้รับการปรับปรุง
    [interests] ความสนใจของคุณได้รับการปรับปรุง
    [talents] ความสามารถพิเศษของคุณได้รับการปรับปรุง
    [importantTo] สิ่งที่สำคัญสำหรับคุณได้รับการปรับปรุง
    [howToSupport] วิธีที่ดีที่สุดในการช่วยเหลือคุณได้รับการปรับปรุง
    [preferences] สิ่งที่คุณชอบได้รับการปรับปรุง
   *[other] ข้อมูลประวัติส่วนตัวของคุณได้รับการปรับปรุง
}

## Needs. $text: the need, in plain words.

change-need-added = แผนของคุณเพิ่มความต้องการหนึ่งข้อ: “{ $text }”
change-need-removed = ความต้องการนี้ไม่อยู่ในแผนของคุณแล้ว: “{ $text }”
change-need-changed = { $field ->
    [description] ตอนนี้ความต้องการข้อหนึ่งในแผนของคุณเขียนว่า: “{ $text }”
    [confidential] ผู้ที่มีสิทธิ์ดูความต้องการนี้มีการเปลี่ยนแปลง: “{ $text }”
   *[other] รายละเอียดของความต้องการนี้ได้รับการปรับปรุง: “{ $text }”
}

## Goals. $goal: the goal in plain words.

change-goal-added = แผนของคุณมีเป้าหมายใหม่: “{ $goal }”
change-goal-removed = เป้าหมายนี้ไม่อยู่ในแผนของคุณแล้ว: “{ $goal }”
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] คำพูดของคุณเองสำหรับเป้าหมาย “{ $goal }” ถูกนำออกแล้ว
       *[other] ตอนนี้คำพูดของคุณเองสำหรับเป้าหมายหนึ่งเขียนว่า: “{ $after }”
    }
   *[statement] ตอนนี้เป้าหมายของคุณ “{ $before }” เขียนว่า: “{ $after }”
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] ตอนนี้เป้าหมายของคุณ “{ $goal }” อยู่ในขั้นเสนอ
    [active] ตอนนี้คุณกำลังทำเป้าหมาย “{ $goal }” ของคุณ
    [achieved] คุณทำเป้าหมาย “{ $goal }” ของคุณสำเร็จแล้ว
    [on-hold] เป้าหมายของคุณ “{ $goal }” พักไว้ก่อนในตอนนี้
   *[discontinued] เป้าหมายของคุณ “{ $goal }” ไม่ได้ดำเนินการต่อแล้ว
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] เป้าหมายของคุณ “{ $goal }” ไม่มีวันที่ตั้งเป้าไว้แล้ว
       *[other] ตอนนี้วันที่ตั้งเป้าสำหรับเป้าหมายของคุณ “{ $goal }” คือ { $date }
    }
    [expressedBy] บันทึกว่าใครเป็นผู้พูดเป้าหมาย “{ $goal }” ของคุณมีการเปลี่ยนแปลง
    [confidential] ผู้ที่มีสิทธิ์ดูเป้าหมาย “{ $goal }” ของคุณมีการเปลี่ยนแปลง
   *[other] ความต้องการที่เป้าหมาย “{ $goal }” ของคุณเกี่ยวข้องด้วยมีการเปลี่ยนแปลง
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = ขั้นตอนใหม่สู่เป้าหมาย “{ $goal }” ของคุณ: “{ $step }”
change-step-removed = ขั้นตอนนี้ไม่ได้เป็นส่วนหนึ่งของเป้าหมาย “{ $goal }” ของคุณแล้ว: “{ $step }”
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] ตอนนี้ขั้นตอนหนึ่งสู่เป้าหมาย “{ $goal }” ของคุณเขียนว่า: “{ $step }”
    [responsibleId] { $case ->
        [removed] ผู้ที่ทำขั้นตอน “{ $step }” มีการเปลี่ยนแปลง
       *[other] ตอนนี้ { $who } จะเป็นผู้ทำขั้นตอน “{ $step }”
    }
    [byPerson] { $after ->
        [true] ตอนนี้คุณจะทำขั้นตอน “{ $step }” ด้วยตัวเอง
       *[other] ตอนนี้คนในทีมของคุณจะเป็นผู้ทำขั้นตอน “{ $step }”
    }
    [withIds] ผู้ที่ทำขั้นตอน “{ $step }” ร่วมกับคุณมีการเปลี่ยนแปลง
    [targetDate] { $case ->
        [removed] ขั้นตอน “{ $step }” ไม่มีวันที่ตั้งเป้าไว้แล้ว
       *[other] ตอนนี้ขั้นตอน “{ $step }” มีวันที่ตั้งเป้าเป็น { $date }
    }
    [done] { $after ->
        [true] ขั้นตอน “{ $step }” เสร็จแล้ว
       *[other] ขั้นตอน “{ $step }” ไม่ได้ระบุว่าเสร็จแล้วอีกต่อไป
    }
   *[other] ขั้นตอน “{ $step }” ได้รับการปรับปรุง
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 ชั่วโมงต่อสัปดาห์") is given.
change-support-added = { $case ->
    [amount] แผนของคุณเพิ่มการสนับสนุน “{ $name }”: { $amount }
   *[other] แผนของคุณเพิ่มการสนับสนุน “{ $name }”
}
change-support-removed = การสนับสนุน “{ $name }” ไม่อยู่ในแผนของคุณแล้ว
# $before, $after: the old and new names.
change-support-renamed = ตอนนี้การสนับสนุน “{ $before }” ของคุณเปลี่ยนชื่อเป็น “{ $after }”
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = การสนับสนุน “{ $name }” ของคุณเปลี่ยนจาก { $before } เป็น { $after }
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] ตอนนี้ { $after } จะเป็นผู้ให้การสนับสนุน “{ $name }” แก่คุณ
    [removed] การสนับสนุน “{ $name }” ของคุณไม่มีชื่อผู้ให้บริการแล้ว
   *[changed] ตอนนี้การสนับสนุน “{ $name }” ของคุณจะมาจาก { $after } แทน { $before }
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] การสนับสนุน “{ $name }” ของคุณไม่มีวันเริ่มต้นแล้ว
       *[other] ตอนนี้การสนับสนุน “{ $name }” ของคุณเริ่มวันที่ { $date }
    }
   *[endDate] { $case ->
        [removed] การสนับสนุน “{ $name }” ของคุณไม่มีวันสิ้นสุดแล้ว
       *[other] ตอนนี้การสนับสนุน “{ $name }” ของคุณสิ้นสุดวันที่ { $date }
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] ตอนนี้การสนับสนุน “{ $name }” ของคุณเป็นบริการที่มีค่าใช้จ่าย
   *[other] ตอนนี้การสนับสนุน “{ $name }” ของคุณเป็นการสนับสนุนที่ไม่มีค่าใช้จ่ายจากคนในชีวิตของคุณ
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] คำอธิบายว่าการสนับสนุน “{ $name }” ของคุณทำอะไร ได้รับการเขียนใหม่
    [location] สถานที่ที่คุณได้รับการสนับสนุน “{ $name }” มีการเปลี่ยนแปลง
    [fundingSource] ผู้จ่ายเงินสำหรับการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
    [selfDirected] { $after ->
        [true] ตอนนี้คุณกำหนดการสนับสนุน “{ $name }” ของคุณด้วยตัวเอง
       *[other] คุณไม่ได้กำหนดการสนับสนุน “{ $name }” ของคุณด้วยตัวเองแล้ว
    }
    [deliveryPreferences] วิธีที่คุณอยากได้รับการสนับสนุน “{ $name }” มีการเปลี่ยนแปลง
    [critical] { $after ->
        [true] ตอนนี้แผนของคุณระบุว่าสุขภาพหรือความปลอดภัยของคุณขึ้นอยู่กับการสนับสนุน “{ $name }” ของคุณ
       *[other] แผนของคุณไม่ได้ระบุแล้วว่าสุขภาพหรือความปลอดภัยของคุณขึ้นอยู่กับการสนับสนุน “{ $name }” ของคุณ
    }
    [backup] สิ่งที่จะทำถ้าการสนับสนุน “{ $name }” ของคุณไม่มา มีการเปลี่ยนแปลง
    [ratePerUnit] อัตราค่าบริการของการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
    [goalIds] เป้าหมายที่การสนับสนุน “{ $name }” ของคุณช่วยมีการเปลี่ยนแปลง
    [needIds] ความต้องการที่การสนับสนุน “{ $name }” ของคุณช่วยมีการเปลี่ยนแปลง
    [code] รหัสบริการของการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
    [schedule] เวลาที่คุณได้รับการสนับสนุน “{ $name }” มีการเปลี่ยนแปลง
    [authorization] การอนุมัติจากแผนประกันสุขภาพสำหรับการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
    [confidential] ผู้ที่มีสิทธิ์ดูการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
   *[other] รายละเอียดของการสนับสนุน “{ $name }” ของคุณมีการเปลี่ยนแปลง
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] ตอนนี้แผนของคุณระบุว่าไม่พบการสนับสนุนที่ไม่มีค่าใช้จ่ายจากคนในชีวิตของคุณ
   *[other] แผนของคุณไม่ได้ระบุแล้วว่าไม่พบการสนับสนุนที่ไม่มีค่าใช้จ่าย
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = แผนของคุณระบุความเสี่ยงใหม่: “{ $risk }”
change-risk-removed = ความเสี่ยงนี้ไม่อยู่ในแผนของคุณแล้ว: “{ $risk }”
change-risk-mitigation = { $case ->
    [removed] แผนของคุณไม่ได้บอกแล้วว่าคุณดูแลความปลอดภัยอย่างไรกับความเสี่ยง “{ $risk }”
   *[other] ตอนนี้วิธีที่คุณดูแลความปลอดภัยกับความเสี่ยง “{ $risk }” คือ: “{ $after }”
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] ตอนนี้ความเสี่ยงข้อหนึ่งในแผนของคุณเขียนว่า: “{ $risk }”
    [confidential] ผู้ที่มีสิทธิ์ดูความเสี่ยง “{ $risk }” มีการเปลี่ยนแปลง
   *[other] สิ่งที่คุณเลือกเกี่ยวกับความเสี่ยง “{ $risk }” ได้รับการปรับปรุง
}

change-backup-plan = { $case ->
    [added] ตอนนี้แผนของคุณมีแผนสำรองสำหรับกรณีฉุกเฉิน
    [removed] แผนของคุณไม่มีแผนสำรองสำหรับกรณีฉุกเฉินแล้ว
   *[changed] แผนสำรองสำหรับกรณีฉุกเฉินของคุณมีการเปลี่ยนแปลง
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ในบ้านของคุณเอง
        [family-home] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ในบ้านของคนในครอบครัว
        [supportive-housing] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ในที่อยู่อาศัยที่มีบริการสนับสนุน
        [shared-living] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ในบ้านที่อยู่ร่วมกัน
        [residential-facility] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ในสถานดูแลที่พักอาศัยที่มีใบอนุญาต
        [unhoused] ตอนนี้แผนของคุณระบุว่าคุณพักอยู่ในที่พักพิงชั่วคราว หรือไม่มีที่อยู่ประจำ
       *[other] ตอนนี้แผนของคุณระบุว่าคุณอาศัยอยู่ที่อื่น
    }
    [description] วิธีที่คุณบรรยายที่อยู่อาศัยของคุณมีการเปลี่ยนแปลง
    [chosenByPerson] { $after ->
        [true] ตอนนี้แผนของคุณระบุว่าคุณเป็นผู้เลือกที่อยู่อาศัยเอง
       *[other] แผนของคุณไม่ได้ระบุแล้วว่าคุณเป็นผู้เลือกที่อยู่อาศัยเอง
    }
    [alternativesConsidered] ที่อยู่อาศัยอื่นที่คุณเคยพิจารณาได้รับการปรับปรุง
   *[other] บันทึกเกี่ยวกับที่อยู่อาศัยของคุณและเหตุผลมีการเปลี่ยนแปลง
}

change-service-choice = บันทึกการเลือกบริการและผู้ให้บริการของคุณมีการเปลี่ยนแปลง

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = แผนของคุณเพิ่มการจำกัดสิทธิข้อหนึ่งของคุณ: “{ $right }”
change-modification-removed = การจำกัดสิทธิของคุณข้อนี้ไม่อยู่ในแผนของคุณแล้ว: “{ $right }”
change-modification-changed = รายละเอียดของการจำกัดสิทธิ “{ $right }” ของคุณมีการเปลี่ยนแปลง

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] ผู้ประสานงานการดูแลของคุณ
    [lead-care-manager] ผู้จัดการดูแลหลักของคุณ
    [housing-navigator] ผู้ช่วยหาที่อยู่อาศัยของคุณ
    [provider] ผู้ให้บริการ
    [clinician] ผู้ให้บริการด้านสุขภาพ
    [family] ครอบครัว
    [friend] เพื่อน
    [peer-support] ผู้สนับสนุนที่มีประสบการณ์คล้ายกัน
    [representative] ผู้แทนของคุณ
    [decision-supporter] ผู้ช่วยสนับสนุนการตัดสินใจของคุณ
   *[other] สมาชิกทีม
}
change-team-added = { $name } เข้าร่วมทีมของคุณในฐานะ{ $role }
change-team-removed = { $name } ไม่ได้อยู่ในทีมของคุณแล้ว
change-team-role-changed = ตอนนี้ { $name } อยู่ในทีมของคุณในฐานะ{ $role }
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] ข้อมูลติดต่อของ { $name } มีการเปลี่ยนแปลง
    [chosenByPerson] แผนของคุณเปลี่ยนบันทึกว่าคุณเป็นผู้เลือก { $name } เข้าทีมหรือไม่
   *[other] รายละเอียดเกี่ยวกับ { $name } ในทีมของคุณมีการเปลี่ยนแปลง
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = ผู้ที่ช่วยคุณเขียนแผนมีการเปลี่ยนแปลง
change-plan-monitor = { $case ->
    [removed] แผนของคุณไม่ได้ระบุชื่อผู้ติดตามแผนแล้ว
   *[other] ตอนนี้ { $name } เป็นผู้ตรวจสอบว่ามีการดำเนินการตามแผนของคุณ
}

## Reviews.

change-last-review = { $case ->
    [removed] แผนของคุณไม่มีวันที่ของการทบทวนครั้งล่าสุดแล้ว
   *[other] ตอนนี้การทบทวนแผนครั้งล่าสุดของคุณลงวันที่ { $date }
}
change-next-review = { $case ->
    [removed] แผนของคุณไม่มีวันที่ของการทบทวนครั้งต่อไปแล้ว
   *[other] ตอนนี้ต้องทบทวนแผนของคุณครั้งต่อไปภายใน { $date }
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] เหตุที่ทำให้มีการทบทวนแผนของคุณมีการเปลี่ยนแปลง
   *[other] วิธีที่คุณขอแก้ไขแผนของคุณมีการเปลี่ยนแปลง
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] ส่วนการจัดการดูแล (ECM) ของคุณมีการเปลี่ยนแปลง
   *[other] แผนสนับสนุนด้านที่อยู่อาศัยของคุณมีการเปลี่ยนแปลง
}
