//! Monitoring a plan's implementation: for a period, each support's planned, authorized and delivered amounts
//! side by side, with coded findings (`SM1`–`SM6`, and the billing computation's `SV` findings on authorized
//! units) for services delivered well below or above the plan, outside the support's dates or its
//! authorization, without a required authorization, not in the plan at all, or with a gap longer than the
//! schedule allows.
//!
//! The plan says how much and how often ([`Schedule`]); the records say what happened. Amounts are compared
//! in the plan's own unit (hours, visits, meals), so "8 hours a month" is measured in hours whatever the
//! billing unit; authorized units are counted in the unit of service by the same code as claims
//! ([`compute_lines`]), so monitoring and billing never disagree on what is left of an authorization.
//!
//! ```
//! use pcplan::services::{agency::AgencyConfig, monitor::{MonitorOptions, monitor}, records::ServiceRecords};
//! use pcplan::services::terms::UnitRules;
//! let plan = pcplan::model::Plan::from_json_str(include_str!("../../../../examples/plans/hcbs-vi-lan.json")).unwrap();
//! let agency = AgencyConfig::from_json_slice(include_bytes!("../../../../examples/services/agency.json")).unwrap();
//! let records = ServiceRecords::from_json_str(r#"{"schemaVersion": 1, "records": [
//!     {"date": "2026-10-05", "supportId": "support-1", "minutes": 180, "mode": "in-person", "personPresent": true}
//! ]}"#).unwrap();
//! let options = MonitorOptions::for_period("2026-10-01".parse().unwrap(), "2026-10-31".parse().unwrap());
//! let m = monitor(&plan, &records, &agency, UnitRules::embedded(), &options);
//! let care = &m.supports[0];
//! assert_eq!(care.planned, Some(39.0 * 4.0)); // 12 quarter-hours on each of October's 13 Mondays, Wednesdays, Fridays
//! assert_eq!(care.delivered, 12.0);
//! assert!(m.findings.iter().any(|f| f.code == "SM3")); // well below the plan
//! assert!(m.findings.iter().any(|f| f.code == "SM6")); // weeks without a visit
//! ```

use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use super::agency::AgencyConfig;
use super::finding::ServiceFinding;
use super::lines::{Billing, BillingOptions, compute_lines};
use super::records::{ServiceRecord, ServiceRecords};
use super::terms::{UnitKind, UnitOfService, UnitRules, terms_from_plan};
use crate::model::{Id, PeriodUnit, Plan, Schedule, ServiceUnit, Support, Weekday};

/// What to monitor, and how much deviation from the plan is worth a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MonitorOptions {
    /// The first day of the period.
    pub from: NaiveDate,
    /// The last day of the period.
    pub to: NaiveDate,
    /// Delivered below the plan by more than this percentage is finding `SM3` (default 25).
    pub below_plan_percent: u32,
    /// Delivered above the plan (or an as-needed maximum) by more than this percentage is finding `SM4`
    /// (default 25).
    pub above_plan_percent: u32,
    /// This many scheduled times in a row without a service is finding `SM6` (default 3: a weekly service with
    /// no visit for three weeks, an every-other-Tuesday service with none for six).
    pub missed_in_a_row: u32,
    /// Units already billed against each support's authorization before the period, by support id.
    pub units_used_before: HashMap<String, u32>,
}

impl MonitorOptions {
    /// Monitors `from..=to` with the default tolerances.
    pub fn for_period(from: NaiveDate, to: NaiveDate) -> MonitorOptions {
        MonitorOptions {
            from,
            to,
            below_plan_percent: 25,
            above_plan_percent: 25,
            missed_in_a_row: 3,
            units_used_before: HashMap::new(),
        }
    }
}

/// The result of monitoring: one row per support of the plan, the findings, and the authorized units used.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Monitoring {
    /// The first day of the period.
    pub from: NaiveDate,
    /// The last day of the period.
    pub to: NaiveDate,
    /// One row per support, in the plan's order.
    pub supports: Vec<SupportUse>,
    /// Findings: those on records in record order, then those on supports in the plan's order.
    pub findings: Vec<ServiceFinding>,
}

impl Monitoring {
    /// Whether a finding has error severity.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == crate::validate::Severity::Error)
    }
}

/// One support over the period: planned, authorized and delivered side by side.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SupportUse {
    /// The support's index in the plan (`/supports/N`).
    pub index: usize,
    /// The support's id.
    pub support_id: Id,
    /// Paid or unpaid.
    pub paid: bool,
    /// Whether these records keep track of the support: one of them names it, or it is a paid support with a
    /// procedure code and an authorization (one the agency bills). Only a tracked support is found below its
    /// plan or with a gap: a family member's help or another agency's service is not in these records.
    pub tracked: bool,
    /// The plan's unit for this support, which `planned`, `most` and `delivered` count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<ServiceUnit>,
    /// What the schedule plans over the days of the period the support runs, when it says an amount and a
    /// rhythm (not for as-needed or one-time supports).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub planned: Option<f64>,
    /// For an as-needed support, the most the schedule allows over the period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub most: Option<f64>,
    /// What was delivered in the period, in `unit` (a count of services when the plan gives no unit).
    pub delivered: f64,
    /// How many service records fell in the period.
    pub services: u32,
    /// The last day of service in the period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_service: Option<NaiveDate>,
    /// The authorization, when the support has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization: Option<AuthorizedUse>,
    /// Whether `delivered` measures time (minutes, quarter-hours, hours) rather than counting services or days.
    pub timed: bool,
    /// The scheduled times in the period (each day or period the schedule names, fully inside the period).
    pub scheduled_times: u32,
    /// The most scheduled times in a row with no service.
    pub longest_missed: u32,
    /// Delivered against the plan, as the findings judge it (`SM3`, `SM4`, and the tolerances).
    pub pace: Pace,
    /// The scheduled times missed in a row, when that is finding `SM6`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<u32>,
}

/// Delivered against the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Pace {
    /// Below the plan by more than the tolerance (`SM3`).
    Below,
    /// Above the plan or an as-needed maximum by more than the tolerance (`SM4`).
    Above,
    /// Within the tolerance of the plan.
    AsPlanned,
    /// Nothing to compare with: no amount or rhythm, as needed and within the maximum, one time only, or a
    /// support these records do not track.
    Unknown,
}

impl SupportUse {
    /// Delivered as a whole percentage of planned, when there is a plan to compare with.
    pub fn percent_of_plan(&self) -> Option<u64> {
        let planned = self.planned.filter(|p| *p > 0.0)?;
        Some((self.delivered / planned * 100.0).round() as u64)
    }
}

/// An authorization and how much of it the period used.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthorizedUse {
    /// The authorization number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// The first and last day it covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// The last day it covers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// The units it allows over its whole period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<f64>,
    /// The unit of service it counts, and that `used` and `remaining` count.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<UnitOfService>,
    /// Units used before the period (the caller's figure).
    pub used_before: u32,
    /// Units the period's services come to, by the unit's rounding rule (beyond the authorization included).
    pub used: u32,
    /// Units left after the period (0 when the period went beyond).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<u32>,
}

/// Monitors `plan`'s supports against `records` over `options`' period.
///
/// `agency` says which payers require an authorization (finding `SM5`) and lets paid supports' billing terms
/// be formed, so authorized units are counted as a claim would count them; `rules` are the units of service.
pub fn monitor(
    plan: &Plan,
    records: &ServiceRecords,
    agency: &AgencyConfig,
    rules: &UnitRules,
    options: &MonitorOptions,
) -> Monitoring {
    let index: HashMap<&str, usize> = plan.supports.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect();
    let row = |i: usize| records.csv_lines.get(i).copied();
    let mut findings = Vec::new();
    let mut by_support: Vec<Vec<&ServiceRecord>> = vec![Vec::new(); plan.supports.len()];
    let mut named = vec![false; plan.supports.len()];
    for (i, r) in records.records.iter().enumerate() {
        let Some(&s) = index.get(r.support_id.as_str()) else {
            findings.push(ServiceFinding::new("not-in-plan", i, row(i)));
            continue;
        };
        named[s] = true;
        if r.date < options.from || r.date > options.to {
            continue;
        }
        let support = &plan.supports[s];
        let before = support.start_date.is_some_and(|d| r.date < d);
        let after = support.end_date.is_some_and(|d| r.date > d) || schedule_end(support).is_some_and(|d| r.date > d);
        if before || after {
            findings.push(ServiceFinding::new("outside-support-dates", i, row(i)));
        }
        by_support[s].push(r);
    }

    // Authorized units, counted as a claim counts them; units beyond are counted too (and found), not capped.
    let (terms, _) = terms_from_plan(plan, agency, rules);
    let mut billing_options = BillingOptions::for_period(options.from, options.to);
    billing_options.allow_over_authorization = true;
    billing_options.units_used_before = options.units_used_before.clone();
    let billing = compute_lines(records, &terms, rules, &billing_options);
    let authorization_findings = billing.findings.iter().filter(|f| {
        matches!(f.code, "SV3" | "SV5" | "SV6")
            && records.records.get(record_index(f)).is_some_and(|r| index.contains_key(r.support_id.as_str()))
    });
    findings.extend(authorization_findings.cloned());

    let mut supports = Vec::with_capacity(plan.supports.len());
    let mut support_findings = Vec::new();
    for (i, support) in plan.supports.iter().enumerate() {
        let delivered_records = &by_support[i];
        let tracked = named[i] || (support.paid && support.code.is_some() && support.authorization.is_some());
        let mut usage = support_use((i, support), plan, delivered_records, tracked, rules, &billing, options);
        let schedule = support.schedule.as_ref();
        if let Some(percent) = usage.percent_of_plan().filter(|_| tracked) {
            usage.pace = if percent + u64::from(options.below_plan_percent) < 100 {
                support_findings.push(ServiceFinding::on_support("below-plan", i).arg("percent", percent));
                Pace::Below
            } else if percent > 100 + u64::from(options.above_plan_percent) {
                support_findings.push(ServiceFinding::on_support("above-plan", i).arg("percent", percent));
                Pace::Above
            } else {
                Pace::AsPlanned
            };
        }
        if let Some(most) = usage.most.filter(|m| *m > 0.0 && tracked) {
            let percent = (usage.delivered / most * 100.0).round() as u64;
            if percent > 100 + u64::from(options.above_plan_percent) {
                support_findings.push(ServiceFinding::on_support("above-plan", i).arg("percent", percent));
                usage.pace = Pace::Above;
            }
        }
        let needs_authorization = support.paid
            && support.code.is_some()
            && requires_authorization(support, agency)
            && support.authorization.as_ref().is_none_or(|a| a.number.is_none());
        if needs_authorization && !delivered_records.is_empty() {
            support_findings.push(ServiceFinding::on_support("missing-authorization", i));
        }
        if tracked
            && usage.longest_missed >= options.missed_in_a_row
            && schedule.is_some_and(|s| !s.as_needed && !s.once)
        {
            support_findings.push(
                ServiceFinding::on_support("long-gap", i)
                    .arg("missed", u64::from(usage.longest_missed))
                    .arg("scheduled", u64::from(usage.scheduled_times)),
            );
            usage.gap = Some(usage.longest_missed);
        }
        supports.push(usage);
    }
    findings.sort_by_key(record_index);
    findings.extend(support_findings);
    Monitoring { from: options.from, to: options.to, supports, findings }
}

fn record_index(f: &ServiceFinding) -> usize {
    f.path.trim_start_matches("/records/").parse::<usize>().unwrap_or(usize::MAX)
}

/// Whether the support's payer requires an authorization: the payer its authorization names, or, for a support
/// with none, every payer of the agency (which one would pay is not known, and each one requires it).
fn requires_authorization(support: &Support, agency: &AgencyConfig) -> bool {
    match agency.payer_of(support) {
        Some(payer) => payer.requires_authorization,
        None => {
            support.authorization.is_none()
                && !agency.payers.is_empty()
                && agency.payers.iter().all(|p| p.requires_authorization)
        }
    }
}

/// The last day the schedule runs, when it lasts a bounded time from the support's start.
fn schedule_end(support: &Support) -> Option<NaiveDate> {
    let duration = support.schedule.as_ref()?.duration?;
    let start = support.start_date?;
    let n = duration.value.get();
    let end = match duration.unit {
        PeriodUnit::Day => start.checked_add_days(Days::new(u64::from(n))),
        PeriodUnit::Week => start.checked_add_days(Days::new(7 * u64::from(n))),
        PeriodUnit::Month => start.checked_add_months(Months::new(n)),
        PeriodUnit::Year => start.checked_add_months(Months::new(n.saturating_mul(12))),
    }?;
    end.pred_opt()
}

fn support_use(
    (index, support): (usize, &Support),
    plan: &Plan,
    delivered: &[&ServiceRecord],
    tracked: bool,
    rules: &UnitRules,
    billing: &Billing,
    options: &MonitorOptions,
) -> SupportUse {
    let schedule = support.schedule.as_ref();
    let unit = schedule.and_then(|s| s.amount).and_then(|a| a.unit);
    let amount = schedule.and_then(|s| s.amount).and_then(|a| a.value).filter(|v| v.is_finite() && *v >= 0.0);
    // The days of the period the support runs.
    let start = [Some(options.from), support.start_date, Some(plan.effective_period.start)].into_iter().flatten().max();
    let end = [Some(options.to), support.end_date, schedule_end(support), plan.effective_period.end]
        .into_iter()
        .flatten()
        .min();
    let active = match (start, end) {
        (Some(s), Some(e)) if s <= e => Some((s, e)),
        _ => None,
    };
    let anchor = support.start_date.unwrap_or(plan.effective_period.start);
    let (mut planned, mut most) = (None, None);
    let (mut scheduled_times, mut longest_missed) = (0, 0);
    if let (Some(schedule), Some((start, end))) = (schedule, active) {
        let per_period = amount.map(|a| a * periods(schedule, anchor, start, end));
        if schedule.as_needed {
            most = per_period;
        } else if !schedule.once {
            planned = per_period;
            let slots = scheduled_slots(schedule, anchor, start, end);
            scheduled_times = slots.len().saturating_sub(1) as u32;
            longest_missed = longest_run_missed(&slots, delivered);
        }
    } else if let Some(schedule) = schedule
        && !schedule.as_needed
        && !schedule.once
        && schedule.period_unit.is_some()
    {
        // The support does not run in the period: nothing is planned.
        planned = amount.map(|_| 0.0);
    }
    let authorization = support.authorization.as_ref().map(|a| {
        let used_before = options.units_used_before.get(support.id.as_str()).copied().unwrap_or(0);
        let used: u32 = billing.lines.iter().filter(|l| l.support_id == support.id).map(|l| l.units).sum();
        let unit = a.unit.and_then(|u| rules.billing_unit(u));
        AuthorizedUse {
            number: a.number.clone(),
            start: a.period.as_ref().map(|p| p.start),
            end: a.period.as_ref().and_then(|p| p.end),
            units: a.units,
            unit,
            used_before,
            used,
            remaining: a.units.map(|u| (u.max(0.0).floor() as u32).saturating_sub(used_before).saturating_sub(used)),
        }
    });
    SupportUse {
        index,
        support_id: support.id.clone(),
        paid: support.paid,
        tracked,
        unit,
        planned,
        most,
        delivered: delivered_amount(unit, delivered, rules),
        timed: matches!(unit_kind(unit, rules), Some(UnitKind::Timed { .. })),
        services: delivered.len() as u32,
        last_service: delivered.iter().map(|r| r.date).max(),
        authorization,
        scheduled_times,
        longest_missed,
        pace: Pace::Unknown,
        gap: None,
    }
}

/// What the plan's unit counts, by the unit rules (minutes are timed by definition).
fn unit_kind(unit: Option<ServiceUnit>, rules: &UnitRules) -> Option<UnitKind> {
    match unit? {
        ServiceUnit::Minute => Some(UnitKind::Timed { minutes_per_unit: 1 }),
        u => rules.billing_unit(u).and_then(|b| rules.units.get(b.key())).map(|r| r.kind),
    }
}

/// What `records` come to in the plan's `unit`: minutes over the unit's length for timed units, distinct
/// days or months for per-day and per-month units, else units (1 for a record that gives none).
fn delivered_amount(unit: Option<ServiceUnit>, records: &[&ServiceRecord], rules: &UnitRules) -> f64 {
    let kind = unit_kind(unit, rules);
    let counted = || records.iter().map(|r| f64::from(r.units.unwrap_or(1))).sum::<f64>();
    match kind {
        Some(UnitKind::Timed { minutes_per_unit }) => records
            .iter()
            .map(|r| match (r.minutes, r.units) {
                (Some(m), _) => f64::from(m) / f64::from(minutes_per_unit),
                (None, Some(u)) => f64::from(u),
                (None, None) => 0.0,
            })
            .sum(),
        Some(UnitKind::PerDay) => records.iter().map(|r| r.date).collect::<BTreeSet<_>>().len() as f64,
        Some(UnitKind::PerMonth) => {
            records.iter().map(|r| (r.date.year(), r.date.month())).collect::<BTreeSet<_>>().len() as f64
        }
        Some(UnitKind::Count) | None => counted(),
    }
}

/// How many of the schedule's periods `start..=end` spans (fractions for part periods; calendar months for
/// months). A schedule with days of the week and no period counts each scheduled day as one period.
fn periods(schedule: &Schedule, anchor: NaiveDate, start: NaiveDate, end: NaiveDate) -> f64 {
    let days = (end - start).num_days() as f64 + 1.0;
    let every = f64::from(schedule.every.map_or(1, |c| c.get()));
    match schedule.period_unit {
        Some(PeriodUnit::Day) => days / every,
        Some(PeriodUnit::Week) => days / 7.0 / every,
        Some(PeriodUnit::Month) => month_fractions(start, end) / every,
        Some(PeriodUnit::Year) => days / 365.2425 / every,
        None => scheduled_days(schedule, anchor, start, end).len() as f64,
    }
}

/// The calendar months `start..=end` covers, each as the share of its days covered.
fn month_fractions(start: NaiveDate, end: NaiveDate) -> f64 {
    let mut total = 0.0;
    let mut first = start;
    while first <= end {
        let next_month = first.with_day(1).and_then(|d| d.checked_add_months(Months::new(1)));
        let month_len = next_month.map_or(31, |n| (n - first.with_day(1).unwrap_or(first)).num_days());
        let last = next_month.and_then(|n| n.pred_opt()).unwrap_or(end).min(end);
        total += ((last - first).num_days() + 1) as f64 / month_len as f64;
        match next_month {
            Some(n) => first = n,
            None => break,
        }
    }
    total
}

/// The days the schedule names inside `start..=end`, in the weeks its rhythm names ("every other Tuesday":
/// every second week from the support's start). Empty without days of the week.
fn scheduled_days(schedule: &Schedule, anchor: NaiveDate, start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let mut days = Vec::new();
    if schedule.days_of_week.is_empty() {
        return days;
    }
    let mut day = start;
    while day <= end {
        if is_scheduled(schedule, anchor, day) {
            days.push(day);
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }
    days
}

/// Whether `day` is one the schedule names (its weekday, in a week of its rhythm).
fn is_scheduled(schedule: &Schedule, anchor: NaiveDate, day: NaiveDate) -> bool {
    if !schedule.days_of_week.contains(&weekday(day)) {
        return false;
    }
    let every = i64::from(schedule.every.map_or(1, |c| c.get()));
    if !matches!(schedule.period_unit, Some(PeriodUnit::Week) | None) || every == 1 {
        return true;
    }
    let week = |d: NaiveDate| d.week(chrono::Weekday::Mon).first_day();
    (week(day) - week(anchor)).num_days().div_euclid(7).rem_euclid(every) == 0
}

/// The schedule's times inside `start..=end`, as the first day of each followed by the first day of the next;
/// a service on any day of a time's span (`slots[k]..slots[k + 1]`) meets it. Only whole spans are kept: a
/// time cut by the end of the period is not counted as missed.
///
/// With days of the week, each such day is a time; otherwise each period from the support's start (monthly
/// and yearly rhythms from the first of its month).
fn scheduled_slots(schedule: &Schedule, anchor: NaiveDate, start: NaiveDate, end: NaiveDate) -> Vec<NaiveDate> {
    let every = schedule.every.map_or(1, |c| c.get());
    let Some(stop) = end.succ_opt() else { return Vec::new() };
    if !schedule.days_of_week.is_empty() {
        let mut slots = scheduled_days(schedule, anchor, start, end);
        // The next scheduled day closes the last span, when the period reaches it.
        let mut next = slots.last().and_then(|d| d.succ_opt());
        for _ in 0..(7 * every + 7) {
            match next {
                Some(d) if d > stop => break,
                Some(d) if is_scheduled(schedule, anchor, d) => {
                    slots.push(d);
                    return slots;
                }
                Some(d) => next = d.succ_opt(),
                None => break,
            }
        }
        // The period ends before the next time: the last day closes the span before it, its own is cut.
        return slots;
    }
    let mut slots = Vec::new();
    let Some(unit) = schedule.period_unit else { return slots };
    let step = |d: NaiveDate, k: u32| -> Option<NaiveDate> {
        let n = k.saturating_mul(every);
        match unit {
            PeriodUnit::Day => d.checked_add_days(Days::new(u64::from(n))),
            PeriodUnit::Week => d.checked_add_days(Days::new(7 * u64::from(n))),
            PeriodUnit::Month => d.checked_add_months(Months::new(n)),
            PeriodUnit::Year => d.checked_add_months(Months::new(n.saturating_mul(12))),
        }
    };
    let anchor = match unit {
        PeriodUnit::Month | PeriodUnit::Year => anchor.with_day(1).unwrap_or(anchor),
        PeriodUnit::Day | PeriodUnit::Week => anchor,
    };
    // Skip to the last time on or before `start` without walking from a far anchor one time at a time.
    let span_days = match unit {
        PeriodUnit::Day => 1,
        PeriodUnit::Week => 7,
        PeriodUnit::Month => 31,
        PeriodUnit::Year => 366,
    } * i64::from(every);
    let mut k = u32::try_from(((start - anchor).num_days() / span_days - 1).max(0)).unwrap_or(u32::MAX);
    while let Some(slot) = step(anchor, k) {
        if slot > stop {
            break;
        }
        if slot >= start {
            slots.push(slot);
        }
        k = match k.checked_add(1) {
            Some(k) => k,
            None => break,
        };
    }
    slots
}

fn weekday(day: NaiveDate) -> Weekday {
    match day.weekday() {
        chrono::Weekday::Mon => Weekday::Mon,
        chrono::Weekday::Tue => Weekday::Tue,
        chrono::Weekday::Wed => Weekday::Wed,
        chrono::Weekday::Thu => Weekday::Thu,
        chrono::Weekday::Fri => Weekday::Fri,
        chrono::Weekday::Sat => Weekday::Sat,
        chrono::Weekday::Sun => Weekday::Sun,
    }
}

/// The longest run of consecutive times (`slots[k]..slots[k + 1]`) with no service on any of their days.
fn longest_run_missed(slots: &[NaiveDate], records: &[&ServiceRecord]) -> u32 {
    let days: BTreeSet<NaiveDate> = records.iter().map(|r| r.date).collect();
    let (mut run, mut longest) = (0u32, 0u32);
    for span in slots.windows(2) {
        if days.range(span[0]..span[1]).next().is_some() {
            run = 0;
        } else {
            run += 1;
            longest = longest.max(run);
        }
    }
    longest
}
