## Hallazgos de las reglas sobre el texto escrito sobre la persona y para ella (T1–T6).
## Un mensaje por problema, cada uno con un atributo `.help` que dice cómo corregirlo. Los mensajes nunca
## incluyen datos del plan; los argumentos son límites, cantidades y frases y sugerencias del léxico de pcplan.

## T1
t1-legal-name-used = Este texto usa el nombre legal de la persona, no el nombre que ella usa.
    .help = Use aquí el nombre preferido de la persona. Deje el nombre legal solo para la sección de identificación.
t1-other-pronouns = Este texto usa pronombres que no son los de la persona.
    .help = Use los pronombres de la persona. Si el pronombre habla de otra persona, puede dejarlo.

## T2
t2-goal-not-in-own-words = Esta meta no está en las propias palabras de la persona.
    .help = Pregunte a la persona qué quiere y escríbalo tal como lo dijo. Si lo dijo con ayuda, anótelo.

## T3
t3-reading-grade-too-high = Este texto tiene un nivel de lectura de grado { $grade } más o menos. Busque un grado { $target } o menos.
    .help = Use oraciones cortas y palabras de todos los días. Diga quién hace qué.
t3-unexplained-acronym = Este texto usa una sigla que no se explica en ninguna parte del plan.
    .help = Escriba las palabras completas la primera vez, con la sigla después entre paréntesis.

## T4
t4-deficit-language = Este texto usa «{ $avoid }», que puede sonar a etiqueta o a culpa.
    .help = Pruebe en su lugar: { $suggest }. O diga lo que pasó, con palabras sencillas.

## T5
t5-own-words-third-person = Estas deberían ser las propias palabras de la persona, pero hablan de ella como «él», «ella» o por su nombre.
    .help = Escriba lo que dijo la persona, tal como lo dijo, como «Yo quiero…». Ponga el resumen del equipo en la descripción de la meta.
t5-institutional-label = Este texto llama a la persona «el cliente» o con una etiqueta parecida.
    .help = Use en su lugar el nombre preferido de la persona.

## T6
t6-translation-not-reviewed = Los títulos y etiquetas del plan en el idioma de la persona no han sido revisados por un traductor calificado.
    .help = Pida a un traductor calificado que los revise y anote la revisión. Mientras tanto, repase el plan con la persona y un intérprete.
t6-no-locale = pcplan no tiene el idioma de la persona, así que los títulos y etiquetas del plan saldrían en inglés.
    .help = Agregue el idioma de la persona a pcplan, o entregue a la persona una copia traducida por un traductor calificado.
