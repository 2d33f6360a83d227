//! How each support is billed: payer, authorization, unit of service and its rounding rule, procedure code and
//! modifiers, rate, place of service. [`BillingTerms`] has one field for each billing fact a support carries in
//! the plan format's version 2, so a plan's support maps onto it one to one.
//!
//! What a unit of service means (timed, per day, per month, counted) and how minutes round to units are data,
//! [`UnitRules`], shipped in `data/services/units-of-service.json` with their source and replaceable by an
//! agency with its health plan's rules.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::agency::Member;
use crate::model::{Id, LoadError, LoadOptions, deserialize_at, parse_limited};

/// The billing terms of one support.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BillingTerms {
    /// The support these terms bill (its `id` in the plan; service records name it).
    pub support_id: Id,
    /// The payer, as a key into the agency configuration's payers.
    pub payer: Id,
    /// The authorization, when the payer requires one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<Authorization>,
    /// The unit of service.
    pub unit: UnitOfService,
    /// The rounding rule (a key of the unit rules' `rounding`); the unit's default when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<String>,
    /// The procedure code and modifiers.
    pub procedure: Procedure,
    /// The rate per unit.
    pub rate: Money,
    /// The CMS place of service code (two digits), unless a record gives its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_of_service: Option<String>,
}

/// An authorization: its number, the period it covers and the units it allows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Authorization {
    /// The payer's authorization number.
    pub number: String,
    /// The first day it covers.
    pub start: NaiveDate,
    /// The last day it covers.
    pub end: NaiveDate,
    /// The units it allows over the whole period.
    pub units: u32,
}

impl Authorization {
    /// Whether `date` falls inside the authorized period (inclusive).
    pub fn covers(&self, date: NaiveDate) -> bool {
        (self.start..=self.end).contains(&date)
    }
}

/// A unit of service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub enum UnitOfService {
    /// Per 15 minutes.
    #[serde(rename = "15-minutes")]
    FifteenMinutes,
    /// Per hour.
    #[serde(rename = "hour")]
    Hour,
    /// Per diem.
    #[serde(rename = "day")]
    Day,
    /// Per meal.
    #[serde(rename = "meal")]
    Meal,
    /// Per month.
    #[serde(rename = "month")]
    Month,
    /// Per service.
    #[serde(rename = "service")]
    Service,
    /// Per session.
    #[serde(rename = "session")]
    Session,
    /// Per trip.
    #[serde(rename = "trip")]
    Trip,
    /// Per mile.
    #[serde(rename = "mile")]
    Mile,
}

impl UnitOfService {
    /// The unit's key in the unit rules file.
    pub fn key(self) -> &'static str {
        match self {
            UnitOfService::FifteenMinutes => "15-minutes",
            UnitOfService::Hour => "hour",
            UnitOfService::Day => "day",
            UnitOfService::Meal => "meal",
            UnitOfService::Month => "month",
            UnitOfService::Service => "service",
            UnitOfService::Session => "session",
            UnitOfService::Trip => "trip",
            UnitOfService::Mile => "mile",
        }
    }
}

/// A procedure code with its code system and up to four modifiers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Procedure {
    /// The code system.
    pub system: CodeSystem,
    /// The code, e.g. `H0043`.
    #[schemars(regex(pattern = r"^[A-Z0-9]{5}$"))]
    pub code: String,
    /// Up to four two-character modifiers, e.g. `["U6"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 4))]
    pub modifiers: Vec<String>,
}

/// A procedure code system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum CodeSystem {
    /// HCPCS Level II.
    #[serde(rename = "HCPCS")]
    Hcpcs,
    /// CPT (HCPCS Level I).
    #[serde(rename = "CPT")]
    Cpt,
}

/// An amount of money: an exact decimal and an ISO 4217 currency code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Money {
    /// The amount, written as a decimal string (`"22.50"`) so no binary rounding touches it.
    #[schemars(with = "String", regex(pattern = r"^[0-9]+(\.[0-9]+)?$"))]
    pub amount: Decimal,
    /// The currency, e.g. `USD`.
    #[schemars(regex(pattern = r"^[A-Z]{3}$"))]
    pub currency: String,
}

/// What an agency bills for one person: the member and the billing terms of their supports, read from JSON
/// (`{"member": {...}, "terms": [...]}`), with their checks. Until plans carry billing terms (format version 2),
/// this file holds them beside the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BillingFile {
    /// The member claims are for.
    pub member: Member,
    /// One entry per billed support.
    pub terms: Vec<BillingTerms>,
}

impl BillingFile {
    /// Reads a billing file from JSON and checks each terms entry: unique support ids, procedure code and
    /// modifiers well formed, a non-negative rate, a known rounding rule, an authorization that ends after it
    /// starts.
    pub fn from_json_slice(json: &[u8], rules: &UnitRules) -> Result<BillingFile, LoadError> {
        let file: BillingFile = deserialize_at(parse_limited(json, &LoadOptions::default())?)?;
        if file.member.diagnoses.is_empty() {
            return Err(LoadError::Invalid {
                path: "/member/diagnoses".into(),
                expected: "expected at least one ICD-10-CM diagnosis code".into(),
            });
        }
        let mut seen = std::collections::HashSet::new();
        for (i, t) in file.terms.iter().enumerate() {
            let invalid = |field: &str, expected: &str| LoadError::Invalid {
                path: format!("/terms/{i}/{field}"),
                expected: expected.into(),
            };
            if !seen.insert(t.support_id.as_str()) {
                return Err(LoadError::DuplicateId { path: format!("/terms/{i}/supportId"), kind: "support's terms" });
            }
            t.check(rules).map_err(|(field, expected)| invalid(field, expected))?;
        }
        Ok(file)
    }
}

impl BillingTerms {
    /// Checks what the types cannot; returns the failing field (a JSON Pointer below the terms) and what was
    /// expected there.
    pub fn check(&self, rules: &UnitRules) -> Result<(), (&'static str, &'static str)> {
        let p = &self.procedure;
        if p.code.len() != 5 || !p.code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
            return Err(("procedure/code", "expected a five-character HCPCS or CPT code in capitals and digits"));
        }
        if p.modifiers.len() > 4 {
            return Err(("procedure/modifiers", "expected at most four modifiers"));
        }
        if p.modifiers.iter().any(|m| m.len() != 2 || !m.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
        {
            return Err(("procedure/modifiers", "expected two-character modifiers in capitals and digits"));
        }
        if self.rate.amount.is_sign_negative() {
            return Err(("rate/amount", "expected a rate of 0 or more"));
        }
        if self.rate.currency.len() != 3 || !self.rate.currency.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(("rate/currency", "expected a three-letter ISO 4217 currency code"));
        }
        if self.rules(rules).is_none() {
            return Err(("rounding", "expected a rounding rule named in the unit rules"));
        }
        if let Some(a) = &self.authorization {
            if a.end < a.start {
                return Err(("authorization/end", "expected an end on or after the start"));
            }
            if a.number.is_empty() || a.number.len() > 50 {
                return Err(("authorization/number", "expected an authorization number of 1 to 50 characters"));
            }
        }
        if self.place_of_service.as_deref().is_some_and(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit())) {
            return Err(("placeOfService", "expected a two-digit CMS place of service code"));
        }
        Ok(())
    }

    /// The unit's rule and, for timed units, the rounding rule in effect; `None` when the rules do not know the
    /// unit or the rounding rule.
    pub fn rules<'r>(&self, rules: &'r UnitRules) -> Option<(&'r UnitRule, Option<&'r RoundingRule>)> {
        let unit = rules.units.get(self.unit.key())?;
        match unit.kind {
            UnitKind::Timed { .. } => {
                let name = self.rounding.as_deref().or(unit.rounding.as_deref())?;
                Some((unit, Some(rules.rounding.get(name)?)))
            }
            _ => Some((unit, None)),
        }
    }
}

/// What each unit of service means and how minutes round to units.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct UnitRules {
    /// The date of this version of the rules.
    pub version: String,
    /// Where the rules come from.
    pub source: String,
    /// Each unit of service by its key (`15-minutes`, `day`, …).
    pub units: BTreeMap<String, UnitRule>,
    /// Each rounding rule by its name.
    pub rounding: BTreeMap<String, RoundingRule>,
}

/// What one unit of service counts.
// No `deny_unknown_fields`: serde cannot combine it with the flattened `kind` (every field would be unknown).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct UnitRule {
    /// What the unit counts.
    #[serde(flatten)]
    pub kind: UnitKind,
    /// The default rounding rule, for timed units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rounding: Option<String>,
    /// The units a plan's authorization may name (`quarter-hour`, `visit`, …) that bill as this unit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plan_units: Vec<String>,
}

/// What a unit counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum UnitKind {
    /// Minutes, in units of `minutesPerUnit`.
    #[serde(rename_all = "camelCase")]
    Timed {
        /// Minutes in one unit.
        minutes_per_unit: u32,
    },
    /// One unit for each day with a service.
    PerDay,
    /// One unit for each calendar month with a service.
    PerMonth,
    /// The units recorded (meals, trips, miles…); a record without units counts one.
    Count,
}

/// How minutes round to units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoundingRule {
    /// The rule in words.
    pub description: String,
    /// The fewest minutes past the last whole unit that earn one more unit; none: partial units are dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_unit_minimum_minutes: Option<u32>,
    /// Whether minutes are added up over the day (per support) or rounded record by record.
    pub sum_minutes_over: SumOver,
}

/// What minutes are summed over before rounding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SumOver {
    /// Each record on its own.
    Record,
    /// All records of the day for the support.
    Day,
}

impl RoundingRule {
    /// The units `minutes` earn with `minutes_per_unit` minutes in a unit.
    ///
    /// ```
    /// # use pcplan::services::terms::UnitRules;
    /// let rule = &UnitRules::embedded().rounding["cms-8-minute"];
    /// assert_eq!([7, 8, 22, 23].map(|m| rule.units(m, 15)), [0, 1, 1, 2]);
    /// ```
    pub fn units(&self, minutes: u32, minutes_per_unit: u32) -> u32 {
        let per = minutes_per_unit.max(1);
        let whole = minutes / per;
        let rest = minutes % per;
        whole + u32::from(self.partial_unit_minimum_minutes.is_some_and(|min| rest > 0 && rest >= min))
    }
}

impl UnitRules {
    /// The unit of service a plan's unit bills as: the unit whose rule lists it in `planUnits`.
    pub fn billing_unit(&self, plan_unit: crate::model::ServiceUnit) -> Option<UnitOfService> {
        let name = crate::model::json_name(&plan_unit);
        let (key, _) = self.units.iter().find(|(_, rule)| rule.plan_units.contains(&name))?;
        crate::model::from_json_name(key)
    }

    /// The rules shipped with the library (`data/services/units-of-service.json`).
    pub fn embedded() -> &'static UnitRules {
        static RULES: OnceLock<UnitRules> = OnceLock::new();
        RULES.get_or_init(|| {
            // The shipped file is checked by the tests; a broken build of it is a bug, not input.
            UnitRules::from_json_slice(include_bytes!("../../data/services/units-of-service.json"))
                .expect("the embedded unit rules are valid")
        })
    }

    /// Reads an agency's unit rules, checking that every timed unit has a positive length and a known default
    /// rounding rule.
    pub fn from_json_slice(json: &[u8]) -> Result<UnitRules, LoadError> {
        let rules: UnitRules = deserialize_at(parse_limited(json, &LoadOptions::default())?)?;
        for (key, unit) in &rules.units {
            if let UnitKind::Timed { minutes_per_unit } = unit.kind {
                let path = |field: &str| format!("/units/{key}/{field}");
                if minutes_per_unit == 0 {
                    return Err(LoadError::Invalid {
                        path: path("minutesPerUnit"),
                        expected: "expected 1 minute or more".into(),
                    });
                }
                if !unit.rounding.as_ref().is_some_and(|r| rules.rounding.contains_key(r)) {
                    return Err(LoadError::Invalid {
                        path: path("rounding"),
                        expected: "expected the name of a rounding rule in /rounding".into(),
                    });
                }
            }
        }
        Ok(rules)
    }
}

/// What a plan lacks for billing (a paid support's terms, the member of a claim): where in the plan (a JSON
/// Pointer) and what billing needs there. Never a value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TermsGap {
    /// The JSON Pointer of what is missing or unusable, e.g. `/supports/2/ratePerUnit`.
    pub path: String,
    /// What was expected there.
    pub expected: &'static str,
}

/// The billing terms a plan's paid supports carry (plan format version 2): procedure code and modifiers, the
/// authorization's unit, number, period and units, rate and currency, place of service. The payer is the
/// agency's payer whose name or key is the authorization's `payer` (or the agency's only payer when the
/// support has no authorization). Unpaid supports are not billed; a paid support that lacks what billing
/// needs gives a [`TermsGap`] instead of terms, so nothing is billed on a guess.
///
/// ```
/// use pcplan::services::{agency::AgencyConfig, terms::{UnitRules, terms_from_plan}};
/// let plan = pcplan::model::Plan::from_json_str(include_str!("../../tests/fixtures/copies.json")).unwrap();
/// let agency = AgencyConfig::from_json_slice(include_bytes!("../../../../examples/services/agency.json")).unwrap();
/// let (terms, gaps) = terms_from_plan(&plan, &agency, UnitRules::embedded());
/// // The fixture's support is authorized by a health plan the agency does not bill: billing says where.
/// assert!(terms.is_empty());
/// assert_eq!(gaps[0].path, "/supports/0/authorization/payer");
/// ```
pub fn terms_from_plan(
    plan: &crate::model::Plan,
    agency: &super::agency::AgencyConfig,
    rules: &UnitRules,
) -> (Vec<BillingTerms>, Vec<TermsGap>) {
    let mut terms = Vec::new();
    let mut gaps = Vec::new();
    for (i, support) in plan.supports.iter().enumerate().filter(|(_, s)| s.paid) {
        match support_terms(support, agency, rules) {
            Ok(t) => terms.push(t),
            Err((field, expected)) => gaps.push(TermsGap { path: format!("/supports/{i}/{field}"), expected }),
        }
    }
    (terms, gaps)
}

type Gap = (&'static str, &'static str);

fn support_terms(
    s: &crate::model::Support,
    agency: &super::agency::AgencyConfig,
    rules: &UnitRules,
) -> Result<BillingTerms, Gap> {
    let code =
        s.code.as_ref().ok_or(("code", "expected the procedure code (HCPCS or CPT) the support is billed under"))?;
    let system = match code.system.to_ascii_uppercase().as_str() {
        "HCPCS" => CodeSystem::Hcpcs,
        "CPT" => CodeSystem::Cpt,
        _ => return Err(("code/system", "expected HCPCS or CPT, the code systems a professional claim carries")),
    };
    let auth = s.authorization.as_ref();
    let payer = agency
        .payer_of(s)
        .ok_or(("authorization/payer", "expected the name, alias or key of a payer in the agency configuration"))?;
    let unit = auth
        .and_then(|a| a.unit)
        .ok_or(("authorization/unit", "expected the unit of service the support is billed in"))?;
    let unit = rules.billing_unit(unit).ok_or((
        "authorization/unit",
        "expected a unit the unit rules bill (their `planUnits`), such as a quarter hour, a day or a meal",
    ))?;
    let authorization = match auth.and_then(|a| a.number.as_ref().map(|number| (a, number))) {
        None => None,
        Some((a, number)) => {
            let period =
                a.period.as_ref().ok_or(("authorization/period", "expected the days the authorization covers"))?;
            let end =
                period.end.ok_or(("authorization/period/end", "expected the last day the authorization covers"))?;
            let units = a.units.ok_or(("authorization/units", "expected how many units are authorized"))?;
            if units < 0.0 || units.fract() != 0.0 || units > f64::from(u32::MAX) {
                return Err(("authorization/units", "expected a whole number of authorized units"));
            }
            // Checked just above: a whole number within u32.
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let units = units as u32;
            Some(Authorization { number: number.clone(), start: period.start, end, units })
        }
    };
    let rate = s.rate_per_unit.ok_or(("ratePerUnit", "expected the rate per unit of service"))?;
    // The shortest decimal that reads back as the same f64 is what the plan's author wrote ("28.18").
    let amount: Decimal = rate.to_string().parse().map_err(|_| ("ratePerUnit", "expected a decimal rate"))?;
    let currency = s.currency.as_ref().ok_or(("currency", "expected the currency of the rate, such as USD"))?;
    let terms = BillingTerms {
        support_id: s.id.clone(),
        payer: payer.key.clone(),
        authorization,
        unit,
        rounding: None,
        procedure: Procedure {
            system,
            code: code.code.clone(),
            modifiers: code.modifiers.iter().map(|m| m.as_str().to_owned()).collect(),
        },
        rate: Money { amount, currency: currency.as_str().to_owned() },
        place_of_service: s.place_of_service.as_ref().map(|p| p.as_str().to_owned()),
    };
    terms.check(rules).map_err(|(field, expected)| match field {
        "procedure/code" => ("code/code", expected),
        "procedure/modifiers" => ("code/modifiers", expected),
        "rate/amount" => ("ratePerUnit", expected),
        "rate/currency" => ("currency", expected),
        "placeOfService" => ("placeOfService", expected),
        _ => ("authorization", expected),
    })?;
    Ok(terms)
}
