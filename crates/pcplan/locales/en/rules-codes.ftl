## Rule S18: service codes, modifiers and units against the loaded code sets.

s18-code-not-listed = This service code is not in the code sets for its coding system.
    .help = Check the code on the health plan's authorization. If your health plan uses this code, add it to your agency's code set file.
s18-modifiers-not-listed = These modifiers are not a listed combination for this service code.
    .help = Copy the modifiers, in order, from the health plan's authorization. The code set lists the combinations the health plan pays.
# $units: the units of service the code is counted in, as their plan-file names.
s18-unit-not-listed = This service code is not counted in this unit of service.
    .help = Use one of these units: { $units }.
