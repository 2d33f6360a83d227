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
