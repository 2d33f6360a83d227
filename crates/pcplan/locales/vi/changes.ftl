## What changed since the last version of the plan: one sentence per change, said to the person ("your").
## Plan text arrives already in the document's language, without a final period: $goal (a goal), $name (a
## support, a team member or a representative), $text (a need), $risk, $step, $right (a modified right).
## Quote plan text the way this language quotes. Dates ($date) and numbers arrive formatted.
## $case is "added" (there was no value before), "removed" (there is none now) or "changed".
## $field names the part of the plan that changed (the plan file's field name); $after for yes/no changes is
## "true" or "false".
## Vietnamese: only the plural category "other"; the person is addressed as "quý vị".

## Amounts of a support, used inside other sentences: "12 hours a week", "$2,350 one time".

# $quantity: the number, for choosing the plural; $number: the same number, formatted. $unit: the unit.
change-amount-unit = { $unit ->
    [minute] { $number } phút
    [quarter-hour] { $number } đơn vị 15 phút
    [hour] { $number } giờ
    [half-day] { $number } buổi (nửa ngày)
    [day] { $number } ngày
    [visit] { $number } lần thăm
    [session] { $number } buổi
    [meal] { $number } bữa ăn
    [trip] { $number } chuyến xe
    [mile] { $number } dặm
    [dollar] ${ $number }
    [item] { $number } món
   *[none] { $number }
}

# $amount: a quantity with its unit (the message above). $interval: how often.
change-amount-interval = { $interval ->
    [day] { $amount } mỗi ngày
    [week] { $amount } mỗi tuần
    [month] { $amount } mỗi tháng
    [year] { $amount } mỗi năm
    [one-time] { $amount } một lần
    [as-needed] { $amount } khi quý vị yêu cầu
   *[none] { $amount }
}

# A support with no amount written down.
change-amount-none = không có mức cố định

## The plan as a whole.

# $field: "start" or "end" of the plan.
change-plan-period = { $field ->
    [start] Kế hoạch của quý vị nay bắt đầu vào { $date }.
   *[end] { $case ->
        [removed] Kế hoạch của quý vị không còn ngày kết thúc.
       *[other] Kế hoạch của quý vị nay kết thúc vào { $date }.
    }
}

# Something about the person changed. The sentence names only what kind of detail.
change-person = { $field ->
    [legalName] Tên pháp lý của quý vị trong kế hoạch đã thay đổi.
    [preferredNames] Tên quý vị muốn được gọi đã thay đổi.
    [pronouns] Đại từ của quý vị đã thay đổi.
    [identityLanguage] Cách quý vị muốn được mô tả đã thay đổi.
    [birthDate] Ngày sinh của quý vị đã thay đổi.
    [identifiers] Các số nhận dạng của quý vị đã thay đổi.
    [contact] Thông tin liên lạc của quý vị đã thay đổi.
    [emergencyContacts] Người liên lạc khẩn cấp của quý vị đã thay đổi.
    [language] Lựa chọn ngôn ngữ hoặc định dạng của quý vị đã thay đổi.
    [residence] Nơi quý vị sống đã thay đổi.
   *[other] Thông tin cá nhân của quý vị đã thay đổi.
}

## Representatives. $name: their name; $role: their kind, from change-representative-kind.

change-representative-kind = { $kind ->
    [guardian] người giám hộ
    [conservator] người bảo hộ (conservator)
    [authorized-representative] người đại diện được ủy quyền
    [power-of-attorney] người được ủy quyền theo giấy ủy quyền
    [supported-decision-maker] người hỗ trợ quý vị ra quyết định
   *[other] người đại diện
}
change-representative-added = { $name } nay có tên trong kế hoạch là { $role } của quý vị.
change-representative-removed = { $name } không còn có tên trong kế hoạch là { $role } của quý vị.
change-representative-changed = Thông tin về { $name }, { $role } của quý vị, đã thay đổi.

## The profile. $field: which list.

change-profile = { $field ->
    [likeAndAdmire] Những điều mọi người quý mến và ngưỡng mộ ở quý vị đã được cập nhật.
    [strengths] Điểm mạnh của quý vị đã được cập nhật.
    [interests] Sở thích của quý vị đã được cập nhật.
    [talents] Tài năng của quý vị đã được cập nhật.
    [importantTo] Những điều quan trọng với quý vị đã được cập nhật.
    [howToSupport] Cách tốt nhất để hỗ trợ quý vị đã được cập nhật.
    [preferences] Những điều quý vị ưa thích đã được cập nhật.
   *[other] Hồ sơ cá nhân của quý vị đã được cập nhật.
}

## Needs. $text: the need, in plain words.

change-need-added = Kế hoạch của quý vị thêm một nhu cầu: “{ $text }”.
change-need-removed = Nhu cầu này không còn trong kế hoạch của quý vị: “{ $text }”.
change-need-changed = { $field ->
    [description] Một nhu cầu trong kế hoạch của quý vị nay được ghi là: “{ $text }”.
    [confidential] Những người được xem nhu cầu này đã thay đổi: “{ $text }”.
   *[other] Chi tiết của nhu cầu này đã được cập nhật: “{ $text }”.
}

## Goals. $goal: the goal in plain words.

change-goal-added = Kế hoạch của quý vị có một mục tiêu mới: “{ $goal }”.
change-goal-removed = Mục tiêu này không còn trong kế hoạch của quý vị: “{ $goal }”.
# $field: "statement" (the goal in plain words) or "ownWords" (the person's own words). $before, $after: the words.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Lời của chính quý vị cho mục tiêu “{ $goal }” đã được bỏ ra.
       *[other] Lời của chính quý vị cho một mục tiêu nay là: “{ $after }”.
    }
   *[statement] Mục tiêu “{ $before }” của quý vị nay được ghi là: “{ $after }”.
}
# $status: the goal's new status.
change-goal-status = { $status ->
    [proposed] Mục tiêu “{ $goal }” của quý vị nay đang được đề xuất.
    [active] Quý vị nay đang thực hiện mục tiêu “{ $goal }”.
    [achieved] Quý vị đã đạt được mục tiêu “{ $goal }”.
    [on-hold] Mục tiêu “{ $goal }” của quý vị tạm dừng trong lúc này.
   *[discontinued] Mục tiêu “{ $goal }” của quý vị không còn được tiếp tục.
}
# $field: "targetDate", "expressedBy" (who said the goal) or "needIds" (the needs it addresses).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Mục tiêu “{ $goal }” của quý vị không còn ngày dự kiến đạt được.
       *[other] Ngày dự kiến đạt được mục tiêu “{ $goal }” của quý vị nay là { $date }.
    }
    [expressedBy] Ghi chép về người đã nói ra mục tiêu “{ $goal }” của quý vị đã thay đổi.
    [confidential] Những người được xem mục tiêu “{ $goal }” của quý vị đã thay đổi.
   *[other] Các nhu cầu mà mục tiêu “{ $goal }” của quý vị hướng tới đã thay đổi.
}

## Steps toward a goal. $step: the step; $goal: its goal.

change-step-added = Một bước mới hướng tới mục tiêu “{ $goal }” của quý vị: “{ $step }”.
change-step-removed = Bước này không còn là một phần của mục tiêu “{ $goal }” của quý vị: “{ $step }”.
# $who: the team member who will now do the step (may be empty).
change-step-changed = { $field ->
    [description] Một bước hướng tới mục tiêu “{ $goal }” của quý vị nay được ghi là: “{ $step }”.
    [responsibleId] { $case ->
        [removed] Người thực hiện bước “{ $step }” đã thay đổi.
       *[other] { $who } nay sẽ thực hiện bước “{ $step }”.
    }
    [byPerson] { $after ->
        [true] Quý vị nay sẽ tự thực hiện bước “{ $step }”.
       *[other] Một người trong nhóm của quý vị nay sẽ thực hiện bước “{ $step }”.
    }
    [withIds] Những người cùng quý vị thực hiện bước “{ $step }” đã thay đổi.
    [targetDate] { $case ->
        [removed] Bước “{ $step }” không còn ngày dự kiến.
       *[other] Bước “{ $step }” nay có ngày dự kiến là { $date }.
    }
    [done] { $after ->
        [true] Bước “{ $step }” đã hoàn thành.
       *[other] Bước “{ $step }” không còn được đánh dấu là đã hoàn thành.
    }
   *[other] Bước “{ $step }” đã được cập nhật.
}

## Supports. $name: the support's name.

# $case is "amount" when $amount (e.g. "12 hours a week") is given.
change-support-added = { $case ->
    [amount] Kế hoạch của quý vị thêm hỗ trợ “{ $name }”: { $amount }.
   *[other] Kế hoạch của quý vị thêm hỗ trợ “{ $name }”.
}
change-support-removed = Hỗ trợ “{ $name }” không còn trong kế hoạch của quý vị.
# $before, $after: the old and new names.
change-support-renamed = Hỗ trợ “{ $before }” của quý vị nay có tên là “{ $after }”.
# $before: the old amount, or only its number when the unit and how often stay the same ("from 10 to 12 hours a week").
change-support-amount = Hỗ trợ “{ $name }” của quý vị thay đổi từ { $before } thành { $after }.
# $before, $after: the old and new provider's names.
change-support-provider = { $case ->
    [added] { $after } nay sẽ cung cấp hỗ trợ “{ $name }” cho quý vị.
    [removed] Hỗ trợ “{ $name }” của quý vị không còn ghi tên nhà cung cấp.
   *[changed] Hỗ trợ “{ $name }” của quý vị nay sẽ do { $after } cung cấp thay cho { $before }.
}
# $field: "startDate" or "endDate".
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Hỗ trợ “{ $name }” của quý vị không còn ngày bắt đầu.
       *[other] Hỗ trợ “{ $name }” của quý vị nay bắt đầu vào { $date }.
    }
   *[endDate] { $case ->
        [removed] Hỗ trợ “{ $name }” của quý vị không còn ngày kết thúc.
       *[other] Hỗ trợ “{ $name }” của quý vị nay kết thúc vào { $date }.
    }
}
# $after: "true" when the support is now paid.
change-support-paid = { $after ->
    [true] Hỗ trợ “{ $name }” của quý vị nay là một dịch vụ có trả tiền.
   *[other] Hỗ trợ “{ $name }” của quý vị nay là sự hỗ trợ không trả tiền từ những người trong cuộc sống của quý vị.
}
# $field: which detail of the support changed.
change-support-changed = { $field ->
    [description] Phần mô tả việc hỗ trợ “{ $name }” làm đã được viết lại.
    [location] Nơi quý vị nhận hỗ trợ “{ $name }” đã thay đổi.
    [fundingSource] Bên chi trả cho hỗ trợ “{ $name }” của quý vị đã thay đổi.
    [selfDirected] { $after ->
        [true] Quý vị nay tự điều hành hỗ trợ “{ $name }” của mình.
       *[other] Quý vị không còn tự điều hành hỗ trợ “{ $name }” của mình.
    }
    [deliveryPreferences] Cách quý vị muốn nhận hỗ trợ “{ $name }” đã thay đổi.
    [critical] { $after ->
        [true] Kế hoạch của quý vị nay ghi rằng sức khỏe hoặc sự an toàn của quý vị phụ thuộc vào hỗ trợ “{ $name }”.
       *[other] Kế hoạch của quý vị không còn ghi rằng sức khỏe hoặc sự an toàn của quý vị phụ thuộc vào hỗ trợ “{ $name }”.
    }
    [backup] Cách xử lý khi hỗ trợ “{ $name }” của quý vị không đến đã thay đổi.
    [ratePerUnit] Mức chi trả cho hỗ trợ “{ $name }” của quý vị đã thay đổi.
    [goalIds] Các mục tiêu mà hỗ trợ “{ $name }” giúp quý vị đã thay đổi.
    [needIds] Các nhu cầu mà hỗ trợ “{ $name }” giúp quý vị đã thay đổi.
    [code] Mã dịch vụ của hỗ trợ “{ $name }” của quý vị đã thay đổi.
    [schedule] Thời gian quý vị nhận hỗ trợ “{ $name }” đã thay đổi.
    [authorization] Sự chấp thuận của chương trình bảo hiểm sức khỏe cho hỗ trợ “{ $name }” của quý vị đã thay đổi.
    [confidential] Những người được xem hỗ trợ “{ $name }” của quý vị đã thay đổi.
   *[other] Chi tiết về hỗ trợ “{ $name }” của quý vị đã thay đổi.
}
# $after: "true" when the team now records that it found no unpaid supports.
change-natural-supports-none = { $after ->
    [true] Kế hoạch của quý vị nay ghi rằng không tìm thấy sự hỗ trợ không trả tiền nào từ những người trong cuộc sống của quý vị.
   *[other] Kế hoạch của quý vị không còn ghi rằng không tìm thấy sự hỗ trợ không trả tiền nào.
}

## Risks. $risk: the risk, in plain words; $after: the new text.

change-risk-added = Kế hoạch của quý vị nêu một rủi ro mới: “{ $risk }”.
change-risk-removed = Rủi ro này không còn trong kế hoạch của quý vị: “{ $risk }”.
change-risk-mitigation = { $case ->
    [removed] Kế hoạch của quý vị không còn ghi cách quý vị giữ an toàn với rủi ro “{ $risk }”.
   *[other] Cách quý vị giữ an toàn với rủi ro “{ $risk }” nay là: “{ $after }”.
}
# $field: "description" (the risk itself) or "personChoice" (the person's own choice about it).
change-risk-changed = { $field ->
    [description] Một rủi ro trong kế hoạch của quý vị nay được ghi là: “{ $risk }”.
    [confidential] Những người được xem rủi ro “{ $risk }” đã thay đổi.
   *[other] Lựa chọn của quý vị về rủi ro “{ $risk }” đã được cập nhật.
}

change-backup-plan = { $case ->
    [added] Kế hoạch của quý vị nay có kế hoạch dự phòng cho trường hợp khẩn cấp.
    [removed] Kế hoạch của quý vị không còn kế hoạch dự phòng cho trường hợp khẩn cấp.
   *[changed] Kế hoạch dự phòng cho trường hợp khẩn cấp của quý vị đã thay đổi.
}

## Where the person lives. $after (with $field "setting"): the kind of setting.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Kế hoạch của quý vị nay ghi rằng quý vị sống trong nhà riêng của mình.
        [family-home] Kế hoạch của quý vị nay ghi rằng quý vị sống trong nhà của người thân.
        [supportive-housing] Kế hoạch của quý vị nay ghi rằng quý vị sống trong nhà ở có hỗ trợ.
        [shared-living] Kế hoạch của quý vị nay ghi rằng quý vị sống trong một nhà ở chung.
        [residential-facility] Kế hoạch của quý vị nay ghi rằng quý vị sống trong một cơ sở nội trú có giấy phép.
        [unhoused] Kế hoạch của quý vị nay ghi rằng quý vị ở nơi tạm trú hoặc không có địa chỉ cố định.
       *[other] Kế hoạch của quý vị nay ghi rằng quý vị sống ở một nơi khác.
    }
    [description] Cách quý vị mô tả nơi mình sống đã thay đổi.
    [chosenByPerson] { $after ->
        [true] Kế hoạch của quý vị nay ghi rằng quý vị đã tự chọn nơi mình sống.
       *[other] Kế hoạch của quý vị không còn ghi rằng quý vị đã tự chọn nơi mình sống.
    }
    [alternativesConsidered] Những nơi khác quý vị đã cân nhắc để sống đã được cập nhật.
   *[other] Ghi chép về nơi quý vị sống và lý do đã thay đổi.
}

change-service-choice = Ghi chép về lựa chọn dịch vụ và nhà cung cấp của quý vị đã thay đổi.

## Modifications of the person's rights where they live. $right: the right that is limited.

change-modification-added = Kế hoạch của quý vị thêm một giới hạn đối với một quyền của quý vị: “{ $right }”.
change-modification-removed = Giới hạn này đối với quyền của quý vị không còn trong kế hoạch: “{ $right }”.
change-modification-changed = Chi tiết về giới hạn đối với quyền “{ $right }” của quý vị đã thay đổi.

## The team. $name: the team member's name; $role: their role, from change-team-role.

change-team-role = { $role ->
    [care-coordinator] điều phối viên chăm sóc của quý vị
    [lead-care-manager] người quản lý chăm sóc chính của quý vị
    [housing-navigator] người hướng dẫn về nhà ở của quý vị
    [provider] một nhà cung cấp
    [clinician] một nhân viên y tế
    [family] người thân trong gia đình
    [friend] một người bạn
    [peer-support] một người hỗ trợ đồng cảnh ngộ
    [representative] người đại diện của quý vị
    [decision-supporter] người hỗ trợ quý vị ra quyết định
   *[other] một thành viên trong nhóm
}
change-team-added = { $name } tham gia nhóm của quý vị với vai trò { $role }.
change-team-removed = { $name } không còn trong nhóm của quý vị.
change-team-role-changed = { $name } nay ở trong nhóm của quý vị với vai trò { $role }.
# $field: which detail changed.
change-team-changed = { $field ->
    [contact] Thông tin liên lạc của { $name } đã thay đổi.
    [chosenByPerson] Kế hoạch của quý vị đã thay đổi về việc quý vị có chọn { $name } vào nhóm hay không.
   *[other] Thông tin về { $name } trong nhóm của quý vị đã thay đổi.
}

## Who writes and who watches over the plan. $name: the new person's name (may be empty).

change-planner = Người giúp quý vị viết kế hoạch đã thay đổi.
change-plan-monitor = { $case ->
    [removed] Kế hoạch của quý vị không còn ghi ai theo dõi kế hoạch.
   *[other] { $name } nay theo dõi để bảo đảm kế hoạch của quý vị được thực hiện.
}

## Reviews.

change-last-review = { $case ->
    [removed] Kế hoạch của quý vị không còn ngày xem lại gần nhất.
   *[other] Lần xem lại kế hoạch gần nhất của quý vị nay được ghi ngày { $date }.
}
change-next-review = { $case ->
    [removed] Kế hoạch của quý vị không còn ngày xem lại lần tới.
   *[other] Lần xem lại kế hoạch tới của quý vị nay phải diễn ra chậm nhất vào { $date }.
}
# $field: "triggers" (what brings a review) or "updateRequestMethod" (how to ask for a change).
change-review = { $field ->
    [triggers] Những điều dẫn đến việc xem lại kế hoạch của quý vị đã thay đổi.
   *[other] Cách quý vị có thể yêu cầu thay đổi kế hoạch đã thay đổi.
}

# $field: "ecm" (Enhanced Care Management) or "housingSupportPlan".
change-program-section = { $field ->
    [ecm] Phần quản lý chăm sóc của quý vị đã thay đổi.
   *[other] Kế hoạch hỗ trợ nhà ở của quý vị đã thay đổi.
}
