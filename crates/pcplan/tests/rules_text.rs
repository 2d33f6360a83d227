//! Text rules (T1–T6) through the public API: each fires on a mutation of a realistic plan with its code,
//! severity and exact path, and stays silent on the plan as written; messages never echo the plan.

use chrono::NaiveDate;
use pcplan::i18n::{Localizer, LocalizerOptions};
use pcplan::model::Plan;
use pcplan::validate::{Report, Severity, ValidateOptions, validate, validate_with};
use serde_json::{Value, json};

const MARCUS: &str = include_str!("../../../examples/plans/hcbs-en-marcus.json");

fn base() -> Value {
    serde_json::from_str(MARCUS).unwrap()
}

fn options() -> ValidateOptions {
    ValidateOptions::new(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap())
}

fn run_with(v: &Value, options: &ValidateOptions) -> Report {
    validate(&Plan::from_json_str(&v.to_string()).unwrap(), options)
}

fn run(v: &Value) -> Report {
    run_with(v, &options())
}

fn of(report: &Report, code: &str) -> Vec<(Severity, String, String)> {
    let mut out: Vec<_> =
        report.with_code(code).map(|f| (f.severity, f.path.clone(), f.message_id.to_owned())).collect();
    out.sort();
    out
}

fn one(path: &str, id: &str) -> Vec<(Severity, String, String)> {
    vec![(Severity::Warning, path.to_owned(), id.to_owned())]
}

fn en(text: &str) -> Value {
    json!({ "text": text, "lang": "en" })
}

#[test]
fn the_example_plan_has_no_text_findings() {
    let report = run(&base());
    for code in ["T1", "T2", "T3", "T4", "T5", "T6"] {
        assert_eq!(of(&report, code), vec![], "{code} on the unmodified example");
    }
}

#[test]
fn every_text_message_has_help_in_english_and_spanish() {
    let localizer = Localizer::embedded();
    let ids = |tag: &str| -> Vec<String> {
        let all = localizer.message_ids(&tag.parse().unwrap()).unwrap();
        all.iter().filter(|id| id.starts_with('t') && id.as_bytes()[1].is_ascii_digit()).cloned().collect()
    };
    let en = ids("en");
    assert!(en.len() >= 20, "{en:?}");
    assert_eq!(en, ids("es"));
    for id in en.iter().filter(|id| !id.contains('.')) {
        assert!(en.contains(&format!("{id}.help")), "{id} has no .help");
    }
}

// ---- T1 ----

#[test]
fn t1_legal_first_name_when_another_name_is_preferred() {
    let mut v = base();
    v["person"]["legalName"]["given"] = json!(["Mark", "Anthony"]);
    v["profile"]["strengths"][0] = en("mark remembers people, dates and bus routes.");
    assert_eq!(of(&run(&v), "T1"), one("/profile/strengths/0/text", "t1-legal-name-used"));

    // A preferred name that contains the legal first name is not a different name.
    v["person"]["preferredNames"] = json!([{ "text": "Mark Anthony", "lang": "en" }]);
    assert_eq!(of(&run(&v), "T1"), vec![]);
}

#[test]
fn t1_other_pronouns_in_originals_and_translations() {
    let mut v = base();
    v["profile"]["strengths"][1] = en("She is on time. She has not been late to work in the past year.");
    v["goals"][0]["steps"][0]["description"]["translations"] =
        json!([{ "text": "Practicar la caja con ella dos veces por semana.", "lang": "es" }]);
    let expected = vec![
        (
            Severity::Warning,
            "/goals/0/steps/0/description/translations/0/text".to_owned(),
            "t1-other-pronouns".to_owned(),
        ),
        (Severity::Warning, "/profile/strengths/1/text".to_owned(), "t1-other-pronouns".to_owned()),
    ];
    assert_eq!(of(&run(&v), "T1"), expected);
    let report = run(&v);
    let f = report.findings.iter().find(|f| f.path == "/profile/strengths/1/text").unwrap();
    assert_eq!(f.args.get("count").map(String::as_str), Some("2"));
}

#[test]
fn t1_the_persons_own_words_are_exempt() {
    let mut v = base();
    v["goals"][3]["ownWords"] = en("I want to pay my own bills. My sister does it now, and she says I can learn.");
    assert_eq!(of(&run(&v), "T1"), vec![]);
}

// ---- T2 ----

#[test]
fn t2_goal_without_own_words_not_expressed_by_the_person() {
    let mut v = base();
    v["goals"][2].as_object_mut().unwrap().remove("ownWords");
    assert_eq!(of(&run(&v), "T2"), vec![], "expressed by the person");
    v["goals"][2]["expressedBy"] = json!("team");
    assert_eq!(of(&run(&v), "T2"), one("/goals/2/ownWords", "t2-goal-not-in-own-words"));
    v["goals"][2]["ownWords"] = en("   ");
    assert_eq!(of(&run(&v), "T2"), one("/goals/2/ownWords", "t2-goal-not-in-own-words"));
}

// ---- T3 ----

const HARD: &str = "Facilitate the individual's acquisition of independent budgeting competencies through \
                    comprehensive individualized instruction, utilizing evidence-based methodologies and \
                    collaborative interdisciplinary consultation.";

#[test]
fn t3_reading_grade_of_a_goal_passage() {
    let mut v = base();
    v["goals"][3]["statement"] = en(HARD);
    let report = run(&v);
    assert_eq!(of(&report, "T3"), one("/goals/3", "t3-reading-grade-too-high"));
    let f = report.with_code("T3").next().unwrap();
    assert_eq!(f.args.get("target").map(String::as_str), Some("6"));
    assert!(f.args["grade"].parse::<f32>().unwrap() > 6.0);
    assert!(f.message.contains('6'), "{}", f.message);

    let mut o = options();
    o.readability_grade = 30.0;
    assert_eq!(of(&run_with(&v, &o), "T3"), vec![]);
}

#[test]
fn t3_the_persons_reading_grade_is_the_target_when_set() {
    let mut v = base(); // goal 1's passage reads at about grade 5
    v["person"]["language"]["readingGrade"] = json!(3);
    let report = run(&v);
    assert!(of(&report, "T3").contains(&(
        Severity::Warning,
        "/goals/0".to_owned(),
        "t3-reading-grade-too-high".to_owned()
    )));
    assert!(report.with_code("T3").all(|f| f.args["target"] == "3"));
}

#[test]
fn t3_support_linked_to_no_goal_is_judged_alone() {
    let mut v = base();
    v["supports"][3]["goalIds"] = json!([]);
    v["supports"][3]["description"] = en(HARD);
    assert_eq!(of(&run(&v), "T3"), one("/supports/3/description", "t3-reading-grade-too-high"));
}

#[test]
fn t3_unexplained_acronyms() {
    let mut v = base();
    v["goals"][0]["steps"][1]["description"] = en("Marcus asks about SSI before he takes more hours.");
    assert_eq!(of(&run(&v), "T3"), one("/goals/0/steps/1/description/text", "t3-unexplained-acronym"));

    // Explained anywhere in the plan, in the same language: fine.
    v["needs"][3]["description"] = en("Marcus gets Supplemental Security Income (SSI) and wants to keep it.");
    assert_eq!(of(&run(&v), "T3"), vec![]);
}

// ---- T4 ----

#[test]
fn t4_deficit_language_with_the_lexicons_suggestion() {
    let mut v = base();
    v["needs"][4]["description"] = en("Marcus is wheelchair-bound and needs his chair checked.");
    let report = run(&v);
    assert_eq!(of(&report, "T4"), one("/needs/4/description/text", "t4-deficit-language"));
    let f = report.with_code("T4").next().unwrap();
    assert_eq!(f.args["avoid"], "wheelchair-bound");
    assert!(f.args["suggest"].contains("uses a wheelchair"), "{:?}", f.args);
    assert!(f.message.contains("wheelchair-bound"), "{}", f.message);
    assert!(f.help.contains("uses a wheelchair"), "{}", f.help);
    assert!(!f.message.contains("Marcus") && !f.help.contains("Marcus") && !f.help.contains("chair checked"));
}

#[test]
fn t4_spanish_deficit_language() {
    let mut v = base();
    v["needs"][0]["description"]["translations"] = json!([{
        "text": "Marcus sufre de parálisis cerebral y se negó a ir a terapia.", "lang": "es", "qualified": true
    }]);
    let mut o = options();
    o.lang = Some("es".parse().unwrap());
    let report = run_with(&v, &o);
    let found: Vec<_> = report.with_code("T4").collect();
    assert_eq!(found.len(), 2, "{found:#?}");
    for f in &found {
        assert_eq!(f.path, "/needs/0/description/translations/0/text");
        assert_eq!(f.severity, Severity::Warning);
        assert!(f.message.starts_with("Este texto usa"), "{}", f.message);
    }
    let suggestions: Vec<&str> = found.iter().map(|f| f.args["suggest"].as_str()).collect();
    assert!(suggestions.iter().any(|s| s.contains("declinó")), "{suggestions:?}");
    assert!(found.iter().all(|f| !f.message.contains("Marcus") && !f.message.contains("parálisis")));
}

#[test]
fn t4_the_persons_own_words_are_theirs() {
    let mut v = base();
    v["goals"][1]["ownWords"] = en("I refused the group home. I want to keep my own place.");
    v["feedback"][0]["text"] = en("I refused to go to the day program, and that was my choice.");
    assert_eq!(of(&run(&v), "T4"), vec![]);
}

// ---- T5 ----

#[test]
fn t5_own_words_in_the_third_person() {
    let mut v = base();
    v["goals"][2]["ownWords"] = en("Marcus wants to sing with the choir again.");
    assert_eq!(of(&run(&v), "T5"), one("/goals/2/ownWords/text", "t5-own-words-third-person"));
}

#[test]
fn t5_institutional_label_in_the_narrative() {
    let mut v = base();
    v["profile"]["interests"][3] = en("The client likes trains and transit maps.");
    v["monitoring"][0]["note"]["translations"] = json!([{ "text": "El cliente está contento.", "lang": "es" }]);
    let expected = vec![
        (Severity::Warning, "/monitoring/0/note/translations/0/text".to_owned(), "t5-institutional-label".to_owned()),
        (Severity::Warning, "/profile/interests/3/text".to_owned(), "t5-institutional-label".to_owned()),
    ];
    assert_eq!(of(&run(&v), "T5"), expected);
}

// ---- T6 ----

#[test]
fn t6_draft_locale_or_no_locale() {
    let mut v = base();
    v["person"]["language"]["written"] = json!([{ "lang": "es" }]);
    assert_eq!(of(&run(&v), "T6"), one("/person/language/written", "t6-translation-not-reviewed"));

    v["person"]["language"]["written"] = json!([{ "lang": "so" }]);
    assert_eq!(of(&run(&v), "T6"), one("/person/language/written", "t6-no-locale"));

    // The document language passed in wins over the person's.
    let mut o = options();
    o.document_lang = Some("en".parse().unwrap());
    assert_eq!(of(&run_with(&v, &o), "T6"), vec![]);
    let mut o = options();
    o.document_lang = Some("es-MX".parse().unwrap());
    assert_eq!(of(&run_with(&base(), &o), "T6"), one("/person/language/written", "t6-translation-not-reviewed"));
}

#[test]
fn t6_a_reviewed_agency_locale_is_accepted() {
    let dir = std::env::temp_dir().join(format!("pcplan-t6-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("es")).unwrap();
    std::fs::write(
        dir.join("es/status.json"),
        r#"{"status": "reviewed", "reviewer": "A. Translator", "qualification": "ATA-certified", "date": "2026-10-01"}"#,
    )
    .unwrap();
    let localizer = Localizer::new(&LocalizerOptions { extra_dir: Some(dir.clone()) }).unwrap();
    let mut v = base();
    v["person"]["language"]["written"] = json!([{ "lang": "es" }]);
    let report = validate_with(&Plan::from_json_str(&v.to_string()).unwrap(), &options(), &localizer);
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(of(&report, "T6"), vec![]);
}

// ---- Privacy ----

const MARKERS: [&str; 6] = ["Qzxlegal", "Qzxfamily", "Qzxpreferred", "qzxnarrative", "Qzxteam", "qzxownwords"];

/// A plan where names and texts carry unique markers, mutated so that most rules fire.
fn marked_plan() -> Value {
    let mut v = base();
    v["person"]["legalName"] = json!({ "family": "Qzxfamily", "given": ["Qzxlegal"] });
    v["person"]["preferredNames"] = json!([{ "text": "Qzxpreferred", "lang": "en" }]);
    v["person"]["pronouns"] = json!({ "ownWords": { "text": "she/her", "lang": "en" } });
    v["person"]["language"]["alternativeFormats"] = json!(["braille"]);
    v["team"][1]["name"] = json!("Qzxteam Aide");
    v["profile"]["strengths"][0] = en("Qzxlegal is wheelchair-bound, he says, and the client qzxnarrative uses IHSSX.");
    v["needs"][0]["description"] = json!({ "text": "Qzxlegal sufre de qzxnarrative y se negó.", "lang": "es" });
    v["goals"][0]["ownWords"] = en("Qzxpreferred wants qzxownwords.");
    v["goals"][0]["statement"] = en(&format!("{HARD} qzxnarrative"));
    v["goals"][1].as_object_mut().unwrap().remove("ownWords");
    v["goals"][1]["expressedBy"] = json!("team");
    v["signatures"][0]["date"] = json!("2027-01-01");
    v["signatures"][1]["contentDigest"] = json!(format!("sha256:{}", "0".repeat(64)));
    v["signatures"].as_array_mut().unwrap().retain(|s| s["role"] != "provider");
    v["distribution"][0]["offeredForReview"] = json!(false);
    v["distribution"][0]["language"] = json!("fr");
    v["meetings"][0]["interpreter"] = json!({ "name": "Qzxteam Kid", "language": "es", "minor": true });
    v["meetings"][0]["attendees"][1]["invitedByPerson"] = json!(false);
    v["review"]["nextReviewDue"] = json!("2026-11-01");
    v["lifeEvents"] = json!([{ "id": "event-1", "date": "2026-09-02", "kind": "move",
                              "note": en("Moved to qzxnarrative street") }]);
    v["updateRequests"] = json!([{ "id": "request-1", "date": "2026-06-01", "note": en("qzxnarrative") }]);
    v["planner"]["conflictOfInterest"]["hasConflict"] = json!(true);
    v
}

fn leaks(report: &Report) -> Vec<String> {
    let mut out = Vec::new();
    for f in &report.findings {
        let args: Vec<&String> = f.args.values().collect();
        let fields = [&f.message, &f.help, &f.path].into_iter().chain(args).chain(f.value.as_ref());
        for field in fields {
            for m in MARKERS {
                if field.to_lowercase().contains(&m.to_lowercase()) {
                    out.push(format!("{} {}: {field}", f.code, f.message_id));
                }
            }
        }
    }
    out
}

#[test]
fn findings_never_quote_names_or_texts_by_default() {
    let v = marked_plan();
    for lang in ["en", "es"] {
        let mut o = options();
        o.lang = Some(lang.parse().unwrap());
        let report = run_with(&v, &o);
        let codes: std::collections::BTreeSet<&str> = report.findings.iter().map(|f| f.code).collect();
        for code in ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "R1", "R2", "R3", "T1", "T2", "T3", "T4", "T5"] {
            assert!(codes.contains(code), "{code} should fire on the marked plan: {codes:?}");
        }
        assert!(report.findings.iter().all(|f| f.value.is_none()));
        assert_eq!(leaks(&report), Vec::<String>::new());
    }
    // The markers are really there: asking for values shows them.
    let mut o = options();
    o.include_values = true;
    assert!(!leaks(&run_with(&v, &o)).is_empty());
}
