//! S17: Community Supports housing services come with a housing support plan.

use super::prelude::*;

/// S17 `housing-support-plan`.
pub(crate) struct HousingSupportPlanPresent;

static META: RuleMeta = RuleMeta {
    code: "S17",
    name: "housing-support-plan",
    profiles: &[(Profile::CalaimCsHousing, Severity::Error)],
    source: "DHCS CalAIM Community Supports Policy Guide (housing transition navigation, deposits, tenancy sustaining services)",
    docs: RuleDocs {
        what: "Under the `calaim-cs-housing` profile (the plan lists the `calaim-cs-housing` program, or the caller \
               chose the profile), the plan has a housing support plan (`programSections.housingSupportPlan`) \
               with at least one barrier, at least one short-term goal and at least one long-term goal, and no \
               housing goal is blank.",
        why: "Medi-Cal Community Supports housing services require an individualized Housing Support Plan that \
              names the barriers to getting and keeping housing and sets short- and long-term measurable goals. \
              Health plans deny housing service requests without one.",
        example: r#"{ "programs": ["calaim-cs-housing"], "programSections": { "housingSupportPlan": { "barriers": [], "shortTermGoals": [] } } }"#,
        fix: "With the person and the housing navigator, write what makes it hard to find or keep housing (for \
              example past evictions, no income proof, no ID), a goal for the next weeks, and a goal for the \
              next year, each with how progress is measured.",
    },
};

impl Rule for HousingSupportPlanPresent {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        const BASE: &str = "/programSections/housingSupportPlan";
        let Some(hsp) = &ctx.plan.program_sections.housing_support_plan else {
            out.push(BASE, "s17-housing-plan-missing");
            return;
        };
        if hsp.barriers.iter().all(LocalizedText::is_blank) {
            out.push(format!("{BASE}/barriers"), "s17-no-barriers");
        }
        for (key, goals, empty_id) in [
            ("shortTermGoals", &hsp.short_term_goals, "s17-no-short-term-goal"),
            ("longTermGoals", &hsp.long_term_goals, "s17-no-long-term-goal"),
        ] {
            if goals.is_empty() {
                out.push(format!("{BASE}/{key}"), empty_id);
            }
            for (i, goal) in goals.iter().enumerate() {
                if goal.text.is_blank() {
                    out.push(format!("{BASE}/{key}/{i}/text"), "s17-goal-text-missing");
                }
            }
        }
    }
}
