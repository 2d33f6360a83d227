//! Arbitrary input never panics and every returned range is on char boundaries, within the text.

use pcplan::text::TextLanguage::{self, English, Spanish};
use pcplan::text::{acronyms, lexicon, mentions, readability};
use proptest::prelude::*;

fn on_boundaries(text: &str, start: usize, end: usize) -> bool {
    start <= end && end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end)
}

fn pieces() -> impl Strategy<Value = String> {
    // Mix arbitrary Unicode with words the checks look for, so matches actually happen.
    let words = prop::sample::select(vec![
        "refused ",
        "Sufre de ",
        "the client ",
        "María ",
        "él ",
        "she ",
        "ECM ",
        "(ECM) ",
        "Dr. ",
        "3.5 ",
        "\n- ",
        "clean UA ",
        "víctima de un derrame ",
        "non-compliant ",
        "Ñ",
        "́",
        "'s ",
        "-",
        "...",
        "ﬁ",
        "İ",
    ]);
    prop::collection::vec(prop_oneof![any::<String>(), words.prop_map(str::to_string)], 0..24).prop_map(|v| v.concat())
}

fn check(text: &str, lang: TextLanguage) {
    for m in lexicon::scan(text, lang) {
        assert!(on_boundaries(text, m.start, m.end));
    }
    for r in mentions::find_name(text, "María José") {
        assert!(on_boundaries(text, r.start, r.end));
    }
    for p in mentions::pronouns_other_than(text, "she/her", lang) {
        assert!(on_boundaries(text, p.start, p.end));
    }
    for p in mentions::pronouns_other_than(text, "they", lang) {
        assert!(on_boundaries(text, p.start, p.end));
    }
    for r in mentions::third_person_references(text, lang) {
        assert!(on_boundaries(text, r.start, r.end));
    }
    for r in mentions::third_person_in_own_words(text, "María", "ella", lang) {
        assert!(on_boundaries(text, r.start, r.end));
    }
    if let Some(r) = readability::grade_level(text, lang) {
        assert!(r.grade.is_finite());
        assert!(r.words >= readability::MIN_WORDS && r.sentences >= 1);
    }
    let texts = [text, "Enhanced Care Management (ECM)"];
    for a in acronyms::unexplained(&texts) {
        assert!(on_boundaries(texts[a.text_index], a.start, a.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_ranges_are_on_char_boundaries(text in pieces()) {
        check(&text, English);
        check(&text, Spanish);
    }

    #[test]
    fn arbitrary_names_and_pronoun_fields(text in pieces(), name in any::<String>(), pronouns in any::<String>()) {
        for r in mentions::find_name(&text, &name) {
            prop_assert!(on_boundaries(&text, r.start, r.end));
        }
        for lang in [English, Spanish] {
            for p in mentions::pronouns_other_than(&text, &pronouns, lang) {
                prop_assert!(on_boundaries(&text, p.start, p.end));
            }
            for r in mentions::third_person_in_own_words(&text, &name, &pronouns, lang) {
                prop_assert!(on_boundaries(&text, r.start, r.end));
            }
        }
    }
}

#[test]
fn large_input_stays_linear() {
    // ~200 KB of narrative: must finish quickly (a quadratic scan would take far longer).
    let para = "Maria suffers from anxiety and refused the ECM (Enhanced Care Management) visit. The client \
                wants to cook; she is non-compliant. Dr. Lee said 2.5 hours.\n- Walk\n- Cook\n";
    let text = para.repeat(200_000 / para.len() + 1);
    let t = std::time::Instant::now();
    assert!(!lexicon::scan(&text, English).is_empty());
    assert!(readability::grade_level(&text, English).is_some());
    assert!(acronyms::unexplained(&[&text]).is_empty());
    assert!(!mentions::find_name(&text, "Maria").is_empty());
    assert!(!mentions::third_person_in_own_words(&text, "Maria", "she/her", English).is_empty());
    // Long runs of dots, spaces and dashes.
    let odd = format!("a{} b{}-{}", ".".repeat(100_000), " ".repeat(50_000), "-".repeat(50_000));
    let _ = readability::stats(&odd, English);
    let _ = lexicon::scan(&odd, Spanish);
    let _ = acronyms::unexplained(&[&odd]);
    assert!(t.elapsed().as_secs() < 5, "took {:?}", t.elapsed());
}
