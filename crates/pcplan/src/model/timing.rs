//! A support's amount and rhythm, with the meaning of FHIR `Timing.repeat` (R4 §6.1.0.13).

use std::borrow::Cow;
use std::fmt;
use std::num::NonZeroU32;

use chrono::NaiveTime;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ServiceInterval, ServiceUnit};

/// How much of a support the person gets and how often: "8 hours a month", "every other Tuesday at 10:00",
/// "2 meals a day for 12 weeks", "as needed, up to 4 trips a month", "one time".
///
/// The fields mean what FHIR `Timing.repeat` means: `every` and `periodUnit` are `period` and `periodUnit`,
/// `daysOfWeek` is `dayOfWeek`, `timesOfDay` is `timeOfDay`, `for` is `boundsDuration`, `once` is `count = 1`,
/// and `asNeeded` is Dosage's `asNeeded` (then `amount` is the most the person may use in a period).
///
/// ```
/// use pcplan::model::{PeriodUnit, Schedule};
/// let s: Schedule = serde_json::from_str(
///     r#"{ "amount": { "value": 1, "unit": "session" }, "every": 2, "periodUnit": "week", "daysOfWeek": ["tue"] }"#,
/// ).unwrap();
/// assert_eq!(s.period(), Some((2, PeriodUnit::Week)));
/// ```
#[derive(Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Schedule {
    /// How many units in each period (eLTSS 47–48): "8 hours" a month, "2 meals" a day. With `asNeeded`, the most
    /// the person may use in a period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<Quantity>,
    /// Repeats every this many periods (FHIR `period`): 2 with `periodUnit: week` is every other week. Absent
    /// means every period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Count>,
    /// The period the amount is counted over and the rhythm repeats in (eLTSS 49; FHIR `periodUnit`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period_unit: Option<PeriodUnit>,
    /// Days of the week it happens on (FHIR `dayOfWeek`), Monday first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days_of_week: Vec<Weekday>,
    /// Times of day it happens at, written `HH:MM` on a 24-hour clock (FHIR `timeOfDay`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub times_of_day: Vec<TimeOfDay>,
    /// How long the schedule lasts from the support's start, e.g. 12 weeks of meals (FHIR `boundsDuration`).
    #[serde(default, rename = "for", skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    /// Given when the person asks for it, up to `amount` a period (FHIR Dosage `asNeeded`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub as_needed: bool,
    /// Given one time only (FHIR `count` = 1): a deposit, a one-time purchase.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub once: bool,
}

impl Schedule {
    /// The repeat period, `(every, unit)`, when the schedule repeats on one.
    pub fn period(&self) -> Option<(u32, PeriodUnit)> {
        self.period_unit.map(|u| (self.every.map_or(1, Count::get), u))
    }

    /// The simple view of version 1: `one-time`, `as-needed`, or the period when it repeats every period.
    /// `None` for "every 2 weeks" and other rhythms version 1 could not say, and for no rhythm.
    pub fn interval(&self) -> Option<ServiceInterval> {
        if self.once {
            return Some(ServiceInterval::OneTime);
        }
        if self.as_needed {
            return Some(ServiceInterval::AsNeeded);
        }
        match self.period()? {
            (1, PeriodUnit::Day) => Some(ServiceInterval::Day),
            (1, PeriodUnit::Week) => Some(ServiceInterval::Week),
            (1, PeriodUnit::Month) => Some(ServiceInterval::Month),
            (1, PeriodUnit::Year) => Some(ServiceInterval::Year),
            _ => None,
        }
    }

    /// Whether the schedule says nothing at all.
    pub fn is_empty(&self) -> bool {
        *self == Schedule::default()
    }
}

/// An amount of service: a number of units. Both parts are optional so that a draft can say one before the
/// other; rule S6 asks for both on a paid support.
#[derive(Clone, Copy, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Quantity {
    /// How many units, e.g. 8 or 1.5 (eLTSS 47).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The unit of service (eLTSS 48).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ServiceUnit>,
}

/// A length of time: 12 weeks, 6 months.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Duration {
    /// How many periods (1 or more).
    pub value: Count,
    /// Of what.
    pub unit: PeriodUnit,
}

/// A whole number of 1 or more: "every 0 weeks" is refused when the plan is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Count(NonZeroU32);

impl Count {
    /// `None` for 0.
    pub fn new(n: u32) -> Option<Count> {
        NonZeroU32::new(n).map(Count)
    }

    /// The number.
    pub fn get(self) -> u32 {
        self.0.get()
    }
}

impl Serialize for Count {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_u32(self.get())
    }
}

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Read any number so the message is ours ("every 0 weeks", "every 1.5 weeks", "every -1 weeks").
        let n = serde_json::Number::deserialize(d)?;
        n.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .and_then(Count::new)
            .ok_or_else(|| serde::de::Error::custom("expected a whole number of 1 or more"))
    }
}

impl JsonSchema for Count {
    fn schema_name() -> Cow<'static, str> {
        "Count".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "integer",
            "minimum": 1,
            "maximum": u32::MAX,
            "description": "A whole number of 1 or more."
        })
    }
}

/// The period of a schedule (FHIR `periodUnit`: `d`, `wk`, `mo`, `a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum PeriodUnit {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// A day of the week (FHIR `days-of-week` codes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

/// A time of day, written `HH:MM` (24-hour clock).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay(NaiveTime);

impl TimeOfDay {
    /// The time.
    pub fn time(self) -> NaiveTime {
        self.0
    }
}

impl From<NaiveTime> for TimeOfDay {
    fn from(t: NaiveTime) -> Self {
        TimeOfDay(t)
    }
}

impl fmt::Debug for TimeOfDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TimeOfDay({})", self.0.format("%H:%M"))
    }
}

impl Serialize for TimeOfDay {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%H:%M"))
    }
}

impl<'de> Deserialize<'de> for TimeOfDay {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        let ok = s.len() == 5 && s.as_bytes()[2] == b':';
        ok.then(|| NaiveTime::parse_from_str(&s, "%H:%M").ok())
            .flatten()
            .map(TimeOfDay)
            .ok_or_else(|| serde::de::Error::custom("expected a time of day written HH:MM (24-hour clock)"))
    }
}

impl JsonSchema for TimeOfDay {
    fn schema_name() -> Cow<'static, str> {
        "TimeOfDay".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            "description": "A time of day, HH:MM on a 24-hour clock."
        })
    }
}
