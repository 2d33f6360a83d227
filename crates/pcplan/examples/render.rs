//! Renders a plan to Markdown in the person's preferred language: the API behind `pcplan render`.
//!
//! `cargo run -p pcplan --example render -- examples/plans/ecm-es-rosa.json > rosa.md`

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: render PLAN.json")?;
    let plan = Plan::from_json_str(&std::fs::read_to_string(path)?)?;
    // Build the engine once (templates, locales, fonts) and share it across threads.
    let engine = Engine::new(EngineOptions::default())?;
    let rendered = engine.render(&plan, &RenderOptions::new(Format::Markdown))?;
    for warning in &rendered.warnings {
        eprintln!("warning: {warning}"); // codes and paths, never plan text
    }
    // Markdown and HTML are text; a PDF would be `rendered.bytes`.
    print!("{}", rendered.text().unwrap_or_default());
    Ok(())
}
