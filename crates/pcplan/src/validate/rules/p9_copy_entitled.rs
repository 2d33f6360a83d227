//! P9: every copy given out held only what its recipient may see, and none went to someone the person chose not
//! to share the plan with.

use super::prelude::*;

/// P9 `copy-entitled`.
pub(crate) struct CopyEntitled;

static META: RuleMeta = RuleMeta {
    code: "P9",
    name: "copy-entitled",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "45 CFR 164.502(b) (minimum necessary), 164.522(a) (restrictions the person asked for); 42 CFR 2.32 \
             (substance use records); Cal. Gov. Code 6206 (Safe at Home)",
    docs: RuleDocs {
        what: "For each `distribution` record with a `recipientId`: the recipient's entry does not say \
               `personDeclined`; and when the record has a `copyDigest` equal to the full plan's content digest \
               while the copy for that recipient (the `copy` module) leaves something out, the recipient was given \
               content they may not see.",
        why: "The person decides who sees which parts of their plan. A confidential address, substance use \
              records or anything the person asked to keep private must not reach someone they did not agree to \
              share it with; in a confidential address program, that can put the person in danger.",
        example: r#"{ "recipients": [ { "id": "rcp-clinic", "name": "…", "role": "provider", "shares": ["goals"] } ],
  "distribution": [ { "id": "dist-1", "recipient": "…", "recipientRole": "provider", "recipientId": "rcp-clinic",
    "date": "2026-02-25", "language": "en", "format": "standard-print", "copyDigest": "sha256:<the full plan's digest>" } ] }"#,
        fix: "Give this recipient the copy made for them (`pcplan render --for ID`), which leaves out what they may \
              not see, and record its digest. If the full plan reached them, tell the person and follow the \
              agency's breach procedure.",
    },
};

impl Rule for CopyEntitled {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        if plan.copy_of.is_some() {
            return;
        }
        for (i, d) in plan.distribution.iter().enumerate() {
            let Some(id) = &d.recipient_id else { continue };
            let Some(r) = crate::copy::recipient(plan, id.as_str()) else { continue };
            if r.person_declined {
                out.push(format!("/distribution/{i}/recipientId"), "p9-copy-to-declined");
                continue;
            }
            let Some(given) = &d.copy_digest else { continue };
            if given != ctx.digest() {
                continue;
            }
            let withholds = crate::copy::for_recipient(plan, id.as_str())
                .is_ok_and(|c| c.copy_of.is_some_and(|m| !m.withheld.is_empty()));
            if withholds {
                out.push(format!("/distribution/{i}/copyDigest"), "p9-copy-not-entitled");
            }
        }
    }
}
