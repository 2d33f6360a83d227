//! S4: at least one strength and one preference.

use super::prelude::*;

/// S4 `strengths-and-preferences`.
pub(crate) struct StrengthsPreferences;

static META: RuleMeta = RuleMeta {
    code: "S4",
    name: "strengths-and-preferences",
    // HCBS requires both (441.301(c)(2)(ii)); ECM and every other plan are expected to have them (seed 1),
    // so they warn rather than block.
    profiles: &[
        (Profile::Hcbs, Severity::Error),
        (Profile::CalaimEcm, Severity::Warning),
        (Profile::Core, Severity::Warning),
    ],
    source: "42 CFR 441.301(c)(2)(ii) (HCBS (b)(2): strengths and preferences); eLTSS 13, 19",
    docs: RuleDocs {
        what: "The profile names at least one strength and at least one preference. A strength is any entry \
               that is not blank in `strengths`, `talents` or `likeAndAdmire`; a preference is any entry that is \
               not blank in `preferences` or `importantTo`. Severity: error under `hcbs`, warning under \
               `calaim-ecm` and for every other plan (`core`).",
        why: "The HCBS rules require the plan to reflect the person's strengths and preferences \
              (42 CFR 441.301(c)(2)(ii)), and person-centered practice starts from what people like and admire \
              about the person. Providers read this part first to learn how to support the person well.",
        example: r#"{ "profile": { "strengths": [], "preferences": [] } }"#,
        fix: "Ask the person, and the people who know them best, what they are good at and what people like \
              about them; add these under `strengths`. Ask what they like, what they do not like, and how they \
              want their day to go; add these under `preferences`.",
    },
};

fn any_text(lists: &[&[LocalizedText]]) -> bool {
    lists.iter().any(|list| list.iter().any(|t| !t.is_blank()))
}

impl Rule for StrengthsPreferences {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let p = &ctx.plan.profile;
        if !any_text(&[&p.strengths, &p.talents, &p.like_and_admire]) {
            out.push("/profile/strengths", "s4-no-strength");
        }
        if !any_text(&[&p.preferences, &p.important_to]) {
            out.push("/profile/preferences", "s4-no-preference");
        }
    }
}
