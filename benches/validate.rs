//! Validation of a realistic large plan (≥ 12 goals, 30 supports, 20 KB narrative) and of one ten times
//! larger: the second must stay within 12× the first (no quadratic rule).

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::validate::{ValidateOptions, validate};

#[path = "support/large_plan.rs"]
mod support;

fn bench(c: &mut Criterion) {
    let options = ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    for scale in [1, 10] {
        let plan = support::large_plan(scale);
        let label =
            format!("validate/large plan x{scale} ({} goals, {} supports)", plan.goals.len(), plan.supports.len());
        c.bench_function(&label, |b| b.iter(|| validate(std::hint::black_box(&plan), &options)));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
