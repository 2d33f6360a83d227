//! eLTSS on FHIR: every example plan survives plan → bundle → plan value for value, the bundle's bytes are
//! the same on every export, and what the FHIR resources themselves carry (not only the remainder) is checked.
#![cfg(feature = "fhir")]

use pcplan::fhir::{self, ExportOptions, ImportOptions};
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions};
use serde_json::Value;

const PLANS: &[&str] = &["hcbs-en-jordan", "hcbs-en-marcus", "ecm-es-rosa", "ecm-ar-youssef", "hcbs-zh-hant-mei"];

fn plan(name: &str) -> Plan {
    let root = env!("CARGO_MANIFEST_DIR");
    Plan::from_json_str(&std::fs::read_to_string(format!("{root}/../../examples/plans/{name}.json")).unwrap()).unwrap()
}

fn engine() -> Engine {
    Engine::new(EngineOptions::default()).unwrap()
}

#[test]
fn every_example_round_trips_value_for_value() {
    let engine = engine();
    for name in PLANS {
        let plan = plan(name);
        let bytes = fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap();
        assert_eq!(
            bytes,
            fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap(),
            "{name}: not deterministic"
        );
        let back = fhir::import(&bytes, &ImportOptions::default()).unwrap();
        assert!(back.unmapped.is_empty(), "{name}: {:?}", back.unmapped);
        assert_eq!(serde_json::to_value(&back.plan).unwrap(), serde_json::to_value(&plan).unwrap(), "{name}");
    }
}

/// The remainder carries only what FHIR has no element for: with it removed, the mapped elements still come
/// back from the resources themselves.
#[test]
fn the_resources_carry_the_eltss_elements_without_the_remainder() {
    let engine = engine();
    for name in PLANS {
        let plan = plan(name);
        let mut bundle: Value =
            serde_json::to_value(fhir::export(&engine, &plan, &ExportOptions::default()).unwrap()).unwrap();
        let cp = &mut bundle["entry"][0]["resource"];
        let remainder = cp["extension"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["url"].as_str().unwrap().ends_with("plan-remainder"))
            .cloned();
        let ops: Vec<Value> = serde_json::from_str(remainder.unwrap()["valueString"].as_str().unwrap()).unwrap();
        for op in &ops {
            let path = op["path"].as_str().unwrap();
            for mapped in [
                "/goals/0/statement/text",
                "/supports/0/name/text",
                // The name's parts and its text; the parts' order has no FHIR element and travels in the
                // remainder.
                "/person/legalName/family",
                "/person/legalName/given",
                "/person/legalName/text",
                "/effectivePeriod",
                "/needs/0/description/text",
            ] {
                assert!(!path.starts_with(mapped), "{name}: the remainder carries mapped {path}");
            }
        }
        cp["extension"] = Value::Array(Vec::new());
        cp.as_object_mut().unwrap().remove("extension");
        let bytes = serde_json::to_vec(&bundle).unwrap();
        let back = fhir::import(&bytes, &ImportOptions::default()).unwrap().plan;
        assert_eq!(back.id, plan.id, "{name}");
        assert_eq!(back.effective_period, plan.effective_period, "{name}");
        assert_eq!(back.person.legal_name.family, plan.person.legal_name.family, "{name}");
        // The preferred written language is Patient.communication's preferred one; proficiency and the order of
        // the other languages travel in the remainder.
        assert_eq!(back.person.language.preferred_written(), plan.person.language.preferred_written(), "{name}");
        assert_eq!(back.goals.len(), plan.goals.len(), "{name}");
        for (a, b) in back.goals.iter().zip(&plan.goals) {
            assert_eq!(
                (&a.id, &a.statement.text, a.status, a.steps.len()),
                (&b.id, &b.statement.text, b.status, b.steps.len()),
                "{name}"
            );
        }
        assert_eq!(back.supports.len(), plan.supports.len(), "{name}");
        for (a, b) in back.supports.iter().zip(&plan.supports) {
            assert_eq!(
                (
                    &a.id,
                    &a.name.text,
                    a.paid,
                    a.schedule.as_ref().and_then(|x| x.amount).and_then(|x| x.value),
                    a.schedule.as_ref().and_then(|x| x.amount).and_then(|x| x.unit),
                    a.start_date,
                    &a.funding_source,
                    a.self_directed,
                    a.rate_per_unit,
                    &a.goal_ids
                ),
                (
                    &b.id,
                    &b.name.text,
                    b.paid,
                    b.schedule.as_ref().and_then(|x| x.amount).and_then(|x| x.value),
                    b.schedule.as_ref().and_then(|x| x.amount).and_then(|x| x.unit),
                    b.start_date,
                    &b.funding_source,
                    b.self_directed,
                    b.rate_per_unit,
                    &b.goal_ids
                ),
                "{name}"
            );
        }
        assert_eq!(back.needs.len(), plan.needs.len(), "{name}");
        assert_eq!(back.risks.len(), plan.risks.len(), "{name}");
        assert_eq!(back.profile.strengths.len(), plan.profile.strengths.len(), "{name}");
        assert_eq!(
            back.signatures.iter().filter(|s| s.date.is_some()).count(),
            plan.signatures.iter().filter(|s| s.date.is_some()).count(),
            "{name}"
        );
        assert_eq!(back.plan_monitor.as_ref().map(|m| &m.name), plan.plan_monitor.as_ref().map(|m| &m.name), "{name}");
        assert_eq!(back.planner.as_ref().map(|m| &m.name), plan.planner.as_ref().map(|m| &m.name), "{name}");
        assert_eq!(back.backup_plan.is_some(), plan.backup_plan.is_some(), "{name}");
        assert_eq!(
            back.service_choice.as_ref().map(|c| c.person_agrees),
            plan.service_choice.as_ref().map(|c| c.person_agrees),
            "{name}"
        );
    }
}

/// A bundle exported for a recipient holds only their copy: no resource, narrative or remainder extension
/// carries the confidential need or the hidden address; the substitute address is there; an unknown recipient
/// is an error, not the full plan.
#[test]
fn export_for_a_recipient_carries_only_their_copy() {
    let engine = engine();
    let plan = Plan::from_json_str(include_str!("fixtures/copies.json")).unwrap();
    let full = String::from_utf8(fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap()).unwrap();
    assert!(full.contains("Counseling after leaving") && full.contains("12 Hidden Lane"), "the agency's bundle");

    let options = ExportOptions { recipient: Some("rcp-clinic".into()), ..ExportOptions::default() };
    let clinic = String::from_utf8(fhir::export_json(&engine, &plan, &options).unwrap()).unwrap();
    for secret in ["Counseling after leaving", "12 Hidden Lane", "rcp-counselor", "Example Counseling"] {
        assert!(!clinic.contains(secret), "the clinic's bundle holds {secret:?}");
    }
    assert!(clinic.contains("PO Box 1000"), "the substitute address stands in");
    let back = fhir::import(clinic.as_bytes(), &ImportOptions::default()).unwrap();
    assert_eq!(back.plan, pcplan::copy::for_recipient(&plan, "rcp-clinic").unwrap(), "the bundle is the copy");

    let options = ExportOptions { recipient: Some("rcp-nobody".into()), ..ExportOptions::default() };
    let err = fhir::export_json(&engine, &plan, &options).unwrap_err();
    assert_eq!(err.code(), "copy");
}

/// Schedules travel as FHIR: the amount as quantityQuantity or quantityRatio, the rhythm as
/// occurrenceTiming.repeat. Read back from the resources alone (the remainder extension removed), every
/// schedule is the one exported.
#[test]
fn schedules_travel_as_occurrence_timing() {
    let engine = engine();
    let plan = Plan::from_json_str(include_str!("fixtures/schedules.json")).unwrap();
    let mut bundle: Value =
        serde_json::from_slice(&fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap()).unwrap();
    let requests: Vec<&Value> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "ServiceRequest")
        .collect();
    let counseling = requests.iter().find(|r| r["code"]["text"] == "Counseling").unwrap();
    let repeat = &counseling["occurrenceTiming"]["repeat"];
    assert_eq!(repeat["period"], 2.0);
    assert_eq!(repeat["periodUnit"], "wk");
    assert_eq!(repeat["dayOfWeek"], serde_json::json!(["tue"]));
    assert_eq!(repeat["timeOfDay"], serde_json::json!(["10:00:00"]));
    assert_eq!(repeat["boundsPeriod"]["start"], "2026-01-15");
    assert!(counseling.get("occurrencePeriod").is_none(), "occurrence[x] is one element");
    let meals = requests.iter().find(|r| r["code"]["text"] == "Medically tailored meals").unwrap();
    assert_eq!(meals["occurrenceTiming"]["repeat"]["boundsDuration"]["value"], 12.0);
    let deposit = requests.iter().find(|r| r["code"]["text"] == "Security deposit").unwrap();
    assert_eq!(deposit["occurrenceTiming"]["repeat"]["count"], 1);
    let navigation = requests.iter().find(|r| r["code"]["text"] == "Housing navigation").unwrap();
    assert!(navigation.get("occurrenceTiming").is_none(), "an amount per month needs no Timing");

    // Without pcplan's remainder, the resources alone give back every schedule.
    let care_plan = &mut bundle["entry"][0]["resource"];
    care_plan["extension"].as_array_mut().unwrap().retain(|e| !e["url"].as_str().unwrap().contains("remainder"));
    let back = fhir::import(&serde_json::to_vec(&bundle).unwrap(), &ImportOptions::default()).unwrap();
    for (ours, theirs) in plan.supports.iter().zip(&back.plan.supports) {
        assert_eq!(
            serde_json::to_value(&ours.schedule).unwrap(),
            serde_json::to_value(&theirs.schedule).unwrap(),
            "{}",
            ours.name.text
        );
    }
}

/// Billing facts travel as FHIR, not only in pcplan's remainder: the code's modifiers as ServiceRequest
/// orderDetail, the place of service as locationCode, and the Claim (a preauthorization when the support has an
/// authorization) with the authorizing payer's Coverage, the authorization number as `preAuthRef`, the
/// authorized units and days, and the rate with its currency. Read back without the remainder, every support's
/// billing facts are the exported ones.
#[test]
fn billing_facts_travel_as_claims_and_coverage() {
    let engine = engine();
    let plan = Plan::from_json_str(include_str!("fixtures/billing.json")).unwrap();
    let mut bundle: Value =
        serde_json::from_slice(&fhir::export_json(&engine, &plan, &ExportOptions::default()).unwrap()).unwrap();
    let resources: Vec<Value> = bundle["entry"].as_array().unwrap().iter().map(|e| e["resource"].clone()).collect();
    let by_url = |url: &str| {
        let entry = bundle["entry"].as_array().unwrap().iter().find(|e| e["fullUrl"] == url).unwrap();
        entry["resource"].clone()
    };
    let request = |name: &str| {
        resources.iter().find(|r| r["resourceType"] == "ServiceRequest" && r["code"]["text"] == name).unwrap().clone()
    };
    let ecm = request("Enhanced Care Management");
    assert_eq!(ecm["code"]["coding"][0]["code"], "G9008");
    assert_eq!(ecm["orderDetail"][0]["coding"][0]["code"], "U1");
    assert_eq!(ecm["locationCode"][0]["coding"][0]["code"], "12");
    let claim = by_url(ecm["supportingInfo"][0]["reference"].as_str().unwrap());
    assert_eq!(claim["use"], "preauthorization");
    assert_eq!(claim["insurance"][0]["preAuthRef"], serde_json::json!(["AUTH-2026-0001"]));
    let item = &claim["item"][0];
    assert_eq!(item["quantity"]["value"], 6.0);
    assert_eq!(item["servicedPeriod"], serde_json::json!({ "start": "2026-01-15", "end": "2026-07-14" }));
    assert_eq!(item["unitPrice"], serde_json::json!({ "value": 350.0, "currency": "USD" }));
    assert_eq!(item["modifier"][0]["coding"][0]["code"], "U1");
    assert_eq!(item["productOrService"]["coding"][0]["code"], "G9008");
    // The same payer funds and authorizes: one Coverage.
    assert_eq!(claim["insurance"][0]["coverage"], ecm["insurance"][0]);

    // Funded by one payer, authorized by another: the Claim's Coverage is the authorizing payer's.
    let housing = request("Housing transition navigation");
    let claim = by_url(housing["supportingInfo"][0]["reference"].as_str().unwrap());
    let coverage = by_url(claim["insurance"][0]["coverage"]["reference"].as_str().unwrap());
    assert_eq!(coverage["payor"][0]["display"], "Anthem Blue Cross");
    let funding = by_url(housing["insurance"][0]["reference"].as_str().unwrap());
    assert_eq!(funding["payor"][0]["display"], "Medi-Cal");

    // Modifiers without a claim still travel, on the ServiceRequest.
    let peer = request("Peer support");
    assert_eq!(peer["orderDetail"][0]["coding"][0]["code"], "HQ");
    assert!(peer.get("supportingInfo").is_none());

    // The remainder carries none of it.
    let care_plan = &mut bundle["entry"][0]["resource"];
    if let Some(extensions) = care_plan["extension"].as_array_mut() {
        extensions.retain(|e| !e["url"].as_str().unwrap().contains("remainder"));
    }
    let back = fhir::import(&serde_json::to_vec(&bundle).unwrap(), &ImportOptions::default()).unwrap();
    assert!(back.unmapped.is_empty(), "{:?}", back.unmapped);
    for (ours, theirs) in plan.supports.iter().zip(&back.plan.supports) {
        let facts = |s: &pcplan::model::Support| {
            serde_json::to_value((
                &s.code,
                s.rate_per_unit,
                &s.currency,
                &s.place_of_service,
                &s.funding_source,
                &s.authorization,
            ))
            .unwrap()
        };
        assert_eq!(facts(ours), facts(theirs), "{}", ours.name.text);
    }
}
