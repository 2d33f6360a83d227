//! `pcplan schema`: the JSON Schema of a plan or of a validation report.

use std::path::PathBuf;

use crate::common::{Exit, Outcome, bad_input, write_output};

/// Print the JSON Schema of a plan document (default) or of `validate --format json`'s report.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Which schema: plan or findings.
    #[arg(default_value = "plan", value_parser = ["plan", "findings"])]
    which: String,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan schema`.
pub fn run(args: Args) -> Outcome {
    let schema = match args.which.as_str() {
        "findings" => pcplan::validate::Report::json_schema(),
        _ => pcplan::model::json_schema(),
    };
    let text = serde_json::to_string_pretty(&schema).map_err(|e| bad_input(e.to_string()))? + "\n";
    write_output(args.output.as_deref(), text.as_bytes())?;
    Ok(Exit::Ok)
}
