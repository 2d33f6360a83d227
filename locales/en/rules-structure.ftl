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
