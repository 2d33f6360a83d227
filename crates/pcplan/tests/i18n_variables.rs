//! Every locale's messages use the variables English's do: none English lacks (a translator's `{ $nmae }` would
//! format as an error at render time), and every one English shows (a dropped `{ $days }` would lose the
//! number). A variable English uses only to select a plural form may be absent where the language has no
//! plural forms (Korean, Vietnamese). Parsed with fluent-syntax.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The variables of one message: all it references, and those it shows (not only selects on).
#[derive(Default)]
struct Vars {
    all: BTreeSet<String>,
    shown: BTreeSet<String>,
}

/// `message id` (or `id.attribute`) → its variables, over every `.ftl` of a locale.
type Variables = BTreeMap<String, Vars>;

fn inline(e: &InlineExpression<&str>, out: &mut Vars, shown: bool) {
    match e {
        InlineExpression::VariableReference { id } => {
            out.all.insert(id.name.to_owned());
            if shown {
                out.shown.insert(id.name.to_owned());
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline(a, out, shown));
            arguments.named.iter().for_each(|a| inline(&a.value, out, shown));
        }
        InlineExpression::TermReference { arguments: Some(arguments), .. } => {
            arguments.positional.iter().for_each(|a| inline(a, out, shown));
            arguments.named.iter().for_each(|a| inline(&a.value, out, shown));
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut Vars) {
    match e {
        Expression::Inline(i) => inline(i, out, true),
        Expression::Select { selector, variants } => {
            inline(selector, out, false);
            variants.iter().for_each(|v| pattern(&v.value, out));
        }
    }
}

fn pattern(p: &Pattern<&str>, out: &mut Vars) {
    for element in &p.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn variables(dir: &Path) -> Variables {
    let mut out = Variables::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in &resource.body {
            let Entry::Message(m) = entry else { continue };
            let id = m.id.name;
            if let Some(value) = &m.value {
                pattern(value, out.entry(id.to_owned()).or_default());
            }
            for attribute in &m.attributes {
                pattern(&attribute.value, out.entry(format!("{id}.{}", attribute.id.name)).or_default());
            }
        }
    }
    out
}

#[test]
fn every_locale_uses_the_variables_english_uses() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let english = variables(&root.join("en"));
    assert!(english.values().any(|v| !v.shown.is_empty()), "English has messages with variables");
    let mut problems = Vec::new();
    let mut locales = 0;
    for entry in std::fs::read_dir(&root).unwrap() {
        let dir = entry.unwrap().path();
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        if tag == "en" || !dir.is_dir() {
            continue;
        }
        locales += 1;
        for (id, vars) in variables(&dir) {
            let Some(en) = english.get(&id) else {
                problems.push(format!("{tag} {id}: not an English message"));
                continue;
            };
            let unknown: Vec<_> = vars.all.difference(&en.all).collect();
            let dropped: Vec<_> = en.shown.difference(&vars.all).collect();
            if !unknown.is_empty() || !dropped.is_empty() {
                problems
                    .push(format!("{tag} {id}: variables English lacks {unknown:?}, English's missing {dropped:?}"));
            }
        }
    }
    assert!(locales >= 18, "{locales}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// An agency's translation with a misspelt variable (`{ $strat }`) renders with a `malformed-message` warning
/// naming the message and language, and strict mode refuses it, instead of showing Fluent's placeholder silently.
#[test]
fn a_misspelt_variable_in_a_translation_is_a_render_warning() {
    use pcplan::{Engine, EngineOptions, Format, RenderError, RenderOptions, RenderWarning};
    let dir = std::env::temp_dir().join(format!("pcplan-malformed-locale-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).unwrap();
    std::fs::write(dir.join("en/agency.ftl"), "date-from = From { $strat }\n").unwrap();
    let engine = Engine::new(EngineOptions { locales_dir: Some(dir.clone()), ..EngineOptions::default() });
    let _ = std::fs::remove_dir_all(&dir);
    let engine = engine.unwrap();
    let root = env!("CARGO_MANIFEST_DIR");
    let text = std::fs::read_to_string(format!("{root}/../../examples/plans/ecm-ar-youssef.json")).unwrap();
    let plan = pcplan::model::Plan::from_json_str(&text).unwrap();
    let mut options = RenderOptions::new(Format::Markdown);
    options.lang = Some("en".parse().unwrap());
    let rendered = engine.render(&plan, &options).unwrap();
    let expected = RenderWarning::MalformedMessage { message_id: "date-from".into(), lang: "en".into() };
    assert!(rendered.warnings.contains(&expected), "{:?}", rendered.warnings);
    assert_eq!(rendered.warnings.iter().filter(|w| **w == expected).count(), 1, "once per message");
    options.strict = true;
    assert!(matches!(engine.render(&plan, &options), Err(RenderError::Strict(_))));

    let plain = Engine::new(EngineOptions::default()).unwrap();
    options.strict = false;
    let clean = plain.render(&plan, &options).unwrap();
    assert!(!clean.warnings.iter().any(|w| w.code() == "malformed-message"), "{:?}", clean.warnings);
}
