//! Shows what changed between two versions of a plan, in plain language, and whether each signature still
//! holds for the new version.
//!
//! ```text
//! cargo run --example revise -- OLD.json NEW.json [--lang TAG]
//! cargo run --example revise -- examples/plans/revisions/hcbs-en-marcus-v1-signed.json examples/plans/revisions/hcbs-en-marcus-v2.json
//! cargo run --example revise -- examples/plans/ecm-es-rosa.json examples/plans/revisions/ecm-es-rosa-v3.json
//! ```
//! The language defaults to the person's preferred written language in the new version. Signatures are those
//! of the new version; when it has none yet, the old version's signatures are checked against the new content.
//! Exit status: 0 every signature with a recorded digest still holds, 1 some no longer do, 2 bad input or usage.

use std::process::ExitCode;

use pcplan::diff::{SignatureState, describe, diff, signatures_hold};
use pcplan::i18n::Localizer;
use pcplan::model::Plan;

struct Args {
    old: String,
    new: String,
    lang: Option<unic_langid::LanguageIdentifier>,
}

fn parse_args() -> Result<Args, String> {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut lang = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => {
                let text = args.next().ok_or("--lang needs a value")?;
                lang = Some(text.parse().map_err(|_| format!("--lang {text:?}: expected a BCP-47 tag"))?);
            }
            "-h" | "--help" => return Err(String::new()),
            _ if !arg.starts_with('-') => files.push(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    match <[String; 2]>::try_from(files) {
        Ok([old, new]) => Ok(Args { old, new, lang }),
        Err(_) => Err("expected two files: OLD.json NEW.json".into()),
    }
}

fn load(path: &str) -> Result<Plan, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    Plan::from_json_slice(&bytes).map_err(|e| format!("{path}: {e}"))
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("error: {e}");
            }
            eprintln!("usage: revise OLD.json NEW.json [--lang TAG]");
            return ExitCode::from(2);
        }
    };
    let (old, new) = match (load(&args.old), load(&args.new)) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };

    let lang = args.lang.unwrap_or_else(|| new.person.language.written.langid().clone());
    let locale = Localizer::embedded().locale(&[lang]);
    let changes = diff(&old, &new);
    println!("Changes from version {} to version {} ({}):", old.version, new.version, locale.id());
    if changes.is_empty() {
        println!("  (none)");
    }
    for sentence in describe(&changes, &old, &new, &locale) {
        println!("  - {sentence}");
    }

    // The new version's signatures; a fresh version with none yet is checked against the old signatures.
    let checked = if new.signatures.is_empty() {
        let mut p = new.clone();
        p.signatures = old.signatures.clone();
        p
    } else {
        new
    };
    println!("Signatures:");
    let statuses = signatures_hold(&checked);
    if statuses.is_empty() {
        println!("  (none)");
    }
    for s in &statuses {
        let state = match s.reason {
            SignatureState::Matches => "holds: signed this version",
            SignatureState::ContentChanged => "no longer holds: the plan changed after signing",
            SignatureState::NoDigest => "cannot be checked: no content digest was recorded",
            SignatureState::NotSigned => "not signed yet",
        };
        let role = serde_json::to_value(s.role).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        println!("  {} ({role}): {state}", s.id);
    }
    if statuses.iter().any(|s| s.reason == SignatureState::ContentChanged) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
