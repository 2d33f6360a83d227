## Hallazgos de estructura y contenido (reglas S1–S17): un mensaje por problema, cada uno con un atributo
## `.help` que dice cómo corregirlo. Escritos para la coordinadora o el coordinador de cuidado, en palabras sencillas.
## Los mensajes nunca incluyen valores del plan; los argumentos son límites, cantidades y nombres de campos.

## S1
s1-family-name-missing = Falta el apellido de la persona.
    .help = Escriba el apellido tal como aparece en la tarjeta de beneficios de la persona.
s1-given-name-missing = Falta el nombre de pila de la persona.
    .help = Escriba al menos un nombre tal como aparece en la tarjeta de beneficios de la persona.
s1-identifier-missing = El plan no tiene ningún número de identificación de la persona.
    .help = Agregue el número de identificación de Medi-Cal (CIN) o el número de Medicaid de la persona.
s1-identifier-empty = Este número de identificación está vacío.
    .help = Escriba el número o elimine la entrada.
