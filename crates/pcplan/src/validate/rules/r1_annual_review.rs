//! R1: the plan is reviewed at least every 12 months, and the review is not overdue.

use chrono::Months;

use super::prelude::*;

/// R1 `annual-review`.
pub(crate) struct AnnualReview;

static META: RuleMeta = RuleMeta {
    code: "R1",
    name: "annual-review",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(3), 441.725(c), 441.540(c), 441.468(c)",
    docs: RuleDocs {
        what: "`review.nextReviewDue` is set; it is no later than 12 calendar months after `review.lastReview` \
               (or after the plan's effective start when there has been no review yet); and it is not before \
               the evaluation date (`ValidateOptions::today`), which would mean the review is overdue. Plans that \
               are `superseded` or `closed` are not checked. The library never reads the clock: pass the date.",
        why: "The person-centered service plan must be reviewed, and revised upon reassessment of functional \
              need, at least every 12 months (42 CFR 441.301(c)(3)).",
        example: r#"{ "review": { "lastReview": "2026-02-17", "nextReviewDue": "2027-03-31" } }"#,
        fix: "Schedule the next review no more than 12 months after the last one, at a time the person chooses, \
              and record the date. If the review is overdue, hold it as soon as possible and record the new \
              review dates.",
    },
};

impl Rule for AnnualReview {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if !plan.status.is_current() {
            return;
        }
        let path = "/review/nextReviewDue";
        let Some(next) = plan.review.next_review_due else {
            out.push(path, "r1-next-review-missing");
            return;
        };
        let base = plan.review.last_review.unwrap_or(plan.effective_period.start);
        let latest = base.checked_add_months(Months::new(12));
        if latest.is_some_and(|latest| next > latest) {
            out.push_with(path, "r1-next-review-too-late", &[("months", "12".into())]);
            out.value(|| next.to_string());
        }
        if next < ctx.today() {
            out.push(path, "r1-review-overdue");
            out.value(|| next.to_string());
        }
    }
}
