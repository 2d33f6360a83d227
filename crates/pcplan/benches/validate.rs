//! Validation of a realistic large plan (≥ 12 goals, 30 supports, 20 KB narrative) and of one ten times
//! larger: the second must stay within 12× the first (no quadratic rule).
//!
//! Two floors, measured in the same run for comparison: splitting the large plan's narrative into words once
//! (`text::Words`, what the text rules share), and only counting its words in one pass over the bytes (the least
//! any word-level check must do).

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::text::Words;
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
    let texts = support::narrative_texts(&support::large_plan(1));
    c.bench_function("floor: split the large plan's narrative into words", |b| {
        b.iter(|| texts.iter().map(|t| Words::new(std::hint::black_box(t)).len()).sum::<usize>())
    });
    c.bench_function("floor: count the large plan's narrative words", |b| {
        b.iter(|| {
            let mut words = 0;
            for t in &texts {
                let mut in_word = false;
                for &byte in std::hint::black_box(t.as_bytes()) {
                    let w = byte.is_ascii_alphanumeric() || byte >= 0x80;
                    words += usize::from(w && !in_word);
                    in_word = w;
                }
            }
            words
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
