## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } ماه
    }
    [service] { $count ->
      *[other] { $quantity } خدمت
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] دوشنبه
    [tue] سه‌شنبه
    [wed] چهارشنبه
    [thu] پنجشنبه
    [fri] جمعه
    [sat] شنبه
   *[sun] یکشنبه
}
schedule-every = { $period ->
    [day] { $every ->
       [1] در روز
       [2] یک روز در میان
      *[other] هر { $every } روز
    }
    [week] { $every ->
       [1] در هفته
       [2] هر دو هفته
      *[other] هر { $every } هفته
    }
    [month] { $every ->
       [1] در ماه
       [2] هر دو ماه
      *[other] هر { $every } ماه
    }
   *[year] { $every ->
       [1] در سال
       [2] هر دو سال
      *[other] هر { $every } سال
    }
}
schedule-on-days = { $every ->
   [1] هر { $days }
   [2] { $days }، هر دو هفته
  *[other] { $days }، هر { $every } هفته
}
schedule-one-time = فقط یک بار
schedule-as-needed = هر وقت درخواست کنم
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = هر وقت درخواست کنم، حداکثر { $max }
schedule-at-times = { $schedule }، ساعت { $times }
schedule-for = { $schedule } به مدت { $unit ->
    [day] { $count ->
      *[other] { $value } روز
    }
    [week] { $count ->
      *[other] { $value } هفته
    }
    [month] { $count ->
      *[other] { $value } ماه
    }
   *[year] { $count ->
      *[other] { $value } سال
    }
}
