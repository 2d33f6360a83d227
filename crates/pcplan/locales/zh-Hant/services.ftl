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

## 監測結果（SM1–SM6）：實際提供的服務與計劃內容的對照。參數都是數目。

monitor-not-in-plan = 此紀錄指向一項不在計劃中的支援。
    .help = 更正紀錄中的支援 ID，或在提供服務之前和本人一起把這項服務加入計劃。
monitor-outside-support-dates = 此服務是在計劃中該支援的日期之外提供的。
    .help = 更正紀錄的日期，或和本人一起更新計劃中該支援的日期。
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = 本期間只提供了計劃內容的 { $percent }%。
    .help = 詢問本人和服務提供者遇到了什麼阻礙，並設法補上，或和本人一起修改計劃。
monitor-above-plan = 本期間提供了計劃內容的 { $percent }%。
    .help = 請核實紀錄是否正確；如果本人需要更多服務，請和本人一起更新計劃（以及授權）。
monitor-missing-authorization = 這些服務所用的代碼，健康計劃只有在有授權時才會支付，而該支援沒有任何授權。
    .help = 向健康計劃申請授權，並在該支援中記錄授權號碼；在此之前，這些服務不會獲得支付。
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = 連續 { $missed } 次預定的時間都沒有提供這項服務（本期間共預定 { $scheduled } 次）。
    .help = 請聯絡本人和服務提供者：長時間中斷可能表示服務已經停止，卻沒有人注意到。

## 「我的服務進行得怎麼樣」：給本人看的文件，列出本人得到的服務，並與計劃內容對照。

# The document's title. $name: the person's name.
services-title = 我的服務進行得怎麼樣：{ $name }
services-heading = 我的服務進行得怎麼樣
# $from and $to: the first and last day of the period, already formatted.
services-intro = 這一頁列出從{ $from }到{ $to }我從服務中得到了什麼，旁邊是我的計劃怎麼說。
services-plan-says = 我的計劃寫的是：
services-i-got = 我得到的：
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }，{ $count }次
services-none-delivered = 這段時間沒有任何紀錄。
services-last = 最近一次：
services-as-planned = 這和我的計劃差不多。
services-below = 這比我的計劃少。
services-above = 這比我的計劃多。
# $missed: how many scheduled times in a row went by without the service.
services-gap = 連續{ $missed }次，服務沒有在我的計劃說的時間來。
services-none = 這段時間沒有紀錄到任何服務。
services-talk = 如果有什麼不對，我可以和我的照護協調員談一談。我隨時都可以要求修改我的計劃。

## 給工作人員的使用情況表：每項支援在本期間佔一列。

# $from and $to: the first and last day of the period, already formatted.
utilization-title = { $from }至{ $to }的服務
utilization-col-support = 支援
utilization-col-planned = 計劃量
utilization-col-delivered = 已提供
utilization-col-services = 服務次數
utilization-col-authorization = 授權
utilization-col-used = 已用單位
utilization-col-remaining = 剩餘單位
utilization-col-missed = 最長中斷
utilization-not-tracked = 不在這些紀錄中
utilization-findings = 檢查結果
