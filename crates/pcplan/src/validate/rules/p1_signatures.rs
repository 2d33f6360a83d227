//! P1: a plan in effect is signed by the person (or their representative) and by an implementing provider.

use super::prelude::*;

/// P1 `required-signatures`.
pub(crate) struct RequiredSignatures;

static META: RuleMeta = RuleMeta {
    code: "P1",
    name: "required-signatures",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(ix), 441.725(b)(9), 441.540(b)(9); eLTSS 26–37",
    docs: RuleDocs {
        what: "When the plan's status is `active` or `under-review`, `signatures` holds (1) a dated signature \
               from the person or their representative — or a person's entry with `unableToSign` and a reason — \
               and (2) a dated signature from a provider who carries out part of the plan (role `provider`). An \
               entry without a `date` is a signature still being waited for and does not count; the finding then \
               points at its `date`.",
        why: "Federal HCBS rules require the plan to be finalized and agreed to, with the informed consent of \
              the person in writing, and signed by all individuals and providers responsible for its \
              implementation (42 CFR 441.301(c)(2)(ix)). A plan that is in effect without these signatures \
              cannot show that the person agreed to it.",
        example: r#"{ "status": "active", "signatures": [ { "id": "sig-1", "role": "person", "name": "…" } ] }"#,
        fix: "Get the person's signature (or their legal representative's) and the signature of each provider \
              that carries out the plan, and record the date each was signed. If the person cannot sign, record \
              `unableToSign` with the reason (and the witness, if any).",
    },
};

impl Rule for RequiredSignatures {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if !matches!(plan.status, PlanStatus::Active | PlanStatus::UnderReview) {
            return;
        }
        let sigs = &plan.signatures;
        let for_person = |s: &Signature| matches!(s.role, SignerRole::Person | SignerRole::Representative);
        let reason_given = |s: &Signature| s.unable_to_sign.as_ref().is_some_and(|u| !u.reason.is_blank());

        // The person's side: a dated signature from the person or a representative, or "unable to sign" with
        // a reason.
        let person_ok = sigs.iter().any(|s| {
            (for_person(s) && s.date.is_some() && (s.unable_to_sign.is_none() || reason_given(s)))
                || (s.role == SignerRole::Person && reason_given(s))
        });
        if !person_ok {
            if let Some(i) = sigs.iter().position(|s| s.role == SignerRole::Person && s.unable_to_sign.is_some()) {
                out.push(format!("/signatures/{i}/unableToSign/reason"), "p1-unable-to-sign-reason-missing");
            } else if let Some(i) = sigs.iter().position(|s| for_person(s) && s.date.is_none()) {
                out.push(format!("/signatures/{i}/date"), "p1-person-signature-undated");
            } else {
                out.push("/signatures", "p1-person-signature-missing");
            }
        }

        // The implementing providers' side.
        let provider_ok = sigs.iter().any(|s| s.role == SignerRole::Provider && s.date.is_some());
        if !provider_ok {
            match sigs.iter().position(|s| s.role == SignerRole::Provider) {
                Some(i) => out.push(format!("/signatures/{i}/date"), "p1-provider-signature-undated"),
                None => out.push("/signatures", "p1-provider-signature-missing"),
            };
        }
    }
}
