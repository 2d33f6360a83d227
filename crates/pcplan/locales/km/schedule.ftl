## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } ខែ
    }
    [service] { $count ->
      *[other] សេវា { $quantity }
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] ថ្ងៃច័ន្ទ
    [tue] ថ្ងៃអង្គារ
    [wed] ថ្ងៃពុធ
    [thu] ថ្ងៃព្រហស្បតិ៍
    [fri] ថ្ងៃសុក្រ
    [sat] ថ្ងៃសៅរ៍
   *[sun] ថ្ងៃអាទិត្យ
}
schedule-every = { $period ->
    [day] { $every ->
       [1] ក្នុងមួយថ្ងៃ
       [2] រំលងមួយថ្ងៃ
      *[other] រៀងរាល់ { $every } ថ្ងៃ
    }
    [week] { $every ->
       [1] ក្នុងមួយសប្តាហ៍
       [2] រៀងរាល់ពីរសប្តាហ៍
      *[other] រៀងរាល់ { $every } សប្តាហ៍
    }
    [month] { $every ->
       [1] ក្នុងមួយខែ
       [2] រៀងរាល់ពីរខែ
      *[other] រៀងរាល់ { $every } ខែ
    }
   *[year] { $every ->
       [1] ក្នុងមួយឆ្នាំ
       [2] រៀងរាល់ពីរឆ្នាំ
      *[other] រៀងរាល់ { $every } ឆ្នាំ
    }
}
schedule-on-days = { $every ->
   [1] រៀងរាល់{ $days }
   [2] { $days } រៀងរាល់ពីរសប្តាហ៍
  *[other] { $days } រៀងរាល់ { $every } សប្តាហ៍
}
schedule-one-time = តែម្តងគត់
schedule-as-needed = នៅពេលខ្ញុំស្នើសុំ
schedule-amount-rhythm = { $amount } { $rhythm }
schedule-as-needed-up-to = នៅពេលខ្ញុំស្នើសុំ យ៉ាងច្រើន { $max }
schedule-at-times = { $schedule } នៅម៉ោង { $times }
schedule-for = { $schedule } រយៈពេល { $unit ->
    [day] { $count ->
      *[other] { $value } ថ្ងៃ
    }
    [week] { $count ->
      *[other] { $value } សប្តាហ៍
    }
    [month] { $count ->
      *[other] { $value } ខែ
    }
   *[year] { $count ->
      *[other] { $value } ឆ្នាំ
    }
}
