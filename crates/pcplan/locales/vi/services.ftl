## Kết quả lập hóa đơn (SV1–SV7): hồ sơ dịch vụ so với điều kiện lập hóa đơn và giấy cho phép.
## Mỗi thông điệp có thuộc tính `.help` cho biết cách sửa. Đối số chỉ là số đếm, không bao giờ là dữ liệu của hồ sơ.

services-unknown-support = Hồ sơ này ghi một hỗ trợ không có điều kiện lập hóa đơn, nên không được tính tiền.
    .help = Thêm điều kiện lập hóa đơn của hỗ trợ (mã thủ thuật, đơn vị dịch vụ, giá), hoặc sửa id hỗ trợ trong hồ sơ.
services-outside-billing-period = Dịch vụ này được cung cấp ngoài kỳ lập hóa đơn, nên không có trong yêu cầu thanh toán này.
    .help = Tính tiền dịch vụ này cùng với kỳ mà dịch vụ được cung cấp.
services-outside-authorization = Dịch vụ này nằm ngoài các ngày của giấy cho phép, nên không được tính tiền.
    .help = Đề nghị chương trình bảo hiểm sức khỏe gia hạn hoặc cấp lại giấy cho phép, hoặc sửa ngày của hồ sơ.
services-units-capped = Chỉ tính { $billed } trong { $requested } đơn vị: giấy cho phép chỉ cho tổng cộng { $authorized } đơn vị.
    .help = Xin thêm đơn vị từ chương trình bảo hiểm, hoặc chỉ tính phần còn lại nếu chương trình đồng ý trả vượt giấy cho phép.
services-units-above-authorization = Tính { $over } đơn vị vượt quá { $authorized } đơn vị được cho phép.
    .help = Hỏi chương trình bảo hiểm trước khi gửi yêu cầu: các đơn vị vượt giấy cho phép thường bị từ chối.
services-missing-minutes = Hồ sơ của dịch vụ tính theo thời gian này không có số phút cũng không có đơn vị, nên không được tính tiền.
    .help = Ghi dịch vụ kéo dài bao nhiêu phút.
services-below-one-unit = Số phút của ngày đó không đủ cho một đơn vị tính tiền nào.
    .help = Nếu hồ sơ đúng thì không cần sửa gì: theo quy tắc làm tròn, một lần liên hệ ngắn không được tính tiền.

## Kết quả theo dõi (SM1–SM6): dịch vụ đã cung cấp so với điều kế hoạch ghi. Đối số là số đếm.

monitor-not-in-plan = Hồ sơ này ghi một hỗ trợ không có trong kế hoạch.
    .help = Sửa id hỗ trợ trong hồ sơ, hoặc cùng người đó thêm dịch vụ vào kế hoạch trước khi cung cấp.
monitor-outside-support-dates = Dịch vụ này được cung cấp ngoài các ngày của hỗ trợ trong kế hoạch.
    .help = Sửa ngày của hồ sơ, hoặc cùng người đó cập nhật các ngày của hỗ trợ trong kế hoạch.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = Trong kỳ này chỉ cung cấp được { $percent }% so với kế hoạch.
    .help = Hỏi người đó và nhà cung cấp điều gì đã cản trở, rồi tìm cách bù lại hoặc cùng người đó thay đổi kế hoạch.
monitor-above-plan = Trong kỳ này đã cung cấp { $percent }% so với kế hoạch.
    .help = Kiểm tra xem hồ sơ có đúng không; nếu người đó cần nhiều hơn, hãy cùng họ cập nhật kế hoạch (và giấy cho phép).
monitor-missing-authorization = Dịch vụ được cung cấp theo một mã mà chương trình bảo hiểm sức khỏe chỉ trả khi có giấy cho phép, nhưng hỗ trợ này không có giấy cho phép.
    .help = Xin giấy cho phép từ chương trình bảo hiểm sức khỏe và ghi số giấy vào hỗ trợ; cho đến lúc đó, các dịch vụ này không được trả tiền.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = Đã qua { $missed } lần theo lịch liên tiếp mà không có dịch vụ này ({ $scheduled } lần theo lịch trong kỳ).
    .help = Liên hệ với người đó và nhà cung cấp: một khoảng trống dài có thể có nghĩa là dịch vụ đã ngừng mà không ai nhận ra.

## "Các dịch vụ của tôi đang diễn ra thế nào": tài liệu cho người đó về những gì họ đã nhận, bên cạnh điều kế hoạch của họ ghi.

# The document's title. $name: the person's name.
services-title = Các dịch vụ của tôi đang diễn ra thế nào: { $name }
services-heading = Các dịch vụ của tôi đang diễn ra thế nào
# $from and $to: the first and last day of the period, already formatted.
services-intro = Trang này cho thấy những gì tôi đã nhận được từ các dịch vụ của mình từ { $from } đến { $to }, bên cạnh điều kế hoạch của tôi ghi.
services-plan-says = Kế hoạch của tôi ghi:
services-i-got = Những gì tôi đã nhận:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count } lần
services-none-delivered = Không có gì được ghi lại trong thời gian này.
services-last = Lần gần nhất:
services-as-planned = Điều này gần đúng với kế hoạch của tôi.
services-below = Điều này ít hơn kế hoạch của tôi.
services-above = Điều này nhiều hơn kế hoạch của tôi.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } lần liên tiếp, dịch vụ đã không đến vào lúc kế hoạch của tôi ghi.
services-none = Không có dịch vụ nào được ghi lại trong thời gian này.
services-talk = Nếu có điều gì không đúng, tôi có thể nói chuyện với điều phối viên chăm sóc của tôi. Tôi có thể yêu cầu thay đổi kế hoạch của mình bất cứ lúc nào.

## Bảng sử dụng dịch vụ cho nhân viên: mỗi hỗ trợ một dòng trong kỳ.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = Dịch vụ từ { $from } đến { $to }
utilization-col-support = Hỗ trợ
utilization-col-planned = Theo kế hoạch
utilization-col-delivered = Đã cung cấp
utilization-col-services = Số lần dịch vụ
utilization-col-authorization = Giấy cho phép
utilization-col-used = Đơn vị đã dùng
utilization-col-remaining = Đơn vị còn lại
utilization-col-missed = Khoảng trống dài nhất
utilization-not-tracked = không có trong các hồ sơ này
utilization-findings = Kết quả kiểm tra
