//! R3: the person's request to update the plan leads to a revision in time.

use chrono::Days;

use super::prelude::*;

/// R3 `update-request-answered`.
pub(crate) struct UpdateRequestAnswered;

static META: RuleMeta = RuleMeta {
    code: "R3",
    name: "update-request-answered",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "42 CFR 441.301(c)(1)(viii), 441.725(a)(8), 441.540(a)(8)",
    docs: RuleDocs {
        what: "Each entry in `updateRequests` is followed, within `ValidateOptions::update_request_days` days \
               (default 30), by a revision in `revisionHistory` dated on or after the request. A request whose \
               window has not yet passed on the evaluation date is not reported. Plans that are `superseded` or \
               `closed` are not checked.",
        why: "The planning process must include a method for the person to request updates to the plan as \
              needed (42 CFR 441.301(c)(1)(viii)). A request that leads to nothing tells the person the plan is \
              not theirs.",
        example: r#"{ "updateRequests": [ { "id": "request-1", "date": "2026-06-01" } ], "revisionHistory": [] }"#,
        fix: "Meet with the person about what they asked to change, revise the plan with them, and record the \
              revision (reason `person-request`). If the answer is no change, record that as a revision with a \
              summary the person agrees with.",
    },
};

impl Rule for UpdateRequestAnswered {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if !plan.status.is_current() {
            return;
        }
        let days = ctx.options.update_request_days;
        for (i, request) in plan.update_requests.iter().enumerate() {
            let Some(deadline) = request.date.checked_add_days(Days::new(days.into())) else { continue };
            if deadline >= ctx.today() {
                continue; // still within the window
            }
            let answered = plan.revision_history.iter().any(|r| r.date >= request.date && r.date <= deadline);
            if !answered {
                out.push_with(
                    format!("/updateRequests/{i}"),
                    "r3-update-request-not-answered",
                    &[("days", days.to_string())],
                );
                out.value(|| request.date.to_string());
            }
        }
    }
}
