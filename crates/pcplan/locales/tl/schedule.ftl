## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } buwan
    }
    [service] { $count ->
      *[other] { $quantity } serbisyo
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] Lunes
    [tue] Martes
    [wed] Miyerkules
    [thu] Huwebes
    [fri] Biyernes
    [sat] Sabado
   *[sun] Linggo
}
schedule-every = { $period ->
    [day] { $every ->
       [1] bawat araw
       [2] tuwing ikalawang araw
      *[other] tuwing { $every } araw
    }
    [week] { $every ->
       [1] bawat linggo
       [2] tuwing ikalawang linggo
      *[other] tuwing { $every } linggo
    }
    [month] { $every ->
       [1] bawat buwan
       [2] tuwing ikalawang buwan
      *[other] tuwing { $every } buwan
    }
   *[year] { $every ->
       [1] bawat taon
       [2] tuwing ikalawang taon
      *[other] tuwing { $every } taon
    }
}
schedule-on-days = { $every ->
   [1] tuwing { $days }
   [2] tuwing ikalawang { $days }
  *[other] tuwing { $every } linggo, sa { $days }
}
schedule-one-time = isang beses lamang
schedule-as-needed = kapag hiniling ko
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = kapag hiniling ko, hanggang { $max }
schedule-at-times = { $schedule } nang { $times }
schedule-for = { $schedule } sa loob ng { $unit ->
    [day] { $count ->
      *[other] { $value } araw
    }
    [week] { $count ->
      *[other] { $value } linggo
    }
    [month] { $count ->
      *[other] { $value } buwan
    }
   *[year] { $count ->
      *[other] { $value } taon
    }
}
