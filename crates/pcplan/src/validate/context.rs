//! What a rule sees (the plan, the options, shared derived data) and how it reports.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use chrono::NaiveDate;
use fluent_bundle::FluentValue;

use super::rules::narrative::Narrative;
use super::{Finding, RuleMeta, Severity, ValidateOptions};
use crate::i18n::{FluentArgs, Locale, Localizer};
use crate::model::{ContentDigest, Plan, Signature, content_digest, signed_digest};

/// The plan under validation, the options, and derived data computed once and shared by rules.
pub struct Context<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// The options.
    pub options: &'a ValidateOptions,
    /// The localizer (for rule T6: translation status of the document's locale).
    pub localizer: &'a Localizer,
    digest: OnceLock<ContentDigest>,
    narrative: OnceLock<Narrative<'a>>,
}

impl<'a> Context<'a> {
    pub(super) fn new(plan: &'a Plan, options: &'a ValidateOptions, localizer: &'a Localizer) -> Self {
        Context { plan, options, localizer, digest: OnceLock::new(), narrative: OnceLock::new() }
    }

    /// The evaluation date.
    pub fn today(&self) -> NaiveDate {
        self.options.today
    }

    /// The plan's current content digest, computed once.
    pub fn digest(&self) -> &ContentDigest {
        self.digest.get_or_init(|| content_digest(self.plan))
    }

    /// The digest to compare with `signature`'s: the current one, or the plan's digest in the older format the
    /// signature was made in (see [`crate::model::signed_digest`]).
    pub fn signed_digest(&self, signature: &Signature) -> ContentDigest {
        match signature.digest_format {
            None => self.digest().clone(),
            Some(_) => signed_digest(self.plan, signature),
        }
    }

    /// Every narrative text of the plan with its written forms, collected once; each form is split into words
    /// once, for all the text rules that read it.
    pub(crate) fn narrative(&self) -> &Narrative<'a> {
        self.narrative.get_or_init(|| Narrative::new(self.plan))
    }
}

/// Collects a rule's findings, localizing messages as they are pushed.
pub struct Findings<'a> {
    meta: &'static RuleMeta,
    severity: Severity,
    locale: &'a Locale<'a>,
    include_values: bool,
    out: Vec<Finding>,
}

impl<'a> Findings<'a> {
    pub(super) fn new(
        meta: &'static RuleMeta,
        severity: Severity,
        locale: &'a Locale<'a>,
        include_values: bool,
    ) -> Self {
        Findings { meta, severity, locale, include_values, out: Vec::new() }
    }

    /// Reports a problem at `path` with the Fluent message `message_id` (which has a `.help` attribute).
    pub fn push(&mut self, path: impl Into<String>, message_id: &'static str) -> &mut Finding {
        self.push_with(path, message_id, &[])
    }

    /// Reports a problem with message arguments. Arguments are limits, counts and field names, never plan
    /// values: use [`Finding`]'s `value` through [`Findings::value`] for those.
    pub fn push_with(
        &mut self,
        path: impl Into<String>,
        message_id: &'static str,
        args: &[(&'static str, String)],
    ) -> &mut Finding {
        let mut fluent = FluentArgs::new();
        for (k, v) in args {
            // Whole numbers go to Fluent as numbers so plural selectors (`[one]`, `[few]`…) match; fractions
            // ("grade 6,2") are shown with the coordinator's decimal separator.
            let value = match (v.parse::<i64>(), v.parse::<f64>()) {
                (Ok(n), _) => FluentValue::from(n),
                (_, Ok(n)) if n.is_finite() => FluentValue::from(self.locale.format_number(n)),
                _ => FluentValue::from(v.clone()),
            };
            fluent.set(*k, value);
        }
        // Findings are data for programs and logs: no isolation marks, whatever the language.
        let message = crate::text::bidi::without_isolates(&self.locale.message(message_id, Some(&fluent)).text);
        let help = crate::text::bidi::without_isolates(
            &self.locale.message(&format!("{message_id}.help"), Some(&fluent)).text,
        );
        self.out.push(Finding {
            code: self.meta.code,
            rule: self.meta.name,
            severity: self.severity,
            path: path.into(),
            message,
            help,
            source: self.meta.source,
            message_id,
            args: args.iter().cloned().collect::<BTreeMap<_, _>>(),
            value: None,
        });
        self.out.last_mut().expect("just pushed")
    }

    /// Attaches the plan value concerned to the last finding, if the caller asked for values.
    pub fn value(&mut self, value: impl FnOnce() -> String) {
        if self.include_values
            && let Some(last) = self.out.last_mut()
        {
            last.value = Some(value());
        }
    }

    /// The language findings are written in (for rules whose judgement depends on the plan's language this
    /// is not it; see the plan's own `lang` fields).
    pub fn message_locale(&self) -> &Locale<'a> {
        self.locale
    }

    pub(super) fn into_findings(self) -> Vec<Finding> {
        self.out
    }
}
