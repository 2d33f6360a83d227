//! The person the plan belongs to, their language and access needs, and their representatives.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Confidential, DocumentFormat, Id, LanguageTag, LocalizedText};

/// The person the plan is for (eLTSS 1–9).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    /// Legal name, used once in the document where identification needs it (eLTSS 1).
    pub legal_name: HumanName,
    /// Identifiers such as the Medi-Cal CIN or Medicaid number (eLTSS 2–3).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
    /// The name the person wants to be called; used throughout the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_name: Option<String>,
    /// The person's pronouns as they say them, e.g. "she/her", "they/them", "él".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<String>,
    /// How the person wants to be described: person-first or identity-first language, and their own terms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity_language: Option<IdentityLanguage>,
    /// Date of birth (eLTSS 4).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Phone, email, address (eLTSS 5–6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// Emergency contacts (eLTSS 7–9).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub emergency_contacts: Vec<EmergencyContact>,
    /// Preferred languages, interpreter and alternative formats.
    pub language: LanguageAccess,
}

impl Person {
    /// The name to use for the person everywhere but identification: the preferred name if set, else the
    /// first given name.
    pub fn display_name(&self) -> &str {
        self.preferred_name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .or_else(|| self.legal_name.given.first().map(String::as_str))
            .unwrap_or(&self.legal_name.family)
    }
}

/// A person's name in parts (eLTSS 1).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HumanName {
    /// Family name(s).
    pub family: String,
    /// Given names, in order.
    pub given: Vec<String>,
}

/// An identifier of the person (eLTSS 2–3).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Identifier {
    /// What kind of identifier this is.
    #[serde(rename = "type")]
    pub kind: IdentifierType,
    /// The identifier itself.
    pub value: String,
    /// The system that issued it (a URI or a name such as "California DHCS").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// The kind in words, when `type` is `other`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_text: Option<String>,
}

/// Kinds of person identifier (eLTSS 3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IdentifierType {
    /// A Medicaid number; in California the Medi-Cal Client Index Number (CIN).
    MedicaidNumber,
    /// A state-issued id.
    StateId,
    /// A medical record number.
    MedicalRecordNumber,
    /// A health plan member id.
    MemberId,
    /// Another kind, named in `typeText`.
    Other,
}

/// Person-first or identity-first language, and the terms the person uses about themself.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct IdentityLanguage {
    /// The person's preference.
    pub preference: IdentityPreference,
    /// Terms the person uses, e.g. "Autistic", "Deaf", "disabled person".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terms: Vec<LocalizedText>,
}

/// How the person wants their identity described.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum IdentityPreference {
    /// "person with autism".
    PersonFirst,
    /// "autistic person".
    IdentityFirst,
    /// No preference stated.
    NoPreference,
}

/// Ways to reach someone.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Contact {
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Postal address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Marks this contact information (phone, email and address) confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// A postal address (eLTSS 6).
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Address {
    /// Street lines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lines: Vec<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Marks this address confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// An emergency contact (eLTSS 7–9).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct EmergencyContact {
    /// Name.
    pub name: String,
    /// Relationship to the person, e.g. "sister", "neighbor".
    pub relationship: String,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Marks this emergency contact confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// The person's languages and the formats they can use (HCBS (a)(4), (b)(7)).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LanguageAccess {
    /// Preferred spoken language.
    pub spoken: LanguageTag,
    /// Preferred written language: the language of the person's copy of the plan.
    pub written: LanguageTag,
    /// Whether the person needs an interpreter at meetings.
    #[serde(default)]
    pub interpreter_needed: bool,
    /// Alternative formats the person needs for written material.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_formats: Vec<DocumentFormat>,
    /// A reading grade level the person asked for, when it differs from the agency's default target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading_grade: Option<u8>,
}

/// A guardian, authorized representative or supported decision-making supporter (eLTSS 29–31).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Representative {
    /// Stable id.
    pub id: Id,
    /// Name.
    pub name: String,
    /// The kind of representative.
    pub kind: RepresentativeKind,
    /// Relationship to the person, e.g. "daughter".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// Whether they hold legal authority to sign for the person (a guardian does; an SDM supporter does not).
    #[serde(default)]
    pub legal_authority: bool,
    /// What they may decide or help with, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<LocalizedText>,
    /// Contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// Kinds of representative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RepresentativeKind {
    /// Court-appointed guardian.
    Guardian,
    /// Court-appointed conservator.
    Conservator,
    /// Authorized representative chosen by the person.
    AuthorizedRepresentative,
    /// Holder of a power of attorney.
    PowerOfAttorney,
    /// Supported decision-making supporter: helps the person decide; the person decides.
    SupportedDecisionMaker,
    /// Another kind.
    Other,
}
