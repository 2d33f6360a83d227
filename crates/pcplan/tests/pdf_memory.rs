//! Peak memory over 1,000 consecutive renders with CJK fonts loaded must stay under 300 MB.
//! Ignored by default (it takes a while); run with
//! `cargo test --release -p pcplan --test suite pdf_memory -- --ignored`.

use crate::pdf_support;

use pcplan::render::pdf::markdown_to_pdf;
use pdf_support::*;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("Linux /proc");
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .expect("VmHWM in /proc/self/status");
    kb / 1024.0
}

#[test]
#[ignore = "slow: 1,000 renders"]
fn thousand_renders_with_cjk_fonts_stay_under_300_mb() {
    let Some(fonts) = debian_fonts() else { return };
    let plan = three_page_plan();
    let en = settings("en-US", "Person-Centered Plan");
    let zh = settings("zh-Hant", "以人為本的計畫");
    let zh_doc = sample_document("以人為本的計畫", "對我重要的事");
    let mut after_warmup = 0.0;
    for i in 0..1000 {
        // Every document differs, so nothing is served from typst's cache for free.
        let (md, s) = if i % 2 == 0 {
            (format!("{plan}\n\nRender {i}.\n"), &en)
        } else {
            (format!("{zh_doc}\n\n第 {i} 次\n"), &zh)
        };
        markdown_to_pdf(&md, s, fonts).expect("renders");
        if i == 50 {
            after_warmup = peak_rss_mb();
        }
    }
    let peak = peak_rss_mb();
    eprintln!("peak RSS after 50 renders: {after_warmup:.1} MB, after 1,000: {peak:.1} MB");
    assert!(peak < 300.0, "peak RSS {peak:.1} MB");
}
