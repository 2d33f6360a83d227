## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } เดือน
    }
    [service] { $count ->
      *[other] { $quantity } บริการ
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] วันจันทร์
    [tue] วันอังคาร
    [wed] วันพุธ
    [thu] วันพฤหัสบดี
    [fri] วันศุกร์
    [sat] วันเสาร์
   *[sun] วันอาทิตย์
}
schedule-every = { $period ->
    [day] { $every ->
       [1] ต่อวัน
       [2] วันเว้นวัน
      *[other] ทุก { $every } วัน
    }
    [week] { $every ->
       [1] ต่อสัปดาห์
       [2] ทุกสองสัปดาห์
      *[other] ทุก { $every } สัปดาห์
    }
    [month] { $every ->
       [1] ต่อเดือน
       [2] ทุกสองเดือน
      *[other] ทุก { $every } เดือน
    }
   *[year] { $every ->
       [1] ต่อปี
       [2] ทุกสองปี
      *[other] ทุก { $every } ปี
    }
}
schedule-on-days = { $every ->
   [1] ทุก{ $days }
   [2] { $days } เว้นสัปดาห์
  *[other] { $days } ทุก { $every } สัปดาห์
}
schedule-one-time = ครั้งเดียวเท่านั้น
schedule-as-needed = เมื่อฉันขอ
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = เมื่อฉันขอ สูงสุด { $max }
schedule-at-times = { $schedule } เวลา { $times }
schedule-for = { $schedule } เป็นเวลา { $unit ->
    [day] { $count ->
      *[other] { $value } วัน
    }
    [week] { $count ->
      *[other] { $value } สัปดาห์
    }
    [month] { $count ->
      *[other] { $value } เดือน
    }
   *[year] { $count ->
      *[other] { $value } ปี
    }
}
