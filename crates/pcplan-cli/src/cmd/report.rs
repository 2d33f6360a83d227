//! `pcplan report`: one row per plan for a health plan, columns from a mapping file.

use std::path::PathBuf;

use pcplan::report::{Mapping, Table};
use pcplan::validate::{ValidateOptions, validate};

use crate::common::{Exit, Outcome, bad_input, evaluation_date, write_output};
use crate::inputs;

/// One row per plan with what health plans ask ECM and Community Supports providers for, as CSV or JSON.
/// A report carries plan values (names, CIN, goals). Exit 0 every plan reported, 1 some could not be read.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Plans: files, directories of `*.json`, or NDJSON files.
    #[arg(required = true)]
    plans: Vec<PathBuf>,
    /// csv or json.
    #[arg(long, short, default_value = "csv", value_parser = ["csv", "json"])]
    format: String,
    /// A mapping file (columns, headers, source); default: the shipped health-plan-default mapping.
    #[arg(long, value_name = "MAPPING.json")]
    mapping: Option<PathBuf>,
    /// The evaluation date of the open-findings columns, YYYY-MM-DD; default today (said on standard error).
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan report`.
pub fn run(args: Args) -> Outcome {
    let mapping = match &args.mapping {
        None => Mapping::health_plan_default(),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))?;
            Mapping::from_json_str(&text).map_err(|e| bad_input(format!("{}: {e}", path.display())))?
        }
    };
    let mut listed = Vec::new();
    for path in &args.plans {
        listed.extend(inputs::list(path)?);
    }
    let options = ValidateOptions::new(evaluation_date(args.today.as_deref())?);
    let mut table = Table::new(mapping);
    let mut failed = 0;
    for input in &listed {
        match input.load() {
            Ok(plan) => table.push(&plan, &validate(&plan, &options)),
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", e.message);
            }
        }
    }
    if table.rows().is_empty() && failed > 0 {
        return Err(bad_input(format!("none of the {failed} plan(s) could be read")));
    }
    let bytes = if args.format == "json" {
        (serde_json::to_string_pretty(&table.to_json()).map_err(|e| bad_input(e.to_string()))? + "\n").into_bytes()
    } else {
        table.to_csv().map_err(|e| bad_input(format!("CSV: {e}")))?
    };
    write_output(args.output.as_deref(), &bytes)?;
    if failed > 0 {
        eprintln!("pcplan report: {} plan(s) reported, {failed} could not be read", table.rows().len());
        return Ok(Exit::Findings);
    }
    Ok(Exit::Ok)
}
