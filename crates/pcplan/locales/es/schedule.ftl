## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
       [one] { $quantity } mes
      *[other] { $quantity } meses
    }
    [service] { $count ->
       [one] { $quantity } servicio
      *[other] { $quantity } servicios
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] lunes
    [tue] martes
    [wed] miércoles
    [thu] jueves
    [fri] viernes
    [sat] sábado
   *[sun] domingo
}
schedule-every = { $period ->
    [day] { $every ->
       [1] al día
       [2] cada dos días
      *[other] cada { $every } días
    }
    [week] { $every ->
       [1] a la semana
       [2] cada dos semanas
      *[other] cada { $every } semanas
    }
    [month] { $every ->
       [1] al mes
       [2] cada dos meses
      *[other] cada { $every } meses
    }
   *[year] { $every ->
       [1] al año
       [2] cada dos años
      *[other] cada { $every } años
    }
}
schedule-on-days = { $every ->
   [1] cada { $days }
   [2] cada dos semanas, el { $days }
  *[other] cada { $every } semanas, el { $days }
}
schedule-one-time = una sola vez
schedule-as-needed = cuando yo lo pida
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = cuando yo lo pida, hasta { $max }
schedule-at-times = { $schedule } a las { $times }
schedule-for = { $schedule } durante { $unit ->
    [day] { $count ->
       [one] { $value } día
      *[other] { $value } días
    }
    [week] { $count ->
       [one] { $value } semana
      *[other] { $value } semanas
    }
    [month] { $count ->
       [one] { $value } mes
      *[other] { $value } meses
    }
   *[year] { $count ->
       [one] { $value } año
      *[other] { $value } años
    }
}
