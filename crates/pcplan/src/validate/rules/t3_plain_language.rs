//! T3: plain language: a reading grade at or below the target, and no unexplained acronyms.

use std::collections::{BTreeMap, HashMap};

use super::narrative::{Item, Part, Pointer, Variant};
use super::prelude::*;
use crate::text::{TextLanguage, acronyms, readability};

/// T3 `plain-language`.
pub(crate) struct PlainLanguage;

static META: RuleMeta = RuleMeta {
    code: "T3",
    name: "plain-language",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "42 CFR 441.301(c)(1)(v), (c)(2)(vii), 435.905(b); Cal. Welf. & Inst. Code 14029.93",
    docs: RuleDocs {
        what: "(1) Reading grade of the plain-language parts — goal statements, steps and support descriptions \
               — in English (Flesch–Kincaid) or Spanish (Crawford), judged per passage as the document shows \
               them: a goal's statement, its steps and the descriptions of the supports linked to it (finding at \
               `/goals/n`); a support linked to no goal on its own (at `/supports/n/description`). Each language \
               (originals and translations) is judged separately; passages under 10 words are not judged. The \
               grade must be at or below the target: the person's own `language.readingGrade` when set, \
               otherwise `ValidateOptions::readability_grade` (default 6). Formulas are made for passages: on a \
               single sentence they swing by several grades, so single texts are not judged alone. (2) Acronyms: an all-capitals abbreviation such \
               as \"IHSS\" in the narrative (profile, needs, goals, supports, risks, backup plan, setting and \
               choice, modifications, housing plan, monitoring notes) that is never explained in a text of the \
               same language, as \"In-Home Supportive Services (IHSS)\" or \"IHSS (In-Home Supportive \
               Services)\". The person's own words and feedback are exempt. One finding per text.",
        why: "The plan must be written in plain language, understandable to the person (42 CFR 441.301(c)(1)(v), \
              (c)(2)(vii); 435.905(b)). California asks that Medi-Cal written materials be at or below a \
              sixth-grade reading level (Cal. WIC 14029.93). An unexplained acronym is a word the person cannot \
              look up.",
        example: r#"{ "goals": [ { "id": "goal-1", "expressedBy": "person", "status": "active",
    "statement": { "text": "Facilitate the individual's acquisition of independent budgeting competencies through ILS.", "lang": "en" } } ] }"#,
        fix: "Use short sentences and everyday words; say who does what. Write an abbreviation out the first time \
              it appears, with the short form after it in parentheses.",
    },
};

impl Rule for PlainLanguage {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        let target = plan.person.language.reading_grade.map_or(ctx.options.readability_grade, f32::from);

        // Reading grade, per passage: readability formulas are made for passages, and one short sentence
        // swings them by several grades. A goal's passage is what the document shows together: its statement,
        // its steps and the descriptions of the supports linked to it. A support linked to no goal is its own
        // passage. Each written language (originals and translations) is judged on its own.
        let passage_grade = |texts: &[&LocalizedText]| -> Vec<(TextLanguage, f32)> {
            let mut by_lang: BTreeMap<TextLanguage, readability::TextStats> = BTreeMap::new();
            for t in texts {
                let variants = std::iter::once((&t.lang, t.text.as_str()))
                    .chain(t.translations.iter().map(|tr| (&tr.lang, tr.text.as_str())));
                for (lang, text) in variants {
                    if let Some(l) = TextLanguage::from_langid(lang.langid()) {
                        *by_lang.entry(l).or_default() += readability::stats(text, l);
                    }
                }
            }
            by_lang.into_iter().filter_map(|(l, st)| st.readability(l).map(|r| (l, r.grade))).collect()
        };
        let mut report = |path: Pointer, texts: &[&LocalizedText]| {
            let worst =
                passage_grade(texts).into_iter().filter(|(_, g)| *g > target).max_by(|a, b| a.1.total_cmp(&b.1));
            if let Some((lang, grade)) = worst {
                out.push_with(
                    path,
                    "t3-reading-grade-too-high",
                    &[("grade", format!("{grade:.1}")), ("target", format!("{target}"))],
                );
                out.value(|| lang.code().to_owned());
            }
        };
        // Supports' descriptions by goal, in one pass (no goal × support scan).
        let goal_index: HashMap<&Id, usize> = plan.goals.iter().enumerate().map(|(i, g)| (&g.id, i)).collect();
        let mut linked: Vec<Vec<&LocalizedText>> = vec![Vec::new(); plan.goals.len()];
        for (i, support) in plan.supports.iter().enumerate() {
            let mut goals: Vec<usize> = support.goal_ids.iter().filter_map(|id| goal_index.get(id).copied()).collect();
            goals.sort_unstable();
            goals.dedup();
            match (&support.description, goals.is_empty()) {
                (Some(d), false) => goals.iter().for_each(|&g| linked[g].push(d)),
                (Some(d), true) => report(Pointer::of(&["supports"]).index(i).key("description"), &[d]),
                (None, _) => {}
            }
        }
        for (i, goal) in plan.goals.iter().enumerate() {
            let mut texts: Vec<&LocalizedText> = vec![&goal.statement];
            texts.extend(goal.steps.iter().map(|s| &s.description));
            texts.extend(&linked[i]);
            report(Pointer::of(&["goals"]).index(i), &texts);
        }

        // Acronyms, per written language: an explanation counts anywhere in texts of the same language.
        let mut by_lang: BTreeMap<&str, Vec<(&Item<'_>, &Variant<'_>)>> = BTreeMap::new();
        for (item, variants) in ctx.narrative().with_variants() {
            if item.part.is_persons_words() || item.part == Part::Feedback {
                continue;
            }
            for v in variants {
                by_lang.entry(v.lang.language()).or_default().push((item, v));
            }
        }
        let mut found: Vec<(String, Vec<&str>)> = Vec::new();
        for texts in by_lang.values() {
            let words: Vec<&crate::text::Words<'_>> = texts.iter().map(|(_, v)| v.words()).collect();
            let mut per_text: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
            for a in acronyms::unexplained_in(&words) {
                per_text.entry(a.text_index).or_default().push(&words[a.text_index].text()[a.start..a.end]);
            }
            found.extend(per_text.into_iter().map(|(i, list)| (texts[i].1.ptr(texts[i].0).to_string(), list)));
        }
        found.sort_by(|a, b| a.0.cmp(&b.0));
        for (path, list) in found {
            out.push_with(path, "t3-unexplained-acronym", &[("count", list.len().to_string())]);
            out.value(|| list.join(", "));
        }
    }
}
