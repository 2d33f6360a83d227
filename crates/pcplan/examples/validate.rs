//! Validates a plan and prints its findings in Spanish: the API behind `pcplan validate`.
//!
//! `cargo run -p pcplan --example validate -- examples/plans/hcbs-en-jordan.json`

use pcplan::model::Plan;
use pcplan::validate::{ValidateOptions, validate};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: validate PLAN.json")?;
    let plan = Plan::from_json_str(&std::fs::read_to_string(path)?)?;
    // The evaluation date is explicit: the library never reads the clock.
    let mut options = ValidateOptions::new(pcplan::NaiveDate::from_ymd_opt(2026, 11, 25).ok_or("date")?);
    options.lang = Some("es".parse()?);
    let report = validate(&plan, &options);
    for f in &report.findings {
        println!("{} {} {}: {}", f.severity.as_str(), f.code, f.path, f.message);
    }
    println!("{}", serde_json::to_string(&report.to_json()["counts"])?);
    Ok(())
}
