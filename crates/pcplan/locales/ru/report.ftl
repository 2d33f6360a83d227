## Отчёт о проверке, как его читает координатор: разделы плана, степень важности, итог.

severity-error = Ошибка
severity-warning = Предупреждение
severity-info = Примечание
finding-fix = Как исправить
finding-value = Значение
report-summary = { $errors ->
        [0] Ошибок нет
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибок
    }, { $warnings ->
        [0] предупреждений нет.
        [one] { $warnings } предупреждение.
        [few] { $warnings } предупреждения.
        [many] { $warnings } предупреждений.
       *[other] { $warnings } предупреждений.
    }

section-plan = Весь план
section-effectivePeriod = Сроки плана
section-person = О человеке
section-representatives = Представители
section-profile = Профиль
section-needs = Потребности
section-goals = Цели
section-supports = Поддержка
section-risks = Риски
section-backupPlan = Запасной план
section-settingChoice = Место проживания
section-serviceChoice = Выбор услуг и поставщиков
section-modifications = Ограничения прав
section-team = Команда
section-planner = Составитель плана
section-planMonitor = Кто следит за выполнением плана
section-meetings = Встречи
section-monitoring = Наблюдение за выполнением
section-feedback = Отзывы
section-review = Пересмотр
section-lifeEvents = События в жизни
section-updateRequests = Просьбы изменить план
section-signatures = Подписи
section-distribution = Копии плана
section-programSections = Разделы программ
