//! S7: support dates fall inside the plan's effective period, and end on or after they start.

use super::prelude::*;

/// S7 `support-dates-in-period`.
pub(crate) struct SupportDates;

static META: RuleMeta = RuleMeta {
    code: "S7",
    name: "support-dates-in-period",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.468 (duration of each service); eLTSS 25, 42–43",
    docs: RuleDocs {
        what: "For every support, paid or unpaid: the start date is not before the plan starts and not after it \
               ends; the end date is not before the support's start date, and not after the plan ends (nor \
               before it starts). A support with no end date runs as long as the plan. Missing start dates of \
               paid supports are reported by S6.",
        why: "A service can only be authorized for the time the plan is in effect. Dates outside the plan, or \
              an end before the start, usually mean a typing mistake or a service copied from an older plan, \
              and lead to denied claims or gaps in care.",
        example: r#"{ "effectivePeriod": { "start": "2026-03-01", "end": "2027-02-28" }, "supports": [ { "id": "support-1", "startDate": "2026-02-01", "endDate": "2027-06-30" } ] }"#,
        fix: "Check the support's dates against the service authorization and the plan's effective period. If \
              the service really continues past the plan's end, end it with the plan and carry it into the \
              next plan.",
    },
};

impl Rule for SupportDates {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let period = ctx.plan.effective_period;
        for (i, s) in ctx.plan.supports.iter().enumerate() {
            if let Some(start) = s.start_date {
                if start < period.start {
                    out.push(format!("/supports/{i}/startDate"), "s7-start-before-plan");
                    out.value(|| start.to_string());
                } else if period.end.is_some_and(|end| start > end) {
                    out.push(format!("/supports/{i}/startDate"), "s7-start-after-plan");
                    out.value(|| start.to_string());
                }
            }
            let Some(end) = s.end_date else { continue };
            if s.start_date.is_some_and(|start| end < start) {
                out.push(format!("/supports/{i}/endDate"), "s7-end-before-start");
                out.value(|| end.to_string());
            } else if period.end.is_some_and(|plan_end| end > plan_end) {
                out.push(format!("/supports/{i}/endDate"), "s7-end-after-plan");
                out.value(|| end.to_string());
            } else if end < period.start {
                out.push(format!("/supports/{i}/endDate"), "s7-end-before-plan");
                out.value(|| end.to_string());
            }
        }
    }
}
