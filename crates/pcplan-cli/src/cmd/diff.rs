//! `pcplan diff`: what changed between two versions of a plan, and whether each signature still holds.

use std::fmt::Write;
use std::path::PathBuf;

use pcplan::diff::{SignatureState, SignatureStatus, describe, diff, signatures_hold};
use pcplan::i18n::{FluentArgs, Localizer};
use pcplan::model::Plan;

use crate::common::{Exit, Outcome, bad_input, load_plan, parse_lang, plain, write_output};

/// Show what changed between two versions of a plan, in plain language, and whether each signature still holds.
/// Exit 0 when every signature with a recorded digest still holds, 1 when some no longer do.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The earlier version (JSON).
    old: PathBuf,
    /// The later version (JSON).
    new: PathBuf,
    /// text (sentences for the person) or json (the structured changes, sentences and signatures).
    #[arg(long, short, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// The language of the sentences (BCP 47); default: the person's preferred written language in NEW.
    #[arg(long)]
    lang: Option<String>,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Runs `pcplan diff`.
pub fn run(args: Args) -> Outcome {
    let localizer = Localizer::embedded();
    let lang = args.lang.as_deref().map(|l| parse_lang(l, localizer)).transpose()?;
    let old = load_plan(&args.old)?;
    let new = load_plan(&args.new)?;
    let lang = lang.unwrap_or_else(|| new.person.language.preferred_written().langid().clone());
    let locale = localizer.locale(&[lang]);
    let changes = diff(&old, &new);
    let sentences: Vec<String> = describe(&changes, &old, &new, &locale).into_iter().map(|s| plain(&s)).collect();
    let statuses = signatures_hold(&checked_against(&old, &new));

    let out = if args.format == "json" {
        let json = serde_json::json!({
            "oldVersion": old.version,
            "newVersion": new.version,
            "lang": locale.id().to_string(),
            "changes": changes,
            "sentences": sentences,
            "signatures": statuses,
        });
        serde_json::to_string_pretty(&json).map_err(|e| bad_input(e.to_string()))? + "\n"
    } else {
        let t = |id: &str, args: Option<&FluentArgs<'_>>| plain(&locale.message(id, args).text);
        let mut heading = FluentArgs::new();
        heading.set("old", old.version);
        heading.set("new", new.version);
        let mut out = String::new();
        let _ = writeln!(out, "{}", t("cli-diff-heading", Some(&heading)));
        if sentences.is_empty() {
            let _ = writeln!(out, "  {}", t("cli-diff-none", None));
        }
        for s in &sentences {
            let _ = writeln!(out, "  - {s}");
        }
        let _ = writeln!(out, "{}", t("cli-signatures-heading", None));
        if statuses.is_empty() {
            let _ = writeln!(out, "  {}", t("cli-diff-none", None));
        }
        for s in &statuses {
            let mut role_args = FluentArgs::new();
            role_args.set("role", role(s));
            let role = t("signer-role", Some(&role_args));
            let _ = writeln!(out, "  {} ({role}): {}", s.id.as_str(), t(state_message(s.reason), None));
        }
        out
    };
    write_output(args.output.as_deref(), out.as_bytes())?;
    Ok(if statuses.iter().any(|s| s.reason == SignatureState::ContentChanged) { Exit::Findings } else { Exit::Ok })
}

/// The signatures to check: the new version's; a fresh version with none yet is checked against the old
/// version's signatures (did the revision undo what was signed?).
fn checked_against(old: &Plan, new: &Plan) -> Plan {
    let mut checked = new.clone();
    if checked.signatures.is_empty() {
        checked.signatures = old.signatures.clone();
    }
    checked
}

fn state_message(state: SignatureState) -> &'static str {
    match state {
        SignatureState::Matches => "cli-signature-matches",
        SignatureState::ContentChanged => "cli-signature-content-changed",
        SignatureState::NoDigest => "cli-signature-no-digest",
        SignatureState::NotSigned => "cli-signature-not-signed",
    }
}

/// The signer's role as the plan file names it (`person`, `planner`…), the selector of `signer-role`.
fn role(status: &SignatureStatus) -> String {
    pcplan::model::json_name(&status.role)
}
