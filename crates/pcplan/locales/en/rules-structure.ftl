## Structure and completeness findings (rules S1–S17): one message per problem, each with a `.help`
## attribute saying how to fix it. Written for the care coordinator, in plain words.
## Messages never include values from the plan; arguments are limits, counts and field names.

## S1
s1-family-name-missing = The person's family name is missing.
    .help = Enter the family name as it appears on the person's benefits card.
s1-given-name-missing = The person's given name is missing.
    .help = Enter at least one given name as it appears on the person's benefits card.
s1-identifier-missing = The plan has no identifier for the person.
    .help = Add the person's Medi-Cal Client Index Number (CIN) or Medicaid number.
s1-identifier-empty = This identifier has no value.
    .help = Enter the identifier's value, or remove the entry.

## S2
s2-end-before-start = The plan ends before it starts.
    .help = Check both dates. The end date must be on or after the start date.

## S3
s3-no-goals = The plan has no goals.
    .help = Ask the person what they want in their life. Write each goal down, in their own words if you can.
s3-goal-text-missing = This goal has no words in it.
    .help = Write the goal in plain words, or remove it.

## S4
s4-no-strength = The plan does not say what the person is good at.
    .help = Ask the person, and people who know them well, what they do well and what people like about them. Add it under strengths.
s4-no-preference = The plan does not say what the person likes or wants.
    .help = Ask the person what they like, what they do not like, and how they want things done. Add it under preferences.

## S5
s5-no-needs = The plan has no assessed needs.
    .help = Add each need the assessment found, in plain words, and say which assessment it came from.
s5-need-text-missing = This need has no words in it.
    .help = Write the need in plain words, or remove it.

## S6
s6-name-missing = This paid service has no name.
    .help = Write the name of the service, as it is on the service authorization.
s6-provider-missing = This paid service does not say who provides it.
    .help = Write the name of the agency or worker who provides the service.
s6-quantity-missing = This paid service does not say how much the person gets.
    .help = Write how many units the person gets, for example 20.
s6-quantity-not-positive = The amount of this paid service must be more than zero.
    .help = Write how many units the person gets. Check the number against the service authorization.
s6-unit-missing = This paid service has no unit.
    .help = Choose the unit the amount counts, for example hours, visits or trips.
s6-interval-missing = This paid service does not say how often it happens.
    .help = Choose how often: per day, week, month or year, one time, or as needed.
s6-start-missing = This paid service has no start date.
    .help = Write the first day of the service, from the service authorization.

## S7
s7-start-before-plan = This support starts before the plan starts.
    .help = Check the date. A support can start on the plan's first day or later.
s7-start-after-plan = This support starts after the plan ends.
    .help = Check the date. If the support starts later, put it in the next plan.
s7-end-before-start = This support ends before it starts.
    .help = Check both dates. The end date must be on or after the start date.
s7-end-after-plan = This support ends after the plan ends.
    .help = End the support on the plan's last day or earlier. Carry it into the next plan if it goes on.
s7-end-before-plan = This support ends before the plan starts.
    .help = Check the date. If the support is over, remove it from this plan.

## S8
s8-no-link = This support is not linked to any goal or need.
    .help = Link the goals this support helps with, or the needs it meets. If it helps with nothing in the plan, ask if it is still needed.
s8-goal-not-found = This support links to a goal that is not in the plan.
    .help = Link a goal that is in the plan, or remove the link.
s8-need-not-found = This support links to a need that is not in the plan.
    .help = Link a need that is in the plan, or remove the link.

## S9
s9-goal-without-step-or-support = This goal has no steps and no support.
    .help = With the person, write the first step and who will do it, or link a support that helps with this goal.

## S10
s10-no-natural-support = The plan has no unpaid support, like family or friends.
    .help = Ask the person who helps them without being paid, and add them. If there is no one, mark that none was found.

## S11
s11-provider-missing = This unpaid support does not say who gives it.
    .help = Write the name of the person who helps, and how they know the person.
s11-relationship-missing = This unpaid support does not say how the helper knows the person.
    .help = Write how they are connected, in the person's words, for example sister, neighbor or friend from church.

## S12
s12-mitigation-missing = This risk has no plan to lower it.
    .help = Write what the person and the team will do to make this risk less likely or less harmful.
s12-backup-plan-missing = The plan has no backup plan.
    .help = Write who to call, and in what order, when a helper does not come or there is an emergency.
s12-backup-plan-missing-critical = The plan has no backup plan, and some services in it are critical to the person's health or safety.
    .help = Write who to call, and in what order, when a critical service does not come. This must be done before the plan is final.

## S13
s13-setting-choice-missing = The plan does not say how the person chose where they live.
    .help = Write where the person lives, that they chose it, and the other places they thought about.
s13-setting-not-chosen = The plan does not show that the person chose where they live.
    .help = Talk with the person about where they want to live. Record their choice.
s13-no-alternatives = The plan does not list other places the person thought about living.
    .help = Write the other places the person looked at or talked about, including ones not just for people with disabilities.
s13-service-choice-missing = The plan does not say if the person got to choose services and providers.
    .help = Record that the person was offered a choice of services and of providers, and what they chose.
s13-services-not-offered = The person was not offered a choice of services, and the plan does not say why.
    .help = Offer the person a choice of services. If there was no choice, write the reason.
s13-providers-not-offered = The person was not offered a choice of providers, and the plan does not say why.
    .help = Offer the person a choice of providers. If there was no choice, for example only one provider in the area, write the reason.

## S14
s14-no-plan-monitor = The plan does not name who checks that it is carried out.
    .help = Name the care coordinator who will check on the plan, with their phone number.

## S15
s15-right-missing = This limit on the person's rights does not say which right it limits.
    .help = Write which right is limited, for example having a key or getting food at any time.
s15-item-missing = { $item ->
        [assessedNeed] This limit on the person's rights does not say which assessed need it is for.
        [priorInterventions] This limit on the person's rights does not say which positive supports were used first.
        [lessIntrusiveMethods] This limit on the person's rights does not say which gentler ways were tried first.
        [conditionDescription] This limit on the person's rights does not describe what the limit is.
        [dataCollection] This limit on the person's rights does not say how data will be collected and reviewed.
        [reviewTimeLimits] This limit on the person's rights does not say when it will be reviewed.
        [informedConsent] This limit on the person's rights does not show the person's informed consent.
        [noHarmAssurance] This limit on the person's rights does not promise that it will cause no harm.
       *[other] This limit on the person's rights is missing a required item.
    }
    .help = Fill in this item with the person and the team. A limit on rights can only be in the plan when all eight items are written down.

## S16
s16-ecm-section-missing = The plan has no Enhanced Care Management (ECM) section.
    .help = Add the ECM section with the Lead Care Manager and the care areas the plan covers.
s16-domain-missing = { $domain ->
        [physical] The care plan does not cover physical health.
        [behavioral] The care plan does not cover behavioral health.
        [substance-use] The care plan does not cover substance use.
        [ltss] The care plan does not cover long-term services and supports.
        [oral] The care plan does not cover oral health.
        [palliative] The care plan does not cover palliative care.
        [social-needs] The care plan does not cover social needs, like food and housing.
       *[other] The care plan does not cover one care area.
    }
    .help = Talk with the member about this area. Add any need, goal or support, and list the area as covered.

## S17
s17-housing-plan-missing = The plan has no Housing Support Plan.
    .help = Write a Housing Support Plan with the person: what makes housing hard, and short-term and long-term goals.
s17-no-barriers = The Housing Support Plan does not list what makes housing hard for the person.
    .help = Write the barriers to finding or keeping housing, for example no ID or past evictions.
s17-no-short-term-goal = The Housing Support Plan has no short-term goal.
    .help = Write a housing goal for the next few weeks, and how you will measure it.
s17-no-long-term-goal = The Housing Support Plan has no long-term goal.
    .help = Write a housing goal for the next year, and how you will measure it.
s17-goal-text-missing = This housing goal has no words in it.
    .help = Write the goal in plain words, or remove it.
