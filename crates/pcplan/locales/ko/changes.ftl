## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Quote plan text the way this language quotes. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".
## Korean: only the plural category "other"; names are followed by 님 or a noun so no particle depends on them.

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $number }분
    [quarter-hour] 15분 단위 { $number }회
    [hour] { $number }시간
    [half-day] 반나절 { $number }회
    [day] { $number }일
    [visit] 방문 { $number }회
    [session] 세션 { $number }회
    [meal] 식사 { $number }끼
    [trip] 차량 이동 { $number }회
    [mile] { $number }마일
    [dollar] ${ $number }
    [item] { $number }개
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] 하루 { $amount }
    [week] 주당 { $amount }
    [month] 월 { $amount }
    [year] 연 { $amount }
    [one-time] { $amount }(1회)
    [as-needed] 요청할 때 { $amount }
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = 정해진 양 없음

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] 이제 귀하의 계획은 { $date }에 시작합니다.
   *[end] { $case ->
        [removed] 이제 귀하의 계획에는 종료일이 없습니다.
       *[other] 이제 귀하의 계획은 { $date }에 끝납니다.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] 계획서에 적힌 귀하의 법적 이름이 바뀌었습니다.
    [preferredNames] 귀하가 불리고 싶은 이름이 바뀌었습니다.
    [pronouns] 귀하의 대명사가 바뀌었습니다.
    [identityLanguage] 귀하를 어떻게 표현하기를 원하는지가 바뀌었습니다.
    [birthDate] 귀하의 생년월일이 바뀌었습니다.
    [identifiers] 귀하의 식별 번호가 바뀌었습니다.
    [contact] 귀하의 연락처가 바뀌었습니다.
    [emergencyContacts] 귀하의 비상 연락처가 바뀌었습니다.
    [language] 귀하가 선택한 언어나 형식이 바뀌었습니다.
    [residence] 귀하가 사는 곳이 바뀌었습니다.
   *[other] 귀하의 개인 정보가 바뀌었습니다.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] 후견인
    [conservator] 보호 관리인(conservator)
    [authorized-representative] 공인 대리인
    [power-of-attorney] 위임 대리인(위임장 보유자)
    [supported-decision-maker] 의사 결정을 돕는 지원자
   *[other] 대리인
}
change-representative-added = 이제 { $name } 님이 귀하의 계획에 귀하의 { $role }(으)로 올라 있습니다.
change-representative-removed = 이제 { $name } 님은 귀하의 계획에서 귀하의 { $role }(으)로 올라 있지 않습니다.
change-representative-changed = 귀하의 { $role }인 { $name } 님에 대한 정보가 바뀌었습니다.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] 사람들이 귀하에게서 좋아하고 존경하는 점이 업데이트되었습니다.
    [strengths] 귀하의 강점이 업데이트되었습니다.
    [interests] 귀하의 관심사가 업데이트되었습니다.
    [talents] 귀하의 재능이 업데이트되었습니다.
    [importantTo] 귀하에게 중요한 것이 업데이트되었습니다.
    [howToSupport] 귀하를 가장 잘 지원하는 방법이 업데이트되었습니다.
    [preferences] 귀하의 선호 사항이 업데이트되었습니다.
   *[other] 귀하의 프로필이 업데이트되었습니다.
}

## Needs. $text: the need, in plain words.

change-need-added = 귀하의 계획에 필요 사항이 추가되었습니다: “{ $text }”.
change-need-removed = 이 필요 사항은 이제 귀하의 계획에 없습니다: “{ $text }”.
change-need-changed = { $field ->
    [description] 귀하의 계획에 있는 필요 사항이 이제 이렇게 바뀌었습니다: “{ $text }”.
    [confidential] 이 필요 사항을 볼 수 있는 사람이 바뀌었습니다: “{ $text }”.
   *[other] 이 필요 사항의 세부 내용이 업데이트되었습니다: “{ $text }”.
}

## Goals. $goal: the goal in plain words.

change-goal-added = 귀하의 계획에 새 목표가 생겼습니다: “{ $goal }”.
change-goal-removed = 이 목표는 이제 귀하의 계획에 없습니다: “{ $goal }”.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] “{ $goal }” 목표에 대한 귀하 자신의 말이 삭제되었습니다.
       *[other] 한 목표에 대한 귀하 자신의 말이 이제 이렇게 바뀌었습니다: “{ $after }”.
    }
   *[statement] 귀하의 목표 “{ $before }”이(가) 이제 이렇게 바뀌었습니다: “{ $after }”.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] 귀하의 목표 “{ $goal }”이(가) 이제 제안된 상태입니다.
    [active] 이제 귀하는 “{ $goal }” 목표를 이루기 위해 노력하고 있습니다.
    [achieved] 귀하는 “{ $goal }” 목표를 이루었습니다.
    [on-hold] 귀하의 목표 “{ $goal }”은(는) 당분간 보류 중입니다.
   *[discontinued] 귀하의 목표 “{ $goal }”은(는) 더 이상 진행하지 않습니다.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] 귀하의 “{ $goal }” 목표에 이제 목표일이 없습니다.
       *[other] 귀하의 “{ $goal }” 목표의 목표일이 이제 { $date }입니다.
    }
    [expressedBy] 귀하의 “{ $goal }” 목표를 누가 말했는지에 대한 기록이 바뀌었습니다.
    [confidential] 귀하의 “{ $goal }” 목표를 볼 수 있는 사람이 바뀌었습니다.
   *[other] 귀하의 “{ $goal }” 목표와 관련된 필요 사항이 바뀌었습니다.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = 귀하의 “{ $goal }” 목표를 위한 새 단계: “{ $step }”.
change-step-removed = 이 단계는 이제 귀하의 “{ $goal }” 목표에 포함되지 않습니다: “{ $step }”.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] 귀하의 “{ $goal }” 목표를 위한 단계가 이제 이렇게 바뀌었습니다: “{ $step }”.
    [responsibleId] { $case ->
        [removed] “{ $step }” 단계를 누가 하는지가 바뀌었습니다.
       *[other] 이제 { $who } 님이 “{ $step }” 단계를 합니다.
    }
    [byPerson] { $after ->
        [true] 이제 귀하가 직접 “{ $step }” 단계를 합니다.
       *[other] 이제 귀하의 팀원 중 한 사람이 “{ $step }” 단계를 합니다.
    }
    [withIds] 귀하와 함께 “{ $step }” 단계를 하는 사람이 바뀌었습니다.
    [targetDate] { $case ->
        [removed] “{ $step }” 단계에 이제 목표일이 없습니다.
       *[other] “{ $step }” 단계의 목표일이 이제 { $date }입니다.
    }
    [done] { $after ->
        [true] “{ $step }” 단계를 마쳤습니다.
       *[other] “{ $step }” 단계가 더 이상 완료로 표시되어 있지 않습니다.
    }
   *[other] “{ $step }” 단계가 업데이트되었습니다.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] 귀하의 계획에 “{ $name }” 지원이 추가되었습니다: { $amount }.
   *[other] 귀하의 계획에 “{ $name }” 지원이 추가되었습니다.
}
change-support-removed = “{ $name }” 지원은 이제 귀하의 계획에 없습니다.
# $before, $after: the old and new names.
change-support-renamed = 귀하의 “{ $before }” 지원의 이름이 이제 “{ $after }”입니다.
# $before: the old amount, or only its number when the unit and how often stay the same ("from 10 to 12 hours a week").
change-support-amount = 귀하의 “{ $name }” 지원이 { $before }에서 { $after }(으)로 바뀝니다.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] 이제 { $after }에서 귀하의 “{ $name }” 지원을 제공합니다.
    [removed] 귀하의 “{ $name }” 지원에 이제 제공자가 적혀 있지 않습니다.
   *[changed] 귀하의 “{ $name }” 지원을 이제 { $before } 대신 { $after }에서 제공합니다.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] 귀하의 “{ $name }” 지원에 이제 시작일이 없습니다.
       *[other] 귀하의 “{ $name }” 지원이 이제 { $date }에 시작합니다.
    }
   *[endDate] { $case ->
        [removed] 귀하의 “{ $name }” 지원에 이제 종료일이 없습니다.
       *[other] 귀하의 “{ $name }” 지원이 이제 { $date }에 끝납니다.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] 귀하의 “{ $name }” 지원은 이제 유급 서비스입니다.
   *[other] 귀하의 “{ $name }” 지원은 이제 귀하 주변 사람들이 대가 없이 해 주는 지원입니다.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] 귀하의 “{ $name }” 지원이 하는 일에 대한 설명이 바뀌었습니다.
    [location] 귀하가 “{ $name }” 지원을 받는 장소가 바뀌었습니다.
    [fundingSource] 귀하의 “{ $name }” 지원 비용을 내는 곳이 바뀌었습니다.
    [selfDirected] { $after ->
        [true] 이제 귀하가 “{ $name }” 지원을 직접 관리합니다.
       *[other] 이제 귀하가 “{ $name }” 지원을 직접 관리하지 않습니다.
    }
    [deliveryPreferences] 귀하가 “{ $name }” 지원을 받고 싶은 방식이 바뀌었습니다.
    [critical] { $after ->
        [true] 이제 귀하의 계획에 귀하의 건강이나 안전이 “{ $name }” 지원에 달려 있다고 적혀 있습니다.
       *[other] 이제 귀하의 계획에 귀하의 건강이나 안전이 “{ $name }” 지원에 달려 있다고 적혀 있지 않습니다.
    }
    [backup] 귀하의 “{ $name }” 지원이 오지 않을 때 어떻게 할지가 바뀌었습니다.
    [ratePerUnit] 귀하의 “{ $name }” 지원에 지급되는 요율이 바뀌었습니다.
    [goalIds] 귀하의 “{ $name }” 지원이 돕는 목표가 바뀌었습니다.
    [needIds] 귀하의 “{ $name }” 지원이 돕는 필요 사항이 바뀌었습니다.
    [code] 귀하의 “{ $name }” 지원의 서비스 코드가 바뀌었습니다.
    [schedule] 귀하가 “{ $name }” 지원을 받는 시간이 바뀌었습니다.
    [authorization] 귀하의 “{ $name }” 지원에 대한 건강 플랜의 승인이 바뀌었습니다.
    [confidential] 귀하의 “{ $name }” 지원을 볼 수 있는 사람이 바뀌었습니다.
   *[other] 귀하의 “{ $name }” 지원의 세부 내용이 바뀌었습니다.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] 이제 귀하의 계획에 주변 사람들의 무급 지원을 찾지 못했다고 적혀 있습니다.
   *[other] 이제 귀하의 계획에 무급 지원을 찾지 못했다는 내용이 없습니다.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = 귀하의 계획에 새 위험 요소가 적혔습니다: “{ $risk }”.
change-risk-removed = 이 위험 요소는 이제 귀하의 계획에 없습니다: “{ $risk }”.
change-risk-mitigation = { $case ->
    [removed] 이제 귀하의 계획에 “{ $risk }” 위험 속에서 귀하가 어떻게 안전하게 지내는지 적혀 있지 않습니다.
   *[other] “{ $risk }” 위험 속에서 귀하가 안전하게 지내는 방법이 이제 이렇습니다: “{ $after }”.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] 귀하의 계획에 있는 위험 요소가 이제 이렇게 바뀌었습니다: “{ $risk }”.
    [confidential] “{ $risk }” 위험을 볼 수 있는 사람이 바뀌었습니다.
   *[other] “{ $risk }” 위험에 대한 귀하의 선택이 업데이트되었습니다.
}

change-backup-plan = { $case ->
    [added] 이제 귀하의 계획에 응급 상황을 위한 비상 대책이 있습니다.
    [removed] 이제 귀하의 계획에 응급 상황을 위한 비상 대책이 없습니다.
   *[changed] 응급 상황을 위한 귀하의 비상 대책이 바뀌었습니다.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] 이제 귀하의 계획에 귀하가 자신의 집에 산다고 적혀 있습니다.
        [family-home] 이제 귀하의 계획에 귀하가 가족의 집에 산다고 적혀 있습니다.
        [supportive-housing] 이제 귀하의 계획에 귀하가 지원 주택에 산다고 적혀 있습니다.
        [shared-living] 이제 귀하의 계획에 귀하가 공동 생활 주택에 산다고 적혀 있습니다.
        [residential-facility] 이제 귀하의 계획에 귀하가 허가받은 주거 시설에 산다고 적혀 있습니다.
        [unhoused] 이제 귀하의 계획에 귀하가 쉼터에 머물거나 일정한 주소가 없다고 적혀 있습니다.
       *[other] 이제 귀하의 계획에 귀하가 다른 곳에 산다고 적혀 있습니다.
    }
    [description] 귀하가 사는 곳에 대한 귀하의 설명이 바뀌었습니다.
    [chosenByPerson] { $after ->
        [true] 이제 귀하의 계획에 귀하가 사는 곳을 직접 선택했다고 적혀 있습니다.
       *[other] 이제 귀하의 계획에 귀하가 사는 곳을 직접 선택했다고 적혀 있지 않습니다.
    }
    [alternativesConsidered] 귀하가 살려고 고려했던 다른 곳들이 업데이트되었습니다.
   *[other] 귀하가 사는 곳과 그 이유에 대한 기록이 바뀌었습니다.
}

change-service-choice = 귀하의 서비스와 제공자 선택에 대한 기록이 바뀌었습니다.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = 귀하의 계획에 귀하의 권리 중 하나에 대한 제한이 추가되었습니다: “{ $right }”.
change-modification-removed = 귀하의 권리에 대한 이 제한은 이제 귀하의 계획에 없습니다: “{ $right }”.
change-modification-changed = 귀하의 권리 “{ $right }”에 대한 제한의 세부 내용이 바뀌었습니다.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] 귀하의 케어 코디네이터
    [lead-care-manager] 귀하의 담당 케어 매니저
    [housing-navigator] 귀하의 주거 안내 담당자
    [provider] 서비스 제공자
    [clinician] 의료 제공자
    [family] 가족
    [friend] 친구
    [peer-support] 동료 지원가
    [representative] 귀하의 대리인
    [decision-supporter] 귀하의 의사 결정 지원자
   *[other] 팀원
}
change-team-added = { $name } 님이 { $role }(으)로 귀하의 팀에 합류합니다.
change-team-removed = { $name } 님은 이제 귀하의 팀에 없습니다.
change-team-role-changed = 이제 { $name } 님은 귀하의 팀에서 { $role }입니다.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] { $name } 님의 연락처가 바뀌었습니다.
    [chosenByPerson] 귀하가 { $name } 님을 팀원으로 직접 선택했는지에 대한 내용이 바뀌었습니다.
   *[other] 귀하의 팀에 있는 { $name } 님에 대한 정보가 바뀌었습니다.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = 귀하의 계획 작성을 돕는 사람이 바뀌었습니다.
change-plan-monitor = { $case ->
    [removed] 이제 귀하의 계획에 계획을 점검하는 사람이 적혀 있지 않습니다.
   *[other] 이제 { $name } 님이 귀하의 계획이 잘 실행되는지 점검합니다.
}

## Reviews.

change-last-review = { $case ->
    [removed] 이제 귀하의 계획에 마지막 검토 날짜가 없습니다.
   *[other] 귀하의 마지막 계획 검토 날짜가 이제 { $date }입니다.
}
change-next-review = { $case ->
    [removed] 이제 귀하의 계획에 다음 검토 날짜가 없습니다.
   *[other] 귀하의 다음 계획 검토는 이제 { $date }까지입니다.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] 귀하의 계획을 검토하게 되는 경우가 바뀌었습니다.
   *[other] 귀하가 계획 변경을 요청하는 방법이 바뀌었습니다.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] 귀하의 케어 관리 항목이 바뀌었습니다.
   *[other] 귀하의 주거 지원 계획이 바뀌었습니다.
}
