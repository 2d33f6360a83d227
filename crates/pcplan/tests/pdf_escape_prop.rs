//! Property: any plan text, escaped as the Markdown escaper does, reaches the Typst markup only as literal
//! text — no element, function call, shorthand or smart quote appears — and a PDF/UA-1 render succeeds.

use crate::pdf_support;

use pcplan::render::pdf::{markdown_to_pdf, markdown_to_typst};
use pdf_support::*;
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser};
use typst::syntax::{SyntaxKind, SyntaxNode};

/// What the Markdown escaper does with a plan value: backslash-escape ASCII punctuation, line breaks become
/// hard breaks, leading whitespace of a line is dropped (so no line can become indented code).
fn markdown_escape(s: &str) -> String {
    let mut out = String::new();
    let mut line_start = true;
    for c in s.chars() {
        match c {
            '\n' | '\r' => {
                out.push_str("\\\n");
                line_start = true;
            }
            ' ' | '\t' if line_start => {}
            c if c.is_ascii_punctuation() => {
                out.push('\\');
                out.push(c);
                line_start = false;
            }
            c => {
                out.push(c);
                line_start = false;
            }
        }
    }
    out
}

fn normalize(s: &str) -> String {
    s.split(char::is_whitespace).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The text pulldown-cmark sees, as the writer is specified to render it.
fn expected_text(md: &str) -> String {
    let mut text = String::new();
    for event in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match event {
            Event::Text(t) => text.extend(t.chars().filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if c.is_control() || c == '\u{feff}' => None,
                // Isolation marks: the writer gives Typst the direction instead (no marks in the PDF's text).
                '\u{2066}'..='\u{2069}' => None,
                c => Some(c),
            })),
            Event::SoftBreak | Event::HardBreak | Event::End(_) => text.push(' '),
            Event::Start(pulldown_cmark::Tag::Paragraph) => {}
            other => panic!("plan text produced a non-text event: {other:?}"),
        }
    }
    normalize(&text)
}

fn unescape(escape: &str) -> char {
    let body = &escape[1..];
    if let Some(hex) = body.strip_prefix("u{").and_then(|h| h.strip_suffix('}')) {
        char::from_u32(u32::from_str_radix(hex, 16).expect("hex")).expect("valid char")
    } else {
        body.chars().next().expect("escaped char")
    }
}

/// Collects the literal text of a markup tree; fails on anything that is not literal text.
fn literal_text(node: &SyntaxNode, out: &mut String) -> Result<(), String> {
    match node.kind() {
        SyntaxKind::Markup => {
            for child in node.children() {
                literal_text(child, out)?;
            }
        }
        SyntaxKind::Text => out.push_str(node.leaf_text()),
        SyntaxKind::Escape => out.push(unescape(node.leaf_text())),
        SyntaxKind::Space | SyntaxKind::Parbreak => out.push(' '),
        SyntaxKind::Hash => {}
        SyntaxKind::FuncCall => {
            let callee = node.children().next().map(|c| c.full_text().to_string()).unwrap_or_default();
            match callee.as_str() {
                "linebreak" => out.push(' '),
                // A run isolated against the document's direction: its content is the plan's text.
                "text" if node.full_text().starts_with("text(dir: ") => {
                    let blocks =
                        node.children().flat_map(|c| c.children()).filter(|c| c.kind() == SyntaxKind::ContentBlock);
                    for markup in blocks.flat_map(|b| b.children()).filter(|c| c.kind() == SyntaxKind::Markup) {
                        literal_text(markup, out)?;
                    }
                }
                "pcp-missing" => {
                    let s = node.full_text();
                    let code = s.split("U+").nth(1).and_then(|r| r.split('"').next()).ok_or("bad box")?;
                    out.push(char::from_u32(u32::from_str_radix(code, 16).map_err(|e| e.to_string())?).ok_or("cp")?);
                }
                other => return Err(format!("function call `{other}` in plan text")),
            }
        }
        other => {
            return Err(format!("{other:?} node in plan text: {:?}", node.full_text()));
        }
    }
    Ok(())
}

fn plan_text() -> impl Strategy<Value = String> {
    let specials: Vec<&'static str> = vec![
        "\\",
        "#",
        "*",
        "_",
        "`",
        "$",
        "<",
        ">",
        "@",
        "[",
        "]",
        "~",
        "/",
        "=",
        "-",
        "+",
        "\"",
        "'",
        "{",
        "}",
        "(",
        ")",
        ":",
        ".",
        "...",
        "--",
        "---",
        "-?",
        "1. ",
        "+ ",
        "- ",
        "= ",
        "/ t: d",
        "//",
        "/*",
        "*/",
        "\n",
        "\r\n",
        "\t",
        "  ",
        "\0",
        "\u{1}",
        "\u{7f}",
        "\u{85}",
        "\u{2028}",
        "\u{2029}",
        "\u{a0}",
        "\u{3000}",
        "\u{200b}",
        "\u{200c}",
        "\u{200d}",
        "\u{feff}",
        "\u{202a}",
        "\u{202b}",
        "\u{202e}",
        "\u{2066}",
        "\u{2068}",
        "\u{2069}",
        "\u{200e}",
        "\u{200f}",
        "\u{301}",
        "\u{308}",
        "\u{20dd}",
        "\u{fe0f}",
        "e\u{301}",
        "中\u{301}",
        "😀",
        "👩\u{200d}👩\u{200d}👧",
        "🇺🇸",
        "\u{e000}",
        "\u{fffd}",
        "\u{ffff}",
        "\u{10ffff}",
        "中文",
        "한국어",
        "日本語",
        "مرحبا",
        "سلام",
        "ภาษาไทย",
        "ລາວ",
        "ខ្មែរ",
        "हिन्दी",
        "ਪੰਜਾਬੀ",
        "Հայերեն",
        "Русский",
        "Tiếng Việt",
        "<pcp-lang lang=\"en\">",
        "</pcp-lang>",
        "<pcp-page/>",
        "<pcp-caption>",
        "<pcp-header>",
        "<script>",
        "#set page(paper: \"a4\")",
        "#pcp-missing(\"x\")",
        "\\u{41}",
        "\\\n",
        "http://example.com",
        "https://x.y",
        "$x^2$",
        "@ref",
        "<label>",
        "&amp;",
        "&#35;",
        "| a | b |",
        "|---|",
        "```",
        "    code",
        "> quote",
    ];
    let piece = prop_oneof![
        4 => any::<char>().prop_map(|c| c.to_string()),
        3 => proptest::sample::select(specials).prop_map(str::to_owned),
        2 => "[a-zA-Z0-9 ]{1,8}",
    ];
    proptest::collection::vec(piece, 0..24).prop_map(|v| v.concat())
}

fn check_markup(value: &str, fonts: &pcplan::render::pdf::PdfFonts) -> Result<(), TestCaseError> {
    let md = format!("Intro {}\n", markdown_escape(value));
    let s = settings("en", "Escaping");
    let markup = markdown_to_typst(&md, &s, fonts);
    let root = typst::syntax::parse(&markup);
    prop_assert!(!root.diagnosis().errors, "markup has syntax errors:\n{markup}");
    let body = markup.split_once("\n\n").map(|(_, b)| b).unwrap_or("");
    let body = typst::syntax::parse(body);
    let mut text = String::new();
    literal_text(&body, &mut text).map_err(|e| TestCaseError::fail(format!("{e}\nmarkup:\n{markup}")))?;
    prop_assert_eq!(normalize(&text), expected_text(&md));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn plan_text_is_literal_typst_text(value in plan_text()) {
        check_markup(&value, embedded_fonts())?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn plan_text_always_renders_pdf_ua(value in plan_text()) {
        let fonts = debian_fonts().unwrap_or_else(|| embedded_fonts());
        check_markup(&value, fonts)?;
        let heading = markdown_escape(&value.replace(['\n', '\r'], " "));
        let md = format!("# {heading}\n\nIntro {}\n\n- {heading}\n", markdown_escape(&value));
        let out = markdown_to_pdf(&md, &settings("en", "Escaping"), fonts);
        prop_assert!(out.is_ok(), "{:?}\n{}", out.err(), markdown_to_typst(&md, &settings("en", "Escaping"), fonts));
    }
}
