//! Rendering through the public API: languages, tags, determinism, strictness, missing fonts.

use crate::pdf_support;

use lopdf::{Document, Object};
use pcplan::render::pdf::{PdfError, PdfWarning, markdown_to_pdf, markdown_to_typst};
use pdf_support::*;

fn render(md: &str, lang: &str, title: &str, fonts: &pcplan::render::pdf::PdfFonts) -> Vec<u8> {
    let s = settings(lang, title);
    match markdown_to_pdf(md, &s, fonts) {
        Ok(out) => {
            assert!(out.warnings.is_empty(), "{lang}: {:?}", out.warnings);
            out.bytes
        }
        Err(e) => panic!("{lang}: {e}\n{}", markdown_to_typst(md, &s, fonts)),
    }
}

/// The structure tree, read with lopdf (independent of typst): (structure type, /Lang) of every element.
fn struct_elements(pdf: &[u8]) -> (Option<String>, Vec<(String, Option<String>)>) {
    let doc = Document::load_mem(pdf).expect("lopdf reads the PDF");
    let catalog = doc.catalog().expect("catalog");
    let lang = catalog.get(b"Lang").ok().and_then(|l| text(&doc, l));
    let root = catalog.get(b"StructTreeRoot").expect("a tagged PDF has a StructTreeRoot");
    let mut out = Vec::new();
    walk(&doc, root, &mut out, 0);
    (lang, out)
}

/// Languages on marked-content sequences (`/Span <</Lang (..)>> BDC`), where typst tags a run of text
/// whose language differs from its structure element's.
fn marked_content_langs(pdf: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(pdf).expect("lopdf reads the PDF");
    let mut langs = Vec::new();
    for (_, page) in doc.get_pages() {
        let bytes = doc.get_page_content(page);
        let content = lopdf::content::Content::decode(&bytes).expect("content stream parses");
        for op in content.operations.iter().filter(|op| op.operator == "BDC") {
            if let Some(Object::Dictionary(d)) = op.operands.get(1)
                && let Ok(l) = d.get(b"Lang")
                && let Some(l) = text(&doc, l)
            {
                langs.push(l);
            }
        }
    }
    langs
}

fn text(doc: &Document, o: &Object) -> Option<String> {
    let o = deref(doc, o);
    match o {
        Object::String(bytes, _) => {
            if bytes.starts_with(&[0xFE, 0xFF]) {
                let units: Vec<u16> = bytes[2..].chunks(2).map(|c| u16::from_be_bytes([c[0], c[1]])).collect();
                Some(String::from_utf16_lossy(&units))
            } else {
                Some(String::from_utf8_lossy(bytes).into_owned())
            }
        }
        _ => None,
    }
}

fn deref<'a>(doc: &'a Document, o: &'a Object) -> &'a Object {
    match o {
        Object::Reference(id) => doc.get_object(*id).unwrap_or(o),
        _ => o,
    }
}

fn walk(doc: &Document, o: &Object, out: &mut Vec<(String, Option<String>)>, depth: usize) {
    assert!(depth < 200, "structure tree too deep");
    match deref(doc, o) {
        Object::Array(items) => items.iter().for_each(|i| walk(doc, i, out, depth + 1)),
        Object::Dictionary(d) => {
            if let Ok(Object::Name(s)) = d.get(b"S") {
                let lang = d.get(b"Lang").ok().and_then(|l| text(doc, l));
                out.push((String::from_utf8_lossy(s).into_owned(), lang));
            }
            if let Ok(k) = d.get(b"K") {
                walk(doc, k, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn english_renders_with_embedded_fonts_only() {
    let md = sample_document("Person-Centered Plan", "What matters to me");
    let pdf = render(&md, "en-US", "Person-Centered Plan", embedded_fonts());
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn spanish_renders_with_embedded_fonts_only() {
    let md = sample_document("Plan centrado en la persona", "Lo que me importa: ñandú, acción");
    let pdf = render(&md, "es-US", "Plan centrado en la persona", embedded_fonts());
    if let Some(text) = pdftotext(&pdf) {
        assert!(text.contains("Lo que me importa: ñandú, acción"), "{text}");
    }
}

#[test]
fn all_languages_render_pdf_ua_with_debian_fonts() {
    let Some(fonts) = debian_fonts() else { return };
    for (lang, title, heading) in LANGUAGES {
        let md = sample_document(title, heading);
        let pdf = render(&md, lang, title, fonts);

        // Text: exact for scripts pdftotext extracts faithfully (Latin, Cyrillic, CJK).
        let simple = ["en", "es", "vi", "tl", "ru", "uk", "hmn", "ium", "zh-Hant", "zh-Hans", "ja", "ko"];
        if simple.contains(&lang)
            && let Some(text) = pdftotext(&pdf)
        {
            let text = squash(&text);
            assert!(text.contains(&squash(title)), "{lang}: title missing from\n{text}");
            assert!(text.contains(&squash(heading)), "{lang}: heading missing from\n{text}");
            assert!(text.contains("MariaLopez"), "{lang}: English span missing");
        }

        // Tags, read independently of typst.
        let (doc_lang, elements) = struct_elements(&pdf);
        let doc_lang = doc_lang.unwrap_or_else(|| panic!("{lang}: no /Lang in the catalog"));
        let primary = lang.split('-').next().unwrap_or(lang);
        assert!(doc_lang.starts_with(primary), "{lang}: catalog /Lang is {doc_lang}");
        let has = |s: &str| elements.iter().any(|(t, _)| t == s);
        for tag in ["H1", "H2", "Table", "TH", "TD", "BlockQuote", "L", "LI", "Caption"] {
            assert!(has(tag), "{lang}: no {tag} element in {elements:?}");
        }
        if primary != "en" {
            let spans = marked_content_langs(&pdf);
            assert!(
                elements.iter().any(|(_, l)| l.as_deref().is_some_and(|l| l.starts_with("en")))
                    || spans.iter().any(|l| l.starts_with("en")),
                "{lang}: the <pcp-lang lang=\"en\"> span is not tagged /Lang en: {spans:?}"
            );
        }
    }
}

#[test]
fn rtl_and_cjk_mixed_spans_render() {
    let Some(fonts) = debian_fonts() else { return };
    let md = "# خطة\n\nالاسم: <pcp-lang lang=\"en\">Maria</pcp-lang> و <pcp-lang lang=\"zh-Hant\">以人為本</pcp-lang> \
              و <pcp-lang lang=\"hy\">Հայերեն</pcp-lang>.\n";
    render(md, "ar", "خطة", fonts);
}

#[test]
fn same_input_gives_identical_bytes() {
    let md = three_page_plan();
    let fonts = debian_fonts().unwrap_or_else(|| embedded_fonts());
    let a = render(&md, "en-US", "Person-Centered Plan", fonts);
    let b = render(&md, "en-US", "Person-Centered Plan", fonts);
    assert_eq!(a, b, "two renders of the same document differ");
    // A different document date changes the bytes: the date is really used, and no clock is.
    let mut s = settings("en-US", "Person-Centered Plan");
    s.date = chrono::NaiveDate::from_ymd_opt(2024, 1, 2).expect("date");
    let c = markdown_to_pdf(&md, &s, fonts).expect("renders").bytes;
    assert_ne!(a, c);
}

#[test]
fn missing_glyphs_are_replaced_and_reported_or_refused_when_strict() {
    // Embedded fonts have no Han, Thai or emoji glyphs.
    let md = "# Plan\n\nName: 王小明 ภาษา 😀\n";
    let mut s = settings("en", "Plan");
    let out = markdown_to_pdf(md, &s, embedded_fonts()).expect("non-strict renders");
    let scripts: Vec<&str> = out
        .warnings
        .iter()
        .filter_map(|w| match w {
            PdfWarning::MissingGlyphs { script, .. } => Some(*script),
            _ => None,
        })
        .collect();
    assert!(scripts.contains(&"Han") && scripts.contains(&"Thai"), "{:?}", out.warnings);
    let han = out.warnings.iter().find_map(|w| match w {
        PdfWarning::MissingGlyphs { script: "Han", family, count } => Some((*family, *count)),
        _ => None,
    });
    assert_eq!(han, Some(("Noto Sans CJK SC", 3)));
    for w in &out.warnings {
        let msg = w.to_string();
        assert!(!msg.contains('王') && !msg.contains("ภาษา"), "warning leaks text: {msg}");
    }
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains("U+738B"), "no visible replacement for 王: {text}");
    }

    s.strict_glyphs = true;
    let err = markdown_to_pdf(md, &s, embedded_fonts()).expect_err("strict refuses");
    assert!(matches!(err, PdfError::MissingGlyphs { .. }), "{err}");
    assert!(!err.to_string().contains('王'));
}

#[test]
fn missing_font_family_for_the_document_language_is_a_clear_error() {
    let cases = [
        ("zh-Hant", "Noto Sans CJK TC", "fonts-noto-cjk"),
        // Arabic is not here: the embedded DejaVu Sans Mono covers it, so an Arabic document renders (in a
        // monospaced face) without system fonts.
        ("km", "Noto Sans Khmer", "fonts-noto-core"),
    ];
    for (lang, family, package) in cases {
        let err = markdown_to_pdf("# x\n", &settings(lang, "Plan"), embedded_fonts()).expect_err(lang);
        match &err {
            PdfError::MissingFonts { family: f, package: p, .. } => {
                assert_eq!((*f, *p), (family, package), "{lang}");
            }
            other => panic!("{lang}: unexpected error {other}"),
        }
        assert!(err.to_string().contains(family), "{err}");
    }
}

#[test]
fn missing_title_is_an_error_under_pdf_ua() {
    let err = markdown_to_pdf("# x\n", &settings("en", " "), embedded_fonts()).expect_err("no title");
    assert!(matches!(err, PdfError::MissingTitle));
    let mut s = settings("en", "");
    s.standard_ua1 = false;
    markdown_to_pdf("# x\n", &s, embedded_fonts()).expect("tagged PDF without UA needs no title");
}

#[test]
fn large_print_uses_20pt_and_footer_counts_pages() {
    let md = three_page_plan();
    let mut s = settings("en-US", "Person-Centered Plan");
    s.large_print = true;
    let fonts = debian_fonts().unwrap_or_else(|| embedded_fonts());
    let markup = markdown_to_typst(&md, &s, fonts);
    assert!(markup.contains("size: 20pt"));
    let out = markdown_to_pdf(&md, &s, fonts).expect("renders");
    let pages = Document::load_mem(&out.bytes).expect("lopdf").get_pages().len();
    assert!(pages >= 4, "large print should spread the plan over more pages, got {pages}");
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains(&format!("Page 1 of {pages}")), "{text}");
        assert!(text.contains(&format!("Page {pages} of {pages}")));
    }
}

#[test]
fn raw_html_that_is_not_a_marker_is_text() {
    let md = "<script>alert(1)</script>\n\nHello <span>world</span> <pcp-lang lang=\"x y\">.\n";
    let out = markdown_to_pdf(md, &settings("en", "Plan"), embedded_fonts()).expect("renders");
    if let Some(text) = pdftotext(&out.bytes) {
        assert!(text.contains("<script>alert(1)</script>"), "{text}");
        assert!(text.contains("<span>world</span>"), "{text}");
    }
}
