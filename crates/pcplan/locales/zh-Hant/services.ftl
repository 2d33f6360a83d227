## 計費結果（SV1–SV7）：服務紀錄與各項支援的計費條款及授權的對照。
## 每則訊息都有 `.help` 屬性說明如何修正。參數只是數目，絕不包含紀錄中的值。

services-unknown-support = 此紀錄指向一項沒有計費條款的支援，因此不計費。
    .help = 新增該支援的計費條款（處置代碼、服務單位、費率），或更正紀錄中的支援 ID。
services-outside-billing-period = 此服務在計費期之外提供，因此不在本次申報中。
    .help = 請在提供服務的那個計費期申報。
services-outside-authorization = 此服務不在授權日期之內，因此不計費。
    .help = 請健康計劃延長或續簽授權，或更正紀錄的日期。
services-units-capped = { $requested } 個單位中只計費了 { $billed } 個：授權總共允許 { $authorized } 個單位。
    .help = 向健康計劃申請更多單位；只有在計劃同意支付超出授權的部分時，才對其餘部分計費。
services-units-above-authorization = 超出 { $authorized } 個授權單位，多計費 { $over } 個單位。
    .help = 送出申報前請先與健康計劃確認：超出授權的單位通常會被拒付。
services-missing-minutes = 這筆按時間計費的服務紀錄既沒有分鐘數也沒有單位數，因此不計費。
    .help = 請填寫服務用了多少分鐘。
services-below-one-unit = 當天提供的分鐘數不足一個可計費單位。
    .help = 如果紀錄無誤，則無需修改：依照取整規則，簡短的接觸不計費。
