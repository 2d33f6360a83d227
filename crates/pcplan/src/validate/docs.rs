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
    #[cfg(feature = "services")]
    services_reference(&mut out);
    out
}

/// The rules of service records: billing (`SV`) and monitoring against the plan (`SM`), each with its English
/// message and fix (variables shown as `{ $name }`).
#[cfg(feature = "services")]
fn services_reference(out: &mut String) {
    let localizer = crate::i18n::Localizer::embedded();
    let en: unic_langid::LanguageIdentifier = unic_langid::langid!("en");
    let locale = localizer.locale(std::slice::from_ref(&en));
    let text = |id: &str| crate::text::bidi::without_isolates(&locale.message(id, None).text);
    out.push_str(
        "\n# Service rules\n\nFindings on service records against each support's billing terms (`SV`, from \
         `pcplan::services::lines::compute_lines`) and against the plan (`SM`, from \
         `pcplan::services::monitor::monitor`).\n\n| Code | Name | Severity | Message | Fix | Source |\n|---|---|---|---|---|---|\n",
    );
    for r in crate::services::finding::RULES {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} |",
            r.code,
            r.name,
            r.severity.as_str(),
            text(r.message_id).replace('|', "\\|"),
            text(&format!("{}.help", r.message_id)).replace('|', "\\|"),
            r.source
        );
    }
}
