## Findings of the process and consent rules (P1–P8) and the review rules (R1–R3).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits and counts.

## P1
p1-person-signature-missing = Kế hoạch đang có hiệu lực, nhưng người đó chưa ký.
    .help = Hãy mời người đó ký vào kế hoạch và ghi lại ngày ký. Người đại diện hợp pháp có thể ký thay. Nếu người đó không thể ký, hãy ghi lại lý do.
p1-person-signature-undated = Chữ ký của người đó không có ngày.
    .help = Ghi lại ngày người đó (hoặc người đại diện của họ) ký kế hoạch.
p1-unable-to-sign-reason-missing = Kế hoạch ghi rằng người đó không thể ký, nhưng không ghi lý do.
    .help = Ghi lại vì sao người đó không thể ký, và ai đã chứng kiến.
p1-provider-signature-missing = Chưa có nhà cung cấp nào ký kế hoạch.
    .help = Mời mỗi nhà cung cấp thực hiện một phần của kế hoạch ký vào, và ghi lại ngày ký.
p1-provider-signature-undated = Chữ ký của nhà cung cấp không có ngày.
    .help = Ghi lại ngày nhà cung cấp ký kế hoạch.

## P2
p2-signature-in-future = Chữ ký này ghi một ngày trong tương lai.
    .help = Kiểm tra ngày trên trang đã ký và sửa lại.
p2-signature-before-meeting = Chữ ký này ghi ngày trước buổi họp lập kế hoạch gần nhất.
    .help = Kiểm tra ngày. Nếu ngày đúng, hãy mời người ký đọc kế hoạch từ buổi họp gần nhất và ký lại.

## P3
p3-content-changed-after-signing = Kế hoạch đã thay đổi sau khi người này ký.
    .help = Cùng người đó và tất cả những người đã ký xem lại các thay đổi, và mời họ ký lại. Nếu thay đổi là do nhầm lẫn, hãy hoàn tác.

## P4
p4-conflict-without-exception = Người lập kế hoạch có xung đột lợi ích với một nhà cung cấp, và không có ngoại lệ nào được ghi lại.
    .help = Ghi lại ngoại lệ đã được chấp thuận và cách bảo vệ người đó. Nếu không có ngoại lệ, hãy để một người lập kế hoạch khác viết kế hoạch.

## P5
p5-no-copy-to-person = Kế hoạch không cho thấy người đó đã nhận được bản sao.
    .help = Đưa cho người đó một bản sao kế hoạch của họ, bằng ngôn ngữ và định dạng của họ, và ghi lại ngày đưa.
p5-not-offered-for-review = Người đó chưa được mời xem lại và sửa đổi bản sao của mình.
    .help = Mời người đó đọc và sửa đổi bản sao, và ghi lại rằng quý vị đã làm việc này.
p5-no-copy-to-representative = Người đại diện này chưa được nhận bản sao kế hoạch.
    .help = Khi người đó đồng ý, hãy đưa cho người đại diện của họ một bản sao và ghi lại.
p5-no-copy-to-provider = Nhà cung cấp này chưa được nhận bản sao kế hoạch.
    .help = Khi người đó đồng ý, hãy đưa cho mỗi nhà cung cấp thực hiện kế hoạch một bản sao và ghi lại.

## P6
p6-copy-not-in-written-language = Bản sao của người đó không bằng ngôn ngữ họ đọc.
    .help = Đưa cho người đó một bản bằng ngôn ngữ họ muốn đọc. Nếu họ đã chọn ngôn ngữ khác, hãy ghi lại điều đó.
p6-copy-not-in-requested-format = Bản sao của người đó không theo định dạng họ yêu cầu.
    .help = Đưa cho người đó một bản in chữ lớn, bản âm thanh, chữ nổi Braille hoặc định dạng họ yêu cầu. Nếu họ đã chọn định dạng khác, hãy ghi lại điều đó.
p6-text-not-in-written-language = Đoạn này không bằng ngôn ngữ người đó đọc.
    .help = Nhờ một biên dịch viên có trình độ thêm bản dịch sang ngôn ngữ của người đó.

## P7
p7-time-place-not-chosen = Kế hoạch không cho thấy người đó đã chọn thời gian và địa điểm họp.
    .help = Hỏi người đó muốn họp khi nào và ở đâu, và ghi lại rằng họ đã chọn.
p7-attendee-not-invited = Có người đến dự họp mà không được người đó mời.
    .help = Hỏi người đó muốn ai có mặt trong các buổi họp của họ. Nếu người này có thẩm quyền pháp lý, chẳng hạn như người giám hộ, hãy ghi lại điều đó.

## P8
p8-interpreter-not-qualified = Thông dịch viên của buổi họp không được ghi là có trình độ.
    .help = Hãy dùng một thông dịch viên có trình độ ở buổi họp tới, và ghi lại điều đó.
p8-interpreter-minor = Một trẻ em đã làm thông dịch trong buổi họp.
    .help = Đừng nhờ trẻ em thông dịch. Hãy dùng một thông dịch viên người lớn có trình độ ở buổi họp tới.

## R1
r1-next-review-missing = Kế hoạch không có ngày xem lại lần tới.
    .help = Đặt ngày xem lại lần tới, không quá 12 tháng sau lần xem lại trước.
r1-next-review-too-late = Lần xem lại tới cách lần trước hơn { $months } tháng.
    .help = Dời lần xem lại tới để không quá { $months } tháng sau lần trước.
r1-review-overdue = Đã quá hạn xem lại kế hoạch.
    .help = Sớm cùng người đó xem lại kế hoạch, rồi ghi lại các ngày xem lại mới.

## R2
r2-no-review-after-change = Cuộc sống của người đó có thay đổi lớn, và kế hoạch chưa được xem lại từ đó.
    .help = Nói chuyện với người đó về thay đổi này và cùng nhau xem lại kế hoạch. Sau đó ghi lại bản sửa đổi.

## R3
r3-update-request-not-answered = Người đó đã yêu cầu thay đổi kế hoạch, nhưng kế hoạch chưa được sửa đổi trong vòng { $days } ngày.
    .help = Gặp người đó để nói về điều họ muốn thay đổi, cùng nhau sửa đổi kế hoạch, và ghi lại bản sửa đổi.
