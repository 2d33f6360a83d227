//! Golden documents: Markdown and HTML of every example plan in its person's language and in English.

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const PLANS: &[&str] = &["hcbs-en-jordan", "hcbs-en-marcus", "ecm-es-rosa", "ecm-ar-youssef", "hcbs-zh-hant-mei"];

fn load(name: &str) -> Plan {
    let path = format!("{}/../../examples/plans/{name}.json", env!("CARGO_MANIFEST_DIR"));
    Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn render(engine: &Engine, plan: &Plan, format: Format, lang: Option<&str>) -> String {
    let mut options = RenderOptions::new(format);
    options.lang = lang.map(|l| l.parse().unwrap());
    String::from_utf8(engine.render(plan, &options).unwrap().bytes).unwrap()
}

#[test]
fn snapshots() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    for name in PLANS {
        let plan = load(name);
        let own = plan.person.language.preferred_written().to_string();
        let mut langs = vec![("own", None)];
        if !own.starts_with("en") {
            langs.push(("en", Some("en")));
        }
        for (label, lang) in langs {
            insta::assert_snapshot!(format!("{name}.{label}.md"), render(&engine, &plan, Format::Markdown, lang));
            insta::assert_snapshot!(format!("{name}.{label}.html"), render(&engine, &plan, Format::Html, lang));
        }
    }
}

#[test]
fn one_h1_and_headings_in_order() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    for name in PLANS {
        let html = render(&engine, &load(name), Format::Html, None);
        assert_eq!(html.matches("<h1>").count(), 1, "{name}");
        let mut last = 1;
        for (i, _) in html.match_indices("<h") {
            let level = html.as_bytes()[i + 2];
            if level.is_ascii_digit() {
                let level = level - b'0';
                assert!(level <= last + 1, "{name}: heading level skips to h{level}");
                last = level;
            }
        }
        assert!(!html.contains("<pcp-"), "{name}: a marker leaked");
        assert!(html.contains("<th scope=\"col\">") && html.contains("<caption>"), "{name}");
    }
}

#[test]
fn warnings_and_language() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let rosa = load("ecm-es-rosa");
    let out = engine.render(&rosa, &RenderOptions::new(Format::Markdown)).unwrap();
    assert_eq!(out.lang.to_string(), "es");
    assert!(out.warnings.iter().all(|w| w.code() != "missing-translation"), "{:?}", out.warnings);
    let mut en = RenderOptions::new(Format::Markdown);
    en.lang = Some("en".parse().unwrap());
    let out = engine.render(&rosa, &en).unwrap();
    assert!(out.warnings.iter().any(|w| w.code() == "text-not-in-document-language"));
    let md = String::from_utf8(out.bytes).unwrap();
    assert!(md.contains("<pcp-lang lang=\"es\">"));
    let json = serde_json::to_string(&out.warnings).unwrap();
    assert!(!json.contains("Rosa"), "warnings carry no plan values");
    let mut strict = en.clone();
    strict.strict = true;
    assert!(matches!(engine.render(&rosa, &strict), Err(pcplan::RenderError::Strict(_))));
    let pdf = RenderOptions::new(Format::Pdf);
    #[cfg(feature = "pdf")]
    assert!(engine.render(&rosa, &pdf).unwrap().bytes.starts_with(b"%PDF-"));
    #[cfg(not(feature = "pdf"))]
    assert!(matches!(engine.render(&rosa, &pdf), Err(pcplan::RenderError::FormatUnavailable(Format::Pdf))));
    assert_eq!("md".parse::<Format>().unwrap(), Format::Markdown);
    assert!("doc".parse::<Format>().is_err());
}

#[test]
fn template_override_and_large_print() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/templates");
    let engine = Engine::new(EngineOptions { templates_dir: Some(dir), ..Default::default() }).unwrap();
    let plan = load("hcbs-en-jordan");
    let md = render(&engine, &plan, Format::Markdown, None);
    assert!(md.starts_with("**Eastshore Support Planning**"));
    let mut lp = RenderOptions::new(Format::Html);
    lp.large_print = true;
    let html = String::from_utf8(engine.render(&plan, &lp).unwrap().bytes).unwrap();
    assert!(html.contains("--base-size: 20pt"));
}

#[test]
fn bad_template_is_an_error() {
    let dir = std::env::temp_dir().join(format!("pcplan-bad-templates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rights.md.hbs"), "## {{t \"no-such-message\"}}\n{{no_such_field}}\n").unwrap();
    let engine = Engine::new(EngineOptions { templates_dir: Some(dir.clone()), ..Default::default() }).unwrap();
    let err = engine.render(&load("hcbs-en-jordan"), &RenderOptions::new(Format::Markdown)).unwrap_err();
    assert!(err.to_string().contains("no-such-message"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn agency_partials_are_included_inside_blocks_and_loops_are_an_error() {
    let dir = std::env::temp_dir().join(format!("pcplan-partials-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("rights.md.hbs"), "{{#if name}}\n{{> agency-note}}\n{{/if}}\n").unwrap();
    std::fs::write(dir.join("agency-note.md.hbs"), "Questions? Ask {{name}}'s coordinator.\n").unwrap();
    let engine = Engine::new(EngineOptions { templates_dir: Some(dir.clone()), ..Default::default() }).unwrap();
    let md = render(&engine, &load("hcbs-en-jordan"), Format::Markdown, None);
    assert!(md.contains("\nQuestions? Ask Jordan's coordinator.\n"), "{md}");

    std::fs::write(dir.join("agency-note.md.hbs"), "{{> rights}}\n").unwrap();
    let err = Engine::new(EngineOptions { templates_dir: Some(dir.clone()), ..Default::default() }).unwrap_err();
    assert!(err.to_string().contains("loop"), "{err}");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn engine_is_send_sync_and_renders_concurrently() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Engine>();
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let en = load("hcbs-en-jordan");
    let es = load("ecm-es-rosa");
    let expect_en = engine.render(&en, &RenderOptions::new(Format::Markdown)).unwrap();
    let expect_es = engine.render(&es, &RenderOptions::new(Format::Markdown)).unwrap();
    std::thread::scope(|s| {
        for i in 0..4 {
            let (plan, expect) = if i % 2 == 0 { (&en, &expect_en) } else { (&es, &expect_es) };
            let engine = &engine;
            s.spawn(move || {
                for _ in 0..5 {
                    let out = engine.render(plan, &RenderOptions::new(Format::Markdown)).unwrap();
                    assert_eq!(out.bytes, expect.bytes);
                    assert_eq!(out.warnings, expect.warnings);
                }
            });
        }
    });
}
