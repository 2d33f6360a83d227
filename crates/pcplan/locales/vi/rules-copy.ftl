## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = Người này đã chọn không chia sẻ kế hoạch với người nhận này, nhưng một bản sao đã được đưa.
    .help = Báo cho người đó. Yêu cầu người nhận trả lại hoặc hủy bản sao, và làm theo quy trình bảo mật của cơ quan.
p9-copy-not-entitled = Người nhận này đã được đưa toàn bộ kế hoạch, kể cả những phần họ không được xem.
    .help = Đưa bản sao làm riêng cho họ. Báo cho người đó và làm theo quy trình bảo mật.
