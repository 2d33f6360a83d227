## Що змінилося від попередньої версії плану: одне речення на кожну зміну, звернене до людини («Ваш»).
## Текст плану надходить уже мовою документа, без крапки в кінці: $goal (ціль), $name (підтримка, учасник
## команди або представник), $text (потреба), $risk, $step, $right (обмежене право).
## Текст плану береться в лапки-«ялинки». Дати ($date) і числа надходять уже відформатованими.
## $case — "added" (раніше значення не було), "removed" (тепер значення немає) або "changed".
## $field — яка частина плану змінилася (назва поля у файлі плану); $after для змін «так/ні» —
## "true" або "false".

## Обсяг підтримки, використовується всередині інших речень: «12 годин на тиждень», «2 350 доларів один раз».

# $quantity: число для вибору форми множини; $number: те саме число, відформатоване. $unit: одиниця.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } хвилина
        [few] { $number } хвилини
        [many] { $number } хвилин
       *[other] { $number } хвилини
    }
    [quarter-hour] { $quantity ->
        [one] { $number } чверть години
        [few] { $number } чверті години
        [many] { $number } чвертей години
       *[other] { $number } чверті години
    }
    [hour] { $quantity ->
        [one] { $number } година
        [few] { $number } години
        [many] { $number } годин
       *[other] { $number } години
    }
    [half-day] { $quantity ->
        [one] { $number } половина дня
        [few] { $number } половини дня
        [many] { $number } половин дня
       *[other] { $number } половини дня
    }
    [day] { $quantity ->
        [one] { $number } день
        [few] { $number } дні
        [many] { $number } днів
       *[other] { $number } дня
    }
    [visit] { $quantity ->
        [one] { $number } відвідування
        [few] { $number } відвідування
        [many] { $number } відвідувань
       *[other] { $number } відвідування
    }
    [session] { $quantity ->
        [one] { $number } сеанс
        [few] { $number } сеанси
        [many] { $number } сеансів
       *[other] { $number } сеансу
    }
    [meal] { $quantity ->
        [one] { $number } порція їжі
        [few] { $number } порції їжі
        [many] { $number } порцій їжі
       *[other] { $number } порції їжі
    }
    [trip] { $quantity ->
        [one] { $number } поїздка
        [few] { $number } поїздки
        [many] { $number } поїздок
       *[other] { $number } поїздки
    }
    [mile] { $quantity ->
        [one] { $number } миля
        [few] { $number } милі
        [many] { $number } миль
       *[other] { $number } милі
    }
    [dollar] { $quantity ->
        [one] { $number } долар
        [few] { $number } долари
        [many] { $number } доларів
       *[other] { $number } долара
    }
    [item] { $quantity ->
        [one] { $number } предмет
        [few] { $number } предмети
        [many] { $number } предметів
       *[other] { $number } предмета
    }
   *[none] { $number }
}

# $amount: кількість з одиницею (повідомлення вище). $interval: як часто.
change-amount-interval = { $interval ->
    [day] { $amount } на день
    [week] { $amount } на тиждень
    [month] { $amount } на місяць
    [year] { $amount } на рік
    [one-time] { $amount } один раз
    [as-needed] { $amount } на Ваше прохання
   *[none] { $amount }
}

# Підтримка, для якої обсяг не записано.
change-amount-none = обсяг не вказано

## План загалом.

# $field: "start" (початок) або "end" (кінець) плану.
change-plan-period = { $field ->
    [start] Тепер Ваш план починається { $date }.
   *[end] { $case ->
        [removed] Ваш план більше не має дати закінчення.
       *[other] Тепер Ваш план закінчується { $date }.
    }
}

# Змінилися відомості про людину. Речення називає лише вид відомостей.
change-person = { $field ->
    [legalName] Змінилося Ваше офіційне ім'я в плані.
    [preferredNames] Змінилося ім'я, яким Ви хочете, щоб Вас називали.
    [pronouns] Змінилися Ваші займенники.
    [identityLanguage] Змінилося те, як Ви хочете, щоб про Вас говорили.
    [birthDate] Змінилася Ваша дата народження.
    [identifiers] Змінилися Ваші ідентифікаційні номери.
    [contact] Змінилися Ваші контактні дані.
    [emergencyContacts] Змінилися Ваші контакти на випадок надзвичайної ситуації.
    [language] Змінилася обрана Вами мова або формат.
    [residence] Змінилося місце, де Ви живете.
   *[other] Змінилися Ваші особисті дані.
}

## Представники. $name: ім'я; $role: вид представника, з change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] опікун
    [conservator] піклувальник
    [authorized-representative] уповноважений представник
    [power-of-attorney] довірена особа
    [supported-decision-maker] помічник в ухваленні рішень
   *[other] представник
}
change-representative-added = У Вашому плані з'явився представник: { $name } ({ $role }).
change-representative-removed = У Вашому плані більше немає представника: { $name } ({ $role }).
change-representative-changed = Змінилися відомості про Вашого представника: { $name } ({ $role }).

## Профіль. $field: який список.

change-profile = { $field ->
    [likeAndAdmire] Оновлено, що людям подобається у Вас і чим вони захоплюються.
    [strengths] Оновлено Ваші сильні сторони.
    [interests] Оновлено Ваші інтереси.
    [talents] Оновлено Ваші таланти.
    [importantTo] Оновлено, що для Вас важливо.
    [howToSupport] Оновлено, як найкраще Вас підтримувати.
    [preferences] Оновлено Ваші вподобання.
   *[other] Оновлено Ваш профіль.
}

## Потреби. $text: потреба простими словами.

change-need-added = До Вашого плану додано потребу: «{ $text }».
change-need-removed = Цієї потреби більше немає у Вашому плані: «{ $text }».
change-need-changed = { $field ->
    [description] Потреба у Вашому плані тепер звучить так: «{ $text }».
    [confidential] Змінилося, хто може бачити цю потребу: «{ $text }».
   *[other] Оновлено відомості про цю потребу: «{ $text }».
}

## Цілі. $goal: ціль простими словами.

change-goal-added = У Вашому плані нова ціль: «{ $goal }».
change-goal-removed = Цієї цілі більше немає у Вашому плані: «{ $goal }».
# $field: "statement" (ціль простими словами) або "ownWords" (слова самої людини). $before, $after: слова.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Ваші власні слова для цілі «{ $goal }» вилучено.
       *[other] Ваші власні слова для цілі тепер звучать так: «{ $after }».
    }
   *[statement] Ваша ціль «{ $before }» тепер звучить так: «{ $after }».
}
# $status: новий стан цілі.
change-goal-status = { $status ->
    [proposed] Вашу ціль «{ $goal }» поки що лише запропоновано.
    [active] Тепер Ви працюєте над ціллю «{ $goal }».
    [achieved] Ви досягли цілі «{ $goal }».
    [on-hold] Вашу ціль «{ $goal }» поки що відкладено.
   *[discontinued] Ви більше не працюєте над ціллю «{ $goal }».
}
# $field: "targetDate", "expressedBy" (хто висловив ціль) або "needIds" (потреби, яких вона стосується).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Ваша ціль «{ $goal }» більше не має бажаної дати.
       *[other] Бажана дата для Вашої цілі «{ $goal }» тепер { $date }.
    }
    [expressedBy] Змінився запис про те, хто висловив Вашу ціль «{ $goal }».
    [confidential] Змінилося, хто може бачити Вашу ціль «{ $goal }».
   *[other] Змінилися потреби, яких стосується Ваша ціль «{ $goal }».
}

## Кроки до цілі. $step: крок; $goal: його ціль.

change-step-added = Новий крок до Вашої цілі «{ $goal }»: «{ $step }».
change-step-removed = Цей крок більше не входить до Вашої цілі «{ $goal }»: «{ $step }».
# $who: учасник команди, який тепер виконуватиме крок (може бути порожнім).
change-step-changed = { $field ->
    [description] Крок до Вашої цілі «{ $goal }» тепер звучить так: «{ $step }».
    [responsibleId] { $case ->
        [removed] Змінилося, хто виконує крок «{ $step }».
       *[other] Тепер крок «{ $step }» виконуватиме { $who }.
    }
    [byPerson] { $after ->
        [true] Тепер Ви самі виконуватимете крок «{ $step }».
       *[other] Тепер крок «{ $step }» виконуватиме хтось із Вашої команди.
    }
    [withIds] Змінилося, хто виконує крок «{ $step }» разом з Вами.
    [targetDate] { $case ->
        [removed] Крок «{ $step }» більше не має бажаної дати.
       *[other] Бажана дата для кроку «{ $step }» тепер { $date }.
    }
    [done] { $after ->
        [true] Крок «{ $step }» виконано.
       *[other] Крок «{ $step }» більше не позначено як виконаний.
    }
   *[other] Крок «{ $step }» оновлено.
}

## Підтримка. $name: назва підтримки.

# $case — "amount", коли подано $amount (наприклад, «12 годин на тиждень»).
change-support-added = { $case ->
    [amount] До Вашого плану додано підтримку «{ $name }»: { $amount }.
   *[other] До Вашого плану додано підтримку «{ $name }».
}
change-support-removed = Підтримки «{ $name }» більше немає у Вашому плані.
# $before, $after: стара й нова назва.
change-support-renamed = Ваша підтримка «{ $before }» тепер називається «{ $after }».
# $before: попередній обсяг або лише його число, якщо одиниця й частота не змінилися («було 10, стало 12 годин на тиждень»).
change-support-amount = Ваша підтримка «{ $name }» змінюється: було { $before }, стало { $after }.
# $before, $after: імена попереднього й нового надавача.
change-support-provider = { $case ->
    [added] Тепер Вашу підтримку «{ $name }» надаватиме { $after }.
    [removed] Для Вашої підтримки «{ $name }» більше не вказано надавача.
   *[changed] Вашу підтримку «{ $name }» тепер надаватиме { $after } замість { $before }.
}
# $field: "startDate" або "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Ваша підтримка «{ $name }» більше не має дати початку.
       *[other] Тепер Ваша підтримка «{ $name }» починається { $date }.
    }
   *[endDate] { $case ->
        [removed] Ваша підтримка «{ $name }» більше не має дати закінчення.
       *[other] Тепер Ваша підтримка «{ $name }» закінчується { $date }.
    }
}
# $after: "true", коли підтримка тепер оплачувана.
change-support-paid = { $after ->
    [true] Ваша підтримка «{ $name }» тепер є оплачуваною послугою.
   *[other] Ваша підтримка «{ $name }» тепер є неоплачуваною допомогою від близьких Вам людей.
}
# $field: яка деталь підтримки змінилася.
change-support-changed = { $field ->
    [description] Опис того, що дає Ваша підтримка «{ $name }», викладено по-новому.
    [location] Змінилося, де Ви отримуєте підтримку «{ $name }».
    [fundingSource] Змінилося, хто оплачує Вашу підтримку «{ $name }».
    [selfDirected] { $after ->
        [true] Тепер Ви самі керуєте своєю підтримкою «{ $name }».
       *[other] Ви більше не керуєте самі своєю підтримкою «{ $name }».
    }
    [deliveryPreferences] Змінилося, як Ви хочете отримувати підтримку «{ $name }».
    [critical] { $after ->
        [true] Тепер у Вашому плані сказано, що від підтримки «{ $name }» залежать Ваше здоров'я чи безпека.
       *[other] У Вашому плані більше не сказано, що від підтримки «{ $name }» залежать Ваше здоров'я чи безпека.
    }
    [backup] Змінилося, що буде, якщо Ваша підтримка «{ $name }» не прийде.
    [ratePerUnit] Змінилася ставка оплати за Вашу підтримку «{ $name }».
    [goalIds] Змінилися цілі, яким допомагає Ваша підтримка «{ $name }».
    [needIds] Змінилися потреби, яким допомагає Ваша підтримка «{ $name }».
    [code] Змінився код послуги для Вашої підтримки «{ $name }».
    [schedule] Змінилося, коли Ви отримуєте підтримку «{ $name }».
    [authorization] Змінилося схвалення Вашої підтримки «{ $name }» програмою медичного страхування.
    [confidential] Змінилося, хто може бачити Вашу підтримку «{ $name }».
   *[other] Змінилися відомості про Вашу підтримку «{ $name }».
}
# $after: "true", коли команда тепер записала, що неоплачуваної підтримки не знайшлося.
change-natural-supports-none = { $after ->
    [true] Тепер у Вашому плані сказано, що неоплачуваної допомоги від близьких Вам людей не знайшлося.
   *[other] У Вашому плані більше не сказано, що неоплачуваної допомоги не знайшлося.
}

## Ризики. $risk: ризик простими словами; $after: новий текст.

change-risk-added = У Вашому плані названо новий ризик: «{ $risk }».
change-risk-removed = Цього ризику більше немає у Вашому плані: «{ $risk }».
change-risk-mitigation = { $case ->
    [removed] У Вашому плані більше не сказано, як Ви залишаєтеся в безпеці за ризику «{ $risk }».
   *[other] Як Ви залишаєтеся в безпеці за ризику «{ $risk }», тепер описано так: «{ $after }».
}
# $field: "description" (сам ризик) або "personChoice" (власний вибір людини).
change-risk-changed = { $field ->
    [description] Ризик у Вашому плані тепер звучить так: «{ $risk }».
    [confidential] Змінилося, хто може бачити ризик «{ $risk }».
   *[other] Оновлено Ваш вибір щодо ризику «{ $risk }».
}

change-backup-plan = { $case ->
    [added] Тепер у Вашому плані є запасний план на випадок надзвичайної ситуації.
    [removed] У Вашому плані більше немає запасного плану на випадок надзвичайної ситуації.
   *[changed] Ваш запасний план на випадок надзвичайної ситуації змінився.
}

## Де живе людина. $after (при $field "setting"): вид житла.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Тепер у Вашому плані сказано, що Ви живете у власному домі.
        [family-home] Тепер у Вашому плані сказано, що Ви живете в домі родича.
        [supportive-housing] Тепер у Вашому плані сказано, що Ви живете в житлі з підтримкою.
        [shared-living] Тепер у Вашому плані сказано, що Ви живете в будинку спільного проживання.
        [residential-facility] Тепер у Вашому плані сказано, що Ви живете в ліцензованому будинку проживання з доглядом.
        [unhoused] Тепер у Вашому плані сказано, що Ви живете в притулку або не маєте постійної адреси.
       *[other] Тепер у Вашому плані сказано, що Ви живете в іншому місці.
    }
    [description] Змінився Ваш опис того, де Ви живете.
    [chosenByPerson] { $after ->
        [true] Тепер у Вашому плані сказано, що Ви самі обрали, де жити.
       *[other] У Вашому плані більше не сказано, що Ви самі обрали, де жити.
    }
    [alternativesConsidered] Оновлено інші місця, де Ви думали жити.
   *[other] Змінився запис про те, де Ви живете і чому.
}

change-service-choice = Змінився запис про Ваш вибір послуг і надавачів.

## Обмеження прав людини там, де вона живе. $right: обмежене право.

change-modification-added = До Вашого плану додано обмеження одного з Ваших прав: «{ $right }».
change-modification-removed = Цього обмеження Ваших прав більше немає у Вашому плані: «{ $right }».
change-modification-changed = Змінилися відомості про обмеження Вашого права «{ $right }».

## Команда. $name: ім'я учасника команди; $role: його роль, з change-team-role.

change-team-role = { $role ->
    [care-coordinator] координатор допомоги
    [lead-care-manager] провідний менеджер із догляду
    [housing-navigator] помічник із пошуку житла
    [provider] надавач послуг
    [clinician] медичний фахівець
    [family] член родини
    [friend] друг
    [peer-support] рівний консультант
    [representative] представник
    [decision-supporter] помічник в ухваленні рішень
   *[other] учасник команди
}
change-team-added = У Вашій команді новий учасник: { $name } ({ $role }).
change-team-removed = { $name } більше не входить до Вашої команди.
change-team-role-changed = Нова роль у Вашій команді: { $name } ({ $role }).
# $field: яка деталь змінилася.
change-team-changed = { $field ->
    [contact] Змінилися контактні дані учасника команди: { $name }.
    [chosenByPerson] У Вашому плані змінилася позначка про те, чи Ви самі обрали цього учасника команди: { $name }.
   *[other] Змінилися відомості про учасника Вашої команди: { $name }.
}

## Хто складає план і хто стежить за ним. $name: ім'я нової людини (може бути порожнім).

change-planner = Змінилася людина, яка допомагає Вам складати план.
change-plan-monitor = { $case ->
    [removed] У Вашому плані більше не вказано, хто стежить за його виконанням.
   *[other] Тепер за виконанням Вашого плану стежить { $name }.
}

## Перегляди.

change-last-review = { $case ->
    [removed] У Вашому плані більше немає дати останнього перегляду.
   *[other] Дата останнього перегляду Вашого плану тепер { $date }.
}
change-next-review = { $case ->
    [removed] У Вашому плані більше немає дати наступного перегляду.
   *[other] Наступний перегляд Вашого плану тепер треба провести до { $date }.
}
# $field: "triggers" (що веде до перегляду) або "updateRequestMethod" (як попросити змінити план).
change-review = { $field ->
    [triggers] Змінилося, у яких випадках переглядають Ваш план.
   *[other] Змінилося, як Ви можете попросити змінити свій план.
}

# $field: "ecm" (розширене ведення догляду) або "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Змінився розділ про ведення Вашого догляду.
   *[other] Змінився Ваш план підтримки з житлом.
}
