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

/// Every field and every type of the plan schema says what it means: the schema is the format's reference.
#[test]
fn every_field_and_type_has_a_description() {
    fn walk(node: &serde_json::Value, path: &str, missing: &mut Vec<String>) {
        match node {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(props)) = map.get("properties") {
                    for (name, prop) in props {
                        if prop.get("description").is_none() {
                            missing.push(format!("{path}/properties/{name}"));
                        }
                    }
                }
                for (key, child) in map {
                    walk(child, &format!("{path}/{key}"), missing);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}/{i}"), missing);
                }
            }
            _ => {}
        }
    }
    let schema = pcplan::model::json_schema();
    let mut missing = Vec::new();
    walk(&schema, "", &mut missing);
    for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
        if def.get("description").is_none() {
            missing.push(format!("/$defs/{name}"));
        }
    }
    assert!(missing.is_empty(), "without a description: {missing:#?}");
}
