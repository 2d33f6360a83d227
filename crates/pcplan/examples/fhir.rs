//! A plan as an HL7 eLTSS on FHIR R4 Bundle for the care team, and the bundle back as a plan: the API behind
//! `pcplan fhir export` and `pcplan fhir import`.
//!
//! ```text
//! cargo run -p pcplan --features fhir --example fhir -- examples/plans/ecm-es-rosa.json rosa.fhir.json
//! ```
//!
//! Writes the bundle, reads it back, and says whether the plan came back value for value and what (by FHIR
//! path, never by value) the import could not map.

use pcplan::fhir::{self, ExportOptions, ImportOptions};
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(plan_path), Some(bundle_path)) = (args.next(), args.next()) else {
        return Err("usage: fhir PLAN.json BUNDLE_OUT.json".into());
    };
    let plan = Plan::from_json_str(&std::fs::read_to_string(plan_path)?)?;
    // The engine renders the CarePlan's narrative in the person's language.
    let engine = Engine::new(EngineOptions::default())?;
    // `ExportOptions::recipient` would export one recipient's copy instead of the agency's full plan.
    let bundle = fhir::export_json(&engine, &plan, &ExportOptions::default())?;
    std::fs::write(&bundle_path, &bundle)?;
    println!("wrote {} bytes to {bundle_path}", bundle.len());

    // A bundle from another system imports the same way; what has no place in the plan is listed and kept in
    // `plan.extensions.fhir`.
    let imported = fhir::import(&bundle, &ImportOptions::default())?;
    for u in &imported.unmapped {
        println!("not mapped: {} ({:?}: {})", u.path, u.kind, u.reason);
    }
    println!("the plan came back value for value: {}", imported.plan == plan);
    Ok(())
}
