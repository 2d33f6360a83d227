//! eLTSS on FHIR as a property: for generated plans (needs, goals with steps, supports with every kind of
//! schedule, codes with modifiers, rates, places of service and authorizations, confidentiality marks, text in
//! any script with markup characters), plan → bundle → plan gives the same plan value for value, the bundle's
//! bytes are the same on every export, and the import maps everything it reads (nothing unmapped).
#![cfg(feature = "fhir")]

use pcplan::fhir::{self, ExportOptions, ImportOptions};
use pcplan::model::Plan;
use pcplan::{Engine, EngineOptions};
use proptest::prelude::*;
use serde_json::{Map, Value, json};

fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(EngineOptions::default()).unwrap())
}

/// Text a person or a care coordinator might write, markup characters and other scripts included.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[A-Za-z][A-Za-z ,.'-]{0,30}",
        "x\\PC{0,24}",
        Just("<b>bold</b> & \"quotes\" ]]> {{x}} #hash *star*".to_owned()),
        Just("أريد أن أعيش في بيتي".to_owned()),
        Just("我想自己做飯".to_owned()),
    ]
}

fn lt(s: String) -> Value {
    json!({ "text": s, "lang": "en" })
}

fn date() -> impl Strategy<Value = String> {
    (2026u32..2028, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"))
}

fn money() -> impl Strategy<Value = f64> {
    (1u32..100_000).prop_map(|cents| f64::from(cents) / 100.0)
}

const UNITS: [&str; 14] = [
    "minute",
    "quarter-hour",
    "hour",
    "half-day",
    "day",
    "visit",
    "session",
    "meal",
    "trip",
    "mile",
    "dollar",
    "item",
    "month",
    "service",
];
const PERIODS: [&str; 4] = ["day", "week", "month", "year"];
const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const PAYERS: [&str; 3] = ["CalViva Health", "Medi-Cal", "Anthem Blue Cross"];

fn schedule() -> impl Strategy<Value = Value> {
    (
        proptest::option::of((proptest::option::of(1u32..20), proptest::option::of(0..UNITS.len()))),
        proptest::option::of(1u32..4),
        proptest::option::of(0..PERIODS.len()),
        proptest::collection::btree_set(0..DAYS.len(), 0..3),
        proptest::collection::btree_set((0u32..24, 0u32..4), 0..3),
        proptest::option::of((1u32..20, 0..PERIODS.len())),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(amount, mut every, mut period, mut days, mut times, duration, mut as_needed, once)| {
            // Only schedules the format accepts: a one-time service does not repeat, `every` counts a period,
            // days of the week repeat weekly.
            if once {
                (every, period, as_needed) = (None, None, false);
                days.clear();
                times.clear();
            }
            if every.is_some() && period.is_none() && days.is_empty() {
                period = Some(1);
            }
            if !days.is_empty() && period.is_some() {
                period = Some(1);
            }
            let mut s = Map::new();
            if let Some((value, unit)) = amount {
                let mut a = Map::new();
                if let Some(v) = value {
                    a.insert("value".into(), json!(v));
                }
                if let Some(u) = unit {
                    a.insert("unit".into(), json!(UNITS[u]));
                }
                s.insert("amount".into(), Value::Object(a));
            }
            if let Some(e) = every {
                s.insert("every".into(), json!(e));
            }
            if let Some(p) = period {
                s.insert("periodUnit".into(), json!(PERIODS[p]));
            }
            if !days.is_empty() {
                s.insert("daysOfWeek".into(), days.iter().map(|&d| json!(DAYS[d])).collect());
            }
            if !times.is_empty() {
                let times: Vec<Value> = times.iter().map(|(h, q)| json!(format!("{h:02}:{:02}", q * 15))).collect();
                s.insert("timesOfDay".into(), Value::Array(times));
            }
            if let Some((value, unit)) = duration {
                s.insert("for".into(), json!({ "value": value, "unit": PERIODS[unit] }));
            }
            if as_needed {
                s.insert("asNeeded".into(), json!(true));
            }
            if once {
                s.insert("once".into(), json!(true));
            }
            Value::Object(s)
        })
}

fn authorization() -> impl Strategy<Value = Value> {
    (
        0..PAYERS.len(),
        proptest::option::of("[A-Z0-9 -]{1,12}"),
        proptest::option::of((date(), proptest::option::of(date()))),
        proptest::option::of(1u32..500),
        proptest::option::of(0..UNITS.len()),
    )
        .prop_map(|(payer, number, period, units, unit)| {
            let mut a = Map::new();
            a.insert("payer".into(), json!(PAYERS[payer]));
            if let Some(n) = number {
                a.insert("number".into(), json!(n));
            }
            if let Some((start, end)) = period {
                let mut p = Map::new();
                p.insert("start".into(), json!(start));
                if let Some(end) = end {
                    p.insert("end".into(), json!(end));
                }
                a.insert("period".into(), Value::Object(p));
            }
            if let Some(u) = units {
                a.insert("units".into(), json!(u));
            }
            if let Some(u) = unit {
                a.insert("unit".into(), json!(UNITS[u]));
            }
            Value::Object(a)
        })
}

/// Billing facts: the code with modifiers, rate, currency, place of service, funding and authorization.
#[derive(Debug, Clone)]
struct Billing {
    code: Option<(bool, String, Vec<String>)>,
    rate: Option<f64>,
    currency: bool,
    place_of_service: Option<String>,
    funding: Option<usize>,
    authorization: Option<Value>,
}

fn billing() -> impl Strategy<Value = Billing> {
    (
        proptest::option::of((any::<bool>(), "[A-Z][0-9]{4}", proptest::collection::vec("[A-Z0-9]{2}", 0..=4))),
        proptest::option::of(money()),
        any::<bool>(),
        proptest::option::of("[0-9]{2}"),
        proptest::option::of(0..PAYERS.len()),
        proptest::option::of(authorization()),
    )
        .prop_map(|(code, rate, currency, place_of_service, funding, authorization)| Billing {
            code,
            rate,
            currency,
            place_of_service,
            funding,
            authorization,
        })
}

#[derive(Debug, Clone)]
struct SupportCase {
    paid: bool,
    name: String,
    description: Option<String>,
    schedule: Option<Value>,
    dates: (Option<String>, Option<String>),
    location: Option<String>,
    provider: Option<(String, Option<String>)>,
    self_directed: bool,
    preferences: Option<String>,
    billing: Billing,
    goal: bool,
    confidential: bool,
}

fn support() -> impl Strategy<Value = SupportCase> {
    (
        (any::<bool>(), text(), proptest::option::of(text()), proptest::option::of(schedule())),
        (proptest::option::of(date()), proptest::option::of(date())),
        (proptest::option::of(text()), proptest::option::of((text(), proptest::option::of("[0-9 +()-]{7,14}")))),
        (any::<bool>(), proptest::option::of(text()), billing(), any::<bool>(), any::<bool>()),
    )
        .prop_map(|((paid, name, description, schedule), dates, (location, provider), rest)| {
            let (self_directed, preferences, billing, goal, confidential) = rest;
            SupportCase {
                paid,
                name,
                description,
                schedule,
                dates,
                location,
                provider,
                self_directed,
                preferences,
                billing,
                goal,
                confidential,
            }
        })
}

fn support_json(i: usize, s: &SupportCase) -> Value {
    let mut m = Map::new();
    m.insert("id".into(), json!(format!("support-{i}")));
    m.insert("paid".into(), json!(s.paid));
    m.insert("name".into(), lt(s.name.clone()));
    let mut opt = |key: &str, v: Option<Value>| {
        if let Some(v) = v {
            m.insert(key.into(), v);
        }
    };
    opt("description", s.description.clone().map(lt));
    opt("schedule", s.schedule.clone());
    opt("startDate", s.dates.0.clone().map(Value::from));
    opt("endDate", s.dates.1.clone().map(Value::from));
    opt("location", s.location.clone().map(lt));
    opt(
        "provider",
        s.provider.clone().map(|(name, phone)| {
            let mut p = json!({ "name": name });
            if let Some(phone) = phone {
                p["phone"] = json!(phone);
            }
            p
        }),
    );
    opt("selfDirected", s.self_directed.then_some(json!(true)));
    opt("deliveryPreferences", s.preferences.clone().map(lt));
    let b = &s.billing;
    opt(
        "code",
        b.code.clone().map(|(hcpcs, code, modifiers)| {
            let mut c = json!({ "system": if hcpcs { "HCPCS" } else { "CPT" }, "code": code });
            if !modifiers.is_empty() {
                c["modifiers"] = json!(modifiers);
            }
            c
        }),
    );
    opt("ratePerUnit", b.rate.map(Value::from));
    opt("currency", b.currency.then_some(json!("USD")));
    opt("placeOfService", b.place_of_service.clone().map(Value::from));
    opt("fundingSource", b.funding.map(|p| json!(PAYERS[p])));
    opt("authorization", b.authorization.clone());
    opt("goalIds", s.goal.then_some(json!(["goal-1"])));
    opt("needIds", Some(json!(["need-1"])));
    opt("confidential", s.confidential.then_some(json!({ "reason": "person-request" })));
    Value::Object(m)
}

/// A step: its description, whether it is done, its target date.
type StepCase = (String, bool, Option<String>);

#[derive(Debug, Clone)]
struct PlanCase {
    /// Each goal's statement, status (an index into `GOAL_STATUS`) and steps.
    goals: Vec<(String, usize, Vec<StepCase>)>,
    needs: Vec<(usize, String)>,
    supports: Vec<SupportCase>,
}

const GOAL_STATUS: [&str; 5] = ["proposed", "active", "achieved", "on-hold", "discontinued"];
const NEEDS: [&str; 4] = ["housing", "food", "behavioral-health", "transportation"];

fn plan_case() -> impl Strategy<Value = PlanCase> {
    let step = (text(), any::<bool>(), proptest::option::of(date()));
    let goal = (text(), 0..GOAL_STATUS.len(), proptest::collection::vec(step, 0..3));
    (
        proptest::collection::vec(goal, 1..3),
        proptest::collection::vec((0..NEEDS.len(), text()), 0..3),
        proptest::collection::vec(support(), 0..4),
    )
        .prop_map(|(goals, needs, supports)| PlanCase { goals, needs, supports })
}

fn plan_json(case: &PlanCase) -> Value {
    let mut plan: Value = serde_json::from_str(include_str!("fixtures/schedules.json")).unwrap();
    plan["id"] = json!("plan-generated");
    let mut goals = Vec::new();
    for (i, (statement, status, steps)) in case.goals.iter().enumerate() {
        let steps: Vec<Value> = steps
            .iter()
            .enumerate()
            .map(|(j, (description, done, target))| {
                let mut s = json!({ "id": format!("step-{i}-{j}"), "description": lt(description.clone()) });
                if *done {
                    s["done"] = json!(true);
                }
                if let Some(t) = target {
                    s["targetDate"] = json!(t);
                }
                if j % 2 == 0 {
                    s["responsibleId"] = json!("tm-1");
                } else {
                    s["byPerson"] = json!(true);
                }
                s
            })
            .collect();
        let id = if i == 0 { "goal-1".to_owned() } else { format!("goal-{}", i + 1) };
        goals.push(json!({
            "id": id,
            "statement": lt(statement.clone()),
            "expressedBy": "person",
            "status": GOAL_STATUS[*status],
            "steps": steps,
        }));
    }
    plan["goals"] = Value::Array(goals);
    let mut needs = vec![json!({ "id": "need-1", "category": "housing", "description": lt("A home.".into()) })];
    for (i, (category, description)) in case.needs.iter().enumerate() {
        needs.push(json!({ "id": format!("need-{}", i + 2), "category": NEEDS[*category], "description": lt(description.clone()) }));
    }
    plan["needs"] = Value::Array(needs);
    plan["supports"] = case.supports.iter().enumerate().map(|(i, s)| support_json(i + 1, s)).collect();
    plan
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_plans_round_trip_value_for_value(case in plan_case()) {
        let json = plan_json(&case);
        let plan = match Plan::from_json_str(&json.to_string()) {
            Ok(plan) => plan,
            // The generator stays inside the format; a plan the loader refuses is a generator bug.
            Err(e) => panic!("generated plan does not load: {e}\n{json:#}"),
        };
        let bytes = fhir::export_json(engine(), &plan, &ExportOptions::default()).unwrap();
        prop_assert_eq!(&bytes, &fhir::export_json(engine(), &plan, &ExportOptions::default()).unwrap());
        let back = fhir::import(&bytes, &ImportOptions::default()).unwrap();
        prop_assert!(back.unmapped.is_empty(), "{:?}", back.unmapped);
        prop_assert_eq!(serde_json::to_value(&back.plan).unwrap(), serde_json::to_value(&plan).unwrap());

        // Without pcplan's remainder extension, the FHIR resources alone carry every support's name, code with
        // its modifiers, place of service, funding and authorization, and the rate and currency wherever a
        // Claim is written (there is a payer: a funding source or an authorization).
        let mut bundle: Value = serde_json::from_slice(&bytes).unwrap();
        if let Some(extensions) = bundle["entry"][0]["resource"]["extension"].as_array_mut() {
            extensions.retain(|e| !e["url"].as_str().unwrap_or_default().ends_with("plan-remainder"));
        }
        let alone = fhir::import(&serde_json::to_vec(&bundle).unwrap(), &ImportOptions::default()).unwrap();
        prop_assert_eq!(alone.plan.supports.len(), plan.supports.len());
        for (ours, theirs) in plan.supports.iter().zip(&alone.plan.supports) {
            let claimed = ours.funding_source.is_some() || ours.authorization.is_some();
            let rate = ours.rate_per_unit.filter(|_| claimed);
            let expected = (
                &ours.name.text,
                &ours.code,
                &ours.place_of_service,
                &ours.funding_source,
                &ours.authorization,
                rate,
                ours.currency.as_ref().filter(|_| rate.is_some()),
            );
            let got = (
                &theirs.name.text,
                &theirs.code,
                &theirs.place_of_service,
                &theirs.funding_source,
                &theirs.authorization,
                theirs.rate_per_unit,
                theirs.currency.as_ref(),
            );
            prop_assert_eq!(serde_json::to_value(got).unwrap(), serde_json::to_value(expected).unwrap());
        }
    }
}
