//! The content digest covers what a signature consents to, and nothing else.

use pcplan::model::{Plan, content_digest};
use serde_json::{Value, json};

fn minimal() -> Value {
    serde_json::from_str(include_str!("fixtures/minimal.json")).unwrap()
}

fn digest(v: &Value) -> String {
    content_digest(&Plan::from_json_str(&v.to_string()).unwrap()).to_string()
}

#[test]
fn format_is_sha256_hex() {
    let d = digest(&minimal());
    assert!(d.starts_with("sha256:") && d.len() == 71, "{d}");
    assert!(d.parse::<pcplan::model::ContentDigest>().is_ok());
}

#[test]
fn key_order_and_whitespace_do_not_change_it() {
    let v = minimal();
    let compact = serde_json::to_string(&v).unwrap();
    let pretty = serde_json::to_string_pretty(&v).unwrap();
    // Reverse every object's keys.
    fn reversed(v: &Value) -> String {
        match v {
            Value::Object(m) => {
                let items: Vec<String> =
                    m.iter().rev().map(|(k, v)| format!("{}: {}", Value::from(k.as_str()), reversed(v))).collect();
                format!("{{ {} }}", items.join(",\n  "))
            }
            Value::Array(a) => format!("[{}]", a.iter().map(reversed).collect::<Vec<_>>().join(" , ")),
            other => other.to_string(),
        }
    }
    let shuffled = reversed(&v);
    let a = content_digest(&Plan::from_json_str(&compact).unwrap());
    let b = content_digest(&Plan::from_json_str(&pretty).unwrap());
    let c = content_digest(&Plan::from_json_str(&shuffled).unwrap());
    assert_eq!(a, b);
    assert_eq!(a, c);
}

#[test]
fn content_changes_change_it() {
    let base = digest(&minimal());
    let edits: Vec<fn(&mut Value)> = vec![
        |v| v["goals"][0]["statement"]["text"] = json!("Find a house."),
        |v| v["supports"][0]["quantity"] = json!(5),
        |v| v["person"]["preferredName"] = json!("Z"),
        |v| v["needs"][0]["category"] = json!("food"),
        |v| v["team"][0]["name"] = json!("Pat Li"),
        |v| v["review"] = json!({ "nextReviewDue": "2026-12-01" }),
        |v| v["risks"] = json!([{ "id": "r1", "description": { "text": "Falls", "lang": "en" } }]),
        |v| v["profile"] = json!({ "strengths": [{ "text": "Kind", "lang": "en" }] }),
        |v| v["goals"][0]["statement"]["translations"] = json!([{ "text": "Encontrar un apartamento.", "lang": "es" }]),
    ];
    for (i, edit) in edits.iter().enumerate() {
        let mut v = minimal();
        edit(&mut v);
        assert_ne!(digest(&v), base, "edit {i} should change the digest");
    }
}

#[test]
fn routine_additions_do_not_change_it() {
    let base = digest(&minimal());
    let edits: Vec<fn(&mut Value)> = vec![
        |v| v["status"] = json!("active"),
        |v| v["version"] = json!(2),
        |v| v["signatures"] = json!([{ "id": "s1", "role": "person", "name": "Zed", "date": "2026-01-05" }]),
        |v| {
            v["distribution"] = json!([{ "id": "d1", "recipient": "Zed", "recipientRole": "person",
            "date": "2026-01-06", "language": "en", "format": "standard-print" }])
        },
        |v| v["monitoring"] = json!([{ "id": "m1", "date": "2026-03-01", "note": { "text": "ok", "lang": "en" } }]),
        |v| {
            v["feedback"] = json!([{ "id": "f1", "date": "2026-03-01", "from": "person",
            "text": { "text": "good", "lang": "en" } }])
        },
        |v| v["revisionHistory"] = json!([{ "version": 1, "date": "2026-01-01", "reason": "initial" }]),
        |v| v["extensions"] = json!({ "agency": { "caseId": 1 } }),
        |v| v["goals"][0]["status"] = json!("achieved"),
        |v| v["goals"][0]["steps"][0]["done"] = json!(true),
    ];
    for (i, edit) in edits.iter().enumerate() {
        let mut v = minimal();
        edit(&mut v);
        assert_eq!(digest(&v), base, "edit {i} should not change the digest");
    }
}
