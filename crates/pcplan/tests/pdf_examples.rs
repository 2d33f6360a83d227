//! Every example plan renders to a tagged PDF/UA-1 document through the Engine, in its person's language and in
//! English, with Debian's Noto fonts (missing fonts or tools fail under CI=true).

use crate::pdf_support;

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use pdf_support::{NOTO_DIRS, has_pdftotext, missing, pdftotext};

const PLANS: &[&str] = &["hcbs-en-marcus", "hcbs-en-jordan", "ecm-es-rosa", "ecm-ar-youssef", "hcbs-zh-hant-mei"];

#[test]
fn every_example_plan_renders_in_its_language_and_in_english() {
    if !NOTO_DIRS.iter().all(|d| std::path::Path::new(d).is_dir()) {
        missing("the Debian packages fonts-noto-core and fonts-noto-cjk");
        return;
    }
    let options = EngineOptions { font_dirs: NOTO_DIRS.iter().map(Into::into).collect(), ..EngineOptions::default() };
    let engine = Engine::new(options).unwrap();
    // Checked once, so that without poppler-utils every plan is still rendered and checked (all but its text).
    let can_extract = has_pdftotext();
    for name in PLANS {
        let path = format!("{}/../../examples/plans/{name}.json", env!("CARGO_MANIFEST_DIR"));
        let plan = Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for lang in [None, Some("en")] {
            let mut options = RenderOptions::new(Format::Pdf);
            options.lang = lang.map(|l| l.parse().unwrap());
            let out = engine.render(&plan, &options).unwrap_or_else(|e| panic!("{name} {lang:?}: {e}"));
            assert!(out.bytes.starts_with(b"%PDF-"), "{name} {lang:?}");
            assert!(!out.warnings.iter().any(|w| w.code() == "missing-glyphs"), "{name} {lang:?}: {:?}", out.warnings);
            let doc = lopdf::Document::load_mem(&out.bytes).unwrap();
            let catalog = doc.catalog().unwrap();
            assert!(catalog.get(b"StructTreeRoot").is_ok(), "{name}: untagged PDF");
            let doc_lang =
                catalog.get(b"Lang").and_then(|l| l.as_str()).ok().map(|l| String::from_utf8_lossy(l).into_owned());
            assert_eq!(doc_lang.as_deref().map(|l| l.split('-').next().unwrap_or(l)), Some(out.lang.language.as_str()));
            // Latin and CJK text extracts reliably (LANGUAGES.md); the preferred name must be in the document.
            if can_extract && out.lang.language.as_str() != "ar" {
                let text = pdftotext(&out.bytes).expect("pdftotext is installed");
                let name_shown = plan.person.display_name();
                assert!(text.contains(name_shown), "{name} {lang:?}: the preferred name is missing");
            }
        }
    }
}
