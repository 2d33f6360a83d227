## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = 본인은 이 수신자와 계획을 공유하지 않기로 했지만 사본이 전달되었습니다.
    .help = 본인에게 알리세요. 수신자에게 사본을 돌려주거나 폐기하도록 요청하고 기관의 개인정보 절차를 따르세요.
p9-copy-not-entitled = 이 수신자에게 볼 수 없는 부분을 포함한 계획 전체가 전달되었습니다.
    .help = 이 수신자를 위해 만든 사본을 주세요. 본인에게 알리고 개인정보 절차를 따르세요.
