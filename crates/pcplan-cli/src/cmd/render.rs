//! `pcplan render`: one plan to Markdown, HTML or tagged PDF.

use std::path::PathBuf;
use std::sync::Arc;

use pcplan::model::DocumentFormat;
use pcplan::{Engine, Format, RenderOptions};

use crate::common::{
    Exit, FontArgs, Outcome, bad_input, check_recipient, failed, load_plan, parse_date, parse_lang, write_output,
};

/// Render a plan as Markdown, HTML or tagged PDF, in the person's language unless --lang says otherwise.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The plan (JSON).
    plan: PathBuf,
    /// md, html or pdf.
    #[arg(long, short, default_value = "md")]
    format: String,
    /// The document's language (BCP 47, e.g. "es" or "zh-Hant"); default: the person's preferred written language.
    #[arg(long)]
    lang: Option<String>,
    /// Render the copy for this recipient (an id in the plan's `recipients`): only what the person agreed to
    /// share with them, nothing confidential they are not entitled to. Default: the full plan, for the agency.
    #[arg(long = "for", value_name = "RECIPIENT")]
    recipient: Option<String>,
    /// Large print (also chosen when the person's plan asks for it).
    #[arg(long)]
    large_print: bool,
    /// Fail (exit 1) when the render falls back on anything: a missing translation or glyph.
    #[arg(long)]
    strict: bool,
    /// The previous version of the plan: the document then opens with what changed since it.
    #[arg(long, value_name = "OLD.json")]
    previous: Option<PathBuf>,
    /// The document date (PDF metadata), YYYY-MM-DD; without it the document carries none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    #[command(flatten)]
    fonts: FontArgs,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan render`.
pub fn run(args: Args) -> Outcome {
    let format: Format = args.format.parse().map_err(bad_input)?;
    let plan = load_plan(&args.plan)?;
    check_recipient(&plan, args.recipient.as_deref())?;
    let mut options = RenderOptions::new(format);
    if let Some(lang) = &args.lang {
        options.lang = Some(parse_lang(lang, pcplan::i18n::Localizer::embedded())?);
    }
    options.strict = args.strict;
    // A recipient's copy takes that recipient's format (the library decides); the agency's full plan takes the
    // person's large print.
    options.large_print = args.large_print || (args.recipient.is_none() && wants_large_print(&plan));
    options.recipient = args.recipient;
    options.document_date = args.today.as_deref().map(|t| parse_date("--today", t)).transpose()?;
    if let Some(path) = &args.previous {
        options.previous = Some(Arc::new(load_plan(path)?));
    }
    let engine = Engine::new(args.fonts.engine_options()).map_err(|e| bad_input(e.to_string()))?;
    let rendered = engine.render(&plan, &options).map_err(|e| failed(e.to_string()))?;
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    write_output(args.output.as_deref(), &rendered.bytes)?;
    Ok(Exit::Ok)
}

/// The person's copy comes in the format they need: large print when their plan says so.
pub fn wants_large_print(plan: &pcplan::model::Plan) -> bool {
    plan.person.language.alternative_formats.contains(&DocumentFormat::LargePrint)
}
