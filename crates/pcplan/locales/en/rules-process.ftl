## Findings of the process and consent rules (P1–P8) and the review rules (R1–R3).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits and counts.

## P1
p1-person-signature-missing = The plan is in effect, but the person has not signed it.
    .help = Ask the person to sign the plan and write down the date. A legal representative can sign for them. If the person cannot sign, write down why.
p1-person-signature-undated = The person's signature has no date.
    .help = Write down the date the person (or their representative) signed the plan.
p1-unable-to-sign-reason-missing = The plan says the person could not sign, but not why.
    .help = Write down why the person could not sign, and who saw it.
p1-provider-signature-missing = No provider has signed the plan.
    .help = Ask each provider who carries out part of the plan to sign it, and write down the date.
p1-provider-signature-undated = The provider's signature has no date.
    .help = Write down the date the provider signed the plan.

## P2
p2-signature-in-future = This signature is dated in the future.
    .help = Check the date on the signed page and fix it.
p2-signature-before-meeting = This signature is dated before the last planning meeting.
    .help = Check the date. If it is right, ask the signer to read the plan from the last meeting and sign again.

## P3
p3-content-changed-after-signing = The plan changed after this person signed it.
    .help = Go over the changes with the person and everyone who signed, and ask them to sign again. If the change was a mistake, undo it.

## P4
p4-conflict-without-exception = The planner has a conflict of interest with a provider, and no exception is written down.
    .help = Write down the approved exception and how the person is protected. If there is none, have another planner write the plan.

## P5
p5-no-copy-to-person = The plan does not show that the person got a copy.
    .help = Give the person a copy of their plan, in their language and format, and write down when.
p5-not-offered-for-review = The person was not offered their copy to review and change.
    .help = Offer the person a copy to read and change, and write down that you did.
p5-no-copy-to-representative = This representative has not been given a copy of the plan.
    .help = With the person's permission, give their representative a copy and write it down.
p5-no-copy-to-provider = This provider has not been given a copy of the plan.
    .help = With the person's permission, give each provider who carries out the plan a copy and write it down.

## P6
p6-copy-not-in-written-language = The person's copy is not in the language they read.
    .help = Give the person a copy in the language they prefer to read. If they chose another language, write that down.
p6-copy-not-in-requested-format = The person's copy is not in the format they asked for.
    .help = Give the person a copy in large print, audio, braille or the format they asked for. If they chose another format, write that down.
p6-text-not-in-written-language = This text is not in the language the person reads.
    .help = Ask a qualified translator to add a translation into the person's language.

## P7
p7-time-place-not-chosen = The plan does not show that the person chose the meeting's time and place.
    .help = Ask the person when and where they want their meeting, and write down that they chose.
p7-attendee-not-invited = Someone came to the meeting who was not invited by the person.
    .help = Ask the person who they want at their meetings. If this person has legal authority, such as a guardian, write that down.

## P8
p8-interpreter-not-qualified = The meeting interpreter is not marked as qualified.
    .help = Use a qualified interpreter at the next meeting, and write it down.
p8-interpreter-minor = A child interpreted at the meeting.
    .help = Do not ask a child to interpret. Use a qualified adult interpreter at the next meeting.

## R1
r1-next-review-missing = The plan has no date for the next review.
    .help = Set a date for the next review, no more than 12 months after the last one.
r1-next-review-too-late = The next review is more than { $months } months after the last one.
    .help = Move the next review so it is no more than { $months } months after the last one.
r1-review-overdue = The review is overdue.
    .help = Hold the review with the person soon, then write down the new review dates.

## R2
r2-no-review-after-change = Something big changed in the person's life, and the plan has not been reviewed since.
    .help = Talk with the person about the change and review the plan together. Then write down the revision.

## R3
r3-update-request-not-answered = The person asked to change the plan, and it was not revised within { $days } days.
    .help = Meet with the person about what they want to change, revise the plan together, and write down the revision.
