//! Findings of billing (`SV`) and of monitoring (`SM`): coded, with their source and a Fluent message
//! (`locales/<tag>/services.ftl`, each with a `.help` attribute saying how to fix it). A finding carries a JSON
//! Pointer into the service records (and, for records read from CSV, the row) or into the plan, and counts as
//! arguments, never a value from a record.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::i18n::Locale;
use crate::model::pointer::{Token, pointer};
use crate::validate::Severity;

/// A billing rule: its stable code and name, severity, source, and Fluent message id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRule {
    /// Stable code, e.g. `SV3`.
    pub code: &'static str,
    /// Stable name, e.g. `outside-authorization`.
    pub name: &'static str,
    /// Severity.
    pub severity: Severity,
    /// What the rule rests on.
    pub source: &'static str,
    /// The Fluent message id (its help is the `.help` attribute).
    pub message_id: &'static str,
}

const AUTHORIZATION_SOURCE: &str = "The health plan's authorization (number, period, units): services outside it are not paid (DHCS Community Supports policy guide; plan contracts)";

/// Every billing rule.
pub const RULES: &[ServiceRule] = &[
    ServiceRule {
        code: "SV1",
        name: "unknown-support",
        severity: Severity::Error,
        source: "A claim line needs the support's billing terms (procedure code, unit, rate)",
        message_id: "services-unknown-support",
    },
    ServiceRule {
        code: "SV2",
        name: "outside-billing-period",
        severity: Severity::Info,
        source: "A claim covers the billing period's dates of service only",
        message_id: "services-outside-billing-period",
    },
    ServiceRule {
        code: "SV3",
        name: "outside-authorization",
        severity: Severity::Error,
        source: AUTHORIZATION_SOURCE,
        message_id: "services-outside-authorization",
    },
    ServiceRule {
        code: "SV4",
        name: "units-capped-at-authorization",
        severity: Severity::Warning,
        source: AUTHORIZATION_SOURCE,
        message_id: "services-units-capped",
    },
    ServiceRule {
        code: "SV5",
        name: "units-above-authorization",
        severity: Severity::Warning,
        source: AUTHORIZATION_SOURCE,
        message_id: "services-units-above-authorization",
    },
    ServiceRule {
        code: "SV6",
        name: "missing-quantity",
        severity: Severity::Error,
        source: "A timed unit of service is counted from the minutes delivered (CMS HCPCS descriptors)",
        message_id: "services-missing-minutes",
    },
    ServiceRule {
        code: "SV7",
        name: "below-one-unit",
        severity: Severity::Info,
        source: "The rounding rule of the unit of service (data/services/units-of-service.json)",
        message_id: "services-below-one-unit",
    },
    ServiceRule {
        code: "SM1",
        name: "not-in-plan",
        severity: Severity::Error,
        source: PLAN_SOURCE,
        message_id: "monitor-not-in-plan",
    },
    ServiceRule {
        code: "SM2",
        name: "outside-support-dates",
        severity: Severity::Warning,
        source: "42 CFR 441.468 (duration of each service); eLTSS 42–43 (service start and end dates)",
        message_id: "monitor-outside-support-dates",
    },
    ServiceRule {
        code: "SM3",
        name: "below-plan",
        severity: Severity::Warning,
        source: MONITOR_SOURCE,
        message_id: "monitor-below-plan",
    },
    ServiceRule {
        code: "SM4",
        name: "above-plan",
        severity: Severity::Info,
        source: MONITOR_SOURCE,
        message_id: "monitor-above-plan",
    },
    ServiceRule {
        code: "SM5",
        name: "missing-authorization",
        severity: Severity::Error,
        source: AUTHORIZATION_SOURCE,
        message_id: "monitor-missing-authorization",
    },
    ServiceRule {
        code: "SM6",
        name: "long-gap",
        severity: Severity::Warning,
        source: MONITOR_SOURCE,
        message_id: "monitor-long-gap",
    },
];

const PLAN_SOURCE: &str =
    "42 CFR 441.301(c)(2)(v) and 441.468: services are furnished as the person-centered plan lists them";
const MONITOR_SOURCE: &str = "42 CFR 441.301(c)(2)(viii) (monitoring the plan's implementation); eLTSS 47–49 (amount, frequency, duration); DHCS ECM Policy Guide (monitoring the care plan)";

/// The rule with this name. Every name used in this module is in [`RULES`].
pub(crate) fn rule(name: &str) -> &'static ServiceRule {
    RULES.iter().find(|r| r.name == name).unwrap_or(&RULES[0])
}

/// The document a finding's path points into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FindingDocument {
    /// The service records.
    Records,
    /// The plan.
    Plan,
}

/// One billing or monitoring finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServiceFinding {
    /// The rule's code, e.g. `SV3`.
    pub code: &'static str,
    /// The rule's name.
    pub rule: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// Which document `path` points into.
    pub document: FindingDocument,
    /// A JSON Pointer into that document: `/records/12` in the service records, `/supports/3` in the plan.
    pub path: String,
    /// The record's line in its CSV file, when it was read from CSV.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub row: Option<u64>,
    /// What the rule rests on.
    pub source: &'static str,
    /// The Fluent message id.
    pub message_id: &'static str,
    /// Message arguments: counts and limits, never record values.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub args: BTreeMap<&'static str, u64>,
}

impl ServiceFinding {
    pub(crate) fn new(name: &str, index: usize, row: Option<u64>) -> ServiceFinding {
        let r = rule(name);
        ServiceFinding {
            code: r.code,
            rule: r.name,
            severity: r.severity,
            document: FindingDocument::Records,
            path: format!("/records/{index}"),
            row,
            source: r.source,
            message_id: r.message_id,
            args: BTreeMap::new(),
        }
    }

    /// A finding on the plan's support `index`.
    pub(crate) fn on_support(name: &str, index: usize) -> ServiceFinding {
        ServiceFinding {
            document: FindingDocument::Plan,
            path: pointer([Token::Key("supports"), Token::Index(index)]),
            row: None,
            ..ServiceFinding::new(name, 0, None)
        }
    }

    pub(crate) fn arg(mut self, key: &'static str, value: u64) -> ServiceFinding {
        self.args.insert(key, value);
        self
    }

    /// The message and how to fix it, in `locale`'s language.
    pub fn localize(&self, locale: &Locale<'_>) -> (String, String) {
        let mut args = FluentArgs::new();
        for (k, v) in &self.args {
            args.set(*k, FluentValue::from(*v));
        }
        let message = locale.message(self.message_id, Some(&args));
        let help = locale.message(&format!("{}.help", self.message_id), Some(&args));
        (message.text, help.text)
    }
}
