//! Shared by the process (P6) and text (T1–T5) rules: every free-text field of the plan's narrative with its
//! JSON Pointer, and a written-language comparison.

use std::sync::OnceLock;

use super::prelude::*;
use crate::model::pointer::Token;
use crate::text::{TextLanguage, Words};
use crate::validate::Finding;

/// Which part of the plan a narrative text belongs to; each rule picks the parts it looks at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
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
    pub(crate) fn is_text_rule_part(self) -> bool {
        !matches!(self, Part::SupportName | Part::Choice | Part::Housing)
    }

    /// Words quoted from the person (goal `ownWords`, the person's feedback), which are theirs to phrase.
    pub(crate) fn is_persons_words(self) -> bool {
        matches!(self, Part::OwnWords | Part::PersonFeedback)
    }
}

/// A JSON Pointer built from static keys and indices without allocating; written out (by
/// [`crate::model::pointer`]) only for a finding.
#[derive(Clone, Copy)]
pub(crate) struct Pointer {
    segments: [Token<'static>; 8],
    len: u8,
}

impl Pointer {
    /// The pointer made of `keys` (each a plain member name: no `/` or `~`).
    pub(crate) fn of(keys: &[&'static str]) -> Self {
        keys.iter().fold(Pointer { segments: [Token::Index(0); 8], len: 0 }, |p, k| p.key(k))
    }

    fn push(mut self, segment: Token<'static>) -> Self {
        let n = usize::from(self.len);
        assert!(n < self.segments.len(), "narrative pointers are at most 8 segments deep");
        self.segments[n] = segment;
        self.len += 1;
        self
    }

    /// This pointer followed by a member name.
    pub(crate) fn key(self, key: &'static str) -> Self {
        self.push(Token::Key(key))
    }

    /// This pointer followed by an array index.
    pub(crate) fn index(self, i: usize) -> Self {
        self.push(Token::Index(i))
    }
}

impl std::fmt::Display for Pointer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.segments[..usize::from(self.len)].iter().try_for_each(|t| write!(f, "{t}"))
    }
}

impl From<Pointer> for String {
    fn from(p: Pointer) -> String {
        p.to_string()
    }
}

/// One narrative text and where it is.
pub(crate) struct Item<'a> {
    /// JSON Pointer to the `LocalizedText` object.
    pub ptr: Pointer,
    pub text: &'a LocalizedText,
    pub part: Part,
    /// Its written forms in [`Narrative::variants`].
    variants: std::ops::Range<usize>,
}

/// One written form of a narrative text: the original or a translation.
pub(crate) struct Variant<'a> {
    /// `None` for the original, else the translation's index.
    translation: Option<usize>,
    pub text: &'a str,
    pub lang: &'a LanguageTag,
    /// The text checks' language, when they read it.
    pub text_lang: Option<TextLanguage>,
    words: OnceLock<Words<'a>>,
}

impl<'a> Variant<'a> {
    /// JSON Pointer to the string, under its item's: `…/text` or `…/translations/n/text`.
    pub(crate) fn ptr(&self, item: &Item<'_>) -> Pointer {
        match self.translation {
            None => item.ptr.key("text"),
            Some(k) => item.ptr.key("translations").index(k).key("text"),
        }
    }

    /// The text split into words, once for all the rules that read it.
    pub(crate) fn words(&self) -> &Words<'a> {
        self.words.get_or_init(|| Words::new(self.text))
    }
}

/// Every narrative text of a plan in document order, with its written forms; built once per validation and
/// shared by the rules (see [`Context::narrative`]).
pub(crate) struct Narrative<'a> {
    pub items: Vec<Item<'a>>,
    variants: Vec<Variant<'a>>,
}

impl<'a> Narrative<'a> {
    /// The written forms of an item: the original first, then each translation.
    pub(crate) fn variants(&self, item: &Item<'a>) -> &[Variant<'a>] {
        &self.variants[item.variants.clone()]
    }

    /// Every item with its written forms.
    pub(crate) fn with_variants(&self) -> impl Iterator<Item = (&Item<'a>, &[Variant<'a>])> {
        self.items.iter().map(|item| (item, self.variants(item)))
    }

    fn add(&mut self, ptr: Pointer, text: &'a LocalizedText, part: Part) {
        let from = self.variants.len();
        let variant = |translation: Option<usize>, text: &'a str, lang: &'a LanguageTag| Variant {
            translation,
            text,
            lang,
            text_lang: TextLanguage::from_langid(lang.langid()),
            words: OnceLock::new(),
        };
        self.variants.push(variant(None, &text.text, &text.lang));
        for (k, t) in text.translations.iter().enumerate() {
            self.variants.push(variant(Some(k), &t.text, &t.lang));
        }
        self.items.push(Item { ptr, text, part, variants: from..self.variants.len() });
    }

    /// Collects every narrative text of `plan`, in document order.
    pub(crate) fn new(plan: &'a Plan) -> Self {
        let p = &plan.profile;
        let profile = [
            ("likeAndAdmire", &p.like_and_admire),
            ("strengths", &p.strengths),
            ("interests", &p.interests),
            ("talents", &p.talents),
            ("importantTo", &p.important_to),
            ("howToSupport", &p.how_to_support),
            ("preferences", &p.preferences),
        ];
        // Sized for the usual parts up front: the items are large, and growing would copy them several times.
        let estimate = profile.iter().map(|(_, l)| l.len()).sum::<usize>()
            + plan.needs.len()
            + plan.goals.iter().map(|g| 2 + g.steps.len()).sum::<usize>()
            + 3 * (plan.supports.len() + plan.risks.len())
            + plan.monitoring.len()
            + plan.feedback.len();
        let mut n = Narrative { items: Vec::with_capacity(estimate), variants: Vec::with_capacity(estimate) };
        for (field, list) in profile {
            for (i, text) in list.iter().enumerate() {
                n.add(Pointer::of(&["profile", field]).index(i), text, Part::Profile);
            }
        }
        for (i, need) in plan.needs.iter().enumerate() {
            n.add(Pointer::of(&["needs"]).index(i).key("description"), &need.description, Part::Need);
        }
        for (i, goal) in plan.goals.iter().enumerate() {
            let at = Pointer::of(&["goals"]).index(i);
            if let Some(own) = &goal.own_words {
                n.add(at.key("ownWords"), own, Part::OwnWords);
            }
            n.add(at.key("statement"), &goal.statement, Part::GoalStatement);
            for (j, step) in goal.steps.iter().enumerate() {
                n.add(at.key("steps").index(j).key("description"), &step.description, Part::Step);
            }
        }
        for (i, s) in plan.supports.iter().enumerate() {
            let at = Pointer::of(&["supports"]).index(i);
            n.add(at.key("name"), &s.name, Part::SupportName);
            if let Some(t) = &s.description {
                n.add(at.key("description"), t, Part::SupportDescription);
            }
            if let Some(t) = &s.delivery_preferences {
                n.add(at.key("deliveryPreferences"), t, Part::SupportDelivery);
            }
        }
        for (i, r) in plan.risks.iter().enumerate() {
            let at = Pointer::of(&["risks"]).index(i);
            n.add(at.key("description"), &r.description, Part::Risk);
            if let Some(t) = &r.mitigation {
                n.add(at.key("mitigation"), t, Part::Risk);
            }
            if let Some(t) = &r.person_choice {
                n.add(at.key("personChoice"), t, Part::Risk);
            }
        }
        if let Some(b) = &plan.backup_plan {
            n.add(Pointer::of(&["backupPlan", "description"]), &b.description, Part::Backup);
            for (i, c) in b.contacts.iter().enumerate() {
                if let Some(t) = &c.when {
                    n.add(Pointer::of(&["backupPlan", "contacts"]).index(i).key("when"), t, Part::Backup);
                }
            }
        }
        if let Some(sc) = &plan.setting_choice {
            if let Some(t) = &sc.description {
                n.add(Pointer::of(&["settingChoice", "description"]), t, Part::Choice);
            }
            for (i, t) in sc.alternatives_considered.iter().enumerate() {
                n.add(Pointer::of(&["settingChoice", "alternativesConsidered"]).index(i), t, Part::Choice);
            }
        }
        if let Some(t) = plan.service_choice.as_ref().and_then(|c| c.reason_not_offered.as_ref()) {
            n.add(Pointer::of(&["serviceChoice", "reasonNotOffered"]), t, Part::Choice);
        }
        for (i, m) in plan.modifications.iter().enumerate() {
            let at = Pointer::of(&["modifications"]).index(i);
            n.add(at.key("right"), &m.right, Part::Modification);
            for (field, t) in m.required_items() {
                if let Some(t) = t {
                    n.add(at.key(field), t, Part::Modification);
                }
            }
        }
        if let Some(h) = &plan.program_sections.housing_support_plan {
            let base = Pointer::of(&["programSections", "housingSupportPlan"]);
            for (i, t) in h.barriers.iter().enumerate() {
                n.add(base.key("barriers").index(i), t, Part::Housing);
            }
            for (field, goals) in [("shortTermGoals", &h.short_term_goals), ("longTermGoals", &h.long_term_goals)] {
                for (i, g) in goals.iter().enumerate() {
                    n.add(base.key(field).index(i).key("text"), &g.text, Part::Housing);
                    if let Some(t) = &g.measure {
                        n.add(base.key(field).index(i).key("measure"), t, Part::Housing);
                    }
                }
            }
            for (i, t) in h.other_services.iter().enumerate() {
                n.add(base.key("otherServices").index(i), t, Part::Housing);
            }
        }
        for (i, m) in plan.monitoring.iter().enumerate() {
            n.add(Pointer::of(&["monitoring"]).index(i).key("note"), &m.note, Part::Monitoring);
        }
        for (i, f) in plan.feedback.iter().enumerate() {
            let part = if f.from == FeedbackSource::Person { Part::PersonFeedback } else { Part::Feedback };
            n.add(Pointer::of(&["feedback"]).index(i).key("text"), &f.text, part);
        }
        n
    }
}

pub(super) use crate::i18n::lang::same_written_language;

/// Whether `text` can be read in `lang`: written in it, or translated into it.
pub(super) fn readable_in(text: &LocalizedText, lang: &LanguageTag) -> bool {
    text.in_language(lang).is_some()
}

/// Lowers a finding to a warning when the rule runs as an error: for the secondary problems of rules whose
/// main problem is an error (P5, P6). The caller's severity override stays the ceiling.
pub(super) fn at_most_warning(finding: &mut Finding) {
    finding.severity = finding.severity.min(Severity::Warning);
}
