//! S3: at least one goal, each with text.

use super::prelude::*;

/// S3 `goals-present`.
pub(crate) struct Goals;

static META: RuleMeta = RuleMeta {
    code: "S3",
    name: "goals-present",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(2)(i)–(ii) (HCBS (b)(4): goals and desired outcomes); eLTSS 11",
    docs: RuleDocs {
        what: "The plan has at least one goal, and every goal has a plain-language statement that is not \
               blank. The person's own words (`ownWords`) are welcome beside it, and are checked by T2.",
        why: "A person-centered plan exists to help the person reach the goals and outcomes they chose \
              (HCBS (b)(4)). A plan without goals, or with an empty goal, cannot say what the supports are for.",
        example: r#"{ "goals": [ { "id": "goal-1", "statement": { "text": " ", "lang": "en" }, "expressedBy": "person", "status": "active" } ] }"#,
        fix: "Ask the person what they want in their life and write each goal down, in their own words when \
              possible, with a short plain-language statement. Remove goals that have no text.",
    },
};

impl Rule for Goals {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let goals = &ctx.plan.goals;
        if goals.is_empty() {
            out.push("/goals", "s3-no-goals");
        }
        for (i, goal) in goals.iter().enumerate() {
            if goal.statement.is_blank() {
                out.push(format!("/goals/{i}/statement"), "s3-goal-text-missing");
            }
        }
    }
}
