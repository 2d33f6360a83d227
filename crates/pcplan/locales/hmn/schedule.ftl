## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } lub hlis
    }
    [service] { $count ->
      *[other] { $quantity } qhov kev pab
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] hnub ib
    [tue] hnub ob
    [wed] hnub peb
    [thu] hnub plaub
    [fri] hnub tsib
    [sat] hnub rau
   *[sun] hnub xya
}
schedule-every = { $period ->
    [day] { $every ->
       [1] ib hnub
       [2] ob hnub ib zaug
      *[other] txhua { $every } hnub
    }
    [week] { $every ->
       [1] ib lub lim tiam
       [2] ob lub lim tiam ib zaug
      *[other] txhua { $every } lub lim tiam
    }
    [month] { $every ->
       [1] ib lub hlis
       [2] ob lub hlis ib zaug
      *[other] txhua { $every } lub hlis
    }
   *[year] { $every ->
       [1] ib xyoos
       [2] ob xyoos ib zaug
      *[other] txhua { $every } xyoos
    }
}
schedule-on-days = { $every ->
   [1] txhua { $days }
   [2] { $days }, ob lub lim tiam ib zaug
  *[other] { $days }, txhua { $every } lub lim tiam
}
schedule-one-time = ib zaug xwb
schedule-as-needed = thaum kuv thov
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = thaum kuv thov, tsis pub tshaj { $max }
schedule-at-times = { $schedule } thaum { $times }
schedule-for = { $schedule } tau { $unit ->
    [day] { $count ->
      *[other] { $value } hnub
    }
    [week] { $count ->
      *[other] { $value } lub lim tiam
    }
    [month] { $count ->
      *[other] { $value } lub hlis
    }
   *[year] { $count ->
      *[other] { $value } xyoos
    }
}
