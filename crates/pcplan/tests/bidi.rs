//! Bidirectional text: left-to-right runs (phone numbers, names, ids) keep their order in Arabic and Farsi
//! documents, in paragraphs, lists and tables, in the HTML (the markup, and the drawn page in Chromium) and in
//! the PDF (its extracted text); isolation marks appear only where direction needs them.

use crate::pdf_support;

use std::process::Command;

use pcplan::model::Plan;
use pcplan::validate::ValidateOptions;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const YOUSSEF: &str = include_str!("../../../examples/plans/ecm-ar-youssef.json");
const ALL: [&str; 5] = [
    include_str!("../../../examples/plans/hcbs-en-jordan.json"),
    include_str!("../../../examples/plans/hcbs-en-marcus.json"),
    include_str!("../../../examples/plans/ecm-es-rosa.json"),
    YOUSSEF,
    include_str!("../../../examples/plans/hcbs-zh-hant-mei.json"),
];

fn engine() -> Engine {
    Engine::new(EngineOptions::default()).expect("engine")
}

fn render(engine: &Engine, plan: &Plan, format: Format, lang: &str, large_print: bool) -> String {
    let mut options = RenderOptions::new(format);
    options.lang = Some(lang.parse().expect("a tag"));
    options.large_print = large_print;
    String::from_utf8(engine.render(plan, &options).expect("renders").bytes).expect("UTF-8")
}

/// Every "(619) 555-0123" in the text.
fn phone_numbers(text: &str) -> Vec<&str> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(13))
        .filter(|&i| {
            let s = &b[i..i + 14];
            s[0] == b'('
                && s[4] == b')'
                && s[5] == b' '
                && s[9] == b'-'
                && [1, 2, 3, 6, 7, 8, 10, 11, 12, 13].iter().all(|&k| s[k].is_ascii_digit())
        })
        .map(|i| &text[i..i + 14])
        .collect()
}

#[test]
fn every_phone_number_is_isolated_in_arabic_and_farsi_html() {
    let engine = engine();
    // The example's paragraphs carry no phone number: give the backup plan one, in an Arabic sentence.
    let mut doc: serde_json::Value = serde_json::from_str(YOUSSEF).expect("JSON");
    doc["backupPlan"]["description"]["text"] = "إذا تأخر السائق، يتصل يوسف بسارة على (619) 555-0169 فوراً.".into();
    let plan = Plan::from_json_str(&doc.to_string()).expect("loads");
    for lang in ["ar", "fa"] {
        let html = render(&engine, &plan, Format::Html, lang, false);
        let phones = phone_numbers(&html);
        // Paragraphs, list items and table cells each carry some.
        assert!(phones.len() >= 15, "{lang}: {} phone numbers", phones.len());
        for (at, phone) in html
            .match_indices('(')
            .filter_map(|(i, _)| Some((i, *phone_numbers(&html[i..]).first()?)))
            .filter(|(i, p)| html[*i..].starts_with(p))
        {
            // Inside a `<bdi dir="ltr">` that is still open where the number starts.
            let before = &html[..at];
            let open = before.rfind("<bdi dir=\"ltr\">");
            let close = before.rfind("</bdi>");
            assert!(open.is_some_and(|o| close.is_none_or(|c| c < o)), "{lang}: {phone} is not in a <bdi dir=\"ltr\">");
        }
        for (open, close, what) in
            [("<td>", "</td>", "table cell"), ("<li>", "</li>", "list item"), ("<p>", "</p>", "paragraph")]
        {
            let isolated_in = html
                .split(open)
                .skip(1)
                .any(|chunk| chunk.split(close).next().unwrap_or_default().contains("<bdi dir=\"ltr\">(619)"));
            assert!(isolated_in, "{lang}: no isolated phone number in a {what}");
        }
        // A Latin name inside Arabic text is isolated too.
        assert!(html.contains("<bdi dir=\"ltr\">Sarah Whitman</bdi>"), "{lang}: Latin name not isolated");
    }
}

#[test]
fn right_to_left_words_are_isolated_in_an_english_document() {
    let engine = engine();
    let plan = Plan::from_json_str(YOUSSEF).expect("loads");
    let html = render(&engine, &plan, Format::Html, "en", false);
    // Arabic words are in a `<span lang="ar" dir="rtl">` or a `<bdi dir="rtl">`, never bare in English text.
    let body = html.split_once("<body").expect("a body").1;
    let mut bare = 0;
    // One entry per open `span` or `bdi`: whether it sets right to left.
    let mut open: Vec<bool> = Vec::new();
    for piece in body.split('<').skip(1) {
        let (tag, text) = piece.split_once('>').unwrap_or((piece, ""));
        if tag.starts_with("span") || tag.starts_with("bdi") {
            open.push(tag.contains("dir=\"rtl\""));
        } else if (tag == "/span" || tag == "/bdi") && !open.is_empty() {
            open.pop();
        }
        if !open.contains(&true) && text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            bare += 1;
        }
    }
    assert_eq!(bare, 0, "Arabic text outside any right-to-left element");
    assert!(html.contains("<bdi dir=\"rtl\">") || html.contains("lang=\"ar\" dir=\"rtl\""));
}

/// Chromium draws each phone number left to right (character boxes in increasing x on their line), in the
/// Arabic and Farsi documents, standard and large print. With `PCPLAN_SCREENSHOT_DIR` set, saves screenshots.
#[test]
fn chromium_draws_every_phone_number_in_order() {
    let root = env!("CARGO_MANIFEST_DIR");
    let browser_dir = format!("{root}/tests/browser");
    if !std::path::Path::new(&format!("{browser_dir}/node_modules/playwright-core")).exists() {
        pdf_support::missing("tests/browser/node_modules (run `npm ci` there)");
        return;
    }
    let engine = engine();
    let plan = Plan::from_json_str(YOUSSEF).expect("loads");
    let dir = std::env::temp_dir().join(format!("pcplan-bidi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut files = Vec::new();
    for lang in ["ar", "fa"] {
        for large in [false, true] {
            let file = dir.join(format!("youssef-{lang}{}.html", if large { "-large" } else { "" }));
            std::fs::write(&file, render(&engine, &plan, Format::Html, lang, large)).expect("write");
            files.push(file);
        }
    }
    let out = Command::new("node").arg(format!("{browser_dir}/bidi.mjs")).args(&files).output();
    let _ = std::fs::remove_dir_all(&dir);
    let Ok(out) = out else {
        pdf_support::missing("node");
        return;
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    match out.status.code() {
        Some(0) => assert_eq!(stdout.lines().count(), files.len(), "{stdout}"),
        Some(3) => {
            pdf_support::missing(&String::from_utf8_lossy(&out.stderr));
        }
        _ => panic!("phone numbers drawn out of order:\n{stdout}\n{}", String::from_utf8_lossy(&out.stderr)),
    }
}

/// In the Arabic, Farsi and English PDFs, every phone number of the document is drawn with its characters in
/// order, and no isolation mark is in the PDF's text.
#[cfg(feature = "pdf")]
#[test]
fn the_pdf_draws_every_phone_number_in_order_and_has_no_isolation_marks() {
    use pcplan::render::pdf::{PdfSettings, markdown_to_pdf};
    let Some(fonts) = pdf_support::debian_fonts() else { return };
    let engine = engine();
    let plan = Plan::from_json_str(YOUSSEF).expect("loads");
    for lang in ["ar", "fa", "en"] {
        let markdown = render(&engine, &plan, Format::Markdown, lang, false);
        let date = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
        let pdf = markdown_to_pdf(&markdown, &PdfSettings::new(lang.parse().expect("tag"), "Plan", date), fonts)
            .expect("renders");
        let Some(text) = pdf_support::pdftotext(&pdf.bytes) else { return };
        assert!(
            !text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)),
            "{lang}: isolation marks in the PDF text"
        );
        // The words in the order `pdftotext -bbox` lists them: lines in reading order, each line's words from
        // left to right as drawn. Without spaces and without poppler's own directional marks (U+202A–U+202E,
        // not in the PDF), a number drawn in order reads "(619)555-0171" (also when a narrow table cell wraps
        // it after "(619)"); drawn out of order, "0171-555(619)".
        let Some(bbox) = pdf_support::pdftotext_bbox(&pdf.bytes) else { return };
        let visual: String = bbox
            .split("<word ")
            .skip(1)
            .filter_map(|w| w.split_once('>').map(|(_, t)| t.split("</word>").next().unwrap_or_default()))
            .flat_map(str::chars)
            .filter(|c| !c.is_whitespace() && !('\u{202A}'..='\u{202E}').contains(c))
            .collect();
        let unescaped = markdown.replace('\\', "");
        let expected = phone_numbers(&unescaped);
        assert!(expected.len() >= 15, "{lang}: {} phone numbers", expected.len());
        for phone in expected {
            assert!(visual.contains(&phone.replace(' ', "")), "{lang}: {phone} is not drawn left to right");
        }
    }
}

#[test]
fn findings_carry_no_isolation_marks_in_any_language() {
    let engine = engine();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("date");
    for json in ALL {
        let plan = Plan::from_json_str(json).expect("loads");
        for lang in ["en", "ar", "fa", "es"] {
            let mut options = ValidateOptions::new(today);
            options.lang = Some(lang.parse().expect("tag"));
            let report = engine.validate(&plan, &options);
            let json = report.to_json().to_string();
            assert!(!json.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)), "{lang}: marks in findings JSON");
            for f in &report.findings {
                let text = format!("{} {}", f.message, f.help);
                assert!(!text.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)), "{lang}: marks in {}", f.code);
            }
        }
    }
}

#[test]
fn left_to_right_documents_carry_no_isolation_marks_unless_rtl_text_is_inside() {
    let engine = engine();
    for json in ALL {
        let plan = Plan::from_json_str(json).expect("loads");
        for lang in ["en", "es", "zh-Hant"] {
            let md = render(&engine, &plan, Format::Markdown, lang, false);
            for line in md.lines() {
                if line.chars().any(|c| ('\u{2066}'..='\u{2069}').contains(&c)) {
                    assert!(
                        line.chars().any(|c| matches!(c, '\u{0590}'..='\u{08FF}')),
                        "{lang}: isolation marks in a line without right-to-left text: {line}"
                    );
                }
            }
        }
    }
}
