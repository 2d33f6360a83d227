## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
       [one] { $quantity } месяц
       [few] { $quantity } месяца
      *[other] { $quantity } месяцев
    }
    [service] { $count ->
       [one] { $quantity } услуга
       [few] { $quantity } услуги
      *[other] { $quantity } услуг
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] понедельник
    [tue] вторник
    [wed] среду
    [thu] четверг
    [fri] пятницу
    [sat] субботу
   *[sun] воскресенье
}
schedule-every = { $period ->
    [day] { $every ->
       [1] в день
       [2] через день
       [one] каждый { $every } день
       [few] каждые { $every } дня
      *[other] каждые { $every } дней
    }
    [week] { $every ->
       [1] в неделю
       [2] раз в две недели
       [one] каждую { $every } неделю
       [few] каждые { $every } недели
      *[other] каждые { $every } недель
    }
    [month] { $every ->
       [1] в месяц
       [2] раз в два месяца
       [one] каждый { $every } месяц
       [few] каждые { $every } месяца
      *[other] каждые { $every } месяцев
    }
   *[year] { $every ->
       [1] в год
       [2] раз в два года
       [one] каждый { $every } год
       [few] каждые { $every } года
      *[other] каждые { $every } лет
    }
}
schedule-on-days = { $every ->
   [1] каждую неделю: { $days }
   [2] раз в две недели: { $days }
  *[other] каждые { $every } недели: { $days }
}
schedule-one-time = один раз
schedule-as-needed = когда я попрошу
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = когда я попрошу, не более { $max }
schedule-at-times = { $schedule } в { $times }
schedule-for = { $schedule } в течение { $unit ->
    [day] { $count ->
       [one] { $value } дня
      *[other] { $value } дней
    }
    [week] { $count ->
       [one] { $value } недели
      *[other] { $value } недель
    }
    [month] { $count ->
       [one] { $value } месяца
      *[other] { $value } месяцев
    }
   *[year] { $count ->
       [one] { $value } года
      *[other] { $value } лет
    }
}
