//! Large print that reads well: every example's large-print PDF, in its own language and in English, has no
//! two word boxes overlapping (tables are stacked blocks, not columns whose text runs into the next one) and
//! no word drawn smaller than 18 points. Word boxes come from `pdftotext -bbox` (poppler).

use crate::pdf_support;

use pcplan::model::Plan;
use pcplan::render::pdf::{PdfSettings, markdown_to_pdf};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const EXAMPLES: [(&str, &str); 5] = [
    ("hcbs-en-jordan", include_str!("../../../examples/plans/hcbs-en-jordan.json")),
    ("hcbs-en-marcus", include_str!("../../../examples/plans/hcbs-en-marcus.json")),
    ("ecm-es-rosa", include_str!("../../../examples/plans/ecm-es-rosa.json")),
    ("ecm-ar-youssef", include_str!("../../../examples/plans/ecm-ar-youssef.json")),
    ("hcbs-zh-hant-mei", include_str!("../../../examples/plans/hcbs-zh-hant-mei.json")),
];

#[derive(Debug)]
struct Word {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

fn pages(bbox: &str) -> Vec<Vec<Word>> {
    bbox.split("<page ")
        .skip(1)
        .map(|page| {
            page.split("<word ")
                .skip(1)
                .map(|w| {
                    let attr = |name: &str| -> f64 {
                        let from = w.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
                        w[from..].split('"').next().and_then(|v| v.parse().ok()).expect("a number")
                    };
                    let text = w.split_once('>').map_or("", |(_, t)| t.split("</word>").next().unwrap_or_default());
                    Word { x0: attr("xMin"), y0: attr("yMin"), x1: attr("xMax"), y1: attr("yMax"), text: text.into() }
                })
                // Poppler reports a separate zero-ink "word" for some spaces and directional marks.
                .filter(|w| w.text.chars().any(|c| !c.is_whitespace() && !('\u{200B}'..='\u{206F}').contains(&c)))
                .collect()
        })
        .collect()
}

/// Two words overlap when their boxes share more than a hair in both directions (glyph boxes of one line
/// touch; a word running into the next column covers it).
fn overlap(a: &Word, b: &Word) -> bool {
    let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
    let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
    dx > 1.0 && dy > 0.35 * (a.y1 - a.y0).min(b.y1 - b.y0)
}

#[test]
fn every_example_in_large_print_has_no_overlapping_words_and_no_small_text() {
    let Some(fonts) = pdf_support::debian_fonts() else { return };
    let engine = Engine::new(EngineOptions::default()).expect("engine");
    let mut report = Vec::new();
    for (name, json) in EXAMPLES {
        let plan = Plan::from_json_str(json).expect("loads");
        // The person's own language (no language asked for), then English.
        for asked in [None, Some("en")] {
            let mut options = RenderOptions::new(Format::Markdown);
            options.lang = asked.map(|l| l.parse().expect("a tag"));
            options.large_print = true;
            let rendered = engine.render(&plan, &options).expect("renders");
            let lang = rendered.lang.clone();
            let md = String::from_utf8(rendered.bytes).expect("UTF-8");
            let date = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
            let mut settings = PdfSettings::new(lang.clone(), "Plan", date);
            settings.large_print = true;
            let pdf = markdown_to_pdf(&md, &settings, fonts).expect("the PDF renders");
            let Some(bbox) = pdf_support::pdftotext_bbox(&pdf.bytes) else { return };
            let pages = pages(&bbox);
            let mut overlaps = 0;
            let mut small = 0;
            for words in &pages {
                for (i, a) in words.iter().enumerate() {
                    overlaps += words[i + 1..].iter().filter(|b| overlap(a, b)).count();
                    // Poppler's box is the font's ascent to descent: about 1.2 em; 18 pt text is over 20 pt.
                    if a.y1 - a.y0 < 18.0 {
                        small += 1;
                    }
                }
            }
            report.push(format!(
                "{name} {lang}: {} pages, {overlaps} overlapping pairs, {small} small words",
                pages.len()
            ));
            assert!(pages.len() > 2, "{name} {lang}: the document has pages");
        }
    }
    let bad: Vec<_> = report.iter().filter(|r| !r.contains(" 0 overlapping pairs, 0 small")).collect();
    assert!(bad.is_empty(), "{report:#?}");
}
