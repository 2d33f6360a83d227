//! No PHI in diagnostics: a unique canary in every text field of a plan never shows up in a load error, a
//! validation finding (unless values are asked for), a `Debug` rendering, a render warning or a panic message.

use crate::plan_fields;

use std::panic::{AssertUnwindSafe, catch_unwind};

use pcplan::model::Plan;
use pcplan::validate::{ValidateOptions, validate};
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use plan_fields::*;
use serde_json::{Value, json};

const TAG: &str = "7731";

/// `CANARY-<field>-7731`, the field named by its JSON Pointer (slashes as dots).
fn canary(pointer: &str) -> String {
    format!("CANARY-{}-{TAG}", pointer.trim_start_matches('/').replace('/', "."))
}

fn assert_clean(text: &str, what: &str) {
    if let Some(at) = text.find("CANARY-") {
        let end = (at + 80).min(text.len());
        panic!("{what} contains a canary: …{}…", text.get(at..end).unwrap_or(&text[at..]));
    }
}

/// Every example plan with a canary in each text field.
fn canaried() -> Vec<(&'static str, Value, Vec<String>)> {
    EXAMPLES
        .iter()
        .map(|(name, _)| {
            let base = example(name);
            let fields = text_fields(&base);
            (*name, fill(&base, &fields, canary), fields)
        })
        .collect()
}

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

#[test]
fn load_errors_never_repeat_a_canary() {
    for (name, v, fields) in canaried() {
        assert!(load(&v).person.display_name().contains("CANARY"), "{name}: the canaries are in place");
        let mut broken: Vec<(String, Value)> = Vec::new();
        // A wrong type, an unknown field and a dangling id next to canaries.
        // (Fields under `extensions` take any JSON, so they are not corrupted.)
        for p in fields.iter().filter(|p| !p.starts_with("/extensions")).step_by(5) {
            let mut w = v.clone();
            *w.pointer_mut(p).unwrap() = json!([canary(p)]);
            broken.push((format!("array at {p}"), w));
            let mut w = v.clone();
            *w.pointer_mut(p).unwrap() = json!({ "text": canary(p) });
            broken.push((format!("object at {p}"), w));
        }
        let mut w = v.clone();
        // An unknown field's name is schema, not plan data: the error names it in the path. Its value is data.
        w["goals"][0]["colour"] = json!(canary("unknown"));
        broken.push(("unknown field".into(), w));
        let mut w = v.clone();
        w["goals"][0]["status"] = json!(canary("status"));
        broken.push(("bad enum value".into(), w));
        let mut w = v.clone();
        w["effectivePeriod"]["start"] = json!(canary("date"));
        broken.push(("bad date".into(), w));
        let mut w = v.clone();
        w["supports"][0]["goalIds"] = json!([canary("goalIds")]);
        broken.push(("dangling id".into(), w));
        let mut w = v.clone();
        // (`CANARY-lang-7731` happens to be a well-formed BCP-47 tag: language, script, variant.)
        w["goals"][0]["statement"]["lang"] = json!(format!("{} !", canary("lang")));
        broken.push(("bad language tag".into(), w));
        let mut text = v.to_string();
        text.truncate(text.rfind("CANARY").unwrap() + 10);
        for (what, w) in broken {
            let Err(err) = Plan::from_json_str(&w.to_string()) else { panic!("{name}: {what} still loads") };
            assert_clean(&format!("{err} {err:?}"), &format!("{name}: load error for {what}"));
        }
        let err = Plan::from_json_str(&text).unwrap_err();
        assert_clean(&format!("{err} {err:?}"), &format!("{name}: truncated document"));
    }
}

#[test]
fn validation_findings_never_contain_a_canary_unless_asked() {
    let mut values_seen = 0;
    for (name, v, _) in canaried() {
        let plan = load(&v);
        for lang in [None, Some("es"), Some("zh-Hant")] {
            let mut options = ValidateOptions::new(today());
            options.lang = lang.map(|l| l.parse().unwrap());
            let report = catch_unwind(AssertUnwindSafe(|| validate(&plan, &options))).expect("validate never panics");
            assert!(!report.findings.is_empty(), "{name}: canaries trip the text rules");
            for f in &report.findings {
                assert_clean(&format!("{} {} {:?} {:?} {}", f.message, f.help, f.args, f.value, f.path), name);
            }
            assert_clean(&format!("{report:?}"), name);
            assert_clean(&serde_json::to_string(&report).unwrap(), name);
        }
        // Opt-in: rules attach the concerned part of a value (a date, a language, the deficit phrase found in a
        // text), never the whole text. A canaried text with a deficit phrase shows that phrase, from that text.
        let mut w = v.clone();
        let p = "/needs/0/description/text";
        let text = format!("{} is wheelchair-bound", w.pointer(p).unwrap().as_str().unwrap());
        *w.pointer_mut(p).unwrap() = json!(text);
        let plan = load(&w);
        let mut options = ValidateOptions::new(today());
        let hidden = validate(&plan, &options);
        assert!(hidden.findings.iter().all(|f| f.value.is_none()), "{name}: values only on request");
        options.include_values = true;
        let report = validate(&plan, &options);
        values_seen += report
            .findings
            .iter()
            .filter(|f| f.path.starts_with("/needs/0/description") && f.value.as_deref() == Some("wheelchair-bound"))
            .count();
        assert!(report.findings.iter().any(|f| f.value.is_some()), "{name}: values appear when asked for");
    }
    assert!(values_seen > 0, "with include_values the phrase from the canaried text appears in `value`");
}

#[test]
fn debug_of_the_plan_and_its_parts_hides_canaries() {
    for (name, v, _) in canaried() {
        let plan = load(&v);
        assert_clean(&format!("{plan:?}"), name);
        assert_clean(&format!("{plan:#?}"), name);
        assert_clean(&format!("{:?}", plan.person), name);
        assert_clean(&format!("{:?}", plan.profile), name);
        assert_clean(&format!("{:?} {:?} {:?}", plan.goals, plan.needs, plan.supports), name);
        assert_clean(&format!("{:?} {:?} {:?}", plan.team, plan.representatives, plan.risks), name);
        assert_clean(&format!("{:?} {:?} {:?}", plan.meetings, plan.monitoring, plan.feedback), name);
        assert_clean(&format!("{:?} {:?} {:?}", plan.signatures, plan.distribution, plan.planner), name);
        // (`plan.extensions` is a `serde_json::Map`, whose own Debug shows values; the Plan's Debug hides it.)
        assert_clean(&format!("{:?}", plan.program_sections), name);
        for g in &plan.goals {
            assert_clean(&format!("{:?} {:?}", g.statement, g.steps), name);
        }
    }
}

#[test]
fn renders_never_panic_and_warnings_hold_no_canary() {
    let engine = Engine::new(EngineOptions::default()).unwrap();
    for (name, v, _) in canaried() {
        let plan = load(&v);
        for format in [Format::Markdown, Format::Html, Format::Pdf] {
            for lang in [None, Some("en"), Some("ar")] {
                if format == Format::Pdf && lang.is_some() {
                    continue; // one PDF per plan keeps the test fast
                }
                let mut options = RenderOptions::new(format);
                options.lang = lang.map(|l| l.parse().unwrap());
                let result = catch_unwind(AssertUnwindSafe(|| engine.render(&plan, &options)))
                    .unwrap_or_else(|_| panic!("{name} {format}: render panicked"));
                match result {
                    Ok(out) => {
                        assert_clean(&format!("{:?}", out.warnings), name);
                        for w in &out.warnings {
                            assert_clean(&w.to_string(), name);
                        }
                        if format != Format::Pdf {
                            assert!(String::from_utf8_lossy(&out.bytes).contains(TAG), "the document has the text");
                        }
                    }
                    // Without the Noto fonts the Arabic and Chinese PDFs are refused; the error holds no text.
                    Err(e) => assert_clean(&format!("{e} {e:?}"), name),
                }
            }
        }
        // A strict render turns warnings into an error: it names no value either.
        let mut strict = RenderOptions::new(Format::Html);
        strict.strict = true;
        strict.lang = Some("ar".parse().unwrap());
        if let Err(e) = engine.render(&plan, &strict) {
            assert_clean(&format!("{e} {e:?}"), name);
        }
    }
}
