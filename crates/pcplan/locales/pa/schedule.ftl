## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } ਮਹੀਨੇ
    }
    [service] { $count ->
      *[other] { $quantity } ਸੇਵਾ
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] ਸੋਮਵਾਰ
    [tue] ਮੰਗਲਵਾਰ
    [wed] ਬੁੱਧਵਾਰ
    [thu] ਵੀਰਵਾਰ
    [fri] ਸ਼ੁੱਕਰਵਾਰ
    [sat] ਸ਼ਨਿੱਚਰਵਾਰ
   *[sun] ਐਤਵਾਰ
}
schedule-every = { $period ->
    [day] { $every ->
       [1] ਹਰ ਰੋਜ਼
       [2] ਹਰ ਦੂਜੇ ਦਿਨ
      *[other] ਹਰ { $every } ਦਿਨ
    }
    [week] { $every ->
       [1] ਹਰ ਹਫ਼ਤੇ
       [2] ਹਰ ਦੂਜੇ ਹਫ਼ਤੇ
      *[other] ਹਰ { $every } ਹਫ਼ਤੇ
    }
    [month] { $every ->
       [1] ਹਰ ਮਹੀਨੇ
       [2] ਹਰ ਦੂਜੇ ਮਹੀਨੇ
      *[other] ਹਰ { $every } ਮਹੀਨੇ
    }
   *[year] { $every ->
       [1] ਹਰ ਸਾਲ
       [2] ਹਰ ਦੂਜੇ ਸਾਲ
      *[other] ਹਰ { $every } ਸਾਲ
    }
}
schedule-on-days = { $every ->
   [1] ਹਰ { $days }
   [2] ਹਰ ਦੂਜੇ { $days }
  *[other] ਹਰ { $every } ਹਫ਼ਤੇ { $days }
}
schedule-one-time = ਸਿਰਫ਼ ਇੱਕ ਵਾਰ
schedule-as-needed = ਜਦੋਂ ਮੈਂ ਮੰਗਾਂ
schedule-amount-rhythm = { $rhythm } { $amount }
schedule-as-needed-up-to = ਜਦੋਂ ਮੈਂ ਮੰਗਾਂ, ਵੱਧ ਤੋਂ ਵੱਧ { $max }
schedule-at-times = { $schedule }, { $times } ਵਜੇ
schedule-for = { $unit ->
    [day] { $count ->
      *[other] { $value } ਦਿਨ
    }
    [week] { $count ->
      *[other] { $value } ਹਫ਼ਤੇ
    }
    [month] { $count ->
      *[other] { $value } ਮਹੀਨੇ
    }
   *[year] { $count ->
      *[other] { $value } ਸਾਲ
    }
} ਲਈ { $schedule }
