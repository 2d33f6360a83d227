## The plan document (Markdown, HTML and PDF). The plan speaks in the person's voice: "my", "I", "me".
## Labels end with their own punctuation (a colon in English), because languages differ in how they punctuate.
## Values inserted into messages are already formatted: dates and numbers for the document's language.
## Vietnamese: the plan speaks as "tôi"; Vietnamese has only the plural category "other".

## Document frame

# Title of the document. $name: the name the person wants to be called.
plan-title = Kế hoạch lấy cá nhân làm trung tâm của tôi: { $name }
# Title of the HTML page (shown in the browser tab). $name: the person's preferred name.
html-title = { $name }: kế hoạch lấy cá nhân làm trung tâm của tôi
# Running page header (PDF). $name: preferred name; $version: the plan version number.
running-header = { $name }, kế hoạch lấy cá nhân làm trung tâm, phiên bản { $version }
# Running page footer (PDF). $page: current page number; $pages: number of pages.
running-footer = Trang { $page } / { $pages }
# Below the title. $version: plan version; $start and $end: formatted dates.
plan-period = Phiên bản { $version } của kế hoạch của tôi. Kế hoạch có hiệu lực từ { $start } đến { $end }.
# Below the title, for a plan with no end date. $version: plan version; $start: formatted date.
plan-period-open = Phiên bản { $version } của kế hoạch của tôi. Kế hoạch có hiệu lực từ { $start }.
label-latest-change = Những gì đã thay đổi trong phiên bản này:
changes-heading = Những thay đổi kể từ phiên bản trước
# Shown where a table cell has nothing recorded.
not-recorded = Chưa ghi lại

## About me

about-me-heading = Về tôi
label-preferred-name = Tên tôi muốn được gọi:
label-pronouns = Đại từ của tôi:
# One standard set of pronouns, named in this language. $set: he, she or they (singular).
pronoun-set = { $set ->
    [he] anh ấy
    [she] cô ấy
   *[they] người ấy (không chỉ rõ giới tính)
}
label-identity-language = Cách tôi muốn được mô tả:
# $preference: person-first, identity-first or no-preference.
identity-preference = { $preference ->
    [person-first] nói về con người trước (ví dụ: “một người có khuyết tật”)
    [identity-first] nói về bản sắc trước (ví dụ: “một người khuyết tật”)
   *[other] không có ưu tiên
}
label-identity-terms = Những từ tôi dùng để nói về bản thân:
label-languages = Ngôn ngữ của tôi:
# $spoken and $written: names of languages (from the "language" message).
languages-spoken-written = Tôi nói { $spoken }. Tôi đọc và viết { $written }.
# $languages: the languages (a list) the person needs an interpreter into.
interpreter-needed-for = Khi buổi họp diễn ra bằng ngôn ngữ khác, tôi cần thông dịch viên { $languages }.
# A language with how well the person uses it. $language: its name; $proficiency: excellent, good, fair or poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] rất tốt
    [good] tốt
    [fair] tạm được
   *[poor] một chút
})
label-residence = Nơi tôi sống hiện nay:
# $kind: the kind of place.
residence-kind = { $kind ->
    [own-home] ở nhà riêng của tôi
    [with-family-or-friends] với gia đình hoặc bạn bè
    [shelter] ở nơi tạm trú
    [domestic-violence-shelter] ở một nơi tạm trú an toàn
    [transitional-housing] ở nhà ở chuyển tiếp
    [recuperative-care] ở nơi chăm sóc phục hồi
    [supportive-housing] ở nhà ở có hỗ trợ
    [group-home] ở nhà tập thể (group home)
    [assisted-living] ở cơ sở sống có trợ giúp (assisted living)
    [nursing-facility] ở cơ sở điều dưỡng
    [hospital] ở bệnh viện
    [incarcerated] ở trại giam hoặc nhà tù
    [unsheltered] không có chỗ ở
   *[other] ở một nơi khác
}
# $date: a date.
residence-since = từ { $date }
label-name-as-written = Tên tôi theo cách tôi viết:
label-formats = Tôi cần tài liệu dưới dạng:
label-birth-date = Ngày sinh của tôi:
label-legal-name = Tên pháp lý của tôi (để nhận dạng):
# $type: the kind of identifier.
identifier-type = { $type ->
    [medicaid-number] Số Medi-Cal của tôi (CIN):
    [state-id] Số thẻ căn cước tiểu bang của tôi:
    [medical-record-number] Số hồ sơ y tế của tôi:
    [member-id] Số hội viên chương trình bảo hiểm sức khỏe của tôi:
   *[other] Số nhận dạng của tôi:
}
representatives-heading = Những người giúp tôi ra quyết định
# $kind: the kind of representative.
representative-kind = { $kind ->
    [guardian] người giám hộ của tôi
    [conservator] người bảo hộ (conservator) của tôi
    [authorized-representative] người đại diện được ủy quyền của tôi
    [power-of-attorney] người được tôi ủy quyền theo giấy ủy quyền
    [supported-decision-maker] người hỗ trợ tôi ra quyết định
   *[other] người đại diện của tôi
}
# $applies: always, when-person-cannot-decide or conditional. Conditions in the person's words may follow.
representative-authority = { $applies ->
    [always] Người này có thẩm quyền pháp lý để ra quyết định thay tôi.
    [when-person-cannot-decide] Người này có thẩm quyền pháp lý để ra quyết định thay tôi, chỉ khi tôi không thể tự quyết định.
   *[conditional] Người này có thẩm quyền pháp lý để ra quyết định thay tôi trong những điều kiện sau:
}
label-authority-areas = Về các việc:

## Languages and formats

# The name of a language in English. $code: a language code such as "es" or "zh-Hant".
language = { $code ->
    [en] tiếng Anh
    [es] tiếng Tây Ban Nha
    [zh-Hant] tiếng Trung (phồn thể)
    [zh-Hans] tiếng Trung (giản thể)
    [zh] tiếng Trung
    [yue] tiếng Quảng Đông
    [cmn] tiếng Quan Thoại
    [vi] tiếng Việt
    [ko] tiếng Hàn
    [tl] tiếng Tagalog
    [fil] tiếng Filipino
    [hy] tiếng Armenia
    [hyw] tiếng Tây Armenia
    [ru] tiếng Nga
    [fa] tiếng Ba Tư (Farsi)
    [ar] tiếng Ả Rập
    [km] tiếng Khmer (Campuchia)
    [hmn] tiếng Hmông
    [mww] tiếng Hmông
    [pa] tiếng Punjab
    [hi] tiếng Hindi
    [ja] tiếng Nhật
    [th] tiếng Thái
    [lo] tiếng Lào
    [uk] tiếng Ukraina
    [ium] tiếng Miền (Mien)
   *[other] { $code }
}
# $format: a document format.
document-format = { $format ->
    [standard-print] bản in thường
    [large-print] bản in chữ lớn
    [audio] bản âm thanh
    [braille] chữ nổi Braille
   *[accessible-electronic] bản điện tử dễ tiếp cận
}

## Who I am

like-and-admire-heading = Những điều mọi người quý mến và ngưỡng mộ ở tôi
important-to-heading = Những điều quan trọng với tôi
how-to-support-heading = Cách hỗ trợ tôi
more-about-me-heading = Điểm mạnh, sở thích và tài năng của tôi
strengths-heading = Điểm mạnh của tôi
interests-heading = Sở thích của tôi
talents-heading = Tài năng của tôi
preferences-heading = Những điều tôi ưa thích
needs-heading = Những việc tôi cần được giúp
# $category: the category of an assessed need.
need-category = { $category ->
    [physical-health] Sức khỏe thể chất của tôi:
    [oral-health] Răng và miệng của tôi:
    [behavioral-health] Sức khỏe tâm thần của tôi:
    [substance-use] Rượu bia và ma túy:
    [daily-living] Sinh hoạt hằng ngày:
    [housing] Nhà ở:
    [food] Thức ăn:
    [transportation] Đi lại:
    [social] Mọi người và cộng đồng:
    [financial] Tiền bạc và phúc lợi:
    [employment] Việc làm:
    [education] Học tập:
    [communication] Giao tiếp:
    [safety] An toàn:
    [end-of-life] Chuẩn bị cho cuối đời:
   *[other] Khác:
}

## Goals

goals-heading = Mục tiêu của tôi
# $number: the goal's number in the plan.
goal-heading = Mục tiêu { $number }
# Before the goal in the person's own words. $expressed: who expressed it.
own-words-intro = { $expressed ->
    [person] Bằng lời của chính tôi:
    [person-with-support] Bằng lời của chính tôi, có người giúp:
    [representative] Theo lời người đại diện của tôi:
   *[team] Theo cách nhóm của tôi viết:
}
own-words-translation-intro = Bản dịch:
label-goal-statement = Mục tiêu của tôi:
label-target-date = Khi nào tôi hy vọng đạt được:
label-goal-status = Tình trạng hiện nay:
# $status: the goal's status.
goal-status = { $status ->
    [proposed] Chưa bắt đầu
    [active] Đang thực hiện
    [achieved] Đã đạt được
    [on-hold] Tạm dừng, theo lựa chọn của tôi
   *[discontinued] Tôi không còn muốn mục tiêu này
}
steps-heading = Các bước hướng tới mục tiêu này
step-by-me = Tôi tự làm việc này
# $names: the team members (a list) the person does the step with.
step-by-me-with = Tôi làm việc này cùng với { $names }
# $who: the name of the team member who helps.
step-who = { $who } giúp
step-who-unknown = chưa ghi ai giúp
# $names: the team members (a list) who do the step together with the person.
step-together-with = cùng với { $names }
# $date: a formatted date.
step-by-date = trước { $date }
step-done = đã xong
goal-supports-heading = Những hỗ trợ giúp cho mục tiêu này

## Supports

supports-heading = Các hỗ trợ của tôi
paid-supports-heading = Dịch vụ có trả tiền
paid-supports-caption = Các dịch vụ có trả tiền trong kế hoạch của tôi
natural-supports-heading = Hỗ trợ từ gia đình, bạn bè và cộng đồng
natural-supports-caption = Hỗ trợ không trả tiền từ những người trong cuộc sống của tôi
natural-supports-none = Nhóm của tôi và tôi đã tìm kiếm sự hỗ trợ không trả tiền từ gia đình, bạn bè và cộng đồng, và hiện chưa tìm được.
col-support = Hỗ trợ
col-provider = Ai cung cấp
col-amount = Bao nhiêu và bao lâu một lần
col-dates = Khi nào
col-location = Ở đâu
col-how-i-want-it = Cách tôi muốn nhận
# The table of codes and approvals, only in copies for a provider or the health plan (the person's copy names
# services in plain words).
billing-heading = Mã dịch vụ và giấy cho phép
billing-caption = Dành cho các nhà cung cấp và chương trình bảo hiểm sức khỏe của tôi: mã và sự chấp thuận cho các dịch vụ có trả tiền của tôi
col-service-code = Mã dịch vụ
col-authorization = Giấy cho phép
col-authorized-units = Số đơn vị được cho phép
col-rate = Mức giá mỗi đơn vị
# A rate per unit. $rate: the number; $currency: its ISO 4217 code, such as USD.
# A no-break space joins the two, as in CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Nơi cung cấp dịch vụ:
self-directed = Tôi tự điều hành dịch vụ này.
# How much support and how often. $count: the number, for choosing singular or plural; $quantity: the same
# number formatted for the language; $unit: the unit of service; $interval: how often (or "none").
support-amount =
    { $unit ->
        [minute] { $quantity } phút
        [quarter-hour] { $quantity } đơn vị 15 phút
        [hour] { $quantity } giờ
        [half-day] { $quantity } buổi (nửa ngày)
        [day] { $quantity } ngày
        [visit] { $quantity } lần thăm
        [session] { $quantity } buổi
        [meal] { $quantity } bữa ăn
        [trip] { $quantity } chuyến đi
        [mile] { $quantity } dặm
        [dollar] { $quantity } đô la
       *[item] { $quantity } món
    }{ $interval ->
        [day] {" "}mỗi ngày
        [week] {" "}mỗi tuần
        [month] {" "}mỗi tháng
        [year] {" "}mỗi năm
        [one-time] , một lần
        [as-needed] , khi tôi yêu cầu
       *[none] {""}
    }
# How often, when no amount is recorded. $interval: how often.
support-interval-only = { $interval ->
    [day] Mỗi ngày
    [week] Mỗi tuần
    [month] Mỗi tháng
    [year] Mỗi năm
    [one-time] Một lần
   *[as-needed] Khi tôi yêu cầu
}
# $start and $end: formatted dates.
date-range = { $start } đến { $end }
# $start: a formatted date.
date-from = Từ { $start }

## Safety

safety-heading = Những rủi ro tôi chọn chấp nhận và cách chúng tôi giữ an toàn cho tôi
risks-caption = Rủi ro, lựa chọn của tôi, và cách chúng tôi giữ an toàn
col-risk = Rủi ro
col-my-choice = Lựa chọn của tôi
col-stay-safe = Cách chúng tôi giữ an toàn
backup-plan-heading = Kế hoạch dự phòng của tôi
backup-contacts-intro = Gọi cho những người này, theo thứ tự:
# Heading of the backup plans of single supports ("if my ride does not come").
support-backups-heading = Nếu một trong các hỗ trợ của tôi không đến
emergency-contacts-heading = Người liên lạc khẩn cấp của tôi

## Setting and choice

setting-heading = Nơi tôi sống và các lựa chọn của tôi
label-setting = Nơi tôi sống:
# $setting: the kind of place.
setting-type = { $setting ->
    [own-home] Nhà riêng của tôi
    [family-home] Nhà của gia đình tôi
    [supportive-housing] Nhà ở có hỗ trợ
    [shared-living] Nhà ở chung
    [residential-facility] Cơ sở chăm sóc nội trú
    [unhoused] Nơi tạm trú hoặc không có địa chỉ cố định
   *[other] Một nơi khác
}
setting-chosen = Tôi đã tự chọn nơi tôi sống.
setting-not-chosen = Tôi không tự chọn nơi tôi sống.
alternatives-heading = Những nơi khác tôi đã cân nhắc
services-offered = Tôi đã được cho chọn dịch vụ.
services-not-offered = Tôi không được cho chọn dịch vụ.
services-selected = Tôi đã cùng chọn các dịch vụ của mình.
services-not-selected = Tôi đã không cùng chọn các dịch vụ của mình.
providers-offered = Tôi đã được cho chọn ai cung cấp từng dịch vụ.
providers-not-offered = Tôi không được cho chọn ai cung cấp các dịch vụ của tôi.
providers-informed = Tôi đã có đủ thông tin cần thiết để chọn nhà cung cấp.
providers-not-informed = Tôi đã không có đủ thông tin cần thiết để chọn nhà cung cấp.
services-agree = Tôi đồng ý với các dịch vụ trong kế hoạch của tôi.
services-not-agree = Tôi không đồng ý với tất cả các dịch vụ trong kế hoạch của tôi.
label-reason-not-offered = Lý do tôi không được lựa chọn:

## Modifications of my rights

modifications-heading = Những thay đổi về quyền của tôi tại nơi tôi sống
modifications-intro = Một quyền chỉ có thể bị giới hạn vì một lý do được ghi ở đây, khi có sự đồng ý của tôi, và được xem lại theo lịch.
# $number: the number of the change.
modification-heading = Thay đổi { $number }
label-right-modified = Quyền bị giới hạn:
# $item: one of the eight items the law requires for each change.
modification-item = { $item ->
    [assessed-need] Nhu cầu dẫn đến thay đổi này:
    [prior-interventions] Những gì chúng tôi đã thử trước:
    [less-intrusive-methods] Những cách ít giới hạn hơn chúng tôi đã thử, và vì sao chúng không hiệu quả:
    [condition-description] Giới hạn cụ thể là gì:
    [data-collection] Cách chúng tôi kiểm tra xem nó có hiệu quả không:
    [review-time-limits] Khi nào chúng tôi xem lại:
    [informed-consent] Sự đồng ý của tôi:
   *[no-harm-assurance] Cách chúng tôi bảo đảm nó không gây hại cho tôi:
}

## Programs

ecm-heading = Quản Lý Chăm Sóc Tăng Cường (ECM) của tôi
label-lead-care-manager = Người Quản Lý Chăm Sóc Chính của tôi:
label-assessment-date = Ngày tôi được đánh giá:
label-care-domains = Kế hoạch của tôi bao gồm:
# $domain: an ECM care domain.
care-domain = { $domain ->
    [physical] sức khỏe thể chất
    [behavioral] sức khỏe tâm thần
    [substance-use] sử dụng rượu bia và ma túy
    [ltss] các dịch vụ và hỗ trợ dài hạn
    [oral] sức khỏe răng miệng
    [palliative] chăm sóc giảm nhẹ (giúp tôi dễ chịu hơn)
   *[social-needs] nhà ở, thức ăn và các nhu cầu hằng ngày khác
}
housing-heading = Kế hoạch hỗ trợ nhà ở của tôi
housing-barriers-heading = Những điều khiến việc có nhà ở khó khăn với tôi
housing-short-term-heading = Mục tiêu nhà ở ngắn hạn của tôi
housing-long-term-heading = Mục tiêu nhà ở dài hạn của tôi
housing-other-services-heading = Các dịch vụ khác giúp tôi
label-measure = làm sao để biết:

## Team

team-heading = Nhóm của tôi
team-caption = Những người trong nhóm của tôi
col-name = Tên
col-role = Vai trò
col-organization = Tổ chức hoặc mối quan hệ
col-contact = Liên lạc
# $role: the team member's role.
team-role = { $role ->
    [care-coordinator] Điều phối viên chăm sóc
    [lead-care-manager] Người Quản Lý Chăm Sóc Chính
    [housing-navigator] Người hướng dẫn về nhà ở
    [provider] Nhà cung cấp dịch vụ
    [clinician] Nhân viên y tế
    [family] Gia đình
    [friend] Bạn bè
    [peer-support] Người hỗ trợ đồng cảnh ngộ
    [representative] Người đại diện
    [decision-supporter] Người hỗ trợ ra quyết định
   *[other] Thành viên nhóm
}

## Rights

rights-heading = Quyền của tôi
right-review-any-time = Tôi có thể yêu cầu xem lại kế hoạch của mình bất cứ lúc nào.
# $language: the name of the person's written language (from the "language" message).
right-copy = Tôi được nhận một bản sao kế hoạch bằng { $language } và theo định dạng tôi cần.
right-say-no = Tôi có thể từ chối bất kỳ dịch vụ nào trong kế hoạch của tôi.

## Review

review-heading = Xem lại kế hoạch của tôi
label-last-review = Lần xem lại gần nhất:
label-next-review = Lần xem lại tới, chậm nhất vào:
label-plan-monitor = Người kiểm tra xem kế hoạch có phù hợp với tôi không:
review-triggers-intro = Chúng tôi cũng xem lại kế hoạch của tôi:
# $trigger: what brings a review.
review-trigger = { $trigger ->
    [annual] ít nhất mỗi năm một lần
    [change-in-circumstances] khi cuộc sống hoặc nhu cầu của tôi thay đổi
    [person-request] khi tôi yêu cầu
    [hospital-discharge] sau khi tôi nằm viện
   *[provider-change] khi có thay đổi nhà cung cấp
}
monitoring-heading = Kế hoạch của tôi đang diễn ra thế nào
delivered-as-planned = Các hỗ trợ của tôi đã đến đúng như kế hoạch.
not-delivered-as-planned = Không phải tất cả các hỗ trợ của tôi đều đến đúng như kế hoạch.
# $from: who gave the feedback.
feedback-from = { $from ->
    [person] điều tôi đã nói
    [representative] điều người đại diện của tôi đã nói
    [natural-support] điều một người thân thiết với tôi đã nói
   *[provider] điều một nhà cung cấp đã nói
}

## Signatures and copies

signatures-heading = Chữ ký
signatures-caption = Những người đã ký kế hoạch của tôi
col-date = Ngày
# $role: who signs.
signer-role = { $role ->
    [person] Tôi
    [representative] Người đại diện của tôi
    [planner] Người lập kế hoạch của tôi
    [provider] Nhà cung cấp
   *[witness] Người làm chứng
}
unable-to-sign = Không thể ký:
# $witness: the witness's name.
unable-to-sign-witness = (người làm chứng: { $witness })
distribution-heading = Ai đã nhận bản sao
distribution-caption = Các bản sao kế hoạch của tôi
col-language = Ngôn ngữ
col-format = Định dạng
# $role: who received the copy.
recipient-role = { $role ->
    [person] Tôi
    [representative] Người đại diện của tôi
    [provider] Nhà cung cấp
    [team-member] Thành viên nhóm
   *[health-plan] Chương trình bảo hiểm sức khỏe của tôi
}
