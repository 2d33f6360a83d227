//! Criterion bench: a realistic ~3-page plan rendered to PDF/UA-1 with fonts loaded once and reused.
//! Target: median ≤ 40 ms. Uses Debian's Noto fonts when installed, else the embedded fonts.

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::render::pdf::markdown_to_pdf;

#[path = "../tests/pdf_support/mod.rs"]
mod pdf_support;

fn bench(c: &mut Criterion) {
    let md = pdf_support::three_page_plan();
    let fonts = pdf_support::debian_fonts().unwrap_or_else(|| pdf_support::embedded_fonts());
    let settings = pdf_support::settings("en-US", "Person-Centered Plan");
    let mut group = c.benchmark_group("pdf");
    group.sample_size(50);
    // Distinct documents each iteration (a server renders different plans): the honest number.
    let mut i = 0u64;
    group.bench_function("three_page_plan_ua1_distinct", |b| {
        b.iter(|| {
            i += 1;
            let doc = format!("{md}\n\nRender {i}.\n");
            markdown_to_pdf(&doc, &settings, fonts).expect("renders")
        })
    });
    // The same document again: typst's memoization (kept for COMEMO_MAX_AGE renders) serves most of it.
    group.bench_function("three_page_plan_ua1_same", |b| {
        b.iter(|| markdown_to_pdf(&md, &settings, fonts).expect("renders"))
    });
    let mut large = settings.clone();
    large.large_print = true;
    group.bench_function("three_page_plan_large_print", |b| {
        b.iter(|| markdown_to_pdf(&md, &large, fonts).expect("renders"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
