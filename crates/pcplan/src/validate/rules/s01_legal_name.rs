//! S1: the person's legal name and at least one identifier.

use super::prelude::*;

/// S1 `legal-name-and-identifier`.
pub(crate) struct LegalName;

static META: RuleMeta = RuleMeta {
    code: "S1",
    name: "legal-name-and-identifier",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "eLTSS 1–3 (Person Name, Person Identifier)",
    docs: RuleDocs {
        what: "The person's legal name has a family name and at least one given name, and the plan records at \
               least one identifier (such as the Medi-Cal Client Index Number) with a value.",
        why: "The plan must be matched to the right person in the agency's, the health plan's and the state's \
              records (eLTSS data elements 1–3). The legal name is used once, for identification; the preferred \
              name is used everywhere else.",
        example: r#"{ "person": { "legalName": { "family": "", "given": ["Marcus"] }, "identifiers": [] } }"#,
        fix: "Enter the family and given names as they appear on the person's benefits card, and add their \
              Medi-Cal CIN or Medicaid number under `identifiers`.",
    },
};

impl Rule for LegalName {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let person = &ctx.plan.person;
        if person.legal_name.family.trim().is_empty() {
            out.push("/person/legalName/family", "s1-family-name-missing");
        }
        if person.legal_name.given.iter().all(|g| g.trim().is_empty()) {
            out.push("/person/legalName/given", "s1-given-name-missing");
        }
        if person.identifiers.is_empty() {
            out.push("/person/identifiers", "s1-identifier-missing");
        }
        for (i, id) in person.identifiers.iter().enumerate() {
            if id.value.trim().is_empty() {
                out.push(format!("/person/identifiers/{i}/value"), "s1-identifier-empty");
            }
        }
    }
}
