//! Process and consent rules (P1–P8) and review rules (R1–R3), through the public API: each rule fires on a
//! mutation of a realistic plan with its code, severity and exact path, and stays silent on the plan as written.

use chrono::NaiveDate;
use pcplan::model::{Plan, content_digest};
use pcplan::validate::{Report, Severity, ValidateOptions, validate};
use serde_json::{Value, json};

const MARCUS: &str = include_str!("../../../examples/plans/hcbs-en-marcus.json");

fn base() -> Value {
    serde_json::from_str(MARCUS).unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn options() -> ValidateOptions {
    ValidateOptions::new(date("2026-11-25"))
}

fn plan(v: &Value) -> Plan {
    Plan::from_json_str(&v.to_string()).unwrap()
}

fn run_with(v: &Value, options: &ValidateOptions) -> Report {
    validate(&plan(v), options)
}

fn run(v: &Value) -> Report {
    run_with(v, &options())
}

/// The findings of one rule as (severity, path, message id), sorted.
fn of(report: &Report, code: &str) -> Vec<(Severity, String, String)> {
    let mut out: Vec<_> =
        report.with_code(code).map(|f| (f.severity, f.path.clone(), f.message_id.to_owned())).collect();
    out.sort();
    out
}

fn one(severity: Severity, path: &str, id: &str) -> Vec<(Severity, String, String)> {
    vec![(severity, path.to_owned(), id.to_owned())]
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

#[test]
fn the_example_plan_has_no_process_or_review_findings() {
    let report = run(&base());
    for code in ["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "R1", "R2", "R3"] {
        assert_eq!(of(&report, code), vec![], "{code} on the unmodified example");
    }
}

#[test]
fn every_process_and_review_message_has_help_in_english_and_spanish() {
    let localizer = pcplan::i18n::Localizer::embedded();
    let ids = |tag: &str| -> Vec<String> {
        localizer
            .message_ids(&tag.parse().unwrap())
            .unwrap()
            .iter()
            .filter(|id| id.starts_with('p') || id.starts_with('r'))
            .filter(|id| id.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
            .cloned()
            .collect()
    };
    let en = ids("en");
    assert!(en.len() > 40, "{en:?}");
    assert_eq!(en, ids("es"));
    for id in en.iter().filter(|id| !id.contains('.')) {
        assert!(en.contains(&format!("{id}.help")), "{id} has no .help");
    }
}

// ---- P1 ----

#[test]
fn p1_person_signature_missing() {
    let mut v = base();
    v["signatures"].as_array_mut().unwrap().remove(0);
    assert_eq!(of(&run(&v), "P1"), one(E, "/signatures", "p1-person-signature-missing"));
}

#[test]
fn p1_person_signature_undated_points_at_its_date() {
    let mut v = base();
    v["signatures"][0].as_object_mut().unwrap().remove("date");
    assert_eq!(of(&run(&v), "P1"), one(E, "/signatures/0/date", "p1-person-signature-undated"));
}

#[test]
fn p1_representative_or_unable_to_sign_with_reason_counts() {
    let mut v = base();
    v["signatures"][0]["role"] = json!("representative");
    assert_eq!(of(&run(&v), "P1"), vec![]);

    let mut v = base();
    let sig = v["signatures"][0].as_object_mut().unwrap();
    sig.remove("date");
    sig.insert("unableToSign".into(), json!({ "reason": { "text": "Hand injury; agreed aloud.", "lang": "en" } }));
    assert_eq!(of(&run(&v), "P1"), vec![]);

    v["signatures"][0]["unableToSign"]["reason"]["text"] = json!("  ");
    assert_eq!(of(&run(&v), "P1"), one(E, "/signatures/0/unableToSign/reason", "p1-unable-to-sign-reason-missing"));
}

#[test]
fn p1_provider_signature_missing_or_undated() {
    let mut v = base();
    let sigs = v["signatures"].as_array_mut().unwrap();
    sigs.retain(|s| s["role"] != "provider");
    assert_eq!(of(&run(&v), "P1"), one(E, "/signatures", "p1-provider-signature-missing"));

    let mut v = base();
    for i in [2, 3] {
        v["signatures"][i].as_object_mut().unwrap().remove("date");
    }
    assert_eq!(of(&run(&v), "P1"), one(E, "/signatures/2/date", "p1-provider-signature-undated"));
}

#[test]
fn p1_applies_only_to_plans_in_effect() {
    let mut v = base();
    v["signatures"] = json!([]);
    let both = of(&run(&v), "P1");
    assert_eq!(both.len(), 2, "{both:?}");
    v["status"] = json!("under-review");
    assert_eq!(of(&run(&v), "P1").len(), 2);
    v["status"] = json!("draft");
    assert_eq!(of(&run(&v), "P1"), vec![]);
}

// ---- P2 ----

#[test]
fn p2_signature_in_the_future_or_before_the_meeting() {
    let mut v = base();
    v["signatures"][1]["date"] = json!("2026-11-26");
    assert_eq!(of(&run(&v), "P2"), one(E, "/signatures/1/date", "p2-signature-in-future"));

    let mut v = base();
    v["signatures"][3]["date"] = json!("2026-02-16"); // the meeting was 2026-02-17
    assert_eq!(of(&run(&v), "P2"), one(E, "/signatures/3/date", "p2-signature-before-meeting"));

    // On the meeting day and on the evaluation date are fine.
    let mut v = base();
    v["signatures"][0]["date"] = json!("2026-02-17");
    v["signatures"][1]["date"] = json!("2026-11-25");
    assert_eq!(of(&run(&v), "P2"), vec![]);
}

// ---- P3 ----

fn signed_with_current_digest() -> Value {
    let mut v = base();
    let digest = content_digest(&plan(&v)).to_string();
    for sig in v["signatures"].as_array_mut().unwrap() {
        sig["contentDigest"] = json!(digest);
        // Signed now, in this format (the migration marks version-1 digests as format 1).
        sig["digestFormat"] = json!(2);
    }
    v
}

#[test]
fn p3_editing_a_goal_after_signing_fires_for_every_signature() {
    let v = signed_with_current_digest();
    assert_eq!(of(&run(&v), "P3"), vec![]);

    let mut edited = v.clone();
    edited["goals"][0]["statement"]["text"] = json!("Marcus wants to work fewer hours.");
    let found = of(&run(&edited), "P3");
    let expected: Vec<_> = (0..4)
        .map(|i| (E, format!("/signatures/{i}/contentDigest"), "p3-content-changed-after-signing".to_owned()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn p3_adding_a_distribution_record_or_monitoring_note_does_not_fire() {
    let mut v = signed_with_current_digest();
    v["distribution"].as_array_mut().unwrap().push(json!({
        "id": "dist-5", "recipient": "Sierra Vista Regional Center", "recipientRole": "health-plan",
        "date": "2026-03-02", "language": "en", "format": "accessible-electronic"
    }));
    v["monitoring"].as_array_mut().unwrap().push(json!({
        "id": "mon-4", "date": "2026-11-20", "note": { "text": "Phone call; all fine.", "lang": "en" }
    }));
    v["goals"][0]["steps"][0]["done"] = json!(true);
    assert_eq!(of(&run(&v), "P3"), vec![]);
}

#[test]
fn p3_signatures_without_a_digest_are_not_checked() {
    let mut v = base();
    v["goals"][0]["statement"]["text"] = json!("Changed.");
    assert_eq!(of(&run(&v), "P3"), vec![]);
}

// ---- P4 ----

#[test]
fn p4_conflict_without_exception() {
    let mut v = base();
    v["planner"]["conflictOfInterest"]["hasConflict"] = json!(true);
    v["planner"]["conflictOfInterest"]["supportIds"] = json!(["support-2"]);
    assert_eq!(of(&run(&v), "P4"), one(E, "/planner/conflictOfInterest/exception", "p4-conflict-without-exception"));
    v["planner"]["conflictOfInterest"]["exception"] =
        json!({ "text": "Only qualified job coaching provider in the county; state approved.", "lang": "en" });
    assert_eq!(of(&run(&v), "P4"), vec![]);
}

// ---- P5 ----

#[test]
fn p5_no_copy_to_the_person_is_an_error() {
    let mut v = base();
    v["distribution"].as_array_mut().unwrap().remove(0);
    assert_eq!(of(&run(&v), "P5"), one(E, "/distribution", "p5-no-copy-to-person"));
}

#[test]
fn p5_person_copy_not_offered_for_review_is_a_warning() {
    let mut v = base();
    v["distribution"][0]["offeredForReview"] = json!(false);
    assert_eq!(of(&run(&v), "P5"), one(W, "/distribution/0/offeredForReview", "p5-not-offered-for-review"));
}

#[test]
fn p5_no_copy_to_a_provider_or_representative_is_a_warning() {
    let mut v = base();
    v["distribution"].as_array_mut().unwrap().remove(3); // Angela Ruiz, team member 1
    assert_eq!(of(&run(&v), "P5"), one(W, "/team/1", "p5-no-copy-to-provider"));

    let mut v = base();
    v["representatives"] = json!([{ "id": "rep-1", "name": "Denise Bell", "kind": "authorized-representative" },
                                  { "id": "rep-2", "name": "Rep Without Copy", "kind": "guardian", "authority": { "applies": "always" } }]);
    assert_eq!(of(&run(&v), "P5"), one(W, "/representatives/1", "p5-no-copy-to-representative"));
}

#[test]
fn p5_does_not_apply_to_drafts() {
    let mut v = base();
    v["status"] = json!("draft");
    v["distribution"] = json!([]);
    assert_eq!(of(&run(&v), "P5"), vec![]);
}

#[test]
fn p5_severity_override_is_the_ceiling() {
    let mut v = base();
    v["distribution"][0]["offeredForReview"] = json!(false);
    let mut o = options();
    o.set_severity("P5", Severity::Info).unwrap();
    assert_eq!(
        of(&run_with(&v, &o), "P5"),
        one(Severity::Info, "/distribution/0/offeredForReview", "p5-not-offered-for-review")
    );
}

// ---- P6 ----

#[test]
fn p6_copy_not_in_written_language_or_format() {
    let mut v = base();
    v["distribution"][0]["language"] = json!("es");
    assert_eq!(of(&run(&v), "P6"), one(E, "/distribution/0/language", "p6-copy-not-in-written-language"));

    let mut v = base();
    v["person"]["language"]["alternativeFormats"] = json!(["large-print"]);
    assert_eq!(of(&run(&v), "P6"), one(E, "/distribution/0/format", "p6-copy-not-in-requested-format"));
    v["distribution"][0]["format"] = json!("large-print");
    assert_eq!(of(&run(&v), "P6"), vec![]);
}

#[test]
fn p6_recorded_declination_silences_the_copy_errors() {
    let mut v = base();
    v["distribution"][0]["language"] = json!("es");
    v["person"]["language"]["alternativeFormats"] = json!(["audio"]);
    v["distribution"][0]["declinedPreferred"] =
        json!({ "text": "Marcus asked for the Spanish copy for his neighbor to read with him.", "lang": "en" });
    assert_eq!(of(&run(&v), "P6"), vec![]);
}

#[test]
fn p6_region_does_not_matter_but_script_does() {
    let mut v = base();
    v["distribution"][0]["language"] = json!("en-US");
    assert_eq!(of(&run(&v), "P6"), vec![]);

    let mut v = base();
    v["person"]["language"]["written"] = json!([{ "lang": "zh-Hant" }]);
    v["distribution"][0]["language"] = json!("zh-TW");
    assert!(of(&run(&v), "P6").iter().all(|(_, path, _)| !path.starts_with("/distribution")));
    v["distribution"][0]["language"] = json!("zh-Hans");
    assert!(of(&run(&v), "P6").contains(&(
        E,
        "/distribution/0/language".to_owned(),
        "p6-copy-not-in-written-language".to_owned()
    )));
}

#[test]
fn p6_text_only_in_another_language_warns_once_per_text() {
    let mut v = base();
    v["profile"]["strengths"][1] = json!({ "text": "Llega siempre a tiempo.", "lang": "es" });
    v["supports"][2]["deliveryPreferences"] = json!({ "text": "Recogida en la puerta principal.", "lang": "es" });
    let expected = vec![
        (W, "/profile/strengths/1".to_owned(), "p6-text-not-in-written-language".to_owned()),
        (W, "/supports/2/deliveryPreferences".to_owned(), "p6-text-not-in-written-language".to_owned()),
    ];
    assert_eq!(of(&run(&v), "P6"), expected);

    // A translation into the person's language resolves it.
    v["profile"]["strengths"][1]["translations"] =
        json!([{ "text": "He is always on time.", "lang": "en", "qualified": true }]);
    v["supports"][2]["deliveryPreferences"]["translations"] =
        json!([{ "text": "Pickup at the front door.", "lang": "en-US", "qualified": true }]);
    assert_eq!(of(&run(&v), "P6"), vec![]);
}

#[test]
fn p6_own_words_in_the_spoken_language_are_exempt() {
    let mut v = base();
    v["person"]["language"]["spoken"] = json!([{ "lang": "es" }]);
    v["goals"][0]["ownWords"] = json!({ "text": "Quiero más horas en el mercado.", "lang": "es" });
    assert_eq!(of(&run(&v), "P6"), vec![]);
    // In a third language they are not.
    v["goals"][0]["ownWords"] = json!({ "text": "Tôi muốn làm thêm giờ.", "lang": "vi" });
    assert_eq!(of(&run(&v), "P6"), one(W, "/goals/0/ownWords", "p6-text-not-in-written-language"));
}

// ---- P7 ----

#[test]
fn p7_time_and_place_and_uninvited_attendees() {
    let mut v = base();
    v["meetings"][0]["timeAndPlaceChosenByPerson"] = json!(false);
    v["meetings"][0]["attendees"][2]["invitedByPerson"] = json!(false);
    let expected = vec![
        (W, "/meetings/0/attendees/2".to_owned(), "p7-attendee-not-invited".to_owned()),
        (W, "/meetings/0/timeAndPlaceChosenByPerson".to_owned(), "p7-time-place-not-chosen".to_owned()),
    ];
    assert_eq!(of(&run(&v), "P7"), expected);
}

#[test]
fn p7_legal_authority_and_the_person_need_no_invitation() {
    let mut v = base();
    v["meetings"][0]["attendees"][2]["invitedByPerson"] = json!(false);
    v["meetings"][0]["attendees"][2]["legalAuthority"] = json!(true);
    v["meetings"][0]["attendees"][0]["invitedByPerson"] = json!(false);
    v["meetings"][0]["attendees"][0]["isPerson"] = json!(true);
    assert_eq!(of(&run(&v), "P7"), vec![]);
}

// ---- P8 ----

#[test]
fn p8_interpreter_not_qualified_or_minor() {
    let mut v = base();
    v["meetings"][0]["interpreter"] = json!({ "name": "Family friend", "language": "es", "qualified": false });
    assert_eq!(of(&run(&v), "P8"), one(W, "/meetings/0/interpreter", "p8-interpreter-not-qualified"));

    v["meetings"][0]["interpreter"] = json!({ "name": "Nephew", "language": "es", "qualified": true, "minor": true });
    assert_eq!(of(&run(&v), "P8"), one(W, "/meetings/0/interpreter", "p8-interpreter-minor"));

    v["meetings"][0]["interpreter"] = json!({ "name": "Language line", "language": "es", "qualified": true });
    assert_eq!(of(&run(&v), "P8"), vec![]);
}

// ---- R1 ----

#[test]
fn r1_next_review_missing() {
    let mut v = base();
    v["review"].as_object_mut().unwrap().remove("nextReviewDue");
    assert_eq!(of(&run(&v), "R1"), one(E, "/review/nextReviewDue", "r1-next-review-missing"));
}

#[test]
fn r1_next_review_more_than_twelve_calendar_months_after_the_last() {
    let mut v = base(); // last review 2026-02-17
    v["review"]["nextReviewDue"] = json!("2027-02-17");
    assert_eq!(of(&run(&v), "R1"), vec![]);
    v["review"]["nextReviewDue"] = json!("2027-02-18");
    let report = run(&v);
    assert_eq!(of(&report, "R1"), one(E, "/review/nextReviewDue", "r1-next-review-too-late"));
    assert_eq!(report.with_code("R1").next().unwrap().args.get("months").map(String::as_str), Some("12"));

    // Calendar months: a review on 29 February is due by 28 February the next year.
    let mut v = base();
    v["review"]["lastReview"] = json!("2024-02-29");
    v["review"]["nextReviewDue"] = json!("2025-02-28");
    assert!(of(&run_with(&v, &ValidateOptions::new(date("2025-01-01"))), "R1").is_empty());
    v["review"]["nextReviewDue"] = json!("2025-03-01");
    assert_eq!(
        of(&run_with(&v, &ValidateOptions::new(date("2025-01-01"))), "R1"),
        one(E, "/review/nextReviewDue", "r1-next-review-too-late")
    );
}

#[test]
fn r1_without_a_last_review_the_plan_start_is_the_base() {
    let mut v = base(); // effective start 2026-03-01
    v["review"].as_object_mut().unwrap().remove("lastReview");
    v["review"]["nextReviewDue"] = json!("2027-03-01");
    assert_eq!(of(&run(&v), "R1"), vec![]);
    v["review"]["nextReviewDue"] = json!("2027-03-02");
    assert_eq!(of(&run(&v), "R1"), one(E, "/review/nextReviewDue", "r1-next-review-too-late"));
}

#[test]
fn r1_overdue_uses_the_evaluation_date_only() {
    let v = base(); // next review due 2027-01-31
    assert_eq!(of(&run_with(&v, &ValidateOptions::new(date("2027-01-31"))), "R1"), vec![]);
    assert_eq!(
        of(&run_with(&v, &ValidateOptions::new(date("2027-02-01"))), "R1"),
        one(E, "/review/nextReviewDue", "r1-review-overdue")
    );
}

#[test]
fn r1_closed_plans_are_not_checked() {
    let mut v = base();
    v["status"] = json!("closed");
    assert_eq!(of(&run_with(&v, &ValidateOptions::new(date("2030-01-01"))), "R1"), vec![]);
}

// ---- R2 ----

#[test]
fn r2_significant_change_without_a_revision() {
    let mut v = base();
    v["lifeEvents"] = json!([
        { "id": "event-1", "date": "2026-09-02", "kind": "hospital-stay" },
        { "id": "event-2", "date": "2026-09-10", "kind": "other" },
        { "id": "event-3", "date": "2026-01-05", "kind": "move" }
    ]);
    // Every kind counts, `other` included; the move before the last review does not.
    let expected = vec![
        (W, "/lifeEvents/0".to_owned(), "r2-no-review-after-change".to_owned()),
        (W, "/lifeEvents/1".to_owned(), "r2-no-review-after-change".to_owned()),
    ];
    assert_eq!(of(&run(&v), "R2"), expected);

    // A revision on or after the event answers it.
    v["revisionHistory"].as_array_mut().unwrap().push(json!({
        "version": 3, "date": "2026-09-10", "reason": "change-in-circumstances"
    }));
    assert_eq!(of(&run(&v), "R2"), vec![]);
}

#[test]
fn r2_each_kind_counts_and_future_events_wait() {
    for kind in ["hospital-stay", "move", "caregiver-loss", "provider-change", "other"] {
        let mut v = base();
        v["lifeEvents"] = json!([{ "id": "event-1", "date": "2026-10-01", "kind": kind }]);
        assert_eq!(of(&run(&v), "R2"), one(W, "/lifeEvents/0", "r2-no-review-after-change"), "{kind}");
    }
    let mut v = base();
    v["lifeEvents"] = json!([{ "id": "event-1", "date": "2026-12-15", "kind": "move" }]);
    assert_eq!(of(&run(&v), "R2"), vec![]);
}

// ---- R3 ----

#[test]
fn r3_update_request_without_a_revision_in_time() {
    let mut v = base();
    v["updateRequests"] = json!([{ "id": "request-1", "date": "2026-06-01" }]);
    let report = run(&v);
    assert_eq!(of(&report, "R3"), one(W, "/updateRequests/0", "r3-update-request-not-answered"));
    assert_eq!(report.with_code("R3").next().unwrap().args.get("days").map(String::as_str), Some("30"));

    // A revision within 30 days answers it; one after the window does not.
    v["revisionHistory"].as_array_mut().unwrap().push(json!({
        "version": 3, "date": "2026-07-15", "reason": "person-request"
    }));
    assert_eq!(of(&run(&v), "R3"), one(W, "/updateRequests/0", "r3-update-request-not-answered"));
    v["revisionHistory"][2]["date"] = json!("2026-07-01");
    assert_eq!(of(&run(&v), "R3"), vec![]);
}

#[test]
fn r3_window_not_yet_passed_and_configurable_days() {
    let mut v = base();
    v["updateRequests"] = json!([{ "id": "request-1", "date": "2026-11-10" }]);
    assert_eq!(of(&run(&v), "R3"), vec![]);
    let mut o = options();
    o.update_request_days = 10;
    let report = run_with(&v, &o);
    assert_eq!(of(&report, "R3"), one(W, "/updateRequests/0", "r3-update-request-not-answered"));
    assert_eq!(report.with_code("R3").next().unwrap().args.get("days").map(String::as_str), Some("10"));
}

// ---- Values and language ----

#[test]
fn values_are_attached_only_when_asked() {
    let mut v = base();
    v["signatures"][1]["date"] = json!("2026-11-26");
    let report = run(&v);
    assert_eq!(report.with_code("P2").next().unwrap().value, None);
    let mut o = options();
    o.include_values = true;
    let report = run_with(&v, &o);
    assert_eq!(report.with_code("P2").next().unwrap().value.as_deref(), Some("2026-11-26"));
}

#[test]
fn messages_come_in_spanish() {
    let mut v = base();
    v["review"].as_object_mut().unwrap().remove("nextReviewDue");
    let mut o = options();
    o.lang = Some("es".parse().unwrap());
    let report = run_with(&v, &o);
    let f = report.with_code("R1").next().unwrap();
    assert_eq!(f.message, "El plan no tiene fecha para la próxima revisión.");
    assert!(f.help.starts_with("Fije una fecha"), "{}", f.help);
}
