//! Unexplained acronyms (rule T3) through the public API.

use pcplan::text::acronyms::{self, Acronym};

fn found(texts: &[&str]) -> Vec<(usize, String)> {
    acronyms::unexplained(texts)
        .iter()
        .map(|a| (a.text_index, texts[a.text_index][a.start..a.end].to_string()))
        .collect()
}

#[test]
fn unexplained_are_reported_with_positions() {
    let texts = ["Maria gets IHSS and ECM.", "Her CIN is on file."];
    let got = acronyms::unexplained(&texts);
    assert_eq!(
        got,
        [
            Acronym { text_index: 0, start: 11, end: 15 },
            Acronym { text_index: 0, start: 20, end: 23 },
            Acronym { text_index: 1, start: 4, end: 7 }
        ]
    );
}

#[test]
fn expansion_before_or_after_explains_everywhere() {
    let texts = [
        "Maria's ECM lead calls weekly.",
        "Enhanced Care Management (ECM) started in May.",
        "SUD (substance use disorder) services and IHSS (In-Home Supportive Services).",
        "More IHSS hours; SUD group on Tuesdays.",
    ];
    assert!(found(&texts).is_empty(), "{:?}", found(&texts));
}

#[test]
fn an_expansion_that_does_not_fit_does_not_count() {
    assert_eq!(found(&["She sees her sister (ECM) often."]), [(0, "ECM".to_string())]);
    assert_eq!(found(&["IHSS (12 hours a week)"]), [(0, "IHSS".to_string())]);
}

#[test]
fn spanish_and_cross_language_expansions() {
    assert!(found(&["Trastorno por Uso de Sustancias (TUS). El TUS se trata."]).is_empty());
    assert!(found(&["Recibe IHSS (Servicios de Apoyo en el Hogar)."]).is_empty());
    assert!(found(&["CIN significa número de identificación del cliente. Su CIN"]).is_empty());
}

#[test]
fn allow_list_numerals_headings_and_non_acronyms() {
    assert!(found(&["OK, see you at 9 AM. Bring your ID and watch TV."]).is_empty());
    assert!(found(&["Title XIX and Part II."]).is_empty());
    assert!(found(&["MY GOALS FOR THIS YEAR\nI want a job."]).is_empty());
    assert!(found(&["Vitamin B12, 1915(c), Medi-Cal, eLTSS, A.M., I"]).is_empty());
    assert!(found(&["ABCDEFG is too long"]).is_empty());
}

#[test]
fn plurals_and_digits() {
    assert_eq!(found(&["Two LCMs met."]), [(0, "LCM".to_string())]);
    assert_eq!(found(&["Check the A1C."]), [(0, "A1C".to_string())]);
}
