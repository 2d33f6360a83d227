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

## S2
s2-end-before-start = El plan termina antes de empezar.
    .help = Revise las dos fechas. La fecha de fin debe ser el mismo día o después de la fecha de inicio.

## S3
s3-no-goals = El plan no tiene metas.
    .help = Pregunte a la persona qué quiere en su vida. Escriba cada meta, con sus propias palabras si es posible.
s3-goal-text-missing = Esta meta no tiene texto.
    .help = Escriba la meta en palabras sencillas, o elimínela.

## S4
s4-no-strength = El plan no dice en qué es buena la persona.
    .help = Pregunte a la persona, y a quienes la conocen bien, qué hace bien y qué les gusta de ella. Agréguelo en fortalezas.
s4-no-preference = El plan no dice qué le gusta o qué quiere la persona.
    .help = Pregunte a la persona qué le gusta, qué no le gusta y cómo quiere que se hagan las cosas. Agréguelo en preferencias.

## S5
s5-no-needs = El plan no tiene necesidades evaluadas.
    .help = Agregue cada necesidad que encontró la evaluación, en palabras sencillas, y diga de qué evaluación viene.
s5-need-text-missing = Esta necesidad no tiene texto.
    .help = Escriba la necesidad en palabras sencillas, o elimínela.

## S6
s6-name-missing = Este servicio pagado no tiene nombre.
    .help = Escriba el nombre del servicio, tal como aparece en la autorización del servicio.
s6-provider-missing = Este servicio pagado no dice quién lo da.
    .help = Escriba el nombre de la agencia o de la persona que da el servicio.
s6-quantity-missing = Este servicio pagado no dice cuánto recibe la persona.
    .help = Escriba cuántas unidades recibe la persona, por ejemplo 20.
s6-quantity-not-positive = La cantidad de este servicio pagado debe ser mayor que cero.
    .help = Escriba cuántas unidades recibe la persona. Compare el número con la autorización del servicio.
s6-unit-missing = Este servicio pagado no tiene unidad.
    .help = Elija la unidad que cuenta la cantidad, por ejemplo horas, visitas o viajes.
s6-interval-missing = Este servicio pagado no dice cada cuánto se da.
    .help = Elija cada cuánto: por día, semana, mes o año, una sola vez, o cuando se necesite.
s6-start-missing = Este servicio pagado no tiene fecha de inicio.
    .help = Escriba el primer día del servicio, según la autorización del servicio.

## S7
s7-start-before-plan = Este apoyo empieza antes que el plan.
    .help = Revise la fecha. Un apoyo puede empezar el primer día del plan o después.
s7-start-after-plan = Este apoyo empieza después de que termina el plan.
    .help = Revise la fecha. Si el apoyo empieza más tarde, póngalo en el próximo plan.
s7-end-before-start = Este apoyo termina antes de empezar.
    .help = Revise las dos fechas. La fecha de fin debe ser el mismo día o después de la fecha de inicio.
s7-end-after-plan = Este apoyo termina después de que termina el plan.
    .help = Termine el apoyo el último día del plan o antes. Si continúa, páselo al próximo plan.
s7-end-before-plan = Este apoyo termina antes de que empiece el plan.
    .help = Revise la fecha. Si el apoyo ya terminó, quítelo de este plan.

## S8
s8-no-link = Este apoyo no está unido a ninguna meta ni necesidad.
    .help = Una el apoyo a las metas que ayuda a lograr o a las necesidades que cubre. Si no ayuda con nada del plan, pregunte si todavía se necesita.
s8-goal-not-found = Este apoyo está unido a una meta que no está en el plan.
    .help = Únalo a una meta que esté en el plan, o quite el enlace.
s8-need-not-found = Este apoyo está unido a una necesidad que no está en el plan.
    .help = Únalo a una necesidad que esté en el plan, o quite el enlace.

## S9
s9-goal-without-step-or-support = Esta meta no tiene pasos ni apoyos.
    .help = Con la persona, escriba el primer paso y quién lo hará, o una a esta meta un apoyo que ayude a lograrla.

## S10
s10-no-natural-support = El plan no tiene apoyos sin pago, como familia o amigos.
    .help = Pregunte a la persona quién la ayuda sin que le paguen, y agréguelo. Si no hay nadie, marque que no se encontró ninguno.

## S11
s11-provider-missing = Este apoyo sin pago no dice quién lo da.
    .help = Escriba el nombre de quien ayuda y cómo conoce a la persona.
s11-relationship-missing = Este apoyo sin pago no dice qué relación tiene quien ayuda con la persona.
    .help = Escriba cómo se conocen, con las palabras de la persona, por ejemplo hermana, vecino o amigo de la iglesia.

## S12
s12-mitigation-missing = Este riesgo no tiene un plan para reducirlo.
    .help = Escriba qué harán la persona y el equipo para que este riesgo sea menos probable o menos dañino.
s12-backup-plan-missing = El plan no tiene un plan de respaldo.
    .help = Escriba a quién llamar, y en qué orden, cuando no llega quien ayuda o hay una emergencia.
s12-backup-plan-missing-critical = El plan no tiene un plan de respaldo, y algunos de sus servicios son esenciales para la salud o la seguridad de la persona.
    .help = Escriba a quién llamar, y en qué orden, cuando no llega un servicio esencial. Debe hacerlo antes de terminar el plan.

## S13
s13-setting-choice-missing = El plan no dice cómo eligió la persona el lugar donde vive.
    .help = Escriba dónde vive la persona, que ella lo eligió, y los otros lugares que consideró.
s13-setting-not-chosen = El plan no muestra que la persona eligió el lugar donde vive.
    .help = Hable con la persona sobre dónde quiere vivir. Anote lo que ella elige.
s13-no-alternatives = El plan no dice qué otros lugares para vivir consideró la persona.
    .help = Escriba los otros lugares que la persona visitó o de los que habló, incluso los que no son solo para personas con discapacidad.
s13-service-choice-missing = El plan no dice si la persona pudo elegir sus servicios y proveedores.
    .help = Anote que a la persona se le ofreció elegir servicios y proveedores, y lo que eligió.
s13-services-not-offered = A la persona no se le ofreció elegir sus servicios, y el plan no dice por qué.
    .help = Ofrezca a la persona elegir sus servicios. Si no había opciones, escriba la razón.
s13-providers-not-offered = A la persona no se le ofreció elegir sus proveedores, y el plan no dice por qué.
    .help = Ofrezca a la persona elegir sus proveedores. Si no había opciones, por ejemplo un solo proveedor en la zona, escriba la razón.

## S14
s14-no-plan-monitor = El plan no dice quién revisa que se cumpla.
    .help = Escriba el nombre de la coordinadora o el coordinador que revisará el plan, con su teléfono.

## S15
s15-right-missing = Este límite a los derechos de la persona no dice qué derecho limita.
    .help = Escriba qué derecho se limita, por ejemplo tener llave o comer a cualquier hora.
s15-item-missing = { $item ->
        [assessedNeed] Este límite a los derechos de la persona no dice para qué necesidad evaluada es.
        [priorInterventions] Este límite a los derechos de la persona no dice qué apoyos positivos se usaron primero.
        [lessIntrusiveMethods] Este límite a los derechos de la persona no dice qué formas más suaves se probaron primero.
        [conditionDescription] Este límite a los derechos de la persona no describe en qué consiste el límite.
        [dataCollection] Este límite a los derechos de la persona no dice cómo se juntarán y revisarán los datos.
        [reviewTimeLimits] Este límite a los derechos de la persona no dice cuándo se revisará.
        [informedConsent] Este límite a los derechos de la persona no muestra el consentimiento informado de la persona.
        [noHarmAssurance] Este límite a los derechos de la persona no asegura que no causará daño.
       *[other] A este límite a los derechos de la persona le falta un dato obligatorio.
    }
    .help = Complete este dato con la persona y el equipo. Un límite a los derechos solo puede estar en el plan si los ocho datos están escritos.

## S16
s16-ecm-section-missing = El plan no tiene la sección de Administración Mejorada de la Atención (ECM).
    .help = Agregue la sección ECM con la persona a cargo de la atención (Lead Care Manager) y las áreas de cuidado que cubre el plan.
s16-domain-missing = { $domain ->
        [physical] El plan de cuidado no cubre la salud física.
        [behavioral] El plan de cuidado no cubre la salud mental y del comportamiento.
        [substance-use] El plan de cuidado no cubre el uso de sustancias.
        [ltss] El plan de cuidado no cubre los servicios y apoyos a largo plazo.
        [oral] El plan de cuidado no cubre la salud dental.
        [palliative] El plan de cuidado no cubre los cuidados paliativos.
        [social-needs] El plan de cuidado no cubre las necesidades sociales, como comida y vivienda.
       *[other] El plan de cuidado no cubre un área de cuidado.
    }
    .help = Hable con la persona sobre esta área. Agregue cualquier necesidad, meta o apoyo, y marque el área como cubierta.

## S17
s17-housing-plan-missing = El plan no tiene un Plan de Apoyo para la Vivienda.
    .help = Escriba con la persona un Plan de Apoyo para la Vivienda: qué le dificulta tener vivienda, y metas a corto y a largo plazo.
s17-no-barriers = El Plan de Apoyo para la Vivienda no dice qué le dificulta a la persona tener vivienda.
    .help = Escriba las barreras para encontrar o mantener una vivienda, por ejemplo no tener identificación o desalojos anteriores.
s17-no-short-term-goal = El Plan de Apoyo para la Vivienda no tiene una meta a corto plazo.
    .help = Escriba una meta de vivienda para las próximas semanas, y cómo medirá el avance.
s17-no-long-term-goal = El Plan de Apoyo para la Vivienda no tiene una meta a largo plazo.
    .help = Escriba una meta de vivienda para el próximo año, y cómo medirá el avance.
s17-goal-text-missing = Esta meta de vivienda no tiene texto.
    .help = Escriba la meta en palabras sencillas, o elimínela.
