## نتائج الفوترة (SV1–SV7): سجلات الخدمة مقارنةً بشروط الفوترة والتفويض.
## لكل رسالة سمة `.help` تشرح كيفية الإصلاح. الوسائط أعداد فقط، ولا تتضمن بيانات السجل أبداً.

services-unknown-support = يذكر هذا السجل دعماً ليست له شروط فوترة، لذلك لا تتم فوترته.
    .help = أضف شروط فوترة الدعم (رمز الإجراء، وحدة الخدمة، السعر)، أو صحّح معرّف الدعم في السجل.
services-outside-billing-period = قُدّمت هذه الخدمة خارج فترة الفوترة، لذلك ليست في هذه المطالبة.
    .help = قدّم فاتورتها مع الفترة التي قُدّمت فيها.
services-outside-authorization = تقع هذه الخدمة خارج تواريخ التفويض، لذلك لا تتم فوترتها.
    .help = اطلب من الخطة الصحية تمديد التفويض أو تجديده، أو صحّح تاريخ السجل.
services-units-capped = تمت فوترة { $billed } فقط من { $requested } وحدة: يسمح التفويض بـ { $authorized } وحدة إجمالاً.
    .help = اطلب وحدات إضافية من الخطة الصحية، أو قدّم فاتورة الباقي فقط إذا وافقت الخطة على الدفع بما يتجاوز التفويض.
services-units-above-authorization = تتم فوترة { $over } وحدة بما يتجاوز { $authorized } وحدة مفوّضة.
    .help = راجع الخطة الصحية قبل إرسال المطالبة: الوحدات التي تتجاوز التفويض تُرفض عادةً.
services-missing-minutes = لا يحتوي سجل هذه الخدمة المحسوبة بالوقت على دقائق ولا وحدات، لذلك لا تتم فوترته.
    .help = أضف عدد الدقائق التي استغرقتها الخدمة.
services-below-one-unit = لا تبلغ دقائق ذلك اليوم أي وحدة قابلة للفوترة.
    .help = إذا كان السجل صحيحاً فلا شيء يحتاج إلى إصلاح: وفق قاعدة التقريب لا يُفوتر الاتصال القصير.

## نتائج المتابعة (SM1–SM6): ما قُدّم مقارنةً بما تنص عليه الخطة. الوسائط أعداد.

monitor-not-in-plan = يذكر هذا السجل دعماً غير موجود في الخطة.
    .help = صحّح معرّف الدعم في السجل، أو أضف الخدمة إلى الخطة مع الشخص قبل تقديمها.
monitor-outside-support-dates = قُدّمت هذه الخدمة خارج تواريخ الدعم في الخطة.
    .help = صحّح تاريخ السجل، أو حدّث تواريخ الدعم في الخطة مع الشخص.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = لم يُقدَّم في هذه الفترة إلا { $percent }% مما تنص عليه الخطة.
    .help = اسأل الشخص ومقدّم الخدمة عمّا حال دون ذلك، وابحث عن طريقة لتعويض ما فات أو لتغيير الخطة مع الشخص.
monitor-above-plan = قُدّم في هذه الفترة { $percent }% مما تنص عليه الخطة.
    .help = تحقّق من صحة السجلات؛ وإذا كان الشخص يحتاج إلى المزيد، فحدّث الخطة (والتفويض) معه.
monitor-missing-authorization = قُدّمت خدمات برمز لا تدفع عنه الخطة الصحية إلا بتفويض، وليس لهذا الدعم أي تفويض.
    .help = اطلب التفويض من الخطة الصحية وسجّل رقمه في الدعم؛ وإلى ذلك الحين لا تُدفع هذه الخدمات.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = عدد المواعيد المجدولة المتتالية التي مرّت دون هذه الخدمة: { $missed } (عدد المواعيد المجدولة في الفترة: { $scheduled }).
    .help = تواصل مع الشخص ومقدّم الخدمة: قد تعني الفجوة الطويلة أن الخدمة توقفت دون أن يلاحظ أحد.

## "كيف تسير خدماتي": مستند للشخص عمّا حصل عليه، إلى جانب ما تنص عليه خطته.

# The document's title. $name: the person's name.
services-title = كيف تسير خدماتي: { $name }
services-heading = كيف تسير خدماتي
# $from and $to: the first and last day of the period, already formatted.
services-intro = تبيّن هذه الصفحة ما حصلت عليه من خدماتي في الفترة من { $from } إلى { $to }، إلى جانب ما تقوله خطتي.
services-plan-says = تقول خطتي:
services-i-got = ما حصلت عليه:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }، { $count ->
    [zero] { $count } مرة
    [one] مرة واحدة
    [two] مرتان
    [few] { $count } مرات
    [many] { $count } مرة
   *[other] { $count } مرة
    }
services-none-delivered = لا يوجد شيء مسجّل لهذه الفترة.
services-last = آخر مرة:
services-as-planned = هذا قريب مما تقوله خطتي.
services-below = هذا أقل مما تقوله خطتي.
services-above = هذا أكثر مما تقوله خطتي.
# $missed: how many scheduled times in a row went by without the service.
services-gap = لم تأتِ الخدمة في الوقت الذي تقوله خطتي { $missed ->
    [zero] { $missed } مرة
    [one] مرة واحدة
    [two] مرتين متتاليتين
    [few] { $missed } مرات متتالية
    [many] { $missed } مرة متتالية
   *[other] { $missed } مرة متتالية
    }.
services-none = لا توجد خدمات مسجّلة لهذه الفترة.
services-talk = إذا كان هناك شيء غير صحيح، يمكنني أن أتحدث مع منسق الرعاية الخاص بي. ويمكنني أن أطلب تغيير خطتي في أي وقت.

## جدول استخدام الخدمات للموظفين: صف واحد لكل دعم خلال الفترة.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = الخدمات من { $from } إلى { $to }
utilization-col-support = الدعم
utilization-col-planned = المخطط له
utilization-col-delivered = المقدَّم
utilization-col-services = عدد الخدمات
utilization-col-authorization = التفويض
utilization-col-used = الوحدات المستخدمة
utilization-col-remaining = الوحدات المتبقية
utilization-col-missed = أطول فجوة
utilization-not-tracked = غير موجود في هذه السجلات
utilization-findings = النتائج
