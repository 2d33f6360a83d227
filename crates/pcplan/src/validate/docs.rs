//! The rules reference, generated from the rules' own metadata.

use std::fmt::Write;

use super::registry;

/// Renders the rules reference (`docs/rules.md`) from every rule's metadata. A test keeps the committed file
/// current.
pub fn rules_reference() -> String {
    let mut out = String::from(
        "# Validation rules\n\n<!-- Generated from the rules' metadata by `pcplan::validate::rules_reference()`; \
         do not edit. Regenerate with `PCPLAN_UPDATE_DOCS=1 cargo test -p pcplan --test suite validate_report`. -->\n\n",
    );
    out.push_str("| Code | Name | Profiles (severity) | Source |\n|---|---|---|---|\n");
    for rule in registry() {
        let m = rule.meta();
        let profiles: Vec<String> =
            m.profiles.iter().map(|(p, s)| format!("{} ({})", p.as_str(), s.as_str())).collect();
        let _ = writeln!(
            out,
            "| [{}](#{}) | {} | {} | {} |",
            m.code,
            m.code.to_lowercase(),
            m.name,
            profiles.join(", "),
            m.source
        );
    }
    for rule in registry() {
        let m = rule.meta();
        let _ = write!(
            out,
            "\n## {}\n\n**{}** — source: {}\n\n### What it checks\n\n{}\n\n### Why\n\n{}\n\n### Example\n\n```json\n{}\n```\n\n### Fix\n\n{}\n",
            m.code,
            m.name,
            m.source,
            m.docs.what,
            m.docs.why,
            m.docs.example.trim(),
            m.docs.fix
        );
    }
    out
}
