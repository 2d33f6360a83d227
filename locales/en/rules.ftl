## Validation findings: one message per problem, each with a `.help` attribute saying how to fix it.
## Messages never include values from the plan; arguments are limits and counts.
