//! Shared by the injection and privacy tests: the example plans, and a walker that finds every free-text string
//! field of a plan (texts, names, relationships, phones, organizations…) but not ids, references, dates, enum
//! values, language tags or digests.
#![allow(dead_code)]

use pcplan::model::{LoadOptions, Plan};
use serde_json::Value;

/// The example plans, by file name.
pub const EXAMPLES: [(&str, &str); 5] = [
    ("ecm-ar-youssef", include_str!("../../../../examples/plans/ecm-ar-youssef.json")),
    ("ecm-es-rosa", include_str!("../../../../examples/plans/ecm-es-rosa.json")),
    ("hcbs-en-jordan", include_str!("../../../../examples/plans/hcbs-en-jordan.json")),
    ("hcbs-en-marcus", include_str!("../../../../examples/plans/hcbs-en-marcus.json")),
    ("hcbs-zh-hant-mei", include_str!("../../../../examples/plans/hcbs-zh-hant-mei.json")),
];

pub fn example(name: &str) -> Value {
    let (_, json) = EXAMPLES.iter().find(|(n, _)| *n == name).expect("a known example");
    serde_json::from_str(json).expect("the example is JSON")
}

/// A key whose string value is never free text: ids and links, language tags, the schema version.
fn structural_key(key: &str) -> bool {
    key == "id" || key.ends_with("Id") || key.ends_with("Ids") || key == "lang" || key == "schemaVersion"
}

/// Every string leaf (as a JSON Pointer) not under a structural key.
fn string_leaves(v: &Value, path: &mut String, out: &mut Vec<String>) {
    match v {
        Value::String(_) => out.push(path.clone()),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                string_leaves(item, path, out);
                path.truncate(len);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                if structural_key(k) {
                    continue;
                }
                let len = path.len();
                path.push('/');
                path.push_str(&k.replace('~', "~0").replace('/', "~1"));
                string_leaves(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

/// The JSON Pointers of every free-text string in `plan`: a string leaf not under an id, link or language key,
/// that still loads when replaced by a plain word (dates, enum values and digests do not).
pub fn text_fields(plan: &Value) -> Vec<String> {
    let mut leaves = Vec::new();
    string_leaves(plan, &mut String::new(), &mut leaves);
    leaves
        .into_iter()
        .filter(|p| {
            let mut v = plan.clone();
            *v.pointer_mut(p).expect("a leaf") = Value::String("Placeholder".into());
            Plan::from_json_str(&v.to_string()).is_ok()
        })
        .collect()
}

/// `plan` with every field in `fields` set to `f(pointer)`.
pub fn fill(plan: &Value, fields: &[String], f: impl Fn(&str) -> String) -> Value {
    let mut v = plan.clone();
    for p in fields {
        *v.pointer_mut(p).expect("a field") = Value::String(f(p));
    }
    v
}

/// Loads a plan value with `options`, panicking with the error (never a value) if it does not load.
pub fn load_with(v: &Value, options: &LoadOptions) -> Plan {
    Plan::from_json_slice_with(v.to_string().as_bytes(), options).unwrap_or_else(|e| panic!("does not load: {e}"))
}

pub fn load(v: &Value) -> Plan {
    load_with(v, &LoadOptions::default())
}
