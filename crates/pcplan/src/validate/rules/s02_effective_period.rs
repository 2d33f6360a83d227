//! S2: the plan's effective period makes sense.

use super::prelude::*;

/// S2 `effective-period`.
pub(crate) struct EffectivePeriod;

static META: RuleMeta = RuleMeta {
    code: "S2",
    name: "effective-period",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "eLTSS 25 (Plan Effective Date)",
    docs: RuleDocs {
        what: "The plan's effective period ends on or after the day it starts. The start date is required when \
               the plan is read, and every date in a plan is checked to be a real calendar date when the plan \
               is loaded, so this rule only has to check the order of the two dates. Support dates are checked \
               by S7.",
        why: "Everyone who reads the plan (the person, providers, the health plan) must know when it is in \
              effect. eLTSS data element 25 requires a start date; an end date before the start makes the plan \
              in effect on no day at all.",
        example: r#"{ "effectivePeriod": { "start": "2026-03-01", "end": "2025-02-28" } }"#,
        fix: "Check both dates against the signed plan. Usually the end date is one year after the start, less \
              a day (for example 2026-03-01 to 2027-02-28).",
    },
};

impl Rule for EffectivePeriod {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let period = ctx.plan.effective_period;
        if let Some(end) = period.end
            && end < period.start
        {
            out.push("/effectivePeriod/end", "s2-end-before-start");
            out.value(|| format!("{} .. {end}", period.start));
        }
    }
}
