//! A fixed valid plan with fuzz text (lossy UTF-8, at most 200 bytes) in a goal statement, a strength and a
//! provider name → PDF: never a panic, never an error (only the embedded fonts are loaded, so characters they
//! cannot draw become visible replacements, not failures).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use serde_json::Value;

const PLAN: &str = include_str!("../../examples/plans/hcbs-en-jordan.json");

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(EngineOptions::default()).expect("the engine builds"));
static BASE: LazyLock<Value> = LazyLock::new(|| serde_json::from_str(PLAN).expect("the example is JSON"));

fuzz_target!(|data: &[u8]| {
    let data = &data[..data.len().min(200)];
    let text = String::from_utf8_lossy(data).into_owned();
    let mut v = BASE.clone();
    v["goals"][0]["statement"]["text"] = Value::String(text.clone());
    v["profile"]["strengths"][0]["text"] = Value::String(text.clone());
    v["supports"][0]["provider"]["name"] = Value::String(text);
    let plan = Plan::from_json_slice(v.to_string().as_bytes()).expect("the plan still loads");
    let out = ENGINE.render(&plan, &RenderOptions::new(Format::Pdf)).expect("the PDF renders");
    assert!(out.bytes.starts_with(b"%PDF-"));
});
