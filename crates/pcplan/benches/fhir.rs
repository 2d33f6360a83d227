//! eLTSS on FHIR: export and import of the large bench plan. With `PCPLAN_FHIR_BUNDLE_OUT=FILE` the bundle is
//! also written to FILE, for `benches/fhir_ratio.py` (pcplan's import against Python's fhir.resources).

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::fhir::{self, ExportOptions, ImportOptions};
use pcplan::{Engine, EngineOptions};

#[path = "support/large_plan.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let engine = Engine::new(EngineOptions::default()).expect("engine");
    let plan = support::large_plan(1);
    let options = ExportOptions::default();
    let bytes = fhir::export_json(&engine, &plan, &options).expect("exports");
    if let Ok(path) = std::env::var("PCPLAN_FHIR_BUNDLE_OUT") {
        std::fs::write(path, &bytes).expect("writes the bundle");
    }
    c.bench_function(&format!("fhir/export large plan ({} KB bundle)", bytes.len() / 1024), |b| {
        b.iter(|| fhir::export_json(&engine, std::hint::black_box(&plan), &options).expect("exports"))
    });
    c.bench_function(&format!("fhir/import large plan ({} KB bundle)", bytes.len() / 1024), |b| {
        b.iter(|| fhir::import(std::hint::black_box(&bytes), &ImportOptions::default()).expect("imports"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
