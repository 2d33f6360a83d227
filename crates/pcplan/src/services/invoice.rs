//! Invoices: the service lines with the member and provider facts a health plan needs to pay them, written as
//! CSV or JSON through a column set. The column set is data (`data/services/invoice-columns.json`, with its
//! source), replaceable by the health plan's own list; cells go through the `csv` crate's quoting, never pasted.

use std::sync::OnceLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::agency::{AgencyConfig, Member};
use super::lines::{Billing, ServiceLine};
use crate::model::{LoadError, LoadOptions, deserialize_at, parse_limited};

/// The invoice fields a column can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InvoiceField {
    /// The invoice's number.
    InvoiceNumber,
    /// The invoice's date.
    InvoiceDate,
    /// The line's 1-based number.
    LineNumber,
    /// The member's CIN or plan member id.
    MemberId,
    /// The member's last name.
    MemberLastName,
    /// The member's first name.
    MemberFirstName,
    /// The member's date of birth.
    MemberBirthDate,
    /// The billing provider's name.
    ProviderName,
    /// The billing provider's NPI.
    ProviderNpi,
    /// The billing provider's TIN.
    ProviderTin,
    /// The payer's name.
    PayerName,
    /// First day of service.
    ServiceFrom,
    /// Last day of service.
    ServiceTo,
    /// The procedure code.
    ProcedureCode,
    /// The first modifier.
    Modifier1,
    /// The second modifier.
    Modifier2,
    /// The third modifier.
    Modifier3,
    /// The fourth modifier.
    Modifier4,
    /// Units billed.
    Units,
    /// The unit of service (`15-minutes`, `day`, …).
    UnitOfService,
    /// Rate per unit.
    Rate,
    /// units × rate.
    Charge,
    /// Currency code.
    Currency,
    /// The CMS place of service code.
    PlaceOfService,
    /// The member's primary diagnosis.
    PrimaryDiagnosis,
    /// The authorization number.
    AuthorizationNumber,
    /// The first rendering staff member's id.
    RenderingStaffId,
    /// The first rendering staff member's credential.
    RenderingStaffCredential,
    /// The support billed.
    SupportId,
}

/// A column: its header and the field it shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Column {
    /// The header, exactly as the health plan spells it.
    pub header: String,
    /// The field.
    pub field: InvoiceField,
}

/// The columns of an invoice, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ColumnSet {
    /// The date of this version.
    pub version: String,
    /// Where the column list comes from.
    pub source: String,
    /// Prefix cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return) with
    /// an apostrophe.
    pub neutralize_formulas: bool,
    /// The columns.
    pub columns: Vec<Column>,
}

impl ColumnSet {
    /// The column set shipped with the library (`data/services/invoice-columns.json`).
    pub fn embedded() -> &'static ColumnSet {
        static COLUMNS: OnceLock<ColumnSet> = OnceLock::new();
        COLUMNS.get_or_init(|| {
            // Checked by the tests; the shipped file is not input.
            ColumnSet::from_json_slice(include_bytes!("../../data/services/invoice-columns.json"))
                .expect("the embedded invoice columns are valid")
        })
    }

    /// Reads a health plan's column set; headers must be unique and non-empty.
    pub fn from_json_slice(json: &[u8]) -> Result<ColumnSet, LoadError> {
        let set: ColumnSet = deserialize_at(parse_limited(json, &LoadOptions::default())?)?;
        for (i, c) in set.columns.iter().enumerate() {
            if c.header.trim().is_empty() || set.columns[..i].iter().any(|d| d.header == c.header) {
                return Err(LoadError::Invalid {
                    path: format!("/columns/{i}/header"),
                    expected: "expected a non-empty header used by one column only".into(),
                });
            }
        }
        Ok(set)
    }
}

/// An invoice: service lines for one member, with the agency's and the member's facts.
#[derive(Debug, Clone, Copy)]
pub struct Invoice<'a> {
    /// The invoice's number.
    pub number: &'a str,
    /// The invoice's date.
    pub date: NaiveDate,
    /// The agency.
    pub agency: &'a AgencyConfig,
    /// The member.
    pub member: &'a Member,
    /// The lines.
    pub billing: &'a Billing,
}

impl Invoice<'_> {
    /// The sum of the lines' charges.
    pub fn total(&self) -> Decimal {
        self.billing.total()
    }

    /// The text of `field` on line `n` (0-based).
    pub fn cell(&self, n: usize, line: &ServiceLine, field: InvoiceField) -> String {
        use InvoiceField as F;
        let modifier = |i: usize| line.procedure.modifiers.get(i).cloned().unwrap_or_default();
        let staff = line.staff.first();
        match field {
            F::InvoiceNumber => self.number.to_owned(),
            F::InvoiceDate => self.date.to_string(),
            F::LineNumber => (n + 1).to_string(),
            F::MemberId => self.member.member_id.clone(),
            F::MemberLastName => self.member.last_name.clone(),
            F::MemberFirstName => self.member.first_name.clone(),
            F::MemberBirthDate => self.member.birth_date.to_string(),
            F::ProviderName => self.agency.billing_provider.name.clone(),
            F::ProviderNpi => self.agency.billing_provider.npi.clone(),
            F::ProviderTin => self.agency.billing_provider.tin.clone(),
            F::PayerName => self.agency.payer(&line.payer).map(|p| p.name.clone()).unwrap_or_default(),
            F::ServiceFrom => line.from.to_string(),
            F::ServiceTo => line.to.to_string(),
            F::ProcedureCode => line.procedure.code.clone(),
            F::Modifier1 => modifier(0),
            F::Modifier2 => modifier(1),
            F::Modifier3 => modifier(2),
            F::Modifier4 => modifier(3),
            F::Units => line.units.to_string(),
            F::UnitOfService => line.unit.key().to_owned(),
            F::Rate => line.rate.to_string(),
            F::Charge => line.charge.to_string(),
            F::Currency => line.currency.clone(),
            F::PlaceOfService => line.place_of_service.clone().unwrap_or_default(),
            F::PrimaryDiagnosis => self.member.diagnoses.first().cloned().unwrap_or_default(),
            F::AuthorizationNumber => line.authorization_number.clone().unwrap_or_default(),
            F::RenderingStaffId => staff.map(|s| s.id.to_string()).unwrap_or_default(),
            F::RenderingStaffCredential => staff.and_then(|s| s.credential.clone()).unwrap_or_default(),
            F::SupportId => line.support_id.to_string(),
        }
    }

    fn rows<'s>(&'s self, columns: &'s ColumnSet) -> impl Iterator<Item = Vec<String>> + 's {
        self.billing.lines.iter().enumerate().map(move |(n, line)| {
            columns
                .columns
                .iter()
                .map(|c| {
                    let text = self.cell(n, line, c.field);
                    if columns.neutralize_formulas && text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                        format!("'{text}")
                    } else {
                        text
                    }
                })
                .collect()
        })
    }

    /// The invoice as CSV: a header row, then one row per line.
    ///
    /// ```
    /// # use pcplan::services::{agency::*, invoice::*, lines::Billing};
    /// # let agency = AgencyConfig::from_json_slice(include_bytes!("../../../../examples/services/agency.json")).unwrap();
    /// # let member: Member = serde_json::from_str(r#"{"memberId": "90000000A", "lastName": "Doe", "firstName": "Ana",
    /// #   "birthDate": "1980-01-01", "sex": "female", "diagnoses": ["Z59.01"], "address": {"line1": "1 Main St",
    /// #   "city": "Fresno", "state": "CA", "postalCode": "93701"}}"#).unwrap();
    /// let billing = Billing { lines: vec![], findings: vec![] };
    /// let invoice = Invoice { number: "INV-1", date: "2026-06-01".parse().unwrap(), agency: &agency, member: &member, billing: &billing };
    /// assert!(invoice.to_csv(ColumnSet::embedded()).starts_with("Invoice Number,"));
    /// ```
    pub fn to_csv(&self, columns: &ColumnSet) -> String {
        let mut writer = csv::Writer::from_writer(Vec::new());
        // Writing to a Vec cannot fail.
        let _ = writer.write_record(columns.columns.iter().map(|c| c.header.as_str()));
        for row in self.rows(columns) {
            let _ = writer.write_record(&row);
        }
        String::from_utf8(writer.into_inner().unwrap_or_default()).unwrap_or_default()
    }

    /// The invoice as JSON: `{"invoiceNumber", "invoiceDate", "currency", "total", "lines": [{header: text}]}`.
    pub fn to_json(&self, columns: &ColumnSet) -> Value {
        let lines: Vec<Value> = self
            .rows(columns)
            .map(|row| {
                let object: Map<String, Value> =
                    columns.columns.iter().zip(row).map(|(c, v)| (c.header.clone(), Value::String(v))).collect();
                Value::Object(object)
            })
            .collect();
        let currency = self.billing.lines.first().map(|l| l.currency.clone()).unwrap_or_default();
        serde_json::json!({
            "invoiceNumber": self.number,
            "invoiceDate": self.date.to_string(),
            "currency": currency,
            "total": self.total().to_string(),
            "lines": lines,
        })
    }
}
