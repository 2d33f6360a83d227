## یافته‌های صورت‌حساب (SV1–SV7): سوابق خدمت در برابر شرایط صورت‌حساب و مجوز.
## هر پیام یک ویژگی `.help` دارد که راه اصلاح را می‌گوید. آرگومان‌ها فقط شمارش‌اند، هرگز داده‌های سابقه.

services-unknown-support = این سابقه به حمایتی اشاره دارد که شرایط صورت‌حساب ندارد، پس صورت‌حساب نمی‌شود.
    .help = شرایط صورت‌حساب حمایت (کد خدمت، واحد خدمت، نرخ) را اضافه کنید یا شناسهٔ حمایت را در سابقه اصلاح کنید.
services-outside-billing-period = این خدمت بیرون از دورهٔ صورت‌حساب ارائه شده است، پس در این مطالبه نیست.
    .help = آن را با دوره‌ای که در آن ارائه شده صورت‌حساب کنید.
services-outside-authorization = این خدمت بیرون از تاریخ‌های مجوز است، پس صورت‌حساب نمی‌شود.
    .help = از طرح بیمهٔ درمانی بخواهید مجوز را تمدید یا نو کند، یا تاریخ سابقه را اصلاح کنید.
services-units-capped = فقط { $billed } از { $requested } واحد صورت‌حساب شد: مجوز در مجموع { $authorized } واحد اجازه می‌دهد.
    .help = از طرح بیمه واحدهای بیشتری بخواهید، یا باقی را فقط وقتی صورت‌حساب کنید که طرح پرداخت فراتر از مجوز را پذیرفته باشد.
services-units-above-authorization = { $over } واحد فراتر از { $authorized } واحد مجاز صورت‌حساب می‌شود.
    .help = پیش از فرستادن مطالبه با طرح بیمه هماهنگ کنید: واحدهای فراتر از مجوز معمولاً رد می‌شوند.
services-missing-minutes = این سابقهٔ خدمت زمانی نه دقیقه دارد نه واحد، پس صورت‌حساب نمی‌شود.
    .help = بنویسید خدمت چند دقیقه طول کشید.
services-below-one-unit = دقیقه‌های آن روز به هیچ واحد قابل صورت‌حسابی نمی‌رسد.
    .help = اگر سابقه درست است، چیزی برای اصلاح نیست: طبق قاعدهٔ گرد کردن، تماس کوتاه صورت‌حساب نمی‌شود.

## یافته‌های پایش (SM1–SM6): آنچه ارائه شده در برابر آنچه برنامه می‌گوید. آرگومان‌ها شمارش‌اند.

monitor-not-in-plan = این سابقه به حمایتی اشاره دارد که در برنامه نیست.
    .help = شناسهٔ حمایت را در سابقه اصلاح کنید، یا پیش از ارائهٔ خدمت، آن را همراه با فرد به برنامه اضافه کنید.
monitor-outside-support-dates = این خدمت بیرون از تاریخ‌های حمایت در برنامه ارائه شده است.
    .help = تاریخ سابقه را اصلاح کنید، یا تاریخ‌های حمایت را همراه با فرد در برنامه به‌روز کنید.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = در این دوره فقط { $percent }٪ از آنچه برنامه می‌گوید ارائه شده است.
    .help = از فرد و ارائه‌دهنده بپرسید چه چیزی مانع شد، و راهی برای جبران پیدا کنید یا برنامه را همراه با فرد تغییر دهید.
monitor-above-plan = در این دوره { $percent }٪ از آنچه برنامه می‌گوید ارائه شده است.
    .help = درستی سوابق را بررسی کنید؛ اگر فرد به خدمت بیشتری نیاز دارد، برنامه (و مجوز) را همراه با او به‌روز کنید.
monitor-missing-authorization = خدماتی با کدی ارائه شده که طرح بیمهٔ درمانی هزینهٔ آن را فقط با مجوز می‌پردازد، و این حمایت هیچ مجوزی ندارد.
    .help = از طرح بیمهٔ درمانی مجوز بخواهید و شمارهٔ آن را در حمایت ثبت کنید؛ تا آن زمان هزینهٔ این خدمات پرداخت نمی‌شود.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = { $missed } نوبت برنامه‌ریزی‌شدهٔ پشت سر هم بدون این خدمت گذشت ({ $scheduled } نوبت در این دوره).
    .help = با فرد و ارائه‌دهنده تماس بگیرید: وقفهٔ طولانی ممکن است به این معنا باشد که خدمت قطع شده و کسی متوجه نشده است.

## «خدمات من چطور پیش می‌رود»: سندی برای فرد دربارهٔ آنچه دریافت کرده، در کنار آنچه برنامه‌اش می‌گوید.

# The document's title. $name: the person's name.
services-title = خدمات من چطور پیش می‌رود: { $name }
services-heading = خدمات من چطور پیش می‌رود
# $from and $to: the first and last day of the period, already formatted.
services-intro = این صفحه نشان می‌دهد از { $from } تا { $to } از خدماتم چه دریافت کردم، در کنار آنچه برنامه‌ام می‌گوید.
services-plan-says = برنامه‌ام می‌گوید:
services-i-got = آنچه دریافت کردم:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }، { $count } بار
services-none-delivered = برای این دوره چیزی ثبت نشده است.
services-last = آخرین بار:
services-as-planned = این تقریباً همان چیزی است که برنامه‌ام می‌گوید.
services-below = این کمتر از چیزی است که برنامه‌ام می‌گوید.
services-above = این بیشتر از چیزی است که برنامه‌ام می‌گوید.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } بار پشت سر هم، خدمت در زمانی که برنامه‌ام می‌گوید نیامد.
services-none = برای این دوره هیچ خدمتی ثبت نشده است.
services-talk = اگر چیزی درست نیست، می‌توانم با هماهنگ‌کننده‌ی مراقبتم صحبت کنم. هر زمان بخواهم می‌توانم درخواست تغییر برنامه‌ام را بدهم.

## جدول استفاده از خدمات برای کارکنان: یک ردیف برای هر حمایت در طول دوره.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = خدمات از { $from } تا { $to }
utilization-col-support = حمایت
utilization-col-planned = طبق برنامه
utilization-col-delivered = ارائه‌شده
utilization-col-services = تعداد خدمات
utilization-col-authorization = مجوز
utilization-col-used = واحدهای مصرف‌شده
utilization-col-remaining = واحدهای باقی‌مانده
utilization-col-missed = طولانی‌ترین وقفه
utilization-not-tracked = در این سوابق نیست
utilization-findings = یافته‌ها
