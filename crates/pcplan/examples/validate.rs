//! Validates a plan and prints the findings for a care coordinator (text) or a program (JSON).
//!
//! ```text
//! cargo run --example validate -- PLAN.json [--format text|json] [--profile NAME]... [--today YYYY-MM-DD] [--lang TAG] [--values]
//! ```
//! Exit status: 0 valid (warnings allowed), 1 errors found, 2 bad input or usage.

use std::process::ExitCode;

use pcplan::i18n::Localizer;
use pcplan::model::Plan;
use pcplan::validate::{Profile, Severity, ValidateOptions, validate_with};

struct Args {
    plan: String,
    json: bool,
    profiles: Vec<Profile>,
    today: Option<chrono::NaiveDate>,
    lang: Option<unic_langid::LanguageIdentifier>,
    values: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut out =
        Args { plan: String::new(), json: false, profiles: Vec::new(), today: None, lang: None, values: false };
    while let Some(arg) = args.next() {
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "--format" => match value("--format")?.as_str() {
                "json" => out.json = true,
                "text" => out.json = false,
                other => return Err(format!("unknown format {other:?}; expected text or json")),
            },
            "--profile" => {
                let name = value("--profile")?;
                out.profiles.push(Profile::parse(&name).ok_or_else(|| {
                    format!("unknown profile {name:?}; expected core, hcbs, calaim-ecm or calaim-cs-housing")
                })?);
            }
            "--today" => {
                let text = value("--today")?;
                out.today = Some(text.parse().map_err(|_| format!("--today {text:?}: expected YYYY-MM-DD"))?);
            }
            "--lang" => {
                let text = value("--lang")?;
                out.lang = Some(text.parse().map_err(|_| format!("--lang {text:?}: expected a BCP-47 tag"))?);
            }
            "--values" => out.values = true,
            "-h" | "--help" => return Err(String::new()),
            _ if out.plan.is_empty() && !arg.starts_with('-') => out.plan = arg,
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    if out.plan.is_empty() {
        return Err("missing PLAN.json".into());
    }
    Ok(out)
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!(
                "usage: validate PLAN.json [--format text|json] [--profile NAME]... [--today YYYY-MM-DD] [--lang TAG] [--values]"
            );
            return ExitCode::from(2);
        }
    };
    let plan = match std::fs::read(&args.plan)
        .map_err(|e| e.to_string())
        .and_then(|bytes| Plan::from_json_slice(&bytes).map_err(|e| e.to_string()))
    {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: {}: {e}", args.plan);
            return ExitCode::from(2);
        }
    };
    // The evaluation date is explicit: the library never reads the clock, so this program does it for you.
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    let mut options = ValidateOptions::new(today);
    if !args.profiles.is_empty() {
        options.profiles = Some(args.profiles);
    }
    options.lang = args.lang;
    options.include_values = args.values;
    let localizer = Localizer::embedded();
    let report = validate_with(&plan, &options, localizer);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report.to_json()).expect("JSON serializes"));
    } else {
        print_text(&report, localizer);
    }
    if report.is_valid() { ExitCode::SUCCESS } else { ExitCode::from(1) }
}

/// Fluent's bidi isolation marks keep mixed-direction text in order in documents; a terminal shows them as
/// stray glyphs, so plain-text output drops them.
fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}

/// Findings grouped by the plan section they are in, each with its fix; headings come from Fluent.
fn print_text(report: &pcplan::validate::Report, localizer: &Localizer) {
    let lang: unic_langid::LanguageIdentifier = report.lang.parse().unwrap_or_default();
    let locale = localizer.locale(std::slice::from_ref(&lang));
    let t = |id: &str| plain(&locale.message(id, None).text);
    let mut section = None;
    for f in &report.findings {
        let top = f.path.split('/').nth(1).unwrap_or("");
        if section != Some(top) {
            section = Some(top);
            let heading = locale.message(&format!("section-{top}"), None);
            let heading = if heading.text.is_empty() { t("section-plan") } else { plain(&heading.text) };
            println!("\n== {heading} ==");
        }
        let sev = match f.severity {
            Severity::Error => t("severity-error"),
            Severity::Warning => t("severity-warning"),
            Severity::Info => t("severity-info"),
        };
        println!("[{sev}] {} {}  ({})", f.code, plain(&f.message), f.path);
        println!("    {}: {}", t("finding-fix"), plain(&f.help));
        if let Some(v) = &f.value {
            println!("    {}: {v}", t("finding-value"));
        }
    }
    let mut args = pcplan::i18n::FluentArgs::new();
    args.set("errors", report.count(Severity::Error));
    args.set("warnings", report.count(Severity::Warning));
    println!("\n{}", plain(&locale.message("report-summary", Some(&args)).text));
}
