## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity }か月
    }
    [service] { $count ->
      *[other] { $quantity }回のサービス
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] 月曜日
    [tue] 火曜日
    [wed] 水曜日
    [thu] 木曜日
    [fri] 金曜日
    [sat] 土曜日
   *[sun] 日曜日
}
schedule-every = { $period ->
    [day] { $every ->
       [1] 1日に
       [2] 1日おきに
      *[other] { $every }日ごとに
    }
    [week] { $every ->
       [1] 1週間に
       [2] 隔週で
      *[other] { $every }週間ごとに
    }
    [month] { $every ->
       [1] 1か月に
       [2] 2か月ごとに
      *[other] { $every }か月ごとに
    }
   *[year] { $every ->
       [1] 1年に
       [2] 2年ごとに
      *[other] { $every }年ごとに
    }
}
schedule-on-days = { $every ->
   [1] 毎週{ $days }
   [2] 隔週の{ $days }
  *[other] { $every }週間ごとの{ $days }
}
schedule-one-time = 1回のみ
schedule-as-needed = 私が頼んだとき
schedule-amount-rhythm = { $rhythm }{ $amount }
schedule-as-needed-up-to = 私が頼んだとき、最大で{ $max }
schedule-at-times = { $schedule }（{ $times }）
schedule-for = { $schedule }、{ $unit ->
    [day] { $count ->
      *[other] { $value }日
    }
    [week] { $count ->
      *[other] { $value }週間
    }
    [month] { $count ->
      *[other] { $value }か月
    }
   *[year] { $count ->
      *[other] { $value }年
    }
}の間
