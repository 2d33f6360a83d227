//! P2: no signature dated in the future or before the planning meeting.

use super::prelude::*;

/// P2 `signature-dates`.
pub(crate) struct SignatureDates;

static META: RuleMeta = RuleMeta {
    code: "P2",
    name: "signature-dates",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(ix); eLTSS 28, 33, 37 (signature dates)",
    docs: RuleDocs {
        what: "Every signature `date` is on or before the evaluation date (`ValidateOptions::today`), and on or \
               after the date of the latest planning meeting in `meetings`.",
        why: "A signature consents to the plan the meeting produced. A date before that meeting means the \
              signer agreed to an earlier version; a date in the future is a typing mistake or a signature \
              recorded before it was given. Either way the record cannot show informed consent to this plan \
              (42 CFR 441.301(c)(2)(ix)).",
        example: r#"{ "meetings": [ { "id": "m1", "date": "2026-02-17" } ],
  "signatures": [ { "id": "sig-1", "role": "person", "name": "…", "date": "2026-02-10" } ] }"#,
        fix: "Check the date on the signed page and correct it. If the person signed before the last meeting, \
              ask them to review the current plan and sign again.",
    },
};

impl Rule for SignatureDates {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let today = ctx.today();
        let last_meeting = ctx.plan.meetings.iter().map(|m| m.date).max();
        for (i, sig) in ctx.plan.signatures.iter().enumerate() {
            let Some(date) = sig.date else { continue };
            let path = format!("/signatures/{i}/date");
            if date > today {
                out.push(path, "p2-signature-in-future");
                out.value(|| date.to_string());
            } else if last_meeting.is_some_and(|m| date < m) {
                out.push(path, "p2-signature-before-meeting");
                out.value(|| date.to_string());
            }
        }
    }
}
