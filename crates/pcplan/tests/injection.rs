//! Hostile text in every text field of a plan adds no structure to any format.
//!
//! Each hostile string goes into every free-text field of the example plans (see `plan_fields`); the rendered
//! Markdown's tag structure and the HTML's element tree must equal those of the same plan with a plain word in
//! those fields, and no `<script`, `onerror=` or `javascript:` may appear as markup. For PDF, the generated Typst
//! source must have the same syntax node kinds (apart from text) as the plain version, and a sample renders.

use crate::pdf_support;
use crate::plan_fields;

use pcplan::model::LoadOptions;
use pcplan::render::pdf::markdown_to_typst;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use plan_fields::*;
use pulldown_cmark::{Event, Options, Parser};
use serde_json::Value;
use typst::syntax::{SyntaxKind, SyntaxNode};

const PLACEHOLDER: &str = "Placeholder";

/// The hostile strings: Markdown, template markers, HTML/JS, Typst, Fluent, handlebars, invisible and control
/// characters, line breaks.
fn hostile() -> Vec<String> {
    let mut v: Vec<String> = [
        // Markdown
        "# h",
        "* item",
        "*",
        "_x_ **y**",
        "[x](javascript:alert(1))",
        "![i](javascript:alert(1))",
        "<https://example.com>",
        "|a|b|\n|-|-|\n|c|d|",
        "> q",
        "---",
        "1. one",
        "    indented code",
        "`code` ``` fence",
        "```\nfenced\n```",
        "\\",
        "a\\",
        "[^1] [ref]: http://x",
        // template-only markers
        "<pcp-lang lang=\"ar\">",
        "</pcp-lang>",
        "<pcp-caption>x</pcp-caption>",
        "</pcp-caption>",
        "<pcp-header>h</pcp-header>",
        "<pcp-page/>",
        "<pcp-pages/>",
        "<pcp-br/>",
        "<pcp-signature-line/>",
        // HTML / JS
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "&lt; &amp; &#60;",
        "]]>",
        "<!-- c -->",
        "<div>",
        // Typst
        "#set page(width: 1cm)",
        "#import \"x.typ\": *",
        "$x$",
        "@ref",
        "<label>",
        "= heading",
        "#{}",
        "#read(\"/etc/passwd\")",
        "/* c */ // c",
        "~ -- --- ...",
        // Fluent
        "{ $x }",
        "{ -term }",
        // handlebars
        "{{t \"plan-title\"}}",
        "{{> plan}}",
        "{{{raw}}}",
        "{{#each x}}{{/each}}",
        // bidi controls, zero-width characters, NUL
        "\u{202E}evil\u{202C}",
        "\u{2066}a\u{2067}b\u{2068}c\u{2069}",
        "a\u{200B}b\u{200D}c\u{FEFF}",
        "x\0y",
        // line breaks
        "a\rb",
        "a\nb",
        "a\r\nb",
        "# a\n# b",
        "a\n> b\n- c",
    ]
    .into_iter()
    .map(str::to_owned)
    .collect();
    v.push(max_length_string(LIMITED.max_string_bytes));
    v
}

/// Loading options with a small string limit, so a string at the limit fits in every field at once.
const LIMITED: LoadOptions =
    LoadOptions { max_bytes: 8 << 20, max_depth: 32, max_array_len: 5_000, max_string_bytes: 2048 };

/// A hostile string of exactly `len` bytes.
fn max_length_string(len: usize) -> String {
    let mut s = String::new();
    while s.len() < len {
        s.push_str("<script>#set *x*[a](javascript:) é\u{202E} ");
    }
    while s.len() > len {
        s.pop();
    }
    // A multi-byte character may have been cut short of `len`: pad with ASCII.
    while s.len() < len {
        s.push('z');
    }
    assert_eq!(s.len(), len);
    s
}

fn has_line_break(s: &str) -> bool {
    s.contains(['\n', '\r'])
}

/// The Markdown's structure: every start and end tag, break, rule and raw HTML event, in order (text left out).
/// Line breaks inside plan text are the person's, so they are left out for strings that have them.
fn markdown_structure(md: &str, breaks: bool) -> Vec<String> {
    Parser::new_ext(md, Options::ENABLE_TABLES)
        .filter_map(|e| match e {
            Event::Start(t) => Some(format!("{t:?}")),
            Event::End(t) => Some(format!("/{t:?}")),
            Event::Html(h) | Event::InlineHtml(h) if breaks || h.trim() != "<pcp-br/>" => Some(h.trim().to_owned()),
            Event::Html(_) | Event::InlineHtml(_) => None,
            Event::HardBreak | Event::SoftBreak if breaks => Some(format!("{e:?}")),
            Event::Code(_) => Some("Code".into()),
            Event::Rule => Some("Rule".into()),
            Event::FootnoteReference(_) | Event::InlineMath(_) | Event::DisplayMath(_) => Some(format!("{e:?}")),
            _ => None,
        })
        .collect()
}

/// Every tag of an HTML document, attributes included, in order. Text is escaped by the writer, so a `<` in
/// the output always starts a tag.
fn html_tags(html: &str, breaks: bool) -> Vec<String> {
    let mut tags = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').map(|e| start + e + 1).expect("a closed tag");
        let tag = &rest[start..end];
        // `<bdi>` isolates a run against the document's direction: the writer adds it where the text's own
        // direction calls for it, so a Latin placeholder and a hostile string may differ there.
        let isolation = tag.starts_with("<bdi ") || tag == "</bdi>";
        if (breaks || tag != "<br>") && !isolation {
            tags.push(tag.to_owned());
        }
        rest = &rest[end..];
    }
    tags
}

fn assert_no_active_markup(tags: &[String], what: &str) {
    for t in tags {
        let t = t.to_ascii_lowercase();
        assert!(
            !t.starts_with("<script") && !t.contains("onerror") && !t.contains("javascript:"),
            "{what}: active markup {t}"
        );
    }
}

fn render(engine: &Engine, plan: &pcplan::model::Plan, format: Format) -> String {
    String::from_utf8(engine.render(plan, &RenderOptions::new(format)).expect("renders").bytes).expect("UTF-8")
}

#[test]
fn hostile_text_in_every_field_adds_no_markdown_or_html_structure() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let hostile = hostile();
    for (name, _) in EXAMPLES {
        let base = example(name);
        let fields = text_fields(&base);
        assert!(fields.len() > 50, "{name}: only {} text fields found", fields.len());
        let plain = load(&fill(&base, &fields, |_| PLACEHOLDER.into()));
        let plain_md = render(&engine, &plain, Format::Markdown);
        let plain_html = render(&engine, &plain, Format::Html);
        for s in &hostile {
            let breaks = !has_line_break(s);
            let what = format!("{name} with {:?}", s.chars().take(40).collect::<String>());
            let plan = load_with(&fill(&base, &fields, |_| s.clone()), &LIMITED);

            let md = render(&engine, &plan, Format::Markdown);
            assert_eq!(markdown_structure(&md, breaks), markdown_structure(&plain_md, breaks), "{what}: Markdown");
            for e in Parser::new_ext(&md, Options::ENABLE_TABLES) {
                if let Event::Html(h) | Event::InlineHtml(h) = e {
                    assert!(h.trim_start().starts_with("<pcp-") || h.trim_start().starts_with("</pcp-"), "{what}: {h}");
                }
            }

            let html = render(&engine, &plan, Format::Html);
            let tags = html_tags(&html, breaks);
            assert_eq!(tags, html_tags(&plain_html, breaks), "{what}: HTML");
            assert_no_active_markup(&tags, &what);
        }
    }
}

/// A string at the default limit (100,000 bytes) loads and renders in a goal statement and a name.
#[test]
fn string_at_the_default_limit_renders() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let limit = LoadOptions::default().max_string_bytes;
    let s = max_length_string(limit);
    let mut v = example("hcbs-en-jordan");
    v["goals"][0]["statement"]["text"] = Value::String(s.clone());
    v["team"][0]["name"] = Value::String(s.clone());
    let plan = load(&v);
    let html = render(&engine, &plan, Format::Html);
    assert!(html.len() > limit);
    assert_no_active_markup(&html_tags(&html, true), "at the limit");
    v["goals"][0]["statement"]["text"] = Value::String(format!("{s}z"));
    let err = pcplan::model::Plan::from_json_str(&v.to_string()).unwrap_err();
    assert_eq!((err.code(), err.path()), ("string-too-long", Some("/goals/0/statement/text")));
}

/// The syntax node kinds of a Typst document, in order, apart from text: text, escapes, spaces, shorthands,
/// and the boxes that stand for characters no font draws. Line breaks are left out for strings that have them.
fn typst_kinds(node: &SyntaxNode, breaks: bool, out: &mut Vec<SyntaxKind>) {
    use SyntaxKind as K;
    match node.kind() {
        // `#` only introduces the call that follows; the call is what counts.
        K::Text | K::Escape | K::Space | K::Shorthand | K::SmartQuote | K::Hash => return,
        K::Str => {
            // A string literal's content is text; only its presence is structure.
            out.push(K::Str);
            return;
        }
        K::FuncCall => {
            let callee = node.children().next().map(|c| c.full_text().to_string()).unwrap_or_default();
            if callee == "pcp-missing" || (!breaks && callee == "linebreak") {
                return;
            }
            // `text(dir: …)[…]` isolates a run against the document's direction, added where the text's own
            // direction calls for it: what counts is the markup inside.
            if callee == "text" && node.full_text().starts_with("text(dir: ") {
                let inner = node.children().flat_map(|c| c.children()).filter(|c| c.kind() == K::ContentBlock);
                for markup in inner.flat_map(|b| b.children()).filter(|c| c.kind() == K::Markup) {
                    for child in markup.children() {
                        typst_kinds(child, breaks, out);
                    }
                }
                return;
            }
        }
        _ => {}
    }
    out.push(node.kind());
    for child in node.children() {
        typst_kinds(child, breaks, out);
    }
}

/// The Typst source, split into its preamble (which carries the title) and body.
fn typst_source(engine: &Engine, plan: &pcplan::model::Plan, lang: &str) -> String {
    let md = render(engine, plan, Format::Markdown);
    let fonts = pdf_support::debian_fonts().unwrap_or_else(pdf_support::embedded_fonts);
    markdown_to_typst(&md, &pdf_support::settings(lang, "Plan"), fonts)
}

#[test]
fn hostile_text_adds_no_typst_structure() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let typst_hostile = [
        "#set page(width: 1cm) #import \"x.typ\": * $x$ @ref <label> #{} #read(\"/etc/passwd\")",
        "= heading\n- item\n+ item\n/ term: x\n```raw```\n$ x $\n",
        "*strong* _emph_ `raw` \\ ~ -- --- ... 'q' \"q\" [x] {y} (z) <pcp-page/> </pcp-caption>",
        "\u{202E}\u{2066}\u{2067}\u{2068}\u{2069}\u{200B}\u{200D}\u{FEFF}x\0y\r\nz\rw",
        "<script>alert(1)</script> {{t \"plan-title\"}} { $x } { -term } ]]> // /* */",
    ];
    for (name, lang) in [("hcbs-en-jordan", "en"), ("ecm-ar-youssef", "ar")] {
        let base = example(name);
        let fields = text_fields(&base);
        let plain = load(&fill(&base, &fields, |_| PLACEHOLDER.into()));
        let plain_src = typst_source(&engine, &plain, lang);
        for s in typst_hostile {
            let breaks = !has_line_break(s);
            let plan = load(&fill(&base, &fields, |_| s.to_owned()));
            let src = typst_source(&engine, &plan, lang);
            let root = typst::syntax::parse(&src);
            assert!(!root.diagnosis().errors, "{name} with {s:?}: the Typst source has syntax errors");
            let (mut a, mut b) = (Vec::new(), Vec::new());
            typst_kinds(&root, breaks, &mut a);
            typst_kinds(&typst::syntax::parse(&plain_src), breaks, &mut b);
            assert!(a == b, "{name} with {s:?}: Typst structure differs:\n{}", first_difference(&a, &b));
        }
    }
}

fn first_difference(a: &[SyntaxKind], b: &[SyntaxKind]) -> String {
    let i = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    format!("at node {i}: {:?} vs plain {:?}", &a[i..(i + 8).min(a.len())], &b[i..(i + 8).min(b.len())])
}

/// A sample of fields of every kind (a goal, a strength, a provider, a team member, a phone, a name) rendered to
/// PDF with every hostile string at once: it renders (PDF/UA-1), and the text survives.
#[test]
fn hostile_text_renders_to_pdf() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let base = example("hcbs-en-jordan");
    let sample: Vec<String> = [
        "/goals/0/statement/text",
        "/profile/strengths/0/text",
        "/supports/0/provider/name",
        "/team/0/name",
        "/person/preferredNames/0/text",
        "/person/legalName/family",
    ]
    .into_iter()
    .map(str::to_owned)
    .chain(text_fields(&base).into_iter().filter(|p| p.ends_with("/phone")).take(1))
    .collect();
    for s in [
        "#set page(width: 1cm) $x$ @ref <label> = heading #{} <script>alert(1)</script> {{> plan}}",
        "\u{202E}rtl\u{202C} a\u{200B}b x\0y\r\n= heading\n#import \"x\"",
    ] {
        let plan = load(&fill(&base, &sample, |_| s.to_owned()));
        let out = engine.render(&plan, &RenderOptions::new(Format::Pdf)).expect("the PDF renders");
        let doc = lopdf::Document::load_mem(&out.bytes).expect("a readable PDF");
        assert!(doc.get_pages().len() >= 2, "the page width was not changed to 1cm: {} pages", doc.get_pages().len());
    }
}
