## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity }個月
    }
    [service] { $count ->
      *[other] { $quantity }次服務
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
}
schedule-every = { $period ->
    [day] { $every ->
       [1] 每天
       [2] 每隔一天
      *[other] 每{ $every }天
    }
    [week] { $every ->
       [1] 每週
       [2] 每兩週
      *[other] 每{ $every }週
    }
    [month] { $every ->
       [1] 每月
       [2] 每兩個月
      *[other] 每{ $every }個月
    }
   *[year] { $every ->
       [1] 每年
       [2] 每兩年
      *[other] 每{ $every }年
    }
}
schedule-on-days = { $every ->
   [1] 每{ $days }
   [2] 每兩週的{ $days }
  *[other] 每{ $every }週的{ $days }
}
schedule-one-time = 僅一次
schedule-as-needed = 在我需要時
schedule-amount-rhythm = { $rhythm }{ $amount }
schedule-as-needed-up-to = 在我需要時，最多{ $max }
schedule-at-times = { $schedule }，時間為{ $times }
schedule-for = { $schedule }，為期{ $unit ->
    [day] { $count ->
      *[other] { $value }天
    }
    [week] { $count ->
      *[other] { $value }週
    }
    [month] { $count ->
      *[other] { $value }個月
    }
   *[year] { $count ->
      *[other] { $value }年
    }
}
