//! T2: each goal is in the person's own words, or marked as expressed by the person.

use super::prelude::*;

/// T2 `goal-in-own-words`.
pub(crate) struct GoalInOwnWords;

static META: RuleMeta = RuleMeta {
    code: "T2",
    name: "goal-in-own-words",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "Seed Documents 3; CARF; eLTSS Goal.expressedBy; 42 CFR 441.301(c)(2)(ii)",
    docs: RuleDocs {
        what: "Each goal has `ownWords` (the person's words, verbatim, not blank), or its `expressedBy` is \
               `person`.",
        why: "Goals are written in the person's own words where possible (seed, Documents 3); the plan reflects \
              what is important to the person (42 CFR 441.301(c)(2)(ii)). A goal written by the team, with none \
              of the person's words, may be the team's goal rather than theirs.",
        example: r#"{ "goals": [ { "id": "goal-1", "statement": { "text": "Improve money skills.", "lang": "en" },
    "expressedBy": "team", "status": "active" } ] }"#,
        fix: "Ask the person what they want, in their words, and write it down exactly as they said it under \
              `ownWords` (in the language they said it). If the person gave the goal with help, set `expressedBy` \
              to `person-with-support` and still record their words.",
    },
};

impl Rule for GoalInOwnWords {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (i, goal) in ctx.plan.goals.iter().enumerate() {
            let has_own_words = goal.own_words.as_ref().is_some_and(|w| !w.is_blank());
            if !has_own_words && goal.expressed_by != ExpressedBy::Person {
                out.push(format!("/goals/{i}/ownWords"), "t2-goal-not-in-own-words");
            }
        }
    }
}
