//! S16: an ECM care management plan covers every care domain.

use super::prelude::*;

/// S16 `ecm-care-domains`.
pub(crate) struct EcmCareDomains;

static META: RuleMeta = RuleMeta {
    code: "S16",
    name: "ecm-care-domains",
    profiles: &[(Profile::CalaimEcm, Severity::Warning)],
    source: "DHCS CalAIM ECM Policy Guide (comprehensive assessment and care management plan)",
    docs: RuleDocs {
        what: "Under the `calaim-ecm` profile, the plan has an ECM section (`programSections.ecm`) and its \
               `careDomains` list every domain: physical health, behavioral health, substance use, long-term \
               services and supports, oral health, palliative care, and health-related social needs. Each \
               missing domain is its own finding at `/programSections/ecm/careDomains`, with the domain as the \
               `domain` argument. A missing ECM section is one finding.",
        why: "ECM is whole-person care: the Lead Care Manager's plan addresses every area of the member's \
              health and social needs, not only the one that brought them in. A domain left out is often a \
              need nobody has asked about. It is a warning, because a domain may truly not apply.",
        example: r#"{ "programs": ["calaim-ecm"], "programSections": { "ecm": { "leadCareManagerId": "tm-1", "careDomains": ["physical", "behavioral"] } } }"#,
        fix: "With the member, go through each domain. Where there is a need, add it with a goal or support and \
              list the domain under `careDomains`. Where there is none, note that it was discussed, and list \
              the domain.",
    },
};

impl Rule for EcmCareDomains {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let Some(ecm) = &ctx.plan.program_sections.ecm else {
            out.push("/programSections/ecm", "s16-ecm-section-missing");
            return;
        };
        for domain in CareDomain::ALL {
            if !ecm.care_domains.contains(&domain) {
                let name = crate::model::json_name(&domain);
                out.push_with("/programSections/ecm/careDomains", "s16-domain-missing", &[("domain", name)]);
            }
        }
    }
}
