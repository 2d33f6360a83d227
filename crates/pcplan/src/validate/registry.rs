//! The rule trait and the registry of all rules.

use super::{Context, Findings, Profile, Severity};

/// What a rule is: its stable code, name, where it applies, what it rests on, and its documentation.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable code (`S1`…`S17`, `P1`…`P8`, `R1`…`R3`, `T1`…`T6`). Codes are never reused.
    pub code: &'static str,
    /// Kebab-case name.
    pub name: &'static str,
    /// The profiles that select the rule, each with its severity there.
    pub profiles: &'static [(Profile, Severity)],
    /// The regulation or standard it rests on.
    pub source: &'static str,
    /// Documentation for the rules reference.
    pub docs: RuleDocs,
}

/// A rule's documentation, ruff-style: what it checks, why, an example, and the fix.
#[derive(Debug)]
pub struct RuleDocs {
    /// What the rule checks.
    pub what: &'static str,
    /// Why it matters, with its source.
    pub why: &'static str,
    /// A plan fragment (JSON) that triggers it.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
}

/// A validation rule. Rules are stateless, and report every problem they find.
pub trait Rule: Send + Sync {
    /// The rule's metadata.
    fn meta(&self) -> &'static RuleMeta;
    /// Checks the plan, pushing a finding for each problem.
    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>);
}

/// Every rule, in code order.
pub fn registry() -> &'static [&'static dyn Rule] {
    super::rules::ALL
}

/// The rule with a code.
pub fn rule(code: &str) -> Option<&'static dyn Rule> {
    registry().iter().copied().find(|r| r.meta().code == code)
}
