//! What the subcommands share: exit codes, reading plans, language and date options, writing output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::NaiveDate;
use pcplan::EngineOptions;
use pcplan::i18n::Localizer;
use pcplan::model::Plan;
use unic_langid::LanguageIdentifier;

/// The command's exit status: 0 success, 1 findings or a partial failure, 2 bad input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything asked for was done and nothing was found.
    Ok,
    /// Findings (validation errors, signatures that no longer hold), a failed render, or some plans of many
    /// that failed.
    Findings,
    /// The input could not be used: a missing or malformed file, an unknown option, language or date.
    BadInput,
}

impl From<Exit> for ExitCode {
    fn from(e: Exit) -> ExitCode {
        ExitCode::from(match e {
            Exit::Ok => 0,
            Exit::Findings => 1,
            Exit::BadInput => 2,
        })
    }
}

/// A failure with its exit status and a message for standard error (paths and codes, never plan values).
#[derive(Debug)]
pub struct Failure {
    /// The exit status.
    pub exit: Exit,
    /// What went wrong.
    pub message: String,
}

/// What a subcommand returns: the exit status of a completed run, or a failure.
pub type Outcome = Result<Exit, Failure>;

/// A failure caused by the input (exit 2).
pub fn bad_input(message: impl Into<String>) -> Failure {
    Failure { exit: Exit::BadInput, message: message.into() }
}

/// A failure of the work itself (exit 1), e.g. a render that failed.
pub fn failed(message: impl Into<String>) -> Failure {
    Failure { exit: Exit::Findings, message: message.into() }
}

/// Reads a file given on the command line; the error names it.
pub fn read_file(path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| bad_input(format!("could not read {}: {e}", path.display())))
}

/// Reads and parses a plan; errors name the file and the place in it, never its content.
pub fn load_plan(path: &Path) -> Result<Plan, Failure> {
    let bytes = read_file(path)?;
    Plan::from_json_slice(&bytes).map_err(|e| bad_input(format!("{}: {e}", path.display())))
}

/// Checks `--for RECIPIENT` names one of the plan's recipients the person shares it with: a copy for someone
/// the plan does not list, or whom the person declined, is bad input, never a plan.
pub fn check_recipient(plan: &Plan, recipient: Option<&str>) -> Result<(), Failure> {
    let Some(id) = recipient else { return Ok(()) };
    match plan.recipients.iter().position(|r| r.id.as_str() == id) {
        None => Err(bad_input(format!("--for {id}: no recipient in the plan's `recipients` has this id"))),
        Some(index) if plan.recipients[index].person_declined => {
            Err(bad_input(format!("--for {id}: {}", pcplan::copy::CopyError::Declined { index })))
        }
        Some(_) => Ok(()),
    }
}

/// Parses `--lang` and checks pcplan has a locale for it: asking for a language explicitly and silently getting
/// English would hand the person a document they cannot read.
pub fn parse_lang(text: &str, localizer: &Localizer) -> Result<LanguageIdentifier, Failure> {
    let lang: LanguageIdentifier = text.parse().map_err(|_| {
        bad_input(format!("--lang {text:?}: expected a BCP-47 language tag such as \"es\" or \"zh-Hant\""))
    })?;
    if !localizer.supports(&lang) {
        let available: Vec<String> = localizer.available().iter().map(ToString::to_string).collect();
        return Err(bad_input(format!(
            "--lang {lang}: pcplan has no locale for it; available: {}",
            available.join(", ")
        )));
    }
    Ok(lang)
}

/// Parses a `YYYY-MM-DD` date given for `option`.
pub fn parse_date(option: &str, text: &str) -> Result<NaiveDate, Failure> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| bad_input(format!("{option} {text:?}: expected YYYY-MM-DD")))
}

/// The evaluation date of time-dependent rules: `--today`, or the clock. Which one is said on standard error,
/// so a report never silently depends on the day it was run.
pub fn evaluation_date(today: Option<&str>) -> Result<NaiveDate, Failure> {
    match today {
        Some(text) => {
            let date = parse_date("--today", text)?;
            eprintln!("pcplan: evaluating on {date} (from --today)");
            Ok(date)
        }
        None => {
            let date = chrono::Local::now().date_naive();
            eprintln!(
                "pcplan: evaluating on {date} (today's date from the system clock; --today YYYY-MM-DD overrides)"
            );
            Ok(date)
        }
    }
}

/// Font options shared by the rendering subcommands.
#[derive(clap::Args, Debug, Clone)]
pub struct FontArgs {
    /// A folder of fonts to use besides the embedded ones (repeatable).
    #[arg(long = "font-dir", value_name = "DIR")]
    pub font_dirs: Vec<PathBuf>,
    /// Do not look in the system's font folders (pcplan::render::SYSTEM_FONT_DIRS).
    #[arg(long)]
    pub no_system_fonts: bool,
}

impl FontArgs {
    /// Engine options with these fonts. The engine reads font folders only for a PDF, through its font index.
    pub fn engine_options(&self) -> EngineOptions {
        EngineOptions {
            font_dirs: self.font_dirs.clone(),
            system_fonts: !self.no_system_fonts,
            font_dirs_setting: "--font-dir".into(),
            ..EngineOptions::default()
        }
    }
}

/// Writes the command's output to `path` (atomically) or, without one, to standard output.
pub fn write_output(path: Option<&Path>, bytes: &[u8]) -> Result<(), Failure> {
    match path {
        Some(path) => {
            write_atomic(path, bytes).map_err(|e| bad_input(format!("could not write {}: {e}", path.display())))
        }
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)
                .and_then(|()| out.flush())
                .map_err(|e| failed(format!("could not write the output: {e}")))
        }
    }
}

/// Writes to a temporary file beside `path`, then renames it over `path`: a reader never sees half a document,
/// and a failed write leaves the old file as it was. The temporary name is unique per process and call, so
/// parallel writers in one directory never share one. No fsync: it guards against power loss, not against
/// readers, and would cost a batch of a thousand documents seconds.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path.file_name().ok_or_else(|| std::io::Error::other("the path names no file"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}-{}.partial", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed)));
    let tmp = path.with_file_name(tmp_name);
    let result =
        std::fs::File::create(&tmp).and_then(|mut f| f.write_all(bytes)).and_then(|()| std::fs::rename(&tmp, path));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Fluent's bidi isolation marks keep mixed-direction text in order in documents; a terminal shows them as
/// stray glyphs, so plain-text output drops them.
pub fn plain(text: &str) -> String {
    text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
}
