## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = ข้อผิดพลาด
severity-warning = คำเตือน
severity-info = หมายเหตุ
finding-fix = วิธีแก้ไข
finding-value = ค่า
report-summary = { $errors ->
        [0] ไม่มีข้อผิดพลาด
       *[other] ข้อผิดพลาด { $errors } รายการ
    }, { $warnings ->
        [0] ไม่มีคำเตือน
       *[other] คำเตือน { $warnings } รายการ
    }

section-plan = แผนทั้งหมด
section-effectivePeriod = วันที่ของแผน
section-person = เกี่ยวกับบุคคลนี้
section-representatives = ผู้แทน
section-profile = ประวัติส่วนตัว
section-needs = ความต้องการ
section-goals = เป้าหมาย
section-supports = การสนับสนุน
section-risks = ความเสี่ยง
section-backupPlan = แผนสำรอง
section-settingChoice = ที่อยู่อาศัย
section-serviceChoice = การเลือกบริการและผู้ให้บริการ
section-modifications = การปรับเปลี่ยนสิทธิ
section-team = ทีม
section-planner = ผู้จัดทำแผน
section-planMonitor = ผู้ติดตามแผน
section-meetings = การประชุม
section-monitoring = การติดตามผล
section-feedback = ความคิดเห็น
section-review = การทบทวน
section-lifeEvents = เหตุการณ์สำคัญในชีวิต
section-updateRequests = คำขอแก้ไขแผน
section-signatures = ลายมือชื่อ
section-distribution = สำเนาของแผน
section-programSections = ส่วนของโครงการ
