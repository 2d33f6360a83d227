//! Whole plans mutated by structure, not only by text: an example plan with dates, numbers, enumeration values,
//! array lengths, string lengths and object keys changed by the fuzz input → load → validate → Markdown, HTML
//! and PDF in any locale, standard and large print. Never a panic; a plan that loads always renders (PDF may
//! only refuse a language whose script the embedded fonts do not cover).
//!
//! The mutations are steered by the plan's own JSON Schema (`pcplan::model::json_schema`): enumeration values
//! come from its `enum` and `const` keywords, so most mutated plans still load and reach the renderers.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use pcplan::model::Plan;
use pcplan::render::pdf::PdfError;
use pcplan::validate::{ValidateOptions, validate};
use pcplan::{Engine, EngineOptions, Format, RenderError, RenderOptions};
use serde_json::{Number, Value};

const EXAMPLES: [&str; 5] = [
    include_str!("../../examples/plans/hcbs-en-jordan.json"),
    include_str!("../../examples/plans/hcbs-en-marcus.json"),
    include_str!("../../examples/plans/ecm-es-rosa.json"),
    include_str!("../../examples/plans/ecm-ar-youssef.json"),
    include_str!("../../examples/plans/hcbs-zh-hant-mei.json"),
];

static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::new(EngineOptions::default()).expect("the engine builds"));
static BASES: LazyLock<Vec<Value>> =
    LazyLock::new(|| EXAMPLES.iter().map(|e| serde_json::from_str(e).expect("the example is JSON")).collect());
/// Every string the schema names in an `enum` or `const`: statuses, kinds, units, language tags.
static ENUM_VALUES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut out = Vec::new();
    collect_enum_values(&pcplan::model::json_schema(), &mut out);
    out.sort();
    out.dedup();
    out
});

fn collect_enum_values(schema: &Value, out: &mut Vec<String>) {
    match schema {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("enum", Value::Array(items)) => {
                        out.extend(items.iter().filter_map(|i| i.as_str().map(String::from)))
                    }
                    ("const", Value::String(s)) => out.push(s.clone()),
                    _ => collect_enum_values(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_enum_values(i, out)),
        _ => {}
    }
}

/// JSON Pointers of every value in the document, containers included.
fn pointers(v: &Value, at: &mut String, out: &mut Vec<String>) {
    out.push(at.clone());
    let len = at.len();
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                at.push('/');
                at.push_str(&k.replace('~', "~0").replace('/', "~1"));
                pointers(child, at, out);
                at.truncate(len);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                at.push('/');
                at.push_str(&i.to_string());
                pointers(child, at, out);
                at.truncate(len);
            }
        }
        _ => {}
    }
}

/// A date string: mostly well formed with any year (signed, five digits, zero), sometimes an impossible day.
fn date(u: &mut Unstructured<'_>) -> Result<String> {
    let year: i32 = match u.int_in_range(0..=5)? {
        0 => u.int_in_range(1..=9999)?,
        1 => u.int_in_range(10_000..=262_143)?,
        2 => u.int_in_range(-262_144..=0)?,
        3 => *u.choose(&[0, 1, 9999, 10_000, -1, 1582, 1900, 2000, 2100])?,
        _ => u.arbitrary()?,
    };
    let month: u8 = u.int_in_range(0..=13)?;
    let day: u8 = u.int_in_range(0..=32)?;
    Ok(match u.int_in_range(0..=2)? {
        0 => format!("{year:04}-{month:02}-{day:02}"),
        1 => format!("{year:+05}-{month:02}-{day:02}"),
        _ => format!("{year}-{month}-{day}"),
    })
}

fn number(u: &mut Unstructured<'_>) -> Result<Value> {
    Ok(match u.int_in_range(0..=4)? {
        0 => Value::from(u.int_in_range(-3i64..=400)?),
        1 => Value::from(u.arbitrary::<i64>()?),
        2 => Value::from(u.arbitrary::<u64>()?),
        3 => Number::from_f64(u.arbitrary::<f64>()?).map_or(Value::Null, Value::Number),
        _ => Value::from(*u.choose(&[0.0, -0.0, 0.5, 1e-300, 1e300, f64::MAX, f64::MIN_POSITIVE])?),
    })
}

fn text(u: &mut Unstructured<'_>) -> Result<String> {
    let len = u.int_in_range(0..=24)?;
    let mut s = String::new();
    for _ in 0..len {
        s.push(*u.choose(&[
            'a', 'Z', '0', '9', '-', ' ', '.', '(', ')', '@', 'é', 'ị', 'م', '۵', '李', '\u{200F}', '\u{2068}', '\n',
            '#', '*', '<', '"', '\\',
        ])?);
    }
    Ok(s)
}

fn mutate(u: &mut Unstructured<'_>, doc: &mut Value) -> Result<()> {
    let mut all = Vec::new();
    pointers(doc, &mut String::new(), &mut all);
    let at = u.choose(&all)?.clone();
    // Another value of the same document, for copies (ids into links, one section into another).
    let other = u.choose(&all)?.clone();
    let donor = doc.pointer(&other).cloned().unwrap_or(Value::Null);
    let Some(target) = doc.pointer_mut(&at) else { return Ok(()) };
    match u.int_in_range(0..=9)? {
        0 | 1 => *target = Value::String(date(u)?),
        2 => *target = number(u)?,
        3 => *target = Value::String(u.choose(&ENUM_VALUES)?.clone()),
        4 => match target {
            Value::Array(items) if !items.is_empty() => {
                let i = u.choose_index(items.len())?;
                match u.int_in_range(0..=3)? {
                    0 => drop(items.remove(i)),
                    1 => {
                        let copies = u.int_in_range(1..=40)?;
                        let item = items[i].clone();
                        items.extend(std::iter::repeat_n(item, copies));
                    }
                    2 => items.clear(),
                    _ => {
                        let j = u.choose_index(items.len())?;
                        items.swap(i, j);
                    }
                }
            }
            Value::String(s) => match u.int_in_range(0..=2)? {
                0 => s.clear(),
                1 => {
                    let cut = u.choose_index(s.len() + 1)?;
                    let cut = (0..=cut).rev().find(|c| s.is_char_boundary(*c)).unwrap_or(0);
                    s.truncate(cut);
                }
                _ => *s = s.repeat(u.int_in_range(2..=200)?),
            },
            _ => {}
        },
        5 => match target {
            Value::Object(map) if !map.is_empty() => {
                let keys: Vec<String> = map.keys().cloned().collect();
                let key = u.choose(&keys)?;
                map.remove(key);
            }
            _ => *target = Value::Null,
        },
        6 => *target = Value::String(text(u)?),
        7 => *target = Value::Bool(u.arbitrary()?),
        8 => *target = donor,
        _ => {
            if let Value::String(s) = target {
                s.push_str(&text(u)?);
            }
        }
    }
    Ok(())
}

fn run(data: &[u8]) -> Result<()> {
    let mut u = Unstructured::new(data);
    let mut doc = u.choose(&BASES)?.clone();
    for _ in 0..u.int_in_range(1..=6)? {
        mutate(&mut u, &mut doc)?;
    }
    let Ok(plan) = Plan::from_json_slice(doc.to_string().as_bytes()) else { return Ok(()) };

    let today = chrono::NaiveDate::from_ymd_opt(2026, 6, 1).expect("a valid date");
    let report = validate(&plan, &ValidateOptions::new(today));
    assert!(report.findings.windows(2).all(|w| w[0].path <= w[1].path));

    let langs = ENGINE.localizer().available().to_vec();
    let mut options = RenderOptions::new(Format::Markdown);
    options.lang = if u.arbitrary()? { Some(u.choose(&langs)?.clone()) } else { None };
    options.large_print = u.arbitrary()?;
    for format in [Format::Markdown, Format::Html] {
        options.format = format;
        let out = ENGINE.render(&plan, &options).expect("a plan that loads renders");
        String::from_utf8(out.bytes).expect("UTF-8 output");
    }
    // PDF is the slow part: one input in four.
    if u.ratio(1, 4)? {
        options.format = Format::Pdf;
        match ENGINE.render(&plan, &options) {
            Ok(out) => assert!(out.bytes.starts_with(b"%PDF-")),
            Err(RenderError::Pdf(PdfError::MissingFonts { .. })) => {}
            Err(e) => panic!("a plan that loads renders as PDF: {e}"),
        }
    }
    Ok(())
}

fuzz_target!(|data: &[u8]| {
    let _ = run(data);
});
