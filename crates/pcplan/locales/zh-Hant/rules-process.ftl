## 流程和同意規則（P1–P8）以及檢討規則（R1–R3）的檢查結果。
## 每個問題一則訊息，每則都有 `.help` 屬性，說明如何修正。訊息不會包含計劃中的內容；
## 參數是限制和數量。

## P1
p1-person-signature-missing = 計劃已經生效，但本人還沒有簽名。
    .help = 請本人在計劃上簽名，並寫下日期。法定代表人可以代替本人簽名。如果本人無法簽名，請寫下原因。
p1-person-signature-undated = 本人的簽名沒有日期。
    .help = 寫下本人（或其代表人）簽署計劃的日期。
p1-unable-to-sign-reason-missing = 計劃寫著本人無法簽名，但沒有寫原因。
    .help = 寫下本人為什麼無法簽名，以及誰在場見證。
p1-provider-signature-missing = 沒有任何服務提供者在計劃上簽名。
    .help = 請負責執行計劃某部分的每位服務提供者簽名，並寫下日期。
p1-provider-signature-undated = 服務提供者的簽名沒有日期。
    .help = 寫下服務提供者簽署計劃的日期。

## P2
p2-signature-in-future = 這個簽名的日期是未來的日期。
    .help = 核對簽名頁上的日期，並改正。
p2-signature-before-meeting = 這個簽名的日期早於最近一次的計劃會議。
    .help = 核對日期。如果日期沒錯，請簽名人閱讀最近一次會議後的計劃，再簽一次名。

## P3
p3-content-changed-after-signing = 這個人簽名之後，計劃內容有了變更。
    .help = 和本人及每位簽名人一起看過這些變更，並請他們再簽一次名。如果變更是錯誤，請把它改回來。

## P4
p4-conflict-without-exception = 計劃撰寫人和某位服務提供者有利益衝突，而且沒有寫下例外核准。
    .help = 寫下已核准的例外，以及如何保護本人。如果沒有核准的例外，請由另一位計劃撰寫人來寫這份計劃。

## P5
p5-no-copy-to-person = 計劃沒有顯示本人已經拿到副本。
    .help = 用本人的語言和格式給本人一份計劃副本，並寫下給的日期。
p5-not-offered-for-review = 沒有讓本人拿到副本來檢查和修改。
    .help = 給本人一份副本，讓本人閱讀和修改，並寫下你已經這樣做了。
p5-no-copy-to-representative = 這位代表人還沒有拿到計劃副本。
    .help = 在本人同意下，給本人的代表人一份副本，並記錄下來。
p5-no-copy-to-provider = 這位服務提供者還沒有拿到計劃副本。
    .help = 在本人同意下，給每位執行計劃的服務提供者一份副本，並記錄下來。

## P6
p6-copy-not-in-written-language = 本人的副本不是用本人閱讀的語言寫的。
    .help = 給本人一份用本人喜歡閱讀的語言寫的副本。如果本人選了別的語言，請記錄下來。
p6-copy-not-in-requested-format = 本人的副本不是本人要求的格式。
    .help = 給本人一份大字版、音訊版、點字版或本人要求的格式的副本。如果本人選了別的格式，請記錄下來。
p6-text-not-in-written-language = 這段文字不是用本人閱讀的語言寫的。
    .help = 請合格的翻譯員加上本人語言的翻譯。

## P7
p7-time-place-not-chosen = 計劃沒有顯示會議的時間和地點是本人選的。
    .help = 問本人想在什麼時間、什麼地點開會，並記錄是本人選的。
p7-attendee-not-invited = 有人參加了會議，但不是本人邀請的。
    .help = 問本人希望誰參加會議。如果這個人有法定權力，例如監護人，請記錄下來。

## P8
p8-interpreter-not-qualified = 會議的口譯員沒有標示為合格口譯員。
    .help = 下次會議請用合格的口譯員，並記錄下來。
p8-interpreter-minor = 會議上由兒童擔任口譯。
    .help = 不要請兒童做口譯。下次會議請用合格的成年口譯員。

## R1
r1-next-review-missing = 計劃沒有下次檢討的日期。
    .help = 訂下次檢討的日期，不可以超過上次檢討後12個月。
r1-next-review-too-late = 下次檢討的日期超過上次檢討後{ $months }個月。
    .help = 把下次檢討改到上次檢討後{ $months }個月以內。
r1-review-overdue = 檢討已經逾期。
    .help = 盡快和本人一起進行檢討，然後寫下新的檢討日期。

## R2
r2-no-review-after-change = 本人的生活有了重大變化，但計劃之後還沒有檢討過。
    .help = 和本人談談這個變化，一起檢討計劃。然後把修訂記錄下來。

## R3
r3-update-request-not-answered = 本人要求修改計劃，但計劃沒有在{ $days }天內修訂。
    .help = 和本人見面，談談本人想修改什麼，一起修訂計劃，並把修訂記錄下來。
