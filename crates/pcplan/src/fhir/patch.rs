//! The plan's remainder: what FHIR has no element for, carried as an RFC 6902 JSON Patch.
//!
//! Export maps every element it can to FHIR, then reads its own bundle back and records, as a JSON Patch, what
//! differs from the plan (meetings, monitoring, translations, …). Import applies that patch to what it mapped,
//! so a plan survives the trip value for value while other systems see ordinary eLTSS resources. Objects are
//! compared key by key and arrays of the same length item by item, so the patch names only what the mapping
//! did not carry.

use std::fmt::Write as _;

use serde_json::{Value, json};

use crate::model::pointer::{Token, unescape};

/// The operations turning `from` into `to`.
pub(crate) fn diff(from: &Value, to: &Value) -> Vec<Value> {
    let mut ops = Vec::new();
    walk(from, to, &mut String::new(), &mut ops);
    ops
}

fn walk(from: &Value, to: &Value, path: &mut String, ops: &mut Vec<Value>) {
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => {
            for key in a.keys().filter(|k| !b.contains_key(*k)) {
                ops.push(json!({ "op": "remove", "path": format!("{path}{}", Token::Key(key)) }));
            }
            for (key, bv) in b {
                let len = path.len();
                // Writing to a String cannot fail.
                let _ = write!(path, "{}", Token::Key(key));
                match a.get(key) {
                    Some(av) => walk(av, bv, path, ops),
                    None => ops.push(json!({ "op": "add", "path": path.clone(), "value": bv })),
                }
                path.truncate(len);
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() == b.len() => {
            for (i, (av, bv)) in a.iter().zip(b).enumerate() {
                let len = path.len();
                path.push('/');
                path.push_str(&i.to_string());
                walk(av, bv, path, ops);
                path.truncate(len);
            }
        }
        _ if from == to => {}
        _ => ops.push(json!({ "op": "replace", "path": path.clone(), "value": to })),
    }
}

/// Why a patch could not be applied: the operation's index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PatchError(pub usize);

/// Applies `add`, `remove` and `replace` operations (the ones [`diff`] writes) to `doc`.
pub(crate) fn apply(doc: &mut Value, ops: &[Value]) -> Result<(), PatchError> {
    for (i, op) in ops.iter().enumerate() {
        apply_one(doc, op).ok_or(PatchError(i))?;
    }
    Ok(())
}

fn apply_one(doc: &mut Value, op: &Value) -> Option<()> {
    let kind = op.get("op")?.as_str()?;
    let path = op.get("path")?.as_str()?;
    if path.is_empty() {
        if kind == "remove" {
            return None;
        }
        *doc = op.get("value")?.clone();
        return Some(());
    }
    let (parent, last) = path.rsplit_once('/')?;
    let last = unescape(last).into_owned();
    let target = doc.pointer_mut(parent)?;
    match (kind, target) {
        ("add" | "replace", Value::Object(m)) => {
            if kind == "replace" && !m.contains_key(&last) {
                return None;
            }
            m.insert(last, op.get("value")?.clone());
        }
        ("remove", Value::Object(m)) => {
            m.remove(&last)?;
        }
        ("replace", Value::Array(a)) => *a.get_mut(last.parse::<usize>().ok()?)? = op.get("value")?.clone(),
        ("add", Value::Array(a)) => {
            let value = op.get("value")?.clone();
            if last == "-" {
                a.push(value);
            } else {
                let i = last.parse::<usize>().ok()?;
                (i <= a.len()).then(|| a.insert(i, value))?;
            }
        }
        ("remove", Value::Array(a)) => {
            let i = last.parse::<usize>().ok()?;
            (i < a.len()).then(|| a.remove(i))?;
        }
        _ => return None,
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_then_apply_gives_the_target() {
        let a = json!({"a": 1, "b": [1, 2, {"c": "x"}], "d/e": {"f": true}, "g": [1]});
        let b = json!({"a": 2, "b": [1, 2, {"c": "y", "n": null}], "d/e": {}, "g": [1, 2], "h": "new"});
        let ops = diff(&a, &b);
        let mut doc = a.clone();
        apply(&mut doc, &ops).unwrap();
        assert_eq!(doc, b);
        assert!(diff(&b, &b).is_empty());
    }

    #[test]
    fn a_patch_that_does_not_fit_is_an_error() {
        let mut doc = json!({"a": 1});
        assert_eq!(apply(&mut doc, &[json!({"op": "replace", "path": "/zz", "value": 1})]), Err(PatchError(0)));
        assert_eq!(apply(&mut doc, &[json!({"op": "remove", "path": "/a/b"})]), Err(PatchError(0)));
    }
}
