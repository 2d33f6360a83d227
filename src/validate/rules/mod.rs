//! One file per rule. To add a rule: write its file (metadata, docs, check), declare it below, list it in
//! `ALL`, and add its messages (with `.help`) to `locales/*/rules.ftl`.

#[allow(unused_imports)] // each rule uses part of it
mod prelude {
    pub(super) use crate::model::*;
    pub(super) use crate::validate::{Context, Findings, Profile, Rule, RuleDocs, RuleMeta, Severity};
}

// Structure and completeness.
mod s01_legal_name;

// (keep this line: it separates the groups so that parallel additions merge cleanly)

// Process and consent.

// (keep this line)

// Review.

// (keep this line)

// Text written about and for the person.

// (keep this line)

use crate::validate::Rule;

pub(super) static ALL: &[&dyn Rule] = &[
    // Structure and completeness.
    &s01_legal_name::LegalName,
    // (keep)
    // Process and consent.
    // (keep)
    // Review.
    // (keep)
    // Text.
    // (keep)
];
