//! Deficit-language lexicon (rule T4) through the public API: a positive and a negative case for every entry in
//! English and Spanish, plus case, accent, white-space and word-boundary behavior.

use std::collections::BTreeSet;

use pcplan::text::TextLanguage::{self, English, Spanish};
use pcplan::text::lexicon::{self, LexiconMatch};

/// (entry id, texts that must flag it (with the flagged span), texts that must not flag it)
type Case = (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);

const EN_CASES: &[Case] = &[
    (
        "suffers-from",
        &[("She suffers from diabetes.", "suffers from"), ("Suffering\n  from asthma", "Suffering\n  from")],
        &["She lives with diabetes.", "She suffers. From then on"],
    ),
    ("afflicted-with", &[("He is afflicted with MS.", "afflicted with")], &["He has MS."]),
    (
        "wheelchair-bound",
        &[("He is wheelchair-bound.", "wheelchair-bound"), ("WHEELCHAIR BOUND", "WHEELCHAIR BOUND")],
        &["He uses a wheelchair.", "wheelchair. Bound"],
    ),
    (
        "confined-to-wheelchair",
        &[
            ("She is confined to a wheelchair.", "confined to a wheelchair"),
            ("confined to wheelchair", "confined to wheelchair"),
        ],
        &["She was confined to her room."],
    ),
    (
        "non-compliant",
        &[
            ("Noncompliant with meds.", "Noncompliant"),
            ("is non-compliant", "non-compliant"),
            ("non compliant", "non compliant"),
            ("Non-Compliance noted", "Non-Compliance"),
        ],
        &["She is compliant with the plan."],
    ),
    (
        "non-adherent",
        &[("He is non-adherent.", "non-adherent"), ("nonadherence", "nonadherence")],
        &["He is adherent."],
    ),
    (
        "refused",
        &[("Refused meds.", "Refused"), ("She refuses to go.", "refuses"), ("refusing lunch", "refusing")],
        &["She declined.", "Refuge"],
    ),
    (
        "resistant",
        &[("He is resistant to change.", "resistant")],
        &["treatment-resistant depression", "a drug resistant infection"],
    ),
    (
        "unmotivated",
        &[("Seems unmotivated.", "unmotivated"), ("not motivated", "not motivated")],
        &["She is motivated."],
    ),
    (
        "attention-seeking",
        &[("attention-seeking actions", "attention-seeking"), ("an attention seeker", "attention seeker")],
        &["pays attention", "seeking help"],
    ),
    ("manipulative", &[("She is manipulative.", "manipulative")], &["manipulation of clay"]),
    (
        "acting-out",
        &[("He was acting out.", "acting out"), ("acts out", "acts out")],
        &["acting in a play", "acting. Out"],
    ),
    (
        "behaviors",
        &[("He has behaviors.", "behaviors"), ("Behaviours today", "Behaviours")],
        &["She practices healthy behaviors.", "behaviors support plan", "one behavior"],
    ),
    (
        "behavior-problem",
        &[("a behavior problem", "behavior problem"), ("behavioral problems", "behavioral problems")],
        &["no problem with behavior"],
    ),
    ("kicking-off", &[("He started kicking off in the lounge.", "kicking off")], &["We kicked off the meeting."]),
    ("dangerous", &[("He is dangerous.", "dangerous")], &["He is in danger."]),
    (
        "frequent-flyer",
        &[("a frequent flyer at the ER", "frequent flyer"), ("frequent-fliers", "frequent-fliers")],
        &["She flies frequently."],
    ),
    (
        "is-schizophrenic",
        &[("He is schizophrenic.", "is schizophrenic"), ("a schizophrenic", "a schizophrenic")],
        &["He has schizophrenia.", "a schizophrenic episode"],
    ),
    (
        "is-borderline",
        &[("She is borderline.", "is borderline")],
        &["She is borderline diabetic.", "borderline personality disorder"],
    ),
    (
        "an-epileptic",
        &[("He is an epileptic.", "an epileptic"), ("epileptics", "epileptics")],
        &["an epileptic seizure", "He has epilepsy."],
    ),
    (
        "the-disabled",
        &[("services for the disabled", "the disabled")],
        &["the disabled parking space", "a person with a disability"],
    ),
    ("addict", &[("He is an addict.", "addict"), ("Addicts", "Addicts")], &["addiction services", "addicted"]),
    ("abuser", &[("a substance abuser", "abuser")], &["a disabuser", "a child abuser", "substance abuse"]),
    (
        "alcoholic",
        &[("He is an alcoholic.", "alcoholic"), ("ALCOHOLICS", "ALCOHOLICS")],
        &["non-alcoholic drinks", "Alcoholics Anonymous meeting", "alcoholic beverages"],
    ),
    (
        "clean-screen",
        &[
            ("clean drug screen", "clean drug screen"),
            ("The UA came back clean.", "came back clean"),
            ("tested clean", "tested clean"),
            ("a clean UA", "clean UA"),
        ],
        &["keeps a clean kitchen", "clean. Screen", "clean water"],
    ),
    (
        "dirty-screen",
        &[("dirty urine test", "dirty urine test"), ("came back dirty", "came back dirty")],
        &["dirty dishes"],
    ),
    (
        "relapse",
        &[("had a relapse", "relapse"), ("He relapsed.", "relapsed")],
        &["relapsing-remitting MS", "relapsing remitting"],
    ),
    (
        "victim-of",
        &[("a stroke victim", "stroke victim"), ("victim of a stroke", "victim of a stroke")],
        &["a victim of a crime", "crime victim"],
    ),
    ("allow", &[("She is allowed to choose.", "allowed"), ("Allow visits", "Allow")], &["her allowance"]),
    (
        "appropriate",
        &[("inappropriate behavior", "inappropriate"), ("appropriate clothes", "appropriate")],
        &["appropriations"],
    ),
    ("ordered", &[("The doctor ordered tests.", "ordered")], &["court-ordered treatment", "court ordered", "in order"]),
    (
        "complaints",
        &[("complaints of pain", "complaints"), ("complains of pain", "complains of")],
        &["She filed a complaint.", "a formal complaint"],
    ),
];

const ES_CASES: &[Case] = &[
    (
        "suffers-from",
        &[("Sufre de ansiedad.", "Sufre de"), ("padece diabetes", "padece"), ("SUFRÍA DE", "SUFRÍA DE")],
        &["Vive con diabetes.", "Sufre. De"],
    ),
    ("afflicted-with", &[("aquejada de dolor", "aquejada de")], &["tiene dolor"]),
    (
        "wheelchair-bound",
        &[
            ("está atado a una silla de ruedas", "atado a una silla de ruedas"),
            ("postrada en silla de ruedas", "postrada en silla de ruedas"),
        ],
        &["usa silla de ruedas"],
    ),
    (
        "confined-to-wheelchair",
        &[
            ("confinado a una silla de ruedas", "confinado a una silla de ruedas"),
            ("confinada en la\nsilla de ruedas", "confinada en la\nsilla de ruedas"),
        ],
        &["confinado en casa"],
    ),
    (
        "non-compliant",
        &[
            ("es incumplidor", "incumplidor"),
            ("no cumple con el tratamiento", "no cumple con el tratamiento"),
            ("no cumplidora", "no cumplidora"),
            ("incumplimiento terapéutico", "incumplimiento terapéutico"),
        ],
        &["cumple con el plan", "no cumple los requisitos"],
    ),
    (
        "non-adherent",
        &[("falta de adherencia", "falta de adherencia"), ("no adherente", "no adherente")],
        &["buena adherencia"],
    ),
    (
        "refused",
        &[("Se negó a comer.", "Se negó"), ("rechazó la cita", "rechazó"), ("rehusó", "rehusó")],
        &["declinó la cita", "negó los hechos"],
    ),
    ("resistant", &[("es resistente al cambio", "resistente")], &["una cepa resistente", "tuberculosis resistente"]),
    ("unmotivated", &[("está desmotivado", "desmotivado"), ("sin motivación", "sin motivación")], &["está motivado"]),
    (
        "attention-seeking",
        &[("busca atención", "busca atención"), ("para llamar la atención", "llamar la atención")],
        &["presta atención"],
    ),
    ("manipulative", &[("es manipuladora", "manipuladora")], &["manipula la arcilla"]),
    ("acting-out", &[("se porta mal", "se porta mal"), ("portarse mal", "portarse mal")], &["se porta bien"]),
    (
        "behaviors",
        &[
            ("conductas problemáticas", "conductas problemáticas"),
            ("comportamiento disruptivo", "comportamiento disruptivo"),
        ],
        &["conductas saludables"],
    ),
    ("behavior-problem", &[("problemas de conducta", "problemas de conducta")], &["problemas de salud"]),
    (
        "kicking-off",
        &[("armó un escándalo", "armó un escándalo"), ("hace berrinches", "hace berrinches")],
        &["armó un mueble"],
    ),
    ("dangerous", &[("es peligroso", "peligroso"), ("PELIGROSA", "PELIGROSA")], &["está en peligro"]),
    ("frequent-flyer", &[("es hiperfrecuentador", "hiperfrecuentador")], &["usa los servicios"]),
    (
        "is-schizophrenic",
        &[("es esquizofrénico", "es esquizofrénico"), ("una esquizofrénica", "una esquizofrénica")],
        &["tiene esquizofrenia", "un episodio esquizofrénico"],
    ),
    (
        "is-borderline",
        &[("es borderline", "es borderline"), ("Es límite.", "Es límite")],
        &["trastorno límite de la personalidad"],
    ),
    (
        "an-epileptic",
        &[("es epiléptica", "es epiléptica"), ("un epiléptico", "un epiléptico")],
        &["una crisis epiléptica", "tiene epilepsia"],
    ),
    (
        "the-disabled",
        &[("los discapacitados", "los discapacitados"), ("minusválido", "minusválido"), ("es inválida", "es inválida")],
        &["persona con discapacidad"],
    ),
    ("addict", &[("es adicto", "adicto"), ("drogadicta", "drogadicta")], &["la adicción"]),
    ("abuser", &[("abusador de sustancias", "abusador de sustancias")], &["un abusador", "abuso de sustancias"]),
    (
        "alcoholic",
        &[("es alcohólico", "alcohólico"), ("alcoholica", "alcoholica")],
        &["bebidas alcohólicas", "Alcohólicos Anónimos"],
    ),
    (
        "clean-screen",
        &[("prueba de orina limpia", "prueba de orina limpia"), ("salió limpio", "salió limpio")],
        &["la casa limpia"],
    ),
    (
        "dirty-screen",
        &[("examen toxicológico sucio", "examen toxicológico sucio"), ("dio sucio", "dio sucio")],
        &["ropa sucia"],
    ),
    ("relapse", &[("recayó", "recayó"), ("tuvo una recaída", "recaída")], &["un recado"]),
    (
        "victim-of",
        &[("víctima de un derrame", "víctima de un derrame"), ("victima de cancer", "victima de cancer")],
        &["víctima de un robo"],
    ),
    ("allow", &[("se le permite salir", "permite")], &["pidió permiso"]),
    ("appropriate", &[("conducta inapropiada", "inapropiada")], &["su propia casa"]),
    (
        "ordered",
        &[("ordenado por el médico", "ordenado por"), ("el médico ordenó", "ordenó")],
        &["un cuarto ordenado", "el juez ordenó"],
    ),
    (
        "complaints",
        &[("tiene quejas de dolor", "quejas"), ("se queja de dolor", "se queja de")],
        &["presentó una queja formal"],
    ),
];

fn spans<'a>(text: &'a str, found: &[LexiconMatch], id: &str) -> Vec<&'a str> {
    found.iter().filter(|m| m.entry.id == id).map(|m| &text[m.start..m.end]).collect()
}

fn check(lang: TextLanguage, cases: &[Case]) {
    let ids: BTreeSet<&str> = cases.iter().map(|c| c.0).collect();
    let all: BTreeSet<&str> = lexicon::entries(lang).iter().map(|e| e.id).collect();
    assert_eq!(ids, all, "every {lang:?} entry has cases");
    for (id, positives, negatives) in cases {
        assert!(lexicon::entry(id, lang).is_some(), "{id}");
        for (text, span) in *positives {
            let found = lexicon::scan(text, lang);
            assert_eq!(spans(text, &found, id), [*span], "{lang:?} {id}: {text:?} -> {found:?}");
            for m in &found {
                assert_eq!(m.entry.lang, lang);
            }
        }
        for text in *negatives {
            let found = lexicon::scan(text, lang);
            assert!(spans(text, &found, id).is_empty(), "{lang:?} {id} must not match {text:?}: {found:?}");
        }
    }
}

#[test]
fn english_entries() {
    check(English, EN_CASES);
}

#[test]
fn spanish_entries() {
    check(Spanish, ES_CASES);
}

#[test]
fn languages_do_not_mix() {
    assert!(lexicon::scan("Sufre de ansiedad.", English).is_empty());
    assert!(lexicon::scan("She suffers from anxiety.", Spanish).is_empty());
}

#[test]
fn every_entry_has_a_translation_with_the_same_id() {
    let en: Vec<&str> = lexicon::entries(English).iter().map(|e| e.id).collect();
    let es: Vec<&str> = lexicon::entries(Spanish).iter().map(|e| e.id).collect();
    assert_eq!(en, es);
    for e in lexicon::entries(Spanish) {
        let english = lexicon::entry(e.id, English).unwrap();
        assert_eq!(e.source, english.source, "{}", e.id);
    }
}

#[test]
fn positions_are_byte_offsets_with_multibyte_text() {
    let text = "Ñandú: “Él padece diabetes” — sufrió de asma.";
    let found = lexicon::scan(text, Spanish);
    let got: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
    assert_eq!(got, ["padece", "sufrió de"]);
}

#[test]
fn several_matches_in_order() {
    let text = "He refused, is non-compliant and an addict. The doctor ordered a clean UA.";
    let ids: Vec<&str> = lexicon::scan(text, English).iter().map(|m| m.entry.id).collect();
    assert_eq!(ids, ["refused", "non-compliant", "addict", "ordered", "clean-screen"]);
}

#[test]
fn suggestions_come_with_each_match() {
    let m = lexicon::scan("He is wheelchair bound", English)[0];
    assert_eq!(m.entry.suggest, ["uses a wheelchair", "wheelchair user"]);
    assert!(m.entry.source.contains("DO-IT"));
    let m = lexicon::scan("Es adicto.", Spanish)[0];
    assert_eq!(m.entry.suggest, ["persona con un trastorno por consumo de sustancias"]);
}
