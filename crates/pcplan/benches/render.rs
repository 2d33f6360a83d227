//! Render speed on the realistic large plan of `support/large_plan.rs` (12 goals, 30 supports, 20 KB of
//! narrative) with the Engine reused, and the cost of building an Engine.

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

#[path = "support/large_plan.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let plan = support::large_plan(1);
    let engine = Engine::new(EngineOptions::default()).unwrap();
    c.bench_function("render markdown (large plan)", |b| {
        let options = RenderOptions::new(Format::Markdown);
        b.iter(|| engine.render(&plan, &options).unwrap())
    });
    c.bench_function("render html (large plan)", |b| {
        let options = RenderOptions::new(Format::Html);
        b.iter(|| engine.render(&plan, &options).unwrap())
    });
    // The floor of the HTML render, in the same run: pulldown-cmark parsing the large plan's Markdown (the HTML
    // writer reads these events; the Markdown comes first).
    let markdown =
        String::from_utf8(engine.render(&plan, &RenderOptions::new(Format::Markdown)).unwrap().bytes).unwrap();
    c.bench_function("floor: pulldown-cmark parse of the large plan's Markdown", |b| {
        b.iter(|| {
            pulldown_cmark::Parser::new_ext(std::hint::black_box(&markdown), pulldown_cmark::Options::ENABLE_TABLES)
                .count()
        })
    });
    c.bench_function("Engine::new", |b| b.iter(|| Engine::new(EngineOptions::default()).unwrap()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
