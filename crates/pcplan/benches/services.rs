//! 10,000 service records against 100 people's billing terms → service lines, an invoice CSV, and one 837P
//! file. The terms and members are the two examples' (`examples/services/`), repeated with distinct member ids;
//! each person gets 100 records over a month, a mix of timed, per-diem and counted services.
//!
//! Then monitoring: 10,000 records against 100 plans (Alma's and Lan's, which carry codes and authorizations),
//! 100 records a plan over November → each support's planned, authorized and delivered, and the findings.

use criterion::{Criterion, criterion_group, criterion_main};
use pcplan::services::agency::{AgencyConfig, Member};
use pcplan::services::invoice::{ColumnSet, Invoice};
use pcplan::services::lines::{Billing, BillingOptions, compute_lines};
use pcplan::services::records::ServiceRecords;
use pcplan::services::terms::{BillingFile, BillingTerms, UnitRules};
use pcplan::services::x12::{ClaimInput, Envelope, write_837p};

const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/services");

struct Person {
    member: Member,
    terms: Vec<BillingTerms>,
    records: ServiceRecords,
    claim_id: String,
}

fn people() -> Vec<Person> {
    let read = |name: &str| std::fs::read(format!("{EXAMPLES}/{name}")).unwrap();
    let rosa = BillingFile::from_json_slice(&read("ecm-es-rosa-billing.json"), UnitRules::embedded()).unwrap();
    let youssef = BillingFile::from_json_slice(&read("ecm-ar-youssef-billing.json"), UnitRules::embedded()).unwrap();
    (0..100)
        .map(|p| {
            let mut file = if p % 2 == 0 { rosa.clone() } else { youssef.clone() };
            for t in &mut file.terms {
                if let Some(a) = &mut t.authorization {
                    a.start = "2026-06-01".parse().unwrap();
                    a.end = "2026-12-31".parse().unwrap();
                    a.units = 400;
                }
            }
            file.member.member_id = format!("9{p:07}A");
            let records: Vec<String> = (0..100)
                .map(|r| {
                    let t = &file.terms[r % file.terms.len()];
                    let day = 1 + (r * 7 + p) % 30;
                    let quantity = if r % 3 == 0 { format!(r#""units": {},"#, 1 + r % 5) } else { format!(r#""minutes": {},"#, 5 + (r * 13) % 90) };
                    format!(
                        r#"{{"date": "2026-06-{day:02}", "supportId": "{}", {quantity} "staff": {{"id": "staff-{}", "credential": "CHW"}}, "mode": "in-person", "place": "home", "personPresent": true}}"#,
                        t.support_id,
                        r % 4
                    )
                })
                .collect();
            let doc = format!(r#"{{"schemaVersion": 1, "records": [{}]}}"#, records.join(","));
            Person {
                member: file.member,
                terms: file.terms,
                records: ServiceRecords::from_json_str(&doc).unwrap(),
                claim_id: format!("CLM-{p:04}"),
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let agency = AgencyConfig::from_json_slice(&std::fs::read(format!("{EXAMPLES}/agency.json")).unwrap()).unwrap();
    let people = people();
    assert_eq!(people.iter().map(|p| p.records.records.len()).sum::<usize>(), 10_000);
    let options = BillingOptions::for_period("2026-06-01".parse().unwrap(), "2026-06-30".parse().unwrap());
    let envelope = Envelope {
        interchange_control_number: 1,
        group_control_number: 1,
        transaction_control_number: 1,
        reference: "BENCH".into(),
        created: "2026-07-01T09:00:00".parse().unwrap(),
        line_breaks: false,
    };
    let run = || {
        let billings: Vec<Billing> =
            people.iter().map(|p| compute_lines(&p.records, &p.terms, UnitRules::embedded(), &options)).collect();
        let claims: Vec<ClaimInput<'_>> = people
            .iter()
            .zip(&billings)
            .map(|(p, billing)| ClaimInput { member: &p.member, billing, claim_id: &p.claim_id })
            .collect();
        let file = write_837p(&agency, &envelope, &claims).unwrap();
        let csv_bytes: usize = people
            .iter()
            .zip(&billings)
            .map(|(p, billing)| {
                let invoice =
                    Invoice { number: "B", date: envelope.created.date(), agency: &agency, member: &p.member, billing };
                invoice.to_csv(ColumnSet::embedded()).len()
            })
            .sum();
        (file.len(), csv_bytes)
    };
    let (bytes, csv) = run();
    assert!(bytes > 100_000 && csv > 100_000, "{bytes} {csv}");
    c.bench_function("services/10k records, 100 people: lines + invoices + 837P", |b| b.iter(run));
}

fn bench_monitor(c: &mut Criterion) {
    use pcplan::services::monitor::{MonitorOptions, monitor};
    let agency = AgencyConfig::from_json_slice(&std::fs::read(format!("{EXAMPLES}/agency.json")).unwrap()).unwrap();
    let plan = |name: &str| {
        let path = format!("{EXAMPLES}/../plans/{name}.json");
        pcplan::model::Plan::from_json_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    };
    let (alma, lan) = (plan("ecm-es-alma"), plan("hcbs-vi-lan"));
    let cases: Vec<(&pcplan::model::Plan, ServiceRecords)> = (0..100)
        .map(|p| {
            let (plan, supports) = if p % 2 == 0 { (&alma, &["support-1", "support-2"][..]) } else { (&lan, &["support-1"][..]) };
            let records: Vec<String> = (0..100)
                .map(|r| {
                    let day = 1 + (r * 7 + p) % 30;
                    format!(
                        r#"{{"date": "2026-11-{day:02}", "supportId": "{}", "minutes": {}, "units": 1, "mode": "in-person", "personPresent": true}}"#,
                        supports[r % supports.len()],
                        15 + (r * 13) % 90
                    )
                })
                .collect();
            let doc = format!(r#"{{"schemaVersion": 1, "records": [{}]}}"#, records.join(","));
            (plan, ServiceRecords::from_json_str(&doc).unwrap())
        })
        .collect();
    let options = MonitorOptions::for_period("2026-11-01".parse().unwrap(), "2026-11-30".parse().unwrap());
    let run = || -> usize {
        cases
            .iter()
            .map(|(plan, records)| monitor(plan, records, &agency, UnitRules::embedded(), &options).findings.len())
            .sum()
    };
    assert!(run() > 0);
    c.bench_function("services/10k records, 100 plans: monitoring", |b| b.iter(run));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench, bench_monitor
}
criterion_main!(benches);
