//! Rendering through the public API: languages, tags, determinism, strictness, missing fonts.

mod pdf_support;

use pcplan::render::pdf::{PdfError, PdfWarning, markdown_to_pdf, markdown_to_typst};
use pdf_support::*;

#[test]
fn english_renders_with_embedded_fonts_only() {
    let s = settings("en-US", "Person-Centered Plan");
    let md = sample_document("Person-Centered Plan", "What matters to me");
    let out = match markdown_to_pdf(&md, &s, embedded_fonts()) {
        Ok(out) => out,
        Err(e) => panic!("{e}\n{}", markdown_to_typst(&md, &s, embedded_fonts())),
    };
    assert!(out.bytes.starts_with(b"%PDF-"));
    assert!(out.warnings.is_empty(), "{:?}", out.warnings);
}
