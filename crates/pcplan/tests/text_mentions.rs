//! Names, pronouns and institutional labels (rules T1, T5) through the public API.

use pcplan::text::TextLanguage::{English, Spanish};
use pcplan::text::mentions::{self, PronounSet};

fn slices(text: &str, ranges: Vec<std::ops::Range<usize>>) -> Vec<&str> {
    ranges.into_iter().map(|r| &text[r]).collect()
}

#[test]
fn names_are_case_and_accent_insensitive_whole_words() {
    let t = "María met MARIA and maria; Mariana, Marias and Ana-Maria did not. Maria's dog.";
    assert_eq!(slices(t, mentions::find_name(t, "Maria")), ["María", "MARIA", "maria", "Maria"]);
    let t = "José y jose";
    assert_eq!(slices(t, mentions::find_name(t, "JOSÉ")).len(), 2);
    let t = "Mary  Ann\nSmith and Mary Smith";
    assert_eq!(slices(t, mentions::find_name(t, "Mary Ann")), ["Mary  Ann"]);
    assert!(mentions::find_name(t, "").is_empty());
    assert!(mentions::find_name(t, "  ").is_empty());
}

#[test]
fn pronoun_sets_parse() {
    assert_eq!(PronounSet::parse("she/her"), [PronounSet::She]);
    assert_eq!(PronounSet::parse("They/Them"), [PronounSet::They]);
    assert_eq!(PronounSet::parse("he/they"), [PronounSet::He, PronounSet::They]);
    assert_eq!(PronounSet::parse("él"), [PronounSet::He]);
    assert_eq!(PronounSet::parse("ella/ella"), [PronounSet::She]);
    assert_eq!(PronounSet::parse("elle"), [PronounSet::They]);
    assert!(PronounSet::parse("ze/zir").is_empty());
    assert!(PronounSet::parse("any pronouns").is_empty());
    assert!(PronounSet::parse("").is_empty());
}

#[test]
fn english_pronouns_other_than_the_persons() {
    let t = "She said he would help him with his and her bills; they agreed. Himself, herself.";
    let she = mentions::pronouns_other_than(t, "she/her", English);
    assert_eq!(slices(t, she.iter().map(|m| m.start..m.end).collect()), ["he", "him", "his", "Himself"]);
    assert!(she.iter().all(|m| m.set == PronounSet::He));
    let he = mentions::pronouns_other_than(t, "he/him", English);
    assert_eq!(slices(t, he.iter().map(|m| m.start..m.end).collect()), ["She", "her", "herself"]);
    // A person using they: he- and she-forms are flagged, they-forms are not.
    let they = mentions::pronouns_other_than(t, "they/them", English);
    assert_eq!(they.len(), 7);
    assert!(they.iter().all(|m| m.set != PronounSet::They));
    // she/they: only he-forms.
    assert_eq!(mentions::pronouns_other_than(t, "she/they", English).len(), 4);
    // Not understood: nothing.
    assert!(mentions::pronouns_other_than(t, "xe/xem", English).is_empty());
    // Whole words only, contractions split.
    let t = "The theme: hereby, he's here.";
    assert_eq!(
        slices(t, mentions::pronouns_other_than(t, "she", English).iter().map(|m| m.start..m.end).collect()),
        ["he"]
    );
}

#[test]
fn spanish_pronouns() {
    let t = "Él dijo que ella y elle vendrán con el médico.";
    let ella = mentions::pronouns_other_than(t, "ella", Spanish);
    assert_eq!(slices(t, ella.iter().map(|m| m.start..m.end).collect()), ["Él", "elle"]);
    let el = mentions::pronouns_other_than(t, "él", Spanish);
    assert_eq!(slices(t, el.iter().map(|m| m.start..m.end).collect()), ["ella", "elle"]);
    let elle = mentions::pronouns_other_than(t, "elle", Spanish);
    assert_eq!(slices(t, elle.iter().map(|m| m.start..m.end).collect()), ["Él", "ella"]);
    // English pronoun field applied to Spanish text.
    assert_eq!(mentions::pronouns_other_than(t, "she/her", Spanish).len(), 2);
}

#[test]
fn institutional_labels() {
    let t = "The client wants a job. THE  MEMBER\ncalled the member services line; the patient portal; \
             the individual plan; the individual prefers tea; a member of the team; the member of the family; \
             the participant's choice; the recipient; the consumer.";
    assert_eq!(
        slices(t, mentions::third_person_references(t, English)),
        ["The client", "THE  MEMBER", "the individual", "the participant", "the recipient", "the consumer"]
    );
    let t = "El paciente quiere trabajar. La usuaria vino. Habló con el miembro del equipo y del cliente; \
             la beneficiaria y al consumidor.";
    assert_eq!(
        slices(t, mentions::third_person_references(t, Spanish)),
        ["El paciente", "La usuaria", "del cliente", "la beneficiaria", "al consumidor"]
    );
}

#[test]
fn third_person_in_own_words() {
    let t = "Maria wants to live alone. She likes to cook. I want to see my friend Maria. Her goal is a job.";
    assert_eq!(slices(t, mentions::third_person_in_own_words(t, "Maria", "she/her", English)), ["Maria", "She", "Her"]);
    let t = "I want a job and Maria wants a dog. The client agrees.";
    assert_eq!(slices(t, mentions::third_person_in_own_words(t, "Maria", "she/her", English)), ["Maria", "The client"]);
    let t = "I want to live near my sister. I like dogs.";
    assert!(mentions::third_person_in_own_words(t, "Maria", "she/her", English).is_empty());
    // "They" at sentence start counts only for a person who uses they.
    let t = "They help me cook.";
    assert!(mentions::third_person_in_own_words(t, "Sam", "he/him", English).is_empty());
    assert_eq!(mentions::third_person_in_own_words(t, "Sam", "they/them", English).len(), 1);
    let t = "María quiere vivir sola. Ella cocina. Quiero ver a mi amiga María.";
    assert_eq!(slices(t, mentions::third_person_in_own_words(t, "Maria", "ella", Spanish)), ["María", "Ella"]);
}
