## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity }개월
    }
    [service] { $count ->
      *[other] 서비스 { $quantity }회
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] 월요일
    [tue] 화요일
    [wed] 수요일
    [thu] 목요일
    [fri] 금요일
    [sat] 토요일
   *[sun] 일요일
}
schedule-every = { $period ->
    [day] { $every ->
       [1] 하루에
       [2] 이틀에 한 번
      *[other] { $every }일마다
    }
    [week] { $every ->
       [1] 일주일에
       [2] 격주로
      *[other] { $every }주마다
    }
    [month] { $every ->
       [1] 한 달에
       [2] 두 달에 한 번
      *[other] { $every }개월마다
    }
   *[year] { $every ->
       [1] 일 년에
       [2] 2년에 한 번
      *[other] { $every }년마다
    }
}
schedule-on-days = { $every ->
   [1] 매주 { $days }
   [2] 격주 { $days }
  *[other] { $every }주마다 { $days }
}
schedule-one-time = 한 번만
schedule-as-needed = 내가 요청할 때
schedule-amount-rhythm = { $rhythm } { $amount }
schedule-as-needed-up-to = 내가 요청할 때, 최대 { $max }
schedule-at-times = { $schedule }, { $times }에
schedule-for = { $schedule }, { $unit ->
    [day] { $count ->
      *[other] { $value }일
    }
    [week] { $count ->
      *[other] { $value }주
    }
    [month] { $count ->
      *[other] { $value }개월
    }
   *[year] { $count ->
      *[other] { $value }년
    }
} 동안
