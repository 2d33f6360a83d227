//! The committed JSON Schema is the one the types generate.

#[test]
fn committed_schema_matches_the_types() {
    let generated = pcplan::model::json_schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../schema/pcplan.schema.json");
    let committed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap_or_default()).unwrap_or_default();
    if generated != committed && std::env::var_os("PCPLAN_UPDATE_SCHEMA").is_some() {
        std::fs::write(path, serde_json::to_string_pretty(&generated).unwrap() + "\n").unwrap();
        return;
    }
    assert!(
        generated == committed,
        "schema/pcplan.schema.json is out of date: run `PCPLAN_UPDATE_SCHEMA=1 cargo test -p pcplan --test suite schema::`"
    );
}
