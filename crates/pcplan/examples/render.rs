//! Renders a plan: `cargo run --example render -- PLAN.json --format md|html|pdf [--lang TAG] [--large-print]
//! [-o FILE]`.
//!
//! The document is in the person's preferred written language unless `--lang` says otherwise, and in large print
//! when `--large-print` is given or the person's plan lists large print among their formats. Markdown and HTML
//! go to standard output unless `-o` names a file. Render warnings go to standard error as codes and paths.
//! Bad input exits with status 2.

use std::io::Write;
use std::process::ExitCode;

use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

const USAGE: &str = "usage: render PLAN.json --format md|html|pdf [--lang TAG] [--large-print] [--strict] \
                     [--font-dir DIR]... [--no-system-fonts] [--previous OLD.json] [-o FILE]";

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
    let mut engine_options = EngineOptions::default();
    let mut previous_path: Option<String> = None;
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
            "--font-dir" => match args.next() {
                Some(d) => engine_options.font_dirs.push(d.into()),
                None => return fail("--font-dir needs a directory"),
            },
            "--no-system-fonts" => engine_options.system_fonts = false,
            "--previous" => match args.next() {
                Some(p) => previous_path = Some(p),
                None => return fail("--previous needs a plan file"),
            },
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
    // The person's copy comes in the format they need: large print when their plan says so.
    if plan.person.language.alternative_formats.contains(&pcplan::model::DocumentFormat::LargePrint) {
        options.large_print = true;
    }
    if let Some(path) = previous_path {
        match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|j| Plan::from_json_str(&j).map_err(|e| e.to_string()))
        {
            Ok(p) => options.previous = Some(std::sync::Arc::new(p)),
            Err(e) => return fail(&format!("{path}: {e}")),
        }
    }
    // The missing-font error names this program's option.
    engine_options.font_dirs_setting = "--font-dir".into();
    let engine = match Engine::new(engine_options) {
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
        Some(path) => write_whole(std::path::Path::new(&path), &rendered.bytes),
        None => std::io::stdout().write_all(&rendered.bytes),
    };
    if let Err(e) = written {
        eprintln!("error: could not write the document: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// Writes to a temporary file beside `path`, then renames it over `path`: a reader never sees half a document,
/// and a failed write leaves the old file as it was.
fn write_whole(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    let tmp = std::path::PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
