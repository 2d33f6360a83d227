//! Every shipped example plan loads, round-trips through serde unchanged, and validates against the
//! committed JSON Schema.

use std::fs;
use std::path::PathBuf;

use pcplan::model::Plan;

/// Every example plan of `examples/plans/`, sorted: tests that check each example (FHIR conformance, axe-core)
/// take them from here, so a new example is checked without being listed again.
pub(crate) fn example_files() -> Vec<PathBuf> {
    let mut files: Vec<_> = fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn there_are_at_least_five_examples() {
    assert!(example_files().len() >= 5, "expected at least five example plans");
}

#[test]
fn every_example_loads_and_round_trips() {
    for file in example_files() {
        let text = fs::read_to_string(&file).unwrap();
        let plan = Plan::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let mut original: serde_json::Value = serde_json::from_str(&text).unwrap();
        if original["schemaVersion"] == 1 {
            // A version-1 example is compared with its migration (tests/model_migrate.rs says what it maps).
            original = serde_json::to_value(Plan::from_json_str(&text).unwrap()).unwrap();
        }
        let written: serde_json::Value = serde_json::to_value(&plan).unwrap();
        if let Some(path) = first_difference(&original, &written, String::new()) {
            panic!("{} changes when written back, first at {path}", file.display());
        }
        let again = Plan::from_json_str(&plan.to_json_pretty()).unwrap();
        assert_eq!(again, plan);
    }
}

#[test]
fn every_example_validates_against_the_committed_schema() {
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../../schema/pcplan.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for file in example_files() {
        let text = fs::read_to_string(&file).unwrap();
        let mut instance: serde_json::Value = serde_json::from_str(&text).unwrap();
        if instance["schemaVersion"] == 1 {
            // The schema describes version 2: a version-1 example is checked as migrated.
            instance = serde_json::to_value(Plan::from_json_str(&text).unwrap()).unwrap();
        }
        let errors: Vec<String> =
            validator.iter_errors(&instance).map(|e| format!("{} {}", e.instance_path, e)).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

/// The JSON Pointer of the first place two values differ.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: String) -> Option<String> {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                match (x.get(key), y.get(key)) {
                    (Some(p), Some(q)) => {
                        if let Some(d) = first_difference(p, q, format!("{at}/{key}")) {
                            return Some(d);
                        }
                    }
                    _ => return Some(format!("{at}/{key}")),
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            x.iter().zip(y).enumerate().find_map(|(i, (p, q))| first_difference(p, q, format!("{at}/{i}")))
        }
        _ if a == b => None,
        _ => Some(at),
    }
}

/// The examples have no errors under their own programs' profiles; every warning they keep is explained in
/// `extensions.exampleNotes.warningsKeptOnPurpose`, by rule code.
#[test]
fn examples_are_valid_and_explain_their_warnings() {
    use pcplan::validate::{Severity, ValidateOptions, validate};
    let options = ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    for file in example_files() {
        let plan = Plan::from_json_str(&fs::read_to_string(&file).unwrap()).unwrap();
        let report = validate(&plan, &options);
        let errors: Vec<_> = report.findings.iter().filter(|f| f.severity == Severity::Error).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
        let explained = plan.extensions.get("exampleNotes").and_then(|n| n.get("warningsKeptOnPurpose"));
        for f in &report.findings {
            assert!(
                explained.and_then(|e| e.get(f.code)).is_some(),
                "{}: warning {} at {} is not explained in extensions.exampleNotes",
                file.display(),
                f.code,
                f.path
            );
        }
    }
}
