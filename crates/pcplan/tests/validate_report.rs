//! The validation report's JSON, its committed schema, and the generated rules reference.

use pcplan::model::Plan;
use pcplan::validate::{Report, Severity, ValidateOptions, registry, rules_reference, validate};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// Compares generated text with a committed file; `PCPLAN_UPDATE_DOCS=1` rewrites the file instead.
fn assert_current(relative: &str, generated: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative);
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != generated && std::env::var_os("PCPLAN_UPDATE_DOCS").is_some() {
        std::fs::write(&path, generated).unwrap();
        return;
    }
    assert!(
        committed == generated,
        "{relative} is out of date: run `PCPLAN_UPDATE_DOCS=1 cargo test -p pcplan --test suite validate_report`"
    );
}

#[test]
fn findings_schema_is_current() {
    let schema = serde_json::to_string_pretty(&Report::json_schema()).unwrap() + "\n";
    assert_current("schema/findings.schema.json", &schema);
}

#[test]
fn rules_reference_is_current() {
    assert_current("docs/rules.md", &rules_reference());
}

#[test]
fn codes_are_unique_and_documented() {
    let mut codes: Vec<&str> = registry().iter().map(|r| r.meta().code).collect();
    let n = codes.len();
    codes.sort();
    codes.dedup();
    assert_eq!(codes.len(), n, "duplicate rule codes");
    for rule in registry() {
        let m = rule.meta();
        assert!(!m.profiles.is_empty(), "{} selects no profile", m.code);
        for text in [m.docs.what, m.docs.why, m.docs.fix, m.source] {
            assert!(!text.trim().is_empty(), "{} lacks documentation", m.code);
        }
        serde_json::from_str::<serde_json::Value>(m.docs.example).unwrap_or_else(|e| panic!("{} example: {e}", m.code));
    }
}

#[test]
fn report_json_matches_its_schema() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    v["person"]["identifiers"] = serde_json::json!([]);
    let plan = Plan::from_json_str(&v.to_string()).unwrap();
    let report = validate(&plan, &ValidateOptions::new(today()));
    assert!(report.count(Severity::Error) > 0);
    let json = report.to_json();
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../../schema/findings.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&json).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // One shape: the report serialized by serde (as a web framework would) is the same document.
    let serialized = serde_json::to_value(&report).unwrap();
    assert_eq!(serialized, json);
    assert!(validator.is_valid(&serialized));
    let finding = &json["findings"][0];
    for key in ["code", "severity", "path", "message", "help", "source"] {
        assert!(finding.get(key).is_some(), "finding lacks {key}");
    }
}

#[test]
fn messages_follow_the_requested_language_and_never_show_ids() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    v["person"]["identifiers"] = serde_json::json!([]);
    let plan = Plan::from_json_str(&v.to_string()).unwrap();
    let mut options = ValidateOptions::new(today());
    let en = validate(&plan, &options);
    options.lang = Some("es".parse().unwrap());
    let es = validate(&plan, &options);
    assert_eq!(es.lang, "es");
    let s1_en = en.with_code("S1").next().unwrap();
    let s1_es = es.with_code("S1").next().unwrap();
    assert_ne!(s1_en.message, s1_es.message);
    for report in [&en, &es] {
        for f in &report.findings {
            assert!(!f.message.is_empty() && !f.help.is_empty(), "{} has no text", f.message_id);
            assert!(!f.message.contains(f.message_id), "{} shows its id", f.message_id);
        }
    }
}
