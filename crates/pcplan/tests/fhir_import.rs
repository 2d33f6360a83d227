//! eLTSS on FHIR import: bundles pcplan did not write (STU1 searchset, STU2 transaction) and bad input, each a
//! clear error with its path, never a panic, never a value in an error or a report.
#![cfg(feature = "fhir")]

use pcplan::fhir::{self, FhirError, ImportOptions, UnmappedKind};
use pcplan::model::{ServiceInterval, ServiceUnit};
use serde_json::{Value, json};

fn bundle(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fhir/bundles/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn import_value(v: &Value) -> Result<fhir::Imported, FhirError> {
    fhir::import(&serde_json::to_vec(v).unwrap(), &ImportOptions::default())
}

#[test]
fn an_stu1_searchset_with_contained_and_absolute_references_imports() {
    let out = fhir::import(&bundle("stu1-searchset"), &ImportOptions::default()).unwrap();
    let plan = &out.plan;
    assert_eq!(plan.effective_period.start.to_string(), "2025-03-01");
    assert_eq!(plan.person.legal_name.family, "Doe");
    assert_eq!(plan.person.language.preferred_written().to_string(), "es");
    assert_eq!(plan.needs.len(), 1, "the contained Condition");
    assert_eq!(plan.needs[0].description.text, "Help with bathing");
    assert_eq!(plan.goals.len(), 1);
    assert_eq!(plan.goals[0].id.as_str(), "g-1");
    let s = &plan.supports[0];
    assert_eq!(s.name.text, "Homemaker");
    assert_eq!(s.code.as_ref().map(|c| (c.system.as_str(), c.code.as_str())), Some(("HCPCS", "S5130")));
    assert_eq!(s.provider.as_ref().map(|p| p.name.as_str()), Some("Valley Home Care"));
    assert_eq!(s.end_date.map(|d| d.to_string()).as_deref(), Some("2026-02-28"));
    assert_eq!(s.goal_ids.iter().map(|g| g.as_str()).collect::<Vec<_>>(), ["g-1"]);
    assert_eq!(plan.planner.as_ref().map(|p| p.name.as_str()), Some("Ana Lee"));

    let report: Vec<(&str, UnmappedKind)> = out.unmapped.iter().map(|u| (u.path.as_str(), u.kind)).collect();
    for expected in [
        ("Bundle.entry[1].resource.gender", UnmappedKind::Element),
        ("Bundle.entry[1].resource._birthDate", UnmappedKind::PrimitiveExtension),
        ("Bundle.entry[2].resource.extension[0]", UnmappedKind::Extension),
        ("Bundle.entry[5].resource", UnmappedKind::Resource),
    ] {
        assert!(report.contains(&expected), "{expected:?} not in {report:?}");
    }
    // Kept where the plan can keep it, by path.
    let kept = plan.extensions["fhir"]["unmapped"].as_array().unwrap();
    assert!(kept.iter().any(|k| k["path"] == "Bundle.entry[1].resource.gender" && k["value"] == "other"));
    // The report names paths, never values.
    let text = serde_json::to_string(&out.unmapped).unwrap();
    for value in ["other", "hopeful", "Doe", "month"] {
        assert!(!text.contains(value), "the report shows {value}");
    }
}

#[test]
fn an_stu2_transaction_with_timing_bounds_and_the_stu1_directed_by_url_imports() {
    let out = fhir::import(&bundle("stu2-transaction"), &ImportOptions::default()).unwrap();
    let s = &out.plan.supports[0];
    assert_eq!(s.name.text, "Personal care");
    assert_eq!(s.code.as_ref().map(|c| c.system.as_str()), Some("HCPCS"));
    assert!(s.self_directed, "procedure-directedBy with text Self");
    let amount = s.schedule.as_ref().and_then(|x| x.amount);
    assert_eq!(
        (amount.and_then(|a| a.value), amount.and_then(|a| a.unit), s.schedule.as_ref().and_then(|x| x.interval())),
        (Some(8.0), Some(ServiceUnit::Hour), Some(ServiceInterval::Day))
    );
    assert_eq!(s.start_date.map(|d| d.to_string()).as_deref(), Some("2025-07-01"));
    assert_eq!(s.end_date.map(|d| d.to_string()).as_deref(), Some("2025-12-31"));
    assert_eq!(s.funding_source.as_deref(), Some("State Medicaid"));
    // An EpisodeOfCare nothing links to still gives the plan monitor.
    let monitor = out.plan.plan_monitor.as_ref().unwrap();
    assert_eq!((monitor.name.as_str(), monitor.phone.as_deref()), ("Kim Tran", Some("555-0100")));
    assert_eq!(out.plan.person.language.preferred_written().to_string(), "vi");
}

fn care_plan(id: &str, part_of: Option<&str>) -> Value {
    let mut cp = json!({
        "resourceType": "CarePlan", "id": id, "status": "active", "intent": "plan",
        "subject": { "reference": "Patient/p" }, "period": { "start": "2025-01-01" }
    });
    if let Some(p) = part_of {
        cp["partOf"] = json!([{ "reference": format!("CarePlan/{p}") }]);
    }
    json!({ "fullUrl": format!("http://x/CarePlan/{id}"), "resource": cp })
}

fn with(entries: Vec<Value>) -> Value {
    let mut all = entries;
    all.push(json!({ "fullUrl": "http://x/Patient/p", "resource": { "resourceType": "Patient", "id": "p", "name": [{ "family": "F", "given": ["G"] }] } }));
    json!({ "resourceType": "Bundle", "type": "collection", "entry": all })
}

#[test]
fn bad_input_gives_clear_errors_with_paths() {
    let err = fhir::import(b"{\"resourceType\": \"Bundle\", ", &ImportOptions::default()).unwrap_err();
    assert!(matches!(err, FhirError::Syntax { line: 1, .. }), "{err}");

    let err = fhir::import(b"{\"resourceType\": \"Patient\"}", &ImportOptions::default()).unwrap_err();
    assert_eq!(err.code(), "not-a-bundle");

    let err = import_value(&with(vec![])).unwrap_err();
    assert_eq!(err.code(), "no-care-plan");

    let err = import_value(&with(vec![care_plan("a", None), care_plan("b", None)])).unwrap_err();
    let FhirError::AmbiguousCarePlan { count: 2, paths } = &err else { panic!("{err}") };
    assert_eq!(paths, &["Bundle.entry[0].resource", "Bundle.entry[1].resource"]);
    // Naming one picks it; the other is then reported, not dropped.
    let opts = ImportOptions { care_plan: Some("b".into()), ..ImportOptions::default() };
    let out =
        fhir::import(&serde_json::to_vec(&with(vec![care_plan("a", None), care_plan("b", None)])).unwrap(), &opts)
            .unwrap();
    assert!(
        out.unmapped.iter().any(|u| u.path == "Bundle.entry[0].resource" && u.kind == UnmappedKind::UnlinkedResource)
    );

    let err = import_value(&with(vec![care_plan("a", Some("b")), care_plan("b", Some("a"))])).unwrap_err();
    assert_eq!(err.code(), "reference-cycle", "{err}");
    assert!(err.to_string().contains("Bundle.entry[") && err.to_string().contains(".partOf"), "{err}");

    let mut no_start = with(vec![care_plan("a", None)]);
    no_start["entry"][0]["resource"]["period"] = json!({});
    let err = import_value(&no_start).unwrap_err();
    assert_eq!(
        err.to_string(),
        "at Bundle.entry[0].resource.period.start: expected the plan's start date (eLTSS requires CarePlan.period.start)"
    );

    let mut wrong_type = with(vec![care_plan("a", None)]);
    wrong_type["entry"][1]["resource"]["birthDate"] = json!(19600402);
    let err = import_value(&wrong_type).unwrap_err();
    assert_eq!(err.to_string(), "at Bundle.entry[1].resource.birthDate: expected a string");
    assert!(!err.to_string().contains("19600402"), "the error shows the value: {err}");

    // A 50 MB bundle is refused before it is parsed.
    let mut big = b"{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[".to_vec();
    big.resize(50 << 20, b' ');
    let err = fhir::import(&big, &ImportOptions::default()).unwrap_err();
    assert_eq!(err.to_string(), "the bundle is larger than the limit of 16777216 bytes");

    // Nesting deeper than the parser allows is a syntax error with its place, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert_eq!(fhir::import(deep.as_bytes(), &ImportOptions::default()).unwrap_err().code(), "syntax");
}

#[test]
fn a_backup_care_plan_part_of_the_main_one_is_the_backup_plan() {
    let mut backup = care_plan("b", Some("a"));
    backup["resource"]["description"] = json!("Call my sister");
    let out = import_value(&with(vec![backup, care_plan("a", None)])).unwrap();
    assert_eq!(out.plan.backup_plan.unwrap().description.text, "Call my sister");
}

/// Billing content pcplan cannot hold is reported by path and kept, never dropped: an orderDetail that is not a
/// modifier, a second place-of-service code, a preauthorization whose Coverage names no payer.
#[test]
fn billing_content_without_a_place_is_reported_and_kept() {
    let engine = pcplan::Engine::new(pcplan::EngineOptions::default()).unwrap();
    let plan = pcplan::model::Plan::from_json_str(include_str!("fixtures/billing.json")).unwrap();
    let bytes = fhir::export_json(&engine, &plan, &fhir::ExportOptions::default()).unwrap();
    let mut b: Value = serde_json::from_slice(&bytes).unwrap();
    let entries = b["entry"].as_array_mut().unwrap();
    let i = entries.iter().position(|e| e["resource"]["code"]["text"] == "Enhanced Care Management").unwrap();
    let sr = &mut entries[i]["resource"];
    sr["orderDetail"].as_array_mut().unwrap().push(json!({ "text": "SECRET after 5 pm only" }));
    sr["locationCode"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "coding": [{ "system": "http://example.org", "code": "x" }] }));
    let claim_url = sr["supportingInfo"][0]["reference"].as_str().unwrap().to_owned();
    let c = entries.iter().position(|e| e["fullUrl"] == claim_url.as_str()).unwrap();
    let coverage_url = entries[c]["resource"]["insurance"][0]["coverage"]["reference"].as_str().unwrap().to_owned();
    let k = entries.iter().position(|e| e["fullUrl"] == coverage_url.as_str()).unwrap();
    entries[k]["resource"].as_object_mut().unwrap().remove("payor");
    let out = import_value(&b).unwrap();
    let at = |p: String| out.unmapped.iter().find(|u| u.path == p).unwrap_or_else(|| panic!("{p}: {:?}", out.unmapped));
    assert_eq!(at(format!("Bundle.entry[{i}].resource.orderDetail[1]")).kind, UnmappedKind::Element);
    assert_eq!(at(format!("Bundle.entry[{i}].resource.locationCode[1]")).kind, UnmappedKind::Element);
    assert_eq!(
        at(format!("Bundle.entry[{c}].resource.insurance")).reason,
        "an authorization needs its payer (Coverage.payor)"
    );
    assert!(out.unmapped.iter().all(|u| !format!("{u:?}").contains("SECRET")), "a value in the report");
    let kept = serde_json::to_string(&out.plan.extensions).unwrap();
    assert!(kept.contains("SECRET after 5 pm only") && kept.contains("AUTH-2026-0001"), "dropped: {kept}");
}
