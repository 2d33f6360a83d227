//! `pcplan fhir`: a plan to an HL7 eLTSS on FHIR R4 Bundle, and a Bundle back to a plan.

use std::path::PathBuf;

use pcplan::Engine;
use pcplan::fhir::{ExportOptions, ImportOptions};

use crate::common::{
    Exit, FontArgs, Outcome, bad_input, check_recipient, failed, load_plan, parse_lang, read_file, write_output,
};

/// Exchange plans as HL7 eLTSS on FHIR R4 Bundles with the care team and the health plan.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    Export(ExportArgs),
    Import(ImportArgs),
}

/// Write a plan as an eLTSS Bundle (`type: collection`, JSON); the same plan gives the same bytes.
#[derive(clap::Args, Debug)]
struct ExportArgs {
    /// The plan (JSON).
    plan: PathBuf,
    /// Export the copy for this recipient (an id in the plan's `recipients`): nothing they may not see is in the
    /// bundle. Default: the full plan, for the agency's own systems.
    #[arg(long = "for", value_name = "RECIPIENT")]
    recipient: Option<String>,
    /// The CarePlan narrative's language; default: the person's preferred written language.
    #[arg(long)]
    lang: Option<String>,
    #[command(flatten)]
    fonts: FontArgs,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Read an eLTSS Bundle (collection, searchset, transaction or document; STU1 or STU2) as a plan (JSON).
/// What has no place in the plan is kept in its `extensions.fhir` and listed on standard error as a JSON array
/// of `{path, kind, reason}` (FHIR paths, never values). Exit 0: everything mapped; 1: the plan was written
/// with unmapped content; 2: the bundle could not be read.
#[derive(clap::Args, Debug)]
struct ImportArgs {
    /// The bundle (JSON).
    bundle: PathBuf,
    /// The CarePlan to import, by `fullUrl` or `id`, when the bundle holds several and nothing says which.
    #[arg(long, value_name = "ID")]
    care_plan: Option<String>,
    /// Write the plan here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan fhir`.
pub fn run(args: Args) -> Outcome {
    match args.command {
        Command::Export(args) => export(args),
        Command::Import(args) => import(args),
    }
}

fn export(args: ExportArgs) -> Outcome {
    let plan = load_plan(&args.plan)?;
    check_recipient(&plan, args.recipient.as_deref())?;
    let mut options = ExportOptions { recipient: args.recipient, ..ExportOptions::default() };
    if let Some(lang) = &args.lang {
        options.lang = Some(parse_lang(lang, pcplan::i18n::Localizer::embedded())?);
    }
    let engine = Engine::new(args.fonts.engine_options()).map_err(|e| bad_input(e.to_string()))?;
    let bytes = pcplan::fhir::export_json(&engine, &plan, &options)
        .map_err(|e| failed(format!("{}: {e}", args.plan.display())))?;
    write_output(args.output.as_deref(), &bytes)?;
    Ok(Exit::Ok)
}

fn import(args: ImportArgs) -> Outcome {
    let bytes = read_file(&args.bundle)?;
    let options = ImportOptions { care_plan: args.care_plan, ..ImportOptions::default() };
    let imported =
        pcplan::fhir::import(&bytes, &options).map_err(|e| bad_input(format!("{}: {e}", args.bundle.display())))?;
    // What had no place in the plan, as one JSON array on standard error (paths, kinds and reasons, never a
    // value); the content itself is kept in the plan's extensions.fhir.
    if !imported.unmapped.is_empty() {
        let list = serde_json::to_string(&imported.unmapped).map_err(|e| failed(e.to_string()))?;
        eprintln!("{list}");
    }
    let mut json = serde_json::to_vec_pretty(&imported.plan).map_err(|e| failed(e.to_string()))?;
    json.push(b'\n');
    write_output(args.output.as_deref(), &json)?;
    Ok(if imported.unmapped.is_empty() { Exit::Ok } else { Exit::Findings })
}
