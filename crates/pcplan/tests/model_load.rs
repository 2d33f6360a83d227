//! Bad input gets a clear error naming the path (or line and column), never a panic, never the input's value.

use pcplan::model::{LoadError, LoadOptions, Plan};
use serde_json::{Value, json};

const MINIMAL: &str = include_str!("fixtures/minimal.json");
const SECRET: &str = "Zqxj-SECRET-7731";

fn minimal() -> Value {
    serde_json::from_str(MINIMAL).unwrap()
}

fn load(value: &Value) -> Result<Plan, LoadError> {
    Plan::from_json_str(&value.to_string())
}

/// Asserts the error's path, and that neither its Display nor Debug repeat the secret.
fn assert_error(err: &LoadError, code: &str, path: &str) {
    assert_eq!(err.code(), code, "{err}");
    assert_eq!(err.path(), Some(path), "{err}");
    for text in [err.to_string(), format!("{err:?}")] {
        assert!(!text.contains(SECRET), "error repeats the input: {text}");
        assert!(text.contains(path), "error does not name the path: {text}");
    }
}

#[test]
fn minimal_fixture_loads() {
    let plan = load(&minimal()).unwrap();
    assert_eq!(plan.person.display_name(), "Zed");
}

#[test]
fn unknown_field() {
    let mut v = minimal();
    v["supports"][0]["colour"] = json!(SECRET);
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/supports/0/colour");
    assert!(err.to_string().contains("unknown field"));
}

#[test]
fn wrong_type() {
    let mut v = minimal();
    v["supports"][0]["interval"] = json!(["week"]);
    // Version 1's `interval` is migrated to `schedule.periodUnit`; the error names it where the file has it.
    assert_error(&load(&v).unwrap_err(), "invalid", "/supports/0/interval");
}

#[test]
fn unknown_enum_value() {
    let mut v = minimal();
    v["supports"][0]["interval"] = json!(SECRET);
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/supports/0/interval");
    assert!(err.to_string().contains("week"), "lists the accepted values: {err}");
}

#[test]
fn bad_date() {
    let mut v = minimal();
    v["effectivePeriod"]["start"] = json!("2026-02-30");
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/effectivePeriod/start");
    assert!(err.to_string().contains("YYYY-MM-DD"));
    v["effectivePeriod"]["start"] = json!(SECRET);
    assert_error(&load(&v).unwrap_err(), "invalid", "/effectivePeriod/start");
}

#[test]
fn bad_language_tag() {
    let mut v = minimal();
    v["goals"][0]["statement"]["lang"] = json!(SECRET);
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/goals/0/statement/lang");
    assert!(err.to_string().contains("BCP-47"));
}

#[test]
fn number_where_a_string_belongs() {
    let mut v = minimal();
    v["person"]["legalName"]["family"] = json!(7731);
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/person/legalName/family");
    assert!(!err.to_string().contains("7731"));
}

#[test]
fn string_where_a_number_belongs() {
    let mut v = minimal();
    v["supports"][0]["quantity"] = json!(SECRET);
    assert_error(&load(&v).unwrap_err(), "invalid", "/supports/0/quantity");
}

#[test]
fn missing_field() {
    let mut v = minimal();
    v["goals"][0].as_object_mut().unwrap().remove("statement");
    let err = load(&v).unwrap_err();
    assert_error(&err, "invalid", "/goals/0/statement");
    assert!(err.to_string().contains("missing"));
}

#[test]
fn dangling_link() {
    let mut v = minimal();
    v["supports"][0]["goalIds"] = json!(["goal-404"]);
    assert_error(&load(&v).unwrap_err(), "dangling-reference", "/supports/0/goalIds/0");
    let mut v = minimal();
    v["goals"][0]["steps"][0]["responsibleId"] = json!("nobody");
    assert_error(&load(&v).unwrap_err(), "dangling-reference", "/goals/0/steps/0/responsibleId");
}

#[test]
fn duplicate_id() {
    let mut v = minimal();
    let copy = v["goals"][0].clone();
    v["goals"].as_array_mut().unwrap().push(copy);
    assert_error(&load(&v).unwrap_err(), "duplicate-id", "/goals/1/id");
}

#[test]
fn bad_id() {
    let mut v = minimal();
    v["goals"][0]["id"] = json!(format!("{SECRET} with spaces"));
    assert_error(&load(&v).unwrap_err(), "invalid", "/goals/0/id");
}

#[test]
fn empty_document() {
    assert_eq!(Plan::from_json_str("").unwrap_err(), LoadError::Empty);
    assert_eq!(Plan::from_json_str(" \n\t").unwrap_err(), LoadError::Empty);
}

#[test]
fn truncated_json_gives_line_and_column() {
    let text = MINIMAL.replace(SECRET, "");
    let cut = &text[..text.len() / 2];
    let err = Plan::from_json_str(cut).unwrap_err();
    assert_eq!(err.code(), "syntax");
    let (line, column) = err.line_column().unwrap();
    assert!(line > 1 && column >= 1, "{err}");
    assert!(err.to_string().contains(&format!("line {line}")));
}

#[test]
fn invalid_utf8_gives_line_and_column() {
    let mut bytes = b"{\n  \"id\": \"ab".to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b"\"\n}");
    let err = Plan::from_json_slice(&bytes).unwrap_err();
    assert_eq!(err, LoadError::InvalidUtf8 { line: 2, column: 12 });
}

#[test]
fn deeply_nested_json_is_rejected_cleanly() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(Plan::from_json_str(&deep).unwrap_err().code(), "too-deep");
    let mut v = minimal();
    let mut nested = json!(1);
    for _ in 0..40 {
        nested = json!({ "n": nested });
    }
    v["extensions"] = json!({ "agency": nested });
    let err = load(&v).unwrap_err();
    assert_eq!(err.code(), "too-deep");
    assert!(err.path().unwrap().starts_with("/extensions/agency/n/n"));
}

#[test]
fn oversized_input() {
    let options = LoadOptions { max_bytes: 1024, ..LoadOptions::default() };
    let big = format!("{{\"pad\": \"{}\"}}", "x".repeat(2048));
    assert_eq!(Plan::from_json_slice_with(big.as_bytes(), &options).unwrap_err(), LoadError::TooLarge { limit: 1024 });
    let from_reader = Plan::from_json_reader(std::io::Cursor::new(big.into_bytes()), &options).unwrap_err();
    assert_eq!(from_reader, LoadError::TooLarge { limit: 1024 });
}

#[test]
fn long_strings_and_arrays_are_limited() {
    let options = LoadOptions { max_string_bytes: 64, max_array_len: 3, ..LoadOptions::default() };
    let mut v = minimal();
    v["goals"][0]["statement"]["text"] = json!(SECRET.repeat(10));
    let err = Plan::from_json_slice_with(v.to_string().as_bytes(), &options).unwrap_err();
    assert_error(&err, "string-too-long", "/goals/0/statement/text");
    let mut v = minimal();
    v["supports"][0]["goalIds"] = json!(["goal-1", "goal-1", "goal-1", "goal-1"]);
    let err = Plan::from_json_slice_with(v.to_string().as_bytes(), &options).unwrap_err();
    assert_error(&err, "array-too-long", "/supports/0/goalIds");
}

#[test]
fn newer_schema_version_is_refused() {
    let mut v = minimal();
    v["schemaVersion"] = json!(99);
    assert_eq!(load(&v).unwrap_err().code(), "unsupported-schema-version");
}

#[test]
fn debug_output_hides_plan_values() {
    let mut v = minimal();
    v["person"]["preferredName"] = json!(SECRET);
    v["goals"][0]["statement"]["text"] = json!(SECRET);
    let plan = load(&v).unwrap();
    let debug = format!("{plan:?} {:?} {:?} {:?}", plan.person, plan.goals, plan.supports);
    assert!(!debug.contains(SECRET), "{debug}");
    assert!(!debug.contains("Canary"), "{debug}");
    assert!(debug.contains("goal-1"));
}

/// Nesting far deeper than the JSON parser's own recursion limit (128) still names where the limit was crossed,
/// instead of an error with an empty path.
#[test]
fn ten_thousand_deep_nesting_in_extensions_names_the_path() {
    let depth = 10_000;
    for (open, close, step) in [("{\"k\":", "}", "/k"), ("[", "]", "/0")] {
        let json = MINIMAL.trim_end().strip_suffix('}').unwrap().to_owned()
            + ", \"extensions\": { \"agency\": "
            + &open.repeat(depth)
            + "1"
            + &close.repeat(depth)
            + " } }";
        let started = std::time::Instant::now();
        let err = Plan::from_json_str(&json).unwrap_err();
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(err.code(), "too-deep", "{err}");
        let limit = LoadOptions::default().max_depth;
        // The container at depth limit + 1: /extensions/agency then limit - 1 more steps.
        let expected = format!("/extensions/agency{}", step.repeat(limit - 1));
        assert_eq!(err.path(), Some(expected.as_str()), "{err}");
        assert!(err.to_string().contains(&format!("limit of {limit} levels")), "{err}");
    }
}

/// Nesting exactly at the limit loads; one level more does not, with the same path either way it is written.
#[test]
fn nesting_at_the_limit() {
    let options = LoadOptions { max_depth: 12, ..LoadOptions::default() };
    let with_depth = |levels: usize| {
        let mut v = minimal();
        let mut nested = json!([]);
        for _ in 0..levels {
            nested = json!({ "a/b~": nested });
        }
        v["extensions"] = json!({ "x": nested });
        v.to_string()
    };
    // The root object is depth 0, /extensions 1, /extensions/x 2: 10 more levels reach 12 (the innermost `[]`).
    assert!(Plan::from_json_slice_with(with_depth(10).as_bytes(), &options).is_ok());
    let err = Plan::from_json_slice_with(with_depth(11).as_bytes(), &options).unwrap_err();
    assert_eq!(err.code(), "too-deep");
    assert_eq!(err.path(), Some(format!("/extensions/x{}", "/a~1b~0".repeat(11)).as_str()));
}

/// A 50 MB input is refused by its size alone, before any parsing.
#[test]
fn fifty_megabytes_are_refused_without_parsing() {
    let mut big = vec![b'['; 50 << 20];
    big[0] = b'{';
    let started = std::time::Instant::now();
    let err = Plan::from_json_slice(&big).unwrap_err();
    assert!(started.elapsed() < std::time::Duration::from_millis(50), "took {:?}", started.elapsed());
    assert_eq!(err, LoadError::TooLarge { limit: LoadOptions::default().max_bytes });
    assert!(err.to_string().contains("larger than the limit of 8388608 bytes"));
    let reader = Plan::from_json_reader(std::io::Cursor::new(big), &LoadOptions::default()).unwrap_err();
    assert_eq!(reader.code(), "too-large");
}

/// The string and array limits hold exactly at the limit, and a long key is limited too.
#[test]
fn string_and_array_limits_are_exact() {
    let options = LoadOptions { max_string_bytes: 32, max_array_len: 2, ..LoadOptions::default() };
    let mut v = minimal();
    v["goals"][0]["statement"]["text"] = json!("é".repeat(16));
    v["person"]["legalName"]["given"] = json!(["A", "B"]);
    assert!(Plan::from_json_slice_with(v.to_string().as_bytes(), &options).is_ok());
    v["goals"][0]["statement"]["text"] = json!(format!("{}x", "é".repeat(16)));
    let err = Plan::from_json_slice_with(v.to_string().as_bytes(), &options).unwrap_err();
    assert_error(&err, "string-too-long", "/goals/0/statement/text");
    let mut v = minimal();
    v["extensions"] = json!({ "x".repeat(33): 1 });
    let err = Plan::from_json_slice_with(v.to_string().as_bytes(), &options).unwrap_err();
    assert_eq!((err.code(), err.path()), ("string-too-long", Some("/extensions")));
}
