//! Loading the examples in `examples/services/` for the services tests.
#![allow(dead_code)]

use pcplan::services::agency::AgencyConfig;
use pcplan::services::lines::{Billing, BillingOptions, compute_lines};
use pcplan::services::records::ServiceRecords;
use pcplan::services::terms::{BillingFile, UnitRules};

pub const EXAMPLES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/services");

pub fn read(name: &str) -> Vec<u8> {
    std::fs::read(format!("{EXAMPLES}/{name}")).unwrap()
}

pub fn agency() -> AgencyConfig {
    AgencyConfig::from_json_slice(&read("agency.json")).unwrap()
}

/// An example person: (name, billing period).
pub const PEOPLE: &[(&str, &str, &str)] =
    &[("ecm-es-rosa", "2026-10-01", "2026-10-31"), ("ecm-ar-youssef", "2026-06-01", "2026-06-30")];

pub fn billing_file(name: &str) -> BillingFile {
    BillingFile::from_json_slice(&read(&format!("{name}-billing.json")), UnitRules::embedded()).unwrap()
}

pub fn records(name: &str) -> ServiceRecords {
    ServiceRecords::from_json_str(std::str::from_utf8(&read(&format!("{name}-records.json"))).unwrap()).unwrap()
}

pub fn options(from: &str, to: &str) -> BillingOptions {
    BillingOptions::for_period(from.parse().unwrap(), to.parse().unwrap())
}

/// The example person's billing file and lines for their billing period.
pub fn example_billing(name: &str) -> (BillingFile, Billing) {
    let (_, from, to) = PEOPLE.iter().find(|p| p.0 == name).unwrap();
    let file = billing_file(name);
    let billing = compute_lines(&records(name), &file.terms, UnitRules::embedded(), &options(from, to));
    (file, billing)
}
