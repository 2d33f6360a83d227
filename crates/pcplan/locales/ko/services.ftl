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
