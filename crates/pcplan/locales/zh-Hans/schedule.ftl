## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity }个月
    }
    [service] { $count ->
      *[other] { $quantity }次服务
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
       [1] 每周
       [2] 每两周
      *[other] 每{ $every }周
    }
    [month] { $every ->
       [1] 每月
       [2] 每两个月
      *[other] 每{ $every }个月
    }
   *[year] { $every ->
       [1] 每年
       [2] 每两年
      *[other] 每{ $every }年
    }
}
schedule-on-days = { $every ->
   [1] 每{ $days }
   [2] 每两周的{ $days }
  *[other] 每{ $every }周的{ $days }
}
schedule-one-time = 仅一次
schedule-as-needed = 在我需要时
schedule-amount-rhythm = { $rhythm }{ $amount }
schedule-as-needed-up-to = 在我需要时，最多{ $max }
schedule-at-times = { $schedule }，时间为{ $times }
schedule-for = { $schedule }，为期{ $unit ->
    [day] { $count ->
      *[other] { $value }天
    }
    [week] { $count ->
      *[other] { $value }周
    }
    [month] { $count ->
      *[other] { $value }个月
    }
   *[year] { $count ->
      *[other] { $value }年
    }
}
