//! Renders a plan: `cargo run --example render -- PLAN.json --format md|html|pdf [--lang TAG] [--large-print]
//! [-o FILE]`.
//!
//! The document is in the person's preferred written language unless `--lang` says otherwise. Markdown and HTML
//! go to standard output unless `-o` names a file. Render warnings go to standard error as codes and paths.
//! Bad input exits with status 2.

use std::io::Write;
use std::process::ExitCode;

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const USAGE: &str = "usage: render PLAN.json --format md|html|pdf [--lang TAG] [--large-print] [--strict] [-o FILE]";

fn fail(message: &str) -> ExitCode {
    eprintln!("error: {message}\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut plan_path = None;
    let mut format = None;
    let mut options = RenderOptions::new(Format::Markdown);
    let mut output = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--format" | "-f" => match args.next().map(|f| f.parse::<Format>()) {
                Some(Ok(f)) => format = Some(f),
                Some(Err(e)) => return fail(&e),
                None => return fail("--format needs a value"),
            },
            "--lang" => match args.next().map(|l| l.parse()) {
                Some(Ok(l)) => options.lang = Some(l),
                Some(Err(_)) => return fail("--lang expects a BCP-47 language tag such as \"es\" or \"zh-Hant\""),
                None => return fail("--lang needs a value"),
            },
            "--large-print" => options.large_print = true,
            "--strict" => options.strict = true,
            "-o" | "--output" => match args.next() {
                Some(o) => output = Some(o),
                None => return fail("-o needs a file name"),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            s if s.starts_with('-') => return fail(&format!("unknown option {s}")),
            s => {
                if plan_path.replace(s.to_owned()).is_some() {
                    return fail("expected one plan file");
                }
            }
        }
    }
    let Some(plan_path) = plan_path else { return fail("expected a plan file") };
    options.format = format.unwrap_or(Format::Markdown);
    let json = match std::fs::read_to_string(&plan_path) {
        Ok(j) => j,
        Err(e) => return fail(&format!("could not read {plan_path}: {e}")),
    };
    let plan = match Plan::from_json_str(&json) {
        Ok(p) => p,
        Err(e) => return fail(&format!("{plan_path}: {e}")),
    };
    let engine = match Engine::new(EngineOptions::default()) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let rendered = match engine.render(&plan, &options) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    let written = match output {
        Some(path) => std::fs::write(&path, &rendered.bytes),
        None => std::io::stdout().write_all(&rendered.bytes),
    };
    if let Err(e) = written {
        eprintln!("error: could not write the document: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
