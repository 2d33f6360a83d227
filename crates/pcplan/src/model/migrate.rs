//! Bringing an older plan document up to [`SCHEMA_VERSION`], one version at a time, on the JSON before it is
//! typed: a version-1 plan is read, never refused.
//!
//! Version 1 → 2 maps:
//! - each support's `quantity`, `unit` and `interval` → its `schedule`: `quantity` and `unit` become
//!   `schedule.amount.value` and `.unit`; `interval` `day`/`week`/`month`/`year` becomes `schedule.periodUnit`,
//!   `one-time` becomes `schedule.once`, `as-needed` becomes `schedule.asNeeded`. A support with none of the
//!   three gets no schedule.
//! - the person's `language.spoken` and `.written` tags become one-entry lists (`[{ "lang": "vi" }]`), and
//!   `language.interpreterNeeded` moves onto the spoken entry.
//! - the person's `preferredName` becomes `preferredNames: [{ "text", "lang" }]`: `lang` is the written
//!   language when the name is in that language's script, else `und-` and the name's script ("Mei Lan" in a
//!   Traditional Chinese plan is `und-Latn`).
//! - the person's `pronouns` text becomes `pronouns.ownWords` in the written language, and `pronouns.sets` the
//!   standard sets it names ([`crate::text::mentions::PronounSet::parse`]: "she/her", "ella", "هو", "她"…).
//! - each representative's `legalAuthority: true` becomes `authority: { "applies": "always" }`; `false` is
//!   dropped.
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
    if let Some(person) = plan.get_mut("person").and_then(Value::as_object_mut) {
        person_v1_to_v2(person);
    }
    for rep in plan.get_mut("representatives").and_then(Value::as_array_mut).into_iter().flatten() {
        if let Some(rep) = rep.as_object_mut()
            && let Some(authority) = rep.remove("legalAuthority")
        {
            match authority {
                Value::Bool(false) => {}
                Value::Bool(true) => {
                    rep.insert("authority".into(), serde_json::json!({ "applies": "always" }));
                }
                // Not a boolean: kept for the typed read to report where.
                other => {
                    rep.insert("legalAuthority".into(), other);
                }
            }
        }
    }
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

fn person_v1_to_v2(person: &mut Map<String, Value>) {
    let written = person.get("language").and_then(|l| l.get("written")).and_then(Value::as_str).map(str::to_owned);
    if let Some(language) = person.get_mut("language").and_then(Value::as_object_mut) {
        // A value of another type stays for the typed read to report where and what was expected.
        if let Some(Value::String(tag)) = take_if(language, "spoken", Value::is_string) {
            let interpreter = language.remove("interpreterNeeded");
            let mut entry = Map::new();
            entry.insert("lang".into(), Value::String(tag));
            match interpreter {
                Some(Value::Bool(false)) | None => {}
                Some(i) => {
                    entry.insert("interpreterNeeded".into(), i);
                }
            }
            language.insert("spoken".into(), Value::Array(vec![Value::Object(entry)]));
        }
        if let Some(Value::String(tag)) = take_if(language, "written", Value::is_string) {
            language.insert("written".into(), serde_json::json!([{ "lang": tag }]));
        }
    }
    let Some(written) = written else { return };
    if let Some(Value::String(name)) = take_if(person, "preferredName", Value::is_string) {
        let lang = v1_name_lang(&name, &written);
        person.insert("preferredNames".into(), serde_json::json!([{ "text": name, "lang": lang }]));
    }
    if let Some(Value::String(own)) = take_if(person, "pronouns", Value::is_string) {
        let sets = crate::text::mentions::PronounSet::parse(&own);
        let mut pronouns = Map::new();
        if !sets.is_empty() {
            pronouns.insert("sets".into(), serde_json::to_value(sets).unwrap_or_default());
        }
        pronouns.insert("ownWords".into(), serde_json::json!({ "text": own, "lang": written }));
        person.insert("pronouns".into(), Value::Object(pronouns));
    }
}

/// Where a JSON Pointer into the migrated (version-2) plan points in the version-1 document it came from: the
/// places migration moved (`/person/language/written/0/lang` was `/person/language/written`,
/// `/supports/3/schedule/amount/value` was `/supports/3/quantity`); other pointers are unchanged.
pub(super) fn v1_pointer(pointer: &str) -> String {
    let tokens: Vec<&str> = pointer.split('/').skip(1).collect();
    let moved: Option<Vec<&str>> = match tokens.as_slice() {
        ["person", "language", kind @ ("spoken" | "written"), "0", "lang", ..] => {
            Some(vec!["person", "language", kind])
        }
        ["person", "language", "spoken", "0", "interpreterNeeded", ..] => {
            Some(vec!["person", "language", "interpreterNeeded"])
        }
        ["person", "preferredNames", "0", ..] => Some(vec!["person", "preferredName"]),
        ["person", "pronouns", ..] => Some(vec!["person", "pronouns"]),
        ["representatives", i, "authority", ..] => Some(vec!["representatives", i, "legalAuthority"]),
        ["supports", i, "schedule", "amount", "value", ..] => Some(vec!["supports", i, "quantity"]),
        ["supports", i, "schedule", "amount", "unit", ..] => Some(vec!["supports", i, "unit"]),
        ["supports", i, "schedule", "periodUnit" | "once" | "asNeeded", ..] => Some(vec!["supports", i, "interval"]),
        _ => None,
    };
    match moved {
        Some(tokens) => tokens.iter().map(|t| format!("/{t}")).collect(),
        None => pointer.to_owned(),
    }
}

/// Removes and returns `map[key]` when `test` holds for it; leaves it otherwise.
fn take_if(map: &mut Map<String, Value>, key: &str, test: impl Fn(&Value) -> bool) -> Option<Value> {
    if map.get(key).is_some_and(test) { map.remove(key) } else { None }
}

/// The language tag a version-1 preferred name migrates with: the written language if the name is in its
/// script (Han counts as the script of Chinese, Japanese and Korean tags), else `und-` and the name's script.
fn v1_name_lang(name: &str, written: &str) -> String {
    use crate::i18n::lang;
    let Some(name_script) = lang::script_of_text(name) else { return written.to_owned() };
    let Ok(tag) = written.parse::<crate::LanguageIdentifier>() else { return written.to_owned() };
    let matches = lang::script(&tag).is_none_or(|s| {
        s == name_script || (name_script == "Hani" && matches!(s.as_str(), "Hans" | "Hant" | "Jpan" | "Kore"))
    });
    if matches { written.to_owned() } else { format!("und-{name_script}") }
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
        // to report (at `/supports/N/interval`, see [`v1_pointer`]).
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
    if let Some(person) = content.get_mut("person").and_then(Value::as_object_mut) {
        person_v2_to_v1(person);
    }
    for rep in content.get_mut("representatives").and_then(Value::as_array_mut).into_iter().flatten() {
        let Some(rep) = rep.as_object_mut() else { continue };
        let legal = match rep.get("authority") {
            None => false,
            Some(a) if *a == serde_json::json!({ "applies": "always" }) => true,
            Some(_) => continue,
        };
        rep.remove("authority");
        rep.insert("legalAuthority".into(), Value::Bool(legal));
    }
    supports_v2_to_v1(content);
}

/// The person in version 1's shape, where version 1 could say it (one language of each kind without
/// proficiency, one preferred name in the script migration gives it, pronouns as migration makes them).
fn person_v2_to_v1(person: &mut Map<String, Value>) {
    let one = |list: Option<&Value>| match list.and_then(Value::as_array).map(Vec::as_slice) {
        Some([Value::Object(entry)]) => Some(entry.clone()),
        _ => None,
    };
    let language = person.get("language");
    let spoken = one(language.and_then(|l| l.get("spoken")));
    let written = one(language.and_then(|l| l.get("written")));
    let (Some(mut spoken), Some(mut written)) = (spoken, written) else { return };
    let (Some(Value::String(spoken_tag)), Some(Value::String(written_tag))) =
        (spoken.remove("lang"), written.remove("lang"))
    else {
        return;
    };
    let interpreter = spoken.remove("interpreterNeeded").unwrap_or(Value::Bool(false));
    if !spoken.is_empty() || !written.is_empty() {
        return; // proficiency: no version-1 form
    }
    let name = match person.get("preferredNames").and_then(Value::as_array).map(Vec::as_slice) {
        None => None,
        Some([form]) => match (form.get("text").and_then(Value::as_str), form.get("lang").and_then(Value::as_str)) {
            (Some(text), Some(lang))
                if form.as_object().is_some_and(|f| f.len() == 2) && v1_name_lang(text, &written_tag) == lang =>
            {
                Some(text.to_owned())
            }
            _ => return,
        },
        Some(_) => return,
    };
    let pronouns = match person.get("pronouns") {
        None => None,
        Some(p) => {
            let own = p.pointer("/ownWords/text").and_then(Value::as_str);
            let Some(own) = own else { return };
            let expected_sets = serde_json::to_value(crate::text::mentions::PronounSet::parse(own)).unwrap_or_default();
            let sets = p.get("sets").cloned().unwrap_or(Value::Array(Vec::new()));
            let plain_words = p.get("ownWords") == Some(&serde_json::json!({ "text": own, "lang": written_tag }));
            if sets != expected_sets || !plain_words || p.as_object().is_some_and(|o| o.len() > 2) {
                return;
            }
            Some(own.to_owned())
        }
    };
    let Some(Value::Object(language)) = person.get_mut("language") else { return };
    language.insert("spoken".into(), Value::String(spoken_tag));
    language.insert("written".into(), Value::String(written_tag));
    language.insert("interpreterNeeded".into(), interpreter);
    person.remove("preferredNames");
    if let Some(name) = name {
        person.insert("preferredName".into(), Value::String(name));
    }
    person.remove("pronouns");
    if let Some(own) = pronouns {
        person.insert("pronouns".into(), Value::String(own));
    }
}

fn supports_v2_to_v1(content: &mut Value) {
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
