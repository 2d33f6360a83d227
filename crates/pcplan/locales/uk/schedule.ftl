## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
       [one] { $quantity } місяць
       [few] { $quantity } місяці
      *[other] { $quantity } місяців
    }
    [service] { $count ->
       [one] { $quantity } послуга
       [few] { $quantity } послуги
      *[other] { $quantity } послуг
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] понеділок
    [tue] вівторок
    [wed] середу
    [thu] четвер
    [fri] п'ятницю
    [sat] суботу
   *[sun] неділю
}
schedule-every = { $period ->
    [day] { $every ->
       [1] на день
       [2] через день
       [few] кожні { $every } дні
      *[other] кожні { $every } днів
    }
    [week] { $every ->
       [1] на тиждень
       [2] раз на два тижні
       [few] кожні { $every } тижні
      *[other] кожні { $every } тижнів
    }
    [month] { $every ->
       [1] на місяць
       [2] раз на два місяці
       [few] кожні { $every } місяці
      *[other] кожні { $every } місяців
    }
   *[year] { $every ->
       [1] на рік
       [2] раз на два роки
       [few] кожні { $every } роки
      *[other] кожні { $every } років
    }
}
schedule-on-days = { $every ->
   [1] щотижня: { $days }
   [2] раз на два тижні: { $days }
  *[other] кожні { $every } тижні: { $days }
}
schedule-one-time = один раз
schedule-as-needed = коли я попрошу
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = коли я попрошу, не більше ніж { $max }
schedule-at-times = { $schedule } о { $times }
schedule-for = { $schedule } протягом { $unit ->
    [day] { $count ->
       [one] { $value } дня
      *[other] { $value } днів
    }
    [week] { $count ->
       [one] { $value } тижня
      *[other] { $value } тижнів
    }
    [month] { $count ->
       [one] { $value } місяця
      *[other] { $value } місяців
    }
   *[year] { $count ->
       [one] { $value } року
      *[other] { $value } років
    }
}
