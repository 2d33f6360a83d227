//! S12: every risk has a mitigation; the plan has an emergency backup plan.

use super::prelude::*;

/// S12 `risk-mitigation-and-backup`.
pub(crate) struct RiskMitigation;

static META: RuleMeta = RuleMeta {
    code: "S12",
    name: "risk-mitigation-and-backup",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(vi) (HCBS (b)(6): risk factors and measures to minimize them, backup plans); eLTSS 10, 38–39",
    docs: RuleDocs {
        what: "Every risk has a mitigation that is not blank (error). The plan has an emergency backup plan with \
               a description: a missing backup plan is a warning, and an error when any support is marked \
               `critical: true` (the person's health or safety depends on it arriving). The backup-plan finding \
               is at most a warning unless a critical support is present, whatever severity the rule runs with; \
               a caller's lower severity override lowers both.",
        why: "The HCBS rules require the plan to name risks and the measures that reduce them, including \
              individualized backup plans (HCBS (b)(6)). When in-home care does not arrive, a backup plan is \
              what keeps the person safe.",
        example: r#"{ "risks": [ { "id": "risk-1", "description": { "text": "Could fall at night.", "lang": "en" } } ], "supports": [ { "id": "support-1", "critical": true } ] }"#,
        fix: "For each risk, write what the person and the team do to make it less likely or less harmful, and \
              the person's own choice about it. Write a backup plan: who to call, in order, when a helper does \
              not come or there is an emergency.",
    },
};

impl Rule for RiskMitigation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        for (i, risk) in plan.risks.iter().enumerate() {
            if risk.mitigation.as_ref().is_none_or(LocalizedText::is_blank) {
                out.push(format!("/risks/{i}/mitigation"), "s12-mitigation-missing");
                out.value(|| risk.description.text.clone());
            }
        }
        let path = match &plan.backup_plan {
            None => "/backupPlan",
            Some(b) if b.description.is_blank() => "/backupPlan/description",
            Some(_) => return,
        };
        let critical = plan.supports.iter().filter(|s| s.critical).count();
        if critical > 0 {
            out.push_with(path, "s12-backup-plan-missing-critical", &[("count", critical.to_string())]);
        } else {
            let finding = out.push(path, "s12-backup-plan-missing");
            finding.severity = finding.severity.min(Severity::Warning);
        }
    }
}
