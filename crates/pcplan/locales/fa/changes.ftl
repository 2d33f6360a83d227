## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language. Persian quotes plan text with « ».
## Persian nouns stay singular after a number, so both plural forms (one, other) read the same.

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } دقیقه
       *[other] { $number } دقیقه
    }
    [quarter-hour] { $quantity ->
        [one] { $number } ربع ساعت
       *[other] { $number } ربع ساعت
    }
    [hour] { $quantity ->
        [one] { $number } ساعت
       *[other] { $number } ساعت
    }
    [half-day] { $quantity ->
        [one] { $number } نیم‌روز
       *[other] { $number } نیم‌روز
    }
    [day] { $quantity ->
        [one] { $number } روز
       *[other] { $number } روز
    }
    [visit] { $quantity ->
        [one] { $number } بازدید
       *[other] { $number } بازدید
    }
    [session] { $quantity ->
        [one] { $number } جلسه
       *[other] { $number } جلسه
    }
    [meal] { $quantity ->
        [one] { $number } وعده‌ی غذا
       *[other] { $number } وعده‌ی غذا
    }
    [trip] { $quantity ->
        [one] { $number } سفر
       *[other] { $number } سفر
    }
    [mile] { $quantity ->
        [one] { $number } مایل
       *[other] { $number } مایل
    }
    [dollar] { $number } دلار
    [item] { $quantity ->
        [one] { $number } قلم
       *[other] { $number } قلم
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } در روز
    [week] { $amount } در هفته
    [month] { $amount } در ماه
    [year] { $amount } در سال
    [one-time] { $amount } یک بار
    [as-needed] { $amount } هر وقت درخواست کنید
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = بدون مقدار مشخص

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] برنامه‌ی شما اکنون از { $date } شروع می‌شود.
   *[end] { $case ->
        [removed] برنامه‌ی شما دیگر تاریخ پایان ندارد.
       *[other] برنامه‌ی شما اکنون در { $date } به پایان می‌رسد.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] نام قانونی شما در برنامه تغییر کرد.
    [preferredNames] نامی که دوست دارید با آن صدایتان کنند تغییر کرد.
    [pronouns] ضمیرهای شما تغییر کرد.
    [identityLanguage] نحوه‌ای که دوست دارید توصیف شوید تغییر کرد.
    [birthDate] تاریخ تولد شما تغییر کرد.
    [identifiers] شماره‌های شناسایی شما تغییر کرد.
    [contact] اطلاعات تماس شما تغییر کرد.
    [emergencyContacts] افراد تماس اضطراری شما تغییر کردند.
    [language] انتخاب‌های شما درباره‌ی زبان یا قالب تغییر کرد.
    [residence] محل زندگی شما تغییر کرد.
   *[other] مشخصات شخصی شما تغییر کرد.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] قیّم
    [conservator] امین قانونی
    [authorized-representative] نماینده‌ی مجاز
    [power-of-attorney] وکیل (با وکالت‌نامه)
    [supported-decision-maker] کسی که در تصمیم‌گیری به شما کمک می‌کند
   *[other] نماینده
}
change-representative-added = { $name } اکنون به‌عنوان { $role } در برنامه‌ی شما ثبت شده است.
change-representative-removed = { $name } دیگر به‌عنوان { $role } در برنامه‌ی شما نیست.
change-representative-changed = اطلاعات مربوط به { $name } ({ $role }) تغییر کرد.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] آنچه دیگران در شما دوست دارند و تحسین می‌کنند به‌روز شد.
    [strengths] توانایی‌های شما به‌روز شد.
    [interests] علایق شما به‌روز شد.
    [talents] استعدادهای شما به‌روز شد.
    [importantTo] آنچه برای شما مهم است به‌روز شد.
    [howToSupport] بهترین راه حمایت از شما به‌روز شد.
    [preferences] ترجیحات شما به‌روز شد.
   *[other] معرفی شما در برنامه به‌روز شد.
}

## Needs. $text: the need, in plain words.

change-need-added = برنامه‌ی شما یک نیاز اضافه می‌کند: «{ $text }».
change-need-removed = این نیاز دیگر در برنامه‌ی شما نیست: «{ $text }».
change-need-changed = { $field ->
    [description] متن یکی از نیازهای برنامه‌ی شما اکنون این است: «{ $text }».
    [confidential] اینکه چه کسی می‌تواند این نیاز را ببیند تغییر کرد: «{ $text }».
   *[other] جزئیات این نیاز به‌روز شد: «{ $text }».
}

## Goals. $goal: the goal in plain words.

change-goal-added = برنامه‌ی شما یک هدف تازه دارد: «{ $goal }».
change-goal-removed = این هدف دیگر در برنامه‌ی شما نیست: «{ $goal }».
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] کلمات خودتان برای هدف «{ $goal }» حذف شد.
       *[other] کلمات خودتان برای یکی از هدف‌ها اکنون این است: «{ $after }».
    }
   *[statement] هدف شما «{ $before }» اکنون این‌طور نوشته شده است: «{ $after }».
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] هدف شما «{ $goal }» اکنون پیشنهاد شده است.
    [active] اکنون روی هدف خود «{ $goal }» کار می‌کنید.
    [achieved] به هدف خود «{ $goal }» رسیدید.
    [on-hold] هدف شما «{ $goal }» فعلاً متوقف است.
   *[discontinued] هدف شما «{ $goal }» دیگر دنبال نمی‌شود.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] هدف شما «{ $goal }» دیگر تاریخی برای رسیدن به آن ندارد.
       *[other] تاریخ رسیدن به هدف شما «{ $goal }» اکنون { $date } است.
    }
    [expressedBy] آنچه درباره‌ی گوینده‌ی هدف شما «{ $goal }» ثبت شده بود تغییر کرد.
    [confidential] اینکه چه کسی می‌تواند هدف شما «{ $goal }» را ببیند تغییر کرد.
   *[other] نیازهایی که هدف شما «{ $goal }» به آنها مربوط است تغییر کرد.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = یک گام تازه به سوی هدف شما «{ $goal }»: «{ $step }».
change-step-removed = این گام دیگر بخشی از هدف شما «{ $goal }» نیست: «{ $step }».
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] یکی از گام‌های هدف شما «{ $goal }» اکنون این است: «{ $step }».
    [responsibleId] { $case ->
        [removed] کسی که گام «{ $step }» را انجام می‌دهد تغییر کرد.
       *[other] اکنون { $who } گام «{ $step }» را انجام می‌دهد.
    }
    [byPerson] { $after ->
        [true] اکنون گام «{ $step }» را خودتان انجام می‌دهید.
       *[other] اکنون یکی از اعضای تیم شما گام «{ $step }» را انجام می‌دهد.
    }
    [withIds] کسانی که گام «{ $step }» را همراه با شما انجام می‌دهند تغییر کردند.
    [targetDate] { $case ->
        [removed] گام «{ $step }» دیگر تاریخی برای انجام ندارد.
       *[other] تاریخ انجام گام «{ $step }» اکنون { $date } است.
    }
    [done] { $after ->
        [true] گام «{ $step }» انجام شد.
       *[other] گام «{ $step }» دیگر به‌عنوان انجام‌شده علامت نخورده است.
    }
   *[other] گام «{ $step }» به‌روز شد.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] برنامه‌ی شما حمایت «{ $name }» را اضافه می‌کند: { $amount }.
   *[other] برنامه‌ی شما حمایت «{ $name }» را اضافه می‌کند.
}
change-support-removed = حمایت «{ $name }» دیگر در برنامه‌ی شما نیست.
# $before, $after: the old and new names.
change-support-renamed = نام حمایت شما «{ $before }» اکنون «{ $after }» است.
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = حمایت شما «{ $name }» از { $before } به { $after } تغییر می‌کند.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] اکنون { $after } حمایت شما «{ $name }» را ارائه می‌دهد.
    [removed] برای حمایت شما «{ $name }» دیگر ارائه‌دهنده‌ای ثبت نشده است.
   *[changed] حمایت شما «{ $name }» اکنون به جای { $before } از طرف { $after } ارائه می‌شود.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] حمایت شما «{ $name }» دیگر تاریخ شروع ندارد.
       *[other] حمایت شما «{ $name }» اکنون از { $date } شروع می‌شود.
    }
   *[endDate] { $case ->
        [removed] حمایت شما «{ $name }» دیگر تاریخ پایان ندارد.
       *[other] حمایت شما «{ $name }» اکنون در { $date } تمام می‌شود.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] حمایت شما «{ $name }» اکنون یک خدمت پرداختی است.
   *[other] حمایت شما «{ $name }» اکنون حمایتی بدون دستمزد از طرف افرادی در زندگی شماست.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] شرح کاری که حمایت شما «{ $name }» انجام می‌دهد بازنویسی شد.
    [location] جایی که حمایت «{ $name }» را دریافت می‌کنید تغییر کرد.
    [fundingSource] پرداخت‌کننده‌ی هزینه‌ی حمایت شما «{ $name }» تغییر کرد.
    [selfDirected] { $after ->
        [true] اکنون خودتان حمایت «{ $name }» را مدیریت می‌کنید.
       *[other] دیگر خودتان حمایت «{ $name }» را مدیریت نمی‌کنید.
    }
    [deliveryPreferences] نحوه‌ای که می‌خواهید حمایت «{ $name }» به شما ارائه شود تغییر کرد.
    [critical] { $after ->
        [true] برنامه‌ی شما اکنون می‌گوید سلامت یا ایمنی شما به حمایت «{ $name }» بستگی دارد.
       *[other] برنامه‌ی شما دیگر نمی‌گوید سلامت یا ایمنی شما به حمایت «{ $name }» بستگی دارد.
    }
    [backup] برنامه‌ی شما برای وقتی که حمایت «{ $name }» به شما نرسد تغییر کرد.
    [ratePerUnit] نرخ پرداختی برای حمایت شما «{ $name }» تغییر کرد.
    [goalIds] هدف‌هایی که حمایت شما «{ $name }» به آنها کمک می‌کند تغییر کرد.
    [needIds] نیازهایی که حمایت شما «{ $name }» به آنها کمک می‌کند تغییر کرد.
    [code] کد خدمت برای حمایت شما «{ $name }» تغییر کرد.
    [schedule] زمان دریافت حمایت شما «{ $name }» تغییر کرد.
    [authorization] تأیید طرح بیمه‌ی درمانی برای حمایت شما «{ $name }» تغییر کرد.
    [confidential] اینکه چه کسی می‌تواند حمایت شما «{ $name }» را ببیند تغییر کرد.
   *[other] جزئیات حمایت شما «{ $name }» تغییر کرد.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] برنامه‌ی شما اکنون می‌گوید هیچ حمایت بدون دستمزدی از طرف افرادی در زندگی شما پیدا نشد.
   *[other] برنامه‌ی شما دیگر نمی‌گوید که هیچ حمایت بدون دستمزدی پیدا نشد.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = برنامه‌ی شما یک خطر تازه را نام می‌برد: «{ $risk }».
change-risk-removed = این خطر دیگر در برنامه‌ی شما نیست: «{ $risk }».
change-risk-mitigation = { $case ->
    [removed] برنامه‌ی شما دیگر نمی‌گوید با وجود خطر «{ $risk }» چطور ایمن می‌مانید.
   *[other] راه ایمن ماندن شما با وجود خطر «{ $risk }» اکنون این است: «{ $after }».
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] متن یکی از خطرهای برنامه‌ی شما اکنون این است: «{ $risk }».
    [confidential] اینکه چه کسی می‌تواند خطر «{ $risk }» را ببیند تغییر کرد.
   *[other] انتخاب شما درباره‌ی خطر «{ $risk }» به‌روز شد.
}

change-backup-plan = { $case ->
    [added] برنامه‌ی شما اکنون یک برنامه‌ی پشتیبان برای موقعیت‌های اضطراری دارد.
    [removed] برنامه‌ی شما دیگر برنامه‌ی پشتیبان برای موقعیت‌های اضطراری ندارد.
   *[changed] برنامه‌ی پشتیبان شما برای موقعیت‌های اضطراری تغییر کرد.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] برنامه‌ی شما اکنون می‌گوید در خانه‌ی خودتان زندگی می‌کنید.
        [family-home] برنامه‌ی شما اکنون می‌گوید در خانه‌ی یکی از اعضای خانواده‌تان زندگی می‌کنید.
        [supportive-housing] برنامه‌ی شما اکنون می‌گوید در مسکن حمایتی زندگی می‌کنید.
        [shared-living] برنامه‌ی شما اکنون می‌گوید در یک خانه‌ی زندگی مشترک زندگی می‌کنید.
        [residential-facility] برنامه‌ی شما اکنون می‌گوید در یک خانه‌ی مراقبتی مسکونی دارای مجوز زندگی می‌کنید.
        [unhoused] برنامه‌ی شما اکنون می‌گوید در سرپناه می‌مانید یا نشانی ثابتی ندارید.
       *[other] برنامه‌ی شما اکنون می‌گوید جای دیگری زندگی می‌کنید.
    }
    [description] توصیف شما از محل زندگی‌تان تغییر کرد.
    [chosenByPerson] { $after ->
        [true] برنامه‌ی شما اکنون می‌گوید محل زندگی‌تان را خودتان انتخاب کردید.
       *[other] برنامه‌ی شما دیگر نمی‌گوید محل زندگی‌تان را خودتان انتخاب کردید.
    }
    [alternativesConsidered] جاهای دیگری که برای زندگی به آنها فکر کرده بودید به‌روز شد.
   *[other] آنچه درباره‌ی محل زندگی شما و دلیل انتخاب آن ثبت شده بود تغییر کرد.
}

change-service-choice = آنچه درباره‌ی انتخاب‌های شما از خدمات و ارائه‌دهندگان ثبت شده بود تغییر کرد.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = برنامه‌ی شما محدودیتی بر یکی از حقوق شما اضافه می‌کند: «{ $right }».
change-modification-removed = این محدودیت بر حقوق شما دیگر در برنامه‌تان نیست: «{ $right }».
change-modification-changed = جزئیات محدودیت بر حق شما «{ $right }» تغییر کرد.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] هماهنگ‌کننده‌ی مراقبت شما
    [lead-care-manager] مدیر اصلی مراقبت شما
    [housing-navigator] راهنمای مسکن شما
    [provider] ارائه‌دهنده‌ی خدمات
    [clinician] ارائه‌دهنده‌ی خدمات درمانی
    [family] عضو خانواده
    [friend] دوست
    [peer-support] همتای حمایتگر
    [representative] نماینده‌ی شما
    [decision-supporter] حامی شما در تصمیم‌گیری
   *[other] عضو تیم
}
change-team-added = { $name } به‌عنوان { $role } به تیم شما پیوست.
change-team-removed = { $name } دیگر در تیم شما نیست.
change-team-role-changed = { $name } اکنون به‌عنوان { $role } در تیم شماست.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] اطلاعات تماس { $name } تغییر کرد.
    [chosenByPerson] آنچه برنامه‌ی شما درباره‌ی اینکه آیا خودتان { $name } را برای تیمتان انتخاب کردید می‌گوید، تغییر کرد.
   *[other] جزئیات مربوط به { $name } در تیم شما تغییر کرد.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = کسی که به شما در نوشتن برنامه‌تان کمک می‌کند تغییر کرد.
change-plan-monitor = { $case ->
    [removed] برنامه‌ی شما دیگر نام کسی را که بر اجرای آن نظارت می‌کند نمی‌آورد.
   *[other] اکنون { $name } بررسی می‌کند که برنامه‌ی شما اجرا شود.
}

## Reviews.

change-last-review = { $case ->
    [removed] برنامه‌ی شما دیگر تاریخی برای آخرین بازبینی ندارد.
   *[other] تاریخ آخرین بازبینی برنامه‌ی شما اکنون { $date } است.
}
change-next-review = { $case ->
    [removed] برنامه‌ی شما دیگر تاریخی برای بازبینی بعدی ندارد.
   *[other] بازبینی بعدی برنامه‌ی شما اکنون باید تا { $date } انجام شود.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] مواردی که باعث بازبینی برنامه‌ی شما می‌شوند تغییر کرد.
   *[other] راه درخواست تغییر در برنامه‌تان تغییر کرد.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] بخش مدیریت مراقبت شما تغییر کرد.
   *[other] برنامه‌ی حمایت مسکن شما تغییر کرد.
}
