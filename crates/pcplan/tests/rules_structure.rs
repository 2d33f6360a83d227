//! Structure and completeness rules S1–S17, through the public API: a complete plan passes, and each
//! mutation triggers its rule with the expected severity and JSON Pointer.

use pcplan::i18n::Localizer;
use pcplan::model::Plan;
use pcplan::validate::{Profile, Report, Severity, ValidateOptions, validate};
use serde_json::{Value, json};

const MARKER: &str = "Qzv-MARKER-4411";
const ALL_PROFILES: &[Profile] = &[Profile::Core, Profile::Hcbs, Profile::CalaimEcm, Profile::CalaimCsHousing];
const S_CODES: [&str; 17] =
    ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9", "S10", "S11", "S12", "S13", "S14", "S15", "S16", "S17"];

fn t(text: &str) -> Value {
    json!({ "text": text, "lang": "en" })
}

/// The source plan: a complete HCBS plan from the examples.
fn source() -> Value {
    serde_json::from_str(include_str!("../../../examples/plans/hcbs-en-marcus.json")).unwrap()
}

/// The index of the first unpaid support.
fn unpaid(v: &Value) -> usize {
    v["supports"].as_array().unwrap().iter().position(|s| s["paid"] == json!(false)).unwrap()
}

/// Turns every unpaid support into a paid one (the example's unpaid supports are otherwise complete).
fn drop_unpaid(v: &mut Value) {
    for s in v["supports"].as_array_mut().unwrap() {
        s["paid"] = json!(true);
    }
}

/// Adds a goal with no steps, linked by no support; returns its index.
fn push_bare_goal(v: &mut Value) -> usize {
    let goals = v["goals"].as_array_mut().unwrap();
    goals.push(
        json!({ "id": "goal-bare", "statement": t("Learn to swim."), "expressedBy": "person", "status": "proposed" }),
    );
    goals.len() - 1
}

/// A plan that passes every structure rule under every profile.
fn base() -> Value {
    let mut v = source();
    let lead = v["team"][0]["id"].clone();
    v["modifications"] = json!([{
        "id": "mod-1",
        "right": t("Access to food at any time"),
        "assessedNeed": t("a"), "priorInterventions": t("b"), "lessIntrusiveMethods": t("c"),
        "conditionDescription": t("d"), "dataCollection": t("e"), "reviewTimeLimits": t("f"),
        "informedConsent": t("g"), "noHarmAssurance": t("h")
    }]);
    v["programSections"] = json!({
        "ecm": {
            "leadCareManagerId": lead,
            "careDomains": ["physical", "behavioral", "substance-use", "ltss", "oral", "palliative", "social-needs"]
        },
        "housingSupportPlan": {
            "barriers": [t("No rental history.")],
            "shortTermGoals": [{ "id": "hg-1", "text": t("Get a state ID."), "measure": t("ID in hand.") }],
            "longTermGoals": [{ "id": "hg-2", "text": t("Keep a lease for a year."), "measure": t("Lease renewed.") }]
        }
    });
    v
}

fn load(v: &Value) -> Plan {
    Plan::from_json_str(&v.to_string()).unwrap_or_else(|e| panic!("test plan does not load: {e}"))
}

fn options(profiles: &[Profile]) -> ValidateOptions {
    let mut o = ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
    o.profiles = Some(profiles.to_vec());
    o
}

fn run(v: &Value, profiles: &[Profile]) -> Report {
    validate(&load(v), &options(profiles))
}

fn found(report: &Report, code: &str) -> Vec<(Severity, String, &'static str)> {
    report.with_code(code).map(|f| (f.severity, f.path.clone(), f.message_id)).collect()
}

/// Applies `mutate` to the base, and asserts a finding `code` at `path` with `severity` under `profiles`,
/// and that the base has no finding with that code.
fn triggers(
    profiles: &[Profile],
    code: &str,
    severity: Severity,
    path: &str,
    mutate: impl FnOnce(&mut Value),
) -> Report {
    let base = base();
    assert!(found(&run(&base, profiles), code).is_empty(), "the base plan triggers {code}");
    let mut v = base;
    mutate(&mut v);
    let report = run(&v, profiles);
    let got = found(&report, code);
    assert!(
        got.iter().any(|(s, p, _)| *s == severity && p == path),
        "expected {code} {severity:?} at {path}, got {got:?}"
    );
    report
}

fn core() -> &'static [Profile] {
    &[Profile::Core]
}

#[test]
fn base_plan_passes_every_structure_rule_under_every_profile() {
    let report = run(&base(), ALL_PROFILES);
    let structural: Vec<_> = report.findings.iter().filter(|f| S_CODES.contains(&f.code)).collect();
    assert!(structural.is_empty(), "{structural:#?}");
    for profiles in [core(), &[Profile::Hcbs][..], &[Profile::CalaimEcm], &[Profile::CalaimCsHousing]] {
        let report = run(&base(), profiles);
        assert!(report.findings.iter().all(|f| !S_CODES.contains(&f.code)), "{:#?}", report.findings);
    }
}

#[test]
fn s01_legal_name_and_identifier() {
    triggers(core(), "S1", Severity::Error, "/person/legalName/family", |v| {
        v["person"]["legalName"]["family"] = json!(" ")
    });
    triggers(core(), "S1", Severity::Error, "/person/identifiers", |v| v["person"]["identifiers"] = json!([]));
}

#[test]
fn s02_period_end_before_start() {
    triggers(core(), "S2", Severity::Error, "/effectivePeriod/end", |v| {
        v["effectivePeriod"]["end"] = json!("2025-12-31")
    });
}

#[test]
fn s03_goals() {
    triggers(core(), "S3", Severity::Error, "/goals", |v| {
        v.as_object_mut().unwrap().remove("goals");
        // Keep the supports' links valid.
        for s in v["supports"].as_array_mut().unwrap() {
            s["goalIds"] = json!([]);
            s["needIds"] = json!(["need-1"]);
        }
    });
    triggers(core(), "S3", Severity::Error, "/goals/0/statement", |v| v["goals"][0]["statement"]["text"] = json!(""));
}

#[test]
fn s04_strengths_and_preferences_severity_depends_on_profile() {
    let no_strengths = |v: &mut Value| {
        for key in ["strengths", "talents", "likeAndAdmire"] {
            v["profile"].as_object_mut().unwrap().remove(key);
        }
    };
    triggers(&[Profile::Hcbs], "S4", Severity::Error, "/profile/strengths", no_strengths);
    triggers(&[Profile::CalaimEcm], "S4", Severity::Warning, "/profile/strengths", no_strengths);
    triggers(core(), "S4", Severity::Warning, "/profile/strengths", no_strengths);
    triggers(&[Profile::Hcbs], "S4", Severity::Error, "/profile/preferences", |v| {
        v["profile"]["preferences"] = json!([t("  ")]);
        v["profile"].as_object_mut().unwrap().remove("importantTo");
    });
    // A talent counts as a strength; what is important to the person counts as a preference.
    let mut v = base();
    v["profile"] = json!({ "talents": [t("Sings.")], "importantTo": [t("Family dinners.")] });
    assert!(found(&run(&v, &[Profile::Hcbs]), "S4").is_empty());
    // With both HCBS and ECM, the stricter severity wins.
    let mut v = base();
    no_strengths(&mut v);
    let report = run(&v, &[Profile::CalaimEcm, Profile::Hcbs]);
    assert_eq!(found(&report, "S4")[0].0, Severity::Error);
}

#[test]
fn s05_assessed_need() {
    triggers(core(), "S5", Severity::Error, "/needs/0/description", |v| {
        v["needs"][0]["description"]["text"] = json!(" ")
    });
    triggers(core(), "S5", Severity::Error, "/needs", |v| {
        v.as_object_mut().unwrap().remove("needs");
        for g in v["goals"].as_array_mut().unwrap() {
            g.as_object_mut().unwrap().remove("needIds");
        }
        for s in v["supports"].as_array_mut().unwrap() {
            s.as_object_mut().unwrap().remove("needIds");
        }
    });
}

#[test]
fn s06_paid_support_complete_reports_every_missing_field() {
    let report = triggers(core(), "S6", Severity::Error, "/supports/0/schedule/amount/value", |v| {
        let s = v["supports"][0].as_object_mut().unwrap();
        for key in ["provider", "schedule", "startDate"] {
            s.remove(key);
        }
        s.insert("name".into(), t(""));
    });
    let mut paths: Vec<_> = found(&report, "S6").into_iter().map(|(_, p, _)| p).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/supports/0/name",
            "/supports/0/provider",
            "/supports/0/schedule/amount/unit",
            "/supports/0/schedule/amount/value",
            "/supports/0/schedule/periodUnit",
            "/supports/0/startDate"
        ]
    );
    let report = triggers(core(), "S6", Severity::Error, "/supports/0/schedule/amount/value", |v| {
        v["supports"][0]["schedule"]["amount"]["value"] = json!(0)
    });
    assert_eq!(found(&report, "S6")[0].2, "s6-quantity-not-positive");
    triggers(core(), "S6", Severity::Error, "/supports/0/provider/name", |v| {
        v["supports"][0]["provider"]["name"] = json!("")
    });
    // One-time and as-needed services satisfy the interval; unpaid supports are not checked.
    let mut v = base();
    let amount = v["supports"][0]["schedule"]["amount"].take();
    v["supports"][0]["schedule"] = json!({ "amount": amount, "once": true });
    let u = unpaid(&v);
    v["supports"][u].as_object_mut().unwrap().remove("startDate");
    assert!(found(&run(&v, core()), "S6").is_empty());
}

#[test]
fn s07_support_dates_in_period() {
    triggers(core(), "S7", Severity::Error, "/supports/0/startDate", |v| {
        v["supports"][0]["startDate"] = json!("2025-12-01")
    });
    triggers(core(), "S7", Severity::Error, "/supports/1/startDate", |v| {
        v["supports"][1]["startDate"] = json!("2027-03-05")
    });
    let report = triggers(core(), "S7", Severity::Error, "/supports/0/endDate", |v| {
        v["supports"][0]["endDate"] = json!("2026-02-10")
    });
    assert_eq!(found(&report, "S7")[0].2, "s7-end-before-start");
    let report = triggers(core(), "S7", Severity::Error, "/supports/0/endDate", |v| {
        v["supports"][0]["endDate"] = json!("2027-03-01")
    });
    assert_eq!(found(&report, "S7")[0].2, "s7-end-after-plan");
}

#[test]
fn s08_support_linked() {
    triggers(core(), "S8", Severity::Error, "/supports/1/goalIds", |v| {
        let s = v["supports"][1].as_object_mut().unwrap();
        s.remove("goalIds");
        s.remove("needIds");
    });
}

#[test]
fn s09_goal_has_step_or_support() {
    let at = format!("/goals/{}/steps", base()["goals"].as_array().unwrap().len());
    triggers(core(), "S9", Severity::Warning, &at, |v| {
        push_bare_goal(v);
    });
    // A support linked to the goal is enough.
    let mut v = base();
    v["goals"][0].as_object_mut().unwrap().remove("steps");
    assert!(found(&run(&v, core()), "S9").is_empty());
}

#[test]
fn s10_natural_support() {
    triggers(core(), "S10", Severity::Warning, "/supports", drop_unpaid);
    let mut v = base();
    drop_unpaid(&mut v);
    v["naturalSupportsNoneIdentified"] = json!(true);
    assert!(found(&run(&v, core()), "S10").is_empty());
}

#[test]
fn s11_unpaid_support_relationship() {
    let u = unpaid(&base());
    triggers(core(), "S11", Severity::Error, &format!("/supports/{u}/provider/relationship"), |v| {
        let p = v["supports"][u]["provider"].as_object_mut().unwrap();
        p.remove("relationship");
        p.remove("teamMemberId");
    });
    triggers(core(), "S11", Severity::Error, &format!("/supports/{u}/provider"), |v| {
        v["supports"][u].as_object_mut().unwrap().remove("provider");
    });
    // The relationship may be recorded on the provider's team entry instead.
    let mut v = base();
    v["team"].as_array_mut().unwrap().push(json!({
        "id": "tm-new", "name": "Sam Canary", "role": "family", "relationship": "brother"
    }));
    v["supports"][u]["provider"] = json!({ "name": "Sam Canary", "teamMemberId": "tm-new" });
    assert!(found(&run(&v, core()), "S11").is_empty());
}

#[test]
fn s12_risk_mitigation_and_backup_plan() {
    triggers(core(), "S12", Severity::Error, "/risks/0/mitigation", |v| {
        v["risks"][0].as_object_mut().unwrap().remove("mitigation");
    });
    // No backup plan: an error while a critical support is in the plan...
    let report = triggers(core(), "S12", Severity::Error, "/backupPlan", |v| {
        v.as_object_mut().unwrap().remove("backupPlan");
    });
    assert_eq!(found(&report, "S12")[0].2, "s12-backup-plan-missing-critical");
    // ...and a warning otherwise.
    let report = triggers(core(), "S12", Severity::Warning, "/backupPlan", |v| {
        v.as_object_mut().unwrap().remove("backupPlan");
        for s in v["supports"].as_array_mut().unwrap() {
            s["critical"] = json!(false);
        }
    });
    assert_eq!(found(&report, "S12").len(), 1);
    triggers(core(), "S12", Severity::Error, "/backupPlan/description", |v| {
        v["backupPlan"]["description"]["text"] = json!("")
    });
}

#[test]
fn s13_setting_and_service_choice() {
    let hcbs = &[Profile::Hcbs];
    triggers(hcbs, "S13", Severity::Error, "/settingChoice", |v| {
        v.as_object_mut().unwrap().remove("settingChoice");
    });
    triggers(hcbs, "S13", Severity::Error, "/settingChoice/chosenByPerson", |v| {
        v["settingChoice"]["chosenByPerson"] = json!(false)
    });
    triggers(hcbs, "S13", Severity::Error, "/settingChoice/alternativesConsidered", |v| {
        v["settingChoice"]["alternativesConsidered"] = json!([])
    });
    triggers(hcbs, "S13", Severity::Error, "/serviceChoice", |v| {
        v.as_object_mut().unwrap().remove("serviceChoice");
    });
    let not_offered = |v: &mut Value| v["serviceChoice"]["providerOptionsOffered"] = json!(false);
    triggers(hcbs, "S13", Severity::Error, "/serviceChoice/providerOptionsOffered", not_offered);
    triggers(hcbs, "S13", Severity::Error, "/serviceChoice/serviceOptionsOffered", |v| {
        v["serviceChoice"]["serviceOptionsOffered"] = json!(false)
    });
    // A recorded reason satisfies the rule; outside HCBS it does not run.
    let mut v = base();
    not_offered(&mut v);
    v["serviceChoice"]["reasonNotOffered"] = t("Only one agency serves the county.");
    assert!(found(&run(&v, hcbs), "S13").is_empty());
    let mut v = base();
    v.as_object_mut().unwrap().remove("settingChoice");
    assert!(found(&run(&v, &[Profile::CalaimEcm]), "S13").is_empty());
}

#[test]
fn s14_plan_monitor() {
    triggers(core(), "S14", Severity::Error, "/planMonitor", |v| {
        v.as_object_mut().unwrap().remove("planMonitor");
    });
    triggers(core(), "S14", Severity::Error, "/planMonitor/name", |v| v["planMonitor"]["name"] = json!(" "));
}

#[test]
fn s15_modification_reports_each_missing_item() {
    let report = triggers(core(), "S15", Severity::Error, "/modifications/0/dataCollection", |v| {
        let m = v["modifications"][0].as_object_mut().unwrap();
        m.remove("dataCollection");
        m.remove("informedConsent");
        m.insert("noHarmAssurance".into(), t(" "));
    });
    let mut paths: Vec<_> = found(&report, "S15").into_iter().map(|(_, p, _)| p).collect();
    paths.sort();
    assert_eq!(
        paths,
        ["/modifications/0/dataCollection", "/modifications/0/informedConsent", "/modifications/0/noHarmAssurance"]
    );
    let f = report.with_code("S15").find(|f| f.path.ends_with("/dataCollection")).unwrap();
    assert_eq!(f.args.get("item").map(String::as_str), Some("dataCollection"));
    assert!(f.message.contains("data"), "{}", f.message);
    // A modification with only its right named misses all eight.
    let mut v = base();
    v["modifications"] = json!([{ "id": "mod-2", "right": t("Visitors at any time") }]);
    assert_eq!(found(&run(&v, core()), "S15").len(), 8);
}

#[test]
fn s16_ecm_care_domains() {
    let ecm = &[Profile::CalaimEcm];
    let report = triggers(ecm, "S16", Severity::Warning, "/programSections/ecm/careDomains", |v| {
        v["programSections"]["ecm"]["careDomains"] = json!(["physical", "behavioral", "social-needs"])
    });
    let mut missing: Vec<_> =
        report.with_code("S16").map(|f| f.args.get("domain").cloned().unwrap_or_default()).collect();
    missing.sort();
    assert_eq!(missing, ["ltss", "oral", "palliative", "substance-use"]);
    assert!(report.with_code("S16").all(|f| f.message.contains("care plan") && !f.message.contains('{')));
    triggers(ecm, "S16", Severity::Warning, "/programSections/ecm", |v| {
        v["programSections"].as_object_mut().unwrap().remove("ecm");
    });
    // The plan's program selects the profile.
    let mut v = base();
    v["programs"] = json!(["calaim-ecm"]);
    v["programSections"].as_object_mut().unwrap().remove("ecm");
    let mut o = options(core());
    o.profiles = None;
    assert_eq!(validate(&load(&v), &o).with_code("S16").count(), 1);
}

#[test]
fn s17_housing_support_plan() {
    let housing = &[Profile::CalaimCsHousing];
    triggers(housing, "S17", Severity::Error, "/programSections/housingSupportPlan", |v| {
        v["programSections"].as_object_mut().unwrap().remove("housingSupportPlan");
    });
    let report = triggers(housing, "S17", Severity::Error, "/programSections/housingSupportPlan/barriers", |v| {
        v["programSections"]["housingSupportPlan"] = json!({ "otherServices": [t("Deposit help")] })
    });
    let mut paths: Vec<_> = found(&report, "S17").into_iter().map(|(_, p, _)| p).collect();
    paths.sort();
    assert_eq!(
        paths,
        [
            "/programSections/housingSupportPlan/barriers",
            "/programSections/housingSupportPlan/longTermGoals",
            "/programSections/housingSupportPlan/shortTermGoals"
        ]
    );
    triggers(housing, "S17", Severity::Error, "/programSections/housingSupportPlan/longTermGoals/0/text", |v| {
        v["programSections"]["housingSupportPlan"]["longTermGoals"][0]["text"]["text"] = json!("")
    });
    // Not a housing plan: the rule does not run.
    let mut v = base();
    v["programSections"].as_object_mut().unwrap().remove("housingSupportPlan");
    assert!(found(&run(&v, &[Profile::Core, Profile::Hcbs, Profile::CalaimEcm]), "S17").is_empty());
    let mut v = base();
    v["programs"] = json!(["calaim-cs-housing"]);
    v["programSections"].as_object_mut().unwrap().remove("housingSupportPlan");
    let mut o = options(core());
    o.profiles = None;
    assert_eq!(validate(&load(&v), &o).with_code("S17").count(), 1);
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut v = base();
    for s in v["supports"].as_array_mut().unwrap() {
        s["startDate"] = json!("2025-01-01");
    }
    v["risks"] = json!([{ "id": "r1", "description": t("a") }, { "id": "r2", "description": t("b") }]);
    let report = run(&v, core());
    let s7: Vec<_> = found(&report, "S7").into_iter().map(|(_, p, _)| p).collect();
    let expected: Vec<_> =
        (0..v["supports"].as_array().unwrap().len()).map(|i| format!("/supports/{i}/startDate")).collect();
    assert_eq!(s7, expected);
    let s12: Vec<_> = found(&report, "S12").into_iter().map(|(_, p, _)| p).collect();
    assert_eq!(s12, ["/risks/0/mitigation", "/risks/1/mitigation"]);
}

#[test]
fn disabling_and_overriding_severity() {
    let mut v = base();
    v["supports"][0]["schedule"]["amount"]["value"] = json!(-2);
    drop_unpaid(&mut v);
    let plan = load(&v);

    let mut o = options(core());
    o.disable("S6").unwrap();
    let report = validate(&plan, &o);
    assert_eq!(report.with_code("S6").count(), 0);
    assert_eq!(report.with_code("S10").count(), 1);

    let mut o = options(core());
    o.set_severity("S10", Severity::Error).unwrap().set_severity("S6", Severity::Info).unwrap();
    let report = validate(&plan, &o);
    assert_eq!(found(&report, "S10")[0].0, Severity::Error);
    assert_eq!(found(&report, "S6")[0].0, Severity::Info);

    // A rule no active profile selects can be turned on; it runs at its strictest severity.
    let mut v = base();
    v.as_object_mut().unwrap().remove("settingChoice");
    let mut o = options(core());
    assert_eq!(validate(&load(&v), &o).with_code("S13").count(), 0);
    o.enable("S13").unwrap();
    assert_eq!(found(&validate(&load(&v), &o), "S13")[0].0, Severity::Error);

    // A code no rule has is refused, and changes nothing.
    let mut o = options(core());
    for typo in ["s6", "T-3", "S99", ""] {
        assert_eq!(o.disable(typo).unwrap_err().code, typo);
        assert!(o.enable(typo).is_err() && o.set_severity(typo, Severity::Info).is_err());
    }
    assert_eq!(validate(&plan, &o).with_code("S6").count(), 1);
}

/// Puts the marker into every piece of free text and every name in the plan.
fn mark(v: &mut Value) {
    match v {
        Value::Object(map) => {
            for (k, child) in map.iter_mut() {
                match child {
                    Value::String(s) if ["text", "name", "family", "relationship", "value"].contains(&k.as_str()) => {
                        *s = format!("{s} {MARKER}");
                    }
                    Value::Array(items) if k == "given" => {
                        for g in items {
                            *g = json!(format!("{} {MARKER}", g.as_str().unwrap_or_default()));
                        }
                    }
                    _ => mark(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(mark),
        _ => {}
    }
}

/// A plan that triggers every structure rule at least once, with the marker in all its text.
fn broken_marked() -> Value {
    let mut v = base();
    push_bare_goal(&mut v);
    let u = unpaid(&v);
    v["supports"].as_array_mut().unwrap().push(json!({
        "id": "support-new", "paid": true, "name": t("Deposit"), "provider": { "name": "Agency" },
        "schedule": { "amount": { "value": 1, "unit": "item" }, "once": true }, "startDate": "2026-02-01"
    }));
    mark(&mut v);
    // Blank fields after marking, so that they stay blank.
    v["effectivePeriod"]["end"] = json!("2025-06-30");
    v["person"]["identifiers"][0]["value"] = json!("");
    v["profile"] = json!({});
    v["needs"][0]["description"]["text"] = json!("");
    v["goals"][0]["statement"]["text"] = json!("");
    v["goals"][0].as_object_mut().unwrap().remove("steps");
    v["supports"][0]["schedule"]["amount"]["value"] = json!(-1);
    v["supports"][0]["startDate"] = json!("2025-12-01");
    let p = v["supports"][u]["provider"].as_object_mut().unwrap();
    p.remove("relationship");
    p.remove("teamMemberId");
    v["risks"][0].as_object_mut().unwrap().remove("mitigation");
    v.as_object_mut().unwrap().remove("backupPlan");
    v["settingChoice"]["alternativesConsidered"] = json!([]);
    v["serviceChoice"]["providerOptionsOffered"] = json!(false);
    v["planMonitor"]["name"] = json!("");
    v["modifications"][0].as_object_mut().unwrap().remove("noHarmAssurance");
    v["programSections"]["ecm"]["careDomains"] = json!(["physical"]);
    v["programSections"]["housingSupportPlan"]["barriers"] = json!([]);
    v
}

#[test]
fn findings_never_quote_the_plan_unless_asked() {
    let v = broken_marked();
    let plan = load(&v);
    for lang in ["en", "es"] {
        let mut o = options(ALL_PROFILES);
        o.lang = Some(lang.parse().unwrap());
        let report = validate(&plan, &o);
        let codes: std::collections::BTreeSet<_> = report.findings.iter().map(|f| f.code).collect();
        for code in S_CODES.iter().filter(|c| **c != "S10") {
            assert!(codes.contains(code), "{code} not triggered: {codes:?}");
        }
        for f in &report.findings {
            assert!(f.value.is_none(), "{f:?}");
            assert!(!f.message.contains(MARKER) && !f.help.contains(MARKER), "{f:?}");
            assert!(f.args.values().all(|a| !a.contains(MARKER)), "{f:?}");
            assert!(!f.message.is_empty() && !f.help.is_empty(), "{f:?}");
        }
        let json = report.to_json().to_string();
        assert!(!json.contains(MARKER));
        // Paths name places, not values.
        assert!(report.findings.iter().filter(|f| S_CODES.contains(&f.code)).all(|f| f.path.starts_with('/')));
    }
    // When the caller opts in, the value concerned is attached.
    let mut o = options(ALL_PROFILES);
    o.include_values = true;
    let report = validate(&plan, &o);
    let risk = report.findings.iter().find(|f| f.path == "/risks/0/mitigation").unwrap();
    assert!(risk.value.as_deref().is_some_and(|v| v.contains(MARKER)), "{risk:?}");
    let quantity = report.findings.iter().find(|f| f.path == "/supports/0/schedule/amount/value").unwrap();
    assert_eq!(quantity.value.as_deref(), Some("-1"));
}

#[test]
fn every_structure_message_has_help_in_english_and_spanish() {
    let localizer = Localizer::embedded();
    let en = localizer.message_ids(&"en".parse().unwrap()).unwrap();
    let es = localizer.message_ids(&"es".parse().unwrap()).unwrap();
    let structure: Vec<&String> =
        en.iter().filter(|id| id.starts_with('s') && id[1..].starts_with(|c: char| c.is_ascii_digit())).collect();
    assert!(structure.len() > 40, "{structure:?}");
    for id in &structure {
        assert!(es.contains(id), "{id} has no Spanish translation");
        if !id.contains('.') {
            assert!(en.contains(&format!("{id}.help")), "{id} has no .help");
        }
    }
    // Every message a finding used exists in both languages.
    let report = run(&broken_marked(), ALL_PROFILES);
    for f in report.findings.iter().filter(|f| S_CODES.contains(&f.code)) {
        for ids in [en, es] {
            assert!(ids.iter().any(|i| i == f.message_id), "{}", f.message_id);
            assert!(ids.contains(&format!("{}.help", f.message_id)), "{}", f.message_id);
        }
    }
    // Spanish findings are in Spanish.
    let mut o = options(core());
    o.lang = Some("es".parse().unwrap());
    let report = validate(&load(&broken_marked()), &o);
    let f = report.with_code("S14").next().unwrap();
    assert_eq!(f.message, "El plan no dice quién revisa que se cumpla.");
}

#[test]
fn rule_metadata_is_complete() {
    for code in S_CODES {
        let rule = pcplan::validate::rule(code).unwrap_or_else(|| panic!("{code} is not registered"));
        let m = rule.meta();
        assert!(!m.profiles.is_empty() && !m.source.is_empty(), "{code}");
        assert!(m.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{code}: {}", m.name);
        for text in [m.docs.what, m.docs.why, m.docs.fix] {
            assert!(text.len() > 40, "{code}");
        }
        // The example is a JSON fragment.
        serde_json::from_str::<Value>(m.docs.example).unwrap_or_else(|e| panic!("{code} example: {e}"));
    }
}

#[test]
fn example_plans_pass_the_structure_rules_under_their_own_profiles() {
    let examples = [
        ("ecm-ar-youssef", include_str!("../../../examples/plans/ecm-ar-youssef.json")),
        ("ecm-es-rosa", include_str!("../../../examples/plans/ecm-es-rosa.json")),
        ("hcbs-en-jordan", include_str!("../../../examples/plans/hcbs-en-jordan.json")),
        ("hcbs-en-marcus", include_str!("../../../examples/plans/hcbs-en-marcus.json")),
        ("hcbs-zh-hant-mei", include_str!("../../../examples/plans/hcbs-zh-hant-mei.json")),
    ];
    for (name, json) in examples {
        let plan = Plan::from_json_str(json).unwrap();
        let o = ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
        let report = validate(&plan, &o);
        let structural: Vec<_> =
            report.findings.iter().filter(|f| S_CODES.contains(&f.code)).map(|f| (f.code, &f.path)).collect();
        assert!(structural.is_empty(), "{name}: {structural:?}");
    }
}
