## Findings of the rules on text written about and for the person (T1–T6).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits, counts, and phrases and suggestions from pcplan's own lexicon.

## T1
t1-legal-name-used = Đoạn này dùng tên pháp lý của người đó, không phải tên họ muốn được gọi.
    .help = Ở đây, hãy dùng tên mà người đó muốn được gọi. Chỉ dùng tên pháp lý trong phần nhận dạng.
t1-other-pronouns = Đoạn này dùng đại từ không phải của người đó.
    .help = Hãy dùng đại từ của chính người đó. Nếu đại từ nói về người khác thì có thể giữ nguyên.

## T2
t2-goal-not-in-own-words = Mục tiêu này không được viết bằng lời của chính người đó.
    .help = Hãy hỏi người đó muốn gì và ghi lại đúng như họ nói. Nếu họ nói với sự giúp đỡ, hãy ghi rõ điều đó.

## T3
t3-reading-grade-too-high = Đoạn này có mức đọc khoảng lớp { $grade }. Hãy nhắm tới lớp { $target } hoặc thấp hơn.
    .help = Dùng câu ngắn và từ ngữ hằng ngày. Nói rõ ai làm gì.
t3-unexplained-acronym = Đoạn này dùng một chữ viết tắt không được giải thích ở đâu trong kế hoạch.
    .help = Lần đầu tiên, hãy viết đầy đủ các từ, rồi để chữ viết tắt trong ngoặc đơn phía sau.

## T4
t4-deficit-language = Đoạn này dùng từ “{ $avoid }”, có thể nghe như dán nhãn hoặc đổ lỗi.
    .help = Thay vào đó, hãy thử: { $suggest }. Hoặc kể lại điều đã xảy ra bằng lời lẽ đơn giản.

## T5
t5-own-words-third-person = Đây phải là lời của chính người đó, nhưng lại nói về họ là “anh ấy”, “cô ấy” hoặc gọi bằng tên.
    .help = Ghi lại đúng những gì người đó nói, ví dụ “Tôi muốn…”. Để phần tóm tắt của nhóm trong câu mục tiêu.
t5-institutional-label = Đoạn này gọi người đó là “thân chủ” hoặc một danh xưng tương tự.
    .help = Thay vào đó, hãy dùng tên mà người đó muốn được gọi.

## T6
t6-translation-not-reviewed = Các tiêu đề và nhãn của kế hoạch bằng ngôn ngữ của người đó chưa được một biên dịch viên có trình độ kiểm tra.
    .help = Hãy nhờ một biên dịch viên có trình độ xem lại và ghi lại việc xem lại đó. Cho đến lúc đó, hãy cùng người đó và một thông dịch viên xem qua kế hoạch.
t6-no-locale = pcplan chưa có ngôn ngữ của người đó, nên các tiêu đề và nhãn của kế hoạch sẽ bằng tiếng Anh.
    .help = Hãy thêm ngôn ngữ của người đó vào pcplan, hoặc đưa cho người đó một bản do biên dịch viên có trình độ dịch.
