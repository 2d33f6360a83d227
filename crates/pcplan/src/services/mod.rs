//! Services as delivered and as billed (issue 16), independent of the plan: service records
//! ([`records`]), the billing terms of each support ([`terms`]), service lines computed from both ([`lines`]),
//! monitoring of delivery against the plan ([`monitor`]), invoices ([`invoice`]) and, behind the `x12` feature, the X12 837P professional claim ([`x12`]).
//!
//! Units of service, rounding rules and invoice columns are data (`data/services/*.json`, each with its source),
//! replaceable by an agency; payer and provider identifiers are configuration ([`agency`]).
//!
//! ```
//! use pcplan::services::{records::ServiceRecords, terms::{BillingTerms, UnitRules}, lines::{BillingOptions, compute_lines}};
//! let records = ServiceRecords::from_json_str(r#"{"schemaVersion": 1, "records": [
//!     {"date": "2026-05-04", "supportId": "support-1", "minutes": 38, "mode": "in-person", "personPresent": true}
//! ]}"#).unwrap();
//! let terms: Vec<BillingTerms> = serde_json::from_str(r#"[{"supportId": "support-1", "payer": "plan-a",
//!     "unit": "15-minutes", "procedure": {"system": "HCPCS", "code": "T2041", "modifiers": ["U6"]},
//!     "rate": {"amount": "22.50", "currency": "USD"}}]"#).unwrap();
//! let options = BillingOptions::for_period("2026-05-01".parse().unwrap(), "2026-05-31".parse().unwrap());
//! let billing = compute_lines(&records, &terms, UnitRules::embedded(), &options);
//! assert_eq!(billing.lines[0].units, 3); // 38 minutes: two whole units and 8 minutes more
//! assert_eq!(billing.total().to_string(), "67.50");
//! ```

pub mod agency;
pub mod finding;
pub mod invoice;
pub mod lines;
pub mod monitor;
pub mod records;
pub mod terms;
#[cfg(feature = "x12")]
pub mod x12;
