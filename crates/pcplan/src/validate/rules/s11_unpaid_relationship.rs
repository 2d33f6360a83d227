//! S11: every unpaid support says how its provider is related to the person.

use super::prelude::*;

/// S11 `unpaid-support-relationship`.
pub(crate) struct UnpaidRelationship;

static META: RuleMeta = RuleMeta {
    code: "S11",
    name: "unpaid-support-relationship",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "eLTSS 56 (Non-Paid Service Provider Relationship), 54 (Service Provider Name)",
    docs: RuleDocs {
        what: "Every unpaid support (`paid: false`) has a provider, and the provider's relationship to the person \
               is recorded: in `provider.relationship`, or in the `relationship` of the team member that \
               `provider.teamMemberId` names.",
        why: "eLTSS data element 56 records how each unpaid helper is related to the person (sister, neighbor, \
              friend from church). It shows who the person's circle of support is, and who to call when a \
              natural support cannot help.",
        example: r#"{ "supports": [ { "id": "support-5", "paid": false, "name": { "text": "Help with bills", "lang": "en" }, "provider": { "name": "Denise Bell" } } ] }"#,
        fix: "Write who gives the support and how they are related to the person, in the person's words (for \
              example \"sister\" or \"friend from church choir\").",
    },
};

impl Rule for UnpaidRelationship {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        for (i, s) in plan.supports.iter().enumerate().filter(|(_, s)| !s.paid) {
            let Some(p) = &s.provider else {
                out.push(format!("/supports/{i}/provider"), "s11-provider-missing");
                continue;
            };
            let own = p.relationship.as_deref().is_some_and(|r| !r.trim().is_empty());
            let on_team = p.team_member_id.as_ref().is_some_and(|id| {
                plan.team.iter().any(|m| &m.id == id && m.relationship.as_deref().is_some_and(|r| !r.trim().is_empty()))
            });
            if !own && !on_team {
                out.push(format!("/supports/{i}/provider/relationship"), "s11-relationship-missing");
                out.value(|| p.name.clone());
            }
        }
    }
}
