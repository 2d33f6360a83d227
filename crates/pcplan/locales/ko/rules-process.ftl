## Findings of the process and consent rules (P1–P8) and the review rules (R1–R3).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits and counts.

## P1
p1-person-signature-missing = 계획이 시행 중이지만 본인이 아직 서명하지 않았습니다.
    .help = 본인에게 계획서에 서명을 받고 날짜를 기록하세요. 법적 대리인이 대신 서명할 수 있습니다. 본인이 서명할 수 없다면 그 이유를 기록하세요.
p1-person-signature-undated = 본인의 서명에 날짜가 없습니다.
    .help = 본인(또는 대리인)이 계획서에 서명한 날짜를 기록하세요.
p1-unable-to-sign-reason-missing = 계획서에 본인이 서명할 수 없었다고 되어 있지만, 그 이유가 없습니다.
    .help = 본인이 왜 서명할 수 없었는지, 그리고 누가 그 자리에서 확인했는지 기록하세요.
p1-provider-signature-missing = 계획서에 서명한 서비스 제공자가 없습니다.
    .help = 계획의 일부를 맡은 각 서비스 제공자에게 서명을 받고 날짜를 기록하세요.
p1-provider-signature-undated = 서비스 제공자의 서명에 날짜가 없습니다.
    .help = 서비스 제공자가 계획서에 서명한 날짜를 기록하세요.

## P2
p2-signature-in-future = 이 서명의 날짜가 미래로 되어 있습니다.
    .help = 서명한 페이지의 날짜를 확인하고 고치세요.
p2-signature-before-meeting = 이 서명의 날짜가 마지막 계획 회의보다 앞서 있습니다.
    .help = 날짜를 확인하세요. 날짜가 맞다면, 서명한 사람에게 마지막 회의 후의 계획서를 읽고 다시 서명해 달라고 요청하세요.

## P3
p3-content-changed-after-signing = 이 사람이 서명한 뒤에 계획 내용이 바뀌었습니다.
    .help = 바뀐 내용을 본인과 서명한 모든 사람과 함께 살펴보고, 다시 서명해 달라고 요청하세요. 실수로 바뀐 것이라면 되돌리세요.

## P4
p4-conflict-without-exception = 계획 작성자가 서비스 제공자와 이해관계가 충돌하는데, 예외 승인이 기록되어 있지 않습니다.
    .help = 승인된 예외와 본인을 어떻게 보호하는지 기록하세요. 예외가 없다면 다른 계획 작성자가 계획을 작성하게 하세요.

## P5
p5-no-copy-to-person = 본인이 계획서 사본을 받았다는 기록이 없습니다.
    .help = 본인이 읽는 언어와 원하는 형식으로 계획서 사본을 드리고, 언제 드렸는지 기록하세요.
p5-not-offered-for-review = 본인에게 계획서 사본을 검토하고 고칠 기회를 드리지 않았습니다.
    .help = 본인에게 읽고 고칠 수 있도록 사본을 드리고, 그렇게 했다고 기록하세요.
p5-no-copy-to-representative = 이 대리인은 계획서 사본을 받지 않았습니다.
    .help = 본인의 동의를 받아 대리인에게 사본을 주고 기록하세요.
p5-no-copy-to-provider = 이 서비스 제공자는 계획서 사본을 받지 않았습니다.
    .help = 본인의 동의를 받아 계획을 실행하는 각 서비스 제공자에게 사본을 주고 기록하세요.

## P6
p6-copy-not-in-written-language = 본인의 사본이 본인이 읽는 언어로 되어 있지 않습니다.
    .help = 본인이 읽기 원하는 언어로 된 사본을 드리세요. 본인이 다른 언어를 선택했다면 그 사실을 기록하세요.
p6-copy-not-in-requested-format = 본인의 사본이 본인이 요청한 형식으로 되어 있지 않습니다.
    .help = 큰 글자, 오디오, 점자 등 본인이 요청한 형식으로 사본을 드리세요. 본인이 다른 형식을 선택했다면 그 사실을 기록하세요.
p6-text-not-in-written-language = 이 글은 본인이 읽는 언어로 되어 있지 않습니다.
    .help = 자격을 갖춘 번역사에게 본인의 언어로 번역을 추가해 달라고 요청하세요.

## P7
p7-time-place-not-chosen = 본인이 회의 시간과 장소를 정했다는 기록이 없습니다.
    .help = 본인에게 언제, 어디에서 회의를 하고 싶은지 묻고, 본인이 정했다고 기록하세요.
p7-attendee-not-invited = 본인이 초대하지 않은 사람이 회의에 참석했습니다.
    .help = 본인에게 회의에 누가 왔으면 하는지 물어보세요. 이 사람에게 후견인 같은 법적 권한이 있다면 그 사실을 기록하세요.

## P8
p8-interpreter-not-qualified = 회의 통역사가 자격을 갖춘 통역사로 표시되어 있지 않습니다.
    .help = 다음 회의에는 자격을 갖춘 통역사를 쓰고, 그 사실을 기록하세요.
p8-interpreter-minor = 회의에서 어린이가 통역을 했습니다.
    .help = 어린이에게 통역을 부탁하지 마세요. 다음 회의에는 자격을 갖춘 성인 통역사를 쓰세요.

## R1
r1-next-review-missing = 계획서에 다음 검토 날짜가 없습니다.
    .help = 다음 검토 날짜를 정하세요. 마지막 검토 후 12개월을 넘으면 안 됩니다.
r1-next-review-too-late = 다음 검토가 마지막 검토 후 { $months }개월보다 늦습니다.
    .help = 다음 검토가 마지막 검토 후 { $months }개월 안에 있도록 날짜를 옮기세요.
r1-review-overdue = 검토 기한이 지났습니다.
    .help = 곧 본인과 함께 검토를 하고, 새 검토 날짜를 기록하세요.

## R2
r2-no-review-after-change = 본인의 삶에 큰 변화가 있었는데, 그 뒤로 계획을 검토하지 않았습니다.
    .help = 본인과 그 변화에 대해 이야기하고 함께 계획을 검토하세요. 그런 다음 수정 내용을 기록하세요.

## R3
r3-update-request-not-answered = 본인이 계획 변경을 요청했는데, { $days }일 안에 계획이 수정되지 않았습니다.
    .help = 본인과 만나 무엇을 바꾸고 싶은지 이야기하고, 함께 계획을 수정한 뒤 수정 내용을 기록하세요.
