//! `pcplan migrate`: a plan written in an older version of the format, rewritten in the current one.

use std::path::PathBuf;

use crate::common::{Exit, Outcome, load_plan, write_output};

/// Rewrite a plan in the current format version (every command reads older versions as they are; this
/// writes the file anew, for systems that store plans). Signatures made on the old version stay valid.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The plan (JSON), in any format version this tool reads.
    plan: PathBuf,
    /// Write here (atomically) instead of standard output; may be the plan itself.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan migrate`.
pub fn run(args: Args) -> Outcome {
    let plan = load_plan(&args.plan)?;
    let mut json = plan.to_json_pretty();
    json.push('\n');
    write_output(args.output.as_deref(), json.as_bytes())?;
    Ok(Exit::Ok)
}
