//! T4: strengths-based, person-first wording: flag deficit language and suggest alternatives.

use super::prelude::*;
use crate::text::lexicon;

/// T4 `strengths-based-language`.
pub(crate) struct StrengthsBasedLanguage;

static META: RuleMeta = RuleMeta {
    code: "T4",
    name: "strengths-based-language",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "Seed Strengths; person-first language guides cited in `pcplan::text::lexicon`",
    docs: RuleDocs {
        what: "The narrative written about the person (profile, needs, goal statements and steps, supports' \
               descriptions and delivery preferences, risks, backup plan, modifications, monitoring notes, \
               feedback from others; originals and translations, in English or Spanish) does not use phrases from \
               the deficit-language lexicon (\"suffers from\", \"wheelchair-bound\", \"non-compliant\", \
               \"refused\", \"sufre de\", \"se negó\"…). One finding per phrase per text, with the lexicon's \
               phrase and its suggested alternatives in the message. The person's own words are exempt: how they \
               describe themselves is theirs. The rule suggests; it never rewrites.",
        why: "A person-centered plan starts from what people like and admire about the person and uses \
              respectful, person-first language (seed, Strengths). Deficit wording (\"refused\", \"non-compliant\") \
              frames the person's choices as failures and follows them from plan to plan.",
        example: r#"{ "needs": [ { "id": "need-1", "category": "physical-health",
    "description": { "text": "Is wheelchair-bound and refused physical therapy.", "lang": "en" } } ] }"#,
        fix: "Describe what happened and what the person wants, in plain words: \"uses a wheelchair\", \"chose \
              not to go to physical therapy because…\". The message lists the suggested wording.",
    },
};

impl Rule for StrengthsBasedLanguage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (item, variants) in ctx.narrative().with_variants() {
            if !item.part.is_text_rule_part() || item.part.is_persons_words() {
                continue;
            }
            for v in variants {
                let Some(lang) = v.text_lang else { continue };
                let mut seen: Vec<&str> = Vec::new();
                for m in lexicon::scan_in(v.words(), lang) {
                    if seen.contains(&m.entry.id) {
                        continue;
                    }
                    seen.push(m.entry.id);
                    let avoid = m.entry.avoid.first().copied().unwrap_or(m.entry.id);
                    let suggest = m.entry.suggest.join("; ");
                    out.push_with(v.ptr(item), "t4-deficit-language", &[("avoid", avoid.into()), ("suggest", suggest)]);
                    out.value(|| v.text[m.start..m.end].to_owned());
                }
            }
        }
    }
}
