//! Times and measures the in-process PDF render of the sample 3-page plan (used by
//! `benches/chromium_ratio.sh`), and checks peak memory over many renders.
//!
//! ```text
//! cargo run --release --example pdf_timing -- time 20          # median ms of 20 renders
//! cargo run --release --example pdf_timing -- memory 1000      # 1,000 renders (en + zh-Hant), peak RSS
//! cargo run --release --example pdf_timing -- write plan.pdf plan.html
//! ```

use std::time::Instant;

use pcplan::render::pdf::markdown_to_pdf;

#[path = "../tests/pdf_support/mod.rs"]
mod pdf_support;

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let md = pdf_support::three_page_plan();
    let fonts = pdf_support::debian_fonts().unwrap_or_else(|| pdf_support::embedded_fonts());
    let settings = pdf_support::settings("en-US", "Person-Centered Plan");
    match args.first().map(String::as_str) {
        Some("time") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(20);
            markdown_to_pdf(&md, &settings, fonts).expect("renders"); // warm-up: lazy font loading
            // Each render is a distinct document (as on a server), so typst's cache cannot serve it whole.
            let mut times: Vec<f64> = (0..n)
                .map(|i| {
                    let doc = format!("{md}\n\nRender {i}.\n");
                    let t = Instant::now();
                    markdown_to_pdf(&doc, &settings, fonts).expect("renders");
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!("{:.2}", times[n / 2]);
        }
        Some("memory") => {
            let n: usize = args.get(1).and_then(|n| n.parse().ok()).unwrap_or(1000);
            let zh = pdf_support::settings("zh-Hant", "以人為本的計畫");
            let zh_md = pdf_support::sample_document("以人為本的計畫", "對我重要的事");
            for i in 0..n {
                // Vary the text so every render is a new document for typst's cache.
                let doc = format!("{md}\n\nRender {i}.\n");
                markdown_to_pdf(&doc, &settings, fonts).expect("renders");
                if pdf_support::debian_fonts().is_some() {
                    markdown_to_pdf(&format!("{zh_md}\n\n{i}\n"), &zh, fonts).expect("renders");
                }
            }
            println!("renders: {n}, peak RSS (VmHWM): {:.1} MB", peak_rss_mb());
        }
        Some("write") => {
            let pdf = args.get(1).expect("a PDF path");
            std::fs::write(pdf, markdown_to_pdf(&md, &settings, fonts).expect("renders").bytes).expect("write PDF");
            if let Some(html) = args.get(2) {
                let body = simple_html(&md);
                let page = format!(
                    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Person-Centered Plan</title>\
                     <style>body{{font-family:'Noto Sans',sans-serif;font-size:11pt}}table{{border-collapse:collapse}}\
                     td,th{{border:1px solid #777;padding:4px}}</style></head><body>{body}</body></html>"
                );
                std::fs::write(html, page).expect("write HTML");
            }
        }
        _ => eprintln!("usage: pdf_timing time [N] | memory [N] | write OUT.pdf [OUT.html]"),
    }
}

/// A minimal HTML rendering of the sample plan (the crate's HTML writer is separate), enough for chromium
/// to lay out the same content. Markers are dropped; text is escaped.
fn simple_html(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = String::new();
    let mut in_head = false;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        let piece = match event {
            Event::Start(Tag::Paragraph) => "<p>".into(),
            Event::End(TagEnd::Paragraph) => "</p>\n".into(),
            Event::Start(Tag::Heading { level, .. }) => format!("<{level}>"),
            Event::End(TagEnd::Heading(level)) => format!("</{level}>\n"),
            Event::Start(Tag::BlockQuote(_)) => "<blockquote>".into(),
            Event::End(TagEnd::BlockQuote(_)) => "</blockquote>".into(),
            Event::Start(Tag::List(Some(_))) => "<ol>".into(),
            Event::End(TagEnd::List(true)) => "</ol>".into(),
            Event::Start(Tag::List(None)) => "<ul>".into(),
            Event::End(TagEnd::List(false)) => "</ul>".into(),
            Event::Start(Tag::Item) => "<li>".into(),
            Event::End(TagEnd::Item) => "</li>".into(),
            Event::Start(Tag::Strong) => "<strong>".into(),
            Event::End(TagEnd::Strong) => "</strong>".into(),
            Event::Start(Tag::Emphasis) => "<em>".into(),
            Event::End(TagEnd::Emphasis) => "</em>".into(),
            Event::Start(Tag::Table(_)) => "<table>".into(),
            Event::End(TagEnd::Table) => "</table>".into(),
            Event::Start(Tag::TableHead) => {
                in_head = true;
                "<tr>".into()
            }
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                "</tr>".into()
            }
            Event::Start(Tag::TableRow) => "<tr>".into(),
            Event::End(TagEnd::TableRow) => "</tr>".into(),
            Event::Start(Tag::TableCell) => (if in_head { "<th>" } else { "<td>" }).into(),
            Event::End(TagEnd::TableCell) => (if in_head { "</th>" } else { "</td>" }).into(),
            Event::Text(t) => esc(&t),
            Event::SoftBreak | Event::HardBreak => " ".into(),
            _ => String::new(),
        };
        out.push_str(&piece);
    }
    out
}
