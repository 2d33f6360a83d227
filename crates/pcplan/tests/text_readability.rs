//! Readability (rule T3) through the public API. Expected grades are computed by hand from dictionary syllable
//! counts with the published formulas; tolerance ±0.05 grade where the counts must match exactly.

use pcplan::text::TextLanguage::{English, Spanish};
use pcplan::text::readability::{self, Formula, MIN_WORDS, TextStats};

fn close(a: f32, b: f32, tol: f32) -> bool {
    (a - b).abs() <= tol
}

#[test]
fn english_easy_reference() {
    // 16 one-syllable words, 2 sentences: 0.39 × 8 + 11.8 × 1 − 15.59 = −0.67.
    let r =
        readability::grade_level("I want to live in my own home. I like to cook and walk my dog.", English).unwrap();
    assert_eq!((r.words, r.sentences, r.syllables), (16, 2, 16));
    assert_eq!(r.formula, Formula::FleschKincaid);
    assert!(close(r.grade, -0.67, 0.05), "{}", r.grade);
}

#[test]
fn english_hard_reference() {
    // The(1) individual(5) participates(4) in(1) comprehensive(4) medication(4) planning(2) with(1) the(1)
    // interdisciplinary(7) team(1): 11 words, 31 syllables, 1 sentence.
    // 0.39 × 11 + 11.8 × 31/11 − 15.59 = 21.95.
    let text = "The individual participates in comprehensive medication planning with the interdisciplinary team.";
    let r = readability::grade_level(text, English).unwrap();
    assert_eq!((r.words, r.sentences, r.syllables), (11, 1, 31));
    assert!(close(r.grade, 21.95, 0.05), "{}", r.grade);
}

#[test]
fn spanish_easy_reference() {
    // me(1) gus-ta(2) co-ci-nar(3) | quie-ro(2) vi-vir(2) cer-ca(2) de(1) mi(1) her-ma-na(3) y(1) ver-la(2) a(1)
    // me-nu-do(3): 13 words, 24 syllables, 2 sentences.
    // Crawford: −0.205 × (200/13) + 0.049 × (2400/13) − 3.407 = 2.485.
    let r = readability::grade_level("Me gusta cocinar. Quiero vivir cerca de mi hermana y verla a menudo.", Spanish)
        .unwrap();
    assert_eq!((r.words, r.sentences, r.syllables), (13, 2, 24));
    assert_eq!(r.formula, Formula::Crawford);
    assert!(close(r.grade, 2.485, 0.05), "{}", r.grade);
}

#[test]
fn spanish_hard_reference() {
    // la(1) co-or-di-na-ción(5) in-te-rins-ti-tu-cio-nal(7) ga-ran-ti-za(4) la(1) con-ti-nui-dad(4)
    // a-sis-ten-cial(4) de(1) los(1) be-ne-fi-cia-rios(5) con(1) ne-ce-si-da-des(5) com-ple-jas(3):
    // 13 words, 42 syllables, 1 sentence. Crawford: −0.205 × (100/13) + 0.049 × (4200/13) − 3.407 = 10.847.
    let text = "La coordinación interinstitucional garantiza la continuidad asistencial de los beneficiarios con necesidades complejas.";
    let r = readability::grade_level(text, Spanish).unwrap();
    assert_eq!((r.words, r.sentences, r.syllables), (13, 1, 42));
    assert!(close(r.grade, 10.847, 0.05), "{}", r.grade);
}

#[test]
fn plain_text_scores_below_sixth_grade_and_jargon_above() {
    let plain = "I live with my mom. I want a job at the store. My friend Ana helps me take the bus. \
                 I like to draw and sing. I want to save money for a trip.";
    assert!(readability::grade_level(plain, English).unwrap().grade < 6.0);
    let jargon = "Participant demonstrates intermittent noncompliance with individualized behavioral \
                  interventions, necessitating comprehensive interdisciplinary reassessment.";
    assert!(readability::grade_level(jargon, English).unwrap().grade > 12.0);
}

#[test]
fn too_short_is_none() {
    assert!(readability::grade_level("I want a job.", English).is_none());
    assert!(readability::grade_level("", Spanish).is_none());
    let nine = "one two three four five six seven eight nine";
    assert_eq!(readability::stats(nine, English).words, MIN_WORDS - 1);
    assert!(readability::grade_level(nine, English).is_none());
}

#[test]
fn abbreviations_decimals_and_lists() {
    let s = readability::stats("Dr. Lee and Sra. Gómez met at 3.5 p.m. on Monday. Then Mr. J. Smith called!", English);
    assert_eq!(s.sentences, 2);
    let s = readability::stats("Goals:\n- Cook dinner\n- Ride the bus\n\nShe wrote this\nall by herself.", English);
    assert_eq!(s.sentences, 4);
    let s = readability::stats("1) buscar trabajo\n2) aprender a cocinar", Spanish);
    assert_eq!((s.words, s.sentences), (5, 2));
}

#[test]
fn stats_add_up() {
    let a = readability::stats("I like to draw.", English);
    let b = readability::stats("I want a job at the store near my home.", English);
    let sum = a + b;
    assert_eq!(sum, TextStats { words: a.words + b.words, sentences: 2, syllables: a.syllables + b.syllables });
    let mut acc = TextStats::default();
    acc += a;
    acc += b;
    assert_eq!(acc.readability(English), sum.readability(English));
    assert!(sum.readability(English).is_some());
}
