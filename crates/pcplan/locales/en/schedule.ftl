## Schedules: how much of a support and how often (the meaning of FHIR Timing.repeat), as one sentence.
## Each message is one part of the sentence; reorder and inflect freely.

# An amount of service. $count: the number, for singular or plural; $quantity: the same number formatted;
# $unit: the unit of service. Units other than month and service are worded by support-amount.
schedule-amount = { $unit ->
    [month] { $count ->
        [one] { $quantity } month
       *[other] { $quantity } months
    }
    [service] { $count ->
        [one] { $quantity } service
       *[other] { $quantity } services
    }
   *[other] { support-amount }
}
# A day of the week, as in "every Tuesday". $day: mon, tue, wed, thu, fri, sat or sun.
schedule-day = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
# How often. $every: every this many periods (1, 2, 3…); $period: day, week, month or year.
schedule-every = { $period ->
    [day] { $every ->
        [1] a day
        [2] every other day
       *[other] every { $every } days
    }
    [week] { $every ->
        [1] a week
        [2] every other week
       *[other] every { $every } weeks
    }
    [month] { $every ->
        [1] a month
        [2] every other month
       *[other] every { $every } months
    }
   *[year] { $every ->
        [1] a year
        [2] every other year
       *[other] every { $every } years
    }
}
# On days of the week. $every: every this many weeks; $days: the days as a list ("Tuesday and Thursday").
schedule-on-days = { $every ->
    [1] every { $days }
    [2] every other { $days }
   *[other] every { $every } weeks on { $days }
}
schedule-one-time = one time
schedule-as-needed = when I ask for it
# $amount: how much ("8 hours"); $rhythm: how often ("a month", "every other Tuesday").
schedule-amount-rhythm = { $amount } { $rhythm }
# As needed, with the most the person may use. $max: the amount and how often ("4 trips a month").
schedule-as-needed-up-to = when I ask for it, up to { $max }
# $schedule: the sentence so far; $times: times of day as a list ("9:00 AM and 5:00 PM").
schedule-at-times = { $schedule } at { $times }
# $schedule: the sentence so far; $count: how many, for plural; $value: the same number formatted;
# $unit: day, week, month or year.
schedule-for = { $schedule } for { $unit ->
    [day] { $count ->
        [one] { $value } day
       *[other] { $value } days
    }
    [week] { $count ->
        [one] { $value } week
       *[other] { $value } weeks
    }
    [month] { $count ->
        [one] { $value } month
       *[other] { $value } months
    }
   *[year] { $count ->
        [one] { $value } year
       *[other] { $value } years
    }
}
