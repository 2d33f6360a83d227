## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = ຂໍ້ຜິດພາດ
severity-warning = ຄຳເຕືອນ
severity-info = ໝາຍເຫດ
finding-fix = ວິທີແກ້ໄຂ
finding-value = ຄ່າ
report-summary = { $errors ->
        [0] ບໍ່ມີຂໍ້ຜິດພາດ
       *[other] ຂໍ້ຜິດພາດ { $errors } ລາຍການ
    }, { $warnings ->
        [0] ບໍ່ມີຄຳເຕືອນ.
       *[other] ຄຳເຕືອນ { $warnings } ລາຍການ.
    }

section-plan = ແຜນທັງໝົດ
section-effectivePeriod = ວັນທີຂອງແຜນ
section-person = ກ່ຽວກັບບຸກຄົນນີ້
section-representatives = ຜູ້ຕາງໜ້າ
section-profile = ຂໍ້ມູນສ່ວນຕົວ
section-needs = ຄວາມຕ້ອງການ
section-goals = ເປົ້າໝາຍ
section-supports = ການຊ່ວຍເຫຼືອ
section-risks = ຄວາມສ່ຽງ
section-backupPlan = ແຜນສຳຮອງ
section-settingChoice = ບ່ອນຢູ່ອາໄສ
section-serviceChoice = ການເລືອກບໍລິການ ແລະ ຜູ້ໃຫ້ບໍລິການ
section-modifications = ການປັບປ່ຽນສິດ
section-team = ທີມ
section-planner = ຜູ້ວາງແຜນ
section-planMonitor = ຜູ້ຕິດຕາມແຜນ
section-meetings = ກອງປະຊຸມ
section-monitoring = ການຕິດຕາມ
section-feedback = ຄຳຄິດເຫັນ
section-review = ການທົບທວນ
section-lifeEvents = ເຫດການສຳຄັນໃນຊີວິດ
section-updateRequests = ຄຳຮ້ອງຂໍແກ້ໄຂແຜນ
section-signatures = ລາຍເຊັນ
section-distribution = ສຳເນົາຂອງແຜນ
section-programSections = ພາກສ່ວນຂອງໂຄງການ
