//! S5: at least one assessed need.

use super::prelude::*;

/// S5 `assessed-need`.
pub(crate) struct AssessedNeed;

static META: RuleMeta = RuleMeta {
    code: "S5",
    name: "assessed-need",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(iii) (HCBS (b)(3): clinical and support needs); eLTSS 14",
    docs: RuleDocs {
        what: "The plan records at least one assessed need, and every need has a description that is not blank.",
        why: "The HCBS rules require the plan to reflect the clinical and support needs found by the \
              functional assessment (42 CFR 441.301(c)(2)(iii)). Supports are paid for because they meet these \
              needs; without them a health plan or waiver agency cannot approve the services.",
        example: r#"{ "needs": [] }"#,
        fix: "Add each need the assessment found, in plain words, with its category and the assessment it \
              comes from (for example the county IHSS assessment or the ECM comprehensive assessment).",
    },
};

impl Rule for AssessedNeed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let needs = &ctx.plan.needs;
        if needs.is_empty() {
            out.push("/needs", "s5-no-needs");
        }
        for (i, need) in needs.iter().enumerate() {
            if need.description.is_blank() {
                out.push(format!("/needs/{i}/description"), "s5-need-text-missing");
            }
        }
    }
}
