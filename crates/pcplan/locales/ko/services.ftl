## 청구 결과(SV1–SV7): 서비스 기록과 각 지원의 청구 조건 및 승인 대조.
## 각 메시지에는 고치는 방법을 알려 주는 `.help` 속성이 있습니다. 인수는 개수뿐이며 기록의 값은 절대 포함하지 않습니다.

services-unknown-support = 이 기록은 청구 조건이 없는 지원을 가리키므로 청구되지 않습니다.
    .help = 지원의 청구 조건(처치 코드, 서비스 단위, 단가)을 추가하거나 기록의 지원 ID를 고치세요.
services-outside-billing-period = 이 서비스는 청구 기간 밖에 제공되어 이번 청구에 포함되지 않습니다.
    .help = 서비스를 제공한 기간의 청구에 포함하세요.
services-outside-authorization = 이 서비스는 승인 기간 밖이므로 청구되지 않습니다.
    .help = 건강 플랜에 승인 연장 또는 갱신을 요청하거나 기록의 날짜를 고치세요.
services-units-capped = { $requested }단위 중 { $billed }단위만 청구했습니다. 승인은 모두 { $authorized }단위까지입니다.
    .help = 건강 플랜에 추가 단위를 요청하거나, 플랜이 승인 초과 지급에 동의한 경우에만 나머지를 청구하세요.
services-units-above-authorization = 승인된 { $authorized }단위를 넘어 { $over }단위를 청구합니다.
    .help = 청구를 보내기 전에 건강 플랜에 확인하세요. 승인을 넘는 단위는 보통 거절됩니다.
services-missing-minutes = 시간 단위 서비스의 이 기록에는 분도 단위도 없어 청구되지 않습니다.
    .help = 서비스에 걸린 시간(분)을 적으세요.
services-below-one-unit = 그날 제공한 시간은 청구할 수 있는 단위에 이르지 않습니다.
    .help = 기록이 맞다면 고칠 것이 없습니다. 반올림 규칙에 따라 짧은 접촉은 청구되지 않습니다.

## 점검 결과(SM1–SM6): 제공된 서비스와 계획 내용 대조. 인수는 개수입니다.

monitor-not-in-plan = 이 기록은 계획에 없는 지원을 가리킵니다.
    .help = 기록의 지원 ID를 고치거나, 서비스를 제공하기 전에 본인과 함께 그 서비스를 계획에 추가하세요.
monitor-outside-support-dates = 이 서비스는 계획에 있는 지원 기간 밖에 제공되었습니다.
    .help = 기록의 날짜를 고치거나, 본인과 함께 계획의 지원 기간을 업데이트하세요.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = 이 기간에 계획 내용의 { $percent }%만 제공되었습니다.
    .help = 본인과 서비스 제공자에게 무엇이 방해가 되었는지 묻고, 부족한 부분을 채울 방법을 찾거나 본인과 함께 계획을 바꾸세요.
monitor-above-plan = 이 기간에 계획 내용의 { $percent }%가 제공되었습니다.
    .help = 기록이 맞는지 확인하세요. 본인에게 더 필요하다면 본인과 함께 계획(과 승인)을 업데이트하세요.
monitor-missing-authorization = 건강 플랜이 승인이 있을 때만 지급하는 코드로 서비스가 제공되었는데, 이 지원에는 승인이 없습니다.
    .help = 건강 플랜에 승인을 요청하고 그 번호를 지원에 기록하세요. 그때까지 이 서비스는 지급되지 않습니다.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = 예정된 { $missed }회 연속으로 이 서비스가 제공되지 않았습니다(이 기간의 예정 횟수 { $scheduled }회).
    .help = 본인과 서비스 제공자에게 연락하세요. 공백이 길다면 아무도 모르게 서비스가 중단되었을 수 있습니다.

## "나의 서비스 진행 상황": 본인이 받은 서비스를 계획 내용과 나란히 보여 주는 문서.

# The document's title. $name: the person's name.
services-title = 나의 서비스 진행 상황: { $name }
services-heading = 나의 서비스 진행 상황
# $from and $to: the first and last day of the period, already formatted.
services-intro = 이 페이지는 { $from }부터 { $to }까지 내가 서비스에서 받은 것을 내 계획 내용과 나란히 보여 줍니다.
services-plan-says = 내 계획에 따르면:
services-i-got = 내가 받은 것:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count }회
services-none-delivered = 이 기간에 기록된 것이 없습니다.
services-last = 마지막으로 받은 날:
services-as-planned = 내 계획과 거의 같습니다.
services-below = 내 계획보다 적습니다.
services-above = 내 계획보다 많습니다.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed }번 연속으로, 내 계획에 정해진 때에 서비스가 오지 않았습니다.
services-none = 이 기간에 기록된 서비스가 없습니다.
services-talk = 무언가 잘못되었다면 내 케어 코디네이터와 이야기할 수 있습니다. 나는 언제든지 내 계획을 바꿔 달라고 요청할 수 있습니다.

## 직원용 이용 현황 표: 기간 동안 지원마다 한 행.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from }부터 { $to }까지의 서비스
utilization-col-support = 지원
utilization-col-planned = 계획량
utilization-col-delivered = 제공량
utilization-col-services = 서비스 횟수
utilization-col-authorization = 승인
utilization-col-used = 사용한 단위
utilization-col-remaining = 남은 단위
utilization-col-missed = 가장 긴 공백
utilization-not-tracked = 이 기록에 없음
utilization-findings = 결과
