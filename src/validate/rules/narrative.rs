//! Shared by the process (P6) and text (T1–T5) rules: every free-text field of the plan's narrative with its
//! JSON Pointer, and a written-language comparison.

use unic_langid::LanguageIdentifier;

use super::prelude::*;
use crate::validate::Finding;

/// Which part of the plan a narrative text belongs to; each rule picks the parts it looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Part {
    /// `profile.*[n]`.
    Profile,
    /// `needs[n].description`.
    Need,
    /// `goals[n].statement`.
    GoalStatement,
    /// `goals[n].ownWords`: verbatim, the person's words.
    OwnWords,
    /// `goals[n].steps[m].description`.
    Step,
    /// `supports[n].name`.
    SupportName,
    /// `supports[n].description`.
    SupportDescription,
    /// `supports[n].deliveryPreferences`.
    SupportDelivery,
    /// `risks[n].description`, `.mitigation`, `.personChoice`.
    Risk,
    /// `backupPlan.description`, `.contacts[n].when`.
    Backup,
    /// `settingChoice.description`, `.alternativesConsidered[n]`, `serviceChoice.reasonNotOffered`.
    Choice,
    /// `modifications[n]`: the right and its eight items.
    Modification,
    /// `programSections.housingSupportPlan`.
    Housing,
    /// `monitoring[n].note`.
    Monitoring,
    /// `feedback[n].text` from someone other than the person.
    Feedback,
    /// `feedback[n].text` from the person: their own words.
    PersonFeedback,
}

impl Part {
    /// The parts the text rules (T1–T5) read: the narrative written about and for the person, their own words,
    /// monitoring notes and feedback (not support names, setting and service choice, or the housing plan).
    pub(super) fn is_text_rule_part(self) -> bool {
        !matches!(self, Part::SupportName | Part::Choice | Part::Housing)
    }

    /// Words quoted from the person (goal `ownWords`, the person's feedback), which are theirs to phrase.
    pub(super) fn is_persons_words(self) -> bool {
        matches!(self, Part::OwnWords | Part::PersonFeedback)
    }
}

/// One narrative text and where it is.
pub(super) struct Narrative<'a> {
    /// JSON Pointer to the `LocalizedText` object.
    pub path: String,
    pub text: &'a LocalizedText,
    pub part: Part,
}

/// Every narrative text in document order.
pub(super) fn narrative(plan: &Plan) -> Vec<Narrative<'_>> {
    let mut items: Vec<Narrative<'_>> = Vec::new();
    let p = &plan.profile;
    for (field, list) in [
        ("likeAndAdmire", &p.like_and_admire),
        ("strengths", &p.strengths),
        ("interests", &p.interests),
        ("talents", &p.talents),
        ("importantTo", &p.important_to),
        ("howToSupport", &p.how_to_support),
        ("preferences", &p.preferences),
    ] {
        for (i, text) in list.iter().enumerate() {
            items.push(Narrative { path: format!("/profile/{field}/{i}"), text, part: Part::Profile });
        }
    }
    for (i, need) in plan.needs.iter().enumerate() {
        items.push(Narrative { path: format!("/needs/{i}/description"), text: &need.description, part: Part::Need });
    }
    for (i, goal) in plan.goals.iter().enumerate() {
        if let Some(own) = &goal.own_words {
            items.push(Narrative { path: format!("/goals/{i}/ownWords"), text: own, part: Part::OwnWords });
        }
        items.push(Narrative {
            path: format!("/goals/{i}/statement"),
            text: &goal.statement,
            part: Part::GoalStatement,
        });
        for (j, step) in goal.steps.iter().enumerate() {
            items.push(Narrative {
                path: format!("/goals/{i}/steps/{j}/description"),
                text: &step.description,
                part: Part::Step,
            });
        }
    }
    for (i, s) in plan.supports.iter().enumerate() {
        items.push(Narrative { path: format!("/supports/{i}/name"), text: &s.name, part: Part::SupportName });
        if let Some(t) = &s.description {
            items.push(Narrative {
                path: format!("/supports/{i}/description"),
                text: t,
                part: Part::SupportDescription,
            });
        }
        if let Some(t) = &s.delivery_preferences {
            items.push(Narrative {
                path: format!("/supports/{i}/deliveryPreferences"),
                text: t,
                part: Part::SupportDelivery,
            });
        }
    }
    for (i, r) in plan.risks.iter().enumerate() {
        items.push(Narrative { path: format!("/risks/{i}/description"), text: &r.description, part: Part::Risk });
        if let Some(t) = &r.mitigation {
            items.push(Narrative { path: format!("/risks/{i}/mitigation"), text: t, part: Part::Risk });
        }
        if let Some(t) = &r.person_choice {
            items.push(Narrative { path: format!("/risks/{i}/personChoice"), text: t, part: Part::Risk });
        }
    }
    if let Some(b) = &plan.backup_plan {
        items.push(Narrative { path: "/backupPlan/description".into(), text: &b.description, part: Part::Backup });
        for (i, c) in b.contacts.iter().enumerate() {
            if let Some(t) = &c.when {
                items.push(Narrative { path: format!("/backupPlan/contacts/{i}/when"), text: t, part: Part::Backup });
            }
        }
    }
    if let Some(sc) = &plan.setting_choice {
        if let Some(t) = &sc.description {
            items.push(Narrative { path: "/settingChoice/description".into(), text: t, part: Part::Choice });
        }
        for (i, t) in sc.alternatives_considered.iter().enumerate() {
            items.push(Narrative {
                path: format!("/settingChoice/alternativesConsidered/{i}"),
                text: t,
                part: Part::Choice,
            });
        }
    }
    if let Some(t) = plan.service_choice.as_ref().and_then(|c| c.reason_not_offered.as_ref()) {
        items.push(Narrative { path: "/serviceChoice/reasonNotOffered".into(), text: t, part: Part::Choice });
    }
    for (i, m) in plan.modifications.iter().enumerate() {
        items.push(Narrative { path: format!("/modifications/{i}/right"), text: &m.right, part: Part::Modification });
        for (field, t) in m.required_items() {
            if let Some(t) = t {
                items.push(Narrative {
                    path: format!("/modifications/{i}/{field}"),
                    text: t,
                    part: Part::Modification,
                });
            }
        }
    }
    if let Some(h) = &plan.program_sections.housing_support_plan {
        let base = "/programSections/housingSupportPlan";
        for (i, t) in h.barriers.iter().enumerate() {
            items.push(Narrative { path: format!("{base}/barriers/{i}"), text: t, part: Part::Housing });
        }
        for (field, goals) in [("shortTermGoals", &h.short_term_goals), ("longTermGoals", &h.long_term_goals)] {
            for (i, g) in goals.iter().enumerate() {
                items.push(Narrative { path: format!("{base}/{field}/{i}/text"), text: &g.text, part: Part::Housing });
                if let Some(t) = &g.measure {
                    items.push(Narrative { path: format!("{base}/{field}/{i}/measure"), text: t, part: Part::Housing });
                }
            }
        }
        for (i, t) in h.other_services.iter().enumerate() {
            items.push(Narrative { path: format!("{base}/otherServices/{i}"), text: t, part: Part::Housing });
        }
    }
    for (i, m) in plan.monitoring.iter().enumerate() {
        items.push(Narrative { path: format!("/monitoring/{i}/note"), text: &m.note, part: Part::Monitoring });
    }
    for (i, f) in plan.feedback.iter().enumerate() {
        let part = if f.from == FeedbackSource::Person { Part::PersonFeedback } else { Part::Feedback };
        items.push(Narrative { path: format!("/feedback/{i}/text"), text: &f.text, part });
    }
    items
}

/// One written form of a narrative text: the original or a translation.
pub(super) struct Variant<'a> {
    /// JSON Pointer to the string: `…/text` or `…/translations/n/text`.
    pub path: String,
    pub text: &'a str,
    pub lang: &'a LanguageTag,
}

impl Narrative<'_> {
    /// The original text and each translation, with their own paths.
    pub(super) fn variants(&self) -> Vec<Variant<'_>> {
        let mut out =
            vec![Variant { path: format!("{}/text", self.path), text: &self.text.text, lang: &self.text.lang }];
        for (k, t) in self.text.translations.iter().enumerate() {
            out.push(Variant { path: format!("{}/translations/{k}/text", self.path), text: &t.text, lang: &t.lang });
        }
        out
    }
}

/// Language subtags that name the same written language in agencies' systems.
const ALIASES: &[(&str, &str)] = &[("tl", "fil"), ("mww", "hmn"), ("iw", "he"), ("in", "id")];

fn canonical_language(lang: &LanguageIdentifier) -> &str {
    let l = lang.language.as_str();
    ALIASES.iter().find(|(from, _)| *from == l).map_or(l, |(_, to)| to)
}

/// The script a tag names: explicit, or implied by a Chinese region (zh-TW is Traditional, zh-CN Simplified).
fn script(lang: &LanguageIdentifier) -> Option<&str> {
    if let Some(s) = &lang.script {
        return Some(s.as_str());
    }
    if lang.language.as_str() != "zh" {
        return None;
    }
    match lang.region.as_ref().map(|r| r.as_str()) {
        Some("TW" | "HK" | "MO") => Some("Hant"),
        Some("CN" | "SG" | "MY") => Some("Hans"),
        _ => None,
    }
}

/// Whether two tags name the same written language: the language (with common aliases) and, when both name
/// one, the script agree; the region does not matter for reading.
pub(super) fn same_written_language(a: &LanguageIdentifier, b: &LanguageIdentifier) -> bool {
    canonical_language(a) == canonical_language(b)
        && match (script(a), script(b)) {
            (Some(x), Some(y)) => x == y,
            _ => true,
        }
}

/// Whether `text` can be read in `lang`: written in it, or translated into it.
pub(super) fn readable_in(text: &LocalizedText, lang: &LanguageTag) -> bool {
    text.in_language(lang).is_some()
        || same_written_language(text.lang.langid(), lang.langid())
        || text.translations.iter().any(|t| same_written_language(t.lang.langid(), lang.langid()))
}

/// Lowers a finding to a warning when the rule runs as an error: for the secondary problems of rules whose
/// main problem is an error (P5, P6). The caller's severity override stays the ceiling.
pub(super) fn at_most_warning(finding: &mut Finding) {
    finding.severity = finding.severity.min(Severity::Warning);
}
