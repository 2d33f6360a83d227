//! P6: the person's copy is in their written language and format; the plan's words exist in that language.

use super::narrative::{Part, at_most_warning, readable_in, same_written_language};
use super::prelude::*;

/// P6 `copy-in-preferred-language`.
pub(crate) struct CopyInPreferredLanguage;

static META: RuleMeta = RuleMeta {
    code: "P6",
    name: "copy-in-preferred-language",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(1)(v), (c)(2)(vii), 435.905(b); 45 CFR 92.201–92.202",
    docs: RuleDocs {
        what: "Errors: a copy given to the person (`distribution` with `recipientRole: person`) is in another \
               language than `person.language.written` (language and script are compared, not region), or — \
               when the person lists `alternativeFormats` — in a format not on that list, and the person's \
               declining of the preferred language or format is not recorded in `declinedPreferred`. Warnings, \
               one per text: a narrative text (profile, needs, goal statements and steps, supports' name, \
               description and delivery preferences, risks, backup plan, setting and service choice, \
               modifications, housing support plan) that exists only in other languages, with no translation \
               into the person's written language. A goal's `ownWords` are the person's words as said and are \
               exempt when they are in the person's spoken language.",
        why: "The planning process must provide information in plain language and in a manner accessible to \
              people with disabilities and limited English proficiency, and the plan must be understandable to \
              the person (42 CFR 441.301(c)(1)(v), (c)(2)(vii); 435.905(b)). Written translation must be done \
              by a qualified translator (45 CFR 92.201). A copy the person cannot read is not really theirs.",
        example: r#"{ "person": { "language": { "spoken": [{ "lang": "es" }], "written": [{ "lang": "es" }] } },
  "distribution": [ { "id": "dist-1", "recipient": "…", "recipientRole": "person", "date": "2026-02-25",
    "language": "en", "format": "standard-print" } ] }"#,
        fix: "Give the person a copy in their written language and in the format they asked for (large print, \
              audio, braille, accessible electronic). Have a qualified translator add translations of the texts \
              flagged. If the person chose a different language or format, record that under \
              `declinedPreferred`.",
    },
};

impl Rule for CopyInPreferredLanguage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        let access = &plan.person.language;
        let written = access.preferred_written();
        for (i, copy) in plan.distribution.iter().enumerate() {
            if copy.recipient_role != RecipientRole::Person
                || copy.declined_preferred.as_ref().is_some_and(|d| !d.is_blank())
            {
                continue;
            }
            if !same_written_language(copy.language.langid(), written.langid()) {
                out.push(format!("/distribution/{i}/language"), "p6-copy-not-in-written-language");
                out.value(|| copy.language.to_string());
            }
            if !access.alternative_formats.is_empty() && !access.alternative_formats.contains(&copy.format) {
                out.push(format!("/distribution/{i}/format"), "p6-copy-not-in-requested-format");
            }
        }
        for item in &ctx.narrative().items {
            let exempt = match item.part {
                Part::Monitoring | Part::Feedback | Part::PersonFeedback => true,
                Part::OwnWords => {
                    access.spoken.iter().any(|l| same_written_language(item.text.lang.langid(), l.lang.langid()))
                }
                _ => false,
            };
            if !exempt && !item.text.is_blank() && !readable_in(item.text, written) {
                at_most_warning(out.push(item.ptr, "p6-text-not-in-written-language"));
                out.value(|| item.text.lang.to_string());
            }
        }
    }
}
