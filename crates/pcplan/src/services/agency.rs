//! Who bills and who pays: the agency's configuration (billing provider NPI and TIN, submitter, receiver,
//! interchange ids, payers), read from a JSON file (`examples/services/agency.json` is a fictional agency's),
//! and the member a claim is for. Payer rules that vary are here as data, never in code.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::terms::TermsGap;
use crate::model::{Id, LoadError, LoadOptions, deserialize_at, parse_limited};

/// An agency's billing configuration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AgencyConfig {
    /// The billing provider.
    pub billing_provider: BillingProvider,
    /// Who sends the claims file (loop 1000A), usually the agency or its clearinghouse account.
    pub submitter: Submitter,
    /// Who receives it (loop 1000B): the health plan or clearinghouse.
    pub receiver: Party,
    /// The interchange envelope's sender and receiver ids.
    pub interchange: Interchange,
    /// The payers the agency bills, each under the key billing terms name.
    pub payers: Vec<Payer>,
}

/// The billing provider (loop 2010AA).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BillingProvider {
    /// The organization's name.
    pub name: String,
    /// Its National Provider Identifier (10 digits, with the Luhn check digit).
    pub npi: String,
    /// Its federal Tax Identification Number (EIN, 9 digits).
    pub tin: String,
    /// The provider taxonomy code, when the payer asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<String>,
    /// Its street address (a street address, not a post office box).
    pub address: Address,
}

/// The submitter (loop 1000A).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Submitter {
    /// Name.
    pub name: String,
    /// The id the receiver assigned.
    pub id: String,
    /// The contact person's name.
    pub contact_name: String,
    /// The contact's telephone number, digits only.
    pub phone: String,
}

/// A named party with an id (the receiver).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Party {
    /// Name.
    pub name: String,
    /// Id.
    pub id: String,
}

/// The ISA envelope's parties and usage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Interchange {
    /// The sender id qualifier (ISA05), e.g. `ZZ` (mutually defined) or `30` (TIN).
    pub sender_qualifier: String,
    /// The sender id (ISA06, at most 15 characters).
    pub sender_id: String,
    /// The receiver id qualifier (ISA07).
    pub receiver_qualifier: String,
    /// The receiver id (ISA08, at most 15 characters).
    pub receiver_id: String,
    /// Test or production data (ISA15).
    pub usage: Usage,
}

/// Whether an interchange is test or production data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Usage {
    /// Test data (`T`).
    Test,
    /// Production data (`P`).
    Production,
}

/// A payer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Payer {
    /// The key billing terms use for this payer.
    pub key: Id,
    /// The payer's name.
    pub name: String,
    /// Other names plans give this payer ("Sierra Valle Health" for "Plan de Salud Sierra Valle"): a support's
    /// authorization names its payer in words, and [`AgencyConfig::payer_named`] finds it by any of them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The payer id on claims (loop 2010BB).
    pub payer_id: String,
    /// The claim filing indicator (SBR09): `MC` for Medicaid (Medi-Cal managed care), `HM` for an HMO, ….
    pub claim_filing_indicator: String,
    /// The payer pays a coded service only under its authorization (Medi-Cal health plans authorize ECM and
    /// each Community Support); monitoring finds a service delivered without one (`SM5`). Default false.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub requires_authorization: bool,
}

/// A postal address.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Address {
    /// Street line.
    pub line1: String,
    /// Second line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// City.
    pub city: String,
    /// Two-letter state code.
    pub state: String,
    /// ZIP code: 5 digits, or 9 for the billing provider.
    pub postal_code: String,
}

/// The member a claim is for (the subscriber, who is also the patient).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Member {
    /// The Medi-Cal CIN or the health plan's member id.
    pub member_id: String,
    /// Legal last name.
    pub last_name: String,
    /// Legal first name.
    pub first_name: String,
    /// Date of birth.
    pub birth_date: NaiveDate,
    /// Administrative sex as the payer records it.
    pub sex: Sex,
    /// Home or mailing address.
    pub address: Address,
    /// ICD-10-CM diagnosis codes, primary first (e.g. `Z59.01`), at most 12.
    #[schemars(length(min = 1, max = 12))]
    pub diagnoses: Vec<String>,
}

impl Member {
    /// The member as the plan names them, for a claim: the Medi-Cal CIN (else the health plan member id), the
    /// legal name, the date of birth and the postal address. A confidential address is never put on a claim:
    /// its substitute (a Safe at Home address) is, and without one there is no member. `sex` and `diagnoses`
    /// (ICD-10-CM, primary first, 1 to 12) are what a claim needs and a plan does not record.
    ///
    /// ```
    /// use pcplan::services::agency::{Member, Sex};
    /// let plan = pcplan::model::Plan::from_json_str(include_str!("../../../../examples/plans/hcbs-vi-lan.json")).unwrap();
    /// let member = Member::from_plan(&plan, Sex::Female, vec!["E11.9".into()]).unwrap();
    /// assert_eq!(member.member_id, "91000763E");
    /// assert_eq!((member.last_name.as_str(), member.first_name.as_str()), ("Nguyễn", "Thị Lan"));
    /// ```
    pub fn from_plan(plan: &crate::model::Plan, sex: Sex, diagnoses: Vec<String>) -> Result<Member, TermsGap> {
        use crate::model::IdentifierType;
        let p = &plan.person;
        let gap = |path: &str, expected| TermsGap { path: path.to_owned(), expected };
        let id = |kind| p.identifiers.iter().find(|i| i.kind == kind).map(|i| i.value.trim().to_owned());
        let member_id = id(IdentifierType::MedicaidNumber)
            .or_else(|| id(IdentifierType::MemberId))
            .filter(|v| !v.is_empty())
            .ok_or(gap(
                "/person/identifiers",
                "expected a medicaid-number (the Medi-Cal CIN) or member-id identifier",
            ))?;
        let first_name = p.legal_name.given.join(" ");
        if p.legal_name.family.trim().is_empty() || first_name.trim().is_empty() {
            return Err(gap("/person/legalName", "expected a family name and a given name"));
        }
        let birth_date = p.birth_date.ok_or(gap("/person/birthDate", "expected the date of birth"))?;
        let contact = p.contact.as_ref();
        let address = contact
            .and_then(|c| c.address.as_ref())
            .ok_or(gap("/person/contact/address", "expected the member's postal address"))?;
        let confidential = address.confidential.as_ref().or(contact.and_then(|c| c.confidential.as_ref()));
        let (address, path) = match confidential {
            None => (address, "/person/contact/address"),
            Some(mark) => match mark.substitute_address.as_deref() {
                Some(substitute) => (substitute, "/person/contact/address/confidential/substituteAddress"),
                None => {
                    return Err(gap(
                        "/person/contact/address/confidential",
                        "expected a substitute address (such as Safe at Home's) for a confidential address: a claim never carries the address itself",
                    ));
                }
            },
        };
        let line1 = address.lines.first().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty());
        let field = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
        let (Some(line1), Some(city), Some(state), Some(postal_code)) =
            (line1, field(&address.city), field(&address.state), field(&address.postal_code))
        else {
            return Err(TermsGap {
                path: path.to_owned(),
                expected: "expected a street line, city, state and postal code",
            });
        };
        if diagnoses.is_empty() || diagnoses.len() > 12 {
            return Err(gap("/diagnoses", "expected 1 to 12 ICD-10-CM diagnosis codes, primary first"));
        }
        Ok(Member {
            member_id,
            last_name: p.legal_name.family.trim().to_owned(),
            first_name,
            birth_date,
            sex,
            address: Address {
                line1,
                line2: address.lines.get(1).map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()),
                city,
                state,
                postal_code: postal_code.replace('-', ""),
            },
            diagnoses,
        })
    }
}

/// Debug output never shows who the member is.
impl std::fmt::Debug for Member {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Member").field("diagnoses", &self.diagnoses.len()).finish_non_exhaustive()
    }
}

/// Administrative sex on a claim (DMG03).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Sex {
    /// `F`.
    Female,
    /// `M`.
    Male,
    /// `U`.
    Unknown,
}

impl AgencyConfig {
    /// Reads and checks a configuration: NPI with a valid check digit, 9-digit TIN, 9-digit billing ZIP code,
    /// unique payer keys.
    pub fn from_json_slice(json: &[u8]) -> Result<AgencyConfig, LoadError> {
        let config: AgencyConfig = deserialize_at(parse_limited(json, &LoadOptions::default())?)?;
        let invalid = |path: &str, expected: &str| LoadError::Invalid { path: path.into(), expected: expected.into() };
        let p = &config.billing_provider;
        if !is_valid_npi(&p.npi) {
            return Err(invalid("/billingProvider/npi", "expected a 10-digit NPI with a valid check digit"));
        }
        if p.tin.len() != 9 || !p.tin.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("/billingProvider/tin", "expected a 9-digit TIN, digits only"));
        }
        if p.address.postal_code.len() != 9 || !p.address.postal_code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(invalid("/billingProvider/address/postalCode", "expected a 9-digit ZIP code, digits only"));
        }
        for (i, payer) in config.payers.iter().enumerate() {
            if config.payers[..i].iter().any(|q| q.key == payer.key) {
                return Err(LoadError::DuplicateId { path: format!("/payers/{i}/key"), kind: "payer" });
            }
        }
        Ok(config)
    }

    /// The payer with this key, name or alias (names compared without regard to case).
    pub fn payer_named(&self, name: &str) -> Option<&Payer> {
        let name = name.trim();
        self.payers.iter().find(|p| {
            p.key.as_str() == name
                || p.name.eq_ignore_ascii_case(name)
                || p.aliases.iter().any(|a| a.trim().eq_ignore_ascii_case(name))
        })
    }

    /// The payer a support's authorization names (by key, name or alias), else the agency's only payer.
    pub fn payer_of(&self, support: &crate::model::Support) -> Option<&Payer> {
        match &support.authorization {
            Some(a) => self.payer_named(&a.payer),
            None if self.payers.len() == 1 => self.payers.first(),
            None => None,
        }
    }

    /// The payer with this key.
    pub fn payer(&self, key: &Id) -> Option<&Payer> {
        self.payers.iter().find(|p| &p.key == key)
    }
}

/// Whether `npi` is ten digits whose last is the Luhn check digit over the prefix 80840 and the first nine
/// (the CMS NPI check digit algorithm).
///
/// ```
/// assert!(pcplan::services::agency::is_valid_npi("1234567893"));
/// assert!(!pcplan::services::agency::is_valid_npi("1234567890"));
/// ```
pub fn is_valid_npi(npi: &str) -> bool {
    if npi.len() != 10 || !npi.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits: Vec<u32> = npi.bytes().map(|b| u32::from(b - b'0')).collect();
    // 24 is the Luhn sum of the doubled and plain digits of the prefix 80840.
    let mut sum = 24;
    for (i, d) in digits[..9].iter().rev().enumerate() {
        sum += if i % 2 == 0 {
            let x = d * 2;
            if x > 9 { x - 9 } else { x }
        } else {
            *d
        };
    }
    (10 - sum % 10) % 10 == digits[9]
}
