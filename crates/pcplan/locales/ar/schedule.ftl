## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } شهر
    }
    [service] { $count ->
      *[other] { $quantity } خدمة
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] الاثنين
    [tue] الثلاثاء
    [wed] الأربعاء
    [thu] الخميس
    [fri] الجمعة
    [sat] السبت
   *[sun] الأحد
}
schedule-every = { $period ->
    [day] { $every ->
       [1] في اليوم
       [2] كل يومين
      *[other] كل { $every } أيام
    }
    [week] { $every ->
       [1] في الأسبوع
       [2] كل أسبوعين
      *[other] كل { $every } أسابيع
    }
    [month] { $every ->
       [1] في الشهر
       [2] كل شهرين
      *[other] كل { $every } أشهر
    }
   *[year] { $every ->
       [1] في السنة
       [2] كل سنتين
      *[other] كل { $every } سنوات
    }
}
schedule-on-days = { $every ->
   [1] كل { $days }
   [2] كل أسبوعين يوم { $days }
  *[other] كل { $every } أسابيع يوم { $days }
}
schedule-one-time = مرة واحدة فقط
schedule-as-needed = عندما أطلب ذلك
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = عندما أطلب ذلك، بحد أقصى { $max }
schedule-at-times = { $schedule } في الساعة { $times }
schedule-for = { $schedule } لمدة { $unit ->
    [day] { $count ->
      *[other] { $value } يوم
    }
    [week] { $count ->
      *[other] { $value } أسبوع
    }
    [month] { $count ->
      *[other] { $value } شهر
    }
   *[year] { $count ->
      *[other] { $value } سنة
    }
}
