//! Any bytes → plan → Markdown and HTML: never a panic; a plan that loads always renders.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(EngineOptions::default()).expect("the engine builds"));

fuzz_target!(|data: &[u8]| {
    let Ok(plan) = Plan::from_json_slice(data) else { return };
    for format in [Format::Markdown, Format::Html] {
        let out = ENGINE.render(&plan, &RenderOptions::new(format)).expect("a plan that loads renders");
        let text = String::from_utf8(out.bytes).expect("UTF-8 output");
        if format == Format::Html {
            assert!(!text.to_ascii_lowercase().contains("<script"), "script element in HTML output");
        }
    }
});
