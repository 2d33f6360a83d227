//! S9: every goal has a step or a support.

use std::collections::HashSet;

use super::prelude::*;

/// S9 `goal-has-step-or-support`.
pub(crate) struct GoalHasStepOrSupport;

static META: RuleMeta = RuleMeta {
    code: "S9",
    name: "goal-has-step-or-support",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "eLTSS 12 (Step or Action); seed Documents 4",
    docs: RuleDocs {
        what: "Every goal has at least one step, or at least one support that names it in `goalIds`.",
        why: "A goal with no step and no support has no plan behind it: nobody knows what happens next or who \
              does it. eLTSS data element 12 records the steps toward each goal.",
        example: r#"{ "goals": [ { "id": "goal-3", "statement": { "text": "Sing in the choir.", "lang": "en" }, "expressedBy": "person", "status": "active", "steps": [] } ] }"#,
        fix: "With the person, write the first step toward the goal and who does it (the person, a family \
              member, a provider), or link the support that helps with it.",
    },
};

impl Rule for GoalHasStepOrSupport {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        let supported: HashSet<&Id> = plan.supports.iter().flat_map(|s| &s.goal_ids).collect();
        for (i, goal) in plan.goals.iter().enumerate() {
            if goal.steps.is_empty() && !supported.contains(&goal.id) {
                out.push(format!("/goals/{i}/steps"), "s9-goal-without-step-or-support");
                out.value(|| goal.statement.text.clone());
            }
        }
    }
}
