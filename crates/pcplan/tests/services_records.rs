//! Service records: the examples in JSON and CSV, the committed schema, limits and errors with their row,
//! column or JSON Pointer, and no record value in any error.
#![cfg(feature = "services")]

use crate::services_support;

use pcplan::model::LoadOptions;
use pcplan::services::records::{RecordsError, ServiceRecords, json_schema};
use services_support::{PEOPLE, read, records};

#[test]
fn committed_schema_matches_the_types() {
    let generated = json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/service-records.schema.json");
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_default();
    if generated != committed && std::env::var_os("PCPLAN_UPDATE_SCHEMA").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&generated).unwrap() + "\n").unwrap();
        return;
    }
    assert!(
        generated == committed,
        "schema/service-records.schema.json is out of date: run `PCPLAN_UPDATE_SCHEMA=1 cargo test -p pcplan --features services --test suite services_records`"
    );
}

#[test]
fn examples_are_valid_against_the_committed_schema_and_csv_matches_json() {
    let schema = json_schema();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for (name, _, _) in PEOPLE {
        let json: serde_json::Value = serde_json::from_slice(&read(&format!("{name}-records.json"))).unwrap();
        let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
        let from_json = records(name);
        let csv = String::from_utf8(read(&format!("{name}-records.csv"))).unwrap();
        let from_csv = ServiceRecords::from_csv_str(&csv).unwrap();
        assert_eq!(from_csv.records, from_json.records, "{name}");
        assert_eq!(from_csv.csv_lines, (2..).take(from_json.records.len()).collect::<Vec<u64>>());
        // Writing CSV and reading it back loses nothing.
        assert_eq!(ServiceRecords::from_csv_str(&from_json.to_csv()).unwrap().records, from_json.records);
        assert_eq!(ServiceRecords::from_json_str(&from_json.to_json_pretty()).unwrap(), from_json);
    }
}

const HEADER: &str = "id,date,supportId,minutes,units,staffId,mode,personPresent,noteRef\n";

fn csv_error(body: &str) -> (u64, Option<usize>, String) {
    match ServiceRecords::from_csv_str(&format!("{HEADER}{body}")).unwrap_err() {
        RecordsError::Csv { row, column, expected } => (row, column, expected),
        other => panic!("expected a CSV error, got {other:?}"),
    }
}

#[test]
fn csv_errors_name_row_and_column_without_the_value() {
    let ok = "r1,2026-06-01,support-1,30,,staff-1,in-person,true,SECRET-NOTE\n";
    assert!(ServiceRecords::from_csv_str(&format!("{HEADER}{ok}")).is_ok());

    // Negative units.
    let (row, column, expected) = csv_error(&format!("{ok}r2,2026-06-02,support-1,,-3,staff-1,in-person,true,n\n"));
    assert_eq!((row, column), (3, Some(5)));
    assert_eq!(expected, "expected a whole number, 0 or more");

    // A date that is not a date.
    let (row, column, expected) = csv_error("r1,2026-02-30,support-1,30,,staff-1,in-person,true,SECRET-NOTE\n");
    assert_eq!((row, column), (2, Some(2)));
    assert!(expected.starts_with("date:"), "{expected}");
    assert!(!expected.contains("2026-02-30"));

    // A mode that is not one of the list.
    let (row, column, expected) = csv_error("r1,2026-06-01,support-1,30,,staff-1,carrier-pigeon,true,x\n");
    assert_eq!((row, column), (2, Some(7)));
    assert!(expected.contains("in-person") && !expected.contains("pigeon"), "{expected}");

    // A malformed row: one cell too few.
    let (row, column, expected) = csv_error(&format!("{ok}r2,2026-06-02,support-1,30,,staff-1,in-person,true\n"));
    assert_eq!((row, column), (3, None));
    assert!(expected.contains("expected 9"), "{expected}");

    // Minutes beyond a day, a missing required cell, a duplicate id.
    let (row, column, _) = csv_error("r1,2026-06-01,support-1,1441,,staff-1,in-person,true,x\n");
    assert_eq!((row, column), (2, Some(4)));
    let (row, column, expected) = csv_error("r1,2026-06-01,,30,,staff-1,in-person,true,x\n");
    assert_eq!((row, column, expected.as_str()), (2, Some(3), "supportId: missing; expected this required field"));
    let (row, column, _) = csv_error(&format!("{ok}{ok}"));
    assert_eq!((row, column), (3, Some(1)));

    // Present-or-not that is neither.
    let (_, column, _) = csv_error("r1,2026-06-01,support-1,30,,staff-1,in-person,maybe,x\n");
    assert_eq!(column, Some(8));
}

#[test]
fn csv_headers_are_checked() {
    let err = ServiceRecords::from_csv_str("date,supportId,colour\n").unwrap_err();
    assert!(matches!(err, RecordsError::Csv { row: 1, column: Some(3), .. }), "{err:?}");
    let err = ServiceRecords::from_csv_str("date,date\n").unwrap_err();
    assert!(matches!(err, RecordsError::Csv { row: 1, column: Some(2), .. }), "{err:?}");
    assert_eq!(ServiceRecords::from_csv_str("  \n").unwrap_err(), RecordsError::Empty);
}

#[test]
fn csv_limits_apply() {
    let row = "2026-06-01,support-1,30,in-person,true\n";
    let text = format!("date,supportId,minutes,mode,personPresent\n{}", row.repeat(3));
    let options = LoadOptions { max_array_len: 2, ..LoadOptions::default() };
    let err = ServiceRecords::from_csv_reader(text.as_bytes(), &options).unwrap_err();
    assert!(matches!(err, RecordsError::Csv { row: 4, column: None, .. }), "{err:?}");
    let options = LoadOptions { max_bytes: 20, ..LoadOptions::default() };
    assert_eq!(ServiceRecords::from_csv_reader(text.as_bytes(), &options).unwrap_err().code(), "too-large");
    let options = LoadOptions { max_string_bytes: 5, ..LoadOptions::default() };
    let err = ServiceRecords::from_csv_reader(text.as_bytes(), &options).unwrap_err();
    assert!(matches!(err, RecordsError::Csv { row: 2, column: Some(1), .. }), "{err:?}");
}

#[test]
fn json_errors_name_the_pointer_without_the_value() {
    let doc = |record: &str| format!(r#"{{"schemaVersion": 1, "records": [{record}]}}"#);
    let base = r#""date": "2026-06-01", "supportId": "support-1", "mode": "video", "personPresent": true"#;
    let cases = [
        (format!(r#"{{{base}, "units": -2}}"#), "/records/0/units"),
        (format!(r#"{{{base}, "minutes": 2000}}"#), "/records/0/minutes"),
        (format!(r#"{{{base}, "noteRef": "SECRET", "colour": "SECRET"}}"#), "/records/0/colour"),
        (format!(r#"{{{base}, "placeOfService": "SECRET"}}"#), "/records/0/placeOfService"),
        (format!(r#"{{{base}, "staff": {{"id": "SECRET VALUE"}}}}"#), "/records/0/staff/id"),
        (r#"{"date": "2026-06-01", "mode": "video", "personPresent": true}"#.to_owned(), "/records/0/supportId"),
    ];
    for (record, path) in cases {
        let err = ServiceRecords::from_json_str(&doc(&record)).unwrap_err();
        let RecordsError::Json(load) = &err else { panic!("{err:?}") };
        assert_eq!(load.path(), Some(path), "{err}");
        assert!(!err.to_string().contains("SECRET") && !format!("{err:?}").contains("SECRET"), "{err}");
    }
    let err = ServiceRecords::from_json_str(r#"{"schemaVersion": 2, "records": []}"#).unwrap_err();
    assert_eq!(err.code(), "unsupported-schema-version");
    let dup = format!(r#"{{"id": "a", {base}}}, {{"id": "a", {base}}}"#);
    let err = ServiceRecords::from_json_str(&doc(&dup)).unwrap_err();
    assert_eq!(err.code(), "duplicate-id");
    assert_eq!(ServiceRecords::from_json_str(" ").unwrap_err(), RecordsError::Empty);
}

#[test]
fn debug_output_carries_no_staff_or_note() {
    let text = format!("{HEADER}r1,2026-06-01,support-1,30,,staff-SECRET,in-person,true,SECRET-NOTE\n");
    let records = ServiceRecords::from_csv_str(&text).unwrap();
    let debug = format!("{records:?}");
    assert!(!debug.contains("SECRET"), "{debug}");
}
