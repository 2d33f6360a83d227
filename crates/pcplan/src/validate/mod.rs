//! Validation: every documentation expectation as a coded, documented rule, selected by profiles.
//!
//! [`validate`] runs every rule the plan's profiles select and returns a [`Report`] with all findings; it
//! never stops at the first. Each [`Finding`] has a stable code, a severity, a JSON Pointer into the plan, a
//! plain-language message and fix in the chosen language, and the source the rule rests on. Findings never
//! quote plan values unless [`ValidateOptions::include_values`] is set.
//!
//! ```
//! use pcplan::validate::{validate, ValidateOptions};
//! let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
//! let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
//! let report = validate(&plan, &ValidateOptions::new(today));
//! for finding in &report.findings {
//!     println!("{} {} at {}: {}", finding.severity.as_str(), finding.code, finding.path, finding.message);
//! }
//! ```

mod context;
mod docs;
mod finding;
mod options;
mod registry;
mod rules;

pub use context::{Context, Findings};
pub use docs::rules_reference;
pub use finding::{Finding, Report, Severity};
pub use options::{Profile, UnknownRule, ValidateOptions};
pub use registry::{Rule, RuleDocs, RuleMeta, registry, rule};

use crate::i18n::Localizer;
use crate::model::Plan;

/// Validates a plan with the embedded locales' messages.
pub fn validate(plan: &Plan, options: &ValidateOptions) -> Report {
    validate_with(plan, options, Localizer::embedded())
}

/// Validates a plan, taking finding messages from `localizer` (e.g. one with an agency's own wording).
pub fn validate_with(plan: &Plan, options: &ValidateOptions, localizer: &Localizer) -> Report {
    let profiles = options.effective_profiles(plan);
    let message_lang = options.lang.clone().unwrap_or_else(|| crate::i18n::lang::known("en"));
    let locale = localizer.locale(std::slice::from_ref(&message_lang));
    let ctx = Context::new(plan, options, localizer);
    let mut findings = Vec::new();
    for rule in registry() {
        let meta = rule.meta();
        let Some(severity) = options.severity_for(meta, &profiles) else {
            continue;
        };
        let mut out = Findings::new(meta, severity, &locale, options.include_values);
        rule.check(&ctx, &mut out);
        findings.extend(out.into_findings());
    }
    // Stable order: by path in document order of the rules' own traversal, then code.
    findings.sort_by(|a, b| crate::model::pointer::cmp(&a.path, &b.path).then_with(|| a.code.cmp(b.code)));
    Report {
        findings,
        profiles: profiles.iter().map(|p| p.as_str()).collect(),
        lang: locale.id().to_string(),
        evaluated_on: options.today,
    }
}
