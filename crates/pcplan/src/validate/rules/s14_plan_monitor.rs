//! S14: the plan names who monitors it.

use super::prelude::*;

/// S14 `plan-monitor`.
pub(crate) struct PlanMonitorNamed;

static META: RuleMeta = RuleMeta {
    code: "S14",
    name: "plan-monitor",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(viii) (HCBS (b)(8): the person responsible for monitoring the plan); eLTSS 17–18",
    docs: RuleDocs {
        what: "The plan names a plan monitor (`planMonitor`) with a name that is not blank.",
        why: "The HCBS rules require the plan to identify the person or entity responsible for monitoring it \
              (HCBS (b)(8)). The person and their family need to know who to call when a service does not \
              happen as written.",
        example: r#"{ "planMonitor": null }"#,
        fix: "Name the care coordinator or service coordinator who checks that the plan is carried out, with \
              their phone number, and link their team entry with `teamMemberId`.",
    },
};

impl Rule for PlanMonitorNamed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        match &ctx.plan.plan_monitor {
            None => {
                out.push("/planMonitor", "s14-no-plan-monitor");
            }
            Some(m) if m.name.trim().is_empty() => {
                out.push("/planMonitor/name", "s14-no-plan-monitor");
            }
            Some(_) => {}
        }
    }
}
