## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = 오류
severity-warning = 경고
severity-info = 참고
finding-fix = 해결 방법
finding-value = 값
report-summary = { $errors ->
        [0] 오류 없음
       *[other] 오류 { $errors }개
    }, { $warnings ->
        [0] 경고 없음.
       *[other] 경고 { $warnings }개.
    }

section-plan = 계획 전체
section-effectivePeriod = 계획 기간
section-person = 본인 정보
section-representatives = 대리인
section-profile = 프로필
section-needs = 필요 사항
section-goals = 목표
section-supports = 지원
section-risks = 위험 요소
section-backupPlan = 비상 대책
section-settingChoice = 거주 환경
section-serviceChoice = 서비스 및 제공자 선택
section-modifications = 권리 제한
section-team = 팀
section-planner = 계획 작성자
section-planMonitor = 계획 점검 담당자
section-meetings = 회의
section-monitoring = 점검
section-feedback = 의견
section-review = 검토
section-lifeEvents = 삶의 변화
section-updateRequests = 변경 요청
section-signatures = 서명
section-distribution = 계획 사본
section-programSections = 프로그램 항목
