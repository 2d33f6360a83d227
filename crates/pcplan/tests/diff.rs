//! Differences between plan versions, their plain-language description, and whether signatures hold.

use chrono::NaiveDate;
use pcplan::diff::{
    Change, ChangeKind as K, ChangeValue, SignError, SignatureState, describe, diff, record_digest, signatures_hold,
};
use pcplan::i18n::Localizer;
use pcplan::model::{
    GoalStatus, Id, LocalizedText, Plan, Provider, ServiceUnit, SettingType, TeamRole, Translation, content_digest,
};

const MARCUS: &str = include_str!("../../../examples/plans/hcbs-en-marcus.json");
const ROSA: &str = include_str!("../../../examples/plans/ecm-es-rosa.json");
const MARCUS_V1_SIGNED: &str = include_str!("../../../examples/plans/revisions/hcbs-en-marcus-v1-signed.json");
const MARCUS_V2: &str = include_str!("../../../examples/plans/revisions/hcbs-en-marcus-v2.json");
const ROSA_V3: &str = include_str!("../../../examples/plans/revisions/ecm-es-rosa-v3.json");

fn plan(json: &str) -> Plan {
    Plan::from_json_str(json).unwrap()
}

fn id(s: &str) -> Id {
    s.parse().unwrap()
}

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn en(text: &str) -> LocalizedText {
    LocalizedText::new(text, "en".parse().unwrap())
}

fn kinds(changes: &[Change]) -> Vec<K> {
    changes.iter().map(|c| c.kind).collect()
}

fn describe_in(lang: &str, old: &Plan, new: &Plan) -> Vec<String> {
    let locale = Localizer::embedded().locale(&[lang.parse().unwrap()]);
    describe(&diff(old, new), old, new, &locale)
}

#[test]
fn identical_plans_have_no_changes() {
    let p = plan(MARCUS);
    assert!(diff(&p, &p.clone()).is_empty());
}

#[test]
fn reordering_is_not_a_change() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    new.goals.reverse();
    new.supports.reverse();
    new.team.rotate_left(2);
    new.risks.swap(0, 2);
    new.needs.reverse();
    new.goals[0].steps.reverse();
    assert!(diff(&old, &new).is_empty(), "{:?}", diff(&old, &new));
}

#[test]
fn goals_added_removed_reworded_and_status_keyed_by_id() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    let removed = new.goals.remove(1); // goal-2
    let mut added = removed.clone();
    added.id = id("goal-9");
    added.steps.clear();
    new.goals.insert(0, added);
    // After the insert and removal goal-1 is still at index 1.
    new.goals[1].statement.text = "Marcus wants to work 30 hours a week.".into();
    new.goals[1].status = GoalStatus::Achieved;
    new.goals[2].own_words = None; // goal-3
    let changes = diff(&old, &new);
    let summary: Vec<_> = changes.iter().map(|c| (c.kind, c.id.as_ref().unwrap().as_str(), c.path.as_str())).collect();
    assert_eq!(
        summary,
        [
            (K::GoalAdded, "goal-9", "/goals/0"),
            (K::GoalReworded, "goal-1", "/goals/1/statement"),
            (K::GoalStatusChanged, "goal-1", "/goals/1/status"),
            (K::GoalReworded, "goal-3", "/goals/2/ownWords"),
            (K::GoalRemoved, "goal-2", "/goals/1"),
        ]
    );
    assert_eq!(changes[2].before, Some(ChangeValue::GoalStatus(GoalStatus::Active)));
    assert_eq!(changes[2].after, Some(ChangeValue::GoalStatus(GoalStatus::Achieved)));
    assert_eq!(changes[3].field.as_deref(), Some("ownWords"));
    assert!(changes[3].before.is_some() && changes[3].after.is_none());
}

#[test]
fn steps_added_removed_and_changed() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    let goal = &mut new.goals[0];
    goal.steps.remove(0); // step-1-1
    goal.steps[0].done = true; // step-1-2
    goal.steps[1].responsible_id = Some(id("tm-sister")); // step-1-3
    let mut step = goal.steps[0].clone();
    step.id = id("step-1-9");
    goal.steps.push(step);
    let changes = diff(&old, &new);
    let summary: Vec<_> = changes.iter().map(|c| (c.kind, c.id.as_ref().unwrap().as_str(), c.path.as_str())).collect();
    assert_eq!(
        summary,
        [
            (K::StepChanged, "step-1-2", "/goals/0/steps/0/done"),
            (K::StepChanged, "step-1-3", "/goals/0/steps/1/responsibleId"),
            (K::StepAdded, "step-1-9", "/goals/0/steps/2"),
            (K::StepRemoved, "step-1-1", "/goals/0/steps/0"),
        ]
    );
    assert!(changes.iter().all(|c| c.parent_id.as_ref().is_some_and(|p| p.as_str() == "goal-1")));
}

#[test]
fn supports_field_level_detail() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    let s = &mut new.supports[0];
    amount(s).value = Some(24.0);
    s.provider =
        Some(Provider { name: "Valley Home Care".into(), phone: None, relationship: None, team_member_id: None });
    s.start_date = Some(date("2026-04-01"));
    s.end_date = None;
    s.name = en("Personal care");
    new.supports[4].paid = true; // support-5
    new.supports[5].location = None; // support-6
    new.supports.remove(3); // support-4
    let changes = diff(&old, &new);
    let summary: Vec<_> = changes
        .iter()
        .map(|c| (c.kind, c.id.as_ref().unwrap().as_str(), c.field.as_deref().unwrap_or(""), c.path.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (K::SupportRenamed, "support-1", "name", "/supports/0/name"),
            (K::SupportAmountChanged, "support-1", "", "/supports/0"),
            (K::SupportProviderChanged, "support-1", "provider", "/supports/0/provider"),
            (K::SupportDatesChanged, "support-1", "startDate", "/supports/0/startDate"),
            (K::SupportDatesChanged, "support-1", "endDate", "/supports/0/endDate"),
            (K::SupportPaidChanged, "support-5", "paid", "/supports/3/paid"),
            (K::SupportChanged, "support-6", "location", "/supports/4/location"),
            (K::SupportRemoved, "support-4", "", "/supports/3"),
        ]
    );
    let ChangeValue::Amount(before) = changes[1].before.clone().unwrap() else { panic!() };
    let ChangeValue::Amount(after) = changes[1].after.clone().unwrap() else { panic!() };
    assert_eq!((before.quantity, after.quantity), (Some(20.0), Some(24.0)));
    assert_eq!(after.unit, Some(ServiceUnit::Hour));
    assert_eq!(changes[4].after, None);
}

#[test]
fn needs_risks_team_representatives_review_setting_modifications() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    new.needs[0].description = en("Marcus needs help to shower and dress.");
    new.needs.push({
        let mut n = old.needs[0].clone();
        n.id = id("need-9");
        n
    });
    new.risks[1].mitigation = Some(en("A cushion check every two hours."));
    new.risks[2].person_choice = None;
    new.risks.remove(0);
    new.team[1].role = TeamRole::Clinician; // tm-aide
    new.team.remove(4); // tm-friend
    new.representatives.push(pcplan::model::Representative {
        id: id("rep-1"),
        name: "Denise Bell".into(),
        kind: pcplan::model::RepresentativeKind::SupportedDecisionMaker,
        relationship: Some("sister".into()),
        authority: None,
        scope: None,
        contact: None,
    });
    new.review.last_review = Some(date("2026-06-10"));
    new.review.next_review_due = Some(date("2026-12-10"));
    new.setting_choice.as_mut().unwrap().setting = SettingType::SharedLiving;
    let mut m: pcplan::model::Modification = serde_json::from_value(
        serde_json::json!({"id": "mod-1", "right": {"text": "Visitors at any time", "lang": "en"}}),
    )
    .unwrap();
    new.modifications.push(m.clone());
    let changes = diff(&old, &new);
    assert_eq!(
        kinds(&changes),
        [
            K::RepresentativeAdded,
            K::NeedChanged,
            K::NeedAdded,
            K::RiskMitigationChanged,
            K::RiskChanged,
            K::RiskRemoved,
            K::SettingChoiceChanged,
            K::ModificationAdded,
            K::TeamMemberRoleChanged,
            K::TeamMemberRemoved,
            K::LastReviewChanged,
            K::NextReviewChanged,
        ]
    );
    assert_eq!(changes[8].after, Some(ChangeValue::TeamRole(TeamRole::Clinician)));
    assert_eq!(changes[11].path, "/review/nextReviewDue");
    assert_eq!(changes[11].after, Some(ChangeValue::Date(date("2026-12-10"))));

    // A modification changed field by field.
    let old2 = new.clone();
    m.assessed_need = Some(en("Safety at night."));
    *new.modifications.last_mut().unwrap() = m;
    let changes = diff(&old2, &new);
    assert_eq!(kinds(&changes), [K::ModificationChanged]);
    assert_eq!(changes[0].path, "/modifications/0/assessedNeed");
}

#[test]
fn debug_shows_kind_id_and_path_only() {
    let old = plan(MARCUS);
    let mut new = old.clone();
    new.goals[0].statement.text = "SECRET words".into();
    let changes = diff(&old, &new);
    let debug = format!("{changes:?}");
    assert!(debug.contains("GoalReworded") && debug.contains("goal-1") && debug.contains("/goals/0/statement"));
    assert!(!debug.contains("SECRET") && !debug.contains("Marcus"), "{debug}");
}

#[test]
fn changes_serialize_as_json() {
    let old = plan(MARCUS);
    let new = plan(MARCUS_V2);
    let json = serde_json::to_value(diff(&old, &new)).unwrap();
    let amount = json.as_array().unwrap().iter().find(|c| c["kind"] == "support-amount-changed").unwrap();
    assert_eq!(amount["id"], "support-1");
    assert_eq!(amount["path"], "/supports/0");
    assert_eq!(amount["before"]["type"], "amount");
    assert_eq!(amount["before"]["value"]["quantity"], 20.0);
    assert_eq!(amount["after"]["value"]["quantity"], 24.0);
}

#[test]
fn describes_in_english() {
    let old = plan(MARCUS);
    let mut old = old;
    old.supports[0].name = en("Home care");
    amount(&mut old.supports[0]).value = Some(10.0);
    let mut new = old.clone();
    amount(&mut new.supports[0]).value = Some(12.0);
    new.supports[2].provider.as_mut().unwrap().name = "Sacramento Access Rides".into();
    amount(&mut new.supports[3]).unit = Some(ServiceUnit::Visit);
    amount(&mut new.supports[3]).value = Some(1.0);
    new.goals[3].status = GoalStatus::Achieved;
    new.review.next_review_due = Some(date("2026-12-10"));
    assert_eq!(
        describe_in("en", &old, &new),
        [
            "You reached your goal 'Marcus wants to pay his own bills on time. Denise will teach him, step by step'.",
            "Your support 'Home care' changes from 10 to 12 hours a week.",
            "Your support 'Paratransit rides' will now come from Sacramento Access Rides instead of River City Paratransit.",
            "Your support 'Benefits planning' changes from 3 sessions a year to 1 visit a year.",
            "Your next plan review is now due by December 10, 2026.",
        ]
    );
}

#[test]
fn describes_in_spanish_with_translated_plan_text() {
    let mut old = plan(MARCUS);
    old.supports[0].name.translations.push(Translation {
        text: "Cuidado en el hogar".into(),
        lang: "es".parse().unwrap(),
        translated_by: Some("Language Line".into()),
        qualified: true,
        date: None,
    });
    amount(&mut old.supports[0]).value = Some(10.0);
    let mut new = old.clone();
    amount(&mut new.supports[0]).value = Some(12.0);
    amount(&mut new.supports[1]).value = Some(1.0);
    amount(&mut new.supports[1]).unit = Some(ServiceUnit::Hour);
    new.supports[4].end_date = Some(date("2026-12-31"));
    assert_eq!(
        describe_in("es", &old, &new),
        [
            "Su apoyo «Cuidado en el hogar» cambia de 10 a 12 horas por semana.",
            // No Spanish translation: the original English name is used.
            "Su apoyo «Supported employment: job coaching» cambia de 24 cuartos de hora por semana a 1 hora por semana.",
            "Su apoyo «Help with bills and Sunday meal planning» ahora termina el 31 de diciembre de 2026.",
        ]
    );
}

#[test]
fn describes_rosa_revision_in_spanish_and_english() {
    let old = plan(ROSA);
    let new = plan(ROSA_V3);
    let es = describe_in("es", &old, &new);
    assert_eq!(
        es,
        [
            "Su apoyo «Servicios para mantener la vivienda» cambia de 4 a 6 horas al mes.",
            "Su plan nombra un riesgo nuevo: «Rosa recibió una carta del administrador por ruido. Podría perder el apartamento si llegan más quejas».",
            "Marisol Vega se une a su equipo como apoyo de pares.",
            "Su última revisión del plan ahora tiene fecha del 12 de enero de 2027.",
        ]
    );
    let en = describe_in("en", &old, &new);
    assert_eq!(en[0], "Your support 'Servicios para mantener la vivienda' changes from 4 to 6 hours a month.");
    assert_eq!(en[2], "Marisol Vega joins your team as a peer supporter.");
    assert!(es.iter().chain(&en).all(|s| !s.contains('\u{2068}') && !s.contains('\u{2069}')));
}

#[test]
fn every_change_kind_has_a_sentence_in_both_languages() {
    // Big revision touching most of the plan; every change must produce a non-empty, non-fallback sentence.
    let old = plan(MARCUS);
    let mut new = plan(MARCUS_V2);
    new.effective_period.end = None;
    new.person.preferred_names = vec![pcplan::model::NameForm { text: "Marc".into(), lang: "en".parse().unwrap() }];
    new.profile.strengths.push(en("Patient"));
    new.needs.remove(5);
    new.goals.remove(0);
    new.goals[0].target_date = None;
    new.goals[0].steps[0].by_person = true;
    new.supports[1].paid = false;
    new.supports[1].self_directed = true;
    new.supports[1].critical = true;
    new.natural_supports_none_identified = true;
    new.backup_plan = None;
    new.service_choice = None;
    new.team.remove(0);
    new.planner = None;
    new.plan_monitor = None;
    new.review.triggers.pop();
    let changes = diff(&old, &new);
    for lang in ["en", "es"] {
        let locale = Localizer::embedded().locale(&[lang.parse().unwrap()]);
        let sentences = describe(&changes, &old, &new, &locale);
        assert_eq!(sentences.len(), changes.len(), "{lang}: {sentences:#?}");
        for (s, c) in sentences.iter().zip(&changes) {
            assert!(s.ends_with('.') && !s.contains("{") && s.chars().count() > 15, "{lang} {c:?}: {s}");
        }
    }
}

#[test]
fn digest_ignores_key_order_and_whitespace_but_not_content() {
    let value: serde_json::Value = serde_json::from_str(MARCUS).unwrap();
    let compact = plan(&serde_json::to_string(&value).unwrap());
    let pretty = plan(MARCUS);
    assert_eq!(content_digest(&compact), content_digest(&pretty));
    let mut edited = pretty.clone();
    amount(&mut edited.supports[0]).value = Some(20.5);
    assert_ne!(content_digest(&edited), content_digest(&pretty));
}

fn signed(mut p: Plan) -> Plan {
    for s in p.signatures.clone() {
        record_digest(&mut p, &s.id).unwrap();
    }
    p
}

#[test]
fn signatures_hold_until_signed_content_changes() {
    let p = signed(plan(MARCUS));
    assert!(signatures_hold(&p).iter().all(|s| s.holds && s.reason == SignatureState::Matches));

    // Routine additions keep signatures valid.
    let mut routine = p.clone();
    let mut copy = routine.distribution[0].clone();
    copy.id = id("dist-9");
    routine.distribution.push(copy);
    let mut note = routine.monitoring[0].clone();
    note.id = id("mon-9");
    note.note = en("Phone call. All good.");
    routine.monitoring.push(note);
    routine.goals[0].status = GoalStatus::OnHold; // progress is not consent
    assert!(signatures_hold(&routine).iter().all(|s| s.holds));

    // A goal edit breaks every signature.
    let mut edited = p.clone();
    edited.goals[0].statement.text.push_str(" Soon.");
    let statuses = signatures_hold(&edited);
    assert_eq!(statuses.len(), 4);
    assert!(statuses.iter().all(|s| !s.holds && s.reason == SignatureState::ContentChanged));
    assert_eq!(statuses[0].id.as_str(), "sig-1");
}

#[test]
fn unsigned_and_undigested_signatures_are_reported() {
    let mut p = plan(MARCUS);
    p.signatures[1].date = None; // awaiting the planner's signature
    let statuses = signatures_hold(&p);
    assert_eq!(statuses[0].reason, SignatureState::NoDigest);
    assert_eq!(statuses[1].reason, SignatureState::NotSigned);
    assert!(statuses.iter().all(|s| !s.holds));
    assert_eq!(
        record_digest(&mut p, &id("sig-99")),
        Err(SignError::UnknownSignature(id("sig-99"))),
        "an unknown signature id is an error"
    );
    let digest = record_digest(&mut p, &id("sig-1")).unwrap();
    assert_eq!(digest, content_digest(&p));
    assert_eq!(p.signatures[0].content_digest.as_ref(), Some(&digest));
}

#[test]
fn revision_files_signatures() {
    let v1 = plan(MARCUS_V1_SIGNED);
    let v2 = plan(MARCUS_V2);
    assert!(v1.signatures.iter().all(|s| s.content_digest.is_some()));
    assert!(signatures_hold(&v1).iter().all(|s| s.holds), "v1-signed digests are current");
    assert!(signatures_hold(&v2).iter().all(|s| s.reason == SignatureState::ContentChanged));
    // v1-signed differs from the shipped example only by its digests.
    let mut unsigned = v1.clone();
    unsigned.signatures.iter_mut().for_each(|s| {
        s.content_digest = None;
        s.digest_format = None;
    });
    assert!(unsigned == plan(MARCUS));

    let changes = diff(&v1, &v2);
    assert_eq!(
        kinds(&changes),
        [
            K::GoalAdded,
            K::SupportAmountChanged,
            K::SupportChanged,
            K::SupportProviderChanged,
            K::LastReviewChanged,
            K::NextReviewChanged
        ]
    );
}

/// Writes the digests into the revision files: `cargo test -p pcplan --test suite diff:: -- --ignored regenerate`.
#[test]
#[ignore]
fn regenerate_revision_signatures() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plans/revisions");
    let v1 = signed(plan(MARCUS));
    std::fs::write(format!("{dir}/hcbs-en-marcus-v1-signed.json"), v1.to_json_pretty() + "\n").unwrap();
    // Version 2 carries version 1's signatures, still waiting to be signed again.
    let mut v2 = plan(MARCUS_V2);
    v2.signatures = v1.signatures.clone();
    std::fs::write(format!("{dir}/hcbs-en-marcus-v2.json"), v2.to_json_pretty() + "\n").unwrap();
}

/// The support's schedule amount, created when missing.
fn amount(support: &mut pcplan::model::Support) -> &mut pcplan::model::Quantity {
    support.schedule.get_or_insert_with(Default::default).amount.get_or_insert_with(Default::default)
}

/// Version 2's facts are compared too: a schedule's rhythm (same amount, other days), an authorization, a
/// currency, a confidentiality mark on a support or a need. Each is one change, said in plain words.
#[test]
fn version_2_schedule_authorization_and_marks_are_compared() {
    let copies = include_str!("fixtures/copies.json");
    let mut v: serde_json::Value = serde_json::from_str(copies).unwrap();
    v["supports"][0]["schedule"] =
        serde_json::json!({ "amount": { "value": 1, "unit": "day" }, "periodUnit": "week", "daysOfWeek": ["tue"] });
    let old = plan(&v.to_string());
    v["supports"][0]["schedule"] = serde_json::json!({ "amount": { "value": 1, "unit": "day" }, "periodUnit": "week", "daysOfWeek": ["mon", "thu"] });
    v["supports"][0]["authorization"]["units"] = 60.into();
    v["supports"][0]["currency"] = "USD".into();
    v["supports"][0]["confidential"] = serde_json::json!({ "reason": "person-request", "sharedWith": ["rcp-plan"] });
    v["needs"][0]["confidential"] = serde_json::json!({ "reason": "person-request" });
    let new = plan(&v.to_string());
    let changes = diff(&old, &new);
    let fields: Vec<(K, &str)> = changes.iter().map(|c| (c.kind, c.field.as_deref().unwrap_or_default())).collect();
    for expected in [
        (K::SupportChanged, "schedule"),
        (K::SupportChanged, "authorization"),
        (K::SupportChanged, "currency"),
        (K::SupportChanged, "confidential"),
        (K::NeedChanged, "confidential"),
    ] {
        assert!(fields.contains(&expected), "{expected:?} missing from {fields:?}");
    }
    assert!(!kinds(&changes).contains(&K::SupportAmountChanged), "the amount is the same");
    let sentences = describe_in("en", &old, &new).join("\n");
    assert!(sentences.contains("When you get your support 'Housing navigation' changed."), "{sentences}");
    assert!(sentences.contains("Who may see this need changed"), "{sentences}");
    let es = describe_in("es", &old, &new).join("\n");
    assert!(es.contains("Cambió quién puede ver su apoyo «Housing navigation»."), "{es}");
}
