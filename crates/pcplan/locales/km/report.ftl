## The validation report as a coordinator reads it: sections of the plan, severities, summary.

severity-error = កំហុស
severity-warning = ការព្រមាន
severity-info = កំណត់សម្គាល់
finding-fix = របៀបកែ
finding-value = តម្លៃ
report-summary = { $errors ->
        [0] គ្មានកំហុស
       *[other] កំហុស { $errors }
    }, { $warnings ->
        [0] គ្មានការព្រមាន។
       *[other] ការព្រមាន { $warnings }។
    }

section-plan = ផែនការទាំងមូល
section-effectivePeriod = កាលបរិច្ឆេទនៃផែនការ
section-person = អំពីបុគ្គលនេះ
section-representatives = អ្នកតំណាង
section-profile = ប្រវត្តិរូប
section-needs = តម្រូវការ
section-goals = គោលដៅ
section-supports = ការគាំទ្រ
section-risks = ហានិភ័យ
section-backupPlan = ផែនការបម្រុង
section-settingChoice = កន្លែងរស់នៅ
section-serviceChoice = ការជ្រើសរើសសេវា និងអ្នកផ្តល់សេវា
section-modifications = ការកែប្រែសិទ្ធិ
section-team = ក្រុម
section-planner = អ្នករៀបចំផែនការ
section-planMonitor = អ្នកតាមដានផែនការ
section-meetings = កិច្ចប្រជុំ
section-monitoring = ការតាមដាន
section-feedback = មតិយោបល់
section-review = ការពិនិត្យឡើងវិញ
section-lifeEvents = ព្រឹត្តិការណ៍ក្នុងជីវិត
section-updateRequests = សំណើសុំកែប្រែ
section-signatures = ហត្ថលេខា
section-distribution = ច្បាប់ចម្លងនៃផែនការ
section-programSections = ផ្នែកកម្មវិធី
