## Findings of the rules on text written about and for the person (T1–T6).
## One message per problem, each with a `.help` attribute saying how to fix it. Messages never include values
## from the plan; arguments are limits, counts, and phrases and suggestions from pcplan's own lexicon.

## T1
t1-legal-name-used = This text uses the person's legal first name, not the name they go by.
    .help = Use the person's preferred name here. Keep the legal name for the identification section only.
t1-other-pronouns = This text uses pronouns that are not the person's.
    .help = Use the person's own pronouns. If the pronoun is about someone else, you can leave it.

## T2
t2-goal-not-in-own-words = This goal is not in the person's own words.
    .help = Ask the person what they want and write it down just as they said it. If they said it with help, mark that.

## T3
t3-reading-grade-too-high = This text reads at about grade { $grade }. Aim for grade { $target } or lower.
    .help = Use short sentences and everyday words. Say who does what.
t3-unexplained-acronym = This text uses an abbreviation that is not explained anywhere in the plan.
    .help = Write the words out the first time, with the short form after them in parentheses.

## T4
t4-deficit-language = This text uses "{ $avoid }", which can sound like a label or like blame.
    .help = Try instead: { $suggest }. Or say what happened, in plain words.

## T5
t5-own-words-third-person = These are meant to be the person's own words, but they talk about the person as "he", "she" or by name.
    .help = Write down what the person said, just as they said it, like "I want…". Put the team's summary in the goal statement.
t5-institutional-label = This text calls the person "the client" or a similar label.
    .help = Use the person's preferred name instead.

## T6
t6-translation-not-reviewed = The plan's headings and labels in the person's language have not been checked by a qualified translator.
    .help = Ask a qualified translator to review them, and record the review. Until then, go over the plan with the person and an interpreter.
t6-no-locale = pcplan does not have the person's language, so the plan's headings and labels would be in English.
    .help = Add the person's language to pcplan, or give the person a copy translated by a qualified translator.
