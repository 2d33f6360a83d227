//! S18: a support's service code, modifiers and unit are a combination the loaded code sets list.

use super::prelude::*;

/// S18 `service-code-listed`.
pub(crate) struct ServiceCodeListed;

static META: RuleMeta = RuleMeta {
    code: "S18",
    name: "service-code-listed",
    profiles: &[(Profile::CalaimEcm, Severity::Warning), (Profile::CalaimCsHousing, Severity::Warning)],
    source: "DHCS ECM and Community Supports Coding Options; HIPAA national code sets (45 CFR 162.1002); the code \
             sets in ValidateOptions::code_sets (shipped: medi-cal-ecm-cs)",
    docs: RuleDocs {
        what: "Under the `calaim-ecm` and `calaim-cs-housing` profiles, for each support with a `code` whose `system` the loaded code sets cover (HCPCS for the shipped \
               Medi-Cal set): the code is in a set; its `modifiers`, in order, are a listed combination for that \
               code; and the unit of `schedule.amount` and of `authorization` is one the combination is counted \
               in. Codes of systems no loaded set covers are not checked.",
        why: "Health plans pay ECM and Community Supports by HCPCS code and modifier combinations set by DHCS; a \
              claim or invoice with another combination, or units counted in another unit of service, is \
              denied, and the person's service stops.",
        example: r#"{ "supports": [ { "id": "support-1", "paid": true, "name": { "text": "Meals", "lang": "en" },
    "code": { "system": "HCPCS", "code": "S5170", "modifiers": ["U2"] },
    "schedule": { "amount": { "value": 2, "unit": "meal" }, "periodUnit": "day" } } ] }"#,
        fix: "Copy the code, the modifiers and the unit from the health plan's authorization. If your health plan \
              uses a combination the shipped code set does not list, add it to your agency's code set file.",
    },
};

impl Rule for ServiceCodeListed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let sets = ctx.options.code_sets.as_deref().unwrap_or_else(|| crate::codes::CodeSets::embedded());
        for (i, support) in ctx.plan.supports.iter().enumerate() {
            let Some(code) = &support.code else { continue };
            if !sets.covers_system(&code.system) {
                continue;
            }
            let base = format!("/supports/{i}");
            if sets.for_code(&code.system, &code.code).next().is_none() {
                out.push(format!("{base}/code/code"), "s18-code-not-listed");
                out.value(|| format!("{} {}", code.system, code.code));
                continue;
            }
            let modifiers: Vec<&str> = code.modifiers.iter().map(Modifier::as_str).collect();
            let Some(entry) = sets.find(&code.system, &code.code, &modifiers) else {
                out.push(format!("{base}/code/modifiers"), "s18-modifiers-not-listed");
                out.value(|| modifiers.join(" "));
                continue;
            };
            let units = || entry.units.iter().map(|u| crate::model::json_name(&u)).collect::<Vec<_>>().join(", ");
            let schedule_unit = support.schedule.as_ref().and_then(|s| s.amount).and_then(|a| a.unit);
            let authorized_unit = support.authorization.as_ref().and_then(|a| a.unit);
            for (path, unit) in [("schedule/amount/unit", schedule_unit), ("authorization/unit", authorized_unit)] {
                if let Some(unit) = unit
                    && !entry.units.contains(&unit)
                {
                    out.push_with(format!("{base}/{path}"), "s18-unit-not-listed", &[("units", units())]);
                }
            }
        }
    }
}
