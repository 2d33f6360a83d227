//! `pcplan validate`: the findings a care coordinator reads (text) or a program reads (JSON).

use std::fmt::Write;
use std::path::PathBuf;

use pcplan::i18n::{FluentArgs, Locale, Localizer};
use pcplan::validate::{Profile, Report, Severity, ValidateOptions, validate_with};

use crate::common::{Exit, Outcome, bad_input, evaluation_date, load_plan, parse_lang, plain, write_output};

/// Check a plan against documentation expectations. Exit 0 valid (warnings allowed), 1 errors found.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The plan (JSON).
    plan: PathBuf,
    /// text (grouped by plan section, for a care coordinator) or json (schema/findings.schema.json).
    #[arg(long, short, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// A profile to apply instead of the plan's programs' (repeatable): core, hcbs, calaim-ecm, calaim-cs-housing.
    #[arg(long = "profile", value_name = "NAME")]
    profiles: Vec<String>,
    /// The evaluation date of time-dependent rules, YYYY-MM-DD; default today's date (said on standard error).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    /// The language of messages and fixes (BCP 47); default English.
    #[arg(long)]
    lang: Option<String>,
    /// Quote the plan values concerned in findings (they are health information then).
    #[arg(long)]
    values: bool,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan validate`.
pub fn run(args: Args) -> Outcome {
    let localizer = Localizer::embedded();
    let lang = args.lang.as_deref().map(|l| parse_lang(l, localizer)).transpose()?;
    let profiles = parse_profiles(&args.profiles)?;
    let plan = load_plan(&args.plan)?;
    let mut options = ValidateOptions::new(evaluation_date(args.today.as_deref())?);
    options.profiles = profiles;
    options.lang = lang;
    options.include_values = args.values;
    let report = validate_with(&plan, &options, localizer);
    let text = if args.format == "json" {
        let mut json = serde_json::to_string_pretty(&report.to_json()).map_err(|e| bad_input(e.to_string()))?;
        json.push('\n');
        json
    } else {
        let locale = localizer.locale(&[report.lang.parse().unwrap_or_default()]);
        to_text(&report, &locale)
    };
    write_output(args.output.as_deref(), text.as_bytes())?;
    Ok(if report.is_valid() { Exit::Ok } else { Exit::Findings })
}

/// `--profile` names, or `None` when none were given (the plan's programs decide).
pub fn parse_profiles(names: &[String]) -> Result<Option<Vec<Profile>>, crate::common::Failure> {
    if names.is_empty() {
        return Ok(None);
    }
    let known: Vec<&str> = Profile::ALL.iter().map(|p| p.as_str()).collect();
    names
        .iter()
        .map(|n| {
            Profile::parse(n).ok_or_else(|| {
                bad_input(format!("--profile {n:?}: unknown profile; expected one of {}", known.join(", ")))
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// Findings grouped by the plan section they are in, each with its fix; every label comes from Fluent.
fn to_text(report: &Report, locale: &Locale<'_>) -> String {
    let t = |id: &str| plain(&locale.message(id, None).text);
    let mut out = String::new();
    let mut section = None;
    for f in &report.findings {
        let top = f.path.split('/').nth(1).unwrap_or("");
        if section != Some(top) {
            section = Some(top);
            let heading = locale.message(&format!("section-{top}"), None);
            let heading = if heading.text.is_empty() { t("section-plan") } else { plain(&heading.text) };
            let _ = writeln!(out, "\n== {heading} ==");
        }
        let severity = match f.severity {
            Severity::Error => t("severity-error"),
            Severity::Warning => t("severity-warning"),
            Severity::Info => t("severity-info"),
        };
        let _ = writeln!(out, "[{severity}] {} {}  ({})", f.code, plain(&f.message), f.path);
        let _ = writeln!(out, "    {}: {}", t("finding-fix"), plain(&f.help));
        if let Some(v) = &f.value {
            let _ = writeln!(out, "    {}: {v}", t("finding-value"));
        }
    }
    let mut args = FluentArgs::new();
    args.set("errors", report.count(Severity::Error));
    args.set("warnings", report.count(Severity::Warning));
    let _ = writeln!(out, "\n{}", plain(&locale.message("report-summary", Some(&args)).text));
    out
}
