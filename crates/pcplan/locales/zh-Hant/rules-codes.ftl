## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = 此服務代碼不在其編碼系統的代碼集中。
    .help = 請核對健康計畫授權書上的代碼。如果您的健康計畫使用此代碼，請將其新增到機構的代碼集檔案中。
s18-modifiers-not-listed = 這些修飾符不是此服務代碼的登記組合。
    .help = 請按順序從授權書上抄寫修飾符。
s18-unit-not-listed = 此服務代碼不按此服務單位計算。
    .help = 請使用以下單位之一：{ $units }。
