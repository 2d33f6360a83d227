//! "What changed since the last version", rendered in the person's language when the caller passes the
//! previous version.

use std::sync::Arc;

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

fn plan(path: &str) -> Plan {
    Plan::from_json_str(&std::fs::read_to_string(format!("{}/../../{path}", env!("CARGO_MANIFEST_DIR"))).unwrap())
        .unwrap()
}

fn markdown(engine: &Engine, plan: &Plan, previous: Option<&Plan>, lang: &str) -> String {
    let mut options = RenderOptions::new(Format::Markdown);
    options.lang = Some(lang.parse().unwrap());
    options.previous = previous.map(|p| Arc::new(p.clone()));
    String::from_utf8(engine.render(plan, &options).unwrap().bytes).unwrap()
}

#[test]
fn changes_section_appears_only_with_a_previous_version_in_english_and_spanish() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let v1 = plan("examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
    let v2 = plan("examples/plans/revisions/hcbs-en-marcus-v2.json");
    let plain = markdown(&engine, &v2, None, "en");
    assert!(!plain.contains("What changed since the last version"));
    let en = markdown(&engine, &v2, Some(&v1), "en");
    assert!(en.contains("## What changed since the last version"), "{en}");
    let es = markdown(&engine, &v2, Some(&v1), "es");
    assert!(es.contains("## Qué cambió desde la versión anterior"), "{es}");
    // Each change is one list item, in plain words.
    let items = en.split("## What changed since the last version").nth(1).unwrap().split("\n## ").next().unwrap();
    assert!(items.lines().filter(|l| l.starts_with("- ")).count() >= 3, "{items}");
    assert!(items.contains("hours a week"), "{items}");
    let items_es = es.split("## Qué cambió desde la versión anterior").nth(1).unwrap().split("\n## ").next().unwrap();
    assert!(items_es.contains("horas por semana"), "{items_es}");
}
