//! Any bytes → `Plan::from_json_slice` → `validate`: never a panic, whatever the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pcplan::model::Plan;
use pcplan::validate::{ValidateOptions, validate};

fuzz_target!(|data: &[u8]| {
    if let Ok(plan) = Plan::from_json_slice(data) {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a valid date");
        let report = validate(&plan, &ValidateOptions::new(today));
        // Findings are sorted and self-consistent.
        assert!(report.findings.windows(2).all(|w| w[0].path <= w[1].path));
        let mut with_values = ValidateOptions::new(today);
        with_values.include_values = true;
        let _ = validate(&plan, &with_values);
    }
});
