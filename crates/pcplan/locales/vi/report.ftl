## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = Lỗi
severity-warning = Cảnh báo
severity-info = Ghi chú
finding-fix = Cách sửa
finding-value = Giá trị
report-summary = { $errors ->
        [0] Không có lỗi
       *[other] { $errors } lỗi
    }, { $warnings ->
        [0] không có cảnh báo.
       *[other] { $warnings } cảnh báo.
    }

section-plan = Toàn bộ kế hoạch
section-effectivePeriod = Thời hạn của kế hoạch
section-person = Thông tin về người được hỗ trợ
section-representatives = Người đại diện
section-profile = Hồ sơ cá nhân
section-needs = Nhu cầu
section-goals = Mục tiêu
section-supports = Hỗ trợ
section-risks = Rủi ro
section-backupPlan = Kế hoạch dự phòng
section-settingChoice = Nơi ở
section-serviceChoice = Lựa chọn dịch vụ và nhà cung cấp
section-modifications = Giới hạn quyền
section-team = Nhóm hỗ trợ
section-planner = Người lập kế hoạch
section-planMonitor = Người theo dõi kế hoạch
section-meetings = Các buổi họp
section-monitoring = Theo dõi
section-feedback = Ý kiến phản hồi
section-review = Xem xét lại
section-lifeEvents = Sự kiện trong cuộc sống
section-updateRequests = Yêu cầu cập nhật
section-signatures = Chữ ký
section-distribution = Bản sao kế hoạch
section-programSections = Phần dành cho chương trình
