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
    /// The name the person wants to be called, in each script they write it in ("یاسمن" and "Yasaman"), the
    /// form they use most first. A document uses the form in its own language, else in its script, else the
    /// first (see [`Person::display_name_in`]).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub preferred_names: Vec<NameForm>,
    /// The person's pronouns: the standard sets for documents in any language, and their own wording.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pronouns: Option<Pronouns>,
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
    /// Where the person lives now, and since when.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<Residence>,
}

impl Person {
    /// The name to use for the person everywhere but identification, whatever the document's language: the
    /// first preferred name, else the first given name.
    pub fn display_name(&self) -> &str {
        self.preferred_names
            .iter()
            .map(|n| n.text.as_str())
            .find(|n| !n.trim().is_empty())
            .or_else(|| self.legal_name.given.first().map(String::as_str))
            .unwrap_or(&self.legal_name.family)
    }

    /// The name to use in a document in `lang`: the preferred name in that language, else the first in its
    /// script, else [`Person::display_name`].
    ///
    /// ```
    /// let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/minimal.json")).unwrap();
    /// let mut person = plan.person;
    /// person.preferred_names = vec![
    ///     pcplan::model::NameForm { text: "یاسمن".into(), lang: "fa".parse().unwrap() },
    ///     pcplan::model::NameForm { text: "Yasaman".into(), lang: "fa-Latn".parse().unwrap() },
    /// ];
    /// assert_eq!(person.display_name_in(&"en".parse().unwrap()), "Yasaman");
    /// assert_eq!(person.display_name_in(&"fa".parse().unwrap()), "یاسمن");
    /// assert_eq!(person.display_name_in(&"ar".parse().unwrap()), "یاسمن");
    /// ```
    pub fn display_name_in(&self, lang: &crate::LanguageIdentifier) -> &str {
        let forms = || self.preferred_names.iter().filter(|n| !n.text.trim().is_empty());
        forms()
            .find(|n| crate::i18n::lang::same_written_language(n.lang.langid(), lang))
            .or_else(|| {
                let script = crate::i18n::lang::script(lang);
                forms().find(|n| script.is_some() && crate::i18n::lang::script(n.lang.langid()) == script)
            })
            .map(|n| n.text.as_str())
            .unwrap_or_else(|| self.display_name())
    }
}

/// A name as written in one language or script: `lang` is a BCP-47 tag whose script, stated (`fa-Latn`) or
/// implied (`fa` is Arabic script), chooses the form for a document.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct NameForm {
    /// The name.
    pub text: String,
    /// The language or script it is written in.
    pub lang: LanguageTag,
}

/// A person's name in parts (eLTSS 1).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HumanName {
    /// Family name(s).
    pub family: String,
    /// Given names, in order.
    pub given: Vec<String>,
    /// The order the person's culture writes the parts in: `family-first` for "Nguyễn Thị Lan".
    #[serde(default, skip_serializing_if = "NameOrder::is_given_first")]
    pub order: NameOrder,
    /// The whole name as the person writes it, in their own script ("مریم احمدی", "王美蘭"), when it differs
    /// from the parts joined in order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl HumanName {
    /// The parts joined in the person's order: "Nguyễn Thị Lan" for family name "Nguyễn", given "Thị", "Lan" and
    /// order `family-first`.
    ///
    /// ```
    /// use pcplan::model::{HumanName, NameOrder};
    /// let name = HumanName { family: "Nguyễn".into(), given: vec!["Thị".into(), "Lan".into()],
    ///                        order: NameOrder::FamilyFirst, text: None };
    /// assert_eq!(name.in_order(), "Nguyễn Thị Lan");
    /// ```
    pub fn in_order(&self) -> String {
        let given = self.given.iter().map(|g| g.trim()).filter(|g| !g.is_empty());
        let family = Some(self.family.trim()).filter(|f| !f.is_empty());
        let parts: Vec<&str> = match self.order {
            NameOrder::GivenFirst => given.chain(family).collect(),
            NameOrder::FamilyFirst => family.into_iter().chain(given).collect(),
        };
        parts.join(" ")
    }
}

/// The order of a name's parts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum NameOrder {
    /// Given names, then the family name ("Rosa Delgado Fuentes").
    #[default]
    GivenFirst,
    /// The family name, then given names ("Nguyễn Thị Lan", "Wong Mei Lan").
    FamilyFirst,
}

impl NameOrder {
    fn is_given_first(&self) -> bool {
        *self == NameOrder::GivenFirst
    }
}

/// A person's pronouns.
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Pronouns {
    /// The standard sets the person uses, in their order ("she/they" is `she`, `they`): a document in any
    /// language names them in its own words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sets: Vec<PronounSet>,
    /// The person's own wording ("she/her", "ella", "او"), shown in a document in its language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub own_words: Option<LocalizedText>,
}

impl Pronouns {
    /// The standard sets: `sets`, or when none are given, those the person's own words name
    /// ([`PronounSet::parse`]); empty when neither says.
    ///
    /// ```
    /// use pcplan::model::{LocalizedText, PronounSet, Pronouns};
    /// let p = Pronouns { sets: vec![], own_words: Some(LocalizedText::new("ella", "es".parse().unwrap())) };
    /// assert_eq!(p.standard_sets(), [PronounSet::She]);
    /// ```
    pub fn standard_sets(&self) -> Vec<PronounSet> {
        if !self.sets.is_empty() {
            return self.sets.clone();
        }
        self.own_words.as_ref().map(|w| PronounSet::parse(&w.text)).unwrap_or_default()
    }
}

/// A standard set of third-person pronouns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PronounSet {
    /// he/him/his ("él").
    He,
    /// she/her/hers ("ella").
    She,
    /// they/them/their, singular ("elle").
    They,
}

/// Where the person lives now (a shelter bed since March, their own apartment since 2019).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Residence {
    /// The kind of place.
    pub kind: ResidenceKind,
    /// Since when the person has lived there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub since: Option<NaiveDate>,
    /// The place in the person's words ("a bed at the Mission shelter").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Marks where the person lives confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// Kinds of place a person lives in (the living situations Medi-Cal housing Community Supports ask about).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ResidenceKind {
    /// A home the person owns or rents.
    OwnHome,
    /// With family or friends.
    WithFamilyOrFriends,
    /// An emergency shelter.
    Shelter,
    /// A domestic violence shelter or safe house.
    DomesticViolenceShelter,
    /// Transitional housing.
    TransitionalHousing,
    /// Recuperative care or short-term post-hospitalization housing.
    RecuperativeCare,
    /// Permanent supportive housing.
    SupportiveHousing,
    /// A group home, board and care or adult residential facility.
    GroupHome,
    /// Assisted living.
    AssistedLiving,
    /// A nursing facility.
    NursingFacility,
    /// A hospital.
    Hospital,
    /// Jail or prison.
    Incarcerated,
    /// Without shelter (a car, a tent, the street).
    Unsheltered,
    /// Another kind, described in `description`.
    Other,
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
    /// Marks the phone number alone confidential (a number only the care manager may have), so the rest of the
    /// contact, a Safe at Home substitute address included, can still be shared.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_confidential: Option<Confidential>,
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
    /// The languages the person speaks, most preferred first (at least one).
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub spoken: Vec<SpokenLanguage>,
    /// The languages the person reads, most preferred first (at least one): the first is the language of the
    /// person's copy of the plan.
    #[serde(deserialize_with = "non_empty")]
    #[schemars(length(min = 1))]
    pub written: Vec<WrittenLanguage>,
    /// Alternative formats the person needs for written material.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternative_formats: Vec<DocumentFormat>,
    /// A reading grade level the person asked for, when it differs from the agency's default target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reading_grade: Option<u8>,
}

impl LanguageAccess {
    /// The language the person prefers to speak.
    pub fn preferred_spoken(&self) -> &LanguageTag {
        self.spoken.first().map_or(&UNDETERMINED, |l| &l.lang)
    }

    /// The language the person prefers to read: the language of their copy of the plan.
    pub fn preferred_written(&self) -> &LanguageTag {
        self.written.first().map_or(&UNDETERMINED, |l| &l.lang)
    }

    /// Whether the person needs an interpreter for any language they speak.
    pub fn interpreter_needed(&self) -> bool {
        self.spoken.iter().any(|l| l.interpreter_needed)
    }
}

/// `und`, for a language list built in code and left empty (the loader refuses one).
static UNDETERMINED: std::sync::LazyLock<LanguageTag> =
    std::sync::LazyLock::new(|| LanguageTag::from(crate::LanguageIdentifier::default()));

fn non_empty<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    let items = Vec::<T>::deserialize(d)?;
    if items.is_empty() {
        return Err(serde::de::Error::custom("expected at least one language"));
    }
    Ok(items)
}

/// A language the person speaks.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SpokenLanguage {
    /// The language.
    pub lang: LanguageTag,
    /// How well the person speaks and understands it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<Proficiency>,
    /// The person needs an interpreter into this language when a meeting is held in another.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub interpreter_needed: bool,
}

/// A language the person reads.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WrittenLanguage {
    /// The language.
    pub lang: LanguageTag,
    /// How well the person reads it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proficiency: Option<Proficiency>,
}

/// How well someone uses a language (HL7 v3 LanguageAbilityProficiency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Proficiency {
    /// Excellent: first language or equivalent.
    Excellent,
    /// Good: everyday conversation and reading with ease.
    Good,
    /// Fair: simple conversation or text; complex matters need help.
    Fair,
    /// Poor: a few words; an interpreter or translation is needed.
    Poor,
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
    /// The legal authority they hold to decide or sign for the person, and when it applies (a guardian's always
    /// does; a health-care power of attorney's often only when the person cannot decide); none for a supported
    /// decision-making supporter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// What they may decide or help with, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<LocalizedText>,
    /// Contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
}

/// A representative's legal authority.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Authority {
    /// When it applies.
    pub applies: AuthorityApplies,
    /// The areas it covers, when not all decisions ("health care", "finances").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub areas: Option<LocalizedText>,
    /// Its conditions in words ("when two physicians certify that I cannot make my own health-care decisions").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conditions: Option<LocalizedText>,
    /// The document that grants it ("Advance health care directive, 2024-05-02").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
}

/// When a representative's authority applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum AuthorityApplies {
    /// Always (a guardian, a conservator, an immediately effective power of attorney).
    Always,
    /// Only when the person cannot decide for themself (a "springing" health-care power of attorney).
    WhenPersonCannotDecide,
    /// Under the conditions written in `conditions`.
    Conditional,
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
