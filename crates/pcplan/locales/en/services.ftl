## Findings of billing (SV1–SV7): service records against each support's billing terms and authorization.
## Each message has a `.help` attribute that says how to fix it. Arguments are counts, never record values.

services-unknown-support = This record names a support that has no billing terms, so it is not billed.
    .help = Add the support's billing terms (procedure code, unit of service, rate), or correct the record's support id.
services-outside-billing-period = This service was delivered outside the billing period, so it is not on this claim.
    .help = Bill it with the period in which it was delivered.
services-outside-authorization = This service falls outside the dates of its authorization, so it is not billed.
    .help = Ask the health plan to extend or renew the authorization, or correct the record's date.
services-units-capped = Only { $billed } of { $requested } units were billed: the authorization allows { $authorized } units in all.
    .help = Ask the health plan for more units, or bill the rest only if the plan has agreed to pay beyond the authorization.
services-units-above-authorization = { $over } units are billed beyond the { $authorized } authorized units.
    .help = Check with the health plan before sending the claim: units beyond the authorization are usually denied.
services-missing-minutes = This record of a timed service has neither minutes nor units, so it is not billed.
    .help = Add how many minutes the service took.
services-below-one-unit = The minutes delivered that day round to no billable unit.
    .help = If the record is right, nothing needs fixing: under the rounding rule a short contact is not billed.

## Findings of monitoring (SM1–SM6): what was delivered against what the plan says. Arguments are counts.

monitor-not-in-plan = This record names a support that is not in the plan.
    .help = Correct the record's support id, or add the service to the plan with the person before delivering it.
monitor-outside-support-dates = This service was delivered outside the support's dates in the plan.
    .help = Correct the record's date, or update the support's dates in the plan with the person.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = Only { $percent }% of what the plan says was delivered in this period.
    .help = Ask the person and the provider what got in the way, and find a way to catch up or change the plan with the person.
monitor-above-plan = { $percent }% of what the plan says was delivered in this period.
    .help = Check that the records are right; if the person needs more, update the plan (and the authorization) with them.
monitor-missing-authorization = Services were delivered under a code that the health plan pays only with an authorization, and the support has none.
    .help = Ask the health plan for the authorization and record its number in the support; until then these services are not paid.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = { $missed } scheduled times in a row went by without this service ({ $scheduled } in the period).
    .help = Contact the person and the provider: a long gap can mean the service has stopped without anyone noticing.

## "How my services are going": a document for the person about what they got, next to what their plan says.

# The document's title. $name: the person's name.
services-title = How my services are going: { $name }
services-heading = How my services are going
# $from and $to: the first and last day of the period, already formatted.
services-intro = This page shows what I got from my services between { $from } and { $to }, next to what my plan says.
services-plan-says = My plan says:
services-i-got = What I got:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count ->
    [one] 1 time
   *[other] { $count } times
}
services-none-delivered = Nothing is recorded for this period.
services-last = Last time:
services-as-planned = This is about what my plan says.
services-below = This is less than my plan says.
services-above = This is more than my plan says.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } times in a row, it did not come when my plan says it should.
services-none = No services are recorded for this period.
services-talk = If something is not right, I can talk with my care coordinator. I can ask to change my plan at any time.

## The utilization table for staff: one row per support over the period.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = Services from { $from } to { $to }
utilization-col-support = Support
utilization-col-planned = Planned
utilization-col-delivered = Delivered
utilization-col-services = Services
utilization-col-authorization = Authorization
utilization-col-used = Units used
utilization-col-remaining = Units left
utilization-col-missed = Longest gap
utilization-not-tracked = not in these records
utilization-findings = Findings
