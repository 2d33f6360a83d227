//! S6: each paid support has its type, scope, amount, frequency and start.

use super::prelude::*;

/// S6 `paid-support-complete`.
pub(crate) struct PaidSupportComplete;

static META: RuleMeta = RuleMeta {
    code: "S6",
    name: "paid-support-complete",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.468 (type, scope, amount, frequency, duration of each service); eLTSS 40, 42, 47–49, 54",
    docs: RuleDocs {
        what: "Every paid support (`paid: true`) has a name, a provider with a name, a start date and a \
               `schedule` that says how much (`amount.value` greater than zero and `amount.unit`) and how often: \
               a `periodUnit` (with `every` for every other week and longer rhythms), `daysOfWeek`, or \
               `once` or `asNeeded` for a service that does not repeat. Unpaid supports are checked by S10 \
               and S11.",
        why: "A paid service is authorized and billed by what the plan says: its type, amount, frequency and \
              duration (42 CFR 441.468). Monitoring checks that the person got what the plan promised, which \
              is only possible when the plan says exactly what that is.",
        example: r#"{ "supports": [ { "id": "support-1", "paid": true, "name": { "text": "Personal care", "lang": "en" },
    "schedule": { "amount": { "value": 0, "unit": "hour" } } } ] }"#,
        fix: "For each paid service, write the provider agency, how many units (for example 20), the unit \
              (for example `hour`), how often (`periodUnit: week`, `every: 2` for every other week, or \
              `once: true`), and the first day of service. Copy them from the service authorization.",
    },
};

impl Rule for PaidSupportComplete {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (i, s) in ctx.plan.supports.iter().enumerate().filter(|(_, s)| s.paid) {
            let base = format!("/supports/{i}");
            if s.name.is_blank() {
                out.push(format!("{base}/name"), "s6-name-missing");
            }
            match &s.provider {
                None => {
                    out.push(format!("{base}/provider"), "s6-provider-missing");
                }
                Some(p) if p.name.trim().is_empty() => {
                    out.push(format!("{base}/provider/name"), "s6-provider-missing");
                }
                Some(_) => {}
            }
            let schedule = s.schedule.as_ref();
            let amount = schedule.and_then(|sc| sc.amount);
            match amount.and_then(|a| a.value) {
                None => {
                    out.push(format!("{base}/schedule/amount/value"), "s6-quantity-missing");
                }
                Some(q) if !q.is_finite() || q <= 0.0 => {
                    out.push(format!("{base}/schedule/amount/value"), "s6-quantity-not-positive");
                    out.value(|| q.to_string());
                }
                Some(_) => {}
            }
            if amount.and_then(|a| a.unit).is_none() {
                out.push(format!("{base}/schedule/amount/unit"), "s6-unit-missing");
            }
            let has_rhythm = schedule
                .is_some_and(|sc| sc.once || sc.as_needed || sc.period_unit.is_some() || !sc.days_of_week.is_empty());
            if !has_rhythm {
                out.push(format!("{base}/schedule/periodUnit"), "s6-interval-missing");
            }
            if s.start_date.is_none() {
                out.push(format!("{base}/startDate"), "s6-start-missing");
            }
        }
    }
}
