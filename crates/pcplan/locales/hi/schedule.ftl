## Schedules: how much of a support and how often (FHIR Timing.repeat), as one sentence.
## Draft translation: needs review by a qualified translator (see status.json).

schedule-amount = { $unit ->
    [month] { $count ->
      *[other] { $quantity } महीने
    }
    [service] { $count ->
      *[other] { $quantity } सेवा
    }
   *[other] { support-amount }
}
schedule-day = { $day ->
    [mon] सोमवार
    [tue] मंगलवार
    [wed] बुधवार
    [thu] गुरुवार
    [fri] शुक्रवार
    [sat] शनिवार
   *[sun] रविवार
}
schedule-every = { $period ->
    [day] { $every ->
       [1] प्रतिदिन
       [2] हर दूसरे दिन
      *[other] हर { $every } दिन
    }
    [week] { $every ->
       [1] प्रति सप्ताह
       [2] हर दूसरे सप्ताह
      *[other] हर { $every } सप्ताह
    }
    [month] { $every ->
       [1] प्रति माह
       [2] हर दूसरे महीने
      *[other] हर { $every } महीने
    }
   *[year] { $every ->
       [1] प्रति वर्ष
       [2] हर दूसरे वर्ष
      *[other] हर { $every } वर्ष
    }
}
schedule-on-days = { $every ->
   [1] हर { $days }
   [2] हर दूसरे { $days }
  *[other] हर { $every } सप्ताह में { $days }
}
schedule-one-time = केवल एक बार
schedule-as-needed = जब मैं माँगूँ
schedule-amount-rhythm = { $rhythm } { $amount }
schedule-as-needed-up-to = जब मैं माँगूँ, अधिकतम { $max }
schedule-at-times = { $schedule }, { $times } बजे
schedule-for = { $unit ->
    [day] { $count ->
      *[other] { $value } दिन
    }
    [week] { $count ->
      *[other] { $value } सप्ताह
    }
    [month] { $count ->
      *[other] { $value } महीने
    }
   *[year] { $count ->
      *[other] { $value } वर्ष
    }
} तक { $schedule }
