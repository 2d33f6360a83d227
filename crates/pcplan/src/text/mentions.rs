//! How the person is referred to: names, pronouns and institutional labels (rules T1 and T5).
//!
//! - [`find_name`]: a name, as whole words, **case- and accent-insensitively** ("maria" and "MARÍA" match
//!   "María"; names are often typed without accents, and the check should not miss them). Caveat: a name that
//!   is also a common word ("Hope", "Will") matches that word too.
//! - [`pronouns_other_than`]: third-person personal pronouns from another standard set than the person's.
//! - [`third_person_references`]: "the client", "el paciente"… where the person's name belongs.
//! - [`third_person_in_own_words`]: own-words text that speaks of the person in the third person.
//!
//! None of these can tell whom a word refers to: "her mother" in a note about a man is flagged. They are
//! warnings for a reviewer, to be run on text written about the person.

use std::ops::Range;
use std::sync::LazyLock;

use super::TextLanguage;
use super::matcher::Matcher;
use super::tokens::{Gap, WordShapes, Words};

pub use crate::model::PronounSet;

impl PronounSet {
    /// The standard sets named in a pronouns field such as "she/her", "they/them", "he/they", "él", "ella/ella",
    /// "elle" (English or Spanish forms, any case, separated by `/`, `,`, spaces…; also Arabic هو/هي and Chinese
    /// 他/她, so version-1 plans' pronouns migrate to sets). A bare "el" counts as "él" there. Unknown words are
    /// ignored; an empty result means the field could not be understood (including neopronouns such as
    /// "xe/xem", "any pronouns" or "use my name").
    ///
    /// ```
    /// use pcplan::text::mentions::PronounSet;
    ///
    /// assert_eq!(PronounSet::parse("He/Him"), vec![PronounSet::He]);
    /// assert_eq!(PronounSet::parse("ella, elle"), vec![PronounSet::She, PronounSet::They]);
    /// ```
    pub fn parse(pronouns: &str) -> Vec<PronounSet> {
        let mut out = Vec::new();
        let words = Words::new(pronouns);
        for i in 0..words.len() {
            let set = match words.folded(i) {
                "he" | "him" | "his" | "himself" | "el" => PronounSet::He,
                "she" | "her" | "hers" | "herself" | "ella" => PronounSet::She,
                "they" | "them" | "their" | "theirs" | "themself" | "themselves" | "elle" | "elles" => PronounSet::They,
                "هو" | "他" => PronounSet::He,
                "هي" | "她" => PronounSet::She,
                _ => continue,
            };
            if !out.contains(&set) {
                out.push(set);
            }
        }
        out.sort();
        out
    }
}

/// A pronoun from another set than the person's: byte range and the set it belongs to.
///
/// ```
/// use pcplan::text::{TextLanguage, mentions};
///
/// let text = "He went home.";
/// let m = mentions::pronouns_other_than(text, "she/her", TextLanguage::English)[0];
/// assert_eq!((&text[m.start..m.end], m.set), ("He", mentions::PronounSet::He));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PronounMatch {
    /// Byte offset of the pronoun.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
    /// The set it belongs to.
    pub set: PronounSet,
}

/// English third-person pronoun forms (folded) and their sets.
const EN_PRONOUNS: &[(&str, PronounSet)] = &[
    ("he", PronounSet::He),
    ("him", PronounSet::He),
    ("his", PronounSet::He),
    ("himself", PronounSet::He),
    ("she", PronounSet::She),
    ("her", PronounSet::She),
    ("hers", PronounSet::She),
    ("herself", PronounSet::She),
    ("they", PronounSet::They),
    ("them", PronounSet::They),
    ("their", PronounSet::They),
    ("theirs", PronounSet::They),
    ("themself", PronounSet::They),
    ("themselves", PronounSet::They),
];

static EN_PRONOUN_SHAPES: WordShapes = WordShapes::of_keys(EN_PRONOUNS);

/// The set of an English pronoun form (folded).
fn en_pronoun(folded: &str) -> Option<PronounSet> {
    if !EN_PRONOUN_SHAPES.may_contain(folded) {
        return None;
    }
    EN_PRONOUNS.iter().find(|(form, _)| *form == folded).map(|(_, set)| *set)
}

/// The set of the `i`-th word as a Spanish subject pronoun (accent required on "él": "el" is the article).
fn es_pronoun(words: &Words<'_>, i: usize) -> Option<PronounSet> {
    match words.folded(i) {
        "el" if words.written(i).chars().flat_map(char::to_lowercase).eq("él".chars()) => Some(PronounSet::He),
        "ella" => Some(PronounSet::She),
        "elle" | "elles" => Some(PronounSet::They),
        _ => None,
    }
}

fn pronoun_of(words: &Words<'_>, i: usize, lang: TextLanguage) -> Option<PronounSet> {
    match lang {
        TextLanguage::English => en_pronoun(words.folded(i)),
        TextLanguage::Spanish => es_pronoun(words, i),
    }
}

/// Third-person personal pronouns in `text` that belong to another standard set than the person's
/// (`person_pronouns` as in [`PronounSet::parse`]).
///
/// English sets: he/him/his/himself, she/her/hers/herself, they/them/their/theirs/themself/themselves ("her" is
/// both object and possessive; both are she-forms). Spanish: él, ella, elle (object clitics "lo/la/le" and the
/// possessive "su" are shared or ambiguous and never flagged; "ellos/ellas" are plural).
///
/// Because English "they" may refer to a group, they-forms are **not** flagged for a person using he or she;
/// Spanish "elle" is singular and is flagged. For a person using they (or elle), he- and she-forms are flagged.
/// If the pronouns field cannot be understood, nothing is reported.
///
/// ```
/// use pcplan::text::{TextLanguage, mentions};
///
/// let en = "She said they would call him.";
/// assert_eq!(mentions::pronouns_other_than(en, "she/her", TextLanguage::English).len(), 1); // "him"
/// assert_eq!(mentions::pronouns_other_than(en, "they/them", TextLanguage::English).len(), 2); // "She", "him"
/// let es = "Ella dijo que él vendrá.";
/// assert_eq!(mentions::pronouns_other_than(es, "ella", TextLanguage::Spanish).len(), 1);
/// ```
pub fn pronouns_other_than(text: &str, person_pronouns: &str, lang: TextLanguage) -> Vec<PronounMatch> {
    pronouns_other_than_in(&Words::new(text), &PronounSet::parse(person_pronouns), lang)
}

/// [`pronouns_other_than`] on a text already split into [`Words`], with the person's sets already parsed.
///
/// ```
/// use pcplan::text::{TextLanguage, Words, mentions::{self, PronounSet}};
///
/// let words = Words::new("He went home.");
/// assert_eq!(mentions::pronouns_other_than_in(&words, &[PronounSet::She], TextLanguage::English).len(), 1);
/// ```
pub fn pronouns_other_than_in(words: &Words<'_>, own: &[PronounSet], lang: TextLanguage) -> Vec<PronounMatch> {
    if own.is_empty() {
        return Vec::new();
    }
    let binary_only = !own.contains(&PronounSet::They);
    let tokens = words.tokens();
    (0..words.len())
        .filter_map(|i| {
            let set = pronoun_of(words, i, lang)?;
            let ambiguous_they = set == PronounSet::They && binary_only && lang == TextLanguage::English;
            (!own.contains(&set) && !ambiguous_they).then_some(PronounMatch {
                start: tokens[i].start,
                end: tokens[i].end,
                set,
            })
        })
        .collect()
}

/// Whether the gap before a token glues it to the previous word (a hyphen or apostrophe alone).
fn glued(text: &str, prev_end: usize, start: usize) -> bool {
    let gap = &text[prev_end..start];
    let mut cs = gap.chars();
    matches!((cs.next(), cs.next()), (Some('-' | '\u{2010}' | '\u{2011}' | '\'' | '’'), None))
}

fn name_matches(words: &Words<'_>, name: &Words<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if name.is_empty() {
        return out;
    }
    let (text, tokens) = (words.text(), words.tokens());
    let first = name.folded(0);
    for i in 0..tokens.len() {
        if words.folded(i) != first {
            continue;
        }
        let last = i + name.len() - 1;
        if last >= tokens.len() {
            break;
        }
        let rest_ok = (1..name.len()).all(|k| {
            let t = &tokens[i + k];
            words.fold_of(t) == name.folded(k) && (t.gap.joins() || glued(text, tokens[i + k - 1].end, t.start))
        });
        if !rest_ok {
            continue;
        }
        if i > 0 && glued(text, tokens[i - 1].end, tokens[i].start) {
            continue;
        }
        if tokens.get(last + 1).is_some_and(|n| n.gap == (Gap::Hyphen { attached: true })) {
            continue;
        }
        out.push((i, last));
    }
    out
}

/// Where `name` occurs in `text` as whole words, case- and accent-insensitively ("Maria" finds "maría"); a
/// several-word name ("Mary Ann") may be split by any white space. A part of a hyphenated or apostrophized word
/// is not a match ("Ann" in "Mary-Ann"), but a possessive is ("María's"). Linear in `text` length for a given name.
///
/// ```
/// use pcplan::text::mentions;
///
/// let text = "MARÍA likes maria's garden; Mariana and Ana-Maria do not count.";
/// let found: Vec<&str> = mentions::find_name(text, "Maria").into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["MARÍA", "maria"]);
/// ```
pub fn find_name(text: &str, name: &str) -> Vec<Range<usize>> {
    find_name_in(&Words::new(text), &Words::new(name))
}

/// [`find_name`] on a text and a name already split into [`Words`].
///
/// ```
/// use pcplan::text::{Words, mentions};
///
/// let name = Words::new("Mary Ann");
/// assert_eq!(mentions::find_name_in(&Words::new("Ask mary\nann first."), &name), [4..12]);
/// ```
pub fn find_name_in(words: &Words<'_>, name: &Words<'_>) -> Vec<Range<usize>> {
    let tokens = words.tokens();
    name_matches(words, name).into_iter().map(|(a, b)| tokens[a].start..tokens[b].end).collect()
}

const MEMBER_NOUNS: &str = "services|service|portal|handbook|id|number|card|record|records|file|files|agreement|rights|advocate|liaison|education|satisfaction|experience|population|base|list|data|information|survey|surveys|centered|centred|care|support|facing|feedback|engagement|grievance|appeal|appeals|account|profile|outreach|materials";

static EN_LABELS: LazyLock<Matcher> = LazyLock::new(|| {
    let mut m = Matcher::default();
    m.add(0, &format!("the client|consumer|patient|participant|recipient|beneficiary !{MEMBER_NOUNS}"));
    m.add(0, &format!("the member !of|{MEMBER_NOUNS}"));
    m.add(
        0,
        &format!(
            "the individual !{MEMBER_NOUNS}|plan|plans|goal|goals|needs|service|budget|level|basis|session|sessions|therapy|counseling|assessment|meeting|meetings|health|program|programs|provider|providers|and|or|placement|choice|choices|preferences"
        ),
    );
    m
});

static ES_LABELS: LazyLock<Matcher> = LazyLock::new(|| {
    let mut m = Matcher::default();
    m.add(0, "el|la|al|del cliente|consumidor|consumidora|paciente|participante|usuario|usuaria|beneficiario|beneficiaria !de|del|frecuente");
    m.add(0, "el|la|al|del miembro !de|del");
    m
});

/// Institutional labels used for the person where their name belongs (rule T5).
///
/// English: "the client", "the consumer", "the member", "the patient", "the individual", "the participant",
/// "the recipient", "the beneficiary" (not when used as a modifier: "the member services line", "the client
/// file", "the individual plan"; not "the member of the team"). Spanish: "el/la/al/del" + "cliente",
/// "consumidor/a", "miembro", "paciente", "participante", "usuario/a", "beneficiario/a" (not "el miembro del
/// equipo", "el usuario de silla de ruedas"). Case- and accent-insensitive, whole words, any white space between.
///
/// ```
/// use pcplan::text::{TextLanguage, mentions};
///
/// let text = "The client wants to work. Call the member services line.";
/// let found: Vec<&str> = mentions::third_person_references(text, TextLanguage::English).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["The client"]);
/// ```
pub fn third_person_references(text: &str, lang: TextLanguage) -> Vec<Range<usize>> {
    third_person_references_in(&Words::new(text), lang)
}

/// [`third_person_references`] on a text already split into [`Words`].
///
/// ```
/// use pcplan::text::{TextLanguage, Words, mentions};
///
/// assert_eq!(mentions::third_person_references_in(&Words::new("La usuaria llegó."), TextLanguage::Spanish), [0..10]);
/// ```
pub fn third_person_references_in(words: &Words<'_>, lang: TextLanguage) -> Vec<Range<usize>> {
    let m = match lang {
        TextLanguage::English => &*EN_LABELS,
        TextLanguage::Spanish => &*ES_LABELS,
    };
    let tokens = words.tokens();
    m.find(words).into_iter().map(|x| tokens[x.first].start..tokens[x.last].end).collect()
}

const EN_VERBS: &[&str] = &[
    "wants",
    "wanted",
    "needs",
    "needed",
    "likes",
    "liked",
    "loves",
    "enjoys",
    "prefers",
    "preferred",
    "would",
    "will",
    "is",
    "was",
    "has",
    "had",
    "feels",
    "felt",
    "says",
    "said",
    "states",
    "stated",
    "reports",
    "reported",
    "hopes",
    "plans",
    "does",
    "doesn",
    "can",
    "could",
    "should",
    "gets",
    "goes",
    "lives",
    "works",
    "thinks",
    "believes",
    "wishes",
    "shared",
    "shares",
    "expressed",
    "expresses",
    "identified",
    "chose",
    "chooses",
];
const ES_VERBS: &[&str] = &[
    "quiere", "queria", "quisiera", "necesita", "desea", "deseaba", "prefiere", "disfruta", "ama", "le", "dice",
    "dijo", "siente", "tiene", "es", "esta", "va", "vive", "trabaja", "piensa", "cree", "espera", "puede", "podria",
    "no", "se", "expreso", "comento", "comparte", "menciono", "indico", "eligio", "elige",
];

/// Where own-words text (a goal "in the person's words") speaks of the person in the third person (rule T5):
/// - the preferred name at the start of a sentence ("Maria wants…", "Maria's goal…") or followed by a
///   third-person verb ("…and Maria wants…", "…y María quiere…");
/// - one of the person's own subject or possessive pronouns at the start of a sentence ("She wants…", "Her goal
///   is…", "Ella quiere…"; Spanish only the subject pronouns él/ella/elle, since "su" is also "your"); "they"
///   only for a person who uses they (it may also mean a group);
/// - any [`third_person_references`] ("the client wants…").
///
/// `pronouns` is read as in [`PronounSet::parse`]; if it cannot be understood, only names and labels are checked.
/// Ranges are sorted and do not overlap.
///
/// ```
/// use pcplan::text::{TextLanguage, mentions};
///
/// let lang = TextLanguage::English;
/// assert_eq!(mentions::third_person_in_own_words("Maria wants to cook. She likes soup.", "Maria", "she/her", lang).len(), 2);
/// assert!(mentions::third_person_in_own_words("I want to cook with my friend Maria.", "Maria", "she/her", lang).is_empty());
/// ```
pub fn third_person_in_own_words(
    text: &str,
    preferred_name: &str,
    pronouns: &str,
    lang: TextLanguage,
) -> Vec<Range<usize>> {
    third_person_in_own_words_in(&Words::new(text), &Words::new(preferred_name), &PronounSet::parse(pronouns), lang)
}

/// [`third_person_in_own_words`] on a text and a name already split into [`Words`], with the person's pronoun
/// sets already parsed.
///
/// ```
/// use pcplan::text::{TextLanguage, Words, mentions::{self, PronounSet}};
///
/// let name = Words::new("Maria");
/// let found = mentions::third_person_in_own_words_in(&Words::new("She likes soup."), &name, &[PronounSet::She], TextLanguage::English);
/// assert_eq!(found, [0..3]);
/// ```
pub fn third_person_in_own_words_in(
    words: &Words<'_>,
    preferred_name: &Words<'_>,
    own: &[PronounSet],
    lang: TextLanguage,
) -> Vec<Range<usize>> {
    let tokens = words.tokens();
    let mut out: Vec<Range<usize>> = Vec::new();
    let verbs = match lang {
        TextLanguage::English => EN_VERBS,
        TextLanguage::Spanish => ES_VERBS,
    };
    for (a, b) in name_matches(words, preferred_name) {
        let next_is_verb = tokens.get(b + 1).is_some_and(|n| n.gap.joins() && verbs.contains(&words.fold_of(n)));
        if tokens[a].sentence_start || next_is_verb {
            out.push(tokens[a].start..tokens[b].end);
        }
    }
    for (i, tok) in tokens.iter().enumerate().filter(|(_, t)| t.sentence_start) {
        let set = match lang {
            TextLanguage::English => match words.folded(i) {
                "he" | "his" => Some(PronounSet::He),
                "she" | "her" => Some(PronounSet::She),
                "they" | "their" => Some(PronounSet::They),
                _ => None,
            },
            TextLanguage::Spanish => es_pronoun(words, i),
        };
        if set.is_some_and(|s| own.contains(&s)) {
            out.push(tok.start..tok.end);
        }
    }
    out.extend(third_person_references_in(words, lang));
    out.sort_by_key(|r| (r.start, r.end));
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        match merged.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}
