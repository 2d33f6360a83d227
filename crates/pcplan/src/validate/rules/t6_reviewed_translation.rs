//! T6: the document's language has messages reviewed by a qualified translator.

use super::prelude::*;

/// T6 `reviewed-translation`.
pub(crate) struct ReviewedTranslation;

static META: RuleMeta = RuleMeta {
    code: "T6",
    name: "reviewed-translation",
    profiles: &[(Profile::Core, Severity::Warning)],
    source: "45 CFR 92.201(c)–(d); 42 CFR 441.301(c)(1)(v)",
    docs: RuleDocs {
        what: "The language the plan will be rendered in — `ValidateOptions::document_lang`, or else the \
               person's `language.written` — is negotiated against pcplan's locales (with any agency locales \
               the localizer holds). A warning when the negotiated locale's translations are not marked reviewed \
               in its `status.json` (a named qualified reviewer and a date), and when there is no locale for the \
               language at all, so the document's headings and labels would fall back to English.",
        why: "Written translation for people with limited English proficiency must be done by a qualified \
              translator (45 CFR 92.201). The document's fixed wording — headings, labels, explanations of \
              rights — comes from pcplan's locale; if nobody qualified reviewed it, the agency cannot rely on it.",
        example: r#"{ "person": { "language": { "spoken": [{ "lang": "es" }], "written": [{ "lang": "es" }] } } }"#,
        fix: "Have a qualified translator review the locale's messages and record their name, qualification and \
              the date in `locales/<language>/status.json` (or in the agency's locale directory). For a language \
              pcplan has no locale for, add one, or give the person a translated copy made by a qualified \
              translator.",
    },
};

impl Rule for ReviewedTranslation {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let requested = ctx
            .options
            .document_lang
            .clone()
            .unwrap_or_else(|| ctx.plan.person.language.preferred_written().langid().clone());
        let locale = ctx.localizer.locale(std::slice::from_ref(&requested));
        let path = "/person/language/written";
        if !ctx.localizer.supports(&requested) {
            out.push(path, "t6-no-locale");
            out.value(|| requested.to_string());
        } else if !locale.status().is_reviewed() {
            out.push(path, "t6-translation-not-reviewed");
            out.value(|| locale.id().to_string());
        }
    }
}
