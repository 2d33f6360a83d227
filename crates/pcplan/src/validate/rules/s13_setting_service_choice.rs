//! S13: the setting was chosen by the person among alternatives; service and provider choice was offered.

use super::prelude::*;

/// S13 `setting-and-service-choice`.
pub(crate) struct SettingServiceChoice;

static META: RuleMeta = RuleMeta {
    code: "S13",
    name: "setting-and-service-choice",
    profiles: &[(Profile::Hcbs, Severity::Error)],
    source: "42 CFR 441.301(c)(1)(vii), (ix), (c)(2)(i) (HCBS (a)(7), (a)(9), (b)(1)); eLTSS 15–16, 20–24",
    docs: RuleDocs {
        what: "Under the `hcbs` profile: `settingChoice` is recorded, says the person chose the setting \
               (`chosenByPerson: true`), and lists at least one alternative considered; `serviceChoice` is \
               recorded, and a choice of services and of providers was offered, or `reasonNotOffered` says why \
               not.",
        why: "The HCBS rules require the setting to be chosen by the person from options that include settings \
              not only for people with disabilities, and the person to be offered an informed choice of \
              services and providers (HCBS (a)(7), (a)(9), (b)(1)). The plan is the record that this happened.",
        example: r#"{ "settingChoice": { "setting": "own-home", "chosenByPerson": true, "alternativesConsidered": [] }, "serviceChoice": { "serviceOptionsOffered": true, "personSelectedServices": true, "personAgrees": true, "providerOptionsOffered": false } }"#,
        fix: "Record where the person lives, that they chose it, and the other places they looked at or talked \
              about. Record that they were offered a choice of services and of providers; if there was no \
              choice (for example only one provider serves the county), write why under `reasonNotOffered`.",
    },
};

impl Rule for SettingServiceChoice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        let plan = ctx.plan;
        match &plan.setting_choice {
            None => {
                out.push("/settingChoice", "s13-setting-choice-missing");
            }
            Some(s) => {
                if !s.chosen_by_person {
                    out.push("/settingChoice/chosenByPerson", "s13-setting-not-chosen");
                }
                if s.alternatives_considered.iter().all(LocalizedText::is_blank) {
                    out.push("/settingChoice/alternativesConsidered", "s13-no-alternatives");
                }
            }
        }
        match &plan.service_choice {
            None => {
                out.push("/serviceChoice", "s13-service-choice-missing");
            }
            Some(c) => {
                let reason = c.reason_not_offered.as_ref().is_some_and(|r| !r.is_blank());
                if !c.service_options_offered && !reason {
                    out.push("/serviceChoice/serviceOptionsOffered", "s13-services-not-offered");
                }
                if !c.provider_options_offered && !reason {
                    out.push("/serviceChoice/providerOptionsOffered", "s13-providers-not-offered");
                }
            }
        }
    }
}
