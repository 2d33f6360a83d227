//! Any string in a plan text field is literal text in the Markdown and the HTML, and adds no element.
//!
//! Documented normalization (see `src/render/escape.rs`): `\r\n` and `\r` become `\n`; NUL becomes U+FFFD; other
//! control characters except tab are dropped; spaces and tabs at line ends, and blank lines at the start and end,
//! are dropped; runs of blank lines become one paragraph break. A paragraph break may turn a tight list loose, so
//! paragraphs and line breaks are left out of the structure compared.

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn base() -> Plan {
    let path = format!("{}/../../examples/plans/hcbs-en-jordan.json", env!("CARGO_MANIFEST_DIR"));
    Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn with_text(plan: &Plan, s: &str) -> Plan {
    let mut plan = plan.clone();
    plan.profile.strengths[0].text = s.to_owned();
    plan.goals[0].statement.text = s.to_owned();
    plan.supports[0].provider.as_mut().unwrap().name = s.to_owned();
    plan
}

fn normalize(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let lines: Vec<String> = s
        .split('\n')
        .map(|l| {
            let l: String = l
                .chars()
                .filter_map(|c| match c {
                    '\0' => Some('\u{FFFD}'),
                    '\t' => Some('\t'),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect();
            l.trim_end_matches([' ', '\t']).to_owned()
        })
        .collect();
    let mut out = String::new();
    let mut blank = false;
    for l in lines {
        if l.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        out.push_str(&l);
    }
    out
}

/// The text of the Markdown (breaks as newlines, paragraphs as blank lines) and its structure.
fn markdown_parts(md: &str) -> (String, Vec<String>) {
    let mut text = String::new();
    let mut shape = Vec::new();
    for e in Parser::new_ext(md, Options::ENABLE_TABLES) {
        match e {
            Event::Text(t) => text.push_str(&t),
            Event::HardBreak | Event::SoftBreak => text.push('\n'),
            Event::InlineHtml(h) | Event::Html(h) if h.trim() == "<pcp-br/>" => text.push('\n'),
            Event::InlineHtml(h) | Event::Html(h) => shape.push(format!("html {h}")),
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => text.push_str("\n\n"),
            Event::Start(t) => shape.push(format!("start {t:?}")),
            Event::End(t) => shape.push(format!("end {t:?}")),
            other => shape.push(format!("{other:?}")),
        }
    }
    (text, shape)
}

/// The text of the HTML body (entities decoded) and its element structure, leaving out `p` and `br`.
fn html_parts(html: &str) -> (String, Vec<String>) {
    let body = &html[html.find("<main>").unwrap()..];
    let body = body.replace("<br>\n", "\n").replace("<br>", "\n").replace("</p>\n<p>", "\n\n");
    let mut text = String::new();
    let mut shape = Vec::new();
    let mut rest = body.as_str();
    while let Some(i) = rest.find('<') {
        text.push_str(&rest[..i]);
        let j = rest[i..].find('>').unwrap() + i;
        let tag = &rest[i + 1..j];
        let name = tag.trim_start_matches('/').split([' ', '>']).next().unwrap();
        // `<bdi>` isolates a run against the document's direction where the text's own direction calls for it.
        if name != "p" && name != "bdi" {
            shape.push(tag.to_owned());
        }
        rest = &rest[j + 1..];
    }
    text.push_str(rest);
    let text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    (text, shape)
}

fn nasty() -> impl Strategy<Value = String> {
    let fragments = prop::sample::select(vec![
        "<pcp-lang lang=\"x\">",
        "</pcp-lang>",
        "<pcp-caption>",
        "<pcp-br/>",
        "<pcp-signature-line/>",
        "<script>",
        "<b>",
        "</p>",
        "&amp;",
        "&#32;",
        "&lt;",
        "**",
        "*",
        "_",
        "`",
        "```",
        "~~~",
        "# ",
        "## ",
        "> ",
        "- ",
        "1. ",
        "| a | b |",
        "|---|",
        "[x](http://e)",
        "![i](j)",
        "<http://e>",
        "\\",
        "\\\n",
        "  ",
        "    ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\n\n",
        "\n \n",
        "{{x}}",
        "{{{y}}}",
        "{{#if a}}",
        "{ $name }",
        "{ -term }",
        "\u{0}",
        "\u{7}",
        "\u{85}",
        "\u{202E}",
        "\u{2066}",
        "\u{2069}",
        "\u{200B}",
        "\u{200D}",
        "\u{FEFF}",
        "\u{2028}",
        "===",
        "---",
        "***",
        "<!-- c -->",
        "<![CDATA[x]]>",
        "[^1]",
        "$x$",
        "é",
        "ñ",
        "日本",
        "مرحبا",
        "\u{1F600}",
    ]);
    let piece = prop_oneof![fragments.prop_map(str::to_owned), any::<String>(), "[ -~]{0,12}"];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn plan_text_is_literal_text(s in nasty()) {
        let engine = Engine::new(EngineOptions::default()).unwrap();
        let base = base();
        let plain = with_text(&base, "Plain words");
        let nasty = with_text(&base, &s);
        let expected = normalize(&s);
        // A blank text is left out on purpose (no empty list item); that changes the structure by design.
        prop_assume!(!s.trim().is_empty() && !expected.trim().is_empty());
        for format in [Format::Markdown, Format::Html] {
            let render = |p: &Plan| String::from_utf8(engine.render(p, &RenderOptions::new(format)).unwrap().bytes).unwrap();
            let (got, want) = (render(&nasty), render(&plain));
            let ((text, shape), (_, plain_shape)) = match format {
                Format::Markdown => (markdown_parts(&got), markdown_parts(&want)),
                _ => (html_parts(&got), html_parts(&want)),
            };
            prop_assert!(text.contains(&expected), "{format}: {expected:?} not found as text");
            let first_diff = shape.iter().zip(&plain_shape).position(|(a, b)| a != b);
            prop_assert!(
                shape == plain_shape,
                "{format}: structure changed at {first_diff:?}: {:?} vs {:?}",
                first_diff.map(|i| &shape[i]),
                first_diff.map(|i| &plain_shape[i])
            );
        }
    }
}

#[test]
fn normalization_examples() {
    assert_eq!(normalize("a \r\nb\n\n\n c\0"), "a\nb\n\n c\u{FFFD}");
}
