//! Hand-written serde types for the part of FHIR R4 that eLTSS uses.
//!
//! Only the elements pcplan maps are typed; everything else a bundle carries lands in each type's `extra` map
//! (`#[serde(flatten)]`), so an import can report it by path and keep it, and nothing is dropped silently.
//! Empty strings, arrays and objects are never written (FHIR forbids them).

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Content of a FHIR element that pcplan does not type: element name → JSON value.
pub type Extra = Map<String, Value>;

macro_rules! fhir_struct {
    ($(#[$meta:meta])* $name:ident { $($(#[$fmeta:meta])* $field:ident : $ty:ty),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Default, PartialEq, Serialize)]
        #[serde(rename_all = "camelCase")]
        pub struct $name {
            $(
                #[doc = concat!("The FHIR element `", stringify!($field), "` (camelCase in JSON).")]
                $(#[$fmeta])* #[serde(default, skip_serializing_if = "Empty::is_empty")] pub $field: $ty,
            )*
            /// Elements pcplan does not map, kept as read.
            #[serde(flatten)]
            pub extra: Extra,
        }

        // By hand rather than derived: serde's `flatten` (for `extra`) buffers every element of every resource
        // before reading it. Element names come from the field names (`element_name`), as in paths.
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct ElementVisitor;
                impl<'de> serde::de::Visitor<'de> for ElementVisitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a FHIR ", stringify!($name), " (a JSON object)"))
                    }
                    #[allow(unused_assignments, unused_mut, unused_variables)]
                    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<$name, A::Error> {
                        static NAMES: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
                        let names = NAMES.get_or_init(|| vec![$(element_name(stringify!($field))),*]);
                        let mut out = $name::default();
                        while let Some(key) = map.next_key::<String>()? {
                            let mut i = 0;
                            let mut taken = false;
                            $(
                                if !taken && names[i] == key {
                                    out.$field = map.next_value()?;
                                    taken = true;
                                }
                                i += 1;
                            )*
                            if !taken {
                                let value = map.next_value()?;
                                out.extra.insert(key, value);
                            }
                        }
                        Ok(out)
                    }
                }
                d.deserialize_map(ElementVisitor)
            }
        }

        impl Visit for $name {
            fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>) {
                $(
                    let len = path.len();
                    path.push('.');
                    push_element_name(path, stringify!($field));
                    self.$field.visit(path, out);
                    path.truncate(len);
                )*
                visit_extra(&self.extra, path, out);
            }
        }
    };
}

/// Content found where pcplan maps nothing: its FHIR path, and the value (kept, never shown).
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'v> {
    /// The FHIR path, e.g. `Bundle.entry[2].resource.gender`.
    pub path: String,
    /// An element, a primitive's extension (`_birthDate`), or an extension pcplan does not know.
    pub kind: FoundKind,
    /// The content.
    pub value: std::borrow::Cow<'v, Value>,
}

/// What kind of content an import found no place for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundKind {
    /// An element pcplan does not map.
    Element,
    /// An extension of a primitive value (`_element`).
    PrimitiveExtension,
    /// An extension whose URL pcplan does not know.
    Extension,
}

/// Walks a parsed value and collects what pcplan does not map.
pub trait Visit {
    /// Appends to `out` what lies below `path` that pcplan does not map.
    fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>);
}

impl<T: Visit> Visit for Option<T> {
    fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>) {
        if let Some(v) = self {
            v.visit(path, out);
        }
    }
}

impl<T: Visit> Visit for Box<T> {
    fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>) {
        (**self).visit(path, out);
    }
}

impl<T: Visit> Visit for Vec<T> {
    fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>) {
        for (i, v) in self.iter().enumerate() {
            let len = path.len();
            path.push('[');
            path.push_str(&i.to_string());
            path.push(']');
            v.visit(path, out);
            path.truncate(len);
        }
    }
}

macro_rules! leaf_visit {
    ($($t:ty),*) => {$(
        impl Visit for $t {
            fn visit<'v>(&'v self, _: &mut String, _: &mut Vec<Found<'v>>) {}
        }
    )*};
}
leaf_visit!(String, bool, u32, f64, Value);

/// A Rust field name's FHIR element name (`birth_date` → `birthDate`, `kind` → `type`).
fn element_name(field: &str) -> String {
    let mut name = String::new();
    push_element_name(&mut name, field);
    name
}

/// Appends a Rust field name as its FHIR element name (`birth_date` → `birthDate`, `kind` → `type`).
fn push_element_name(path: &mut String, field: &str) {
    match field {
        "kind" => path.push_str("type"),
        "use_" => path.push_str("use"),
        "for_" => path.push_str("for"),
        _ => {
            let mut upper = false;
            for c in field.chars() {
                if c == '_' {
                    upper = true;
                } else if upper {
                    path.push(c.to_ascii_uppercase());
                    upper = false;
                } else {
                    path.push(c);
                }
            }
        }
    }
}

fn visit_extra<'v>(extra: &'v Extra, path: &mut String, out: &mut Vec<Found<'v>>) {
    for (key, value) in extra {
        let kind = if key.starts_with('_') {
            FoundKind::PrimitiveExtension
        } else if key == "modifierExtension" {
            FoundKind::Extension
        } else {
            FoundKind::Element
        };
        out.push(Found { path: format!("{path}.{key}"), kind, value: std::borrow::Cow::Borrowed(value) });
    }
}

/// "Nothing to write": FHIR allows no empty values, so every optional field is skipped when empty.
pub trait Empty {
    /// Whether the value is absent or empty.
    fn is_empty(&self) -> bool;
}
impl<T> Empty for Option<T> {
    fn is_empty(&self) -> bool {
        self.is_none()
    }
}
impl<T> Empty for Vec<T> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}
impl Empty for CodeableConcept {
    fn is_empty(&self) -> bool {
        self.coding.is_empty() && self.text.is_none() && self.extra.is_empty()
    }
}
impl Empty for String {
    fn is_empty(&self) -> bool {
        String::is_empty(self)
    }
}

fhir_struct!(
    /// Resource metadata.
    Meta { profile: Vec<String> }
);
fhir_struct!(
    /// Human-readable narrative.
    Narrative { status: String, div: String }
);
fhir_struct!(
    /// A code from a code system.
    Coding { system: Option<String>, code: Option<String>, display: Option<String> }
);
fhir_struct!(
    /// Codes and text for one concept.
    CodeableConcept { coding: Vec<Coding>, text: Option<String> }
);
fhir_struct!(
    /// A reference to another resource.
    Reference {
        reference: Option<String>,
        #[serde(rename = "type")]
        kind: Option<String>,
        identifier: Option<Box<Identifier>>,
        display: Option<String>,
    }
);
fhir_struct!(
    /// A business identifier.
    Identifier {
        #[serde(rename = "type")]
        kind: Option<CodeableConcept>,
        system: Option<String>,
        value: Option<String>,
        assigner: Option<Reference>,
    }
);
fhir_struct!(
    /// A person's name.
    HumanName {
        #[serde(rename = "use")]
        use_: Option<String>,
        text: Option<String>,
        family: Option<String>,
        given: Vec<String>,
    }
);
fhir_struct!(
    /// A phone number, email address or other contact point.
    ContactPoint { system: Option<String>, value: Option<String> }
);
fhir_struct!(
    /// A postal address.
    Address {
        line: Vec<String>,
        city: Option<String>,
        district: Option<String>,
        state: Option<String>,
        postal_code: Option<String>,
        text: Option<String>,
    }
);
fhir_struct!(
    /// A time range (dates or date-times as written).
    Period { start: Option<String>, end: Option<String> }
);
fhir_struct!(
    /// A measured amount.
    Quantity { value: Option<f64>, unit: Option<String>, system: Option<String>, code: Option<String> }
);
fhir_struct!(
    /// A ratio of two quantities.
    Ratio { numerator: Option<Quantity>, denominator: Option<Quantity> }
);
fhir_struct!(
    /// An amount of money.
    Money { value: Option<f64>, currency: Option<String> }
);
fhir_struct!(
    /// A text note.
    Annotation { text: String }
);
fhir_struct!(
    /// When something repeats.
    Timing {
        repeat: Option<TimingRepeat>,
        code: Option<CodeableConcept>,
    }
);
fhir_struct!(
    /// The repeat part of a timing.
    TimingRepeat {
        bounds_duration: Option<Quantity>,
        bounds_period: Option<Period>,
        count: Option<u32>,
        frequency: Option<u32>,
        period: Option<f64>,
        period_unit: Option<String>,
        day_of_week: Vec<String>,
        time_of_day: Vec<String>,
    }
);
/// An extension: a URL and one value.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Extension {
    /// What the extension means.
    pub url: String,
    /// A string value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_string: Option<String>,
    /// A code value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_code: Option<String>,
    /// A boolean value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_boolean: Option<bool>,
    /// A concept value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_codeable_concept: Option<CodeableConcept>,
    /// A reference value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_reference: Option<Reference>,
    /// Other value types and nested extensions, kept as read.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Whether import maps extensions with this URL.
pub(crate) fn is_known_extension(url: &str) -> bool {
    let c = super::codes::codes();
    c.extensions.directed_by.iter().any(|u| u == url)
        || [&c.extensions.pertains_to_goal, &c.extensions.remainder, &c.systems.goal_expressed_by]
            .iter()
            .any(|u| u.as_str() == url)
}

impl Visit for Extension {
    fn visit<'v>(&'v self, path: &mut String, out: &mut Vec<Found<'v>>) {
        if !is_known_extension(&self.url) {
            // The whole extension is kept; report it once, by its path.
            let value = std::borrow::Cow::Owned(serde_json::to_value(self).unwrap_or_default());
            out.push(Found { path: path.clone(), kind: FoundKind::Extension, value });
            return;
        }
        visit_extra(&self.extra, path, out);
    }
}

fhir_struct!(
    /// A contact of a patient (the emergency contact).
    PatientContact { relationship: Vec<CodeableConcept>, name: Option<HumanName>, telecom: Vec<ContactPoint> }
);
fhir_struct!(
    /// A language the patient communicates in.
    PatientCommunication { language: Option<CodeableConcept>, preferred: Option<bool> }
);
fhir_struct!(
    /// The person the plan is for.
    Patient {
        id: Option<String>,
        meta: Option<Meta>,
        extension: Vec<Extension>,
        identifier: Vec<Identifier>,
        name: Vec<HumanName>,
        telecom: Vec<ContactPoint>,
        birth_date: Option<String>,
        address: Vec<Address>,
        contact: Vec<PatientContact>,
        communication: Vec<PatientCommunication>,
    }
);
fhir_struct!(
    /// A planned activity of a care plan.
    CarePlanActivity { reference: Option<Reference>, detail: Option<CarePlanActivityDetail> }
);
fhir_struct!(
    /// STU1's inline activity (removed in STU2; read on import).
    CarePlanActivityDetail {
        code: Option<CodeableConcept>,
        description: Option<String>,
        status: Option<String>,
        scheduled_period: Option<Period>,
        performer: Vec<Reference>,
        goal: Vec<Reference>,
    }
);
fhir_struct!(
    /// The plan, or its emergency backup plan.
    CarePlan {
        id: Option<String>,
        meta: Option<Meta>,
        language: Option<String>,
        text: Option<Narrative>,
        extension: Vec<Extension>,
        identifier: Vec<Identifier>,
        part_of: Vec<Reference>,
        status: String,
        intent: String,
        category: Vec<CodeableConcept>,
        title: Option<String>,
        description: Option<String>,
        subject: Option<Reference>,
        encounter: Option<Reference>,
        period: Option<Period>,
        author: Option<Reference>,
        addresses: Vec<Reference>,
        supporting_info: Vec<Reference>,
        goal: Vec<Reference>,
        activity: Vec<CarePlanActivity>,
        note: Vec<Annotation>,
    }
);
fhir_struct!(
    /// A goal's target.
    GoalTarget { due_date: Option<String> }
);
fhir_struct!(
    /// A goal.
    Goal {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        lifecycle_status: String,
        achievement_status: Option<CodeableConcept>,
        description: CodeableConcept,
        subject: Option<Reference>,
        start_date: Option<String>,
        target: Vec<GoalTarget>,
        expressed_by: Option<Reference>,
        addresses: Vec<Reference>,
        note: Vec<Annotation>,
    }
);
fhir_struct!(
    /// A step toward a goal.
    Task {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        status: String,
        intent: String,
        description: Option<String>,
        #[serde(rename = "for")]
        for_: Option<Reference>,
        owner: Option<Reference>,
        restriction: Option<TaskRestriction>,
        note: Vec<Annotation>,
    }
);
fhir_struct!(
    /// Limits on a task (its due date).
    TaskRestriction { period: Option<Period> }
);
fhir_struct!(
    /// A paid service or natural support.
    ServiceRequest {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        status: String,
        intent: String,
        code: Option<CodeableConcept>,
        order_detail: Vec<CodeableConcept>,
        quantity_quantity: Option<Quantity>,
        quantity_ratio: Option<Ratio>,
        subject: Option<Reference>,
        occurrence_period: Option<Period>,
        occurrence_timing: Option<Timing>,
        as_needed_boolean: Option<bool>,
        performer: Vec<Reference>,
        location_code: Vec<CodeableConcept>,
        location_reference: Vec<Reference>,
        reason_reference: Vec<Reference>,
        insurance: Vec<Reference>,
        supporting_info: Vec<Reference>,
        note: Vec<Annotation>,
        patient_instruction: Option<String>,
    }
);
fhir_struct!(
    /// An assessed need.
    Condition {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        clinical_status: Option<CodeableConcept>,
        category: Vec<CodeableConcept>,
        code: Option<CodeableConcept>,
        subject: Option<Reference>,
        recorded_date: Option<String>,
        note: Vec<Annotation>,
    }
);
fhir_struct!(
    /// A strength or a preference.
    Observation {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        status: String,
        category: Vec<CodeableConcept>,
        code: CodeableConcept,
        subject: Option<Reference>,
        value_string: Option<String>,
    }
);
fhir_struct!(
    /// A representative or natural support.
    RelatedPerson {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        active: Option<bool>,
        patient: Option<Reference>,
        relationship: Vec<CodeableConcept>,
        name: Vec<HumanName>,
        telecom: Vec<ContactPoint>,
        address: Vec<Address>,
    }
);
fhir_struct!(
    /// A planner, plan monitor or provider staff member.
    Practitioner {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        name: Vec<HumanName>,
        telecom: Vec<ContactPoint>,
    }
);
fhir_struct!(
    /// A practitioner's role at an organization.
    PractitionerRole {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        practitioner: Option<Reference>,
        organization: Option<Reference>,
        code: Vec<CodeableConcept>,
        telecom: Vec<ContactPoint>,
    }
);
fhir_struct!(
    /// An agency, provider or payer.
    Organization {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        name: Option<String>,
        telecom: Vec<ContactPoint>,
    }
);
fhir_struct!(
    /// Where a service is delivered, when not at home.
    Location {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        name: Option<String>,
        description: Option<String>,
        address: Option<Address>,
    }
);
fhir_struct!(
    /// The funding source of a service.
    Coverage {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        status: String,
        beneficiary: Option<Reference>,
        payor: Vec<Reference>,
    }
);
fhir_struct!(
    /// A claim item: the service with its modifiers and place, the authorized units and period, the rate per
    /// unit and the total cost.
    ClaimItem {
        sequence: Option<u32>,
        product_or_service: Option<CodeableConcept>,
        modifier: Vec<CodeableConcept>,
        serviced_period: Option<Period>,
        location_codeable_concept: Option<CodeableConcept>,
        quantity: Option<Quantity>,
        unit_price: Option<Money>,
        net: Option<Money>,
    }
);
fhir_struct!(
    /// The insurance of a claim.
    ClaimInsurance { sequence: Option<u32>, focal: Option<bool>, coverage: Option<Reference>, pre_auth_ref: Vec<String> }
);
fhir_struct!(
    /// The rate and cost of a service, and the health plan's authorization of it.
    Claim {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        status: String,
        #[serde(rename = "type")]
        kind: Option<CodeableConcept>,
        #[serde(rename = "use")]
        use_: Option<String>,
        patient: Option<Reference>,
        created: Option<String>,
        provider: Option<Reference>,
        priority: Option<CodeableConcept>,
        referral: Option<Reference>,
        insurance: Vec<ClaimInsurance>,
        item: Vec<ClaimItem>,
    }
);
fhir_struct!(
    /// A signature.
    Signature {
        #[serde(rename = "type")]
        kind: Vec<Coding>,
        when: Option<String>,
        who: Option<Reference>,
        data: Option<String>,
    }
);
fhir_struct!(
    /// A signer of the plan.
    ContractSigner {
        #[serde(rename = "type")]
        kind: Option<Coding>,
        party: Option<Reference>,
        signature: Vec<Signature>,
    }
);
fhir_struct!(
    /// The plan's signatures.
    Contract {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        status: Option<String>,
        subject: Vec<Reference>,
        signer: Vec<ContractSigner>,
    }
);
fhir_struct!(
    /// Who monitors the plan.
    EpisodeOfCare {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        status: String,
        patient: Option<Reference>,
        period: Option<Period>,
        care_manager: Option<Reference>,
    }
);
fhir_struct!(
    /// An encounter (read on import: CarePlan.encounter → Encounter.episodeOfCare).
    Encounter { id: Option<String>, episode_of_care: Vec<Reference> }
);
fhir_struct!(
    /// One identified risk.
    RiskPrediction { outcome: Option<CodeableConcept> }
);
fhir_struct!(
    /// A risk and its mitigation.
    RiskAssessment {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        extension: Vec<Extension>,
        status: String,
        subject: Option<Reference>,
        prediction: Vec<RiskPrediction>,
        mitigation: Option<String>,
        note: Vec<Annotation>,
    }
);
fhir_struct!(
    /// A question.
    QuestionnaireItem {
        link_id: String,
        text: Option<String>,
        #[serde(rename = "type")]
        kind: String,
        repeats: Option<bool>,
    }
);
fhir_struct!(
    /// The seven eLTSS choice and agreement indicators, as questions.
    Questionnaire {
        id: Option<String>,
        meta: Option<Meta>,
        identifier: Vec<Identifier>,
        url: Option<String>,
        status: String,
        language: Option<String>,
        item: Vec<QuestionnaireItem>,
    }
);
fhir_struct!(
    /// An answer.
    QuestionnaireResponseAnswer { value_boolean: Option<bool>, value_string: Option<String>, value_coding: Option<Coding> }
);
fhir_struct!(
    /// An answered question.
    QuestionnaireResponseItem { link_id: String, text: Option<String>, answer: Vec<QuestionnaireResponseAnswer> }
);
fhir_struct!(
    /// The person's answers to the indicators.
    QuestionnaireResponse {
        id: Option<String>,
        meta: Option<Meta>,
        questionnaire: Option<String>,
        status: String,
        subject: Option<Reference>,
        item: Vec<QuestionnaireResponseItem>,
    }
);

/// Calls `$m!(Patient, CarePlan, …)` with every resource type pcplan types: the one list the enum, its type
/// names, the importer's dispatch and its visits are made from.
macro_rules! resource_types {
    ($m:ident) => {
        $m! {
            Patient,
            CarePlan,
            Goal,
            Task,
            ServiceRequest,
            Condition,
            Observation,
            RelatedPerson,
            Practitioner,
            PractitionerRole,
            Organization,
            Location,
            Coverage,
            Claim,
            Contract,
            EpisodeOfCare,
            Encounter,
            RiskAssessment,
            Questionnaire,
            QuestionnaireResponse
        }
    };
}
pub(crate) use resource_types;

macro_rules! resource_enum {
    ($($v:ident),*) => {
        /// The resources pcplan writes and reads; `resourceType` names the variant.
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(tag = "resourceType")]
        #[allow(missing_docs)]
        // Resources are built once per entry and moved, never copied in bulk; boxing each would only add
        // indirection.
        #[allow(clippy::large_enum_variant)]
        pub enum Resource {
            $($v($v),)*
        }
    };
}
resource_types!(resource_enum);

impl Resource {
    /// The FHIR resource type, e.g. `"CarePlan"`.
    pub fn resource_type(&self) -> &'static str {
        macro_rules! names {
            ($($v:ident),*) => { match self { $(Resource::$v(_) => stringify!($v),)* } };
        }
        resource_types!(names)
    }

    /// Whether pcplan types resources of this `resourceType`.
    pub fn is_known_type(name: &str) -> bool {
        macro_rules! known {
            ($($v:ident),*) => { matches!(name, $(stringify!($v))|*) };
        }
        resource_types!(known)
    }
}

/// One entry of a bundle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry<R> {
    /// The entry's URL (`urn:uuid:…` in bundles pcplan writes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_url: Option<String>,
    /// The resource.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource: Option<R>,
    /// Other entry elements (search, request, response), kept as read.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A FHIR Bundle; `R` is [`Resource`] when written, a JSON value when read (any resource type may appear).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Bundle<R = Resource> {
    /// Always `"Bundle"`.
    pub resource_type: String,
    /// The bundle's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// A persistent identifier of the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    /// `collection` when pcplan writes; `searchset`, `transaction`, `document`… are read too.
    #[serde(rename = "type")]
    pub kind: String,
    /// When the bundle was assembled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<String>,
    /// The entries.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entry: Vec<BundleEntry<R>>,
    /// Other elements, kept as read.
    #[serde(flatten)]
    pub extra: Extra,
}
