//! Monitoring against the plan: each SM rule triggers and does not trigger, schedules' rhythms ("every other
//! Tuesday") are understood, the example records give the findings their irregularities call for (from JSON
//! and from CSV alike), and "How my services are going" is rendered with the person's words escaped.
#![cfg(feature = "services")]

use pcplan::model::Plan;
use pcplan::services::agency::AgencyConfig;
use pcplan::services::monitor::{MonitorOptions, Monitoring, Pace, monitor};
use pcplan::services::records::ServiceRecords;
use pcplan::services::terms::UnitRules;
use pcplan::{Engine, EngineOptions, Format, RenderOptions};
use serde_json::{Value, json};

const LAN: &str = include_str!("../../../examples/plans/hcbs-vi-lan.json");
const AGENCY: &[u8] = include_bytes!("../../../examples/services/agency.json");

/// Lan's plan with personal care (support-1, the only support with a code and an authorization, from
/// 2026-09-15) on `schedule`, without its authorization unless `authorized`.
fn plan_with(schedule: Value, authorized: bool) -> Plan {
    let mut plan: Value = serde_json::from_str(LAN).unwrap();
    let support = &mut plan["supports"][0];
    support["schedule"] = schedule;
    if !authorized {
        support.as_object_mut().unwrap().remove("authorization");
    }
    Plan::from_json_str(&plan.to_string()).unwrap()
}

fn records(days: &[&str], support: &str, minutes: u32) -> ServiceRecords {
    let list: Vec<Value> = days
        .iter()
        .map(|d| json!({"date": d, "supportId": support, "minutes": minutes, "mode": "in-person", "personPresent": true}))
        .collect();
    ServiceRecords::from_json_str(&json!({"schemaVersion": 1, "records": list}).to_string()).unwrap()
}

fn run(plan: &Plan, records: &ServiceRecords, from: &str, to: &str) -> Monitoring {
    let agency = AgencyConfig::from_json_slice(AGENCY).unwrap();
    let options = MonitorOptions::for_period(from.parse().unwrap(), to.parse().unwrap());
    monitor(plan, records, &agency, UnitRules::embedded(), &options)
}

fn codes(m: &Monitoring) -> Vec<(&'static str, String)> {
    m.findings.iter().map(|f| (f.code, f.path.clone())).collect()
}

fn weekly() -> Value {
    json!({"amount": {"value": 4, "unit": "quarter-hour"}, "periodUnit": "week"})
}

/// Every Monday of November 2026 but those listed.
fn mondays_except(skip: &[u32]) -> Vec<String> {
    [2, 9, 16, 23, 30].iter().filter(|d| !skip.contains(d)).map(|d| format!("2026-11-{d:02}")).collect()
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

#[test]
fn as_planned_gives_no_finding() {
    let plan = plan_with(weekly(), true);
    let m = run(&plan, &records(&strs(&mondays_except(&[])), "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(m.findings.is_empty(), "{:?}", codes(&m));
    let care = &m.supports[0];
    assert_eq!(care.pace, Pace::AsPlanned);
    assert!((care.planned.unwrap() - 4.0 * 30.0 / 7.0).abs() < 1e-9);
    assert_eq!(care.delivered, 20.0);
    assert!(care.timed && care.tracked);
    // Billed as claims bill: 60 minutes are 4 units each Monday, taken from the 1,872 authorized.
    let auth = care.authorization.as_ref().unwrap();
    assert_eq!((auth.used, auth.remaining), (20, Some(1852)));
    // The other supports (an adult day health center, a son's calls) are in no record: not tracked, never
    // found below their plan.
    assert!(m.supports[1..].iter().all(|s| !s.tracked && s.pace == Pace::Unknown));
}

#[test]
fn not_in_plan_sm1() {
    let plan = plan_with(weekly(), true);
    let m = run(&plan, &records(&["2026-11-02"], "support-99", 60), "2026-11-01", "2026-11-30");
    assert!(codes(&m).contains(&("SM1", "/records/0".into())), "{:?}", codes(&m));
    let m = run(&plan, &records(&strs(&mondays_except(&[])), "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(!codes(&m).iter().any(|(c, _)| *c == "SM1"));
}

#[test]
fn outside_support_dates_sm2() {
    let plan = plan_with(weekly(), true);
    // The support starts 2026-09-15.
    let m = run(&plan, &records(&["2026-09-14", "2026-09-15"], "support-1", 60), "2026-09-01", "2026-09-30");
    let sm2: Vec<_> = codes(&m).into_iter().filter(|(c, _)| *c == "SM2").collect();
    assert_eq!(sm2, [("SM2", "/records/0".to_owned())]);
    // Outside the authorization too: the billing rule says so, once.
    assert!(codes(&m).contains(&("SV3", "/records/0".into())));
}

#[test]
fn below_and_above_plan_sm3_sm4_with_the_tolerance() {
    let plan = plan_with(weekly(), true);
    let two = records(&["2026-11-02", "2026-11-09"], "support-1", 60);
    let m = run(&plan, &two, "2026-11-01", "2026-11-30");
    assert!(codes(&m).contains(&("SM3", "/supports/0".into())), "{:?}", codes(&m));
    assert_eq!(m.findings.iter().find(|f| f.code == "SM3").unwrap().args["percent"], 47);
    assert_eq!(m.supports[0].pace, Pace::Below);
    // A wider tolerance accepts it.
    let agency = AgencyConfig::from_json_slice(AGENCY).unwrap();
    let mut options = MonitorOptions::for_period("2026-11-01".parse().unwrap(), "2026-11-30".parse().unwrap());
    options.below_plan_percent = 60;
    let lenient = monitor(&plan, &two, &agency, UnitRules::embedded(), &options);
    assert!(!codes(&lenient).iter().any(|(c, _)| *c == "SM3"));

    let long = records(&strs(&mondays_except(&[])), "support-1", 120);
    let m = run(&plan, &long, "2026-11-01", "2026-11-30");
    assert!(codes(&m).contains(&("SM4", "/supports/0".into())), "{:?}", codes(&m));
    assert_eq!(m.supports[0].pace, Pace::Above);
}

#[test]
fn as_needed_is_checked_against_its_maximum_only() {
    let plan = plan_with(
        json!({"amount": {"value": 8, "unit": "quarter-hour"}, "periodUnit": "month", "asNeeded": true}),
        true,
    );
    let none = run(&plan, &records(&[], "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(none.findings.is_empty(), "{:?}", codes(&none));
    let m =
        run(&plan, &records(&["2026-11-02", "2026-11-09", "2026-11-16"], "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(codes(&m).contains(&("SM4", "/supports/0".into())), "{:?}", codes(&m));
}

#[test]
fn missing_authorization_sm5() {
    let plan = plan_with(weekly(), false);
    let m = run(&plan, &records(&["2026-11-02"], "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(codes(&m).contains(&("SM5", "/supports/0".into())), "{:?}", codes(&m));
    // Nothing delivered: nothing to find.
    let m = run(&plan, &records(&[], "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(!codes(&m).iter().any(|(c, _)| *c == "SM5"));
    // A payer that does not require authorizations: none is missing.
    let mut agency: Value = serde_json::from_slice(AGENCY).unwrap();
    for p in agency["payers"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("requiresAuthorization");
    }
    let agency = AgencyConfig::from_json_slice(agency.to_string().as_bytes()).unwrap();
    let options = MonitorOptions::for_period("2026-11-01".parse().unwrap(), "2026-11-30".parse().unwrap());
    let m = monitor(&plan, &records(&["2026-11-02"], "support-1", 60), &agency, UnitRules::embedded(), &options);
    assert!(!codes(&m).iter().any(|(c, _)| *c == "SM5"), "{:?}", codes(&m));
}

#[test]
fn a_weekly_service_with_three_weeks_missed_is_a_long_gap_sm6() {
    let plan = plan_with(weekly(), true);
    // The support's weeks run Tuesday to Monday from 2026-09-15: a visit on any day of a week meets it.
    let m = run(&plan, &records(&strs(&mondays_except(&[9, 16])), "support-1", 60), "2026-11-01", "2026-11-30");
    assert!(!codes(&m).iter().any(|(c, _)| *c == "SM6"), "two weeks missed: {:?}", codes(&m));
    let m = run(&plan, &records(&strs(&mondays_except(&[9, 16, 23])), "support-1", 60), "2026-11-01", "2026-11-30");
    let gap = m.findings.iter().find(|f| f.code == "SM6").expect("three weeks missed");
    assert_eq!((gap.args["missed"], gap.path.as_str()), (3, "/supports/0"));
    assert_eq!(m.supports[0].gap, Some(3));
}

#[test]
fn every_other_tuesday_is_understood() {
    // Every second week from the support's start (Tuesday 2026-09-15): 15 and 29 September, 13 and 27 October…
    let plan = plan_with(
        json!({"amount": {"value": 4, "unit": "quarter-hour"}, "every": 2, "periodUnit": "week", "daysOfWeek": ["tue"]}),
        true,
    );
    let on_rhythm = ["2026-09-15", "2026-09-29", "2026-10-13", "2026-10-27", "2026-11-10", "2026-11-24"];
    let m = run(&plan, &records(&on_rhythm, "support-1", 60), "2026-09-15", "2026-12-07");
    assert!(m.findings.is_empty(), "{:?}", codes(&m));
    assert_eq!(m.supports[0].scheduled_times, 6);
    // Six weeks without it are three times missed.
    let m = run(&plan, &records(&["2026-09-15", "2026-11-24"], "support-1", 60), "2026-09-15", "2026-12-07");
    assert_eq!(m.findings.iter().find(|f| f.code == "SM6").map(|f| f.args["missed"]), Some(4), "{:?}", codes(&m));
}

#[test]
fn examples_records_json_and_csv_agree_and_show_their_irregularities() {
    for (name, expected) in [
        // A missed week of care management; the deposit paid before its authorization (and its date) began.
        ("ecm-es-alma", vec![("SM2", "/records/10"), ("SV3", "/records/10"), ("SM3", "/supports/0")]),
        // A week of personal care missed: three scheduled days in a row.
        ("hcbs-vi-lan", vec![("SM6", "/supports/0")]),
    ] {
        let plan = Plan::from_json_str(
            &std::fs::read_to_string(format!("{}/../../examples/plans/{name}.json", env!("CARGO_MANIFEST_DIR")))
                .unwrap(),
        )
        .unwrap();
        let dir = format!("{}/../../examples/services", env!("CARGO_MANIFEST_DIR"));
        let json =
            ServiceRecords::from_json_str(&std::fs::read_to_string(format!("{dir}/{name}-records.json")).unwrap())
                .unwrap();
        let csv = ServiceRecords::from_csv_str(&std::fs::read_to_string(format!("{dir}/{name}-records.csv")).unwrap())
            .unwrap();
        let (a, b) = (run(&plan, &json, "2026-11-01", "2026-11-30"), run(&plan, &csv, "2026-11-01", "2026-11-30"));
        let expected: Vec<(&str, String)> = expected.into_iter().map(|(c, p)| (c, p.to_owned())).collect();
        assert_eq!(codes(&a), expected, "{name}");
        assert_eq!(codes(&b), expected, "{name} (CSV)");
        assert_eq!(a.supports, b.supports, "{name}");
        // Findings on CSV records carry their line.
        assert!(b.findings.iter().filter(|f| f.path.starts_with("/records/")).all(|f| f.row.is_some()));
    }
}

#[test]
fn how_my_services_are_going_escapes_the_persons_words() {
    let mut value: Value = serde_json::from_str(LAN).unwrap();
    value["supports"][0]["name"] = json!({"text": "<script>alert(1)</script> *care* | [x](http://e)", "lang": "vi"});
    let plan = Plan::from_json_str(&value.to_string()).unwrap();
    let m = run(&plan, &records(&["2026-11-02"], "support-1", 180), "2026-11-01", "2026-11-30");
    let engine = Engine::new(EngineOptions::default()).unwrap();
    for format in [Format::Markdown, Format::Html] {
        let mut options = RenderOptions::new(format);
        options.lang = Some("en".parse().unwrap());
        let doc = engine.render_services(&plan, &m, &options).unwrap();
        let text = doc.text().unwrap();
        assert!(!text.contains("<script>"), "{format:?}");
        let link = if format == Format::Html { "href=\"http://e" } else { "[x](http" };
        assert!(!text.contains(link), "{format:?}: a link was made");
        assert!(text.contains("This is less than my plan says."), "{format:?}");
    }
    let mut options = RenderOptions::new(Format::Html);
    options.lang = Some("en".parse().unwrap());
    let html = String::from_utf8(engine.render_services(&plan, &m, &options).unwrap().bytes).unwrap();
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("<main") && html.contains("lang=\"en\""));
}

#[test]
fn a_recipients_copy_tells_only_the_supports_they_may_see() {
    let mut value: Value = serde_json::from_str(LAN).unwrap();
    let recipient =
        value["recipients"].as_array().unwrap().iter().find(|r| r["role"] != "person").unwrap()["id"].clone();
    value["supports"][0]["confidential"] = json!({"reason": "person-request"});
    let plan = Plan::from_json_str(&value.to_string()).unwrap();
    let m = run(&plan, &records(&["2026-11-02"], "support-1", 180), "2026-11-01", "2026-11-30");
    let engine = Engine::new(EngineOptions::default()).unwrap();
    let mut options = RenderOptions::new(Format::Markdown);
    options.lang = Some("en".parse().unwrap());
    let full = engine.render_services(&plan, &m, &options).unwrap().into_text().unwrap();
    assert!(full.contains("personal care"), "{full}");
    options.recipient = Some(recipient.as_str().unwrap().to_owned());
    let copy = engine.render_services(&plan, &m, &options).unwrap().into_text().unwrap();
    assert!(!copy.contains("personal care"), "{copy}");
}
