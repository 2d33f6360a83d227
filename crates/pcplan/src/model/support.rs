//! Paid and unpaid (natural) supports, with type, scope, amount, duration and frequency; service codes and
//! authorizations.

use std::borrow::Cow;
use std::str::FromStr;

use chrono::NaiveDate;
use schemars::JsonSchema;
use schemars::{Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};
use serde::{Deserializer, Serializer};

use super::{BackupPlan, Confidential, Id, LocalizedText, Period, Schedule};

/// A paid service or an unpaid (natural) support (HCBS (b)(5); 42 CFR 441.468; eLTSS 40–51, 54–56).
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Support {
    /// Stable id.
    pub id: Id,
    /// Paid (funded service) or unpaid (natural support from family, friends, community).
    pub paid: bool,
    /// The service or support name (eLTSS 40).
    pub name: LocalizedText,
    /// The procedure code with its system and modifiers, e.g. HCPCS G9008 U1 (eLTSS 40); checked against the
    /// loaded code sets by rule S18.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<ServiceCode>,
    /// What the support does, in plain words (eLTSS 45).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalizedText>,
    /// Who provides it (eLTSS 54–56).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<Provider>,
    /// How much and how often (eLTSS 47–49), with the meaning of FHIR `Timing.repeat`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// First day of the support (eLTSS 42).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<NaiveDate>,
    /// Last day of the support, if it ends (eLTSS 43).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// Where it happens (eLTSS 44): the person's home, a clinic, a food pantry. Documents say "not recorded" when
    /// it is absent, never a guessed place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<LocalizedText>,
    /// Who pays, e.g. "Medi-Cal (IHSS)" (eLTSS 46).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub funding_source: Option<String>,
    /// The person chose to self-direct this service (eLTSS 41).
    #[serde(default)]
    pub self_directed: bool,
    /// How the person wants it delivered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery_preferences: Option<LocalizedText>,
    /// The person's health or safety depends on this service arriving (rule S12 then requires a backup plan).
    #[serde(default)]
    pub critical: bool,
    /// What happens when this support does not arrive, when it needs its own backup besides the plan's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backup: Option<BackupPlan>,
    /// Rate per unit of service, in `currency` (eLTSS 50).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate_per_unit: Option<f64>,
    /// The currency of `ratePerUnit`, an ISO 4217 code such as `USD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<CurrencyCode>,
    /// Where the service is given, as a CMS place-of-service code (two digits: `12` home, `99` other).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place_of_service: Option<PlaceOfService>,
    /// The health plan's authorization of this service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization: Option<Authorization>,
    /// Goals this support helps reach.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goal_ids: Vec<Id>,
    /// Needs this support addresses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub need_ids: Vec<Id>,
    /// Marks this support confidential: it reaches only the person and the recipients its mark lists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidential: Option<Confidential>,
}

/// A procedure code for a service, with its system and modifiers.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ServiceCode {
    /// The coding system, e.g. "HCPCS" or "CPT".
    pub system: String,
    /// The code, e.g. "G9008" or "T1019".
    pub code: String,
    /// Up to four modifiers, in billing order (e.g. "U1" for an ECM service, "HK" for a specialized population).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub modifiers: Vec<Modifier>,
}

/// A procedure-code modifier: two capital letters or digits ("U1", "HK", "95").
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Modifier(String);

/// A two-letter-or-digit code type (modifier, place of service) read with one message per kind.
macro_rules! short_code {
    ($ty:ident, $len:literal, $valid:expr, $expected:literal, $pattern:literal) => {
        impl $ty {
            /// The code as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl FromStr for $ty {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let valid: fn(u8) -> bool = $valid;
                if s.len() == $len && s.bytes().all(valid) { Ok($ty(s.to_owned())) } else { Err($expected.into()) }
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                Cow::<str>::deserialize(d)?.parse().map_err(serde::de::Error::custom)
            }
        }

        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({ "type": "string", "pattern": $pattern, "description": $expected })
            }
        }
    };
}

short_code!(
    Modifier,
    2,
    |b| b.is_ascii_uppercase() || b.is_ascii_digit(),
    "expected a modifier of two capital letters or digits, such as \"U1\" or \"HK\"",
    "^[A-Z0-9]{2}$"
);

/// An ISO 4217 currency code ("USD").
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct CurrencyCode(String);

short_code!(
    CurrencyCode,
    3,
    |b| b.is_ascii_uppercase(),
    "expected an ISO 4217 currency code of three capital letters, such as \"USD\"",
    "^[A-Z]{3}$"
);

/// A CMS place-of-service code: two digits ("12" home, "99" other place).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PlaceOfService(String);

short_code!(
    PlaceOfService,
    2,
    |b| b.is_ascii_digit(),
    "expected a CMS place-of-service code of two digits, such as \"12\" (home)",
    "^[0-9]{2}$"
);

/// A health plan's authorization of a service: who authorized it, its number, period and units.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Authorization {
    /// The payer: the health plan (e.g. "CalViva Health") or program that authorized the service.
    pub payer: String,
    /// The authorization (prior authorization, treatment authorization request) number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The days the authorization covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// How many units are authorized over the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<f64>,
    /// The unit of service the authorized units count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ServiceUnit>,
}

/// The provider of a support.
#[derive(Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Provider {
    /// Agency name for paid services; first and last name for unpaid supports (eLTSS 54).
    pub name: String,
    /// Phone (eLTSS 55).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// Relationship to the person for an unpaid support, e.g. "sister", "neighbor" (eLTSS 56).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<String>,
    /// The provider's entry on the team, if they are on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_member_id: Option<Id>,
}

/// Units of service (eLTSS 48).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceUnit {
    /// Minutes.
    Minute,
    /// Quarter hours (15 minutes).
    QuarterHour,
    /// Hours.
    Hour,
    /// Half days.
    HalfDay,
    /// Days.
    Day,
    /// Visits.
    Visit,
    /// Sessions.
    Session,
    /// Meals.
    Meal,
    /// Trips (one way).
    Trip,
    /// Miles.
    Mile,
    /// Dollars.
    Dollar,
    /// Items.
    Item,
    /// Months (a monthly service such as a care management month).
    Month,
    /// One whole service, however long (a deposit, a move).
    Service,
}

/// The interval a quantity of service is counted over (eLTSS 49): version 1's `interval`, and the simple view
/// of a [`Schedule`] ([`Schedule::interval`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceInterval {
    /// Per day.
    Day,
    /// Per week.
    Week,
    /// Per month.
    Month,
    /// Per year.
    Year,
    /// Once, not repeating.
    OneTime,
    /// When the person asks for it.
    AsNeeded,
}
