//! Loading a plan from JSON: the largest shipped example, and a generated large plan.

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::model::Plan;

#[path = "support/large_plan.rs"]
mod support;

fn largest_example() -> (String, String) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plans");
    std::fs::read_dir(dir)
        .expect("examples directory")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .max_by_key(|(_, text)| text.len())
        .expect("at least one example")
}

fn bench(c: &mut Criterion) {
    let (name, json) = largest_example();
    c.bench_function(&format!("load/{name} ({} KB)", json.len() / 1024), |b| {
        b.iter(|| Plan::from_json_str(std::hint::black_box(&json)).expect("loads"))
    });
    let large = support::large_plan(1).to_json_pretty();
    c.bench_function(&format!("load/large plan ({} KB)", large.len() / 1024), |b| {
        b.iter(|| Plan::from_json_str(std::hint::black_box(&large)).expect("loads"))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
