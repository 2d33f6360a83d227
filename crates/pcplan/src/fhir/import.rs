//! Bundle → plan, for bundles pcplan wrote and bundles it did not.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use serde_json::{Map, Value, json};

use super::FhirError;
use super::codes::{Codes, codes};
use super::patch;
use super::types::*;
use crate::model::{self, Id, LanguageTag, Plan, from_json_name};

/// How to import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    /// Largest accepted bundle, in bytes (default 16 MiB). Larger input is refused before it is parsed.
    pub max_bytes: usize,
    /// The CarePlan to import, by `fullUrl` or `id`, when a bundle holds several and none is the one the others
    /// are `partOf`.
    pub care_plan: Option<String>,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions { max_bytes: 16 << 20, care_plan: None }
    }
}

/// The result of an import.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The plan. Content with no place in the model is in `plan.extensions["fhir"]["unmapped"]`, by path.
    pub plan: Plan,
    /// What could not be mapped, in bundle order: paths and reasons, never values.
    pub unmapped: Vec<Unmapped>,
}

/// Content of the bundle that the plan could not take in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Unmapped {
    /// The FHIR path, e.g. `Bundle.entry[4].resource.gender`.
    pub path: String,
    /// What kind of content.
    pub kind: UnmappedKind,
    /// Why, in a stable short phrase.
    pub reason: &'static str,
}

/// Kinds of unmapped content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum UnmappedKind {
    /// An element the model has no place for (kept in `extensions.fhir`).
    Element,
    /// An extension of a primitive value, `_element` (kept).
    PrimitiveExtension,
    /// An extension pcplan does not know (kept).
    Extension,
    /// A resource of a type pcplan does not map (kept).
    Resource,
    /// A resource nothing the plan maps links to (kept).
    UnlinkedResource,
    /// A reference that names no resource in the bundle.
    UnresolvedReference,
    /// A value in a form the model cannot hold (a partial date, an unknown code); the element is kept.
    Value,
    /// A value the model requires that the bundle does not give; a default was used.
    Defaulted,
    /// A narrative: the plan's is generated from its content on export.
    Narrative,
    /// pcplan's remainder extension does not fit the mapped plan (the bundle was edited); it was ignored.
    Remainder,
}

/// One resource of the bundle, or one contained in another.
struct Node {
    path: String,
    full_url: Option<String>,
    rtype: String,
    id: Option<String>,
    resource: Option<Resource>,
    raw: Option<Value>,
    parent: Option<usize>,
}

struct Graph {
    nodes: Vec<Node>,
    by_url: HashMap<String, usize>,
    by_type_id: HashMap<(String, String), usize>,
}

impl Graph {
    fn new(nodes: Vec<Node>) -> Graph {
        let mut by_url = HashMap::new();
        let mut by_type_id = HashMap::new();
        for (i, n) in nodes.iter().enumerate().filter(|(_, n)| n.parent.is_none()) {
            if let Some(u) = &n.full_url {
                by_url.entry(u.clone()).or_insert(i);
            }
            if let Some(id) = &n.id {
                by_type_id.entry((n.rtype.clone(), id.clone())).or_insert(i);
            }
        }
        Graph { nodes, by_url, by_type_id }
    }

    /// The node a reference from node `from` names: a contained `#id`, a `fullUrl` (urn:uuid or absolute), or
    /// failing that the `Type/id` at the end of a relative or absolute URL.
    fn resolve(&self, from: usize, r: &Reference) -> Option<usize> {
        let s = r.reference.as_deref()?;
        if let Some(local) = s.strip_prefix('#') {
            let container = self.nodes[from].parent.unwrap_or(from);
            return self.nodes.iter().position(|n| n.parent == Some(container) && n.id.as_deref() == Some(local));
        }
        if let Some(&i) = self.by_url.get(s) {
            return Some(i);
        }
        let s = s.split("/_history/").next().unwrap_or(s);
        if let Some(&i) = self.by_url.get(s) {
            return Some(i);
        }
        if let Some(uuid) = s.strip_prefix("urn:uuid:") {
            return self.nodes.iter().position(|n| n.parent.is_none() && n.id.as_deref() == Some(uuid));
        }
        let mut parts = s.rsplit('/');
        let id = parts.next()?;
        let ty = parts.next()?;
        self.by_type_id.get(&(ty.to_owned(), id.to_owned())).copied()
    }
}

/// Reads a bundle's JSON.
pub(crate) fn import(json: &[u8], options: &ImportOptions) -> Result<Imported, FhirError> {
    if json.len() > options.max_bytes {
        return Err(FhirError::TooLarge { limit: options.max_bytes });
    }
    let value: Value = serde_json::from_slice(json).map_err(|e| FhirError::Syntax {
        line: e.line(),
        column: e.column(),
        message: e.to_string().split(" at line ").next().unwrap_or_default().to_owned(),
    })?;
    if value.get("resourceType").and_then(Value::as_str) != Some("Bundle") {
        return Err(FhirError::NotABundle { path: "resourceType".into() });
    }
    let bundle: Bundle<Value> = typed(value, "Bundle")?;
    let mut nodes = Vec::with_capacity(bundle.entry.len());
    let mut extra_found = Vec::new();
    for (i, entry) in bundle.entry.into_iter().enumerate() {
        let path = format!("Bundle.entry[{i}].resource");
        for key in entry.extra.keys().filter(|k| !matches!(k.as_str(), "search" | "request" | "response" | "link")) {
            extra_found.push((format!("Bundle.entry[{i}].{key}"), UnmappedKind::Element, entry.extra[key].clone()));
        }
        let Some(resource) = entry.resource else { continue };
        push_node(&mut nodes, resource, path, entry.full_url, None)?;
    }
    let graph = Graph::new(nodes);
    let mut mapper = Mapper::new(&graph, codes());
    for (path, kind, value) in extra_found {
        mapper.keep(path, kind, "pcplan does not map this element", value);
    }
    for (key, value) in &bundle.extra {
        if !matches!(key.as_str(), "meta" | "link" | "total" | "signature") {
            mapper.keep(
                format!("Bundle.{key}"),
                UnmappedKind::Element,
                "pcplan does not map this element",
                value.clone(),
            );
        }
    }
    let mut plan = normalize(mapper.map(options)?);
    if let Some(ops) = mapper.remainder.take() {
        let mut patched = plan.clone();
        match patch::apply(&mut patched, &ops) {
            Ok(()) => plan = patched,
            Err(_) => mapper.report(
                mapper.main_path.clone() + ".extension",
                UnmappedKind::Remainder,
                "the remainder does not fit the mapped plan",
            ),
        }
    }
    let plan = Plan::from_json_value(plan, &model::LoadOptions::default()).map_err(FhirError::Plan)?;
    Ok(Imported { plan, unmapped: mapper.unmapped })
}

/// Mapped plan JSON as the model writes it (defaults spelt out), so a remainder patch computed on export
/// applies to exactly what import maps. JSON that is not yet a plan is left as it is (the loader says why).
pub(crate) fn normalize(value: Value) -> Value {
    use serde::Deserialize;
    match Plan::deserialize(&value) {
        Ok(plan) => serde_json::to_value(&plan).unwrap_or(value),
        Err(_) => value,
    }
}

/// A resource value as a node (its contained resources as nodes of their own).
fn push_node(
    nodes: &mut Vec<Node>,
    mut value: Value,
    path: String,
    full_url: Option<String>,
    parent: Option<usize>,
) -> Result<(), FhirError> {
    let rtype = value.get("resourceType").and_then(Value::as_str).unwrap_or_default().to_owned();
    let id = value.get("id").and_then(Value::as_str).map(str::to_owned);
    let contained = value.as_object_mut().and_then(|m| m.remove("contained"));
    // A type pcplan knows goes straight into its own struct (through the internally tagged `Resource` every
    // resource would be buffered once more); any other stays a JSON value, reported and kept whole.
    macro_rules! typed_as {
        ($($v:ident),*) => {
            match rtype.as_str() {
                $(stringify!($v) => {
                    if let Some(m) = value.as_object_mut() {
                        m.remove("resourceType");
                    }
                    (Some(Resource::$v(typed(value, &path)?)), None)
                })*
                _ => (None, Some(value)),
            }
        };
    }
    let (resource, raw) = resource_types!(typed_as);
    let index = nodes.len();
    nodes.push(Node { path: path.clone(), full_url, rtype, id, resource, raw, parent });
    if let Some(Value::Array(list)) = contained {
        for (i, c) in list.into_iter().enumerate() {
            push_node(nodes, c, format!("{path}.contained[{i}]"), None, Some(index))?;
        }
    }
    Ok(())
}

/// A JSON value as a typed FHIR value; errors name the path and what was expected, never the value.
fn typed<T: serde::de::DeserializeOwned>(value: Value, path: &str) -> Result<T, FhirError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.inner().to_string();
        let expected = match inner.split_once(", expected ") {
            Some((_, exp)) => format!("expected {exp}"),
            None if inner.starts_with("missing field") => inner.split(" at line").next().unwrap_or(&inner).to_owned(),
            None => "expected a valid FHIR R4 value".to_owned(),
        };
        let sub = e.path().to_string();
        let path = if sub == "." || sub.is_empty() { path.to_owned() } else { format!("{path}.{sub}") };
        FhirError::Invalid { path, expected }
    })
}

/// Maps a typed bundle (the one export just built) to plan JSON, without the remainder.
pub(crate) fn map_typed(bundle: &Bundle, options: &ImportOptions) -> Result<Value, FhirError> {
    let nodes = bundle
        .entry
        .iter()
        .enumerate()
        .filter_map(|(i, e)| {
            let r = e.resource.clone()?;
            Some(Node {
                path: format!("Bundle.entry[{i}].resource"),
                full_url: e.full_url.clone(),
                rtype: r.resource_type().to_owned(),
                id: resource_id(&r).map(str::to_owned),
                resource: Some(r),
                raw: None,
                parent: None,
            })
        })
        .collect();
    let graph = Graph::new(nodes);
    let mut mapper = Mapper::new(&graph, codes());
    mapper.map(options)
}

fn resource_id(r: &Resource) -> Option<&str> {
    macro_rules! id {
        ($($v:ident),*) => { match r { $(Resource::$v(x) => x.id.as_deref(),)* } };
    }
    resource_types!(id)
}

/// What a support's Claim carries beyond the ServiceRequest.
#[derive(Default)]
struct ClaimTerms {
    rate: Option<f64>,
    currency: Option<String>,
    modifiers: Vec<String>,
    place_of_service: Option<String>,
    authorization: Option<Value>,
}

struct Mapper<'g> {
    g: &'g Graph,
    c: &'static Codes,
    used: Vec<bool>,
    unmapped: Vec<Unmapped>,
    kept: Vec<Value>,
    lang: String,
    patient: Option<usize>,
    /// pcplan ids given to nodes, by node.
    ids: HashMap<usize, String>,
    taken: HashSet<String>,
    remainder: Option<Vec<Value>>,
    main_path: String,
}

fn is<'a, T>(r: Option<&'a Resource>, f: fn(&'a Resource) -> Option<&'a T>) -> Option<&'a T> {
    r.and_then(f)
}

macro_rules! as_fn {
    ($name:ident, $v:ident) => {
        fn $name(r: &Resource) -> Option<&$v> {
            if let Resource::$v(x) = r { Some(x) } else { None }
        }
    };
}
as_fn!(as_patient, Patient);
as_fn!(as_care_plan, CarePlan);
as_fn!(as_related_person, RelatedPerson);
as_fn!(as_practitioner, Practitioner);
as_fn!(as_claim, Claim);
as_fn!(as_episode, EpisodeOfCare);
as_fn!(as_encounter, Encounter);
as_fn!(as_questionnaire, Questionnaire);

/// A FHIR date or dateTime as a calendar date, when it has one.
fn date(s: Option<&str>) -> Option<String> {
    let s = s?;
    let d = s.get(..10)?;
    chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok().map(|_| d.to_owned())
}

fn name_of(names: &[HumanName]) -> Option<String> {
    let n = names.first()?;
    if let Some(t) = n.text.as_ref().filter(|t| !t.trim().is_empty()) {
        return Some(t.clone());
    }
    let mut parts: Vec<&str> = n.given.iter().map(String::as_str).collect();
    parts.extend(n.family.as_deref());
    (!parts.is_empty()).then(|| parts.join(" "))
}

fn concept_text(c: &CodeableConcept) -> Option<String> {
    c.text.clone().or_else(|| c.coding.iter().find_map(|x| x.display.clone().or_else(|| x.code.clone())))
}

fn contact_json(telecom: &[ContactPoint], address: Option<&Address>) -> Option<Value> {
    let mut m = Map::new();
    for (system, key) in [("phone", "phone"), ("email", "email")] {
        if let Some(v) = telecom.iter().find(|t| t.system.as_deref() == Some(system)).and_then(|t| t.value.clone()) {
            m.insert(key.into(), Value::String(v));
        }
    }
    if let Some(a) = address {
        let mut am = Map::new();
        if !a.line.is_empty() {
            am.insert("lines".into(), json!(a.line));
        }
        for (k, v) in [("city", &a.city), ("state", &a.state), ("postalCode", &a.postal_code)] {
            if let Some(v) = v {
                am.insert(k.into(), json!(v));
            }
        }
        m.insert("address".into(), Value::Object(am));
    }
    (!m.is_empty()).then_some(Value::Object(m))
}

fn phone_of(telecom: &[ContactPoint]) -> Option<String> {
    telecom.iter().find(|t| t.system.as_deref() == Some("phone")).and_then(|t| t.value.clone())
}

/// Inserts `value` under `key` unless it is null, empty text or an empty array.
fn put(m: &mut Map<String, Value>, key: &str, value: Value) {
    let empty = match &value {
        Value::Null => true,
        Value::Array(a) => a.is_empty(),
        _ => false,
    };
    if !empty {
        m.insert(key.to_owned(), value);
    }
}

impl<'g> Mapper<'g> {
    fn new(g: &'g Graph, c: &'static Codes) -> Mapper<'g> {
        Mapper {
            g,
            c,
            used: vec![false; g.nodes.len()],
            unmapped: Vec::new(),
            kept: Vec::new(),
            lang: String::new(),
            patient: None,
            ids: HashMap::new(),
            taken: HashSet::new(),
            remainder: None,
            main_path: String::new(),
        }
    }

    fn report(&mut self, path: String, kind: UnmappedKind, reason: &'static str) {
        self.unmapped.push(Unmapped { path, kind, reason });
    }

    fn keep(&mut self, path: String, kind: UnmappedKind, reason: &'static str, value: Value) {
        self.kept.push(json!({ "path": path, "value": value }));
        self.report(path, kind, reason);
    }

    fn lt(&self, text: &str) -> Value {
        json!({ "text": text, "lang": self.lang })
    }

    /// The node a reference names, marked used; an unresolvable reference is reported at `path`.
    fn get(&mut self, from: usize, r: &Reference, path: impl FnOnce() -> String) -> Option<(usize, &'g Resource)> {
        let g = self.g;
        match g.resolve(from, r) {
            Some(i) => {
                // A resource of a type pcplan does not type stays unused, so it is reported and kept whole.
                let res = g.nodes[i].resource.as_ref()?;
                self.used[i] = true;
                Some((i, res))
            }
            None => {
                if r.reference.is_some() {
                    self.report(path(), UnmappedKind::UnresolvedReference, "names no resource in the bundle");
                }
                None
            }
        }
    }

    /// A pcplan id for node `node`: pcplan's own identifier when there is one, else the resource id, else
    /// `kind-n`; never one already given.
    fn entity_id(&mut self, node: usize, identifiers: &[Identifier], kind: &str, n: usize) -> String {
        let system = format!("{}{kind}", self.c.systems.id);
        let candidates = identifiers
            .iter()
            .filter(|i| i.system.as_deref() == Some(system.as_str()))
            .filter_map(|i| i.value.clone())
            .chain(self.g.nodes[node].id.clone());
        let mut id = candidates
            .into_iter()
            .find(|s| s.parse::<Id>().is_ok() && !self.taken.contains(&format!("{kind}/{s}")))
            .unwrap_or_else(|| format!("{kind}-{n}"));
        while self.taken.contains(&format!("{kind}/{id}")) {
            id.push_str("-b");
        }
        self.taken.insert(format!("{kind}/{id}"));
        self.ids.insert(node, id.clone());
        id
    }

    fn pcplan_id(&self, identifiers: &[Identifier], kind: &str) -> bool {
        let system = format!("{}{kind}", self.c.systems.id);
        identifiers.iter().any(|i| i.system.as_deref() == Some(system.as_str()))
    }

    fn map(&mut self, options: &ImportOptions) -> Result<Value, FhirError> {
        let g = self.g;
        let main = self.main_care_plan(options)?;
        self.used[main] = true;
        let cp = is(g.nodes[main].resource.as_ref(), as_care_plan).ok_or(FhirError::NoCarePlan)?;
        let path = g.nodes[main].path.clone();
        self.main_path = path.clone();
        for ext in &cp.extension {
            if ext.url == self.c.extensions.remainder {
                match ext.value_string.as_deref().map(serde_json::from_str::<Vec<Value>>) {
                    Some(Ok(ops)) => self.remainder = Some(ops),
                    _ => self.report(
                        format!("{path}.extension"),
                        UnmappedKind::Remainder,
                        "the remainder is not a JSON Patch",
                    ),
                }
            }
        }
        let plan_system = format!("{}plan", self.c.systems.id);
        let ours = cp.identifier.iter().any(|i| i.system.as_deref() == Some(plan_system.as_str()));
        if !ours && cp.text.is_some() {
            self.report(format!("{path}.text"), UnmappedKind::Narrative, "generated from the plan's content on export");
        }
        let mut plan = Map::new();
        plan.insert("schemaVersion".into(), json!(crate::model::SCHEMA_VERSION));
        let id = cp
            .identifier
            .iter()
            .filter(|i| i.system.as_deref() == Some(plan_system.as_str()))
            .chain(cp.identifier.iter())
            .filter_map(|i| i.value.clone())
            .chain(cp.id.clone())
            .find(|s| s.parse::<Id>().is_ok())
            .unwrap_or_else(|| "plan".to_owned());
        plan.insert("id".into(), json!(id));
        plan.insert("version".into(), json!(1));
        let status = self.c.care_plan_status.iter().find(|(_, fhir)| **fhir == cp.status).map(|(ours, _)| ours.clone());
        let status = status.unwrap_or_else(|| {
            self.report(format!("{path}.status"), UnmappedKind::Value, "no plan status matches this CarePlan status");
            "draft".to_owned()
        });
        plan.insert("status".into(), json!(status));
        let start = date(cp.period.as_ref().and_then(|p| p.start.as_deref())).ok_or_else(|| FhirError::Invalid {
            path: format!("{path}.period.start"),
            expected: "expected the plan's start date (eLTSS requires CarePlan.period.start)".into(),
        })?;
        let mut period = json!({ "start": start });
        if let Some(end) = date(cp.period.as_ref().and_then(|p| p.end.as_deref())) {
            period["end"] = json!(end);
        }
        plan.insert("effectivePeriod".into(), period);

        let person = self.person(main, cp)?;
        plan.insert("person".into(), person);
        let reps = self.representatives();
        put(&mut plan, "representatives", reps);
        let team = self.team();

        // Needs and goals first: steps and supports link to them by id.
        let mut needs = Vec::new();
        for (i, r) in cp.addresses.iter().enumerate() {
            match self.get(main, r, || format!("{path}.addresses[{i}]")) {
                Some((n, Resource::Condition(c))) => needs.push(self.need(n, c, needs.len() + 1)),
                Some((n, _)) => self.unlinked(n),
                None => {}
            }
        }
        let mut goals: Vec<(usize, Map<String, Value>)> = Vec::new();
        for (i, r) in cp.goal.iter().enumerate() {
            match self.get(main, r, || format!("{path}.goal[{i}]")) {
                Some((n, Resource::Goal(goal))) => {
                    let m = self.goal(n, goal, goals.len() + 1);
                    goals.push((n, m));
                }
                Some((n, _)) => self.unlinked(n),
                None => {}
            }
        }
        let mut supports = Vec::new();
        for (i, a) in cp.activity.iter().enumerate() {
            let apath = format!("{path}.activity[{i}]");
            if let Some(r) = &a.reference {
                match self.get(main, r, || format!("{apath}.reference")) {
                    Some((n, Resource::ServiceRequest(sr))) => supports.push(self.support(n, sr, supports.len() + 1)),
                    Some((n, Resource::Task(t))) => self.step(n, t, &mut goals),
                    Some((n, _)) => self.unlinked(n),
                    None => {}
                }
            }
            if let Some(d) = &a.detail {
                supports.push(self.detail_support(main, &apath, d, supports.len() + 1));
            }
        }
        put(&mut plan, "needs", Value::Array(needs));
        put(&mut plan, "goals", Value::Array(goals.into_iter().map(|(_, m)| Value::Object(m)).collect()));
        put(&mut plan, "supports", Value::Array(supports));

        let mut strengths = Vec::new();
        let mut preferences = Vec::new();
        let mut risks = Vec::new();
        let mut signatures = Vec::new();
        let mut monitor = None;
        for (i, r) in cp.supporting_info.iter().enumerate() {
            match self.get(main, r, || format!("{path}.supportingInfo[{i}]")) {
                Some((n, Resource::Observation(o))) => {
                    let text = o.value_string.clone().unwrap_or_default();
                    let c = self.c;
                    if c.observation_codes.get("strength").is_some_and(|k| o.code.coding.iter().any(|x| k.matches(x))) {
                        strengths.push(self.lt(&text));
                    } else if c
                        .observation_codes
                        .get("preference")
                        .is_some_and(|k| o.code.coding.iter().any(|x| k.matches(x)))
                    {
                        preferences.push(self.lt(&text));
                    } else {
                        self.unlinked(n);
                    }
                }
                Some((n, Resource::RiskAssessment(ra))) => self.risks(n, ra, &mut risks),
                Some((n, Resource::Contract(k))) => self.signatures(n, k, &mut signatures),
                Some((n, Resource::QuestionnaireResponse(qr))) => self.indicators(n, qr, &mut plan),
                Some((n, Resource::EpisodeOfCare(e))) => monitor = self.monitor(n, e),
                Some((n, _)) => self.unlinked(n),
                None => {}
            }
        }
        if monitor.is_none() {
            monitor = self.monitor_elsewhere(main, cp);
        }
        let mut profile = Map::new();
        put(&mut profile, "strengths", Value::Array(strengths));
        put(&mut profile, "preferences", Value::Array(preferences));
        plan.insert("profile".into(), Value::Object(profile));
        put(&mut plan, "risks", Value::Array(risks));
        if let Some(backup) = self.backup_plan(main) {
            plan.insert("backupPlan".into(), backup);
        }
        put(&mut plan, "team", team);
        if let Some(r) = &cp.author {
            let planner = self.planner(main, r, &path);
            put(&mut plan, "planner", planner.unwrap_or(Value::Null));
        }
        put(&mut plan, "planMonitor", monitor.unwrap_or(Value::Null));
        put(&mut plan, "signatures", Value::Array(signatures));
        plan.insert("review".into(), json!({}));
        plan.insert("programSections".into(), json!({}));

        self.visit_resource(main);
        for n in 0..g.nodes.len() {
            if n != main && self.used[n] {
                self.visit_resource(n);
            }
        }
        for (n, node) in g.nodes.iter().enumerate() {
            if self.used[n] {
                continue;
            }
            match &node.raw {
                Some(raw) => self.keep(
                    node.path.clone(),
                    UnmappedKind::Resource,
                    "pcplan does not map this resource type",
                    raw.clone(),
                ),
                None => {
                    let value = serde_json::to_value(&node.resource).unwrap_or_default();
                    self.keep(
                        node.path.clone(),
                        UnmappedKind::UnlinkedResource,
                        "nothing the plan maps links to it",
                        value,
                    );
                }
            }
        }
        if !self.kept.is_empty() {
            plan.insert("extensions".into(), json!({ "fhir": { "unmapped": self.kept } }));
        }
        Ok(Value::Object(plan))
    }

    /// Marks a node the mapping reached but could not use: it is reported and kept as unlinked.
    fn unlinked(&mut self, n: usize) {
        self.used[n] = false;
    }

    /// Reports what pcplan does not map inside a used node, and keeps it.
    fn visit_resource(&mut self, n: usize) {
        let g = self.g;
        let Some(resource) = &g.nodes[n].resource else { return };
        let mut path = g.nodes[n].path.clone();
        let mut found = Vec::new();
        macro_rules! visit {
            ($($v:ident),*) => { match resource { $(Resource::$v(x) => x.visit(&mut path, &mut found),)* } };
        }
        resource_types!(visit);
        for f in found {
            let (kind, reason) = match f.kind {
                FoundKind::Element => (UnmappedKind::Element, "pcplan does not map this element"),
                FoundKind::PrimitiveExtension => {
                    (UnmappedKind::PrimitiveExtension, "pcplan does not map extensions of values")
                }
                FoundKind::Extension => (UnmappedKind::Extension, "pcplan does not know this extension"),
            };
            // A resource's own narrative is generated from its content; the plan's is made anew on export.
            if f.path.ends_with(".text") && f.path.matches('.').count() == 3 {
                self.report(f.path, UnmappedKind::Narrative, "generated from the resource's content");
                continue;
            }
            self.keep(f.path, kind, reason, f.value.into_owned());
        }
    }

    fn main_care_plan(&mut self, options: &ImportOptions) -> Result<usize, FhirError> {
        let g = self.g;
        let plans: Vec<usize> =
            (0..g.nodes.len()).filter(|&i| g.nodes[i].rtype == "CarePlan" && g.nodes[i].parent.is_none()).collect();
        if plans.is_empty() {
            return Err(FhirError::NoCarePlan);
        }
        if let Some(want) = &options.care_plan {
            return plans
                .iter()
                .copied()
                .find(|&i| g.nodes[i].full_url.as_deref() == Some(want) || g.nodes[i].id.as_deref() == Some(want))
                .ok_or_else(|| FhirError::Invalid {
                    path: "Bundle.entry".into(),
                    expected: "expected a CarePlan with the fullUrl or id ImportOptions::care_plan names".into(),
                });
        }
        // The plan is the CarePlan the others are partOf; a chain of partOf that comes back is an error.
        let parent = |i: usize| -> Option<usize> {
            let cp = is(g.nodes[i].resource.as_ref(), as_care_plan)?;
            cp.part_of.iter().find_map(|r| g.resolve(i, r).filter(|&p| g.nodes[p].rtype == "CarePlan"))
        };
        for &start in &plans {
            let mut seen = HashSet::from([start]);
            let mut at = start;
            while let Some(p) = parent(at) {
                if !seen.insert(p) {
                    return Err(FhirError::ReferenceCycle { path: format!("{}.partOf", g.nodes[at].path) });
                }
                at = p;
            }
        }
        let roots: Vec<usize> = plans.iter().copied().filter(|&i| parent(i).is_none()).collect();
        match roots.as_slice() {
            [one] => Ok(*one),
            _ => Err(FhirError::AmbiguousCarePlan {
                count: roots.len(),
                paths: roots.iter().map(|&i| g.nodes[i].path.clone()).collect(),
            }),
        }
    }

    fn backup_plan(&mut self, main: usize) -> Option<Value> {
        let g = self.g;
        let n = (0..g.nodes.len()).find(|&i| {
            i != main
                && is(g.nodes[i].resource.as_ref(), as_care_plan)
                    .is_some_and(|cp| cp.part_of.iter().any(|r| g.resolve(i, r) == Some(main)))
        })?;
        self.used[n] = true;
        let cp = is(g.nodes[n].resource.as_ref(), as_care_plan)?;
        let text = cp.description.clone().unwrap_or_else(|| {
            self.report(
                format!("{}.description", g.nodes[n].path),
                UnmappedKind::Defaulted,
                "the backup plan has no description",
            );
            String::new()
        });
        Some(json!({ "description": self.lt(&text) }))
    }

    fn person(&mut self, main: usize, cp: &CarePlan) -> Result<Value, FhirError> {
        let g = self.g;
        let path = g.nodes[main].path.clone();
        let n = cp
            .subject
            .as_ref()
            .and_then(|r| self.get(main, r, || format!("{path}.subject")))
            .map(|(n, _)| n)
            .or_else(|| {
                let mut patients =
                    (0..g.nodes.len()).filter(|&i| g.nodes[i].rtype == "Patient" && g.nodes[i].parent.is_none());
                let first = patients.next();
                first.filter(|_| patients.next().is_none())
            })
            .filter(|&n| g.nodes[n].rtype == "Patient")
            .ok_or_else(|| FhirError::Invalid {
                path: format!("{path}.subject"),
                expected: "expected a reference to the Patient in the bundle".into(),
            })?;
        self.used[n] = true;
        self.patient = Some(n);
        let p = is(g.nodes[n].resource.as_ref(), as_patient).ok_or(FhirError::NoCarePlan)?;
        let ppath = g.nodes[n].path.clone();
        let lang_of = |c: &PatientCommunication| {
            c.language
                .as_ref()
                .and_then(|l| l.coding.iter().find_map(|x| x.code.clone()).or_else(|| l.text.clone()))
                .filter(|t| t.parse::<LanguageTag>().is_ok())
        };
        let written = p.communication.iter().find(|c| c.preferred == Some(true)).and_then(lang_of);
        let spoken = p.communication.iter().find(|c| c.preferred != Some(true)).and_then(lang_of);
        let written = match written
            .or_else(|| spoken.clone())
            .or_else(|| cp.language.clone().filter(|l| l.parse::<LanguageTag>().is_ok()))
        {
            Some(w) => w,
            None => {
                self.report(
                    format!("{ppath}.communication"),
                    UnmappedKind::Defaulted,
                    "no language given; English assumed",
                );
                "en".to_owned()
            }
        };
        self.lang = written.clone();
        let spoken = spoken.unwrap_or_else(|| written.clone());

        let official = p.name.iter().find(|h| h.use_.as_deref() == Some("official")).or_else(|| p.name.first());
        let (family, given) = match official {
            Some(h) if h.family.is_some() || !h.given.is_empty() => {
                (h.family.clone().unwrap_or_default(), h.given.clone())
            }
            Some(h) => (h.text.clone().unwrap_or_default(), Vec::new()),
            None => {
                self.report(format!("{ppath}.name"), UnmappedKind::Defaulted, "the Patient has no name");
                (String::new(), Vec::new())
            }
        };
        let mut person = Map::new();
        let mut legal = Map::new();
        legal.insert("family".into(), json!(family));
        legal.insert("given".into(), json!(given));
        let as_written = official.filter(|h| h.family.is_some() || !h.given.is_empty()).and_then(|h| h.text.clone());
        put(&mut legal, "text", json!(as_written));
        person.insert("legalName".into(), Value::Object(legal));
        let c = self.c;
        let identifiers: Vec<Value> = p
            .identifier
            .iter()
            .filter(|i| i.value.is_some())
            .map(|i| {
                let kind = i
                    .kind
                    .as_ref()
                    .and_then(|t| c.identifier_types.iter().find(|(_, code)| t.coding.iter().any(|x| code.matches(x))))
                    .map_or("other", |(k, _)| k.as_str());
                let mut m = Map::new();
                m.insert("type".into(), json!(kind));
                m.insert("value".into(), json!(i.value));
                let system = i.system.clone().or_else(|| i.assigner.as_ref().and_then(|a| a.display.clone()));
                put(&mut m, "system", json!(system));
                let text = i.kind.as_ref().and_then(|t| t.text.clone());
                put(&mut m, "typeText", json!(text));
                Value::Object(m)
            })
            .collect();
        put(&mut person, "identifiers", Value::Array(identifiers));
        // A name has no language in FHIR: each form is read in the written language; the remainder extension
        // restores another (a Latin form of a Farsi name) exactly.
        let preferred: Vec<Value> = p
            .name
            .iter()
            .filter(|h| h.use_.as_deref() == Some("usual"))
            .filter_map(|h| name_of(std::slice::from_ref(h)))
            .map(|text| json!({ "text": text, "lang": written }))
            .collect();
        put(&mut person, "preferredNames", Value::Array(preferred));
        put(&mut person, "birthDate", json!(date(p.birth_date.as_deref())));
        put(&mut person, "contact", json!(contact_json(&p.telecom, p.address.first())));
        let contacts: Vec<Value> = p
            .contact
            .iter()
            .map(|k| {
                let relationship = k
                    .relationship
                    .iter()
                    .find_map(|r| r.text.clone())
                    .or_else(|| k.relationship.iter().find_map(concept_text));
                let mut m = Map::new();
                m.insert(
                    "name".into(),
                    json!(k.name.as_ref().and_then(|h| name_of(std::slice::from_ref(h))).unwrap_or_default()),
                );
                m.insert("relationship".into(), json!(relationship.unwrap_or_default()));
                put(&mut m, "phone", json!(phone_of(&k.telecom)));
                Value::Object(m)
            })
            .collect();
        put(&mut person, "emergencyContacts", Value::Array(contacts));
        person.insert("language".into(), json!({ "spoken": [{ "lang": spoken }], "written": [{ "lang": written }] }));
        Ok(Value::Object(person))
    }

    fn representatives(&mut self) -> Value {
        let g = self.g;
        let c = self.c;
        let mut out = Vec::new();
        for n in 0..g.nodes.len() {
            let Some(rp) = is(g.nodes[n].resource.as_ref(), as_related_person) else { continue };
            let kind = rp.relationship.iter().flat_map(|r| &r.coding).find_map(|x| {
                if x.system.as_deref() == Some(c.systems.representative_kind.as_str()) {
                    x.code.clone()
                } else if x.system.as_deref() == Some(c.representative_role_codes.system.as_str()) {
                    x.code.as_ref().and_then(|k| c.representative_role_codes.codes.get(k)).cloned()
                } else {
                    None
                }
            });
            let Some(kind) = kind.filter(|k| from_json_name::<model::RepresentativeKind>(k).is_some()) else {
                continue;
            };
            self.used[n] = true;
            let id = self.entity_id(n, &rp.identifier, "representative", out.len() + 1);
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("name".into(), json!(name_of(&rp.name).unwrap_or_default()));
            m.insert("kind".into(), json!(kind));
            let relationship = rp.relationship.iter().find(|r| r.coding.is_empty()).and_then(|r| r.text.clone());
            put(&mut m, "relationship", json!(relationship));
            put(&mut m, "contact", json!(contact_json(&rp.telecom, rp.address.first())));
            out.push(Value::Object(m));
        }
        Value::Array(out)
    }

    fn team(&mut self) -> Value {
        let g = self.g;
        let mut out = Vec::new();
        for n in 0..g.nodes.len() {
            let (identifiers, names, telecom, relationship, paid) = match g.nodes[n].resource.as_ref() {
                Some(Resource::Practitioner(p)) => (&p.identifier, &p.name, &p.telecom, None, true),
                Some(Resource::RelatedPerson(r)) => {
                    (&r.identifier, &r.name, &r.telecom, r.relationship.iter().find_map(|x| x.text.clone()), false)
                }
                _ => continue,
            };
            if !self.pcplan_id(identifiers, "team-member") {
                continue;
            }
            self.used[n] = true;
            let id = self.entity_id(n, identifiers, "team-member", out.len() + 1);
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("name".into(), json!(name_of(names).unwrap_or_default()));
            m.insert("role".into(), json!(if paid { "provider" } else { "family" }));
            put(&mut m, "relationship", json!(relationship));
            if paid {
                m.insert("paid".into(), json!(true));
            }
            put(&mut m, "contact", json!(contact_json(telecom, None)));
            out.push(Value::Object(m));
        }
        Value::Array(out)
    }

    fn need(&mut self, n: usize, c: &Condition, count: usize) -> Value {
        let id = self.entity_id(n, &c.identifier, "need", count);
        let codes = self.c;
        let category = c
            .category
            .iter()
            .flat_map(|x| &x.coding)
            .find(|x| x.system.as_deref() == Some(codes.systems.need_category.as_str()))
            .and_then(|x| x.code.clone())
            .filter(|k| from_json_name::<model::NeedCategory>(k).is_some())
            .unwrap_or_else(|| "other".to_owned());
        let text = c.code.as_ref().and_then(concept_text).unwrap_or_default();
        let mut m = Map::new();
        m.insert("id".into(), json!(id));
        m.insert("category".into(), json!(category));
        m.insert("description".into(), self.lt(&text));
        put(&mut m, "assessedOn", json!(date(c.recorded_date.as_deref())));
        Value::Object(m)
    }

    fn goal(&mut self, n: usize, goal: &Goal, count: usize) -> Map<String, Value> {
        let g = self.g;
        let path = g.nodes[n].path.clone();
        let id = self.entity_id(n, &goal.identifier, "goal", count);
        let c = self.c;
        let status = c
            .goal_status
            .iter()
            .find(|(_, fhir)| **fhir == goal.lifecycle_status)
            .map(|(ours, _)| ours.as_str())
            .unwrap_or(match goal.lifecycle_status.as_str() {
                "planned" => "proposed",
                "accepted" => "active",
                _ => "discontinued",
            });
        let expressed = goal
            .extension
            .iter()
            .find(|e| e.url == c.systems.goal_expressed_by)
            .and_then(|e| e.value_code.clone())
            .filter(|k| from_json_name::<model::ExpressedBy>(k).is_some());
        let expressed = expressed.unwrap_or_else(|| {
            match goal.expressed_by.as_ref().and_then(|r| g.resolve(n, r)).map(|i| g.nodes[i].rtype.as_str()) {
                Some("Patient") => "person".into(),
                Some("RelatedPerson") => "representative".into(),
                Some(_) => "team".into(),
                None => {
                    self.report(
                        format!("{path}.expressedBy"),
                        UnmappedKind::Defaulted,
                        "who expressed the goal is not given",
                    );
                    "team".into()
                }
            }
        });
        let mut need_ids = Vec::new();
        for (i, r) in goal.addresses.iter().enumerate() {
            if let Some((k, _)) = self.get(n, r, || format!("{path}.addresses[{i}]"))
                && let Some(id) = self.ids.get(&k)
            {
                need_ids.push(json!(id));
            }
        }
        let statement = concept_text(&goal.description).unwrap_or_default();
        let mut m = Map::new();
        m.insert("id".into(), json!(id));
        m.insert("statement".into(), self.lt(&statement));
        m.insert("expressedBy".into(), json!(expressed));
        put(&mut m, "targetDate", json!(date(goal.target.first().and_then(|t| t.due_date.as_deref()))));
        m.insert("status".into(), json!(status));
        put(&mut m, "needIds", Value::Array(need_ids));
        m
    }

    /// The goal ids an element's pertainsToGoal extensions name.
    fn goal_links(&mut self, n: usize, ext: &[Extension], path: &str) -> Vec<usize> {
        let url = &self.c.extensions.pertains_to_goal;
        let mut out = Vec::new();
        for (i, e) in ext.iter().enumerate().filter(|(_, e)| &e.url == url) {
            if let Some(r) = &e.value_reference
                && let Some((k, Resource::Goal(_))) = self.get(n, r, || format!("{path}.extension[{i}]"))
            {
                out.push(k);
            }
        }
        out
    }

    fn step(&mut self, n: usize, t: &Task, goals: &mut [(usize, Map<String, Value>)]) {
        let g = self.g;
        let path = g.nodes[n].path.clone();
        let links = self.goal_links(n, &t.extension, &path);
        let Some(goal) = links.first().and_then(|k| goals.iter().position(|(gn, _)| gn == k)) else {
            self.used[n] = false;
            self.report(path, UnmappedKind::UnlinkedResource, "a step must belong to one of the plan's goals");
            return;
        };
        let count =
            goals.iter().map(|(_, m)| m.get("steps").and_then(Value::as_array).map_or(0, Vec::len)).sum::<usize>();
        let id = self.entity_id(n, &t.identifier, "step", count + 1);
        let mut m = Map::new();
        m.insert("id".into(), json!(id));
        m.insert("description".into(), self.lt(t.description.as_deref().unwrap_or_default()));
        if let Some(owner) = &t.owner
            && let Some((k, _)) = self.get(n, owner, || format!("{path}.owner"))
        {
            if Some(k) == self.patient {
                m.insert("byPerson".into(), json!(true));
            } else if let Some(id) = self.ids.get(&k) {
                m.insert("responsibleId".into(), json!(id));
            }
        }
        put(
            &mut m,
            "targetDate",
            json!(date(t.restriction.as_ref().and_then(|r| r.period.as_ref()).and_then(|p| p.end.as_deref()))),
        );
        if t.status == "completed" {
            m.insert("done".into(), json!(true));
        }
        let steps = goals[goal].1.entry("steps").or_insert_with(|| json!([]));
        if let Value::Array(a) = steps {
            a.push(Value::Object(m));
        }
    }

    fn provider(&mut self, n: usize, r: &Reference, path: &str) -> (Option<Value>, bool) {
        let resolved = self.get(n, r, || format!("{path}.performer[0]"));
        let mut m = Map::new();
        let (name, phone, relationship, paid) = match resolved {
            Some((_, Resource::Organization(o))) => (o.name.clone(), phone_of(&o.telecom), None, true),
            Some((_, Resource::Practitioner(p))) => (name_of(&p.name), phone_of(&p.telecom), None, true),
            Some((k, Resource::PractitionerRole(role))) => {
                let who = role.practitioner.as_ref().and_then(|r| self.get(k, r, || format!("{path}.performer[0]")));
                let name = match who {
                    Some((_, Resource::Practitioner(p))) => name_of(&p.name),
                    _ => None,
                };
                (name, phone_of(&role.telecom), None, true)
            }
            Some((_, Resource::RelatedPerson(rp))) => {
                (name_of(&rp.name), phone_of(&rp.telecom), rp.relationship.iter().find_map(|x| x.text.clone()), false)
            }
            _ => (None, None, None, true),
        };
        let Some(name) = name.or_else(|| r.display.clone()) else { return (None, paid) };
        m.insert("name".into(), json!(name));
        put(&mut m, "phone", json!(phone));
        put(&mut m, "relationship", json!(relationship));
        if let Some((k, _)) = resolved
            && let Some(id) = self.ids.get(&k)
            && self.taken.contains(&format!("team-member/{id}"))
        {
            m.insert("teamMemberId".into(), json!(id));
        }
        (Some(Value::Object(m)), paid)
    }

    /// A support's schedule: the amount from `quantityQuantity` or `quantityRatio` (its denominator the period),
    /// the rhythm from `occurrenceTiming.repeat` (every N periods, days, times, duration, one time) and
    /// `asNeededBoolean`. A quantity with no period and no rhythm is one time only, as in eLTSS examples.
    fn schedule(&mut self, sr: &ServiceRequest, path: &str) -> Value {
        let c = self.c;
        let unit_of = |q: &Quantity| c.units.iter().find(|(_, u)| u.matches(q)).map(|(k, _)| k.clone());
        let interval_of = |q: &Quantity| c.intervals.iter().find(|(_, u)| u.matches(q)).map(|(k, _)| k.clone());
        let mut sc = Map::new();
        let amount = |q: &Quantity| {
            let mut a = Map::new();
            put(&mut a, "value", json!(q.value));
            put(&mut a, "unit", json!(unit_of(q)));
            a
        };
        let mut has_period = false;
        if let Some(ratio) = &sr.quantity_ratio {
            if let Some(num) = &ratio.numerator {
                sc.insert("amount".into(), Value::Object(amount(num)));
            }
            let unit = ratio.denominator.as_ref().filter(|d| d.value.is_none_or(|v| v == 1.0)).and_then(interval_of);
            match unit {
                Some(u) => {
                    sc.insert("periodUnit".into(), json!(u));
                    has_period = true;
                }
                None => self.report(
                    format!("{path}.quantityRatio.denominator"),
                    UnmappedKind::Value,
                    "the interval is not one day, week, month or year",
                ),
            }
        } else if let Some(q) = &sr.quantity_quantity {
            sc.insert("amount".into(), Value::Object(amount(q)));
        }
        let repeat = sr.occurrence_timing.as_ref().and_then(|t| t.repeat.as_ref());
        if let Some(r) = repeat {
            let at = |element: &str| format!("{path}.occurrenceTiming.repeat.{element}");
            if let Some(unit) = r.period_unit.as_deref() {
                match c.intervals.iter().find(|(_, u)| u.code == unit).map(|(k, _)| k.clone()) {
                    Some(u) if sc.get("periodUnit").is_none_or(|p| *p == json!(u)) => {
                        sc.insert("periodUnit".into(), json!(u));
                        has_period = true;
                        match r.period {
                            Some(p) if p.fract() == 0.0 && (2.0..=1000.0).contains(&p) => {
                                sc.insert("every".into(), json!(p as u32));
                            }
                            Some(1.0) | None => {}
                            Some(_) => self.report(
                                at("period"),
                                UnmappedKind::Value,
                                "the period is not a whole number of periods",
                            ),
                        }
                    }
                    _ => self.report(
                        at("periodUnit"),
                        UnmappedKind::Value,
                        "the period is not one day, week, month or year, or disagrees with the quantity's",
                    ),
                }
            }
            let days: Vec<&String> =
                r.day_of_week.iter().filter(|d| from_json_name::<model::Weekday>(d).is_some()).collect();
            if days.len() != r.day_of_week.len() {
                self.report(at("dayOfWeek"), UnmappedKind::Value, "a day of the week is not a FHIR day code");
            }
            put(&mut sc, "daysOfWeek", json!(days));
            let times: Vec<String> = r
                .time_of_day
                .iter()
                .filter_map(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M:%S").ok())
                .map(|t| t.format("%H:%M").to_string())
                .collect();
            if times.len() != r.time_of_day.len() {
                self.report(at("timeOfDay"), UnmappedKind::Value, "a time of day is not HH:MM:SS");
            }
            put(&mut sc, "timesOfDay", json!(times));
            if let Some(d) = &r.bounds_duration {
                match (interval_of(d), d.value) {
                    (Some(u), Some(v)) if v.fract() == 0.0 && (1.0..=10_000.0).contains(&v) => {
                        sc.insert("for".into(), json!({ "value": v as u32, "unit": u }));
                    }
                    _ => self.report(
                        at("boundsDuration"),
                        UnmappedKind::Value,
                        "the duration is not a whole number of days, weeks, months or years",
                    ),
                }
            }
            match r.count {
                Some(1) => {
                    sc.insert("once".into(), json!(true));
                }
                Some(_) => self.report(
                    at("count"),
                    UnmappedKind::Value,
                    "the schedule holds one time only, not a number of times",
                ),
                None => {}
            }
            if r.frequency.is_some_and(|f| f != 1) {
                self.report(
                    at("frequency"),
                    UnmappedKind::Value,
                    "the schedule counts the amount per period, not a frequency",
                );
            }
        }
        if sr.as_needed_boolean == Some(true) {
            sc.insert("asNeeded".into(), json!(true));
        } else if sc.contains_key("amount") && !has_period && !sc.contains_key("once") && repeat.is_none() {
            sc.insert("once".into(), json!(true));
        }
        if sc.is_empty() { Value::Null } else { Value::Object(sc) }
    }

    fn support(&mut self, n: usize, sr: &ServiceRequest, count: usize) -> Value {
        let g = self.g;
        let c = self.c;
        let path = g.nodes[n].path.clone();
        let id = self.entity_id(n, &sr.identifier, "support", count);
        let mut m = Map::new();
        m.insert("id".into(), json!(id));
        let name = sr.code.as_ref().and_then(concept_text).unwrap_or_default();
        m.insert("name".into(), self.lt(&name));
        let coding = sr.code.as_ref().and_then(|k| k.coding.iter().find(|x| x.code.is_some()));
        let modifiers = self.modifiers(&sr.order_detail, &format!("{path}.orderDetail"));
        let place_of_service = self.place_of_service(&sr.location_code, &format!("{path}.locationCode"));
        put(&mut m, "description", json!(sr.note.first().map(|a| self.lt(&a.text))));
        let mut paid = true;
        if let Some(r) = sr.performer.first() {
            let (provider, p) = self.provider(n, r, &path);
            paid = p;
            put(&mut m, "provider", json!(provider));
        }
        m.insert("paid".into(), json!(paid));
        let schedule = self.schedule(sr, &path);
        put(&mut m, "schedule", schedule);
        let bounds = sr.occurrence_period.as_ref().or_else(|| {
            sr.occurrence_timing.as_ref().and_then(|t| t.repeat.as_ref()).and_then(|r| r.bounds_period.as_ref())
        });
        put(&mut m, "startDate", json!(date(bounds.and_then(|p| p.start.as_deref()))));
        put(&mut m, "endDate", json!(date(bounds.and_then(|p| p.end.as_deref()))));
        if let Some(r) = sr.location_reference.first()
            && let Some((_, Resource::Location(l))) = self.get(n, r, || format!("{path}.locationReference[0]"))
        {
            let text = l
                .name
                .clone()
                .or_else(|| l.description.clone())
                .or_else(|| l.address.as_ref().and_then(|a| a.text.clone()));
            put(&mut m, "location", json!(text.map(|t| self.lt(&t))));
        }
        if let Some(r) = sr.insurance.first() {
            let name = self.payor_name(n, r, &format!("{path}.insurance[0]"));
            put(&mut m, "fundingSource", json!(name));
        }
        let directed = sr.extension.iter().filter(|e| c.extensions.directed_by.contains(&e.url)).any(|e| {
            e.value_codeable_concept
                .as_ref()
                .and_then(concept_text)
                .is_some_and(|t| t.eq_ignore_ascii_case(&c.self_directed_text))
        });
        if directed {
            m.insert("selfDirected".into(), json!(true));
        }
        put(&mut m, "deliveryPreferences", json!(sr.patient_instruction.as_ref().map(|t| self.lt(t))));
        let mut terms = None;
        for (i, r) in sr.supporting_info.iter().enumerate() {
            match self.get(n, r, || format!("{path}.supportingInfo[{i}]")) {
                Some((k, Resource::Claim(claim))) if terms.is_none() => terms = Some(self.claim_terms(k, claim)),
                Some((k, _)) => self.unlinked(k),
                None => {}
            }
        }
        if terms.is_none() {
            // The implementation page also links the Claim to the service by Claim.referral.
            for k in 0..g.nodes.len() {
                if let Some(claim) = is(g.nodes[k].resource.as_ref(), as_claim)
                    && claim.referral.as_ref().is_some_and(|r| g.resolve(k, r) == Some(n))
                {
                    self.used[k] = true;
                    terms = Some(self.claim_terms(k, claim));
                    break;
                }
            }
        }
        let terms = terms.unwrap_or_default();
        // The service's own elements first; the Claim's item where the ServiceRequest says nothing.
        let modifiers = if modifiers.is_empty() { terms.modifiers } else { modifiers };
        match coding {
            Some(code) => {
                let system = c.service_system_name(code.system.as_deref().unwrap_or_default());
                let mut k = Map::new();
                k.insert("system".into(), json!(system));
                k.insert("code".into(), json!(code.code));
                put(&mut k, "modifiers", json!(modifiers));
                m.insert("code".into(), Value::Object(k));
            }
            None if !modifiers.is_empty() => self.keep(
                format!("{path}.orderDetail"),
                UnmappedKind::Value,
                "modifiers need the service's code",
                json!(modifiers),
            ),
            None => {}
        }
        put(&mut m, "placeOfService", json!(place_of_service.or(terms.place_of_service)));
        put(&mut m, "ratePerUnit", json!(terms.rate));
        put(&mut m, "currency", json!(terms.currency));
        put(&mut m, "authorization", json!(terms.authorization));
        let goal_ids: Vec<Value> = self
            .goal_links(n, &sr.extension, &path)
            .iter()
            .filter_map(|k| self.ids.get(k))
            .map(|id| json!(id))
            .collect();
        put(&mut m, "goalIds", Value::Array(goal_ids));
        let mut need_ids = Vec::new();
        for (i, r) in sr.reason_reference.iter().enumerate() {
            if let Some((k, Resource::Condition(_))) = self.get(n, r, || format!("{path}.reasonReference[{i}]"))
                && let Some(id) = self.ids.get(&k)
            {
                need_ids.push(json!(id));
            }
        }
        put(&mut m, "needIds", Value::Array(need_ids));
        Value::Object(m)
    }

    /// The name of the payer of the Coverage that `r` (at `path`, in node `n`) names.
    fn payor_name(&mut self, n: usize, r: &Reference, path: &str) -> Option<String> {
        let g = self.g;
        let Some((k, Resource::Coverage(cov))) = self.get(n, r, || path.to_owned()) else { return None };
        let payor = cov.payor.first()?;
        let name = match self.get(k, payor, || format!("{}.payor[0]", g.nodes[k].path)) {
            Some((_, Resource::Organization(o))) => o.name.clone(),
            Some((_, Resource::RelatedPerson(rp))) => name_of(&rp.name),
            Some((_, Resource::Patient(p))) => name_of(&p.name),
            _ => None,
        };
        name.or_else(|| payor.display.clone())
    }

    /// Procedure-code modifiers among `concepts` (at `path`): a concept of one coding whose code is two capital
    /// letters or digits, in the HCPCS or CPT system. Any other concept is kept as unmapped.
    fn modifiers(&mut self, concepts: &[CodeableConcept], path: &str) -> Vec<String> {
        let c = self.c;
        let mut out = Vec::new();
        for (i, concept) in concepts.iter().enumerate() {
            let modifier = match concept.coding.as_slice() {
                [coding] if concept.text.is_none() && concept.extra.is_empty() => {
                    coding.code.as_deref().filter(|code| code.parse::<crate::model::Modifier>().is_ok()).filter(|_| {
                        let system = coding.system.as_deref().unwrap_or_default();
                        c.systems.hcpcs.iter().chain(&c.systems.cpt).any(|s| s == system)
                    })
                }
                _ => None,
            };
            match modifier {
                Some(m) if out.len() < 4 => out.push(m.to_owned()),
                Some(_) => self.keep(
                    format!("{path}[{i}]"),
                    UnmappedKind::Value,
                    "a code has at most four modifiers",
                    json!(concept),
                ),
                None => self.keep(
                    format!("{path}[{i}]"),
                    UnmappedKind::Element,
                    "pcplan maps only procedure-code modifiers here",
                    json!(concept),
                ),
            }
        }
        out
    }

    /// The CMS place-of-service code among `concepts` (at `path`); any other concept is kept as unmapped.
    fn place_of_service(&mut self, concepts: &[CodeableConcept], path: &str) -> Option<String> {
        let c = self.c;
        let mut found = None;
        for (i, concept) in concepts.iter().enumerate() {
            let code = concept
                .coding
                .iter()
                .filter(|x| x.system.as_deref() == Some(c.systems.place_of_service.as_str()))
                .find_map(|x| x.code.as_deref().filter(|code| code.parse::<crate::model::PlaceOfService>().is_ok()));
            match code {
                Some(code) if found.is_none() => found = Some(code.to_owned()),
                _ => self.keep(
                    format!("{path}[{i}]"),
                    UnmappedKind::Element,
                    "pcplan maps one CMS place-of-service code here",
                    json!(concept),
                ),
            }
        }
        found
    }

    /// What a support's Claim (node `k`) says: the rate and its currency, the code's modifiers and the place of
    /// service, and, for a preauthorization, the authorization (payer, number, period, units).
    fn claim_terms(&mut self, k: usize, claim: &Claim) -> ClaimTerms {
        let g = self.g;
        let c = self.c;
        let path = g.nodes[k].path.clone();
        for r in [&claim.provider, &claim.patient, &claim.referral].into_iter().flatten() {
            if let Some(i) = g.resolve(k, r) {
                self.used[i] = true;
            }
        }
        let mut terms = ClaimTerms::default();
        let item = claim.item.first();
        if let Some(price) = item.and_then(|i| i.unit_price.as_ref()) {
            terms.rate = price.value;
            terms.currency = price.currency.clone();
        }
        if let Some(item) = item {
            terms.modifiers = self.modifiers(&item.modifier, &format!("{path}.item[0].modifier"));
            terms.place_of_service = self.place_of_service(
                item.location_codeable_concept.as_slice(),
                &format!("{path}.item[0].locationCodeableConcept"),
            );
        }
        let focal = claim.insurance.iter().position(|i| i.focal == Some(true)).unwrap_or(0);
        let mut payer = None;
        for (i, ins) in claim.insurance.iter().enumerate() {
            if let Some(r) = &ins.coverage {
                let name = self.payor_name(k, r, &format!("{path}.insurance[{i}].coverage"));
                if i == focal {
                    payer = name;
                }
            }
        }
        if claim.use_.as_deref() != Some(c.claim.authorization_use.as_str()) {
            return terms;
        }
        let (Some(payer), Some(ins)) = (payer, claim.insurance.get(focal)) else {
            self.keep(
                format!("{path}.insurance"),
                UnmappedKind::Value,
                "an authorization needs its payer (Coverage.payor)",
                json!(claim.insurance),
            );
            return terms;
        };
        let mut a = Map::new();
        a.insert("payer".into(), json!(payer));
        put(&mut a, "number", json!(ins.pre_auth_ref.first()));
        if ins.pre_auth_ref.len() > 1 {
            self.keep(
                format!("{path}.insurance[{focal}].preAuthRef"),
                UnmappedKind::Value,
                "the model keeps one authorization number",
                json!(ins.pre_auth_ref[1..]),
            );
        }
        if let Some(p) = item.and_then(|i| i.serviced_period.as_ref()) {
            match date(p.start.as_deref()) {
                Some(start) => {
                    let mut period = Map::new();
                    period.insert("start".into(), json!(start));
                    put(&mut period, "end", json!(date(p.end.as_deref())));
                    a.insert("period".into(), Value::Object(period));
                }
                None => self.report(
                    format!("{path}.item[0].servicedPeriod.start"),
                    UnmappedKind::Value,
                    "an authorization period needs its first day",
                ),
            }
        }
        if let Some(q) = item.and_then(|i| i.quantity.as_ref()) {
            put(&mut a, "units", json!(q.value));
            match c.units.iter().find(|(_, u)| u.matches(q)) {
                Some((unit, _)) => {
                    a.insert("unit".into(), json!(unit));
                }
                None if q.code.is_some() => self.report(
                    format!("{path}.item[0].quantity.code"),
                    UnmappedKind::Value,
                    "not a unit of service pcplan knows",
                ),
                None => {}
            }
        }
        terms.authorization = Some(Value::Object(a));
        terms
    }

    /// An STU1 `activity.detail` as a support.
    fn detail_support(&mut self, main: usize, path: &str, d: &CarePlanActivityDetail, count: usize) -> Value {
        let mut m = Map::new();
        let id = format!("support-{count}");
        let id = if self.taken.insert(format!("support/{id}")) { id } else { format!("{id}-detail") };
        m.insert("id".into(), json!(id));
        let name = d.code.as_ref().and_then(concept_text).or_else(|| d.description.clone()).unwrap_or_default();
        m.insert("name".into(), self.lt(&name));
        if let Some(code) = d.code.as_ref().and_then(|k| k.coding.iter().find(|x| x.code.is_some())) {
            let system = self.c.service_system_name(code.system.as_deref().unwrap_or_default());
            m.insert("code".into(), json!({ "system": system, "code": code.code }));
        }
        if d.code.is_some() {
            put(&mut m, "description", json!(d.description.as_ref().map(|t| self.lt(t))));
        }
        let mut paid = true;
        if let Some(r) = d.performer.first() {
            let (provider, p) = self.provider(main, r, &format!("{path}.detail"));
            paid = p;
            put(&mut m, "provider", json!(provider));
        }
        m.insert("paid".into(), json!(paid));
        put(&mut m, "startDate", json!(date(d.scheduled_period.as_ref().and_then(|p| p.start.as_deref()))));
        put(&mut m, "endDate", json!(date(d.scheduled_period.as_ref().and_then(|p| p.end.as_deref()))));
        let mut goal_ids = Vec::new();
        for (i, r) in d.goal.iter().enumerate() {
            if let Some((k, Resource::Goal(_))) = self.get(main, r, || format!("{path}.detail.goal[{i}]"))
                && let Some(id) = self.ids.get(&k)
            {
                goal_ids.push(json!(id));
            }
        }
        put(&mut m, "goalIds", Value::Array(goal_ids));
        Value::Object(m)
    }

    fn risks(&mut self, n: usize, ra: &RiskAssessment, out: &mut Vec<Value>) {
        let base = self.entity_id(n, &ra.identifier, "risk", out.len() + 1);
        let single = ra.prediction.len() <= 1;
        for (i, p) in ra.prediction.iter().enumerate() {
            let id = if single { base.clone() } else { format!("{base}-{}", i + 1) };
            let mut m = Map::new();
            m.insert("id".into(), json!(id));
            m.insert("description".into(), self.lt(&p.outcome.as_ref().and_then(concept_text).unwrap_or_default()));
            put(&mut m, "mitigation", json!(ra.mitigation.as_ref().map(|t| self.lt(t))));
            put(&mut m, "personChoice", json!(ra.note.first().map(|a| self.lt(&a.text))));
            out.push(Value::Object(m));
        }
    }

    fn signatures(&mut self, n: usize, k: &Contract, out: &mut Vec<Value>) {
        let g = self.g;
        let c = self.c;
        let path = g.nodes[n].path.clone();
        for (i, s) in k.signer.iter().enumerate() {
            let spath = format!("{path}.signer[{i}]");
            let party = s.party.as_ref().and_then(|r| self.get(n, r, || format!("{spath}.party")));
            let role = s
                .kind
                .as_ref()
                .and_then(|t| c.signer_types.iter().find(|(_, code)| code.matches(t)))
                .map(|(role, _)| role.clone());
            let role = role.unwrap_or_else(|| {
                self.report(
                    format!("{spath}.type"),
                    UnmappedKind::Defaulted,
                    "the signer type has no pcplan role; taken from the party",
                );
                match party.map(|(p, _)| g.nodes[p].rtype.as_str()) {
                    Some("Patient") => "person",
                    Some("RelatedPerson") => "representative",
                    Some("Practitioner" | "PractitionerRole") => "planner",
                    _ => "provider",
                }
                .into()
            });
            let name = s.party.as_ref().and_then(|r| r.display.clone()).or_else(|| match party {
                Some((_, Resource::Patient(p))) => name_of(&p.name),
                Some((_, Resource::RelatedPerson(p))) => name_of(&p.name),
                Some((_, Resource::Practitioner(p))) => name_of(&p.name),
                Some((_, Resource::Organization(o))) => o.name.clone(),
                _ => None,
            });
            let mut m = Map::new();
            m.insert("id".into(), json!(format!("signature-{}", out.len() + 1)));
            m.insert("role".into(), json!(role));
            m.insert("name".into(), json!(name.unwrap_or_default()));
            put(&mut m, "date", json!(date(s.signature.first().and_then(|x| x.when.as_deref()))));
            if let Some((p, _)) = party
                && Some(p) != self.patient
                && let Some(id) = self.ids.get(&p)
            {
                m.insert("signerId".into(), json!(id));
            }
            for sig in &s.signature {
                if let Some(who) = &sig.who {
                    let _ = self.get(n, who, || format!("{spath}.signature[0].who"));
                }
            }
            out.push(Value::Object(m));
        }
    }

    fn indicators(&mut self, n: usize, qr: &QuestionnaireResponse, plan: &mut Map<String, Value>) {
        let g = self.g;
        if let Some(url) = &qr.questionnaire {
            for k in 0..g.nodes.len() {
                if is(g.nodes[k].resource.as_ref(), as_questionnaire).is_some_and(|q| q.url.as_ref() == Some(url)) {
                    self.used[k] = true;
                }
            }
        }
        let path = g.nodes[n].path.clone();
        let answer = |link: &str| qr.item.iter().find(|i| i.link_id == link);
        let boolean = |link: &str| answer(link).and_then(|i| i.answer.first()).and_then(|a| a.value_boolean);
        for (i, item) in qr.item.iter().enumerate() {
            if !self.c.questionnaire.items.iter().any(|q| q.link_id == item.link_id) {
                let value = serde_json::to_value(item).unwrap_or_default();
                self.keep(
                    format!("{path}.item[{i}]"),
                    UnmappedKind::Element,
                    "pcplan does not know this question",
                    value,
                );
            }
        }
        if let Some(chosen) = boolean("setting-choice") {
            let alternatives: Vec<Value> = answer("setting-options")
                .map(|i| i.answer.iter().filter_map(|a| a.value_string.as_ref()).map(|t| self.lt(t)).collect())
                .unwrap_or_default();
            let setting = answer("setting-type")
                .and_then(|i| i.answer.first())
                .and_then(|a| a.value_coding.as_ref())
                .filter(|c| c.system.as_deref() == Some(self.c.systems.setting_type.as_str()))
                .and_then(|c| c.code.clone())
                .filter(|k| from_json_name::<model::SettingType>(k).is_some());
            let setting = setting.unwrap_or_else(|| {
                self.report(
                    format!("{path}.item"),
                    UnmappedKind::Defaulted,
                    "the kind of setting is not in the bundle",
                );
                "other".into()
            });
            let mut m = Map::new();
            m.insert("setting".into(), json!(setting));
            m.insert("chosenByPerson".into(), json!(chosen));
            put(&mut m, "alternativesConsidered", Value::Array(alternatives));
            plan.insert("settingChoice".into(), Value::Object(m));
        }
        let links = [
            "service-options-given",
            "service-selection",
            "service-plan-agreement",
            "provider-options-given",
            "provider-selection-agreement",
        ];
        if links.iter().any(|l| boolean(l).is_some()) {
            let v = |l: &str| boolean(l).unwrap_or(false);
            plan.insert(
                "serviceChoice".into(),
                json!({
                    "serviceOptionsOffered": v(links[0]),
                    "personSelectedServices": v(links[1]),
                    "personAgrees": v(links[2]),
                    "providerOptionsOffered": v(links[3]),
                    "informedProviderChoice": v(links[4]),
                }),
            );
        }
    }

    fn monitor(&mut self, n: usize, e: &EpisodeOfCare) -> Option<Value> {
        let g = self.g;
        let r = e.care_manager.as_ref()?;
        let (_, res) = self.get(n, r, || format!("{}.careManager", g.nodes[n].path))?;
        let p = as_practitioner(res)?;
        let mut m = Map::new();
        m.insert("name".into(), json!(name_of(&p.name).or_else(|| r.display.clone()).unwrap_or_default()));
        put(&mut m, "phone", json!(phone_of(&p.telecom)));
        Some(Value::Object(m))
    }

    /// The plan monitor when no supportingInfo names the EpisodeOfCare: through CarePlan.encounter, or the one
    /// EpisodeOfCare of the bundle (real bundles often link nothing to it).
    fn monitor_elsewhere(&mut self, main: usize, cp: &CarePlan) -> Option<Value> {
        let g = self.g;
        let via_encounter = cp.encounter.as_ref().and_then(|r| g.resolve(main, r)).and_then(|k| {
            self.used[k] = true;
            let enc = is(g.nodes[k].resource.as_ref(), as_encounter)?;
            enc.episode_of_care.iter().find_map(|r| g.resolve(k, r))
        });
        let episodes: Vec<usize> = (0..g.nodes.len()).filter(|&k| g.nodes[k].rtype == "EpisodeOfCare").collect();
        let k = via_encounter.or_else(|| (episodes.len() == 1).then(|| episodes[0]))?;
        self.used[k] = true;
        let e = is(g.nodes[k].resource.as_ref(), as_episode)?;
        self.monitor(k, e)
    }

    fn planner(&mut self, main: usize, r: &Reference, path: &str) -> Option<Value> {
        let (k, res) = self.get(main, r, || format!("{path}.author"))?;
        let mut m = Map::new();
        match res {
            Resource::Practitioner(p) => {
                m.insert("name".into(), json!(name_of(&p.name).unwrap_or_default()));
                put(&mut m, "contact", json!(contact_json(&p.telecom, None)));
            }
            Resource::PractitionerRole(role) => {
                let who = role.practitioner.as_ref().and_then(|r| self.get(k, r, || format!("{path}.author")));
                if let Some((_, Resource::Practitioner(p))) = who {
                    m.insert("name".into(), json!(name_of(&p.name).unwrap_or_default()));
                    let telecom = if p.telecom.is_empty() { &role.telecom } else { &p.telecom };
                    put(&mut m, "contact", json!(contact_json(telecom, None)));
                } else {
                    m.insert("name".into(), json!(r.display.clone().unwrap_or_default()));
                }
                if let Some(org) = role.organization.as_ref().and_then(|r| self.get(k, r, || format!("{path}.author")))
                    && let Resource::Organization(o) = org.1
                {
                    put(&mut m, "organization", json!(o.name));
                }
            }
            Resource::Organization(o) => {
                m.insert("name".into(), json!(o.name.clone().unwrap_or_default()));
                m.insert("organization".into(), json!(o.name));
            }
            _ => {
                self.used[k] = false;
                return None;
            }
        }
        Some(Value::Object(m))
    }
}
