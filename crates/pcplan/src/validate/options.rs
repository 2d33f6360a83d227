//! Validation options and profiles.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use unic_langid::LanguageIdentifier;

use super::{RuleMeta, Severity};
use crate::model::{Plan, Program};

/// A set of rules for a kind of program. `core` always applies; a plan's programs add theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Profile {
    /// The person-centered documentation expectations every plan meets.
    Core,
    /// Federal HCBS person-centered service plan rules (42 CFR 441.301(c), 441.725, 441.540, 441.468).
    Hcbs,
    /// Medi-Cal Enhanced Care Management.
    CalaimEcm,
    /// Medi-Cal Community Supports housing services.
    CalaimCsHousing,
}

impl Profile {
    /// All profiles.
    pub const ALL: [Profile; 4] = [Profile::Core, Profile::Hcbs, Profile::CalaimEcm, Profile::CalaimCsHousing];

    /// `core`, `hcbs`, `calaim-ecm`, `calaim-cs-housing`.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Core => "core",
            Profile::Hcbs => "hcbs",
            Profile::CalaimEcm => "calaim-ecm",
            Profile::CalaimCsHousing => "calaim-cs-housing",
        }
    }

    /// Parses a profile name.
    pub fn parse(s: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.as_str() == s)
    }

    /// The profile a program selects, besides `core`.
    pub fn for_program(program: Program) -> Option<Profile> {
        match program {
            p if p.is_hcbs() => Some(Profile::Hcbs),
            Program::CalaimEcm => Some(Profile::CalaimEcm),
            Program::CalaimCsHousing => Some(Profile::CalaimCsHousing),
            _ => None,
        }
    }
}

/// What to check and how to report it.
///
/// ```
/// use pcplan::validate::{Profile, Severity, ValidateOptions};
/// let mut options = ValidateOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap());
/// options.profiles = Some(vec![Profile::Core, Profile::Hcbs]);
/// options.disable("T3").unwrap();
/// options.set_severity("S10", Severity::Error).unwrap();
/// options.lang = Some("es".parse().unwrap());
/// // A misspelt code is an error, not a rule silently left on.
/// assert_eq!(options.disable("T-3").unwrap_err().code, "T-3");
/// ```
#[derive(Debug, Clone)]
pub struct ValidateOptions {
    /// The evaluation date for time-dependent rules (R1–R3, P2). The library never reads the clock.
    pub today: NaiveDate,
    /// Profiles to apply; `None` derives them from the plan's programs (always with `core`).
    pub profiles: Option<Vec<Profile>>,
    /// Language of messages and fixes; `None` is English.
    pub lang: Option<LanguageIdentifier>,
    /// The language the plan will be rendered in (rule T6); `None` is the person's preferred written language.
    pub document_lang: Option<LanguageIdentifier>,
    /// Quote plan values in findings (`Finding::value`). Off by default: findings are health information then.
    pub include_values: bool,
    /// Readability target for rule T3, as a school grade level (default 6: Cal. WIC 14029.93).
    pub readability_grade: f32,
    /// Days within which a requested update must lead to a revision (rule R3, default 30).
    pub update_request_days: u32,
    /// The service code sets rule S18 checks supports' codes against; `None` is the shipped ones
    /// ([`crate::codes::CodeSets::embedded`]).
    pub code_sets: Option<std::sync::Arc<crate::codes::CodeSets>>,
    enabled: BTreeSet<String>,
    disabled: BTreeSet<String>,
    severities: BTreeMap<String, Severity>,
}

impl ValidateOptions {
    /// Options with defaults and the given evaluation date.
    pub fn new(today: NaiveDate) -> Self {
        ValidateOptions {
            today,
            profiles: None,
            lang: None,
            document_lang: None,
            include_values: false,
            readability_grade: 6.0,
            update_request_days: 30,
            code_sets: None,
            enabled: BTreeSet::new(),
            disabled: BTreeSet::new(),
            severities: BTreeMap::new(),
        }
    }

    /// Turns a rule on even when no active profile selects it. A code no rule has is an error, not a no-op.
    pub fn enable(&mut self, code: &str) -> Result<&mut Self, UnknownRule> {
        let code = known(code)?;
        self.disabled.remove(code);
        self.enabled.insert(code.to_owned());
        Ok(self)
    }

    /// Turns a rule off. A code no rule has (a typo such as `"T-3"`) is an error, so a rule is never left on
    /// by mistake.
    pub fn disable(&mut self, code: &str) -> Result<&mut Self, UnknownRule> {
        let code = known(code)?;
        self.enabled.remove(code);
        self.disabled.insert(code.to_owned());
        Ok(self)
    }

    /// Overrides a rule's severity. A code no rule has is an error.
    pub fn set_severity(&mut self, code: &str, severity: Severity) -> Result<&mut Self, UnknownRule> {
        let code = known(code)?;
        self.severities.insert(code.to_owned(), severity);
        Ok(self)
    }

    /// The profiles that apply to `plan`: the explicit list, or `core` plus the plan's programs' profiles.
    pub fn effective_profiles(&self, plan: &Plan) -> Vec<Profile> {
        let mut set: BTreeSet<Profile> = match &self.profiles {
            Some(list) => list.iter().copied().collect(),
            None => plan.programs.iter().filter_map(|p| Profile::for_program(*p)).collect(),
        };
        set.insert(Profile::Core);
        set.into_iter().collect()
    }

    /// The severity a rule runs with under `profiles`, or `None` when it does not run. When several active
    /// profiles select a rule, the strictest severity wins; the caller's override wins over all.
    pub fn severity_for(&self, meta: &RuleMeta, profiles: &[Profile]) -> Option<Severity> {
        if self.disabled.contains(meta.code) {
            return None;
        }
        let from_profiles = meta.profiles.iter().filter(|(p, _)| profiles.contains(p)).map(|(_, s)| *s).max();
        let base = match from_profiles {
            Some(s) => s,
            None if self.enabled.contains(meta.code) => meta.profiles.iter().map(|(_, s)| *s).max()?,
            None => return None,
        };
        Some(self.severities.get(meta.code).copied().unwrap_or(base))
    }
}

/// A rule code that no rule has, given to [`ValidateOptions::enable`], [`ValidateOptions::disable`] or
/// [`ValidateOptions::set_severity`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code:?} is not a rule code; expected one of the codes in docs/rules.md, such as S6, P5 or T3")]
pub struct UnknownRule {
    /// The code given.
    pub code: String,
}

/// The registry's own copy of `code`, or why there is none.
fn known(code: &str) -> Result<&'static str, UnknownRule> {
    super::rule(code).map(|r| r.meta().code).ok_or_else(|| UnknownRule { code: code.to_owned() })
}
