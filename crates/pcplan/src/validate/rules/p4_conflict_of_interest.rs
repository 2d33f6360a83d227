//! P4: a planner's conflict of interest has a documented exception.

use super::prelude::*;

/// P4 `planner-conflict-of-interest`.
pub(crate) struct PlannerConflictOfInterest;

static META: RuleMeta = RuleMeta {
    code: "P4",
    name: "planner-conflict-of-interest",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(1)(vi), 441.725(a)(6), 441.540(a)(6); eLTSS 52–53",
    docs: RuleDocs {
        what: "When `planner.conflictOfInterest.hasConflict` is true (the planner has a financial or employment \
               tie to a provider on the plan), `planner.conflictOfInterest.exception` documents why the \
               exception applies.",
        why: "Providers of HCBS for the person, or those with an interest in or employed by such a provider, \
              must not write the person's plan, unless the state shows that they are the only willing and \
              qualified entity in the area; then conflict-of-interest protections must be documented \
              (42 CFR 441.301(c)(1)(vi)).",
        example: r#"{ "planner": { "name": "…", "conflictOfInterest": { "hasConflict": true, "supportIds": ["support-2"] } } }"#,
        fix: "Write down the approved exception (for example, the only willing and qualified provider in the \
              county) and the protections in place, such as the person's right to choose another provider and \
              to file a complaint. If no exception applies, have a planner without the conflict write the plan.",
    },
};

impl Rule for PlannerConflictOfInterest {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let Some(coi) = ctx.plan.planner.as_ref().and_then(|p| p.conflict_of_interest.as_ref()) else {
            return;
        };
        if coi.has_conflict && coi.exception.as_ref().is_none_or(LocalizedText::is_blank) {
            out.push("/planner/conflictOfInterest/exception", "p4-conflict-without-exception");
        }
    }
}
