//! P3: the plan has not changed since it was signed.

use super::prelude::*;

/// P3 `signed-content-unchanged`.
pub(crate) struct SignedContentUnchanged;

static META: RuleMeta = RuleMeta {
    code: "P3",
    name: "signed-content-unchanged",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(ix), 441.725(b)(9), 441.540(b)(9)",
    docs: RuleDocs {
        what: "Each signature that records a `contentDigest` (the digest of the plan as it was signed, from \
               `pcplan::model::content_digest`) still matches the plan's current content digest. The digest \
               covers the person, profile, needs, goals, supports, risks and backup plan, setting and choice, \
               modifications, team, planner, plan monitor, review schedule and program sections; adding \
               signatures, copies given out, monitoring notes, feedback, meetings, life events, update requests, \
               or changing the status or revision history does not change it. Signatures without a \
               `contentDigest` are not checked: the library cannot tell what they signed. Record the digest when \
               a signature is captured to get this protection.",
        why: "A signature is consent to a specific plan. When goals, supports or other signed content change \
              afterwards, the signatures no longer cover what the plan says, and the person has not agreed to \
              the change (42 CFR 441.301(c)(2)(ix)).",
        example: r#"{ "signatures": [ { "id": "sig-1", "role": "person", "name": "…", "date": "2026-02-20",
    "contentDigest": "sha256:<digest of an earlier version>" } ] }"#,
        fix: "Review the changes with the person and everyone who signed, and sign again (recording the new \
              digest). If the change was a mistake, undo it.",
    },
};

impl Rule for SignedContentUnchanged {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        // A filtered copy: unchanged since it was made, and signed content equal to the full plan's it came from
        // (see the `copy` module).
        if let Some(m) = &ctx.plan.copy_of {
            if *ctx.digest() != m.copy_digest {
                out.push("/copyOf/copyDigest", "p3-content-changed-after-signing");
            }
            for (i, sig) in ctx.plan.signatures.iter().enumerate() {
                let Some(signed) = &sig.content_digest else { continue };
                let format = sig.digest_format.unwrap_or(SCHEMA_VERSION);
                if !m.plan_digests.iter().any(|d| d.format == format && d.digest == *signed) {
                    out.push(format!("/signatures/{i}/contentDigest"), "p3-content-changed-after-signing");
                    out.value(|| signed.to_string());
                }
            }
            return;
        }
        for (i, sig) in ctx.plan.signatures.iter().enumerate() {
            let Some(signed) = &sig.content_digest else { continue };
            if *signed != ctx.signed_digest(sig) {
                out.push(format!("/signatures/{i}/contentDigest"), "p3-content-changed-after-signing");
                out.value(|| signed.to_string());
            }
        }
    }
}
