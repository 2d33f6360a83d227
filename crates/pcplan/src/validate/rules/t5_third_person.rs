//! T5: the person's own words are in the first person, and the narrative calls them by name, not a label.

use super::narrative::Part;
use super::prelude::*;
use crate::model::Pronouns;
use crate::text::Words;
use crate::text::mentions;

/// T5 `person-not-label`.
pub(crate) struct PersonNotLabel;

static META: RuleMeta = RuleMeta {
    code: "T5",
    name: "person-not-label",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "Seed Team 3; ELP Learning Community, \"4 Guidelines for Using 1st Person\"",
    docs: RuleDocs {
        what: "(1) A goal's `ownWords` (original and translations, English or Spanish) that speak of the person \
               in the third person: their name at the start of a sentence or before a verb (\"Marcus wants…\"), \
               one of their pronouns starting a sentence (\"He wants…\"), or an institutional label. (2) \
               Institutional labels in the narrative where the person's name belongs: \"the client\", \"the \
               consumer\", \"the member\", \"the patient\", \"the individual\"…, \"el cliente\", \"la \
               usuaria\"… (not as modifiers: \"the member services line\"). One finding per text.",
        why: "Own-words text is a quote: first-person text is written only when the person wrote or said it \
              (ELP Learning Community). Text that says \"Marcus wants…\" is the team's summary, not the \
              person's words, and belongs in the goal statement. A label (\"the client\") puts the agency's role \
              where the person's name belongs (seed, Team 3).",
        example: r#"{ "goals": [ { "id": "goal-1", "expressedBy": "person", "status": "active",
    "ownWords": { "text": "Client wants to live alone.", "lang": "en" },
    "statement": { "text": "Find an apartment.", "lang": "en" } } ] }"#,
        fix: "Write the person's own words exactly as they said them (\"I want my own place\"), and move the \
              team's summary to the goal statement. Use the person's preferred name instead of \"the client\".",
    },
};

impl Rule for PersonNotLabel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let person = &ctx.plan.person;
        let name = Words::new(person.display_name());
        let own = person.pronouns.as_ref().map(Pronouns::standard_sets).unwrap_or_default();
        for (item, variants) in ctx.narrative().with_variants() {
            if !item.part.is_text_rule_part() || item.part == Part::PersonFeedback {
                continue;
            }
            for v in variants {
                let Some(lang) = v.text_lang else { continue };
                if item.part == Part::OwnWords {
                    let found = mentions::third_person_in_own_words_in(v.words(), &name, &own, lang);
                    if !found.is_empty() {
                        out.push(v.ptr(item), "t5-own-words-third-person");
                    }
                } else {
                    let found = mentions::third_person_references_in(v.words(), lang);
                    if !found.is_empty() {
                        out.push_with(v.ptr(item), "t5-institutional-label", &[("count", found.len().to_string())]);
                        out.value(|| found.iter().map(|r| &v.text[r.clone()]).collect::<Vec<_>>().join(", "));
                    }
                }
            }
        }
    }
}
