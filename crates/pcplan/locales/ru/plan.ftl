## Документ плана (Markdown, HTML и PDF). План говорит голосом самого человека: «мой», «я», «мне».
## Подписи заканчиваются своим знаком препинания (в русском — двоеточием).
## Вставляемые значения уже отформатированы: даты и числа — для языка документа.

## Рамка документа

# Заголовок документа. $name: имя, которым человек хочет, чтобы его называли.
plan-title = Мой личностно-ориентированный план: { $name }
# Заголовок HTML-страницы (на вкладке браузера). $name: предпочитаемое имя.
html-title = { $name }: мой личностно-ориентированный план
# Колонтитул страницы (PDF). $name: предпочитаемое имя; $version: номер версии плана.
running-header = { $name }, личностно-ориентированный план, версия { $version }
# Нижний колонтитул (PDF). $page: номер текущей страницы; $pages: число страниц.
running-footer = Страница { $page } из { $pages }
# Под заголовком. $version: версия плана; $start и $end: отформатированные даты.
plan-period = Версия { $version } моего плана. Он действует с { $start } по { $end }.
# Под заголовком, для плана без даты окончания. $version: версия плана; $start: отформатированная дата.
plan-period-open = Версия { $version } моего плана. Он действует с { $start }.
label-latest-change = Что изменилось в этой версии:
changes-heading = Что изменилось с прошлой версии
# Показывается в пустой ячейке таблицы.
not-recorded = Не указано

## Обо мне

about-me-heading = Обо мне
label-preferred-name = Как меня называть:
label-pronouns = Мои местоимения:
# Один стандартный набор местоимений, на этом языке. $set: he, she или they (единственное число).
pronoun-set = { $set ->
    [he] он/его
    [she] она/её
   *[they] они/их
}
label-identity-language = Как обо мне говорить:
# $preference: person-first, identity-first или no-preference.
identity-preference = { $preference ->
    [person-first] сначала человек, потом особенность (например, «человек с инвалидностью»)
    [identity-first] сначала особенность как часть личности (например, «глухой человек»)
   *[other] без предпочтений
}
label-identity-terms = Слова, которыми я говорю о себе:
label-languages = Мои языки:
# $spoken и $written: названия языков (из сообщения "language").
languages-spoken-written = Язык, на котором я говорю: { $spoken }. Язык, на котором я читаю и пишу: { $written }.
# $languages: языки (список), для которых человеку нужен устный переводчик.
interpreter-needed-for = Когда встреча проходит на другом языке, мне нужен устный переводчик: { $languages }.
# Язык и то, насколько хорошо человек им владеет. $language: его название; $proficiency: excellent, good, fair или poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] очень хорошо
    [good] хорошо
    [fair] средне
   *[poor] немного
})
label-residence = Где я живу сейчас:
# $kind: вид места.
residence-kind = { $kind ->
    [own-home] в своём доме
    [with-family-or-friends] с семьёй или друзьями
    [shelter] в приюте
    [domestic-violence-shelter] в безопасном приюте
    [transitional-housing] в переходном жилье
    [recuperative-care] в месте для восстановления после болезни
    [supportive-housing] в жилье с поддержкой
    [group-home] в групповом доме
    [assisted-living] в доме сопровождаемого проживания
    [nursing-facility] в доме сестринского ухода
    [hospital] в больнице
    [incarcerated] в тюрьме
    [unsheltered] без места, где можно жить
   *[other] в другом месте
}
# $date: дата.
residence-since = с { $date }
label-name-as-written = Моё имя так, как я его пишу:
label-formats = Письменные материалы мне нужны в формате:
label-birth-date = Моя дата рождения:
label-legal-name = Моё официальное имя (для документов):
# $type: вид идентификатора.
identifier-type = { $type ->
    [medicaid-number] Мой номер Medi-Cal (CIN):
    [state-id] Номер моего удостоверения личности штата:
    [medical-record-number] Номер моей медицинской карты:
    [member-id] Мой номер участника медицинской страховой программы:
   *[other] Мой идентификационный номер:
}
representatives-heading = Люди, которые помогают мне принимать решения
# $kind: вид представителя.
representative-kind = { $kind ->
    [guardian] мой опекун
    [conservator] мой попечитель
    [authorized-representative] мой уполномоченный представитель
    [power-of-attorney] моё доверенное лицо (по доверенности)
    [supported-decision-maker] мой помощник в принятии решений
   *[other] мой представитель
}
# $applies: always, when-person-cannot-decide или conditional. Дальше могут идти условия словами самого человека.
representative-authority = { $applies ->
    [always] Этот человек имеет законное право принимать решения за меня.
    [when-person-cannot-decide] Этот человек имеет законное право принимать решения за меня, только когда я не в состоянии принять их самостоятельно.
   *[conditional] Этот человек имеет законное право принимать решения за меня при таких условиях:
}
label-authority-areas = В этих вопросах:

## Языки и форматы

# Название языка. $code: код языка, например "es" или "zh-Hant".
language = { $code ->
    [en] английский
    [es] испанский
    [zh-Hant] китайский (традиционное письмо)
    [zh-Hans] китайский (упрощённое письмо)
    [zh] китайский
    [yue] кантонский
    [cmn] мандаринский
    [vi] вьетнамский
    [ko] корейский
    [tl] тагальский
    [fil] филиппинский
    [hy] армянский
    [hyw] западноармянский
    [ru] русский
    [fa] фарси
    [ar] арабский
    [km] кхмерский
    [hmn] хмонг
    [mww] хмонг
    [pa] панджаби
    [hi] хинди
    [ja] японский
    [th] тайский
    [lo] лаосский
    [uk] украинский
    [ium] мьен
   *[other] { $code }
}
# $format: формат документа.
document-format = { $format ->
    [standard-print] обычный шрифт
    [large-print] крупный шрифт
    [audio] аудио
    [braille] шрифт Брайля
   *[accessible-electronic] доступный электронный формат
}

## Кто я

like-and-admire-heading = Что людям нравится во мне и чем они восхищаются
important-to-heading = Что для меня важно
how-to-support-heading = Как меня поддерживать
more-about-me-heading = Мои сильные стороны, интересы и таланты
strengths-heading = Мои сильные стороны
interests-heading = Мои интересы
talents-heading = Мои таланты
preferences-heading = Что я предпочитаю
needs-heading = С чем мне нужна помощь
# $category: категория выявленной потребности.
need-category = { $category ->
    [physical-health] Моё физическое здоровье:
    [oral-health] Мои зубы и рот:
    [behavioral-health] Моё психическое здоровье:
    [substance-use] Алкоголь и наркотики:
    [daily-living] Повседневная жизнь:
    [housing] Жильё:
    [food] Еда:
    [transportation] Как я передвигаюсь:
    [social] Люди и сообщество:
    [financial] Деньги и льготы:
    [employment] Работа:
    [education] Учёба:
    [communication] Общение:
    [safety] Безопасность:
    [end-of-life] Планы на конец жизни:
   *[other] Другое:
}

## Цели

goals-heading = Мои цели
# $number: номер цели в плане.
goal-heading = Цель { $number }
# Перед целью словами самого человека. $expressed: кто её высказал.
own-words-intro = { $expressed ->
    [person] Моими словами:
    [person-with-support] Моими словами, с чьей-то помощью:
    [representative] Словами моего представителя:
   *[team] Как записала моя команда:
}
own-words-translation-intro = Перевод:
label-goal-statement = Моя цель:
label-target-date = Когда я надеюсь её достичь:
label-goal-status = Как идут дела:
# $status: состояние цели.
goal-status = { $status ->
    [proposed] Ещё не начата
    [active] Работаю над ней
    [achieved] Достигнута
    [on-hold] Отложена, по моему выбору
   *[discontinued] Эта цель мне больше не нужна
}
steps-heading = Шаги к этой цели
step-by-me = Это делаю я
# $names: участники команды (список), с которыми человек выполняет шаг.
step-by-me-with = Это делаю я, вместе со мной: { $names }
# $who: имя участника команды, который помогает.
step-who = Помогает: { $who }
step-who-unknown = кто помогает, не указано
# $names: участники команды (список), которые выполняют шаг вместе с человеком.
step-together-with = вместе со мной: { $names }
# $date: отформатированная дата.
step-by-date = до { $date }
step-done = выполнено
goal-supports-heading = Поддержка, которая помогает с этой целью

## Поддержка

supports-heading = Моя поддержка
paid-supports-heading = Оплачиваемые услуги
paid-supports-caption = Оплачиваемые услуги в моём плане
natural-supports-heading = Поддержка от семьи, друзей и сообщества
natural-supports-caption = Неоплачиваемая помощь от людей в моей жизни
natural-supports-none = Мы с моей командой искали неоплачиваемую помощь от семьи, друзей и сообщества и пока не нашли её.
col-support = Поддержка
col-provider = Кто оказывает
col-amount = Сколько и как часто
col-dates = Когда
col-location = Где
col-how-i-want-it = Как я хочу её получать
# Таблица кодов и разрешений — только в копиях для поставщика услуг или медицинской страховой программы
# (в копии самого человека услуги названы простыми словами).
billing-heading = Коды услуг и разрешения
billing-caption = Для моих поставщиков услуг и моей медицинской страховой программы: коды и одобрения моих оплачиваемых услуг
col-service-code = Код услуги
col-authorization = Разрешение
col-authorized-units = Разрешено единиц
col-rate = Ставка за единицу
# Ставка за единицу. $rate: число; $currency: код валюты по ISO 4217, например USD.
# Между ними неразрывный пробел, как в CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Место оказания услуг:
self-directed = Этой услугой управляю я.
# Сколько поддержки и как часто. $count: число для выбора формы; $quantity: то же число,
# отформатированное для языка; $unit: единица услуги; $interval: как часто (или "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } минута
                [few] { $quantity } минуты
                [many] { $quantity } минут
               *[other] { $quantity } минуты
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } четверть часа
                [few] { $quantity } четверти часа
                [many] { $quantity } четвертей часа
               *[other] { $quantity } четверти часа
            }
        [hour]
            { $count ->
                [one] { $quantity } час
                [few] { $quantity } часа
                [many] { $quantity } часов
               *[other] { $quantity } часа
            }
        [half-day]
            { $count ->
                [one] { $quantity } половина дня
                [few] { $quantity } половины дня
                [many] { $quantity } половин дня
               *[other] { $quantity } половины дня
            }
        [day]
            { $count ->
                [one] { $quantity } день
                [few] { $quantity } дня
                [many] { $quantity } дней
               *[other] { $quantity } дня
            }
        [visit]
            { $count ->
                [one] { $quantity } посещение
                [few] { $quantity } посещения
                [many] { $quantity } посещений
               *[other] { $quantity } посещения
            }
        [session]
            { $count ->
                [one] { $quantity } сеанс
                [few] { $quantity } сеанса
                [many] { $quantity } сеансов
               *[other] { $quantity } сеанса
            }
        [meal]
            { $count ->
                [one] { $quantity } порция еды
                [few] { $quantity } порции еды
                [many] { $quantity } порций еды
               *[other] { $quantity } порции еды
            }
        [trip]
            { $count ->
                [one] { $quantity } поездка
                [few] { $quantity } поездки
                [many] { $quantity } поездок
               *[other] { $quantity } поездки
            }
        [mile]
            { $count ->
                [one] { $quantity } миля
                [few] { $quantity } мили
                [many] { $quantity } миль
               *[other] { $quantity } мили
            }
        [dollar]
            { $count ->
                [one] { $quantity } доллар
                [few] { $quantity } доллара
                [many] { $quantity } долларов
               *[other] { $quantity } доллара
            }
       *[item]
            { $count ->
                [one] { $quantity } предмет
                [few] { $quantity } предмета
                [many] { $quantity } предметов
               *[other] { $quantity } предмета
            }
    }{ $interval ->
        [day] {" "}в день
        [week] {" "}в неделю
        [month] {" "}в месяц
        [year] {" "}в год
        [one-time] , один раз
        [as-needed] , когда я попрошу
       *[none] {""}
    }
# Как часто, когда объём не записан. $interval: как часто.
support-interval-only = { $interval ->
    [day] Каждый день
    [week] Каждую неделю
    [month] Каждый месяц
    [year] Каждый год
    [one-time] Один раз
   *[as-needed] Когда я попрошу
}
# $start и $end: отформатированные даты.
date-range = с { $start } по { $end }
# $start: отформатированная дата.
date-from = С { $start }

## Безопасность

safety-heading = Риски, на которые я иду по своему выбору, и как мы обеспечиваем мою безопасность
risks-caption = Риски, мой выбор и как мы остаёмся в безопасности
col-risk = Риск
col-my-choice = Мой выбор
col-stay-safe = Как мы остаёмся в безопасности
backup-plan-heading = Мой запасной план
backup-contacts-intro = Кому звонить, в таком порядке:
# Заголовок запасных планов для отдельных видов поддержки («если за мной не приедет транспорт»).
support-backups-heading = Если какая-то поддержка не придёт
emergency-contacts-heading = Мои контакты на случай экстренной ситуации

## Жильё и выбор

setting-heading = Где я живу и мой выбор
label-setting = Где я живу:
# $setting: вид жилья.
setting-type = { $setting ->
    [own-home] Мой собственный дом
    [family-home] Дом моей семьи
    [supportive-housing] Жильё с поддержкой
    [shared-living] Дом совместного проживания
    [residential-facility] Дом проживания с уходом
    [unhoused] Приют или нет постоянного адреса
   *[other] Другое место
}
setting-chosen = Место, где я живу, — мой выбор.
setting-not-chosen = Место, где я живу, — не мой выбор.
alternatives-heading = Другие места, которые были у меня на примете
services-offered = Мне предложили выбор услуг.
services-not-offered = Мне не предложили выбор услуг.
services-selected = Мои услуги выбраны при моём участии.
services-not-selected = Мои услуги выбраны без моего участия.
providers-offered = Мне предложили выбрать, кто будет оказывать каждую услугу.
providers-not-offered = Мне не предложили выбрать, кто будет оказывать мои услуги.
providers-informed = У меня была информация, нужная, чтобы выбрать поставщиков услуг.
providers-not-informed = У меня не было информации, нужной, чтобы выбрать поставщиков услуг.
services-agree = Меня устраивают услуги в моём плане.
services-not-agree = Меня устраивают не все услуги в моём плане.
label-reason-not-offered = Почему у меня не было выбора:

## Ограничения моих прав

modifications-heading = Ограничения моих прав там, где я живу
modifications-intro = Право можно ограничить только по причине, которая записана здесь, с моего согласия, и это ограничение регулярно пересматривают.
# $number: номер ограничения.
modification-heading = Ограничение { $number }
label-right-modified = Какое право ограничено:
# $item: один из восьми пунктов, которые закон требует для каждого ограничения.
modification-item = { $item ->
    [assessed-need] Потребность, ради которой это ограничение:
    [prior-interventions] Что мы пробовали сначала:
    [less-intrusive-methods] Более мягкие способы, которые мы пробовали, и почему они не помогли:
    [condition-description] В чём именно состоит ограничение:
    [data-collection] Как мы проверяем, помогает ли оно:
    [review-time-limits] Когда мы его пересматриваем:
    [informed-consent] Моё согласие:
   *[no-harm-assurance] Как мы следим, чтобы оно не причинило мне вреда:
}

## Программы

ecm-heading = Моё расширенное ведение ухода (ECM)
label-lead-care-manager = Мой ведущий менеджер по уходу:
label-assessment-date = Дата моей оценки:
label-care-domains = Мой план охватывает:
# $domain: сфера помощи ECM.
care-domain = { $domain ->
    [physical] физическое здоровье
    [behavioral] психическое здоровье
    [substance-use] употребление алкоголя и наркотиков
    [ltss] долгосрочные услуги и поддержку
    [oral] здоровье зубов
    [palliative] паллиативную помощь (облегчение самочувствия)
   *[social-needs] жильё, еду и другие повседневные нужды
}
housing-heading = Мой план поддержки с жильём
housing-barriers-heading = Что мешает мне найти или сохранить жильё
housing-short-term-heading = Мои краткосрочные цели по жилью
housing-long-term-heading = Мои долгосрочные цели по жилью
housing-other-services-heading = Другие услуги, которые помогают
label-measure = как мы поймём, что цель достигнута:

## Команда

team-heading = Моя команда
team-caption = Люди в моей команде
col-name = Имя
col-role = Роль
col-organization = Организация или кем приходится
col-contact = Контакты
# $role: роль участника команды.
team-role = { $role ->
    [care-coordinator] Координатор помощи
    [lead-care-manager] Ведущий менеджер по уходу
    [housing-navigator] Помощник по поиску жилья
    [provider] Поставщик услуг
    [clinician] Медицинский специалист
    [family] Член семьи
    [friend] Друг
    [peer-support] Равный консультант
    [representative] Представитель
    [decision-supporter] Помощник в принятии решений
   *[other] Участник команды
}

## Права

rights-heading = Мои права
right-review-any-time = Я могу в любое время попросить пересмотреть мой план.
# $language: название языка, на котором человек читает (из сообщения "language").
right-copy = Я получаю копию своего плана в нужном мне формате и на языке: { $language }.
right-say-no = Я могу отказаться от любой услуги в моём плане.

## Пересмотр

review-heading = Пересмотр моего плана
label-last-review = Последний пересмотр:
label-next-review = Следующий пересмотр — не позднее:
label-plan-monitor = Человек, который проверяет, что мой план мне подходит:
review-triggers-intro = Мы также пересматриваем мой план:
# $trigger: что ведёт к пересмотру.
review-trigger = { $trigger ->
    [annual] не реже одного раза в год
    [change-in-circumstances] когда меняется моя жизнь или мои потребности
    [person-request] когда я попрошу
    [hospital-discharge] после выписки из больницы
   *[provider-change] когда меняется поставщик услуг
}
monitoring-heading = Как выполняется мой план
delivered-as-planned = Моя поддержка была оказана, как запланировано.
not-delivered-as-planned = Не вся моя поддержка была оказана, как запланировано.
# $from: кто дал отзыв.
feedback-from = { $from ->
    [person] мои слова
    [representative] слова моего представителя
    [natural-support] слова близкого мне человека
   *[provider] слова поставщика услуг
}

## Подписи и копии

signatures-heading = Подписи
signatures-caption = Кто подписал мой план
col-date = Дата
# $role: кто подписывает.
signer-role = { $role ->
    [person] Я
    [representative] Мой представитель
    [planner] Составитель моего плана
    [provider] Поставщик услуг
   *[witness] Свидетель
}
unable-to-sign = Подписать было невозможно:
# $witness: имя свидетеля.
unable-to-sign-witness = (свидетель: { $witness })
distribution-heading = Кто получил копию
distribution-caption = Копии моего плана
col-language = Язык
col-format = Формат
# $role: кто получил копию.
recipient-role = { $role ->
    [person] Я
    [representative] Мой представитель
    [provider] Поставщик услуг
    [team-member] Участник команды
   *[health-plan] Моя программа медицинского страхования
}
