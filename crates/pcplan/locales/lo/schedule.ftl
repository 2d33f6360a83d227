## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } ເດືອນ
    }
    [service] { $count ->
      *[other] { $quantity } ບໍລິການ
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] ວັນຈັນ
    [tue] ວັນອັງຄານ
    [wed] ວັນພຸດ
    [thu] ວັນພະຫັດ
    [fri] ວັນສຸກ
    [sat] ວັນເສົາ
   *[sun] ວັນອາທິດ
}
schedule-every = { $period ->
    [day] { $every ->
       [1] ຕໍ່ມື້
       [2] ມື້ເວັ້ນມື້
      *[other] ທຸກໆ { $every } ມື້
    }
    [week] { $every ->
       [1] ຕໍ່ອາທິດ
       [2] ທຸກໆສອງອາທິດ
      *[other] ທຸກໆ { $every } ອາທິດ
    }
    [month] { $every ->
       [1] ຕໍ່ເດືອນ
       [2] ທຸກໆສອງເດືອນ
      *[other] ທຸກໆ { $every } ເດືອນ
    }
   *[year] { $every ->
       [1] ຕໍ່ປີ
       [2] ທຸກໆສອງປີ
      *[other] ທຸກໆ { $every } ປີ
    }
}
schedule-on-days = { $every ->
   [1] ທຸກ{ $days }
   [2] { $days } ເວັ້ນອາທິດ
  *[other] { $days } ທຸກໆ { $every } ອາທິດ
}
schedule-one-time = ພຽງຄັ້ງດຽວ
schedule-as-needed = ເມື່ອຂ້ອຍຂໍ
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = ເມື່ອຂ້ອຍຂໍ, ສູງສຸດ { $max }
schedule-at-times = { $schedule } ເວລາ { $times }
schedule-for = { $schedule } ເປັນເວລາ { $unit ->
    [day] { $count ->
      *[other] { $value } ມື້
    }
    [week] { $count ->
      *[other] { $value } ອາທິດ
    }
    [month] { $count ->
      *[other] { $value } ເດືອນ
    }
   *[year] { $count ->
      *[other] { $value } ປີ
    }
}
