## ਯੋਜਨਾ ਦੇ ਪਿਛਲੇ ਸੰਸਕਰਣ ਤੋਂ ਬਾਅਦ ਕੀ ਬਦਲਿਆ: ਹਰ ਤਬਦੀਲੀ ਲਈ ਇੱਕ ਵਾਕ, ਵਿਅਕਤੀ ਨੂੰ ਸੰਬੋਧਿਤ ("ਤੁਹਾਡੀ")।
## ਯੋਜਨਾ ਦਾ ਪਾਠ ਪਹਿਲਾਂ ਹੀ ਦਸਤਾਵੇਜ਼ ਦੀ ਭਾਸ਼ਾ ਵਿੱਚ, ਆਖ਼ਰੀ ਡੰਡੀ ਤੋਂ ਬਿਨਾਂ ਆਉਂਦਾ ਹੈ। ਤਾਰੀਖ਼ਾਂ ਅਤੇ ਨੰਬਰ ਫ਼ਾਰਮੈਟ ਕੀਤੇ ਆਉਂਦੇ ਹਨ।
## $case: "added", "removed" ਜਾਂ "changed"। $field: ਯੋਜਨਾ ਫ਼ਾਈਲ ਦੇ ਖੇਤਰ ਦਾ ਨਾਮ; ਹਾਂ/ਨਾਂਹ ਲਈ $after "true" ਜਾਂ "false"।

## ਸਹਾਇਤਾ ਦੀ ਮਾਤਰਾ, ਹੋਰ ਵਾਕਾਂ ਦੇ ਅੰਦਰ ਵਰਤੀ ਜਾਂਦੀ ਹੈ: "12 ਘੰਟੇ ਪ੍ਰਤੀ ਹਫ਼ਤਾ", "$2,350 ਇੱਕ ਵਾਰ"।

# $quantity: the number, for choosing the plural (Punjabi: one, other); $number: the same number, formatted.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } ਮਿੰਟ
       *[other] { $number } ਮਿੰਟ
    }
    [quarter-hour] { $quantity ->
        [one] { $number } ਚੌਥਾਈ ਘੰਟਾ
       *[other] { $number } ਚੌਥਾਈ ਘੰਟੇ
    }
    [hour] { $quantity ->
        [one] { $number } ਘੰਟਾ
       *[other] { $number } ਘੰਟੇ
    }
    [half-day] { $quantity ->
        [one] { $number } ਅੱਧਾ ਦਿਨ
       *[other] { $number } ਅੱਧੇ ਦਿਨ
    }
    [day] { $quantity ->
        [one] { $number } ਦਿਨ
       *[other] { $number } ਦਿਨ
    }
    [visit] { $quantity ->
        [one] { $number } ਮੁਲਾਕਾਤ
       *[other] { $number } ਮੁਲਾਕਾਤਾਂ
    }
    [session] { $quantity ->
        [one] { $number } ਸੈਸ਼ਨ
       *[other] { $number } ਸੈਸ਼ਨ
    }
    [meal] { $quantity ->
        [one] { $number } ਖਾਣਾ
       *[other] { $number } ਖਾਣੇ
    }
    [trip] { $quantity ->
        [one] { $number } ਸਵਾਰੀ
       *[other] { $number } ਸਵਾਰੀਆਂ
    }
    [mile] { $quantity ->
        [one] { $number } ਮੀਲ
       *[other] { $number } ਮੀਲ
    }
    [dollar] ${ $number }
    [item] { $quantity ->
        [one] { $number } ਚੀਜ਼
       *[other] { $number } ਚੀਜ਼ਾਂ
    }
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } ਪ੍ਰਤੀ ਦਿਨ
    [week] { $amount } ਪ੍ਰਤੀ ਹਫ਼ਤਾ
    [month] { $amount } ਪ੍ਰਤੀ ਮਹੀਨਾ
    [year] { $amount } ਪ੍ਰਤੀ ਸਾਲ
    [one-time] { $amount } ਇੱਕ ਵਾਰ
    [as-needed] { $amount } ਜਦੋਂ ਤੁਸੀਂ ਮੰਗੋ
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = ਕੋਈ ਤੈਅ ਮਾਤਰਾ ਨਹੀਂ

## ਸਾਰੀ ਯੋਜਨਾ।

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ { $date } ਨੂੰ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ।
   *[end] { $case ->
        [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਹੁਣ ਕੋਈ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
       *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ { $date } ਨੂੰ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ।
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] ਯੋਜਨਾ ਵਿੱਚ ਤੁਹਾਡਾ ਕਾਨੂੰਨੀ ਨਾਮ ਬਦਲਿਆ ਗਿਆ।
    [preferredNames] ਜਿਸ ਨਾਮ ਨਾਲ ਤੁਸੀਂ ਬੁਲਾਏ ਜਾਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਉਹ ਬਦਲਿਆ ਗਿਆ।
    [pronouns] ਤੁਹਾਡੇ ਪੜਨਾਂਵ ਬਦਲੇ ਗਏ।
    [identityLanguage] ਤੁਹਾਡੇ ਬਾਰੇ ਗੱਲ ਕਰਨ ਦਾ ਤੁਹਾਡਾ ਪਸੰਦੀਦਾ ਤਰੀਕਾ ਬਦਲਿਆ ਗਿਆ।
    [birthDate] ਤੁਹਾਡੀ ਜਨਮ ਤਾਰੀਖ਼ ਬਦਲੀ ਗਈ।
    [identifiers] ਤੁਹਾਡੇ ਪਛਾਣ ਨੰਬਰ ਬਦਲੇ ਗਏ।
    [contact] ਤੁਹਾਡੀ ਸੰਪਰਕ ਜਾਣਕਾਰੀ ਬਦਲੀ ਗਈ।
    [emergencyContacts] ਐਮਰਜੈਂਸੀ ਵਿੱਚ ਤੁਹਾਡੇ ਸੰਪਰਕ ਬਦਲੇ ਗਏ।
    [language] ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਜਾਂ ਫ਼ਾਰਮੈਟ ਦੀਆਂ ਚੋਣਾਂ ਬਦਲੀਆਂ ਗਈਆਂ।
    [residence] ਤੁਹਾਡੀ ਰਹਿਣ ਦੀ ਥਾਂ ਬਦਲ ਗਈ।
   *[other] ਤੁਹਾਡੇ ਨਿੱਜੀ ਵੇਰਵੇ ਬਦਲੇ ਗਏ।
}

## ਪ੍ਰਤੀਨਿਧੀ। $name: ਉਨ੍ਹਾਂ ਦਾ ਨਾਮ; $role: ਉਨ੍ਹਾਂ ਦੀ ਕਿਸਮ, change-representative-kind ਤੋਂ।

change-representative-kind = { $kind ->
    [guardian] ਸਰਪ੍ਰਸਤ (ਗਾਰਡੀਅਨ)
    [conservator] ਕੰਜ਼ਰਵੇਟਰ
    [authorized-representative] ਅਧਿਕਾਰਤ ਪ੍ਰਤੀਨਿਧੀ
    [power-of-attorney] ਮੁਖ਼ਤਿਆਰ (ਪਾਵਰ ਆਫ਼ ਅਟਾਰਨੀ)
    [supported-decision-maker] ਫ਼ੈਸਲੇ ਲੈਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲਾ ਸਹਿਯੋਗੀ
   *[other] ਪ੍ਰਤੀਨਿਧੀ
}
change-representative-added = { $name } ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਤੁਹਾਡੇ { $role } ਵਜੋਂ ਹਨ।
change-representative-removed = { $name } ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਤੁਹਾਡੇ { $role } ਵਜੋਂ ਨਹੀਂ ਹਨ।
change-representative-changed = { $name }, ਤੁਹਾਡੇ { $role }, ਬਾਰੇ ਵੇਰਵੇ ਬਦਲੇ ਗਏ।

## ਪ੍ਰੋਫ਼ਾਈਲ। $field: ਕਿਹੜੀ ਸੂਚੀ।

change-profile = { $field ->
    [likeAndAdmire] ਲੋਕ ਤੁਹਾਡੇ ਬਾਰੇ ਕੀ ਪਸੰਦ ਕਰਦੇ ਅਤੇ ਸਲਾਹੁੰਦੇ ਹਨ, ਇਹ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
    [strengths] ਤੁਹਾਡੀਆਂ ਖੂਬੀਆਂ ਅੱਪਡੇਟ ਕੀਤੀਆਂ ਗਈਆਂ।
    [interests] ਤੁਹਾਡੇ ਸ਼ੌਕ ਅੱਪਡੇਟ ਕੀਤੇ ਗਏ।
    [talents] ਤੁਹਾਡੇ ਹੁਨਰ ਅੱਪਡੇਟ ਕੀਤੇ ਗਏ।
    [importantTo] ਤੁਹਾਡੇ ਲਈ ਕੀ ਜ਼ਰੂਰੀ ਹੈ, ਇਹ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
    [howToSupport] ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਦਾ ਸਭ ਤੋਂ ਵਧੀਆ ਤਰੀਕਾ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
    [preferences] ਤੁਹਾਡੀਆਂ ਪਸੰਦਾਂ ਅੱਪਡੇਟ ਕੀਤੀਆਂ ਗਈਆਂ।
   *[other] ਤੁਹਾਡੀ ਪ੍ਰੋਫ਼ਾਈਲ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ।
}

## ਲੋੜਾਂ। $text: ਲੋੜ, ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।

change-need-added = ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਇੱਕ ਲੋੜ ਜੋੜੀ ਗਈ: ‘{ $text }’।
change-need-removed = ਇਹ ਲੋੜ ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ: ‘{ $text }’।
change-need-changed = { $field ->
    [description] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਇੱਕ ਲੋੜ ਹੁਣ ਇਉਂ ਲਿਖੀ ਹੈ: ‘{ $text }’।
    [confidential] ਇਸ ਲੋੜ ਨੂੰ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ: ‘{ $text }’।
   *[other] ਇਸ ਲੋੜ ਦੇ ਵੇਰਵੇ ਅੱਪਡੇਟ ਕੀਤੇ ਗਏ: ‘{ $text }’।
}

## ਟੀਚੇ। $goal: ਟੀਚਾ, ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ।

change-goal-added = ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਇੱਕ ਨਵਾਂ ਟੀਚਾ ਹੈ: ‘{ $goal }’।
change-goal-removed = ਇਹ ਟੀਚਾ ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ: ‘{ $goal }’।
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] ਟੀਚੇ ‘{ $goal }’ ਲਈ ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਹਟਾ ਦਿੱਤੇ ਗਏ।
       *[other] ਇੱਕ ਟੀਚੇ ਲਈ ਤੁਹਾਡੇ ਆਪਣੇ ਸ਼ਬਦ ਹੁਣ ਇਹ ਹਨ: ‘{ $after }’।
    }
   *[statement] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $before }’ ਹੁਣ ਇਉਂ ਲਿਖਿਆ ਹੈ: ‘{ $after }’।
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $goal }’ ਹੁਣ ਪ੍ਰਸਤਾਵਿਤ ਹੈ।
    [active] ਤੁਸੀਂ ਹੁਣ ਆਪਣੇ ਟੀਚੇ ‘{ $goal }’ 'ਤੇ ਕੰਮ ਕਰ ਰਹੇ ਹੋ।
    [achieved] ਤੁਸੀਂ ਆਪਣਾ ਟੀਚਾ ‘{ $goal }’ ਪੂਰਾ ਕਰ ਲਿਆ।
    [on-hold] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $goal }’ ਹਾਲ ਦੀ ਘੜੀ ਰੋਕਿਆ ਹੋਇਆ ਹੈ।
   *[discontinued] ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ 'ਤੇ ਹੁਣ ਕੰਮ ਨਹੀਂ ਹੋ ਰਿਹਾ।
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ ਦੀ ਹੁਣ ਕੋਈ ਟੀਚਾ-ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
       *[other] ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ ਦੀ ਟੀਚਾ-ਤਾਰੀਖ਼ ਹੁਣ { $date } ਹੈ।
    }
    [expressedBy] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $goal }’ ਕਿਸ ਨੇ ਕਿਹਾ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਬਦਲਿਆ ਗਿਆ।
    [confidential] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $goal }’ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
   *[other] ਤੁਹਾਡਾ ਟੀਚਾ ‘{ $goal }’ ਜਿਨ੍ਹਾਂ ਲੋੜਾਂ ਬਾਰੇ ਹੈ, ਉਹ ਬਦਲ ਗਈਆਂ।
}

## ਟੀਚੇ ਵੱਲ ਕਦਮ। $step: ਕਦਮ; $goal: ਉਸ ਦਾ ਟੀਚਾ।

change-step-added = ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ ਵੱਲ ਇੱਕ ਨਵਾਂ ਕਦਮ: ‘{ $step }’।
change-step-removed = ਇਹ ਕਦਮ ਹੁਣ ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ: ‘{ $step }’।
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] ਤੁਹਾਡੇ ਟੀਚੇ ‘{ $goal }’ ਵੱਲ ਇੱਕ ਕਦਮ ਹੁਣ ਇਉਂ ਲਿਖਿਆ ਹੈ: ‘{ $step }’।
    [responsibleId] { $case ->
        [removed] ਕਦਮ ‘{ $step }’ ਕੌਣ ਕਰੇਗਾ, ਇਹ ਬਦਲ ਗਿਆ।
       *[other] ਹੁਣ { $who } ਕਦਮ ‘{ $step }’ ਕਰਨਗੇ।
    }
    [byPerson] { $after ->
        [true] ਹੁਣ ਤੁਸੀਂ ਕਦਮ ‘{ $step }’ ਖ਼ੁਦ ਕਰੋਗੇ।
       *[other] ਹੁਣ ਤੁਹਾਡੀ ਟੀਮ ਵਿੱਚੋਂ ਕੋਈ ਕਦਮ ‘{ $step }’ ਕਰੇਗਾ।
    }
    [withIds] ਕਦਮ ‘{ $step }’ ਤੁਹਾਡੇ ਨਾਲ ਮਿਲ ਕੇ ਕੌਣ ਕਰੇਗਾ, ਇਹ ਬਦਲ ਗਿਆ।
    [targetDate] { $case ->
        [removed] ਕਦਮ ‘{ $step }’ ਦੀ ਹੁਣ ਕੋਈ ਟੀਚਾ-ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
       *[other] ਕਦਮ ‘{ $step }’ ਦੀ ਟੀਚਾ-ਤਾਰੀਖ਼ ਹੁਣ { $date } ਹੈ।
    }
    [done] { $after ->
        [true] ਕਦਮ ‘{ $step }’ ਪੂਰਾ ਹੋ ਗਿਆ ਹੈ।
       *[other] ਕਦਮ ‘{ $step }’ ਹੁਣ ਪੂਰਾ ਹੋਇਆ ਦਰਜ ਨਹੀਂ ਹੈ।
    }
   *[other] ਕਦਮ ‘{ $step }’ ਅੱਪਡੇਟ ਕੀਤਾ ਗਿਆ।
}

## ਸਹਾਇਤਾਵਾਂ। $name: ਸਹਾਇਤਾ ਦਾ ਨਾਮ।

# $case is "amount" when $amount (e.g. "12 ਘੰਟੇ ਪ੍ਰਤੀ ਹਫ਼ਤਾ") is given.
change-support-added = { $case ->
    [amount] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਸਹਾਇਤਾ ‘{ $name }’ ਜੋੜੀ ਗਈ: { $amount }।
   *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਸਹਾਇਤਾ ‘{ $name }’ ਜੋੜੀ ਗਈ।
}
change-support-removed = ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ।
# $before, $after: the old and new names.
change-support-renamed = ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $before }’ ਦਾ ਨਾਮ ਹੁਣ ‘{ $after }’ ਹੈ।
# $before: the old amount, or only its number when the unit and how often stay the same.
change-support-amount = ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ { $before } ਤੋਂ ਬਦਲ ਕੇ { $after } ਹੋ ਗਈ ਹੈ।
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] ਹੁਣ { $after } ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਦੇਣਗੇ।
    [removed] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਲਈ ਹੁਣ ਕੋਈ ਪ੍ਰਦਾਤਾ ਦਰਜ ਨਹੀਂ ਹੈ।
   *[changed] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ { $before } ਦੀ ਥਾਂ { $after } ਤੋਂ ਮਿਲੇਗੀ।
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਦੀ ਹੁਣ ਕੋਈ ਸ਼ੁਰੂ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
       *[other] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ { $date } ਨੂੰ ਸ਼ੁਰੂ ਹੁੰਦੀ ਹੈ।
    }
   *[endDate] { $case ->
        [removed] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਦੀ ਹੁਣ ਕੋਈ ਖ਼ਤਮ ਹੋਣ ਦੀ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
       *[other] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ { $date } ਨੂੰ ਖ਼ਤਮ ਹੁੰਦੀ ਹੈ।
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ ਭੁਗਤਾਨ ਵਾਲੀ ਸੇਵਾ ਹੈ।
   *[other] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਦੇ ਲੋਕਾਂ ਤੋਂ ਬਿਨਾਂ ਭੁਗਤਾਨ ਵਾਲੀ ਸਹਾਇਤਾ ਹੈ।
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਕੀ ਕਰਦੀ ਹੈ, ਇਹ ਨਵੇਂ ਸ਼ਬਦਾਂ ਵਿੱਚ ਲਿਖਿਆ ਗਿਆ।
    [location] ਤੁਹਾਨੂੰ ਸਹਾਇਤਾ ‘{ $name }’ ਕਿੱਥੇ ਮਿਲਦੀ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
    [fundingSource] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਲਈ ਕੌਣ ਭੁਗਤਾਨ ਕਰਦਾ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
    [selfDirected] { $after ->
        [true] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ ਤੁਹਾਡੇ ਆਪਣੇ ਨਿਰਦੇਸ਼ਨ ਹੇਠ ਹੈ।
       *[other] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਹੁਣ ਤੁਹਾਡੇ ਆਪਣੇ ਨਿਰਦੇਸ਼ਨ ਹੇਠ ਨਹੀਂ ਹੈ।
    }
    [deliveryPreferences] ਤੁਸੀਂ ਆਪਣੀ ਸਹਾਇਤਾ ‘{ $name }’ ਕਿਵੇਂ ਲੈਣਾ ਚਾਹੁੰਦੇ ਹੋ, ਇਹ ਬਦਲ ਗਿਆ।
    [critical] { $after ->
        [true] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਹਾਡੀ ਸਿਹਤ ਜਾਂ ਸੁਰੱਖਿਆ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ 'ਤੇ ਨਿਰਭਰ ਹੈ।
       *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਇਹ ਨਹੀਂ ਕਹਿੰਦੀ ਕਿ ਤੁਹਾਡੀ ਸਿਹਤ ਜਾਂ ਸੁਰੱਖਿਆ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ 'ਤੇ ਨਿਰਭਰ ਹੈ।
    }
    [backup] ਜੇ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਨਾ ਮਿਲੇ ਤਾਂ ਕੀ ਹੋਵੇਗਾ, ਇਹ ਬਦਲ ਗਿਆ।
    [ratePerUnit] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਲਈ ਦਿੱਤੀ ਜਾਂਦੀ ਦਰ ਬਦਲ ਗਈ।
    [goalIds] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਜਿਨ੍ਹਾਂ ਟੀਚਿਆਂ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ, ਉਹ ਬਦਲ ਗਏ।
    [needIds] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਜਿਨ੍ਹਾਂ ਲੋੜਾਂ ਵਿੱਚ ਮਦਦ ਕਰਦੀ ਹੈ, ਉਹ ਬਦਲ ਗਈਆਂ।
    [code] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਦਾ ਸੇਵਾ ਕੋਡ ਬਦਲ ਗਿਆ।
    [schedule] ਤੁਹਾਨੂੰ ਸਹਾਇਤਾ ‘{ $name }’ ਕਦੋਂ ਮਿਲਦੀ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
    [authorization] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਲਈ ਹੈਲਥ ਪਲਾਨ ਦੀ ਮਨਜ਼ੂਰੀ ਬਦਲ ਗਈ।
    [confidential] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
   *[other] ਤੁਹਾਡੀ ਸਹਾਇਤਾ ‘{ $name }’ ਦੇ ਵੇਰਵੇ ਬਦਲ ਗਏ।
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਹਾਡੀ ਜ਼ਿੰਦਗੀ ਦੇ ਲੋਕਾਂ ਤੋਂ ਕੋਈ ਬਿਨਾਂ ਭੁਗਤਾਨ ਵਾਲੀ ਸਹਾਇਤਾ ਨਹੀਂ ਮਿਲੀ।
   *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਇਹ ਨਹੀਂ ਕਹਿੰਦੀ ਕਿ ਕੋਈ ਬਿਨਾਂ ਭੁਗਤਾਨ ਵਾਲੀ ਸਹਾਇਤਾ ਨਹੀਂ ਮਿਲੀ।
}

## ਜੋਖਮ। $risk: ਜੋਖਮ, ਸਾਦੇ ਸ਼ਬਦਾਂ ਵਿੱਚ; $after: ਨਵਾਂ ਪਾਠ।

change-risk-added = ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਇੱਕ ਨਵਾਂ ਜੋਖਮ ਦਰਜ ਹੈ: ‘{ $risk }’।
change-risk-removed = ਇਹ ਜੋਖਮ ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ: ‘{ $risk }’।
change-risk-mitigation = { $case ->
    [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਇਹ ਨਹੀਂ ਦੱਸਦੀ ਕਿ ਜੋਖਮ ‘{ $risk }’ ਨਾਲ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰਹਿੰਦੇ ਹੋ।
   *[other] ਜੋਖਮ ‘{ $risk }’ ਨਾਲ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਕਿਵੇਂ ਰਹਿੰਦੇ ਹੋ, ਇਹ ਹੁਣ ਇਉਂ ਹੈ: ‘{ $after }’।
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਇੱਕ ਜੋਖਮ ਹੁਣ ਇਉਂ ਲਿਖਿਆ ਹੈ: ‘{ $risk }’।
    [confidential] ਜੋਖਮ ‘{ $risk }’ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
   *[other] ਜੋਖਮ ‘{ $risk }’ ਬਾਰੇ ਤੁਹਾਡੀ ਚੋਣ ਅੱਪਡੇਟ ਕੀਤੀ ਗਈ।
}

change-backup-plan = { $case ->
    [added] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹੁਣ ਐਮਰਜੈਂਸੀ ਲਈ ਬੈਕਅੱਪ ਯੋਜਨਾ ਹੈ।
    [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹੁਣ ਐਮਰਜੈਂਸੀ ਲਈ ਬੈਕਅੱਪ ਯੋਜਨਾ ਨਹੀਂ ਹੈ।
   *[changed] ਐਮਰਜੈਂਸੀ ਲਈ ਤੁਹਾਡੀ ਬੈਕਅੱਪ ਯੋਜਨਾ ਬਦਲ ਗਈ।
}

## ਵਿਅਕਤੀ ਕਿੱਥੇ ਰਹਿੰਦਾ ਹੈ। $after ($field "setting" ਨਾਲ): ਥਾਂ ਦੀ ਕਿਸਮ।

change-setting = { $field ->
    [setting] { $after ->
        [own-home] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਆਪਣੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ।
        [family-home] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਪਰਿਵਾਰ ਦੇ ਕਿਸੇ ਜੀਅ ਦੇ ਘਰ ਰਹਿੰਦੇ ਹੋ।
        [supportive-housing] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਸਹਾਇਕ ਰਿਹਾਇਸ਼ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ।
        [shared-living] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਸਾਂਝੀ ਰਿਹਾਇਸ਼ ਵਾਲੇ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ।
        [residential-facility] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਲਾਇਸੈਂਸ ਵਾਲੇ ਰਿਹਾਇਸ਼ੀ ਘਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ।
        [unhoused] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਸ਼ੈਲਟਰ ਵਿੱਚ ਰਹਿੰਦੇ ਹੋ ਜਾਂ ਤੁਹਾਡਾ ਕੋਈ ਪੱਕਾ ਪਤਾ ਨਹੀਂ।
       *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਕਿਸੇ ਹੋਰ ਥਾਂ ਰਹਿੰਦੇ ਹੋ।
    }
    [description] ਤੁਸੀਂ ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਬਾਰੇ ਜਿਵੇਂ ਦੱਸਦੇ ਹੋ, ਉਹ ਬਦਲ ਗਿਆ।
    [chosenByPerson] { $after ->
        [true] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਕਹਿੰਦੀ ਹੈ ਕਿ ਤੁਸੀਂ ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਆਪ ਚੁਣੀ।
       *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਇਹ ਨਹੀਂ ਕਹਿੰਦੀ ਕਿ ਤੁਸੀਂ ਆਪਣੀ ਰਹਿਣ ਦੀ ਥਾਂ ਆਪ ਚੁਣੀ।
    }
    [alternativesConsidered] ਹੋਰ ਥਾਵਾਂ ਜਿੱਥੇ ਰਹਿਣ ਬਾਰੇ ਤੁਸੀਂ ਸੋਚਿਆ, ਉਹ ਅੱਪਡੇਟ ਕੀਤੀਆਂ ਗਈਆਂ।
   *[other] ਤੁਸੀਂ ਕਿੱਥੇ ਅਤੇ ਕਿਉਂ ਰਹਿੰਦੇ ਹੋ, ਇਸ ਦਾ ਰਿਕਾਰਡ ਬਦਲ ਗਿਆ।
}

change-service-choice = ਸੇਵਾਵਾਂ ਅਤੇ ਪ੍ਰਦਾਤਾਵਾਂ ਦੀਆਂ ਤੁਹਾਡੀਆਂ ਚੋਣਾਂ ਦਾ ਰਿਕਾਰਡ ਬਦਲ ਗਿਆ।

## ਰਹਿਣ ਦੀ ਥਾਂ 'ਤੇ ਵਿਅਕਤੀ ਦੇ ਅਧਿਕਾਰਾਂ ਵਿੱਚ ਤਬਦੀਲੀਆਂ। $right: ਜੋ ਅਧਿਕਾਰ ਸੀਮਤ ਹੈ।

change-modification-added = ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਤੁਹਾਡੇ ਇੱਕ ਅਧਿਕਾਰ 'ਤੇ ਪਾਬੰਦੀ ਜੋੜੀ ਗਈ: ‘{ $right }’।
change-modification-removed = ਤੁਹਾਡੇ ਅਧਿਕਾਰਾਂ 'ਤੇ ਇਹ ਪਾਬੰਦੀ ਹੁਣ ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਨਹੀਂ ਹੈ: ‘{ $right }’।
change-modification-changed = ਤੁਹਾਡੇ ਅਧਿਕਾਰ ‘{ $right }’ 'ਤੇ ਪਾਬੰਦੀ ਦੇ ਵੇਰਵੇ ਬਦਲ ਗਏ।

## ਟੀਮ। $name: ਟੀਮ ਮੈਂਬਰ ਦਾ ਨਾਮ; $role: ਉਨ੍ਹਾਂ ਦੀ ਭੂਮਿਕਾ, change-team-role ਤੋਂ।

change-team-role = { $role ->
    [care-coordinator] ਤੁਹਾਡੇ ਦੇਖਭਾਲ ਕੋਆਰਡੀਨੇਟਰ
    [lead-care-manager] ਤੁਹਾਡੇ ਮੁੱਖ ਦੇਖਭਾਲ ਮੈਨੇਜਰ
    [housing-navigator] ਰਿਹਾਇਸ਼ ਲੱਭਣ ਵਿੱਚ ਤੁਹਾਡੇ ਮਦਦਗਾਰ
    [provider] ਇੱਕ ਪ੍ਰਦਾਤਾ
    [clinician] ਇੱਕ ਸਿਹਤ ਸੰਭਾਲ ਪ੍ਰਦਾਤਾ
    [family] ਪਰਿਵਾਰ
    [friend] ਇੱਕ ਦੋਸਤ
    [peer-support] ਇੱਕ ਸਾਥੀ ਸਹਾਇਕ
    [representative] ਤੁਹਾਡੇ ਪ੍ਰਤੀਨਿਧੀ
    [decision-supporter] ਫ਼ੈਸਲਿਆਂ ਵਿੱਚ ਤੁਹਾਡੇ ਸਹਿਯੋਗੀ
   *[other] ਇੱਕ ਟੀਮ ਮੈਂਬਰ
}
change-team-added = { $name } { $role } ਵਜੋਂ ਤੁਹਾਡੀ ਟੀਮ ਵਿੱਚ ਸ਼ਾਮਲ ਹੋਏ।
change-team-removed = { $name } ਹੁਣ ਤੁਹਾਡੀ ਟੀਮ ਵਿੱਚ ਨਹੀਂ ਹਨ।
change-team-role-changed = { $name } ਹੁਣ ਤੁਹਾਡੀ ਟੀਮ ਵਿੱਚ { $role } ਵਜੋਂ ਹਨ।
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] { $name } ਦੀ ਸੰਪਰਕ ਜਾਣਕਾਰੀ ਬਦਲ ਗਈ।
    [chosenByPerson] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਬਦਲਿਆ ਕਿ ਕੀ { $name } ਨੂੰ ਤੁਸੀਂ ਆਪਣੀ ਟੀਮ ਲਈ ਚੁਣਿਆ।
   *[other] ਤੁਹਾਡੀ ਟੀਮ ਵਿੱਚ { $name } ਬਾਰੇ ਵੇਰਵੇ ਬਦਲ ਗਏ।
}

## ਯੋਜਨਾ ਕੌਣ ਲਿਖਦਾ ਹੈ ਅਤੇ ਕੌਣ ਨਿਗਰਾਨੀ ਕਰਦਾ ਹੈ। $name: ਨਵੇਂ ਵਿਅਕਤੀ ਦਾ ਨਾਮ (ਖ਼ਾਲੀ ਹੋ ਸਕਦਾ ਹੈ)।

change-planner = ਤੁਹਾਡੀ ਯੋਜਨਾ ਲਿਖਣ ਵਿੱਚ ਤੁਹਾਡੀ ਮਦਦ ਕਰਨ ਵਾਲਾ ਵਿਅਕਤੀ ਬਦਲ ਗਿਆ।
change-plan-monitor = { $case ->
    [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਹੁਣ ਇਹ ਨਹੀਂ ਦੱਸਦੀ ਕਿ ਇਸ ਦੀ ਜਾਂਚ ਕੌਣ ਕਰਦਾ ਹੈ।
   *[other] ਹੁਣ { $name } ਜਾਂਚਦੇ ਹਨ ਕਿ ਤੁਹਾਡੀ ਯੋਜਨਾ 'ਤੇ ਅਮਲ ਹੋ ਰਿਹਾ ਹੈ।
}

## ਸਮੀਖਿਆਵਾਂ।

change-last-review = { $case ->
    [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹੁਣ ਤੁਹਾਡੀ ਪਿਛਲੀ ਸਮੀਖਿਆ ਦੀ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
   *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਪਿਛਲੀ ਸਮੀਖਿਆ ਦੀ ਤਾਰੀਖ਼ ਹੁਣ { $date } ਹੈ।
}
change-next-review = { $case ->
    [removed] ਤੁਹਾਡੀ ਯੋਜਨਾ ਵਿੱਚ ਹੁਣ ਤੁਹਾਡੀ ਅਗਲੀ ਸਮੀਖਿਆ ਦੀ ਕੋਈ ਤਾਰੀਖ਼ ਨਹੀਂ ਹੈ।
   *[other] ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਅਗਲੀ ਸਮੀਖਿਆ ਹੁਣ { $date } ਤੱਕ ਹੋਣੀ ਹੈ।
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] ਤੁਹਾਡੀ ਯੋਜਨਾ ਦੀ ਸਮੀਖਿਆ ਕਦੋਂ ਹੁੰਦੀ ਹੈ, ਇਹ ਬਦਲ ਗਿਆ।
   *[other] ਤੁਸੀਂ ਆਪਣੀ ਯੋਜਨਾ ਵਿੱਚ ਤਬਦੀਲੀ ਕਿਵੇਂ ਮੰਗ ਸਕਦੇ ਹੋ, ਇਹ ਬਦਲ ਗਿਆ।
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] ਤੁਹਾਡਾ ਦੇਖਭਾਲ ਪ੍ਰਬੰਧਨ (ECM) ਭਾਗ ਬਦਲ ਗਿਆ।
   *[other] ਤੁਹਾਡੀ ਰਿਹਾਇਸ਼ ਸਹਾਇਤਾ ਯੋਜਨਾ ਬਦਲ ਗਈ।
}
