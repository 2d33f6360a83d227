//! Dates are bounded at load (years 0001–9999, as the schema's `format: date` says), with an error naming the
//! JSON Pointer; every date the loader accepts renders in every format and every locale.

use crate::pdf_support;

use pcplan::model::Plan;
use pcplan::render::pdf::{PdfError, PdfSettings, markdown_to_pdf};
use pcplan::{Engine, EngineOptions, Format, RenderError, RenderOptions};
use serde_json::Value;

const EXAMPLES: [(&str, &str); 5] = [
    ("hcbs-en-jordan", include_str!("../../../examples/plans/hcbs-en-jordan.json")),
    ("hcbs-en-marcus", include_str!("../../../examples/plans/hcbs-en-marcus.json")),
    ("ecm-es-rosa", include_str!("../../../examples/plans/ecm-es-rosa.json")),
    ("ecm-ar-youssef", include_str!("../../../examples/plans/ecm-ar-youssef.json")),
    ("hcbs-zh-hant-mei", include_str!("../../../examples/plans/hcbs-zh-hant-mei.json")),
];

fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// JSON Pointers of every date string in the document.
fn date_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::String(s) if is_date(s) => out.push(at),
        Value::Object(map) => map.iter().for_each(|(k, c)| date_pointers(c, format!("{at}/{k}"), out)),
        Value::Array(items) => items.iter().enumerate().for_each(|(i, c)| date_pointers(c, format!("{at}/{i}"), out)),
        _ => {}
    }
}

fn examples() -> impl Iterator<Item = (&'static str, Value)> {
    EXAMPLES.iter().map(|(name, json)| (*name, serde_json::from_str(json).expect("the example is JSON")))
}

#[test]
fn every_date_field_refuses_years_outside_0001_to_9999_with_its_pointer() {
    let mut checked = 0;
    for (name, doc) in examples() {
        let mut pointers = Vec::new();
        date_pointers(&doc, String::new(), &mut pointers);
        assert!(pointers.len() >= 3, "{name}: the example has dates");
        for pointer in &pointers {
            // chrono on its own accepts the first three; the schema's `format: date` does not.
            for bad in ["+10000-01-01", "-0001-12-31", "0000-06-15", "+2026-01-01", "10000-01-01", "275760-09-13"] {
                let mut v = doc.clone();
                *v.pointer_mut(pointer).expect("the pointer exists") = Value::String(bad.into());
                let err = Plan::from_json_str(&v.to_string()).expect_err(&format!("{name}: {bad} at {pointer}"));
                assert_eq!(err.code(), "invalid", "{name} {pointer}: {err}");
                assert_eq!(err.path(), Some(pointer.as_str()), "{name}: {err}");
                let text = err.to_string();
                assert!(text.contains("0001-01-01") && text.contains("9999-12-31"), "says the range: {text}");
                assert!(!text.contains(bad.trim_start_matches(['+', '-'])), "repeats the input: {text}");
                checked += 1;
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

#[test]
fn a_text_that_looks_like_a_far_date_is_still_text() {
    let (_, mut doc) = examples().next().expect("an example");
    doc["goals"][0]["statement"]["text"] = Value::String("+10000-01-01".into());
    Plan::from_json_str(&doc.to_string()).expect("free text is not a date");
}

/// Every date in every example set to the first and the last accepted day, then rendered in every locale as
/// Markdown, HTML and (with Debian's Noto fonts) PDF, standard and large print.
#[test]
fn the_extreme_accepted_dates_render_in_every_format_and_locale() {
    let engine = Engine::new(EngineOptions::default()).expect("engine");
    let fonts = pdf_support::debian_fonts();
    let langs = engine.localizer().available().to_vec();
    for extreme in ["0001-01-01", "9999-12-31"] {
        for (name, doc) in examples().take(if fonts.is_some() { 5 } else { 2 }) {
            let mut v = doc.clone();
            let mut pointers = Vec::new();
            date_pointers(&doc, String::new(), &mut pointers);
            for p in &pointers {
                *v.pointer_mut(p).expect("the pointer exists") = Value::String(extreme.into());
            }
            let plan = Plan::from_json_str(&v.to_string()).unwrap_or_else(|e| panic!("{name} {extreme}: {e}"));
            for lang in &langs {
                for large_print in [false, true] {
                    let mut options = RenderOptions::new(Format::Markdown);
                    options.lang = Some(lang.clone());
                    options.large_print = large_print;
                    let md = engine.render(&plan, &options).unwrap_or_else(|e| panic!("{name} {lang}: {e}"));
                    options.format = Format::Html;
                    engine.render(&plan, &options).unwrap_or_else(|e| panic!("{name} {lang}: {e}"));
                    let Some(fonts) = fonts else { continue };
                    // Whole documents through the PDF writer for the first example; the others in one locale.
                    if name != "hcbs-en-jordan" && lang != &langs[0] {
                        continue;
                    }
                    let markdown = String::from_utf8(md.bytes).expect("UTF-8");
                    let date = chrono::NaiveDate::parse_from_str(extreme, "%Y-%m-%d").expect("a date");
                    let mut settings = PdfSettings::new(lang.clone(), "Plan", date);
                    settings.large_print = large_print;
                    let pdf = markdown_to_pdf(&markdown, &settings, fonts)
                        .unwrap_or_else(|e| panic!("{name} {lang} {extreme}: {e}"));
                    assert!(pdf.bytes.starts_with(b"%PDF-"));
                }
            }
        }
    }
}

#[test]
fn a_document_date_set_from_rust_beyond_9999_is_an_error_not_a_panic() {
    let engine = Engine::new(EngineOptions::default()).expect("engine");
    let (_, doc) = examples().next().expect("an example");
    let plan = Plan::from_json_str(&doc.to_string()).expect("loads");
    let mut options = RenderOptions::new(Format::Pdf);
    for date in [chrono::NaiveDate::from_ymd_opt(10_000, 1, 1), chrono::NaiveDate::from_ymd_opt(-5, 3, 1)] {
        options.document_date = date;
        match engine.render(&plan, &options) {
            Err(RenderError::Pdf(e @ PdfError::DateOutOfRange)) => {
                assert!(e.to_string().contains("RenderOptions.document_date"), "{e}");
            }
            other => panic!("expected DateOutOfRange, got {other:?}"),
        }
    }
}
