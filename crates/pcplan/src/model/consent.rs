//! Signatures and distribution of copies.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{ContentDigest, Id, LanguageTag, LocalizedText};

/// A signature on the plan (HCBS (b)(9); eLTSS 26–37).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Signature {
    /// Stable id.
    pub id: Id,
    /// Who signs.
    pub role: SignerRole,
    /// Printed name.
    pub name: String,
    /// The date signed; absent while waiting for the signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// How it was signed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<SignatureMethod>,
    /// The person could not sign; the reason is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unable_to_sign: Option<UnableToSign>,
    /// The signer's team entry or representative id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signer_id: Option<Id>,
    /// The content digest of the plan version signed (see [`crate::model::content_digest`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_digest: Option<ContentDigest>,
    /// The plan format version `contentDigest` was computed in, when older than this one (set by the migration
    /// of an older plan; see [`crate::model::signed_digest`]). Absent: the current version.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest_format: Option<u32>,
}

/// The roles of signers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SignerRole {
    /// The person the plan is for.
    Person,
    /// A guardian or legally authorized representative.
    Representative,
    /// The support planner.
    Planner,
    /// A provider that implements part of the plan.
    Provider,
    /// A witness.
    Witness,
}

/// How a signature was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SignatureMethod {
    /// Ink on paper.
    Written,
    /// An electronic signature.
    Electronic,
    /// Verbal consent, witnessed.
    VerbalWitnessed,
    /// A mark or stamp.
    Mark,
}

/// Why the person could not sign.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnableToSign {
    /// The reason.
    pub reason: LocalizedText,
    /// The witness, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub witness: Option<String>,
}

/// A copy of the plan given to someone (HCBS (b)(10)).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct DistributionRecord {
    /// Stable id.
    pub id: Id,
    /// Who received it.
    pub recipient: String,
    /// Their role.
    pub recipient_role: RecipientRole,
    /// When.
    pub date: NaiveDate,
    /// Language of the copy.
    pub language: LanguageTag,
    /// Format of the copy.
    pub format: DocumentFormat,
    /// The copy was offered to the person to review and edit.
    #[serde(default)]
    pub offered_for_review: bool,
    /// The person declined a copy in their preferred language or format (recorded, with the reason).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub declined_preferred: Option<LocalizedText>,
    /// The recipient, when listed in `recipients`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient_id: Option<Id>,
    /// The content digest of the copy given (its `copyOf.copyDigest`, or the full plan's digest for a copy of the
    /// whole plan): rule P9 checks it held only what the recipient may see.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub copy_digest: Option<ContentDigest>,
}

/// Who received a copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum RecipientRole {
    /// The person.
    Person,
    /// Their representative.
    Representative,
    /// A provider implementing the plan.
    Provider,
    /// Another team member.
    TeamMember,
    /// The health plan.
    HealthPlan,
}

/// Formats of written material (DHCS alternative formats).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DocumentFormat {
    /// Standard print.
    StandardPrint,
    /// Large print (20-point).
    LargePrint,
    /// Audio.
    Audio,
    /// Braille.
    Braille,
    /// Accessible electronic (HTML or tagged PDF).
    AccessibleElectronic,
}
