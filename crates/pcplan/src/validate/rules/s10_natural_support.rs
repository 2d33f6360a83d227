//! S10: an unpaid (natural) support is in the plan, or the team recorded that none was found.

use super::prelude::*;

/// S10 `natural-support-identified`.
pub(crate) struct NaturalSupport;

static META: RuleMeta = RuleMeta {
    code: "S10",
    name: "natural-support-identified",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "42 CFR 441.301(c)(2)(v) (HCBS (b)(5): paid and unpaid supports); seed Documents 4",
    docs: RuleDocs {
        what: "The plan has at least one unpaid support (`paid: false`), or records \
               `naturalSupportsNoneIdentified: true` to say the team looked and found none.",
        why: "The HCBS rules require the plan to show both paid and unpaid services and supports \
              (HCBS (b)(5)). Family, friends, neighbors and community groups are often what makes paid \
              services work; leaving them out hides who really helps the person.",
        example: r#"{ "supports": [ { "id": "support-1", "paid": true } ], "naturalSupportsNoneIdentified": false }"#,
        fix: "Ask the person who helps them now without being paid (family, friends, neighbors, church or \
              community groups) and add each as an unpaid support. If there is truly no one, set \
              `naturalSupportsNoneIdentified` to true.",
    },
};

impl Rule for NaturalSupport {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if !plan.natural_supports_none_identified && plan.supports.iter().all(|s| s.paid) {
            out.push("/supports", "s10-no-natural-support");
        }
    }
}
