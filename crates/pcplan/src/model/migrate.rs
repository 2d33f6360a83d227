//! Bringing an older plan document up to [`SCHEMA_VERSION`], one version at a time, on the JSON before it is
//! typed: a version-1 plan is read, never refused.
//!
//! Version 1 → 2 maps:
//! - each support's `quantity`, `unit` and `interval` → its `schedule`: `quantity` and `unit` become
//!   `schedule.amount.value` and `.unit`; `interval` `day`/`week`/`month`/`year` becomes `schedule.periodUnit`,
//!   `one-time` becomes `schedule.once`, `as-needed` becomes `schedule.asNeeded`. A support with none of the
//!   three gets no schedule.
//! - each signature with a `contentDigest` gets `digestFormat: 1`: the digest was computed over version 1's
//!   shape of the signed content, and [`super::signed_digest`] recomputes it in that shape, so migrating a plan
//!   never invalidates its signatures (and any change of content after signing still does).
//!
//! Everything else in version 1 means the same in version 2.

use serde_json::{Map, Value};

use super::SCHEMA_VERSION;
use super::load::LoadError;

/// Migrates `value` in place to [`SCHEMA_VERSION`], or says why it cannot be read.
pub(super) fn migrate(mut value: Value) -> Result<Value, LoadError> {
    let Some(version) = value.get("schemaVersion").and_then(Value::as_u64) else {
        // Missing or not a number: the typed read says where and what was expected.
        return Ok(value);
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(LoadError::UnsupportedSchemaVersion { found: version, supported: SCHEMA_VERSION });
    }
    if version == 0 {
        return Err(LoadError::Invalid {
            path: "/schemaVersion".into(),
            expected: format!("expected a schema version from 1 to {SCHEMA_VERSION}"),
        });
    }
    if version == 1 {
        v1_to_v2(&mut value);
    }
    Ok(value)
}

/// Version 1 → 2 (see the module documentation).
fn v1_to_v2(value: &mut Value) {
    let Some(plan) = value.as_object_mut() else { return };
    plan.insert("schemaVersion".into(), Value::from(2));
    for support in plan.get_mut("supports").and_then(Value::as_array_mut).into_iter().flatten() {
        if let Some(support) = support.as_object_mut() {
            support_v1_to_v2(support);
        }
    }
    for sig in plan.get_mut("signatures").and_then(Value::as_array_mut).into_iter().flatten() {
        if let Some(sig) = sig.as_object_mut()
            && sig.contains_key("contentDigest")
            && !sig.contains_key("digestFormat")
        {
            sig.insert("digestFormat".into(), Value::from(1));
        }
    }
}

fn support_v1_to_v2(support: &mut Map<String, Value>) {
    let quantity = support.remove("quantity");
    let unit = support.remove("unit");
    let interval = support.remove("interval");
    if quantity.is_none() && unit.is_none() && interval.is_none() {
        return;
    }
    let mut schedule = Map::new();
    if quantity.is_some() || unit.is_some() {
        let mut amount = Map::new();
        if let Some(q) = quantity {
            amount.insert("value".into(), q);
        }
        if let Some(u) = unit {
            amount.insert("unit".into(), u);
        }
        schedule.insert("amount".into(), Value::Object(amount));
    }
    match interval {
        Some(Value::String(i)) if i == "one-time" => {
            schedule.insert("once".into(), Value::Bool(true));
        }
        Some(Value::String(i)) if i == "as-needed" => {
            schedule.insert("asNeeded".into(), Value::Bool(true));
        }
        // `day`, `week`, `month`, `year` are the period units' names; anything else is left for the typed read
        // to report at `/supports/N/schedule/periodUnit`.
        Some(other) => {
            schedule.insert("periodUnit".into(), other);
        }
        None => {}
    }
    support.insert("schedule".into(), Value::Object(schedule));
}

/// The signed content of a plan in version 1's shape, for signatures whose digest was computed then
/// (`digestFormat: 1`): the inverse of [`v1_to_v2`] on the signed parts. Exact for content that came from
/// version 1; anything version 1 could not say (every 2 weeks, days of the week) stays in the version-2 shape,
/// so the digest differs, as it should: that content was not what was signed.
pub(super) fn signed_content_v2_to_v1(content: &mut Value) {
    for support in content.get_mut("supports").and_then(Value::as_array_mut).into_iter().flatten() {
        let Some(support) = support.as_object_mut() else { continue };
        let Some(Value::Object(schedule)) = support.get("schedule") else { continue };
        let mut rest = schedule.clone();
        let amount = rest.remove("amount");
        let once = rest.remove("once");
        let as_needed = rest.remove("asNeeded");
        let period_unit = rest.remove("periodUnit");
        let interval = match (once, as_needed, period_unit) {
            (Some(Value::Bool(true)), None, None) => Some(Value::from("one-time")),
            (None, Some(Value::Bool(true)), None) => Some(Value::from("as-needed")),
            (None, None, Some(unit)) => Some(unit),
            (None, None, None) => None,
            _ => continue,
        };
        let mut amount = match amount {
            Some(Value::Object(a)) => a,
            None => Map::new(),
            Some(_) => continue,
        };
        let value = amount.remove("value");
        let unit = amount.remove("unit");
        if !rest.is_empty() || !amount.is_empty() {
            continue; // a version-2 rhythm: no version-1 form
        }
        support.remove("schedule");
        for (key, v) in [("quantity", value), ("unit", unit), ("interval", interval)] {
            if let Some(v) = v {
                support.insert(key.into(), v);
            }
        }
    }
}
