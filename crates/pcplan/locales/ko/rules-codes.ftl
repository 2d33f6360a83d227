## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = 이 서비스 코드는 해당 코드 체계의 코드 세트에 없습니다.
    .help = 건강 플랜 승인서에서 코드를 확인하세요. 플랜이 이 코드를 사용한다면 기관의 코드 세트 파일에 추가하세요.
s18-modifiers-not-listed = 이 수정자는 이 서비스 코드에 등록된 조합이 아닙니다.
    .help = 승인서에서 수정자를 순서대로 옮겨 적으세요.
s18-unit-not-listed = 이 서비스 코드는 이 서비스 단위로 세지 않습니다.
    .help = 다음 단위 중 하나를 사용하세요: { $units }.
