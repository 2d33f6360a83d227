## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } tháng
    }
    [service] { $count ->
      *[other] { $quantity } dịch vụ
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] thứ Hai
    [tue] thứ Ba
    [wed] thứ Tư
    [thu] thứ Năm
    [fri] thứ Sáu
    [sat] thứ Bảy
   *[sun] Chủ Nhật
}
schedule-every = { $period ->
    [day] { $every ->
       [1] mỗi ngày
       [2] cách một ngày
      *[other] cứ { $every } ngày một lần
    }
    [week] { $every ->
       [1] mỗi tuần
       [2] hai tuần một lần
      *[other] cứ { $every } tuần một lần
    }
    [month] { $every ->
       [1] mỗi tháng
       [2] hai tháng một lần
      *[other] cứ { $every } tháng một lần
    }
   *[year] { $every ->
       [1] mỗi năm
       [2] hai năm một lần
      *[other] cứ { $every } năm một lần
    }
}
schedule-on-days = { $every ->
   [1] mỗi { $days }
   [2] { $days }, hai tuần một lần
  *[other] { $days }, cứ { $every } tuần một lần
}
schedule-one-time = một lần duy nhất
schedule-as-needed = khi tôi yêu cầu
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = khi tôi yêu cầu, tối đa { $max }
schedule-at-times = { $schedule } lúc { $times }
schedule-for = { $schedule } trong { $unit ->
    [day] { $count ->
      *[other] { $value } ngày
    }
    [week] { $count ->
      *[other] { $value } tuần
    }
    [month] { $count ->
      *[other] { $value } tháng
    }
   *[year] { $count ->
      *[other] { $value } năm
    }
}
