//! S8: each support links to a goal or a need, and each link resolves.

use std::collections::HashSet;

use super::prelude::*;

/// S8 `support-linked`.
pub(crate) struct SupportLinked;

static META: RuleMeta = RuleMeta {
    code: "S8",
    name: "support-linked",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(v), (xii) (HCBS (b)(5), (b)(12): supports that help reach the goals; prevent unnecessary services)",
    docs: RuleDocs {
        what: "Every support, paid or unpaid, names at least one goal (`goalIds`) or need (`needIds`) it serves, \
               and every id it names exists in the plan. Plans read from JSON already have every link checked \
               at load time; the second check protects plans built in code.",
        why: "The HCBS rules require the services and supports in the plan to help the person reach their \
              goals and meet their assessed needs, and to avoid unnecessary or duplicated services \
              (HCBS (b)(5), (b)(12)). A support tied to no goal or need cannot show why it is there.",
        example: r#"{ "supports": [ { "id": "support-3", "paid": true, "name": { "text": "Rides", "lang": "en" }, "goalIds": [], "needIds": [] } ] }"#,
        fix: "Add the ids of the goals this support helps with under `goalIds`, or the needs it meets under \
              `needIds`. If the support helps with nothing in the plan, ask whether it is still needed.",
    },
};

impl Rule for SupportLinked {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        let goals: HashSet<&Id> = plan.goals.iter().map(|g| &g.id).collect();
        let needs: HashSet<&Id> = plan.needs.iter().map(|n| &n.id).collect();
        for (i, s) in plan.supports.iter().enumerate() {
            if s.goal_ids.is_empty() && s.need_ids.is_empty() {
                out.push(format!("/supports/{i}/goalIds"), "s8-no-link");
            }
            for (j, id) in s.goal_ids.iter().enumerate() {
                if !goals.contains(id) {
                    out.push(format!("/supports/{i}/goalIds/{j}"), "s8-goal-not-found");
                    out.value(|| id.to_string());
                }
            }
            for (j, id) in s.need_ids.iter().enumerate() {
                if !needs.contains(id) {
                    out.push(format!("/supports/{i}/needIds/{j}"), "s8-need-not-found");
                    out.value(|| id.to_string());
                }
            }
        }
    }
}
