//! Plan → eLTSS Bundle. One function per resource; each takes the plan part it maps and the export context.

use pulldown_cmark_escape::escape_html_body_text;
use serde_json::Value;

use super::codes::{Codes, codes};
use super::ids::uuid;
use super::types::*;
use super::{ExportOptions, FhirError, narrative};
use crate::i18n::Direction;
use crate::model::{self, Plan, json_name};
use crate::{Engine, Format, RenderOptions};

/// What the export has built so far.
pub(crate) struct Ctx<'a> {
    pub plan: &'a Plan,
    pub codes: &'static Codes,
    pub entries: Vec<BundleEntry<Resource>>,
}

impl<'a> Ctx<'a> {
    /// The resource id (a UUID) of entity `key` of kind `kind`.
    fn id(&self, kind: &str, key: &str) -> String {
        uuid(self.plan.id.as_str(), kind, key)
    }

    /// A reference to entity `key` of resource type `kind`.
    fn reference(&self, kind: &str, key: &str) -> Reference {
        Reference { reference: Some(format!("urn:uuid:{}", self.id(kind, key))), ..Reference::default() }
    }

    fn patient(&self) -> Reference {
        self.reference("Patient", "person")
    }

    fn meta(&self, kind: &str) -> Option<Meta> {
        self.codes.profile(kind).map(|p| Meta { profile: vec![p], ..Meta::default() })
    }

    /// pcplan's own id of an entity, as a FHIR identifier (so import gives the entity its id back).
    fn identifier(&self, kind: &str, id: &model::Id) -> Vec<Identifier> {
        vec![Identifier {
            system: Some(format!("{}{kind}", self.codes.systems.id)),
            value: Some(id.to_string()),
            ..Identifier::default()
        }]
    }

    fn push(&mut self, key: &str, resource: Resource) {
        let url = format!("urn:uuid:{}", self.id(resource.resource_type(), key));
        self.entries.push(BundleEntry { full_url: Some(url), resource: Some(resource), extra: Extra::new() });
    }
}

fn text(t: &model::LocalizedText) -> String {
    t.text.clone()
}

fn concept_text(t: &model::LocalizedText) -> CodeableConcept {
    CodeableConcept { text: Some(text(t)), ..CodeableConcept::default() }
}

fn name_text(name: &str) -> Vec<HumanName> {
    vec![HumanName { text: Some(name.to_owned()), ..HumanName::default() }]
}

fn phone(value: Option<&String>) -> Vec<ContactPoint> {
    value
        .map(|v| ContactPoint { system: Some("phone".into()), value: Some(v.clone()), ..ContactPoint::default() })
        .into_iter()
        .collect()
}

fn telecom(contact: Option<&model::Contact>) -> Vec<ContactPoint> {
    let Some(c) = contact else { return Vec::new() };
    let mut out = phone(c.phone.as_ref());
    if let Some(e) = &c.email {
        out.push(ContactPoint { system: Some("email".into()), value: Some(e.clone()), ..ContactPoint::default() });
    }
    out
}

fn address(a: &model::Address) -> Address {
    Address {
        line: a.lines.clone(),
        city: a.city.clone(),
        state: a.state.clone(),
        postal_code: a.postal_code.clone(),
        ..Address::default()
    }
}

fn period(start: Option<chrono::NaiveDate>, end: Option<chrono::NaiveDate>) -> Option<Period> {
    (start.is_some() || end.is_some()).then(|| Period {
        start: start.map(|d| d.to_string()),
        end: end.map(|d| d.to_string()),
        ..Period::default()
    })
}

fn ext_reference(url: &str, reference: Reference) -> Extension {
    Extension { url: url.to_owned(), value_reference: Some(reference), ..Extension::default() }
}

/// A small narrative `div` holding one text, escaped.
fn text_div(t: &str, lang: &str) -> Narrative {
    let mut div = format!("<div xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{lang}\" xml:lang=\"{lang}\"><p>");
    let _ = escape_html_body_text(&mut div, t);
    div.push_str("</p></div>");
    Narrative { status: "generated".into(), div, ..Narrative::default() }
}

/// Builds the bundle (without the remainder extension).
pub(crate) fn bundle(engine: &Engine, plan: &Plan, options: &ExportOptions) -> Result<Bundle, FhirError> {
    let mut render = RenderOptions::new(Format::Html);
    render.lang = options.lang.clone();
    let rendered = engine.render(plan, &render).map_err(FhirError::Render)?;
    let html = String::from_utf8_lossy(&rendered.bytes);
    let lang = rendered.lang.to_string();
    let div = narrative::div_from_html(&html, &lang, Direction::of(&rendered.lang));
    let locale = engine.localizer().locale(std::slice::from_ref(&rendered.lang));

    let mut cx = Ctx { plan, codes: codes(), entries: Vec::new() };
    let mut care_plan = care_plan(&cx, &lang, div);
    patient(&mut cx);
    for need in &plan.needs {
        condition(&mut cx, need);
        care_plan.addresses.push(cx.reference("Condition", need.id.as_str()));
    }
    for goal in &plan.goals {
        self::goal(&mut cx, goal);
        care_plan.goal.push(cx.reference("Goal", goal.id.as_str()));
        for step in &goal.steps {
            task(&mut cx, goal, step);
            let reference = Some(cx.reference("Task", step.id.as_str()));
            care_plan.activity.push(CarePlanActivity { reference, ..CarePlanActivity::default() });
        }
    }
    for rep in &plan.representatives {
        representative(&mut cx, rep);
    }
    for member in &plan.team {
        team_member(&mut cx, member);
    }
    for support in &plan.supports {
        service_request(&mut cx, support);
        let reference = Some(cx.reference("ServiceRequest", support.id.as_str()));
        care_plan.activity.push(CarePlanActivity { reference, ..CarePlanActivity::default() });
    }
    for (kind, list) in [("strength", &plan.profile.strengths), ("preference", &plan.profile.preferences)] {
        for (i, t) in list.iter().enumerate() {
            let key = format!("{kind}:{i}");
            observation(&mut cx, kind, &key, t);
            care_plan.supporting_info.push(cx.reference("Observation", &key));
        }
    }
    for risk in &plan.risks {
        risk_assessment(&mut cx, risk);
        care_plan.supporting_info.push(cx.reference("RiskAssessment", risk.id.as_str()));
    }
    if contract(&mut cx) {
        care_plan.supporting_info.push(cx.reference("Contract", "signatures"));
    }
    if indicators(&mut cx, &locale, &lang) {
        care_plan.supporting_info.push(cx.reference("QuestionnaireResponse", "indicators"));
    }
    if episode_of_care(&mut cx) {
        care_plan.supporting_info.push(cx.reference("EpisodeOfCare", "monitor"));
    }
    care_plan.author = planner(&mut cx);
    if let Some(backup) = &plan.backup_plan {
        backup_plan(&mut cx, backup, &lang);
    }
    let mut entries = vec![BundleEntry {
        full_url: Some(format!("urn:uuid:{}", cx.id("CarePlan", "main"))),
        resource: Some(Resource::CarePlan(care_plan)),
        extra: Extra::new(),
    }];
    entries.append(&mut cx.entries);
    Ok(Bundle {
        resource_type: "Bundle".into(),
        id: Some(cx.id("Bundle", plan.version.to_string().as_str())),
        identifier: Some(Identifier {
            system: Some(format!("{}bundle", cx.codes.systems.id)),
            value: Some(format!("urn:uuid:{}", cx.id("Bundle", plan.version.to_string().as_str()))),
            ..Identifier::default()
        }),
        kind: "collection".into(),
        timestamp: None,
        entry: entries,
        extra: Extra::new(),
    })
}

fn care_plan(cx: &Ctx<'_>, lang: &str, div: String) -> CarePlan {
    let plan = cx.plan;
    let c = cx.codes;
    CarePlan {
        id: Some(cx.id("CarePlan", "main")),
        meta: cx.meta("CarePlan"),
        language: Some(lang.to_owned()),
        text: Some(Narrative { status: "generated".into(), div, ..Narrative::default() }),
        identifier: cx.identifier("plan", &plan.id),
        status: c.care_plan_status.get(&json_name(&plan.status)).cloned().unwrap_or_default(),
        intent: "plan".into(),
        category: vec![CodeableConcept { coding: vec![c.care_plan_category.coding()], ..CodeableConcept::default() }],
        subject: Some(cx.patient()),
        period: period(Some(plan.effective_period.start), plan.effective_period.end),
        ..CarePlan::default()
    }
}

fn patient(cx: &mut Ctx<'_>) {
    let person = &cx.plan.person;
    let c = cx.codes;
    let mut name = vec![HumanName {
        use_: Some("official".into()),
        family: Some(person.legal_name.family.clone()).filter(|f| !f.is_empty()),
        given: person.legal_name.given.clone(),
        text: person.legal_name.text.clone(),
        ..HumanName::default()
    }];
    for form in person.preferred_names.iter().filter(|n| !n.text.is_empty()) {
        name.push(HumanName { use_: Some("usual".into()), text: Some(form.text.clone()), ..HumanName::default() });
    }
    let identifier = person
        .identifiers
        .iter()
        .map(|id| {
            let uri = id.system.as_ref().filter(|s| s.contains(':'));
            let assigner = id
                .system
                .as_ref()
                .filter(|s| !s.contains(':'))
                .map(|s| Reference { display: Some(s.clone()), ..Reference::default() });
            Identifier {
                kind: Some(CodeableConcept {
                    coding: c.identifier_types.get(&json_name(&id.kind)).map(|t| t.coding()).into_iter().collect(),
                    text: id.type_text.clone(),
                    ..CodeableConcept::default()
                }),
                system: uri.cloned(),
                value: Some(id.value.clone()),
                assigner,
                ..Identifier::default()
            }
        })
        .collect();
    let contact = person
        .emergency_contacts
        .iter()
        .map(|e| PatientContact {
            relationship: vec![
                CodeableConcept {
                    coding: vec![c.emergency_contact_relationship.coding()],
                    ..CodeableConcept::default()
                },
                CodeableConcept { text: Some(e.relationship.clone()), ..CodeableConcept::default() },
            ],
            name: Some(HumanName { text: Some(e.name.clone()), ..HumanName::default() }),
            telecom: phone(e.phone.as_ref()),
            ..PatientContact::default()
        })
        .collect();
    let lang = &person.language;
    // The preferred written language first (marked preferred), then every other language the person speaks or
    // reads, each once.
    let mut tags = vec![lang.preferred_written()];
    for tag in lang.spoken.iter().map(|l| &l.lang).chain(lang.written.iter().map(|l| &l.lang)) {
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    let languages = tags.iter().enumerate().map(|(i, tag)| communication(c, tag, i == 0)).collect();
    let resource = Patient {
        id: Some(cx.id("Patient", "person")),
        meta: cx.meta("Patient"),
        identifier,
        name,
        telecom: telecom(person.contact.as_ref()),
        birth_date: person.birth_date.map(|d| d.to_string()),
        address: person.contact.as_ref().and_then(|c| c.address.as_ref()).map(address).into_iter().collect(),
        contact,
        communication: languages,
        ..Patient::default()
    };
    cx.push("person", Resource::Patient(resource));
}

fn communication(c: &Codes, tag: &model::LanguageTag, preferred: bool) -> PatientCommunication {
    PatientCommunication {
        language: Some(CodeableConcept {
            coding: vec![Coding {
                system: Some(c.systems.bcp47.clone()),
                code: Some(tag.to_string()),
                ..Coding::default()
            }],
            ..CodeableConcept::default()
        }),
        preferred: preferred.then_some(true),
        ..PatientCommunication::default()
    }
}

fn condition(cx: &mut Ctx<'_>, need: &model::Need) {
    let c = cx.codes;
    let mut category: Vec<CodeableConcept> = c
        .condition_categories
        .iter()
        .map(|code| CodeableConcept { coding: vec![code.coding()], ..CodeableConcept::default() })
        .collect();
    category.push(CodeableConcept {
        coding: vec![Coding {
            system: Some(c.systems.need_category.clone()),
            code: Some(json_name(&need.category)),
            ..Coding::default()
        }],
        ..CodeableConcept::default()
    });
    let resource = Condition {
        id: Some(cx.id("Condition", need.id.as_str())),
        meta: cx.meta("Condition"),
        identifier: cx.identifier("need", &need.id),
        clinical_status: Some(CodeableConcept {
            coding: vec![c.condition_clinical_status.coding()],
            ..CodeableConcept::default()
        }),
        category,
        code: Some(concept_text(&need.description)),
        subject: Some(cx.patient()),
        recorded_date: need.assessed_on.map(|d| d.to_string()),
        ..Condition::default()
    };
    cx.push(need.id.as_str(), Resource::Condition(resource));
}

fn goal(cx: &mut Ctx<'_>, goal: &model::Goal) {
    let c = cx.codes;
    let expressed_by_person = goal.expressed_by == model::ExpressedBy::Person;
    let resource = Goal {
        id: Some(cx.id("Goal", goal.id.as_str())),
        meta: cx.meta("Goal"),
        identifier: cx.identifier("goal", &goal.id),
        extension: vec![Extension {
            url: c.systems.goal_expressed_by.clone(),
            value_code: Some(json_name(&goal.expressed_by)),
            ..Extension::default()
        }],
        lifecycle_status: c.goal_status.get(&json_name(&goal.status)).cloned().unwrap_or_default(),
        description: concept_text(&goal.statement),
        subject: Some(cx.patient()),
        target: goal
            .target_date
            .map(|d| GoalTarget { due_date: Some(d.to_string()), ..GoalTarget::default() })
            .into_iter()
            .collect(),
        expressed_by: expressed_by_person.then(|| cx.patient()),
        addresses: goal.need_ids.iter().map(|n| cx.reference("Condition", n.as_str())).collect(),
        ..Goal::default()
    };
    cx.push(goal.id.as_str(), Resource::Goal(resource));
}

/// The resource that stands for a team member: a Practitioner when paid, a RelatedPerson when not.
fn team_reference(cx: &Ctx<'_>, id: &model::Id) -> Option<Reference> {
    let member = cx.plan.team.iter().find(|m| &m.id == id)?;
    let kind = if member.paid { "Practitioner" } else { "RelatedPerson" };
    Some(cx.reference(kind, &format!("team:{id}")))
}

fn task(cx: &mut Ctx<'_>, goal: &model::Goal, step: &model::Step) {
    let owner = if step.by_person {
        Some(cx.patient())
    } else {
        step.responsible_id.as_ref().and_then(|id| team_reference(cx, id))
    };
    let resource = Task {
        id: Some(cx.id("Task", step.id.as_str())),
        meta: cx.meta("Task"),
        identifier: cx.identifier("step", &step.id),
        extension: vec![ext_reference(&cx.codes.extensions.pertains_to_goal, cx.reference("Goal", goal.id.as_str()))],
        status: if step.done { "completed" } else { "requested" }.into(),
        intent: "plan".into(),
        description: Some(text(&step.description)),
        for_: Some(cx.patient()),
        owner,
        restriction: step
            .target_date
            .map(|d| TaskRestriction { period: period(None, Some(d)), ..TaskRestriction::default() }),
        ..Task::default()
    };
    cx.push(step.id.as_str(), Resource::Task(resource));
}

fn representative(cx: &mut Ctx<'_>, rep: &model::Representative) {
    let c = cx.codes;
    let mut relationship = vec![CodeableConcept {
        coding: vec![Coding {
            system: Some(c.systems.representative_kind.clone()),
            code: Some(json_name(&rep.kind)),
            ..Coding::default()
        }],
        ..CodeableConcept::default()
    }];
    if let Some(r) = &rep.relationship {
        relationship.push(CodeableConcept { text: Some(r.clone()), ..CodeableConcept::default() });
    }
    let resource = RelatedPerson {
        id: Some(cx.id("RelatedPerson", &format!("rep:{}", rep.id))),
        meta: cx.meta("RelatedPerson"),
        identifier: cx.identifier("representative", &rep.id),
        active: Some(true),
        patient: Some(cx.patient()),
        relationship,
        name: name_text(&rep.name),
        telecom: telecom(rep.contact.as_ref()),
        address: rep.contact.as_ref().and_then(|c| c.address.as_ref()).map(address).into_iter().collect(),
        ..RelatedPerson::default()
    };
    cx.push(&format!("rep:{}", rep.id), Resource::RelatedPerson(resource));
}

fn team_member(cx: &mut Ctx<'_>, member: &model::TeamMember) {
    let key = format!("team:{}", member.id);
    let identifier = cx.identifier("team-member", &member.id);
    let resource = if member.paid {
        Resource::Practitioner(Practitioner {
            id: Some(cx.id("Practitioner", &key)),
            meta: cx.meta("Practitioner"),
            identifier,
            name: name_text(&member.name),
            telecom: telecom(member.contact.as_ref()),
            ..Practitioner::default()
        })
    } else {
        Resource::RelatedPerson(RelatedPerson {
            id: Some(cx.id("RelatedPerson", &key)),
            meta: cx.meta("RelatedPerson"),
            identifier,
            active: Some(true),
            patient: Some(cx.patient()),
            relationship: member
                .relationship
                .iter()
                .map(|r| CodeableConcept { text: Some(r.clone()), ..CodeableConcept::default() })
                .collect(),
            name: name_text(&member.name),
            telecom: telecom(member.contact.as_ref()),
            ..RelatedPerson::default()
        })
    };
    cx.push(&key, resource);
}

fn service_request(cx: &mut Ctx<'_>, s: &model::Support) {
    let c = cx.codes;
    let key = s.id.as_str();
    let mut extension: Vec<Extension> = s
        .goal_ids
        .iter()
        .map(|g| ext_reference(&c.extensions.pertains_to_goal, cx.reference("Goal", g.as_str())))
        .collect();
    if s.self_directed {
        extension.push(Extension {
            url: c.extensions.directed_by[0].clone(),
            value_codeable_concept: Some(CodeableConcept {
                text: Some(c.self_directed_text.clone()),
                ..CodeableConcept::default()
            }),
            ..Extension::default()
        });
    }
    // The amount per period as quantityQuantity or quantityRatio (eLTSS 47-49); the rest of the rhythm (every
    // N periods, days, times, how long, once) as occurrenceTiming.
    let timing = s.schedule.as_ref().and_then(|sc| timing(c, sc, period(s.start_date, s.end_date)));
    let sc = s.schedule.as_ref();
    let amount = sc.and_then(|sc| sc.amount);
    let s_quantity = amount.and_then(|a| a.value);
    let unit = amount.and_then(|a| a.unit).and_then(|u| c.units.get(&json_name(&u)));
    let numerator = || match unit {
        Some(u) => u.quantity(s_quantity),
        None => Quantity { value: s_quantity, ..Quantity::default() },
    };
    // An amount per period is a ratio over one period; "every 2 weeks" and amounts with no period are a quantity,
    // the rhythm being in occurrenceTiming.
    let per_period = sc.and_then(model::Schedule::period).filter(|(every, _)| *every == 1).map(|(_, u)| u);
    let (mut quantity_quantity, mut quantity_ratio) = (None, None);
    match per_period {
        Some(u) => {
            quantity_ratio = Some(Ratio {
                numerator: Some(numerator()),
                denominator: c.intervals.get(&json_name(&u)).map(|i| i.quantity(Some(1.0))),
                ..Ratio::default()
            });
        }
        None if s_quantity.is_some() || unit.is_some() => quantity_quantity = Some(numerator()),
        None => {}
    }
    let as_needed = sc.is_some_and(|sc| sc.as_needed).then_some(true);
    let performer: Option<Reference> = s.provider.as_ref().map(|p| provider(cx, s, p));
    let location_reference = s.location.as_ref().map(|l| location(cx, key, l)).into_iter().collect();
    let funding = s.funding_source.as_ref().map(|f| coverage(cx, key, f));
    // The authorization's payer is the funding source's coverage when it is the same payer, else its own.
    let authorized = s.authorization.as_ref().map(|a| match &funding {
        Some(same) if s.funding_source.as_deref() == Some(a.payer.as_str()) => same.clone(),
        _ => coverage(cx, &format!("{key}:authorization"), &a.payer),
    });
    // One Claim carries what billing needs and ServiceRequest has no element for: the authorization
    // (preauthorization) or, without one, the rate (predetermination).
    let claim = match (&authorized, &funding, s.rate_per_unit) {
        (Some((cov, payor)), _, _) | (None, Some((cov, payor)), Some(_)) => {
            let provider = performer.clone().unwrap_or_else(|| payor.clone());
            Some(claim(cx, s, cov.clone(), provider))
        }
        _ => None,
    };
    let resource = ServiceRequest {
        id: Some(cx.id("ServiceRequest", key)),
        meta: cx.meta("ServiceRequest"),
        identifier: cx.identifier("support", &s.id),
        extension,
        status: "active".into(),
        intent: "plan".into(),
        code: Some(service(c, s)),
        order_detail: modifiers(c, s.code.as_ref()),
        quantity_quantity: quantity_quantity.take(),
        quantity_ratio: quantity_ratio.take(),
        subject: Some(cx.patient()),
        occurrence_period: if timing.is_none() { period(s.start_date, s.end_date) } else { None },
        occurrence_timing: timing,
        as_needed_boolean: as_needed,
        performer: performer.into_iter().collect(),
        location_code: place_of_service(c, s.place_of_service.as_ref()).into_iter().collect(),
        location_reference,
        reason_reference: s.need_ids.iter().map(|n| cx.reference("Condition", n.as_str())).collect(),
        insurance: funding.map(|(cov, _)| cov).into_iter().collect(),
        supporting_info: claim.into_iter().collect(),
        note: s.description.iter().map(|d| Annotation { text: text(d), ..Annotation::default() }).collect(),
        patient_instruction: s.delivery_preferences.as_ref().map(text),
        ..ServiceRequest::default()
    };
    cx.push(key, Resource::ServiceRequest(resource));
}

/// A schedule's rhythm as FHIR `Timing.repeat`, with the support's dates as `boundsPeriod` (or, without
/// dates, its duration as `boundsDuration`); `None` when the amount per period already says it all.
fn timing(c: &Codes, sc: &model::Schedule, dates: Option<Period>) -> Option<Timing> {
    let rhythm = sc.every.is_some()
        || !sc.days_of_week.is_empty()
        || !sc.times_of_day.is_empty()
        || sc.duration.is_some()
        || sc.once;
    if !rhythm {
        return None;
    }
    let unit_code = |u: model::PeriodUnit| c.intervals.get(&json_name(&u)).map(|i| i.code.clone());
    let (period, period_unit) = match sc.period() {
        Some((every, unit)) => (Some(f64::from(every)), unit_code(unit)),
        None => (None, None),
    };
    let bounds_duration = match (&dates, sc.duration) {
        (None, Some(d)) => c.intervals.get(&json_name(&d.unit)).map(|i| i.quantity(Some(f64::from(d.value.get())))),
        _ => None,
    };
    Some(Timing {
        repeat: Some(TimingRepeat {
            bounds_period: dates,
            bounds_duration,
            count: sc.once.then_some(1),
            period: period_unit.as_ref().and(period),
            period_unit,
            day_of_week: sc.days_of_week.iter().map(json_name).collect(),
            time_of_day: sc.times_of_day.iter().map(|t| t.time().format("%H:%M:%S").to_string()).collect(),
            ..TimingRepeat::default()
        }),
        ..Timing::default()
    })
}

/// The performer of a support: the team member's resource, or an Organization (paid) or RelatedPerson
/// (unpaid) of its own.
fn provider(cx: &mut Ctx<'_>, s: &model::Support, p: &model::Provider) -> Reference {
    if let Some(r) = p.team_member_id.as_ref().and_then(|id| team_reference(cx, id)) {
        return Reference { display: Some(p.name.clone()), ..r };
    }
    let key = format!("provider:{}", s.id);
    let resource = if s.paid {
        Resource::Organization(Organization {
            id: Some(cx.id("Organization", &key)),
            name: Some(p.name.clone()),
            telecom: phone(p.phone.as_ref()),
            ..Organization::default()
        })
    } else {
        Resource::RelatedPerson(RelatedPerson {
            id: Some(cx.id("RelatedPerson", &key)),
            meta: cx.meta("RelatedPerson"),
            active: Some(true),
            patient: Some(cx.patient()),
            relationship: p
                .relationship
                .iter()
                .map(|r| CodeableConcept { text: Some(r.clone()), ..CodeableConcept::default() })
                .collect(),
            name: name_text(&p.name),
            telecom: phone(p.phone.as_ref()),
            ..RelatedPerson::default()
        })
    };
    let kind = resource.resource_type();
    let r = cx.reference(kind, &key);
    cx.push(&key, resource);
    Reference { display: Some(p.name.clone()), ..r }
}

fn location(cx: &mut Ctx<'_>, support: &str, place: &model::LocalizedText) -> Reference {
    let key = format!("location:{support}");
    let resource = Location {
        id: Some(cx.id("Location", &key)),
        meta: cx.meta("Location"),
        name: Some(text(place)),
        ..Location::default()
    };
    cx.push(&key, Resource::Location(resource));
    cx.reference("Location", &key)
}

/// The Coverage of a support's funding source, paid by an Organization of that name (one per name).
/// Returns the coverage and its payer.
fn coverage(cx: &mut Ctx<'_>, support: &str, funding: &str) -> (Reference, Reference) {
    let payor_key = format!("payor:{funding}");
    let payor_url = format!("urn:uuid:{}", cx.id("Organization", &payor_key));
    if !cx.entries.iter().any(|e| e.full_url.as_deref() == Some(payor_url.as_str())) {
        let org = Organization {
            id: Some(cx.id("Organization", &payor_key)),
            name: Some(funding.to_owned()),
            ..Organization::default()
        };
        cx.push(&payor_key, Resource::Organization(org));
    }
    let key = format!("coverage:{support}");
    let payor = Reference { display: Some(funding.to_owned()), ..cx.reference("Organization", &payor_key) };
    let resource = Coverage {
        id: Some(cx.id("Coverage", &key)),
        status: "active".into(),
        beneficiary: Some(cx.patient()),
        payor: vec![payor.clone()],
        ..Coverage::default()
    };
    cx.push(&key, Resource::Coverage(resource));
    (cx.reference("Coverage", &key), payor)
}

/// A support as a concept: its procedure code (the system name as its URI) and its name in words.
/// ServiceRequest.code and Claim.item.productOrService.
fn service(c: &Codes, s: &model::Support) -> CodeableConcept {
    CodeableConcept {
        coding: s
            .code
            .iter()
            .map(|code| Coding {
                system: Some(c.service_system_uri(&code.system)),
                code: Some(code.code.clone()),
                ..Coding::default()
            })
            .collect(),
        text: Some(text(&s.name)),
        ..CodeableConcept::default()
    }
}

/// A procedure code's modifiers, each a concept in the code's own system (HCPCS level II modifiers are HCPCS
/// codes): ServiceRequest.orderDetail and Claim.item.modifier.
fn modifiers(c: &Codes, code: Option<&model::ServiceCode>) -> Vec<CodeableConcept> {
    let Some(code) = code else { return Vec::new() };
    code.modifiers
        .iter()
        .map(|m| CodeableConcept {
            coding: vec![Coding {
                system: Some(c.service_system_uri(&code.system)),
                code: Some(m.as_str().to_owned()),
                ..Coding::default()
            }],
            ..CodeableConcept::default()
        })
        .collect()
}

/// A CMS place-of-service code as a concept: ServiceRequest.locationCode and Claim.item.locationCodeableConcept.
fn place_of_service(c: &Codes, pos: Option<&model::PlaceOfService>) -> Option<CodeableConcept> {
    pos.map(|p| CodeableConcept {
        coding: vec![Coding {
            system: Some(c.systems.place_of_service.clone()),
            code: Some(p.as_str().to_owned()),
            ..Coding::default()
        }],
        ..CodeableConcept::default()
    })
}

/// The Claim of a support (eLTSS 50; the model has no total cost, eLTSS 51). With an authorization it is a
/// preauthorization: its insurance is the authorizing payer's coverage with the authorization number as
/// `preAuthRef`, and its item the authorized units (`quantity`, in the authorization's unit of service) over
/// the authorized days (`servicedPeriod`). Without one it is a predetermination of the rate. The item carries
/// the code with its modifiers, the place of service and the rate per unit with its currency. The provider is
/// the performer (or, without one, the payer).
fn claim(cx: &mut Ctx<'_>, s: &model::Support, coverage: Reference, provider: Reference) -> Reference {
    let c = cx.codes;
    let key = format!("claim:{}", s.id);
    let sr = cx.reference("ServiceRequest", s.id.as_str());
    let auth = s.authorization.as_ref();
    let quantity = auth.and_then(|a| match (a.units, a.unit.and_then(|u| c.units.get(&json_name(&u)))) {
        (units, Some(unit)) => Some(unit.quantity(units)),
        (Some(units), None) => Some(Quantity { value: Some(units), ..Quantity::default() }),
        (None, None) => None,
    });
    let resource = Claim {
        id: Some(cx.id("Claim", &key)),
        meta: cx.meta("Claim"),
        status: "active".into(),
        kind: Some(CodeableConcept { coding: vec![c.claim.kind.coding()], ..CodeableConcept::default() }),
        use_: Some(if auth.is_some() { c.claim.authorization_use.clone() } else { c.claim.use_.clone() }),
        patient: Some(cx.patient()),
        created: Some(cx.plan.effective_period.start.to_string()),
        provider: Some(provider),
        priority: Some(CodeableConcept { coding: vec![c.claim.priority.coding()], ..CodeableConcept::default() }),
        referral: Some(sr),
        insurance: vec![ClaimInsurance {
            sequence: Some(1),
            focal: Some(true),
            coverage: Some(coverage),
            pre_auth_ref: auth.and_then(|a| a.number.clone()).into_iter().collect(),
            ..ClaimInsurance::default()
        }],
        item: vec![ClaimItem {
            sequence: Some(1),
            product_or_service: Some(service(c, s)),
            modifier: modifiers(c, s.code.as_ref()),
            serviced_period: auth.and_then(|a| a.period.as_ref()).and_then(|p| period(Some(p.start), p.end)),
            location_codeable_concept: place_of_service(c, s.place_of_service.as_ref()),
            quantity,
            unit_price: s.rate_per_unit.map(|rate| Money {
                value: Some(rate),
                currency: s.currency.as_ref().map(|k| k.as_str().to_owned()),
                ..Money::default()
            }),
            ..ClaimItem::default()
        }],
        ..Claim::default()
    };
    cx.push(&key, Resource::Claim(resource));
    cx.reference("Claim", &key)
}

fn observation(cx: &mut Ctx<'_>, kind: &str, key: &str, t: &model::LocalizedText) {
    let c = cx.codes;
    let resource = Observation {
        id: Some(cx.id("Observation", key)),
        meta: cx.meta("Observation"),
        status: "final".into(),
        category: vec![CodeableConcept { coding: vec![c.observation_category.coding()], ..CodeableConcept::default() }],
        code: CodeableConcept {
            coding: c.observation_codes.get(kind).map(|code| code.coding()).into_iter().collect(),
            ..CodeableConcept::default()
        },
        subject: Some(cx.patient()),
        value_string: Some(text(t)),
        ..Observation::default()
    };
    cx.push(key, Resource::Observation(resource));
}

fn risk_assessment(cx: &mut Ctx<'_>, risk: &model::Risk) {
    let resource = RiskAssessment {
        id: Some(cx.id("RiskAssessment", risk.id.as_str())),
        meta: cx.meta("RiskAssessment"),
        identifier: cx.identifier("risk", &risk.id),
        status: "final".into(),
        subject: Some(cx.patient()),
        prediction: vec![RiskPrediction {
            outcome: Some(concept_text(&risk.description)),
            ..RiskPrediction::default()
        }],
        mitigation: risk.mitigation.as_ref().map(text),
        note: risk.person_choice.iter().map(|t| Annotation { text: text(t), ..Annotation::default() }).collect(),
        ..RiskAssessment::default()
    };
    cx.push(risk.id.as_str(), Resource::RiskAssessment(resource));
}

/// The signer's resource: the person, a representative, the planner, or a team member.
fn signer_reference(cx: &Ctx<'_>, sig: &model::Signature) -> Reference {
    let plan = cx.plan;
    let by_id = sig.signer_id.as_ref().and_then(|id| {
        if plan.representatives.iter().any(|r| &r.id == id) {
            Some(cx.reference("RelatedPerson", &format!("rep:{id}")))
        } else {
            team_reference(cx, id)
        }
    });
    let r = match (sig.role, by_id) {
        (_, Some(r)) => r,
        (model::SignerRole::Person, None) => cx.patient(),
        (model::SignerRole::Planner, None) if plan.planner.is_some() => cx.reference("Practitioner", "planner"),
        _ => Reference::default(),
    };
    Reference { display: Some(sig.name.clone()), ..r }
}

/// The Contract with the signers (eLTSS 26–37); only signatures with a date become signers (FHIR requires
/// `signature.when`). Returns whether there was one.
fn contract(cx: &mut Ctx<'_>) -> bool {
    let c = cx.codes;
    let signer: Vec<ContractSigner> = cx
        .plan
        .signatures
        .iter()
        .filter_map(|sig| {
            let date = sig.date?;
            let role = json_name(&sig.role);
            let party = signer_reference(cx, sig);
            Some(ContractSigner {
                kind: c.signer_types.get(&role).map(|t| t.coding()),
                party: Some(party.clone()),
                signature: vec![Signature {
                    kind: c.signature_types.get(&role).map(|t| t.coding()).into_iter().collect(),
                    when: Some(format!("{date}{}", c.signature_time_of_day)),
                    who: Some(party),
                    ..Signature::default()
                }],
                ..ContractSigner::default()
            })
        })
        .collect();
    if signer.is_empty() {
        return false;
    }
    let all_signed = cx.plan.signatures.iter().all(|s| s.date.is_some());
    let resource = Contract {
        id: Some(cx.id("Contract", "signatures")),
        meta: cx.meta("Contract"),
        status: Some(if all_signed { "executed" } else { "offered" }.into()),
        subject: vec![cx.patient()],
        signer,
        ..Contract::default()
    };
    cx.push("signatures", Resource::Contract(resource));
    true
}

/// The seven choice and agreement indicators (eLTSS 15–16, 20–24) as a Questionnaire in the document's
/// language and the person's answers. Returns whether the plan records any of them.
fn indicators(cx: &mut Ctx<'_>, locale: &crate::i18n::Locale<'_>, lang: &str) -> bool {
    let plan = cx.plan;
    if plan.setting_choice.is_none() && plan.service_choice.is_none() {
        return false;
    }
    let q = &cx.codes.questionnaire;
    let mut answers = Vec::new();
    for item in &q.items {
        let bool_answer = |v: bool| vec![QuestionnaireResponseAnswer { value_boolean: Some(v), ..Default::default() }];
        let answer = match (item.link_id.as_str(), &plan.setting_choice, &plan.service_choice) {
            ("setting-type", Some(s), _) => vec![QuestionnaireResponseAnswer {
                value_coding: Some(Coding {
                    system: Some(cx.codes.systems.setting_type.clone()),
                    code: Some(json_name(&s.setting)),
                    ..Coding::default()
                }),
                ..Default::default()
            }],
            ("setting-choice", Some(s), _) => bool_answer(s.chosen_by_person),
            ("setting-options", Some(s), _) => s
                .alternatives_considered
                .iter()
                .map(|t| QuestionnaireResponseAnswer { value_string: Some(text(t)), ..Default::default() })
                .collect(),
            ("service-options-given", _, Some(c)) => bool_answer(c.service_options_offered),
            ("service-selection", _, Some(c)) => bool_answer(c.person_selected_services),
            ("service-plan-agreement", _, Some(c)) => bool_answer(c.person_agrees),
            ("provider-options-given", _, Some(c)) => bool_answer(c.provider_options_offered),
            ("provider-selection-agreement", _, Some(c)) => bool_answer(c.informed_provider_choice),
            _ => Vec::new(),
        };
        if !answer.is_empty() {
            answers.push(QuestionnaireResponseItem {
                link_id: item.link_id.clone(),
                answer,
                ..QuestionnaireResponseItem::default()
            });
        }
    }
    let questionnaire = Questionnaire {
        id: Some(cx.id("Questionnaire", "indicators")),
        meta: cx.meta("Questionnaire"),
        url: Some(q.url.clone()),
        status: "active".into(),
        language: Some(lang.to_owned()),
        item: q
            .items
            .iter()
            .map(|i| QuestionnaireItem {
                link_id: i.link_id.clone(),
                text: Some(locale.message(&i.message, None).text).filter(|t| !t.is_empty()),
                kind: i.kind.clone(),
                repeats: i.repeats.then_some(true),
                ..QuestionnaireItem::default()
            })
            .collect(),
        ..Questionnaire::default()
    };
    cx.push("indicators", Resource::Questionnaire(questionnaire));
    let response = QuestionnaireResponse {
        id: Some(cx.id("QuestionnaireResponse", "indicators")),
        meta: cx.meta("QuestionnaireResponse"),
        questionnaire: Some(q.url.clone()),
        status: "completed".into(),
        subject: Some(cx.patient()),
        item: answers,
        ..QuestionnaireResponse::default()
    };
    cx.push("indicators", Resource::QuestionnaireResponse(response));
    true
}

/// The plan monitor (eLTSS 17–18) as the care manager of an EpisodeOfCare.
fn episode_of_care(cx: &mut Ctx<'_>) -> bool {
    let Some(monitor) = &cx.plan.plan_monitor else { return false };
    let practitioner = Practitioner {
        id: Some(cx.id("Practitioner", "monitor")),
        meta: cx.meta("Practitioner"),
        name: name_text(&monitor.name),
        telecom: phone(monitor.phone.as_ref()),
        ..Practitioner::default()
    };
    cx.push("monitor", Resource::Practitioner(practitioner));
    let plan = cx.plan;
    let episode = EpisodeOfCare {
        id: Some(cx.id("EpisodeOfCare", "monitor")),
        meta: cx.meta("EpisodeOfCare"),
        status: "active".into(),
        patient: Some(cx.patient()),
        period: period(Some(plan.effective_period.start), plan.effective_period.end),
        care_manager: Some(cx.reference("Practitioner", "monitor")),
        ..EpisodeOfCare::default()
    };
    cx.push("monitor", Resource::EpisodeOfCare(episode));
    true
}

/// The support planner (eLTSS 52–53): a Practitioner, with a PractitionerRole at an Organization when the
/// planner's organization is known. Returns the CarePlan's author.
fn planner(cx: &mut Ctx<'_>) -> Option<Reference> {
    let planner = cx.plan.planner.as_ref()?;
    let practitioner = Practitioner {
        id: Some(cx.id("Practitioner", "planner")),
        meta: cx.meta("Practitioner"),
        name: name_text(&planner.name),
        telecom: telecom(planner.contact.as_ref()),
        ..Practitioner::default()
    };
    cx.push("planner", Resource::Practitioner(practitioner));
    let Some(org) = &planner.organization else { return Some(cx.reference("Practitioner", "planner")) };
    let organization = Organization {
        id: Some(cx.id("Organization", "planner-org")),
        name: Some(org.clone()),
        ..Organization::default()
    };
    cx.push("planner-org", Resource::Organization(organization));
    let role = PractitionerRole {
        id: Some(cx.id("PractitionerRole", "planner")),
        practitioner: Some(cx.reference("Practitioner", "planner")),
        organization: Some(cx.reference("Organization", "planner-org")),
        ..PractitionerRole::default()
    };
    cx.push("planner", Resource::PractitionerRole(role));
    Some(cx.reference("PractitionerRole", "planner"))
}

/// The emergency backup plan (eLTSS 10): a CarePlan `partOf` the main one.
fn backup_plan(cx: &mut Ctx<'_>, backup: &model::BackupPlan, lang: &str) {
    let plan = cx.plan;
    let c = cx.codes;
    let resource = CarePlan {
        id: Some(cx.id("CarePlan", "backup")),
        meta: cx.meta("CarePlan"),
        language: Some(lang.to_owned()),
        text: Some(text_div(&backup.description.text, lang)),
        part_of: vec![cx.reference("CarePlan", "main")],
        status: c.care_plan_status.get(&json_name(&plan.status)).cloned().unwrap_or_default(),
        intent: "plan".into(),
        category: vec![CodeableConcept { coding: vec![c.care_plan_category.coding()], ..CodeableConcept::default() }],
        description: Some(text(&backup.description)),
        subject: Some(cx.patient()),
        period: period(Some(plan.effective_period.start), plan.effective_period.end),
        ..CarePlan::default()
    };
    cx.push("backup", Resource::CarePlan(resource));
}

/// The remainder extension for the main CarePlan: the JSON Patch from `mapped` to the plan.
pub(crate) fn remainder_extension(ops: &[Value]) -> Extension {
    Extension {
        url: codes().extensions.remainder.clone(),
        value_string: Some(serde_json::to_string(ops).unwrap_or_default()),
        ..Extension::default()
    }
}
