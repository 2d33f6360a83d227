//! S15: every modification of setting rights documents its eight required items.

use super::prelude::*;

/// S15 `modification-complete`.
pub(crate) struct ModificationComplete;

static META: RuleMeta = RuleMeta {
    code: "S15",
    name: "modification-complete",
    profiles: &[(Profile::Core, Severity::Error)],
    source: "42 CFR 441.301(c)(4)(vi)(F) (modifications of the additional conditions)",
    docs: RuleDocs {
        what: "Every modification (`modifications`) names the right being modified and documents all eight \
               items the regulation lists: the assessed need, the positive supports used before, the less \
               intrusive methods tried, a description of the condition, how data is collected and reviewed, \
               time limits for review, the person's informed consent, and an assurance of no harm. Each missing \
               or blank item is its own finding, with the item's path. Modifications are rare and serious in \
               any program, so the rule applies to every plan.",
        why: "Limiting a person's rights in their home (for example locking food, limiting visitors or \
              keeping a key) is only allowed when the plan documents all eight items \
              (42 CFR 441.301(c)(4)(vi)(F)). A missing item makes the restriction unlawful.",
        example: r#"{ "modifications": [ { "id": "mod-1", "right": { "text": "Access to food at any time", "lang": "en" }, "assessedNeed": { "text": "…", "lang": "en" } } ] }"#,
        fix: "Fill in every item with the team and the person. If an item cannot be documented, for example \
              because no less intrusive method was tried, the modification cannot go in the plan yet.",
    },
};

impl Rule for ModificationComplete {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context<'_>, out: &mut Findings<'_>) {
        for (i, m) in ctx.plan.modifications.iter().enumerate() {
            if m.right.is_blank() {
                out.push(format!("/modifications/{i}/right"), "s15-right-missing");
            }
            for (field, value) in m.required_items() {
                if value.is_none_or(LocalizedText::is_blank) {
                    out.push_with(
                        format!("/modifications/{i}/{field}"),
                        "s15-item-missing",
                        &[("item", field.to_owned())],
                    );
                    out.value(|| m.right.text.clone());
                }
            }
        }
    }
}
