//! R2: a significant change in the person's life leads to a review.

use super::prelude::*;

/// R2 `review-after-life-change`.
pub(crate) struct ReviewAfterLifeChange;

static META: RuleMeta = RuleMeta {
    code: "R2",
    name: "review-after-life-change",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "42 CFR 441.301(c)(3), 441.725(c), 441.540(c)",
    docs: RuleDocs {
        what: "Each entry in `lifeEvents` (of any kind, `other` included), dated after `review.lastReview` (or \
               after the plan's effective start when there has been no review) and on or before the evaluation \
               date, is followed by a revision: an entry in `revisionHistory` dated on or after the event. Plans \
               that are `superseded` or `closed` are not checked. `schedule::triggers_pending` reports the same \
               events.",
        why: "The plan must be reviewed and revised when the person's circumstances or needs change \
              significantly, not only once a year (42 CFR 441.301(c)(3)). A hospital stay, a move, losing a \
              caregiver or changing providers usually changes what support the person needs.",
        example: r#"{ "review": { "lastReview": "2026-02-17" },
  "lifeEvents": [ { "id": "event-1", "date": "2026-09-02", "kind": "hospital-stay" } ] }"#,
        fix: "Talk with the person about what changed and whether the plan still fits. Review the plan with them \
              and record the revision in `revisionHistory` (reason `change-in-circumstances`).",
    },
};

impl Rule for ReviewAfterLifeChange {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if !plan.status.is_current() {
            return;
        }
        for (i, event) in crate::schedule::pending_life_events(plan, ctx.today()) {
            out.push(format!("/lifeEvents/{i}"), "r2-no-review-after-change");
            out.value(|| event.date.to_string());
        }
    }
}
