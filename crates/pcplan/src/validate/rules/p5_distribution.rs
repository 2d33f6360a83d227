//! P5: the person, and the others involved, get a copy of the plan; the person is offered a copy to review.

use super::narrative::at_most_warning;
use super::prelude::*;

/// P5 `copies-distributed`.
pub(crate) struct CopiesDistributed;

static META: RuleMeta = RuleMeta {
    code: "P5",
    name: "copies-distributed",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(x), 441.725(b)(10), 441.540(b)(10); seed Team 3",
    docs: RuleDocs {
        what: "Once the plan is past `draft`: `distribution` records a copy given to the person (`recipientRole: \
               person`) — an error when missing. Warnings: a representative in `representatives`, or a team \
               member with role `provider`, has no copy (a record whose `recipient` is their name, their \
               organization, or the provider name of a support linked to them, or whose `recipientId` is their \
               entry in `recipients`), unless their entry in `recipients` says `personDeclined`: the person \
               chose not to share the plan with them; and none of the person's \
               copies was `offeredForReview`. A draft is not checked.",
        why: "The plan must be distributed to the person and other people involved in the plan \
              (42 CFR 441.301(c)(2)(x)). The person is always offered a copy to review and edit: it is their \
              plan (seed, Team domain).",
        example: r#"{ "status": "active", "distribution": [
    { "id": "dist-2", "recipient": "…", "recipientRole": "provider", "date": "2026-02-25", "language": "en",
      "format": "standard-print" } ] }"#,
        fix: "Give the person a copy in their language and format, offer them the chance to review and change \
              it, and record it under `distribution`. Send copies to their representative and to each provider \
              who carries out the plan, with the person's permission.",
    },
};

fn same_name(a: &str, b: &str) -> bool {
    let a = a.trim();
    !a.is_empty() && a.to_lowercase() == b.trim().to_lowercase()
}

impl Rule for CopiesDistributed {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if plan.status == PlanStatus::Draft {
            return;
        }
        let dist = &plan.distribution;
        let person_copies: Vec<usize> =
            (0..dist.len()).filter(|&i| dist[i].recipient_role == RecipientRole::Person).collect();
        match person_copies.last() {
            None => {
                out.push("/distribution", "p5-no-copy-to-person");
            }
            Some(&last) if !person_copies.iter().any(|&i| dist[i].offered_for_review) => {
                at_most_warning(
                    out.push(format!("/distribution/{last}/offeredForReview"), "p5-not-offered-for-review"),
                );
            }
            Some(_) => {}
        }
        let received = |names: &[&str]| dist.iter().any(|d| names.iter().any(|n| same_name(n, &d.recipient)));
        // The person's choice not to share with someone is respected, and a record naming their recipient entry
        // counts as their copy.
        let settled = |rep: Option<&Id>, member: Option<&Id>| {
            plan.recipients.iter().any(|r| {
                let theirs = (rep.is_some() && r.representative_id.as_ref() == rep)
                    || (member.is_some() && r.team_member_id.as_ref() == member);
                theirs && (r.person_declined || dist.iter().any(|d| d.recipient_id.as_ref() == Some(&r.id)))
            })
        };
        for (i, rep) in plan.representatives.iter().enumerate() {
            if !received(&[&rep.name]) && !settled(Some(&rep.id), None) {
                at_most_warning(out.push(format!("/representatives/{i}"), "p5-no-copy-to-representative"));
            }
        }
        for (i, member) in plan.team.iter().enumerate() {
            if member.role != TeamRole::Provider {
                continue;
            }
            // The provider's name, organization, or its name on a support it provides.
            let mut names = vec![member.name.as_str(), member.organization.as_deref().unwrap_or("")];
            names.extend(
                plan.supports
                    .iter()
                    .filter_map(|s| s.provider.as_ref())
                    .filter(|p| p.team_member_id.as_ref() == Some(&member.id))
                    .map(|p| p.name.as_str()),
            );
            if !received(&names) && !settled(None, Some(&member.id)) {
                at_most_warning(out.push(format!("/team/{i}"), "p5-no-copy-to-provider"));
            }
        }
    }
}
