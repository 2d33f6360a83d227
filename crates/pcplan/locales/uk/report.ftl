## Звіт про перевірку, як його читає координатор: розділи плану, ступінь важливості, підсумок.

severity-error = Помилка
severity-warning = Попередження
severity-info = Примітка
finding-fix = Як виправити
finding-value = Значення
report-summary = { $errors ->
        [0] Помилок немає
        [one] { $errors } помилка
        [few] { $errors } помилки
        [many] { $errors } помилок
       *[other] { $errors } помилок
    }, { $warnings ->
        [0] попереджень немає.
        [one] { $warnings } попередження.
        [few] { $warnings } попередження.
        [many] { $warnings } попереджень.
       *[other] { $warnings } попереджень.
    }

section-plan = Увесь план
section-effectivePeriod = Строки плану
section-person = Про людину
section-representatives = Представники
section-profile = Профіль
section-needs = Потреби
section-goals = Цілі
section-supports = Підтримка
section-risks = Ризики
section-backupPlan = Запасний план
section-settingChoice = Місце проживання
section-serviceChoice = Вибір послуг і надавачів
section-modifications = Обмеження прав
section-team = Команда
section-planner = Укладач плану
section-planMonitor = Хто стежить за виконанням плану
section-meetings = Зустрічі
section-monitoring = Нагляд за виконанням
section-feedback = Відгуки
section-review = Перегляд
section-lifeEvents = Події в житті
section-updateRequests = Прохання змінити план
section-signatures = Підписи
section-distribution = Копії плану
section-programSections = Розділи програм
