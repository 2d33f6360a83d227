//! `pcplan batch`: many plans to documents, in parallel, where one bad plan never stops the others.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};
use pcplan::{Engine, Format, RenderOptions, Rendered};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::cmd::render::wants_large_print;
use crate::common::{Exit, Failure, FontArgs, Outcome, bad_input, failed, parse_date, parse_lang, write_atomic};
use crate::inputs::{self, Input, InputError};

/// Render every plan of a directory (`*.json`) or an NDJSON file, each in its person's language, into DIR.
/// Writes DIR/batch-summary.json and prints it. Exit 0 all written, 1 some failed, 2 bad arguments.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A directory of plans (`*.json`) or an NDJSON file (`.ndjson`/`.jsonl`, one plan a line).
    input: PathBuf,
    /// md, html or pdf.
    #[arg(long, short, default_value = "pdf")]
    format: String,
    /// Where the documents go (created if missing): NAME.pdf for INPUT/NAME.json, STEM-LINE.pdf for NDJSON lines.
    #[arg(long, value_name = "DIR")]
    out: PathBuf,
    /// Every document in this language (BCP 47) instead of each person's own.
    #[arg(long)]
    lang: Option<String>,
    /// Plans rendered at once; default: one per CPU.
    #[arg(long, short, value_name = "N")]
    jobs: Option<usize>,
    /// Skip plans whose document is already in DIR for the same plan content and options.
    #[arg(long)]
    changed_only: bool,
    /// Count a render that falls back on anything (a missing translation or glyph) as failed.
    #[arg(long)]
    strict: bool,
    /// The document date (PDF metadata), YYYY-MM-DD; without it the documents carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    today: Option<String>,
    #[command(flatten)]
    fonts: FontArgs,
}

/// What happened to one plan.
#[derive(Debug, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case", rename_all_fields = "camelCase")]
enum PlanResult {
    Written { input: String, output: String, lang: String, warnings: Vec<&'static str> },
    Unchanged { input: String, output: String },
    Failed { input: String, stage: &'static str, error: String },
}

/// The summary printed at the end and written to `DIR/batch-summary.json`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Summary<'a> {
    format: Format,
    total: usize,
    written: usize,
    unchanged: usize,
    failed: usize,
    jobs: usize,
    elapsed_seconds: f64,
    plans: &'a [PlanResult],
}

const SUMMARY_FILE: &str = "batch-summary.json";

/// Runs `pcplan batch`.
pub fn run(args: Args) -> Outcome {
    let started = Instant::now();
    let format: Format = args.format.parse().map_err(bad_input)?;
    let lang = args.lang.as_deref().map(|l| parse_lang(l, pcplan::i18n::Localizer::embedded())).transpose()?;
    let document_date = args.today.as_deref().map(|t| parse_date("--today", t)).transpose()?;
    let inputs = inputs::list(&args.input)?;
    if inputs.is_empty() {
        return Err(bad_input(format!("{}: no plans (*.json files or NDJSON lines) found", args.input.display())));
    }
    std::fs::create_dir_all(&args.out)
        .map_err(|e| bad_input(format!("could not create the output directory {}: {e}", args.out.display())))?;
    let engine = Engine::new(args.fonts.engine_options()).map_err(|e| bad_input(e.to_string()))?;
    let jobs = match args.jobs {
        Some(0) => return Err(bad_input("--jobs 0: expected 1 or more")),
        Some(n) => n,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    }
    .min(inputs.len());
    let mut options = RenderOptions::new(format);
    options.lang = lang;
    options.strict = args.strict;
    options.document_date = document_date;
    let job = Job { engine: &engine, options: &options, out: &args.out, changed_only: args.changed_only };

    let progress = Progress::new(inputs.len());
    let results = render_all(&job, &inputs, jobs, &progress)?;
    progress.finish();

    let count = |f: fn(&PlanResult) -> bool| results.iter().filter(|r| f(r)).count();
    let summary = Summary {
        format,
        total: results.len(),
        written: count(|r| matches!(r, PlanResult::Written { .. })),
        unchanged: count(|r| matches!(r, PlanResult::Unchanged { .. })),
        failed: count(|r| matches!(r, PlanResult::Failed { .. })),
        jobs,
        elapsed_seconds: started.elapsed().as_secs_f64(),
        plans: &results,
    };
    let json = serde_json::to_string_pretty(&summary).map_err(|e| bad_input(e.to_string()))? + "\n";
    let summary_path = args.out.join(SUMMARY_FILE);
    write_atomic(&summary_path, json.as_bytes())
        .map_err(|e| bad_input(format!("could not write {}: {e}", summary_path.display())))?;
    print!("{json}");
    eprintln!(
        "pcplan batch: {} written, {} unchanged, {} failed of {} ({:.1} s)",
        summary.written, summary.unchanged, summary.failed, summary.total, summary.elapsed_seconds
    );
    Ok(if summary.failed > 0 { Exit::Findings } else { Exit::Ok })
}

/// Renders every input on `jobs` threads of their own, each taking the next plan when it is done with one, and
/// returns the results in input order.
///
/// Not rayon's work stealing: typst lays pages out with rayon itself, and a rayon worker waiting inside one
/// render would steal the next plan and start it on the same stack. With a thousand plans the renders nested
/// until the stack overflowed (and every half-rendered document stayed in memory). Plain threads block
/// instead; typst's own parallel work still runs on rayon's global pool. Each thread gets typst's deep
/// layout recursion room.
fn render_all(job: &Job<'_>, inputs: &[Input], jobs: usize, progress: &Progress) -> Result<Vec<PlanResult>, Failure> {
    const STACK: usize = 16 << 20;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<PlanResult>>> = Mutex::new((0..inputs.len()).map(|_| None).collect());
    let spawned = std::thread::scope(|scope| {
        let worker =
            || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    // One plan that makes pcplan panic must not stop the others: it is counted as failed.
                    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.one(input)))
                        .unwrap_or_else(|_| PlanResult::Failed {
                            input: input.origin.clone(),
                            stage: "render",
                            error: format!("{}: pcplan stopped on this plan (a bug; please report it)", input.origin),
                        });
                    progress.done(&result);
                    if let Ok(mut r) = results.lock() {
                        r[i] = Some(result);
                    }
                }
            };
        let handles: Vec<_> = (0..jobs)
            .map(|_| std::thread::Builder::new().stack_size(STACK).spawn_scoped(scope, worker))
            .collect::<Result<_, _>>()?;
        for h in handles {
            // Renders are caught above; a worker that still panics (in the progress bar) is a bug to stop on.
            if let Err(panic) = h.join() {
                std::panic::resume_unwind(panic);
            }
        }
        Ok::<(), std::io::Error>(())
    });
    spawned.map_err(|e| failed(format!("could not start the render threads: {e}")))?;
    let results = results.into_inner().unwrap_or_else(std::sync::PoisonError::into_inner);
    Ok(results
        .into_iter()
        .zip(inputs)
        .map(|(r, input)| {
            r.unwrap_or_else(|| PlanResult::Failed {
                input: input.origin.clone(),
                stage: "render",
                error: format!("{}: the render thread stopped before this plan", input.origin),
            })
        })
        .collect())
}

/// What every plan of the batch shares.
struct Job<'a> {
    engine: &'a Engine,
    options: &'a RenderOptions,
    out: &'a Path,
    changed_only: bool,
}

impl Job<'_> {
    fn one(&self, input: &Input) -> PlanResult {
        let fail = |e: InputError| PlanResult::Failed { input: input.origin.clone(), stage: e.stage, error: e.message };
        let plan = match input.load() {
            Ok(p) => p,
            Err(e) => return fail(e),
        };
        let file = format!("{}.{}", input.name, extension(self.options.format));
        let output = self.out.join(&file);
        let digest_path = self.out.join(format!("{file}.sha256"));
        let mut options = self.options.clone();
        options.large_print = wants_large_print(&plan);
        let digest = digest(&plan, &options);
        if self.changed_only
            && output.is_file()
            && std::fs::read_to_string(&digest_path).is_ok_and(|recorded| recorded.trim() == digest)
        {
            return PlanResult::Unchanged { input: input.origin.clone(), output: file };
        }
        let Rendered { bytes, lang, warnings, .. } = match self.engine.render(&plan, &options) {
            Ok(r) => r,
            Err(e) => return fail(InputError { stage: "render", message: format!("{}: {e}", input.origin) }),
        };
        // The document first, then its digest: an interrupted batch leaves at worst a document without a
        // digest, which the next --changed-only run renders again.
        let written =
            write_atomic(&output, &bytes).and_then(|()| write_atomic(&digest_path, format!("{digest}\n").as_bytes()));
        if let Err(e) = written {
            return fail(InputError { stage: "write", message: format!("could not write {}: {e}", output.display()) });
        }
        PlanResult::Written {
            input: input.origin.clone(),
            output: file,
            lang: lang.to_string(),
            warnings: warnings.iter().map(|w| w.code()).collect(),
        }
    }
}

fn extension(format: Format) -> &'static str {
    match format {
        Format::Markdown => "md",
        Format::Html => "html",
        Format::Pdf => "pdf",
    }
}

/// What the document depends on: pcplan's version, the render options and the plan as read (re-serialized, so
/// whitespace and key order in the file do not count).
fn digest(plan: &pcplan::model::Plan, options: &RenderOptions) -> String {
    let mut hasher = Sha256::new();
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    let key = serde_json::json!({
        "format": options.format,
        "lang": options.lang.as_ref().map(ToString::to_string),
        "largePrint": options.large_print,
        "strict": options.strict,
        "documentDate": options.document_date,
    });
    hasher.update(key.to_string().as_bytes());
    hasher.update(serde_json::to_vec(plan).unwrap_or_default());
    let hex: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// A progress bar on a terminal; plain lines (one per plan) otherwise, so logs stay readable.
struct Progress {
    bar: Option<ProgressBar>,
    total: usize,
    done: std::sync::atomic::AtomicUsize,
}

impl Progress {
    fn new(total: usize) -> Progress {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = ProgressBar::new(total as u64);
            if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} plans  {elapsed} (eta {eta})") {
                bar.set_style(style);
            }
            bar
        });
        Progress { bar, total, done: 0.into() }
    }

    fn done(&self, result: &PlanResult) {
        let n = self.done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
        let line = match result {
            PlanResult::Written { output, .. } => format!("[{n}/{}] written {output}", self.total),
            PlanResult::Unchanged { output, .. } => format!("[{n}/{}] unchanged {output}", self.total),
            PlanResult::Failed { stage, error, .. } => format!("[{n}/{}] failed ({stage}) {error}", self.total),
        };
        match &self.bar {
            Some(bar) => {
                if matches!(result, PlanResult::Failed { .. }) {
                    bar.println(line);
                }
                bar.inc(1);
            }
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
