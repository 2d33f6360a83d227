//! Service lines, findings per rule (triggers / does not trigger), invoices, and the properties: totals equal
//! the sum of lines, and units never exceed the authorization without a finding.
#![cfg(feature = "services")]

use crate::services_support;

use std::collections::HashMap;

use pcplan::services::finding::RULES;
use pcplan::services::invoice::{ColumnSet, Invoice};
use pcplan::services::lines::{Billing, BillingOptions, compute_lines};
use pcplan::services::records::ServiceRecords;
use pcplan::services::terms::{BillingFile, BillingTerms, UnitRules};
use proptest::prelude::*;
use services_support::{PEOPLE, agency, example_billing, options};

fn terms(json: &str) -> Vec<BillingTerms> {
    serde_json::from_str(json).unwrap()
}

const TIMED: &str = r#"[{"supportId": "s1", "payer": "p", "unit": "15-minutes",
    "authorization": {"number": "A1", "start": "2026-06-03", "end": "2026-06-30", "units": 10},
    "procedure": {"system": "HCPCS", "code": "T2041", "modifiers": ["U6"]},
    "rate": {"amount": "22.25", "currency": "USD"}, "placeOfService": "12"}]"#;

fn record(date: &str, support: &str, quantity: &str) -> String {
    format!(r#"{{"date": "{date}", "supportId": "{support}", {quantity}"mode": "in-person", "personPresent": true}}"#)
}

fn bill(records: &[String], terms: &[BillingTerms], options: &BillingOptions) -> Billing {
    let doc = format!(r#"{{"schemaVersion": 1, "records": [{}]}}"#, records.join(","));
    compute_lines(&ServiceRecords::from_json_str(&doc).unwrap(), terms, UnitRules::embedded(), options)
}

fn june() -> BillingOptions {
    options("2026-06-01", "2026-06-30")
}

fn codes(billing: &Billing) -> Vec<(&'static str, String)> {
    billing.findings.iter().map(|f| (f.code, f.path.clone())).collect()
}

#[test]
fn eight_minute_rule_counts_the_days_minutes() {
    let t = terms(TIMED);
    let b = bill(
        &[
            record("2026-06-04", "s1", r#""minutes": 7,"#),
            record("2026-06-04", "s1", r#""minutes": 16,"#),
            record("2026-06-05", "s1", r#""minutes": 22,"#),
            record("2026-06-08", "s1", r#""units": 2,"#),
        ],
        &t,
        &june(),
    );
    assert!(b.findings.is_empty(), "{:?}", b.findings);
    let units: Vec<u32> = b.lines.iter().map(|l| l.units).collect();
    assert_eq!(units, [2, 1, 2]); // 23 minutes on the 4th; 22 on the 5th; 2 units given on the 8th
    assert_eq!(b.lines[0].charge.to_string(), "44.50");
    assert_eq!(b.lines[0].records, [0, 1]);
    assert_eq!(b.total().to_string(), "111.25");
}

#[test]
fn per_diem_per_month_and_counted_units() {
    let t = terms(
        r#"[{"supportId": "d", "payer": "p", "unit": "day", "procedure": {"system": "HCPCS", "code": "H0043", "modifiers": ["U6"]}, "rate": {"amount": "95", "currency": "USD"}},
            {"supportId": "m", "payer": "p", "unit": "month", "procedure": {"system": "HCPCS", "code": "H0044", "modifiers": ["U2"]}, "rate": {"amount": "1200.00", "currency": "USD"}},
            {"supportId": "meal", "payer": "p", "unit": "meal", "procedure": {"system": "HCPCS", "code": "S5170", "modifiers": ["U6"]}, "rate": {"amount": "14.333", "currency": "USD"}}]"#,
    );
    let b = bill(
        &[
            record("2026-06-02", "d", r#""minutes": 300,"#),
            record("2026-06-02", "d", ""),
            record("2026-06-09", "m", ""),
            record("2026-06-20", "m", ""),
            record("2026-06-02", "meal", r#""units": 5,"#),
            record("2026-06-02", "meal", ""),
        ],
        &t,
        &june(),
    );
    let lines: Vec<(&str, u32, String, String)> =
        b.lines.iter().map(|l| (l.support_id.as_str(), l.units, l.charge.to_string(), l.to.to_string())).collect();
    assert_eq!(
        lines,
        [
            ("m", 1, "1200.00".into(), "2026-06-20".into()),
            ("d", 1, "95".into(), "2026-06-02".into()),
            ("meal", 6, "86.00".into(), "2026-06-02".into()),
        ]
    );
    assert_eq!(b.lines[0].from.to_string(), "2026-06-09");
}

/// Each rule: one input that triggers it, and the nearest input that does not.
#[test]
fn every_rule_triggers_and_does_not_trigger() {
    let t = terms(TIMED);
    let ok = record("2026-06-10", "s1", r#""minutes": 30,"#);
    let cases: [(&str, String); 5] = [
        ("SV1", record("2026-06-10", "other", r#""minutes": 30,"#)),
        ("SV2", record("2026-07-01", "s1", r#""minutes": 30,"#)),
        ("SV3", record("2026-06-02", "s1", r#""minutes": 30,"#)),
        ("SV6", record("2026-06-10", "s1", "")),
        ("SV7", record("2026-06-11", "s1", r#""minutes": 7,"#)),
    ];
    for (code, bad) in cases {
        let b = bill(&[ok.clone(), bad], &t, &june());
        assert_eq!(codes(&b), [(code, "/records/1".to_owned())], "{code}");
        assert_eq!(b.lines.len(), 1, "{code}: the bad record is not billed");
        assert!(bill(std::slice::from_ref(&ok), &t, &june()).findings.is_empty());
    }
    // SV4: capped at the 10 authorized units; SV5: allowed beyond them.
    let heavy = [record("2026-06-10", "s1", r#""minutes": 120,"#), record("2026-06-11", "s1", r#""minutes": 60,"#)];
    let b = bill(&heavy, &t, &june());
    assert_eq!(codes(&b), [("SV4", "/records/1".to_owned())]);
    assert_eq!(b.lines.iter().map(|l| l.units).collect::<Vec<_>>(), [8, 2]);
    assert_eq!(b.findings[0].args.get("requested"), Some(&4));
    let allowed = BillingOptions { allow_over_authorization: true, ..june() };
    let b = bill(&heavy, &t, &allowed);
    assert_eq!(codes(&b), [("SV5", "/records/1".to_owned())]);
    assert_eq!(b.lines.iter().map(|l| l.units).collect::<Vec<_>>(), [8, 4]);
    // Units used in earlier periods count against the authorization.
    let used = BillingOptions { units_used_before: HashMap::from([("s1".to_owned(), 8)]), ..june() };
    let b = bill(&heavy[..1], &t, &used);
    assert_eq!((codes(&b).len(), b.lines[0].units), (1, 2));
    assert!(bill(&heavy[..1], &t, &june()).findings.is_empty());
}

#[test]
fn every_rule_has_a_localized_message_and_help() {
    let localizer = pcplan::i18n::Localizer::embedded();
    for lang in localizer.available() {
        let locale = localizer.locale(std::slice::from_ref(lang));
        for rule in RULES {
            let finding = bill(&[record("2026-06-10", "none", "")], &terms(TIMED), &june()).findings.remove(0);
            let finding = pcplan::services::finding::ServiceFinding { message_id: rule.message_id, ..finding };
            let (message, help) = finding.localize(&locale);
            assert!(!message.is_empty() && !help.is_empty(), "{lang}: {}", rule.message_id);
            assert!(
                localizer.message_ids(lang).unwrap().iter().any(|m| m == rule.message_id),
                "{lang}: {}",
                rule.message_id
            );
        }
    }
}

#[test]
fn examples_bill_as_expected() {
    for (name, _, _) in PEOPLE {
        let (_, billing) = example_billing(name);
        insta::assert_json_snapshot!(format!("services_billing_{name}"), billing);
    }
    let (_, rosa) = example_billing("ecm-es-rosa");
    // The navigation visit after its authorization ended, and a 5-minute call, are not billed.
    assert_eq!(codes(&rosa), [("SV3", "/records/0".into()), ("SV7", "/records/6".into())]);
    let (_, youssef) = example_billing("ecm-ar-youssef");
    assert_eq!(codes(&youssef), [("SV3", "/records/0".into())]);
    assert_eq!(youssef.total().to_string(), "435.00");
}

#[test]
fn invoices_follow_the_column_set() {
    let agency = agency();
    for (name, _, _) in PEOPLE {
        let (file, billing) = example_billing(name);
        let invoice = Invoice {
            number: "INV-2026-0042",
            date: "2026-11-02".parse().unwrap(),
            agency: &agency,
            member: &file.member,
            billing: &billing,
        };
        insta::assert_snapshot!(format!("services_invoice_{name}_csv"), invoice.to_csv(ColumnSet::embedded()));
        insta::assert_json_snapshot!(format!("services_invoice_{name}_json"), invoice.to_json(ColumnSet::embedded()));
    }
    // A plan's own column set, and a cell a spreadsheet would run as a formula.
    let columns = ColumnSet::from_json_slice(
        br#"{"version": "1", "source": "test", "neutralizeFormulas": true,
            "columns": [{"header": "Member", "field": "memberLastName"}, {"header": "Amount", "field": "charge"}]}"#,
    )
    .unwrap();
    let (mut file, billing) = example_billing("ecm-ar-youssef");
    file.member.last_name = "=HYPERLINK(\"x\",\"y\")".into();
    let invoice = Invoice {
        number: "1",
        date: "2026-07-01".parse().unwrap(),
        agency: &agency,
        member: &file.member,
        billing: &billing,
    };
    let csv = invoice.to_csv(&columns);
    assert!(csv.starts_with("Member,Amount\n\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",72.50\n"), "{csv}");
    let err = ColumnSet::from_json_slice(br#"{"version": "1", "source": "t", "neutralizeFormulas": false, "columns": [{"header": "A", "field": "nope"}]}"#)
        .unwrap_err();
    assert_eq!(err.path(), Some("/columns/0/field"));
}

#[test]
fn billing_files_are_checked() {
    let rules = UnitRules::embedded();
    let base = std::str::from_utf8(&services_support::read("ecm-ar-youssef-billing.json")).unwrap().to_owned();
    for (from, to, path) in [
        (r#""S5170""#, r#""S51""#, "/terms/0/procedure/code"),
        (r#""14.50""#, r#""-1""#, "/terms/0/rate/amount"),
        (r#""2026-08-31""#, r#""2026-05-01""#, "/terms/0/authorization/end"),
        (r#""meal""#, r#""fortnight""#, "/terms/0/unit"),
        (r#""units": 130"#, r#""units": -130"#, "/terms/0/authorization/units"),
    ] {
        let err = BillingFile::from_json_slice(base.replace(from, to).as_bytes(), rules).unwrap_err();
        assert_eq!(err.path(), Some(path), "{err}");
    }
    let rules_json = br#"{"version": "1", "source": "t", "units": {"hour": {"kind": "timed", "minutesPerUnit": 0, "rounding": "x"}}, "rounding": {}}"#;
    assert_eq!(UnitRules::from_json_slice(rules_json).unwrap_err().path(), Some("/units/hour/minutesPerUnit"));
}

fn arb_records() -> impl Strategy<Value = Vec<(u32, usize, Option<u32>, Option<u32>)>> {
    // (day of June, support index, minutes, units)
    prop::collection::vec((1u32..=30, 0usize..3, prop::option::of(0u32..200), prop::option::of(0u32..20)), 0..60)
}

const PROP_TERMS: &str = r#"[
  {"supportId": "s0", "payer": "p", "unit": "15-minutes", "authorization": {"number": "A", "start": "2026-06-01", "end": "2026-06-30", "units": AUTH0},
   "procedure": {"system": "HCPCS", "code": "T2041"}, "rate": {"amount": "RATE", "currency": "USD"}},
  {"supportId": "s1", "payer": "p", "unit": "meal", "authorization": {"number": "B", "start": "2026-06-05", "end": "2026-06-25", "units": AUTH1},
   "procedure": {"system": "HCPCS", "code": "S5170"}, "rate": {"amount": "14.333", "currency": "USD"}},
  {"supportId": "s2", "payer": "p", "unit": "day", "procedure": {"system": "HCPCS", "code": "H0043"}, "rate": {"amount": "95.10", "currency": "USD"}}
]"#;

proptest! {
    #[test]
    fn totals_are_the_sum_of_lines_and_authorizations_hold(
        recs in arb_records(), auth0 in 0u32..40, auth1 in 0u32..40, cents in 0u32..100_000, allow: bool,
    ) {
        let rate = format!("{}.{:02}", cents / 100, cents % 100);
        let t = terms(&PROP_TERMS.replace("AUTH0", &auth0.to_string()).replace("AUTH1", &auth1.to_string()).replace("RATE", &rate));
        let records: Vec<String> = recs.iter().map(|(day, s, minutes, units)| {
            let mut q = String::new();
            if let Some(m) = minutes { q += &format!(r#""minutes": {m}, "#); }
            if let Some(u) = units { q += &format!(r#""units": {u}, "#); }
            record(&format!("2026-06-{day:02}"), &format!("s{s}"), &q)
        }).collect();
        let options = BillingOptions { allow_over_authorization: allow, ..june() };
        let b = bill(&records, &t, &options);
        let sum: rust_decimal::Decimal = b.lines.iter().map(|l| l.charge).sum();
        prop_assert_eq!(b.total(), sum);
        for line in &b.lines {
            let exact = rust_decimal::Decimal::from(line.units) * line.rate;
            prop_assert_eq!(line.charge, exact.round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero));
            prop_assert!(line.units > 0);
        }
        for (i, auth) in [(0, auth0), (1, auth1)] {
            let support = format!("s{i}");
            let billed: u32 = b.lines.iter().filter(|l| l.support_id.as_str() == support).map(|l| l.units).sum();
            let over_finding = b.findings.iter().any(|f| {
                f.code == "SV5" && b.lines.iter().any(|l| l.support_id.as_str() == support && l.records.contains(&f.path[9..].parse().unwrap()))
            });
            prop_assert!(billed <= auth || over_finding, "support {} billed {} of {} without a finding", support, billed, auth);
            if !allow { prop_assert!(billed <= auth); }
        }
        // A record not billed has a finding of its own, or shares its support and day with one whose units
        // rounded to nothing (SV7) or were all capped (SV4).
        let finding_at = |i: usize| b.findings.iter().find(|f| f.path == format!("/records/{i}"));
        for (i, (day, s, _, _)) in recs.iter().enumerate() {
            if b.lines.iter().any(|l| l.records.contains(&i)) || finding_at(i).is_some() {
                continue;
            }
            let group = recs.iter().enumerate().any(|(j, (d, t, _, _))| {
                d == day && t == s && finding_at(j).is_some_and(|f| f.code == "SV7" || f.code == "SV4")
            });
            prop_assert!(group, "record {} was dropped without a finding", i);
        }
    }
}

/// Rosa's plan in format version 2, with the billing facts of her billing file on its supports: the terms read
/// from the plan are the billing file's, so the lines are too. A paid support missing what billing needs gives
/// a gap at its pointer; unpaid supports are not billed.
#[test]
fn terms_from_a_version_2_plan_equal_the_billing_file() {
    use pcplan::services::terms::terms_from_plan;
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/plans/ecm-es-rosa.json"));
    let plan = pcplan::model::Plan::from_json_str(&text.unwrap()).unwrap();
    let mut v = serde_json::to_value(&plan).unwrap();
    let file = services_support::billing_file("ecm-es-rosa");
    let supports = v["supports"].as_array_mut().unwrap();
    for t in &file.terms {
        let s = supports.iter_mut().find(|s| s["id"] == t.support_id.as_str()).expect("the plan has the support");
        assert_eq!(s["paid"], true);
        let a = t.authorization.as_ref().unwrap();
        s["code"] =
            serde_json::json!({ "system": "HCPCS", "code": t.procedure.code, "modifiers": t.procedure.modifiers });
        s["authorization"] = serde_json::json!({
            "payer": "Plan de Salud Sierra Valle", "number": a.number,
            "period": { "start": a.start, "end": a.end }, "units": a.units, "unit": match t.unit.key() {
                "15-minutes" => "quarter-hour", other => other }
        });
        s["ratePerUnit"] = t.rate.amount.to_string().parse::<f64>().unwrap().into();
        s["currency"] = t.rate.currency.clone().into();
        s["placeOfService"] = t.place_of_service.clone().into();
    }
    let billed: Vec<String> = file.terms.iter().map(|t| t.support_id.to_string()).collect();
    let unbilled_paid: Vec<String> = (0..supports.len())
        .filter(|&i| supports[i]["paid"] == true && !billed.contains(&supports[i]["id"].as_str().unwrap().to_owned()))
        .map(|i| format!("/supports/{i}/code"))
        .collect();
    let plan = pcplan::model::Plan::from_json_str(&v.to_string()).unwrap();

    let (terms, gaps) = terms_from_plan(&plan, &agency(), UnitRules::embedded());
    assert_eq!(terms, file.terms, "the plan's terms are the billing file's");
    let lines = |terms: &[BillingTerms]| {
        compute_lines(
            &services_support::records("ecm-es-rosa"),
            terms,
            UnitRules::embedded(),
            &options("2026-10-01", "2026-10-31"),
        )
    };
    assert_eq!(lines(&terms), lines(&file.terms));
    // Rosa's other paid supports carry no code: each is a gap, none is billed on a guess.
    assert_eq!(gaps.iter().map(|g| g.path.clone()).collect::<Vec<_>>(), unbilled_paid);
    assert!(plan.supports.iter().filter(|s| !s.paid).all(|s| terms.iter().all(|t| t.support_id != s.id)));
}

#[test]
fn a_paid_support_without_a_rate_or_a_known_payer_gives_a_gap_not_terms() {
    use pcplan::services::terms::terms_from_plan;
    let mut v: serde_json::Value = serde_json::from_str(include_str!("fixtures/copies.json")).unwrap();
    let (terms, gaps) =
        terms_from_plan(&pcplan::model::Plan::from_json_str(&v.to_string()).unwrap(), &agency(), UnitRules::embedded());
    assert!(terms.is_empty());
    assert_eq!(gaps[0].path, "/supports/0/authorization/payer");
    v["supports"][0]["authorization"]["payer"] = "sierra-valle-health".into();
    v["supports"][0]["authorization"]["number"] = serde_json::Value::Null;
    let plan = pcplan::model::Plan::from_json_str(&v.to_string()).unwrap();
    let (_, gaps) = terms_from_plan(&plan, &agency(), UnitRules::embedded());
    assert_eq!(gaps[0].path, "/supports/0/ratePerUnit", "{gaps:?}");
}

/// Which unit of a plan bills as which unit of service is data (`planUnits` in the unit rules), not code.
#[test]
fn plan_units_bill_as_the_units_the_rules_name() {
    use pcplan::model::ServiceUnit as U;
    use pcplan::services::terms::UnitOfService as B;
    let rules = UnitRules::embedded();
    assert_eq!(rules.billing_unit(U::QuarterHour), Some(B::FifteenMinutes));
    assert_eq!(rules.billing_unit(U::Visit), Some(B::Service));
    assert_eq!(rules.billing_unit(U::Day), Some(B::Day));
    assert_eq!(rules.billing_unit(U::Minute), None, "minutes bill in no unit of the shipped rules");
}
