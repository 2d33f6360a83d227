## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language. Arabic quotes plan text with « ».
## Sentences avoid gendered second-person verbs, since the plan does not say how to address the person.

## Amounts of a support, used inside other sentences ("من … إلى …"), so the dual is in the genitive form.

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $number } دقائق
        [many] { $number } دقيقة
       *[other] { $number } دقيقة
    }
    [quarter-hour] { $quantity ->
        [one] ربع ساعة
        [two] ربعي ساعة
        [few] { $number } أرباع ساعة
        [many] { $number } ربع ساعة
       *[other] { $number } ربع ساعة
    }
    [hour] { $quantity ->
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $number } ساعات
        [many] { $number } ساعة
       *[other] { $number } ساعة
    }
    [half-day] { $quantity ->
        [one] نصف يوم
        [two] نصفي يوم
        [few] { $number } أنصاف أيام
        [many] { $number } نصف يوم
       *[other] { $number } نصف يوم
    }
    [day] { $quantity ->
        [one] يوم واحد
        [two] يومين
        [few] { $number } أيام
        [many] { $number } يومًا
       *[other] { $number } يوم
    }
    [visit] { $quantity ->
        [one] زيارة واحدة
        [two] زيارتين
        [few] { $number } زيارات
        [many] { $number } زيارة
       *[other] { $number } زيارة
    }
    [session] { $quantity ->
        [one] جلسة واحدة
        [two] جلستين
        [few] { $number } جلسات
        [many] { $number } جلسة
       *[other] { $number } جلسة
    }
    [meal] { $quantity ->
        [one] وجبة واحدة
        [two] وجبتين
        [few] { $number } وجبات
        [many] { $number } وجبة
       *[other] { $number } وجبة
    }
    [trip] { $quantity ->
        [one] توصيلة واحدة
        [two] توصيلتين
        [few] { $number } توصيلات
        [many] { $number } توصيلة
       *[other] { $number } توصيلة
    }
    [mile] { $quantity ->
        [one] ميل واحد
        [two] ميلين
        [few] { $number } أميال
        [many] { $number } ميلًا
       *[other] { $number } ميل
    }
    [dollar] { $quantity ->
        [one] دولار واحد
        [two] دولارين
        [few] { $number } دولارات
        [many] { $number } دولارًا
       *[other] { $number } دولار
    }
    [item] { $quantity ->
        [one] قطعة واحدة
        [two] قطعتين
        [few] { $number } قطع
        [many] { $number } قطعة
       *[other] { $number } قطعة
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } في اليوم
    [week] { $amount } في الأسبوع
    [month] { $amount } في الشهر
    [year] { $amount } في السنة
    [one-time] { $amount } مرة واحدة
    [as-needed] { $amount } عند طلبك
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = بدون مقدار محدد

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] تبدأ خطتك الآن في { $date }.
   *[end] { $case ->
        [removed] لم يعد لخطتك تاريخ انتهاء.
       *[other] تنتهي خطتك الآن في { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] تغيّر اسمك القانوني في الخطة.
    [preferredNames] تغيّر الاسم المفضّل لديك.
    [pronouns] تغيّرت ضمائرك.
    [identityLanguage] تغيّرت الكلمات المفضّلة لديك لوصفك.
    [birthDate] تغيّر تاريخ ميلادك.
    [identifiers] تغيّرت أرقام هويتك.
    [contact] تغيّرت معلومات الاتصال بك.
    [emergencyContacts] تغيّرت جهات الاتصال الخاصة بك في حالات الطوارئ.
    [language] تغيّرت اختياراتك للغة أو لشكل المواد.
    [residence] تغيّر مكان سكنك.
   *[other] تغيّرت بياناتك الشخصية.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] وصيّك
    [conservator] القيّم عليك
    [authorized-representative] ممثلك المفوَّض
    [power-of-attorney] وكيلك بموجب توكيل رسمي
    [supported-decision-maker] الشخص الذي يساعدك على اتخاذ قراراتك
   *[other] ممثلك
}
change-representative-added = تمت إضافة { $name } إلى خطتك بصفة { $role }.
change-representative-removed = لم تعد خطتك تذكر { $name } بصفة { $role }.
change-representative-changed = تغيّرت البيانات الخاصة بـ{ $name } ({ $role }).

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] تم تحديث ما يحبه الناس ويقدّرونه فيك.
    [strengths] تم تحديث نقاط قوتك.
    [interests] تم تحديث اهتماماتك.
    [talents] تم تحديث مواهبك.
    [importantTo] تم تحديث ما هو مهم بالنسبة لك.
    [howToSupport] تم تحديث أفضل طريقة لدعمك.
    [preferences] تم تحديث تفضيلاتك.
   *[other] تم تحديث ملفك الشخصي.
}

## Needs. $text: the need, in plain words.

change-need-added = تضيف خطتك احتياجًا: «{ $text }».
change-need-removed = لم يعد هذا الاحتياج في خطتك: «{ $text }».
change-need-changed = { $field ->
    [description] أصبح نص أحد الاحتياجات في خطتك: «{ $text }».
    [confidential] تغيّر من يمكنه رؤية هذا الاحتياج: «{ $text }».
   *[other] تم تحديث تفاصيل هذا الاحتياج: «{ $text }».
}

## Goals. $goal: the goal in plain words.

change-goal-added = في خطتك هدف جديد: «{ $goal }».
change-goal-removed = لم يعد هذا الهدف في خطتك: «{ $goal }».
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] حُذفت كلماتك الخاصة للهدف «{ $goal }».
       *[other] أصبحت كلماتك الخاصة لأحد الأهداف: «{ $after }».
    }
   *[statement] أصبح نص هدفك «{ $before }»: «{ $after }».
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] هدفك «{ $goal }» مقترح الآن.
    [active] بدأ الآن العمل على هدفك «{ $goal }».
    [achieved] حقّقت هدفك «{ $goal }».
    [on-hold] هدفك «{ $goal }» متوقف مؤقتًا في الوقت الحالي.
   *[discontinued] لم يعد العمل جاريًا على هدفك «{ $goal }».
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] لم يعد لهدفك «{ $goal }» تاريخ مستهدف.
       *[other] أصبح التاريخ المستهدف لهدفك «{ $goal }» هو { $date }.
    }
    [expressedBy] تغيّر ما هو مسجّل عمّن عبّر عن هدفك «{ $goal }».
    [confidential] تغيّر من يمكنه رؤية هدفك «{ $goal }».
   *[other] تغيّرت الاحتياجات التي يتعلق بها هدفك «{ $goal }».
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = خطوة جديدة نحو هدفك «{ $goal }»: «{ $step }».
change-step-removed = لم تعد هذه الخطوة جزءًا من هدفك «{ $goal }»: «{ $step }».
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] أصبح نص إحدى الخطوات نحو هدفك «{ $goal }»: «{ $step }».
    [responsibleId] { $case ->
        [removed] تغيّر من يقوم بالخطوة «{ $step }».
       *[other] أصبحت الخطوة «{ $step }» الآن من مهام { $who }.
    }
    [byPerson] { $after ->
        [true] أصبحت الخطوة «{ $step }» الآن من مهامك أنت.
       *[other] أصبحت الخطوة «{ $step }» الآن من مهام أحد أعضاء فريقك.
    }
    [withIds] تغيّر من يقوم معك بالخطوة «{ $step }».
    [targetDate] { $case ->
        [removed] لم يعد للخطوة «{ $step }» تاريخ مستهدف.
       *[other] أصبح التاريخ المستهدف للخطوة «{ $step }» هو { $date }.
    }
    [done] { $after ->
        [true] تمّت الخطوة «{ $step }».
       *[other] لم تعد الخطوة «{ $step }» مسجّلة على أنها تمّت.
    }
   *[other] تم تحديث الخطوة «{ $step }».
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] تضيف خطتك الدعم «{ $name }»: { $amount }.
   *[other] تضيف خطتك الدعم «{ $name }».
}
change-support-removed = لم يعد الدعم «{ $name }» في خطتك.
# $before, $after: the old and new names.
change-support-renamed = أصبح اسم دعمك «{ $before }» الآن «{ $after }».
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = يتغيّر دعمك «{ $name }» من { $before } إلى { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] أصبح مقدّم دعمك «{ $name }» الآن: { $after }.
    [removed] لم يعد لدعمك «{ $name }» مقدّم مذكور.
   *[changed] أصبح دعمك «{ $name }» يُقدَّم الآن من { $after } بدلًا من { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] لم يعد لدعمك «{ $name }» تاريخ بدء.
       *[other] يبدأ دعمك «{ $name }» الآن في { $date }.
    }
   *[endDate] { $case ->
        [removed] لم يعد لدعمك «{ $name }» تاريخ انتهاء.
       *[other] ينتهي دعمك «{ $name }» الآن في { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] أصبح دعمك «{ $name }» الآن خدمة مدفوعة.
   *[other] أصبح دعمك «{ $name }» الآن دعمًا غير مدفوع من أشخاص في حياتك.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] أُعيدت صياغة وصف ما يقدّمه دعمك «{ $name }».
    [location] تغيّر مكان تقديم دعمك «{ $name }».
    [fundingSource] تغيّرت الجهة التي تدفع تكاليف دعمك «{ $name }».
    [selfDirected] { $after ->
        [true] أصبح دعمك «{ $name }» الآن تحت إدارتك أنت.
       *[other] لم يعد دعمك «{ $name }» تحت إدارتك أنت.
    }
    [deliveryPreferences] تغيّرت تفضيلاتك لطريقة تقديم دعمك «{ $name }».
    [critical] { $after ->
        [true] تذكر خطتك الآن أن صحتك أو سلامتك تعتمد على دعمك «{ $name }».
       *[other] لم تعد خطتك تذكر أن صحتك أو سلامتك تعتمد على دعمك «{ $name }».
    }
    [backup] تغيّر ما يحدث إذا لم يأتِ دعمك «{ $name }».
    [ratePerUnit] تغيّر السعر المدفوع مقابل دعمك «{ $name }».
    [goalIds] تغيّرت الأهداف التي يساعد فيها دعمك «{ $name }».
    [needIds] تغيّرت الاحتياجات التي يساعد فيها دعمك «{ $name }».
    [code] تغيّر رمز الخدمة لدعمك «{ $name }».
    [schedule] تغيّر موعد حصولك على دعمك «{ $name }».
    [authorization] تغيّرت موافقة الخطة الصحية على دعمك «{ $name }».
    [confidential] تغيّر من يمكنه رؤية دعمك «{ $name }».
   *[other] تغيّرت تفاصيل دعمك «{ $name }».
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] تذكر خطتك الآن أنه لم يُعثر على دعم غير مدفوع من أشخاص في حياتك.
   *[other] لم تعد خطتك تذكر أنه لم يُعثر على دعم غير مدفوع.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = تذكر خطتك خطرًا جديدًا: «{ $risk }».
change-risk-removed = لم يعد هذا الخطر في خطتك: «{ $risk }».
change-risk-mitigation = { $case ->
    [removed] لم تعد خطتك تذكر طريقة الحفاظ على سلامتك مع الخطر «{ $risk }».
   *[other] أصبحت طريقة الحفاظ على سلامتك مع الخطر «{ $risk }»: «{ $after }».
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] أصبح نص أحد المخاطر في خطتك: «{ $risk }».
    [confidential] تغيّر من يمكنه رؤية الخطر «{ $risk }».
   *[other] تم تحديث اختيارك بشأن الخطر «{ $risk }».
}

change-backup-plan = { $case ->
    [added] أصبحت لخطتك الآن خطة احتياطية لحالات الطوارئ.
    [removed] لم تعد لخطتك خطة احتياطية لحالات الطوارئ.
   *[changed] تغيّرت خطتك الاحتياطية لحالات الطوارئ.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] تذكر خطتك الآن أن مكان سكنك هو بيتك الخاص.
        [family-home] تذكر خطتك الآن أن مكان سكنك هو بيت أحد أفراد أسرتك.
        [supportive-housing] تذكر خطتك الآن أن مكان سكنك هو سكن مدعوم بالخدمات.
        [shared-living] تذكر خطتك الآن أن مكان سكنك هو بيت للسكن المشترك.
        [residential-facility] تذكر خطتك الآن أن مكان سكنك هو دار رعاية سكنية مرخَّصة.
        [unhoused] تذكر خطتك الآن أن إقامتك في مأوى أو أنه ليس لك عنوان ثابت.
       *[other] تذكر خطتك الآن أن مكان سكنك مكان آخر.
    }
    [description] تغيّر وصفك لمكان سكنك.
    [chosenByPerson] { $after ->
        [true] تذكر خطتك الآن أنك اخترت مكان سكنك.
       *[other] لم تعد خطتك تذكر أنك اخترت مكان سكنك.
    }
    [alternativesConsidered] تم تحديث الأماكن الأخرى التي فكّرت في السكن فيها.
   *[other] تغيّر ما هو مسجّل عن مكان سكنك وسبب اختياره.
}

change-service-choice = تغيّر ما هو مسجّل عن اختياراتك للخدمات ومقدّميها.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = تضيف خطتك قيدًا على أحد حقوقك: «{ $right }».
change-modification-removed = لم يعد هذا القيد على حقوقك في خطتك: «{ $right }».
change-modification-changed = تغيّرت تفاصيل القيد على حقك «{ $right }».

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] منسق الرعاية الخاص بك
    [lead-care-manager] مدير الرعاية الرئيسي الخاص بك
    [housing-navigator] مرشد السكن الخاص بك
    [provider] مقدّم خدمة
    [clinician] مقدّم رعاية صحية
    [family] فرد من الأسرة
    [friend] صديق
    [peer-support] داعم من الأقران
    [representative] ممثلك
    [decision-supporter] الشخص الذي يدعمك في اتخاذ القرارات
   *[other] عضو في الفريق
}
change-team-added = تمت إضافة { $name } إلى فريقك بصفة { $role }.
change-team-removed = لم يعد فريقك يضم { $name }.
change-team-role-changed = أصبح دور { $name } في فريقك الآن: { $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] تغيّرت معلومات الاتصال الخاصة بـ{ $name }.
    [chosenByPerson] تغيّر ما تذكره خطتك عمّا إذا كنت قد اخترت { $name } لفريقك.
   *[other] تغيّرت البيانات الخاصة بـ{ $name } في فريقك.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = تغيّر الشخص الذي يساعدك على كتابة خطتك.
change-plan-monitor = { $case ->
    [removed] لم تعد خطتك تذكر من يتابع تنفيذها.
   *[other] أصبحت متابعة تنفيذ خطتك الآن من مهام { $name }.
}

## Reviews.

change-last-review = { $case ->
    [removed] لم يعد في خطتك تاريخ لآخر مراجعة.
   *[other] أصبح تاريخ آخر مراجعة لخطتك { $date }.
}
change-next-review = { $case ->
    [removed] لم يعد في خطتك تاريخ للمراجعة القادمة.
   *[other] أصبح موعد المراجعة القادمة لخطتك في موعد أقصاه { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] تغيّرت الأسباب التي تستدعي مراجعة خطتك.
   *[other] تغيّرت طريقة طلب تغيير خطتك.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] تغيّر قسم إدارة الرعاية في خطتك.
   *[other] تغيّرت خطة دعم السكن الخاصة بك.
}
