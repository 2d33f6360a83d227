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
