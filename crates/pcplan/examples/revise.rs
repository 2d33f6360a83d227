//! What changed between two versions of a plan, and whether each signature still holds: the API behind
//! `pcplan diff`.
//!
//! ```text
//! cargo run -p pcplan --example revise -- examples/plans/revisions/hcbs-en-marcus-v1-signed.json examples/plans/revisions/hcbs-en-marcus-v2.json
//! ```

use pcplan::diff::{describe, diff, signatures_hold};
use pcplan::i18n::Localizer;
use pcplan::model::Plan;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(old), Some(new)) = (args.next(), args.next()) else {
        return Err("usage: revise OLD.json NEW.json".into());
    };
    let old = Plan::from_json_str(&std::fs::read_to_string(old)?)?;
    let new = Plan::from_json_str(&std::fs::read_to_string(new)?)?;
    // Sentences in the person's preferred written language.
    let locale = Localizer::embedded().locale(&[new.person.language.preferred_written().langid().clone()]);
    for sentence in describe(&diff(&old, &new), &old, &new, &locale) {
        println!("- {sentence}");
    }
    for status in signatures_hold(&new) {
        println!("{}: {}", status.id.as_str(), serde_json::to_value(status.reason)?);
    }
    Ok(())
}
