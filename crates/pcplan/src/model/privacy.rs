//! Confidentiality marks, the recipients of copies with what the person agreed to share with each, and the
//! manifest a filtered copy carries. The filtering itself is [`crate::copy`].

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Address, ContentDigest, DocumentFormat, Id, LocalizedText, Plan, RecipientRole};

/// A mark that an entity or field is confidential: it reaches only the person and the recipients listed in
/// `sharedWith`, whatever the recipient's other permissions and whatever template renders the copy.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Confidential {
    /// Why it is confidential.
    pub reason: ConfidentialReason,
    /// Recipients (ids in `recipients`) the person agreed may see it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shared_with: Vec<Id>,
    /// On an address in a confidential address program (California's Safe at Home): the program's substitute
    /// address, which copies show instead.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_address: Option<Box<Address>>,
    /// More about the mark, for the agency (never shown in a copy that withholds the content).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<LocalizedText>,
}

/// Why something in the plan is confidential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ConfidentialReason {
    /// The person is in a confidential address program (California Safe at Home, Gov. Code 6205–6211).
    ConfidentialAddressProgram,
    /// Substance use disorder treatment records (42 CFR Part 2).
    SubstanceUseRecords,
    /// Psychotherapy notes (45 CFR 164.508(a)(2)).
    PsychotherapyNotes,
    /// HIV status or test results (Cal. Health & Safety Code 120980).
    Hiv,
    /// Reproductive or sexual health care.
    ReproductiveHealth,
    /// The person asked that it not be shared.
    PersonRequest,
    /// Another reason, written in `note`.
    Other,
}

/// Someone who receives a copy of the plan, and what the person agreed to share with them.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recipient {
    /// Stable id, used by `--for ID`, by confidentiality marks' `sharedWith` and by distribution records.
    pub id: Id,
    /// Name of the person or organization.
    pub name: String,
    /// Their role. The person's own copy (`person`) holds everything.
    pub role: RecipientRole,
    /// Their entry on the team, if they are on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_member_id: Option<Id>,
    /// Their entry in `representatives`, if they are a representative.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub representative_id: Option<Id>,
    /// The parts of the plan the person agreed to share with them. Parts not listed are left out of their copy;
    /// confidential content is left out unless its mark lists them in `sharedWith`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub shares: Vec<ShareArea>,
    /// The person chose not to share the plan with them: rule P5 then asks for no copy, and rule P9 reports a
    /// copy given anyway.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub person_declined: bool,
    /// Formats their copy is made in (large print…). The person's copy also takes the person's
    /// `language.alternativeFormats`; other copies are standard print unless listed here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<DocumentFormat>,
}

/// A part of the plan a recipient may see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ShareArea {
    /// What people like and admire, what is important to and for the person, how to support them.
    Profile,
    /// Assessed needs.
    Needs,
    /// Goals and their steps, with the housing support plan.
    Goals,
    /// Supports (in plain words).
    Supports,
    /// Service codes, modifiers, authorizations, rates and place of service of supports.
    ServiceCodes,
    /// Risks and how the person stays safe, with the backup plan.
    Risks,
    /// The person's contact details, where they live, emergency contacts and representatives' contact details.
    ContactDetails,
    /// Monitoring contacts, feedback, life events and update requests.
    Monitoring,
}

/// What a filtered copy carries about itself: who it is for, the digests that keep signatures checkable, and
/// what was withheld (kinds and counts, never values). See [`crate::copy`].
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CopyManifest {
    /// The recipient (an id in the full plan's `recipients`).
    pub recipient_id: Id,
    /// The full plan's content digests, one per digest format its signatures use: a signature on the copy is
    /// checked against the entry of its `digestFormat`.
    pub plan_digests: Vec<FormatDigest>,
    /// The content digest of this copy as made: a later change of the copy shows.
    pub copy_digest: ContentDigest,
    /// What was left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub withheld: Vec<Withheld>,
}

/// A content digest in one digest format.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct FormatDigest {
    /// The plan format version the digest is computed in.
    pub format: u32,
    /// The digest.
    pub digest: ContentDigest,
}

/// How many of one kind of content a copy left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Withheld {
    /// The kind.
    pub kind: WithheldKind,
    /// How many.
    pub count: usize,
}

/// Kinds of content a copy can leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum WithheldKind {
    /// The profile.
    Profile,
    /// A need.
    Need,
    /// A goal.
    Goal,
    /// A support.
    Support,
    /// A support's codes and authorization.
    ServiceCode,
    /// A risk.
    Risk,
    /// Contact details (phone, email, address).
    ContactDetails,
    /// An address (replaced by a substitute address, or left out).
    Address,
    /// A phone number.
    Phone,
    /// An emergency contact.
    EmergencyContact,
    /// Where the person lives.
    Residence,
    /// A monitoring contact.
    MonitoringEntry,
    /// A feedback entry.
    Feedback,
    /// A life event.
    LifeEvent,
    /// An update request.
    UpdateRequest,
    /// The plan's backup plan.
    BackupPlan,
    /// The housing support plan.
    HousingSupportPlan,
    /// A record of a copy given to someone else.
    DistributionRecord,
    /// Another recipient.
    Recipient,
    /// Agency-specific data.
    Extensions,
}

/// Every confidentiality mark in the plan, with its JSON Pointer (the pointer of the marked entity).
pub fn confidential_marks(plan: &Plan) -> Vec<(String, &Confidential)> {
    fn add<'a>(out: &mut Vec<(String, &'a Confidential)>, path: String, mark: Option<&'a Confidential>) {
        if let Some(m) = mark {
            out.push((path, m));
        }
    }
    let mut out = Vec::new();
    if let Some(c) = &plan.person.contact {
        add(&mut out, "/person/contact".into(), c.confidential.as_ref());
        add(&mut out, "/person/contact/phone".into(), c.phone_confidential.as_ref());
        if let Some(a) = &c.address {
            add(&mut out, "/person/contact/address".into(), a.confidential.as_ref());
        }
    }
    if let Some(r) = &plan.person.residence {
        add(&mut out, "/person/residence".into(), r.confidential.as_ref());
    }
    for (i, c) in plan.person.emergency_contacts.iter().enumerate() {
        add(&mut out, format!("/person/emergencyContacts/{i}"), c.confidential.as_ref());
    }
    for (i, n) in plan.needs.iter().enumerate() {
        add(&mut out, format!("/needs/{i}"), n.confidential.as_ref());
    }
    for (i, g) in plan.goals.iter().enumerate() {
        add(&mut out, format!("/goals/{i}"), g.confidential.as_ref());
    }
    for (i, s) in plan.supports.iter().enumerate() {
        add(&mut out, format!("/supports/{i}"), s.confidential.as_ref());
    }
    for (i, r) in plan.risks.iter().enumerate() {
        add(&mut out, format!("/risks/{i}"), r.confidential.as_ref());
    }
    for (i, m) in plan.monitoring.iter().enumerate() {
        add(&mut out, format!("/monitoring/{i}"), m.confidential.as_ref());
    }
    for (i, e) in plan.life_events.iter().enumerate() {
        add(&mut out, format!("/lifeEvents/{i}"), e.confidential.as_ref());
    }
    out
}
