//! T1: the person is called by their preferred name and their own pronouns.

use super::prelude::*;
use crate::model::{NameOrder, Pronouns};
use crate::text::Words;
use crate::text::mentions;

/// T1 `preferred-name-and-pronouns`.
pub(crate) struct PreferredNameAndPronouns;

static META: RuleMeta = RuleMeta {
    code: "T1",
    name: "preferred-name-and-pronouns",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "Seed Documents 2; 42 CFR 441.301(c)(1)(v)",
    docs: RuleDocs {
        what: "In the plan's narrative (profile, needs, goal statements and steps, supports' descriptions and \
               delivery preferences, risks, backup plan, modifications, monitoring notes, feedback from others; \
               originals and translations): (1) the person's legal first name (the last given name of a \
               `family-first` name: \"Lan\" in \"Nguyễn Thị Lan\"), as a whole word in any case or \
               accent, when `preferredNames` are set and none of them contains it; (2) third-person pronouns from \
               another set than the person's (`pronouns.sets`, or the sets `pronouns.ownWords` names): English \
               he/she/they forms, Spanish él/ella/elle; English \"they\" is not flagged for a person using he or \
               she, since it may mean a group. The person's own words are \
               exempt. One finding per text, at the text's path; only English and Spanish text is read for \
               pronouns. The check cannot tell whom a word refers to: \"her mother\" in a note about a man is \
               flagged, and a legal name that is also a common word (\"Will\") matches that word.",
        why: "The person's preferred name, language and identity preferences are used throughout the plan (seed, \
              Documents 2). Being called by another name or misgendered in one's own plan tells the person the \
              plan is not about them as they are.",
        example: r#"{ "person": { "legalName": { "family": "…", "given": ["Robert"] },
    "preferredNames": [ { "text": "Bobbie", "lang": "en" } ], "pronouns": { "sets": ["she"] } },
  "profile": { "strengths": [ { "text": "Robert is great with his neighbors' dogs.", "lang": "en" } ] } }"#,
        fix: "Use the person's preferred name and their pronouns in every part of the plan. Keep the legal name \
              for the identification section only.",
    },
};

impl Rule for PreferredNameAndPronouns {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let person = &ctx.plan.person;
        // The legal first name matters only when the person goes by another name that does not contain it.
        // The given name a person is called by: the first in given-first names; in family-first names the
        // last ("Lan" in "Nguyễn Thị Lan", where "Thị" is a middle name many women share).
        let called = match person.legal_name.order {
            NameOrder::GivenFirst => person.legal_name.given.first(),
            NameOrder::FamilyFirst => person.legal_name.given.last(),
        };
        let legal_first = called.map(|g| g.trim()).filter(|g| !g.is_empty());
        let legal_first = legal_first.filter(|first| {
            let forms = || person.preferred_names.iter().map(|n| n.text.as_str()).filter(|p| !p.trim().is_empty());
            forms().next().is_some() && forms().all(|p| mentions::find_name(p, first).is_empty())
        });
        let legal_first_words = legal_first.map(Words::new);
        let own = person.pronouns.as_ref().map(Pronouns::standard_sets).unwrap_or_default();
        for (item, variants) in ctx.narrative().with_variants() {
            if !item.part.is_text_rule_part() || item.part.is_persons_words() {
                continue;
            }
            for v in variants {
                let words = v.words();
                if let (Some(first), Some(first_words)) = (legal_first, &legal_first_words) {
                    let found = mentions::find_name_in(words, first_words);
                    if !found.is_empty() {
                        out.push_with(v.ptr(item), "t1-legal-name-used", &[("count", found.len().to_string())]);
                        out.value(|| first.to_owned());
                    }
                }
                let Some(lang) = v.text_lang.filter(|_| !own.is_empty()) else {
                    continue;
                };
                let found = mentions::pronouns_other_than_in(words, &own, lang);
                if !found.is_empty() {
                    out.push_with(v.ptr(item), "t1-other-pronouns", &[("count", found.len().to_string())]);
                    out.value(|| found.iter().map(|m| &v.text[m.start..m.end]).collect::<Vec<_>>().join(", "));
                }
            }
        }
    }
}
