//! One `Engine` shared by 8 threads gives exactly the bytes of sequential renders; every format is
//! byte-identical across runs and across two `Engine` instances.

use crate::pdf_support;
use crate::plan_fields;

use std::path::PathBuf;
use std::sync::Arc;

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const FORMATS: [Format; 3] = [Format::Markdown, Format::Html, Format::Pdf];

/// An engine with Debian's Noto fonts when they are installed (Arabic and Chinese PDFs need them).
fn engine() -> Engine {
    let dirs: Vec<PathBuf> = pdf_support::NOTO_DIRS.iter().map(PathBuf::from).filter(|d| d.is_dir()).collect();
    Engine::new(EngineOptions { font_dirs: dirs, ..EngineOptions::default() }).expect("the engine builds")
}

fn plans() -> Vec<(&'static str, Plan)> {
    plan_fields::EXAMPLES.iter().map(|(name, json)| (*name, Plan::from_json_str(json).expect("loads"))).collect()
}

/// Every (plan, format) render: `None` where this machine lacks the fonts for a PDF.
fn render_all(engine: &Engine, plans: &[(&str, Plan)], rotate: usize) -> Vec<Option<Vec<u8>>> {
    let n = plans.len() * FORMATS.len();
    let mut out = vec![None; n];
    // Each thread walks the jobs in a different order, so different documents render at the same time.
    for k in 0..n {
        let job = (k + rotate) % n;
        let (name, plan) = &plans[job / FORMATS.len()];
        let format = FORMATS[job % FORMATS.len()];
        out[job] = match engine.render(plan, &RenderOptions::new(format)) {
            Ok(r) => Some(r.bytes),
            Err(pcplan::RenderError::Pdf(pcplan::render::pdf::PdfError::MissingFonts { .. })) => None,
            Err(e) => panic!("{name} {format}: {e}"),
        };
    }
    out
}

#[test]
fn eight_threads_share_one_engine() {
    let engine = Arc::new(engine());
    let plans = Arc::new(plans());
    let sequential = render_all(&engine, &plans, 0);
    assert!(sequential.iter().filter(|r| r.is_some()).count() >= 12, "too few renders succeeded");
    let threads: Vec<_> = (0..8)
        .map(|t| {
            let (engine, plans) = (Arc::clone(&engine), Arc::clone(&plans));
            std::thread::spawn(move || render_all(&engine, &plans, t * 2))
        })
        .collect();
    for (t, handle) in threads.into_iter().enumerate() {
        let concurrent = handle.join().expect("no thread panics");
        for (job, (a, b)) in sequential.iter().zip(&concurrent).enumerate() {
            let (name, _) = plans[job / FORMATS.len()];
            assert!(a == b, "thread {t}: {name} {} differs from the sequential render", FORMATS[job % FORMATS.len()]);
        }
    }
}

#[test]
fn byte_identical_across_runs_and_engines() {
    let plans = plans();
    let (first, second) = (engine(), engine());
    let a = render_all(&first, &plans, 0);
    let b = render_all(&first, &plans, 5);
    let c = render_all(&second, &plans, 0);
    for (job, ((a, b), c)) in a.iter().zip(&b).zip(&c).enumerate() {
        let what = format!("{} {}", plans[job / FORMATS.len()].0, FORMATS[job % FORMATS.len()]);
        assert!(a == b, "{what}: differs between two runs of one engine");
        assert!(a == c, "{what}: differs between two engines");
    }
}
