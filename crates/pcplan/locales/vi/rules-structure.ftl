## Structure and completeness findings (rules S1–S17): one message per problem, each with a `.help`
## attribute saying how to fix it. Written for the care coordinator, in plain words.
## Messages never include values from the plan; arguments are limits, counts and field names.

## S1
s1-family-name-missing = Thiếu họ của người đó.
    .help = Nhập họ đúng như trên thẻ phúc lợi của người đó.
s1-given-name-missing = Thiếu tên của người đó.
    .help = Nhập ít nhất một tên đúng như trên thẻ phúc lợi của người đó.
s1-identifier-missing = Kế hoạch không có số nhận dạng của người đó.
    .help = Thêm Số Chỉ Mục Khách Hàng (CIN) của Medi-Cal hoặc số Medicaid của người đó.
s1-identifier-empty = Số nhận dạng này không có giá trị.
    .help = Nhập giá trị của số nhận dạng, hoặc xóa mục này.

## S2
s2-end-before-start = Kế hoạch kết thúc trước khi bắt đầu.
    .help = Kiểm tra cả hai ngày. Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.

## S3
s3-no-goals = Kế hoạch không có mục tiêu nào.
    .help = Hỏi người đó họ muốn gì trong cuộc sống. Ghi lại từng mục tiêu, bằng lời của chính họ nếu có thể.
s3-goal-text-missing = Mục tiêu này không có nội dung.
    .help = Viết mục tiêu bằng lời lẽ đơn giản, hoặc xóa mục tiêu này.

## S4
s4-no-strength = Kế hoạch không nói người đó giỏi điều gì.
    .help = Hỏi người đó, và những người hiểu rõ họ, xem họ làm tốt điều gì và mọi người quý điều gì ở họ. Thêm vào phần điểm mạnh.
s4-no-preference = Kế hoạch không nói người đó thích hoặc muốn gì.
    .help = Hỏi người đó họ thích gì, không thích gì, và muốn mọi việc được làm như thế nào. Thêm vào phần sở thích.

## S5
s5-no-needs = Kế hoạch không có nhu cầu nào đã được đánh giá.
    .help = Thêm từng nhu cầu mà bản đánh giá tìm thấy, bằng lời lẽ đơn giản, và ghi rõ nó đến từ bản đánh giá nào.
s5-need-text-missing = Nhu cầu này không có nội dung.
    .help = Viết nhu cầu bằng lời lẽ đơn giản, hoặc xóa nhu cầu này.

## S6
s6-name-missing = Dịch vụ có trả tiền này không có tên.
    .help = Viết tên dịch vụ, đúng như trên giấy cho phép dịch vụ.
s6-provider-missing = Dịch vụ có trả tiền này không ghi ai cung cấp.
    .help = Viết tên cơ quan hoặc nhân viên cung cấp dịch vụ.
s6-quantity-missing = Dịch vụ có trả tiền này không ghi người đó được nhận bao nhiêu.
    .help = Viết số đơn vị người đó được nhận, ví dụ 20.
s6-quantity-not-positive = Lượng dịch vụ có trả tiền này phải lớn hơn không.
    .help = Viết số đơn vị người đó được nhận. So con số với giấy cho phép dịch vụ.
s6-unit-missing = Dịch vụ có trả tiền này không có đơn vị.
    .help = Chọn đơn vị để đếm lượng dịch vụ, ví dụ giờ, lần thăm hoặc chuyến đi.
s6-interval-missing = Dịch vụ có trả tiền này không ghi bao lâu một lần.
    .help = Chọn tần suất: mỗi ngày, tuần, tháng hoặc năm, một lần, hoặc khi cần.
s6-start-missing = Dịch vụ có trả tiền này không có ngày bắt đầu.
    .help = Viết ngày đầu tiên của dịch vụ, theo giấy cho phép dịch vụ.

## S7
s7-start-before-plan = Hỗ trợ này bắt đầu trước khi kế hoạch bắt đầu.
    .help = Kiểm tra ngày. Hỗ trợ có thể bắt đầu từ ngày đầu tiên của kế hoạch hoặc muộn hơn.
s7-start-after-plan = Hỗ trợ này bắt đầu sau khi kế hoạch kết thúc.
    .help = Kiểm tra ngày. Nếu hỗ trợ bắt đầu muộn hơn, hãy đưa nó vào kế hoạch tiếp theo.
s7-end-before-start = Hỗ trợ này kết thúc trước khi bắt đầu.
    .help = Kiểm tra cả hai ngày. Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.
s7-end-after-plan = Hỗ trợ này kết thúc sau khi kế hoạch kết thúc.
    .help = Cho hỗ trợ kết thúc vào ngày cuối của kế hoạch hoặc sớm hơn. Nếu hỗ trợ còn tiếp tục, hãy chuyển nó sang kế hoạch tiếp theo.
s7-end-before-plan = Hỗ trợ này kết thúc trước khi kế hoạch bắt đầu.
    .help = Kiểm tra ngày. Nếu hỗ trợ đã kết thúc, hãy xóa nó khỏi kế hoạch này.

## S8
s8-no-link = Hỗ trợ này không được liên kết với mục tiêu hay nhu cầu nào.
    .help = Liên kết các mục tiêu mà hỗ trợ này giúp đạt được, hoặc các nhu cầu mà nó đáp ứng. Nếu nó không giúp gì cho kế hoạch, hãy hỏi xem còn cần nó không.
s8-goal-not-found = Hỗ trợ này liên kết với một mục tiêu không có trong kế hoạch.
    .help = Liên kết với một mục tiêu có trong kế hoạch, hoặc xóa liên kết.
s8-need-not-found = Hỗ trợ này liên kết với một nhu cầu không có trong kế hoạch.
    .help = Liên kết với một nhu cầu có trong kế hoạch, hoặc xóa liên kết.

## S9
s9-goal-without-step-or-support = Mục tiêu này không có bước thực hiện và không có hỗ trợ.
    .help = Cùng người đó viết bước đầu tiên và ai sẽ làm, hoặc liên kết một hỗ trợ giúp cho mục tiêu này.

## S10
s10-no-natural-support = Kế hoạch không có hỗ trợ không trả tiền, như từ gia đình hoặc bạn bè.
    .help = Hỏi người đó ai giúp họ mà không nhận tiền, và thêm những người đó vào. Nếu không có ai, hãy đánh dấu là không tìm thấy.

## S11
s11-provider-missing = Hỗ trợ không trả tiền này không ghi ai giúp.
    .help = Viết tên người giúp, và họ quen biết người đó như thế nào.
s11-relationship-missing = Hỗ trợ không trả tiền này không ghi người giúp quen biết người đó như thế nào.
    .help = Viết mối quan hệ của họ, bằng lời của người đó, ví dụ chị em, hàng xóm hoặc bạn ở nhà thờ.

## S12
s12-mitigation-missing = Rủi ro này không có kế hoạch để giảm bớt.
    .help = Viết những gì người đó và nhóm sẽ làm để rủi ro này ít xảy ra hơn hoặc ít gây hại hơn.
s12-backup-plan-missing = Kế hoạch không có kế hoạch dự phòng.
    .help = Viết cần gọi cho ai, theo thứ tự nào, khi người giúp không đến hoặc có trường hợp khẩn cấp.
s12-backup-plan-missing-critical = Kế hoạch không có kế hoạch dự phòng, trong khi có những dịch vụ rất cần thiết cho sức khỏe hoặc sự an toàn của người đó.
    .help = Viết cần gọi cho ai, theo thứ tự nào, khi một dịch vụ rất cần thiết không đến. Phải làm việc này trước khi hoàn tất kế hoạch.

## S13
s13-setting-choice-missing = Kế hoạch không nói người đó đã chọn nơi ở như thế nào.
    .help = Viết người đó sống ở đâu, rằng họ đã chọn nơi đó, và những nơi khác họ đã cân nhắc.
s13-setting-not-chosen = Kế hoạch không cho thấy người đó đã tự chọn nơi ở.
    .help = Nói chuyện với người đó về nơi họ muốn sống. Ghi lại lựa chọn của họ.
s13-no-alternatives = Kế hoạch không liệt kê những nơi khác mà người đó đã cân nhắc để sống.
    .help = Viết những nơi khác người đó đã xem hoặc đã nói đến, kể cả những nơi không chỉ dành cho người khuyết tật.
s13-service-choice-missing = Kế hoạch không nói người đó có được chọn dịch vụ và nhà cung cấp hay không.
    .help = Ghi lại rằng người đó đã được cho chọn dịch vụ và nhà cung cấp, và họ đã chọn gì.
s13-services-not-offered = Người đó không được cho chọn dịch vụ, và kế hoạch không nói lý do.
    .help = Hãy cho người đó chọn dịch vụ. Nếu không có lựa chọn nào, hãy viết lý do.
s13-providers-not-offered = Người đó không được cho chọn nhà cung cấp, và kế hoạch không nói lý do.
    .help = Hãy cho người đó chọn nhà cung cấp. Nếu không có lựa chọn, ví dụ trong vùng chỉ có một nhà cung cấp, hãy viết lý do.

## S14
s14-no-plan-monitor = Kế hoạch không ghi ai kiểm tra việc thực hiện kế hoạch.
    .help = Ghi tên điều phối viên chăm sóc sẽ theo dõi kế hoạch, kèm số điện thoại của họ.

## S15
s15-right-missing = Giới hạn quyền này không nói nó giới hạn quyền nào của người đó.
    .help = Viết quyền nào bị giới hạn, ví dụ quyền có chìa khóa hoặc quyền ăn uống bất cứ lúc nào.
s15-item-missing = { $item ->
        [assessedNeed] Giới hạn quyền này không nói nó nhằm đáp ứng nhu cầu đã đánh giá nào.
        [priorInterventions] Giới hạn quyền này không nói những hỗ trợ tích cực nào đã được dùng trước.
        [lessIntrusiveMethods] Giới hạn quyền này không nói những cách nhẹ nhàng hơn nào đã được thử trước.
        [conditionDescription] Giới hạn quyền này không mô tả giới hạn là gì.
        [dataCollection] Giới hạn quyền này không nói dữ liệu sẽ được thu thập và xem xét như thế nào.
        [reviewTimeLimits] Giới hạn quyền này không nói khi nào sẽ được xem xét lại.
        [informedConsent] Giới hạn quyền này không cho thấy sự đồng ý có hiểu biết của người đó.
        [noHarmAssurance] Giới hạn quyền này không cam kết rằng nó sẽ không gây hại.
       *[other] Giới hạn quyền này thiếu một mục bắt buộc.
    }
    .help = Cùng người đó và nhóm điền vào mục này. Một giới hạn quyền chỉ được đưa vào kế hoạch khi cả tám mục đều được ghi lại.

## S16
s16-ecm-section-missing = Kế hoạch không có phần Quản Lý Chăm Sóc Tăng Cường (ECM).
    .help = Thêm phần ECM, với Người Quản Lý Chăm Sóc Chính và các lĩnh vực chăm sóc mà kế hoạch bao gồm.
s16-domain-missing = { $domain ->
        [physical] Kế hoạch chăm sóc không bao gồm sức khỏe thể chất.
        [behavioral] Kế hoạch chăm sóc không bao gồm sức khỏe hành vi.
        [substance-use] Kế hoạch chăm sóc không bao gồm việc sử dụng chất gây nghiện.
        [ltss] Kế hoạch chăm sóc không bao gồm các dịch vụ và hỗ trợ dài hạn (LTSS).
        [oral] Kế hoạch chăm sóc không bao gồm sức khỏe răng miệng.
        [palliative] Kế hoạch chăm sóc không bao gồm chăm sóc giảm nhẹ.
        [social-needs] Kế hoạch chăm sóc không bao gồm các nhu cầu xã hội, như thực phẩm và nhà ở.
       *[other] Kế hoạch chăm sóc không bao gồm một lĩnh vực chăm sóc.
    }
    .help = Nói chuyện với hội viên về lĩnh vực này. Thêm nhu cầu, mục tiêu hoặc hỗ trợ, và ghi lĩnh vực này là đã bao gồm.

## S17
s17-housing-plan-missing = Kế hoạch không có Kế Hoạch Hỗ Trợ Nhà Ở.
    .help = Cùng người đó viết Kế Hoạch Hỗ Trợ Nhà Ở: điều gì khiến việc có nhà ở trở nên khó khăn, và các mục tiêu ngắn hạn và dài hạn.
s17-no-barriers = Kế Hoạch Hỗ Trợ Nhà Ở không liệt kê điều gì khiến việc có nhà ở khó khăn với người đó.
    .help = Viết những trở ngại trong việc tìm hoặc giữ nhà ở, ví dụ không có giấy tờ tùy thân hoặc từng bị đuổi nhà.
s17-no-short-term-goal = Kế Hoạch Hỗ Trợ Nhà Ở không có mục tiêu ngắn hạn.
    .help = Viết một mục tiêu nhà ở cho vài tuần tới, và cách quý vị sẽ đo lường.
s17-no-long-term-goal = Kế Hoạch Hỗ Trợ Nhà Ở không có mục tiêu dài hạn.
    .help = Viết một mục tiêu nhà ở cho năm tới, và cách quý vị sẽ đo lường.
s17-goal-text-missing = Mục tiêu nhà ở này không có nội dung.
    .help = Viết mục tiêu bằng lời lẽ đơn giản, hoặc xóa mục tiêu này.
