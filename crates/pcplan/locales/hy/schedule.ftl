## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } ամիս
    }
    [service] { $count ->
      *[other] { $quantity } ծառայություն
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] երկուշաբթի
    [tue] երեքշաբթի
    [wed] չորեքշաբթի
    [thu] հինգշաբթի
    [fri] ուրբաթ
    [sat] շաբաթ
   *[sun] կիրակի
}
schedule-every = { $period ->
    [day] { $every ->
       [1] օրական
       [2] օրը մեկ
      *[other] { $every } օրը մեկ
    }
    [week] { $every ->
       [1] շաբաթական
       [2] երկու շաբաթը մեկ
      *[other] { $every } շաբաթը մեկ
    }
    [month] { $every ->
       [1] ամսական
       [2] երկու ամիսը մեկ
      *[other] { $every } ամիսը մեկ
    }
   *[year] { $every ->
       [1] տարեկան
       [2] երկու տարին մեկ
      *[other] { $every } տարին մեկ
    }
}
schedule-on-days = { $every ->
   [1] ամեն { $days }
   [2] երկու շաբաթը մեկ՝ { $days }
  *[other] { $every } շաբաթը մեկ՝ { $days }
}
schedule-one-time = միայն մեկ անգամ
schedule-as-needed = երբ ես խնդրեմ
schedule-amount-rhythm = { $rhythm } { $amount }
schedule-as-needed-up-to = երբ ես խնդրեմ, առավելագույնը { $max }
schedule-at-times = { $schedule }, ժամը { $times }
schedule-for = { $schedule }, { $unit ->
    [day] { $count ->
      *[other] { $value } օր
    }
    [week] { $count ->
      *[other] { $value } շաբաթ
    }
    [month] { $count ->
      *[other] { $value } ամիս
    }
   *[year] { $count ->
      *[other] { $value } տարի
    }
}
