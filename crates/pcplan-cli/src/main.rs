//! The `pcplan` command: a thin layer over the library, one module per subcommand in `cmd/`.
//!
//! Exit codes: 0 success, 1 findings or a partial failure, 2 bad input (a missing file, malformed JSON, an
//! unknown option or language).

mod cmd;
mod common;
mod inputs;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use common::Exit;

#[derive(Parser)]
#[command(
    name = "pcplan",
    version,
    about = "Person-centered plans: validate, render, compare, report on, exchange and bill them.",
    after_help = "Exit status: 0 success, 1 findings or a partial failure, 2 bad input."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Render(cmd::render::Args),
    Validate(cmd::validate::Args),
    Diff(cmd::diff::Args),
    Schema(cmd::schema::Args),
    Migrate(cmd::migrate::Args),
    Batch(cmd::batch::Args),
    Report(cmd::report::Args),
    #[cfg(feature = "fhir")]
    Fhir(cmd::fhir::Args),
    #[cfg(feature = "services")]
    Services(cmd::services::Args),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            // clap exits 2 on a usage error, as pcplan does for bad input; --help and --version are successes.
            return if e.use_stderr() { Exit::BadInput.into() } else { Exit::Ok.into() };
        }
    };
    let result = match cli.command {
        Command::Render(args) => cmd::render::run(args),
        Command::Validate(args) => cmd::validate::run(args),
        Command::Diff(args) => cmd::diff::run(args),
        Command::Schema(args) => cmd::schema::run(args),
        Command::Migrate(args) => cmd::migrate::run(args),
        Command::Batch(args) => cmd::batch::run(args),
        Command::Report(args) => cmd::report::run(args),
        #[cfg(feature = "fhir")]
        Command::Fhir(args) => cmd::fhir::run(args),
        #[cfg(feature = "services")]
        Command::Services(args) => cmd::services::run(args),
    };
    match result {
        Ok(exit) => exit.into(),
        Err(failure) => {
            eprintln!("error: {}", failure.message);
            failure.exit.into()
        }
    }
}
