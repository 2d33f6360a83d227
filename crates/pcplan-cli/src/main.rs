//! The `pcplan` command: a thin layer over the library.
//!
//! Exit codes: 0 success, 1 findings or a partial failure, 2 bad input (a missing file, malformed JSON, an
//! unknown option or language).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};

#[derive(Parser)]
#[command(name = "pcplan", version, about = "Person-centered plans: validate, render and compare them.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Render a plan as Markdown, HTML or tagged PDF, in the person's language unless --lang says otherwise.
    Render(RenderArgs),
}

#[derive(clap::Args)]
struct RenderArgs {
    /// The plan (JSON).
    plan: PathBuf,
    /// md, html or pdf.
    #[arg(long, short, default_value = "md")]
    format: String,
    /// The document's language (BCP 47, e.g. "es" or "zh-Hant"); default: the person's preferred written language.
    #[arg(long)]
    lang: Option<String>,
    /// Large print (also chosen when the person's plan asks for it).
    #[arg(long)]
    large_print: bool,
    /// Fail (exit 1) when the render falls back on anything: a missing translation or glyph.
    #[arg(long)]
    strict: bool,
    /// A folder of fonts to use besides the embedded ones (repeatable).
    #[arg(long = "font-dir")]
    font_dirs: Vec<PathBuf>,
    /// Do not look in the system's font folders (pcplan::render::SYSTEM_FONT_DIRS).
    #[arg(long)]
    no_system_fonts: bool,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// A failure with its exit code: 2 for bad input, 1 for a render that failed.
struct Failure(u8, String);

fn bad_input(message: impl Into<String>) -> Failure {
    Failure(2, message.into())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Render(args) => render(args),
    };
    match result {
        Ok(code) => code,
        Err(Failure(code, message)) => {
            eprintln!("error: {message}");
            ExitCode::from(code)
        }
    }
}

fn load_plan(path: &Path) -> Result<Plan, Failure> {
    let json =
        std::fs::read_to_string(path).map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))?;
    Plan::from_json_str(&json).map_err(|e| bad_input(format!("{}: {e}", path.display())))
}

fn render(args: RenderArgs) -> Result<ExitCode, Failure> {
    let format: Format = args.format.parse().map_err(bad_input)?;
    let plan = load_plan(&args.plan)?;
    let mut options = RenderOptions::new(format);
    if let Some(lang) = &args.lang {
        options.lang = Some(
            lang.parse()
                .map_err(|_| bad_input("--lang expects a BCP-47 language tag such as \"es\" or \"zh-Hant\""))?,
        );
    }
    options.strict = args.strict;
    options.large_print = args.large_print
        || plan.person.language.alternative_formats.contains(&pcplan::model::DocumentFormat::LargePrint);
    let engine_options = EngineOptions {
        font_dirs: args.font_dirs,
        system_fonts: !args.no_system_fonts,
        // The missing-font error names this command's flag.
        font_dirs_setting: "--font-dir".into(),
        ..EngineOptions::default()
    };
    let engine = Engine::new(engine_options).map_err(|e| bad_input(e.to_string()))?;
    let rendered = engine.render(&plan, &options).map_err(|e| Failure(1, e.to_string()))?;
    for w in &rendered.warnings {
        eprintln!("warning: {w}");
    }
    match &args.output {
        Some(path) => write_whole(path, &rendered.bytes)
            .map_err(|e| bad_input(format!("could not write {}: {e}", path.display())))?,
        None => std::io::stdout()
            .write_all(&rendered.bytes)
            .map_err(|e| Failure(1, format!("could not write the document: {e}")))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Writes to a temporary file beside `path`, then renames it over `path`: a reader never sees half a document,
/// and a failed write leaves the old file as it was.
fn write_whole(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".partial");
    let tmp = PathBuf::from(tmp);
    std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path)).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
