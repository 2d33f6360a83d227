## Документ плану (Markdown, HTML і PDF). План говорить голосом самої людини: «мій», «я», «мені».
## Підписи закінчуються своїм розділовим знаком (в українській — двокрапкою).
## Вставлені значення вже відформатовано: дати й числа — для мови документа.

## Рамка документа

# Заголовок документа. $name: ім'я, яким людина хоче, щоб її називали.
plan-title = Мій особистісно орієнтований план: { $name }
# Заголовок HTML-сторінки (на вкладці браузера). $name: бажане ім'я.
html-title = { $name }: мій особистісно орієнтований план
# Колонтитул сторінки (PDF). $name: бажане ім'я; $version: номер версії плану.
running-header = { $name }, особистісно орієнтований план, версія { $version }
# Нижній колонтитул (PDF). $page: номер поточної сторінки; $pages: кількість сторінок.
running-footer = Сторінка { $page } з { $pages }
# Під заголовком. $version: версія плану; $start і $end: відформатовані дати.
plan-period = Версія { $version } мого плану. Він діє з { $start } до { $end }.
# Під заголовком, для плану без дати закінчення. $version: версія плану; $start: відформатована дата.
plan-period-open = Версія { $version } мого плану. Він діє з { $start }.
label-latest-change = Що змінилося в цій версії:
changes-heading = Що змінилося з попередньої версії
# Показується в порожній клітинці таблиці.
not-recorded = Не вказано

## Про мене

about-me-heading = Про мене
label-preferred-name = Як мене називати:
label-pronouns = Мої займенники:
# Один стандартний набір займенників, цією мовою. $set: he, she або they (однина).
pronoun-set = { $set ->
    [he] він/його
    [she] вона/її
   *[they] вони/їх
}
label-identity-language = Як про мене говорити:
# $preference: person-first, identity-first або no-preference.
identity-preference = { $preference ->
    [person-first] спочатку людина, потім особливість (наприклад, «людина з інвалідністю»)
    [identity-first] спочатку особливість як частина особистості (наприклад, «глуха людина»)
   *[other] без уподобань
}
label-identity-terms = Слова, якими я говорю про себе:
label-languages = Мої мови:
# $spoken і $written: назви мов (з повідомлення "language").
languages-spoken-written = Мова, якою я розмовляю: { $spoken }. Мова, якою я читаю і пишу: { $written }.
# $languages: мови (список), для яких людині потрібен усний перекладач.
interpreter-needed-for = Коли зустріч відбувається іншою мовою, мені потрібен усний перекладач: { $languages }.
# Мова і те, наскільки добре людина нею володіє. $language: її назва; $proficiency: excellent, good, fair або poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] дуже добре
    [good] добре
    [fair] середньо
   *[poor] трохи
})
label-residence = Де я живу зараз:
# $kind: вид місця.
residence-kind = { $kind ->
    [own-home] у власному домі
    [with-family-or-friends] з родиною або друзями
    [shelter] у притулку
    [domestic-violence-shelter] у безпечному притулку
    [transitional-housing] у перехідному житлі
    [recuperative-care] у закладі для відновлення після хвороби
    [supportive-housing] у житлі з підтримкою
    [group-home] у груповому будинку
    [assisted-living] у будинку супровідного проживання
    [nursing-facility] у закладі сестринського догляду
    [hospital] у лікарні
    [incarcerated] у в'язниці
    [unsheltered] без місця, де можна жити
   *[other] в іншому місці
}
# $date: дата.
residence-since = з { $date }
label-name-as-written = Моє ім'я так, як я його пишу:
label-formats = Письмові матеріали мені потрібні у форматі:
label-birth-date = Моя дата народження:
label-legal-name = Моє офіційне ім'я (для документів):
# $type: вид ідентифікатора.
identifier-type = { $type ->
    [medicaid-number] Мій номер Medi-Cal (CIN):
    [state-id] Номер мого посвідчення особи штату:
    [medical-record-number] Номер моєї медичної картки:
    [member-id] Мій номер учасника програми медичного страхування:
   *[other] Мій ідентифікаційний номер:
}
representatives-heading = Люди, які допомагають мені ухвалювати рішення
# $kind: вид представника.
representative-kind = { $kind ->
    [guardian] мій опікун
    [conservator] мій піклувальник
    [authorized-representative] мій уповноважений представник
    [power-of-attorney] моя довірена особа (за довіреністю)
    [supported-decision-maker] мій помічник в ухваленні рішень
   *[other] мій представник
}
# $applies: always, when-person-cannot-decide або conditional. Далі можуть іти умови словами самої людини.
representative-authority = { $applies ->
    [always] Ця людина має законне право ухвалювати рішення за мене.
    [when-person-cannot-decide] Ця людина має законне право ухвалювати рішення за мене, лише коли я не можу ухвалити їх самостійно.
   *[conditional] Ця людина має законне право ухвалювати рішення за мене за таких умов:
}
label-authority-areas = У цих питаннях:

## Мови та формати

# Назва мови. $code: код мови, наприклад "es" або "zh-Hant".
language = { $code ->
    [en] англійська
    [es] іспанська
    [zh-Hant] китайська (традиційне письмо)
    [zh-Hans] китайська (спрощене письмо)
    [zh] китайська
    [yue] кантонська
    [cmn] мандаринська
    [vi] в'єтнамська
    [ko] корейська
    [tl] тагальська
    [fil] філіппінська
    [hy] вірменська
    [hyw] західновірменська
    [ru] російська
    [fa] фарсі
    [ar] арабська
    [km] кхмерська
    [hmn] хмонг
    [mww] хмонг
    [pa] панджабі
    [hi] гінді
    [ja] японська
    [th] тайська
    [lo] лаоська
    [uk] українська
    [ium] м'єн
   *[other] { $code }
}
# $format: формат документа.
document-format = { $format ->
    [standard-print] звичайний шрифт
    [large-print] великий шрифт
    [audio] аудіо
    [braille] шрифт Брайля
   *[accessible-electronic] доступний електронний формат
}

## Хто я

like-and-admire-heading = Що людям подобається в мені і чим вони захоплюються
important-to-heading = Що для мене важливо
how-to-support-heading = Як мене підтримувати
more-about-me-heading = Мої сильні сторони, інтереси й таланти
strengths-heading = Мої сильні сторони
interests-heading = Мої інтереси
talents-heading = Мої таланти
preferences-heading = Чому я надаю перевагу
needs-heading = У чому мені потрібна допомога
# $category: категорія виявленої потреби.
need-category = { $category ->
    [physical-health] Моє фізичне здоров'я:
    [oral-health] Мої зуби й рот:
    [behavioral-health] Моє психічне здоров'я:
    [substance-use] Алкоголь і наркотики:
    [daily-living] Повсякденне життя:
    [housing] Житло:
    [food] Їжа:
    [transportation] Як я пересуваюся:
    [social] Люди й громада:
    [financial] Гроші та пільги:
    [employment] Робота:
    [education] Навчання:
    [communication] Спілкування:
    [safety] Безпека:
    [end-of-life] Плани на кінець життя:
   *[other] Інше:
}

## Цілі

goals-heading = Мої цілі
# $number: номер цілі в плані.
goal-heading = Ціль { $number }
# Перед ціллю словами самої людини. $expressed: хто її висловив.
own-words-intro = { $expressed ->
    [person] Моїми словами:
    [person-with-support] Моїми словами, з чиєюсь допомогою:
    [representative] Словами мого представника:
   *[team] Як записала моя команда:
}
own-words-translation-intro = Переклад:
label-goal-statement = Моя ціль:
label-target-date = Коли я сподіваюся її досягти:
label-goal-status = Як просуваються справи:
# $status: стан цілі.
goal-status = { $status ->
    [proposed] Ще не розпочата
    [active] Працюю над нею
    [achieved] Досягнута
    [on-hold] Відкладена, за моїм вибором
   *[discontinued] Ця ціль мені більше не потрібна
}
steps-heading = Кроки до цієї цілі
step-by-me = Це роблю я
# $names: учасники команди (список), з якими людина виконує крок.
step-by-me-with = Це роблю я, разом зі мною: { $names }
# $who: ім'я учасника команди, який допомагає.
step-who = Допомагає: { $who }
step-who-unknown = хто допомагає, не вказано
# $names: учасники команди (список), які виконують крок разом з людиною.
step-together-with = разом зі мною: { $names }
# $date: відформатована дата.
step-by-date = до { $date }
step-done = виконано
goal-supports-heading = Підтримка, яка допомагає з цією ціллю

## Підтримка

supports-heading = Моя підтримка
paid-supports-heading = Оплачувані послуги
paid-supports-caption = Оплачувані послуги в моєму плані
natural-supports-heading = Підтримка від родини, друзів і громади
natural-supports-caption = Неоплачувана допомога від людей у моєму житті
natural-supports-none = Ми з моєю командою шукали неоплачувану допомогу від родини, друзів і громади й поки що не знайшли її.
col-support = Підтримка
col-provider = Хто надає
col-amount = Скільки і як часто
col-dates = Коли
col-location = Де
col-how-i-want-it = Як я хочу її отримувати
# Таблиця кодів і дозволів — лише в копіях для надавача послуг або програми медичного страхування
# (у копії самої людини послуги названо простими словами).
billing-heading = Коди послуг і дозволи
billing-caption = Для моїх надавачів послуг і моєї програми медичного страхування: коди та схвалення моїх оплачуваних послуг
col-service-code = Код послуги
col-authorization = Дозвіл
col-authorized-units = Дозволено одиниць
col-rate = Ставка за одиницю
# Ставка за одиницю. $rate: число; $currency: код валюти за ISO 4217, наприклад USD.
# Між ними нерозривний пробіл, як у CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Місце надання послуг:
self-directed = Цією послугою керую я.
# Скільки підтримки і як часто. $count: число для вибору форми; $quantity: те саме число,
# відформатоване для мови; $unit: одиниця послуги; $interval: як часто (або "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } хвилина
                [few] { $quantity } хвилини
                [many] { $quantity } хвилин
               *[other] { $quantity } хвилини
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } чверть години
                [few] { $quantity } чверті години
                [many] { $quantity } чвертей години
               *[other] { $quantity } чверті години
            }
        [hour]
            { $count ->
                [one] { $quantity } година
                [few] { $quantity } години
                [many] { $quantity } годин
               *[other] { $quantity } години
            }
        [half-day]
            { $count ->
                [one] { $quantity } половина дня
                [few] { $quantity } половини дня
                [many] { $quantity } половин дня
               *[other] { $quantity } половини дня
            }
        [day]
            { $count ->
                [one] { $quantity } день
                [few] { $quantity } дні
                [many] { $quantity } днів
               *[other] { $quantity } дня
            }
        [visit]
            { $count ->
                [one] { $quantity } відвідування
                [few] { $quantity } відвідування
                [many] { $quantity } відвідувань
               *[other] { $quantity } відвідування
            }
        [session]
            { $count ->
                [one] { $quantity } сеанс
                [few] { $quantity } сеанси
                [many] { $quantity } сеансів
               *[other] { $quantity } сеансу
            }
        [meal]
            { $count ->
                [one] { $quantity } порція їжі
                [few] { $quantity } порції їжі
                [many] { $quantity } порцій їжі
               *[other] { $quantity } порції їжі
            }
        [trip]
            { $count ->
                [one] { $quantity } поїздка
                [few] { $quantity } поїздки
                [many] { $quantity } поїздок
               *[other] { $quantity } поїздки
            }
        [mile]
            { $count ->
                [one] { $quantity } миля
                [few] { $quantity } милі
                [many] { $quantity } миль
               *[other] { $quantity } милі
            }
        [dollar]
            { $count ->
                [one] { $quantity } долар
                [few] { $quantity } долари
                [many] { $quantity } доларів
               *[other] { $quantity } долара
            }
       *[item]
            { $count ->
                [one] { $quantity } предмет
                [few] { $quantity } предмети
                [many] { $quantity } предметів
               *[other] { $quantity } предмета
            }
    }{ $interval ->
        [day] {" "}на день
        [week] {" "}на тиждень
        [month] {" "}на місяць
        [year] {" "}на рік
        [one-time] , один раз
        [as-needed] , коли я попрошу
       *[none] {""}
    }
# Як часто, коли обсяг не записано. $interval: як часто.
support-interval-only = { $interval ->
    [day] Щодня
    [week] Щотижня
    [month] Щомісяця
    [year] Щороку
    [one-time] Один раз
   *[as-needed] Коли я попрошу
}
# $start і $end: відформатовані дати.
date-range = з { $start } до { $end }
# $start: відформатована дата.
date-from = З { $start }

## Безпека

safety-heading = Ризики, на які я йду за власним вибором, і як ми дбаємо про мою безпеку
risks-caption = Ризики, мій вибір і як ми залишаємося в безпеці
col-risk = Ризик
col-my-choice = Мій вибір
col-stay-safe = Як ми залишаємося в безпеці
backup-plan-heading = Мій запасний план
backup-contacts-intro = Кому телефонувати, у такому порядку:
# Заголовок запасних планів для окремих видів підтримки («якщо по мене не приїде транспорт»).
support-backups-heading = Якщо якась підтримка не прийде
emergency-contacts-heading = Мої контакти на випадок надзвичайної ситуації

## Житло та вибір

setting-heading = Де я живу і мій вибір
label-setting = Де я живу:
# $setting: вид житла.
setting-type = { $setting ->
    [own-home] Мій власний дім
    [family-home] Дім моєї родини
    [supportive-housing] Житло з підтримкою
    [shared-living] Будинок спільного проживання
    [residential-facility] Будинок проживання з доглядом
    [unhoused] Притулок або немає постійної адреси
   *[other] Інше місце
}
setting-chosen = Місце, де я живу, — мій вибір.
setting-not-chosen = Місце, де я живу, — не мій вибір.
alternatives-heading = Інші місця, які були в мене на прикметі
services-offered = Мені запропонували вибір послуг.
services-not-offered = Мені не запропонували вибір послуг.
services-selected = Мої послуги обрано за моєї участі.
services-not-selected = Мої послуги обрано без моєї участі.
providers-offered = Мені запропонували обрати, хто надаватиме кожну послугу.
providers-not-offered = Мені не запропонували обрати, хто надаватиме мої послуги.
providers-informed = У мене була потрібна інформація, щоб обрати надавачів послуг.
providers-not-informed = У мене не було потрібної інформації, щоб обрати надавачів послуг.
services-agree = Мене влаштовують послуги в моєму плані.
services-not-agree = Мене влаштовують не всі послуги в моєму плані.
label-reason-not-offered = Чому в мене не було вибору:

## Обмеження моїх прав

modifications-heading = Обмеження моїх прав там, де я живу
modifications-intro = Право можна обмежити лише з причини, яку записано тут, з моєї згоди, і це обмеження регулярно переглядають.
# $number: номер обмеження.
modification-heading = Обмеження { $number }
label-right-modified = Яке право обмежено:
# $item: один із восьми пунктів, яких закон вимагає для кожного обмеження.
modification-item = { $item ->
    [assessed-need] Потреба, заради якої це обмеження:
    [prior-interventions] Що ми пробували спочатку:
    [less-intrusive-methods] М'якші способи, які ми пробували, і чому вони не допомогли:
    [condition-description] У чому саме полягає обмеження:
    [data-collection] Як ми перевіряємо, чи воно допомагає:
    [review-time-limits] Коли ми його переглядаємо:
    [informed-consent] Моя згода:
   *[no-harm-assurance] Як ми стежимо, щоб воно не завдало мені шкоди:
}

## Програми

ecm-heading = Моє розширене ведення догляду (ECM)
label-lead-care-manager = Мій провідний менеджер із догляду:
label-assessment-date = Дата мого оцінювання:
label-care-domains = Мій план охоплює:
# $domain: сфера допомоги ECM.
care-domain = { $domain ->
    [physical] фізичне здоров'я
    [behavioral] психічне здоров'я
    [substance-use] вживання алкоголю та наркотиків
    [ltss] довготривалі послуги й підтримку
    [oral] здоров'я зубів
    [palliative] паліативну допомогу (полегшення стану)
   *[social-needs] житло, їжу та інші щоденні потреби
}
housing-heading = Мій план підтримки з житлом
housing-barriers-heading = Що заважає мені знайти чи зберегти житло
housing-short-term-heading = Мої короткострокові цілі щодо житла
housing-long-term-heading = Мої довгострокові цілі щодо житла
housing-other-services-heading = Інші послуги, які допомагають
label-measure = як ми зрозуміємо, що ціль досягнуто:

## Команда

team-heading = Моя команда
team-caption = Люди в моїй команді
col-name = Ім'я
col-role = Роль
col-organization = Організація або ким доводиться
col-contact = Контакти
# $role: роль учасника команди.
team-role = { $role ->
    [care-coordinator] Координатор допомоги
    [lead-care-manager] Провідний менеджер із догляду
    [housing-navigator] Помічник із пошуку житла
    [provider] Надавач послуг
    [clinician] Медичний фахівець
    [family] Член родини
    [friend] Друг
    [peer-support] Рівний консультант
    [representative] Представник
    [decision-supporter] Помічник в ухваленні рішень
   *[other] Учасник команди
}

## Права

rights-heading = Мої права
right-review-any-time = Я можу будь-коли попросити переглянути мій план.
# $language: назва мови, якою людина читає (з повідомлення "language").
right-copy = Я отримую копію свого плану в потрібному мені форматі й такою мовою: { $language }.
right-say-no = Я можу відмовитися від будь-якої послуги в моєму плані.

## Перегляд

review-heading = Перегляд мого плану
label-last-review = Останній перегляд:
label-next-review = Наступний перегляд — не пізніше:
label-plan-monitor = Людина, яка перевіряє, що мій план мені підходить:
review-triggers-intro = Ми також переглядаємо мій план:
# $trigger: що веде до перегляду.
review-trigger = { $trigger ->
    [annual] щонайменше раз на рік
    [change-in-circumstances] коли змінюється моє життя або мої потреби
    [person-request] коли я попрошу
    [hospital-discharge] після виписки з лікарні
   *[provider-change] коли змінюється надавач послуг
}
monitoring-heading = Як виконується мій план
delivered-as-planned = Мою підтримку надано, як заплановано.
not-delivered-as-planned = Не всю мою підтримку надано, як заплановано.
# $from: хто дав відгук.
feedback-from = { $from ->
    [person] мої слова
    [representative] слова мого представника
    [natural-support] слова близької мені людини
   *[provider] слова надавача послуг
}

## Підписи та копії

signatures-heading = Підписи
signatures-caption = Хто підписав мій план
col-date = Дата
# $role: хто підписує.
signer-role = { $role ->
    [person] Я
    [representative] Мій представник
    [planner] Укладач мого плану
    [provider] Надавач послуг
   *[witness] Свідок
}
unable-to-sign = Підписати було неможливо:
# $witness: ім'я свідка.
unable-to-sign-witness = (свідок: { $witness })
distribution-heading = Хто отримав копію
distribution-caption = Копії мого плану
col-language = Мова
col-format = Формат
# $role: хто отримав копію.
recipient-role = { $role ->
    [person] Я
    [representative] Мій представник
    [provider] Надавач послуг
    [team-member] Учасник команди
   *[health-plan] Моя програма медичного страхування
}
