## Rule S18 (draft translation; needs review by a qualified translator).

s18-code-not-listed = Este código de servicio no está en los conjuntos de códigos de su sistema de codificación.
    .help = Revise el código en la autorización del plan de salud. Si su plan de salud usa este código, agréguelo al archivo de códigos de su agencia.
s18-modifiers-not-listed = Estos modificadores no son una combinación registrada para este código de servicio.
    .help = Copie los modificadores, en orden, de la autorización del plan de salud.
s18-unit-not-listed = Este código de servicio no se cuenta en esta unidad de servicio.
    .help = Use una de estas unidades: { $units }.
