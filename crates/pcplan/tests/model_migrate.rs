//! Version 1 → 2: what each migration step maps, and that every version-1 file in the repository loads,
//! migrates, keeps its signatures and renders.

use pcplan::model::{Plan, content_digest, signed_digest};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use serde_json::{Value, json};

fn v1_with_support(support: Value) -> String {
    let mut plan: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    let mut s = plan["supports"][0].take();
    for key in ["quantity", "unit", "interval"] {
        s.as_object_mut().unwrap().remove(key);
    }
    for (k, v) in support.as_object().unwrap() {
        s[k] = v.clone();
    }
    plan["supports"][0] = s;
    plan.to_string()
}

fn migrated_schedule(support: Value) -> Value {
    let plan = Plan::from_json_str(&v1_with_support(support)).unwrap();
    let out: Value = serde_json::from_str(&plan.to_json_pretty()).unwrap();
    assert_eq!(out["schemaVersion"], 2);
    out["supports"][0].get("schedule").cloned().unwrap_or(Value::Null)
}

#[test]
fn quantity_unit_and_interval_become_a_schedule() {
    assert_eq!(
        migrated_schedule(json!({ "quantity": 4, "unit": "hour", "interval": "month" })),
        json!({ "amount": { "value": 4.0, "unit": "hour" }, "periodUnit": "month" })
    );
    assert_eq!(
        migrated_schedule(json!({ "quantity": 2350, "unit": "dollar", "interval": "one-time" })),
        json!({ "amount": { "value": 2350.0, "unit": "dollar" }, "once": true })
    );
    assert_eq!(
        migrated_schedule(json!({ "quantity": 4, "unit": "trip", "interval": "as-needed" })),
        json!({ "amount": { "value": 4.0, "unit": "trip" }, "asNeeded": true })
    );
    assert_eq!(migrated_schedule(json!({ "interval": "week" })), json!({ "periodUnit": "week" }));
    assert_eq!(migrated_schedule(json!({ "unit": "hour" })), json!({ "amount": { "unit": "hour" } }));
    assert_eq!(migrated_schedule(json!({})), Value::Null);
}

#[test]
fn an_unknown_version_1_interval_is_reported_where_the_file_has_it() {
    let err = Plan::from_json_str(&v1_with_support(json!({ "interval": "fortnight" }))).unwrap_err();
    assert_eq!(err.path(), Some("/supports/0/interval"));
}

/// The migrated person of the minimal version-1 plan with `person` fields set as given.
fn migrated_person(edit: impl FnOnce(&mut Value)) -> Value {
    let mut plan: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    edit(&mut plan);
    let out: Value = serde_json::to_value(Plan::from_json_str(&plan.to_string()).unwrap()).unwrap();
    out["person"].clone()
}

#[test]
fn languages_become_lists_with_the_interpreter_need_on_the_spoken_one() {
    let person = migrated_person(|p| {
        p["person"]["language"] = json!({ "spoken": "vi", "written": "vi", "interpreterNeeded": true });
    });
    assert_eq!(
        person["language"],
        json!({ "spoken": [{ "lang": "vi", "interpreterNeeded": true }], "written": [{ "lang": "vi" }] })
    );
    let person = migrated_person(|p| p["person"]["language"] = json!({ "spoken": "es", "written": "en" }));
    assert_eq!(person["language"], json!({ "spoken": [{ "lang": "es" }], "written": [{ "lang": "en" }] }));
}

#[test]
fn a_preferred_name_gets_the_written_language_or_its_own_script() {
    let person = migrated_person(|p| {
        p["person"]["language"] = json!({ "spoken": "fa", "written": "fa" });
        p["person"]["preferredName"] = json!("یاسمن");
    });
    assert_eq!(person["preferredNames"], json!([{ "text": "یاسمن", "lang": "fa" }]));
    // A Latin name in a Traditional Chinese plan is not Chinese.
    let person = migrated_person(|p| {
        p["person"]["language"] = json!({ "spoken": "yue", "written": "zh-Hant" });
        p["person"]["preferredName"] = json!("Mei Lan");
    });
    assert_eq!(person["preferredNames"], json!([{ "text": "Mei Lan", "lang": "und-Latn" }]));
    let person = migrated_person(|p| {
        p["person"]["language"] = json!({ "spoken": "yue", "written": "zh-Hant" });
        p["person"]["preferredName"] = json!("美蘭");
    });
    assert_eq!(person["preferredNames"], json!([{ "text": "美蘭", "lang": "zh-Hant" }]));
}

#[test]
fn pronouns_become_the_sets_they_name_and_keep_the_persons_words() {
    let person = migrated_person(|p| {
        p["person"]["language"] = json!({ "spoken": "es", "written": "es" });
        p["person"]["pronouns"] = json!("ella");
    });
    assert_eq!(person["pronouns"], json!({ "sets": ["she"], "ownWords": { "text": "ella", "lang": "es" } }));
    // Words no set stands for are kept, with no sets.
    let person = migrated_person(|p| p["person"]["pronouns"] = json!("xe/xem"));
    assert_eq!(person["pronouns"], json!({ "ownWords": { "text": "xe/xem", "lang": "en" } }));
}

#[test]
fn legal_authority_becomes_an_authority_that_always_applies() {
    let mut plan: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    plan["representatives"] = json!([
        { "id": "rep-1", "name": "A", "kind": "guardian", "legalAuthority": true },
        { "id": "rep-2", "name": "B", "kind": "supported-decision-maker", "legalAuthority": false }
    ]);
    let out = serde_json::to_value(Plan::from_json_str(&plan.to_string()).unwrap()).unwrap();
    assert_eq!(out["representatives"][0]["authority"], json!({ "applies": "always" }));
    assert_eq!(out["representatives"][1].get("authority"), None);
    assert_eq!(out["representatives"][1].get("legalAuthority"), None);
}

#[test]
fn errors_in_moved_fields_name_the_place_in_the_version_1_file() {
    let mut plan: Value = serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap();
    plan["person"]["language"]["spoken"] = json!("not a tag!");
    let err = Plan::from_json_str(&plan.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("/person/language/spoken"));
    // A version-2 file with the same mistake is told the version-2 place.
    plan["schemaVersion"] = json!(2);
    plan["person"]["language"] = json!({ "spoken": [{ "lang": "not a tag!" }], "written": [{ "lang": "en" }] });
    let err = Plan::from_json_str(&plan.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("/person/language/spoken/0/lang"));
    // An empty list of languages is refused where it is.
    plan["person"]["language"]["written"] = json!([]);
    plan["person"]["language"]["spoken"] = json!([{ "lang": "en" }]);
    let err = Plan::from_json_str(&plan.to_string()).unwrap_err();
    assert_eq!(err.path(), Some("/person/language/written"));
    assert!(err.to_string().contains("at least one language"), "{err}");
}

#[test]
fn signatures_get_digest_format_1_and_stay_valid() {
    let json = include_str!("../../../examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
    let raw: Value = serde_json::from_str(json).unwrap();
    let plan = Plan::from_json_str(json).unwrap();
    let signed: Vec<_> = plan.signatures.iter().filter(|s| s.content_digest.is_some()).collect();
    assert!(!signed.is_empty());
    for (i, sig) in signed.iter().enumerate() {
        assert_eq!(sig.digest_format, Some(1));
        assert_eq!(sig.content_digest.as_ref().unwrap().as_str(), raw["signatures"][i]["contentDigest"]);
        assert_eq!(Some(&signed_digest(&plan, sig)), sig.content_digest.as_ref(), "signature {i} still valid");
    }
    // The current format's digest is another one: the signed content changed shape.
    assert_ne!(Some(&content_digest(&plan)), signed[0].content_digest.as_ref());
}

#[test]
fn every_version_1_file_in_the_repository_loads_migrates_and_renders() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let dirs = [
        format!("{root}/examples/plans"),
        format!("{root}/examples/plans/revisions"),
        format!("{root}/crates/pcplan/tests/fixtures"),
    ];
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let mut seen = 0;
    for dir in &dirs {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            let raw: Value = serde_json::from_str(&text).unwrap();
            if raw["schemaVersion"] != 1 {
                continue;
            }
            seen += 1;
            let plan = Plan::from_json_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(plan.schema_version, 2);
            // Written back, it reads as version 2 and is the same plan.
            assert!(Plan::from_json_str(&plan.to_json_pretty()).unwrap() == plan, "{}", path.display());
            for format in [Format::Markdown, Format::Html] {
                engine.render(&plan, &RenderOptions::new(format)).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            }
        }
    }
    assert!(seen > 0);
}
