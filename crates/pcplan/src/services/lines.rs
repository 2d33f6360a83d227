//! Service lines: delivered services × billing terms × unit rules. One line per support and day of service
//! (per calendar month for monthly units), with its units by the unit's rounding rule, capped at the
//! authorization unless the caller allows more, and its charge = units × rate in exact decimal arithmetic.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use super::finding::ServiceFinding;
use super::records::{ServiceRecords, Staff};
use super::terms::{BillingTerms, Procedure, SumOver, UnitKind, UnitOfService, UnitRules};
use crate::model::Id;

/// What to bill.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BillingOptions {
    /// First day of service of the billing period.
    pub from: NaiveDate,
    /// Last day of service of the billing period.
    pub to: NaiveDate,
    /// Bill units beyond the authorization (each such line gets finding `SV5`) instead of capping them
    /// (finding `SV4`).
    pub allow_over_authorization: bool,
    /// Units already billed against each support's authorization before this period, by support id.
    pub units_used_before: HashMap<String, u32>,
}

impl BillingOptions {
    /// Bill `from..=to`, capping at authorizations, with nothing billed before.
    pub fn for_period(from: NaiveDate, to: NaiveDate) -> BillingOptions {
        BillingOptions { from, to, allow_over_authorization: false, units_used_before: HashMap::new() }
    }
}

/// One billable line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceLine {
    /// The support billed.
    pub support_id: Id,
    /// The payer (a key of the agency configuration's payers).
    pub payer: Id,
    /// First day of service on the line.
    pub from: NaiveDate,
    /// Last day of service on the line (the same day except for monthly units).
    pub to: NaiveDate,
    /// Procedure code and modifiers.
    pub procedure: Procedure,
    /// The unit of service.
    pub unit: UnitOfService,
    /// Units billed.
    pub units: u32,
    /// Rate per unit.
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    /// Currency of rate and charge.
    pub currency: String,
    /// units × rate, rounded half away from zero to the cent.
    #[serde(with = "rust_decimal::serde::str")]
    pub charge: Decimal,
    /// The authorization number, when the support has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_number: Option<String>,
    /// The CMS place of service code: the first record's, else the terms'.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place_of_service: Option<String>,
    /// The staff who delivered the services on the line, each once, in record order.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub staff: Vec<Staff>,
    /// Indexes of the records billed on this line.
    pub records: Vec<usize>,
}

/// Service lines and the findings met while computing them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Billing {
    /// The lines, by day of service then by the order of the terms.
    pub lines: Vec<ServiceLine>,
    /// Findings, in record order.
    pub findings: Vec<ServiceFinding>,
}

impl Billing {
    /// The sum of the lines' charges (lines of one currency: terms of one payer bill in one currency).
    pub fn total(&self) -> Decimal {
        self.lines.iter().map(|l| l.charge).sum()
    }
}

/// Computes the service lines of `records` for `options`' period.
///
/// Records are skipped with a finding when their support has no terms (`SV1`), they fall outside the period
/// (`SV2`) or the authorization (`SV3`), or a timed unit has no minutes (`SV6`). A line whose minutes round to
/// no unit is dropped with `SV7`. Units beyond the authorization are capped (`SV4`) or, when allowed, billed
/// with `SV5`.
pub fn compute_lines(
    records: &ServiceRecords,
    terms: &[BillingTerms],
    rules: &UnitRules,
    options: &BillingOptions,
) -> Billing {
    let by_support: HashMap<&str, usize> = terms.iter().enumerate().map(|(i, t)| (t.support_id.as_str(), i)).collect();
    let row = |i: usize| records.csv_lines.get(i).copied();
    let mut findings = Vec::new();
    // (bucket day, terms index) → record indexes; BTreeMap keeps lines in date order, which is also the order
    // in which authorized units are used up.
    let mut groups: BTreeMap<(NaiveDate, usize), Vec<usize>> = BTreeMap::new();
    for (i, r) in records.records.iter().enumerate() {
        let Some(&t) = by_support.get(r.support_id.as_str()) else {
            findings.push(ServiceFinding::new("unknown-support", i, row(i)));
            continue;
        };
        let terms = &terms[t];
        if r.date < options.from || r.date > options.to {
            findings.push(ServiceFinding::new("outside-billing-period", i, row(i)));
            continue;
        }
        if terms.authorization.as_ref().is_some_and(|a| !a.covers(r.date)) {
            findings.push(ServiceFinding::new("outside-authorization", i, row(i)));
            continue;
        }
        let Some((unit, _)) = terms.rules(rules) else {
            findings.push(ServiceFinding::new("unknown-support", i, row(i)));
            continue;
        };
        if matches!(unit.kind, UnitKind::Timed { .. }) && r.minutes.is_none() && r.units.is_none() {
            findings.push(ServiceFinding::new("missing-quantity", i, row(i)));
            continue;
        }
        let bucket = match unit.kind {
            UnitKind::PerMonth => r.date.with_day(1).unwrap_or(r.date),
            _ => r.date,
        };
        groups.entry((bucket, t)).or_default().push(i);
    }

    let mut remaining: Vec<Option<u32>> = terms
        .iter()
        .map(|t| {
            let used = options.units_used_before.get(t.support_id.as_str()).copied().unwrap_or(0);
            t.authorization.as_ref().map(|a| a.units.saturating_sub(used))
        })
        .collect();
    let mut lines = Vec::with_capacity(groups.len());
    for ((_, t), group) in groups {
        let terms = &terms[t];
        let Some((unit, rounding)) = terms.rules(rules) else { continue };
        let first = group[0];
        let recs = group.iter().map(|&i| &records.records[i]);
        let mut units = match (unit.kind, rounding) {
            (UnitKind::Timed { minutes_per_unit }, Some(rule)) => {
                let direct: u32 = recs.clone().filter(|r| r.minutes.is_none()).filter_map(|r| r.units).sum();
                let minutes = recs.clone().filter_map(|r| r.minutes);
                let timed = match rule.sum_minutes_over {
                    SumOver::Day => rule.units(minutes.sum(), minutes_per_unit),
                    SumOver::Record => minutes.map(|m| rule.units(m, minutes_per_unit)).sum(),
                };
                timed + direct
            }
            (UnitKind::PerDay | UnitKind::PerMonth, _) => 1,
            (UnitKind::Count, _) | (UnitKind::Timed { .. }, None) => recs.clone().map(|r| r.units.unwrap_or(1)).sum(),
        };
        if units == 0 {
            findings.push(ServiceFinding::new("below-one-unit", first, row(first)));
            continue;
        }
        if let Some(left) = remaining[t].as_mut() {
            let authorized = u64::from(terms.authorization.as_ref().map_or(0, |a| a.units));
            if units > *left {
                if options.allow_over_authorization {
                    let over = units - *left;
                    findings.push(
                        ServiceFinding::new("units-above-authorization", first, row(first))
                            .arg("authorized", authorized)
                            .arg("over", u64::from(over)),
                    );
                    *left = 0;
                } else {
                    findings.push(
                        ServiceFinding::new("units-capped-at-authorization", first, row(first))
                            .arg("authorized", authorized)
                            .arg("requested", u64::from(units))
                            .arg("billed", u64::from(*left)),
                    );
                    units = *left;
                    *left = 0;
                    if units == 0 {
                        continue;
                    }
                }
            } else {
                *left -= units;
            }
        }
        let dates = group.iter().map(|&i| records.records[i].date);
        let mut staff: Vec<Staff> = Vec::new();
        for s in group.iter().filter_map(|&i| records.records[i].staff.as_ref()) {
            if !staff.contains(s) {
                staff.push(s.clone());
            }
        }
        let rate = terms.rate.amount;
        lines.push(ServiceLine {
            support_id: terms.support_id.clone(),
            payer: terms.payer.clone(),
            from: dates.clone().min().unwrap_or(options.from),
            to: dates.max().unwrap_or(options.from),
            procedure: terms.procedure.clone(),
            unit: terms.unit,
            units,
            rate,
            currency: terms.rate.currency.clone(),
            charge: (Decimal::from(units) * rate).round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero),
            authorization_number: terms.authorization.as_ref().map(|a| a.number.clone()),
            place_of_service: records.records[first]
                .place_of_service
                .clone()
                .or_else(|| terms.place_of_service.clone()),
            staff,
            records: group,
        });
    }
    findings.sort_by_key(|f| f.path.trim_start_matches("/records/").parse::<usize>().unwrap_or(usize::MAX));
    Billing { lines, findings }
}
