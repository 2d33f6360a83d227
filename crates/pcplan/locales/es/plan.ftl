## El documento del plan (Markdown, HTML y PDF). El plan habla con la voz de la persona: "mi", "yo", "me".
## Las etiquetas llevan su propia puntuación (dos puntos), porque cada idioma puntúa a su manera.
## Los valores que se insertan ya vienen formateados: fechas y números según el idioma del documento.

## Marco del documento

# Título del documento. $name: el nombre con el que la persona quiere que la llamen.
plan-title = Mi plan centrado en la persona: { $name }
# Título de la página HTML (se ve en la pestaña del navegador). $name: el nombre preferido de la persona.
html-title = { $name }: mi plan centrado en la persona
# Encabezado de cada página (PDF). $name: nombre preferido; $version: número de versión del plan.
running-header = { $name }, plan centrado en la persona, versión { $version }
# Pie de cada página (PDF). $page: número de la página; $pages: total de páginas.
running-footer = Página { $page } de { $pages }
# Debajo del título. $version: versión del plan; $start y $end: fechas ya formateadas.
plan-period = Versión { $version } de mi plan. Está vigente del { $start } al { $end }.
# Debajo del título, para un plan sin fecha de fin. $version: versión del plan; $start: fecha formateada.
plan-period-open = Versión { $version } de mi plan. Está vigente desde el { $start }.
label-latest-change = Qué cambió en esta versión:
changes-heading = Qué cambió desde la versión anterior
# Se muestra donde una celda de tabla no tiene nada anotado.
not-recorded = No se anotó

## Sobre mí

about-me-heading = Sobre mí
label-preferred-name = Cómo me gusta que me llamen:
label-pronouns = Mis pronombres:
# Un juego estándar de pronombres, nombrado en este idioma. $set: he, she o they (singular).
pronoun-set = { $set ->
    [he] él
    [she] ella
   *[they] elle
}
label-identity-language = Cómo me gusta que me describan:
# $preference: person-first, identity-first o no-preference.
identity-preference = { $preference ->
    [person-first] primero la persona (por ejemplo, "una persona con discapacidad")
    [identity-first] primero la identidad (por ejemplo, "una persona discapacitada")
   *[other] no tengo preferencia
}
label-identity-terms = Palabras que uso para describirme:
label-languages = Mis idiomas:
# $spoken y $written: nombres de idiomas (del mensaje "language").
languages-spoken-written = Hablo { $spoken }. Leo y escribo en { $written }.
# $languages: los idiomas (una lista) para los que la persona necesita intérprete.
interpreter-needed-for = Cuando una reunión es en otro idioma, necesito intérprete de { $languages }.
# Un idioma y qué tan bien lo usa la persona. $language: su nombre; $proficiency: excellent, good, fair o poor.
language-proficiency = { $language } ({ $proficiency ->
    [excellent] muy bien
    [good] bien
    [fair] algo
   *[poor] un poco
})
label-residence = Dónde vivo ahora:
# $kind: el tipo de lugar.
residence-kind = { $kind ->
    [own-home] en mi propia casa
    [with-family-or-friends] con familia o amigos
    [shelter] en un albergue
    [domestic-violence-shelter] en un refugio seguro
    [transitional-housing] en una vivienda de transición
    [recuperative-care] en un lugar de cuidados para recuperarme
    [supportive-housing] en una vivienda con servicios de apoyo
    [group-home] en un hogar grupal
    [assisted-living] en una residencia de vida asistida
    [nursing-facility] en un centro de cuidados de enfermería
    [hospital] en el hospital
    [incarcerated] en la cárcel o en prisión
    [unsheltered] sin un lugar donde quedarme
   *[other] en otro lugar
}
# $date: una fecha.
residence-since = desde el { $date }
label-name-as-written = Mi nombre como yo lo escribo:
label-formats = Necesito los documentos en:
label-birth-date = Mi fecha de nacimiento:
label-legal-name = Mi nombre legal (para identificarme):
# $type: el tipo de número de identificación.
identifier-type = { $type ->
    [medicaid-number] Mi número de Medi-Cal (CIN):
    [state-id] Mi identificación del estado:
    [medical-record-number] Mi número de expediente médico:
    [member-id] Mi número de miembro del plan de salud:
   *[other] Mi número de identificación:
}
representatives-heading = Personas que me ayudan a tomar decisiones
# $kind: el tipo de representante.
representative-kind = { $kind ->
    [guardian] mi tutor legal
    [conservator] mi curador (conservator)
    [authorized-representative] mi representante autorizado
    [power-of-attorney] tiene mi poder notarial
    [supported-decision-maker] me apoya en la toma de decisiones
   *[other] mi representante
}
# $applies: always, when-person-cannot-decide o conditional. Pueden seguir condiciones en las palabras de la persona.
representative-authority = { $applies ->
    [always] Tiene autoridad legal para tomar decisiones por mí.
    [when-person-cannot-decide] Tiene autoridad legal para tomar decisiones por mí solo cuando yo no pueda tomarlas.
   *[conditional] Tiene autoridad legal para tomar decisiones por mí en estas condiciones:
}
label-authority-areas = En estos asuntos:

## Idiomas y formatos

# El nombre de un idioma, en español. $code: un código de idioma como "es" o "zh-Hant".
language = { $code ->
    [en] inglés
    [es] español
    [zh-Hant] chino (tradicional)
    [zh-Hans] chino (simplificado)
    [zh] chino
    [yue] cantonés
    [cmn] mandarín
    [vi] vietnamita
    [ko] coreano
    [tl] tagalo
    [fil] filipino
    [hy] armenio
    [hyw] armenio occidental
    [ru] ruso
    [fa] farsi
    [ar] árabe
    [km] jemer (camboyano)
    [hmn] hmong
    [mww] hmong
    [pa] panyabí
    [hi] hindi
    [ja] japonés
    [th] tailandés
    [lo] laosiano
    [uk] ucraniano
    [ium] mien
   *[other] { $code }
}
# $format: un formato de documento.
document-format = { $format ->
    [standard-print] letra normal
    [large-print] letra grande
    [audio] audio
    [braille] braille
   *[accessible-electronic] formato electrónico accesible
}

## Quién soy

like-and-admire-heading = Lo que a la gente le gusta y admira de mí
important-to-heading = Lo que es importante para mí
how-to-support-heading = Cómo apoyarme
more-about-me-heading = Mis fortalezas, intereses y talentos
strengths-heading = Mis fortalezas
interests-heading = Mis intereses
talents-heading = Mis talentos
preferences-heading = Lo que prefiero
needs-heading = En qué necesito ayuda
# $category: la categoría de una necesidad evaluada.
need-category = { $category ->
    [physical-health] Mi salud física:
    [oral-health] Mis dientes y mi boca:
    [behavioral-health] Mi salud mental:
    [substance-use] Alcohol y drogas:
    [daily-living] La vida diaria:
    [housing] Vivienda:
    [food] Comida:
    [transportation] Transporte:
    [social] Mi gente y mi comunidad:
    [financial] Dinero y beneficios:
    [employment] Trabajo:
    [education] Estudios:
    [communication] Comunicación:
    [safety] Seguridad:
    [end-of-life] Planes para el final de la vida:
   *[other] Otro:
}

## Metas

goals-heading = Mis metas
# $number: el número de la meta en el plan.
goal-heading = Meta { $number }
# Antes de la meta en las palabras de la persona. $expressed: quién la expresó.
own-words-intro = { $expressed ->
    [person] En mis propias palabras:
    [person-with-support] En mis propias palabras, con ayuda:
    [representative] En las palabras de mi representante:
   *[team] Como la escribió mi equipo:
}
own-words-translation-intro = Traducción:
label-goal-statement = Mi meta:
label-target-date = Cuándo espero lograrla:
label-goal-status = Cómo va:
# $status: el estado de la meta.
goal-status = { $status ->
    [proposed] Todavía no empieza
    [active] Estoy trabajando en ella
    [achieved] La logré
    [on-hold] En pausa, por decisión mía
   *[discontinued] Ya no quiero esta meta
}
steps-heading = Pasos para lograr esta meta
step-by-me = lo hago yo
# $names: las personas del equipo (una lista) con las que la persona hace el paso.
step-by-me-with = lo hago junto con { $names }
# $who: el nombre de la persona del equipo que ayuda.
step-who = me ayuda { $who }
step-who-unknown = no se anotó quién ayuda
# $names: las personas del equipo (una lista) que hacen el paso junto con la persona.
step-together-with = junto con { $names }
# $date: una fecha formateada.
step-by-date = para el { $date }
step-done = hecho
goal-supports-heading = Apoyos que me ayudan con esta meta

## Apoyos

supports-heading = Mis apoyos
paid-supports-heading = Servicios pagados
paid-supports-caption = Servicios pagados de mi plan
natural-supports-heading = Apoyo de mi familia, mis amistades y mi comunidad
natural-supports-caption = Apoyo sin pago de personas en mi vida
natural-supports-none = Mi equipo y yo buscamos apoyo sin pago de familia, amistades y comunidad, y por ahora no encontramos.
col-support = Apoyo
col-provider = Quién lo da
col-amount = Cuánto y cada cuándo
col-dates = Cuándo
col-location = Dónde
col-how-i-want-it = Cómo lo quiero
# La tabla de códigos y aprobaciones, solo en las copias para un proveedor o el plan de salud (la copia de la
# persona nombra los servicios con palabras sencillas).
billing-heading = Códigos de servicio y autorizaciones
billing-caption = Para mis proveedores y mi plan de salud: los códigos y las aprobaciones de mis servicios pagados
col-service-code = Código de servicio
col-authorization = Autorización
col-authorized-units = Unidades autorizadas
col-rate = Tarifa por unidad
# Una tarifa por unidad. $rate: el número; $currency: su código ISO 4217, como USD.
# Los une un espacio de no separación, como en CLDR.
billing-rate = { $rate }{"\u00A0"}{ $currency }
label-place-of-service = Lugar de servicio:
self-directed = Yo dirijo este servicio.
# Cuánto apoyo y cada cuándo. $count: el número, para elegir singular o plural; $quantity: el mismo número
# formateado para el idioma; $unit: la unidad de servicio; $interval: cada cuándo (o "none").
support-amount =
    { $unit ->
        [minute]
            { $count ->
                [one] { $quantity } minuto
               *[other] { $quantity } minutos
            }
        [quarter-hour]
            { $count ->
                [one] { $quantity } cuarto de hora
               *[other] { $quantity } cuartos de hora
            }
        [hour]
            { $count ->
                [one] { $quantity } hora
               *[other] { $quantity } horas
            }
        [half-day]
            { $count ->
                [one] { $quantity } medio día
               *[other] { $quantity } medios días
            }
        [day]
            { $count ->
                [one] { $quantity } día
               *[other] { $quantity } días
            }
        [visit]
            { $count ->
                [one] { $quantity } visita
               *[other] { $quantity } visitas
            }
        [session]
            { $count ->
                [one] { $quantity } sesión
               *[other] { $quantity } sesiones
            }
        [meal]
            { $count ->
                [one] { $quantity } comida
               *[other] { $quantity } comidas
            }
        [trip]
            { $count ->
                [one] { $quantity } viaje
               *[other] { $quantity } viajes
            }
        [mile]
            { $count ->
                [one] { $quantity } milla
               *[other] { $quantity } millas
            }
        [dollar]
            { $count ->
                [one] { $quantity } dólar
               *[other] { $quantity } dólares
            }
       *[item]
            { $count ->
                [one] { $quantity } artículo
               *[other] { $quantity } artículos
            }
    }{ $interval ->
        [day] {" "}al día
        [week] {" "}a la semana
        [month] {" "}al mes
        [year] {" "}al año
        [one-time] , una sola vez
        [as-needed] , cuando yo lo pida
       *[none] {""}
    }
# Cada cuándo, cuando no se anotó una cantidad. $interval: cada cuándo.
support-interval-only = { $interval ->
    [day] Todos los días
    [week] Cada semana
    [month] Cada mes
    [year] Cada año
    [one-time] Una sola vez
   *[as-needed] Cuando yo lo pida
}
# $start y $end: fechas formateadas.
date-range = Del { $start } al { $end }
# $start: una fecha formateada.
date-from = Desde el { $start }

## Seguridad

safety-heading = Riesgos que decido tomar y cómo nos aseguramos de que yo esté a salvo
risks-caption = Riesgos, mis decisiones y cómo nos mantenemos a salvo
col-risk = El riesgo
col-my-choice = Mi decisión
col-stay-safe = Cómo nos mantenemos a salvo
backup-plan-heading = Mi plan de respaldo
backup-contacts-intro = A quién llamar, en este orden:
# Encabezado de los planes de respaldo de cada apoyo («si no llega mi transporte»).
support-backups-heading = Si alguno de mis apoyos no llega
emergency-contacts-heading = Mis contactos de emergencia

## Dónde vivo y mis decisiones

setting-heading = Dónde vivo y mis decisiones
label-setting = Dónde vivo:
# $setting: el tipo de lugar.
setting-type = { $setting ->
    [own-home] Mi propia casa
    [family-home] La casa de mi familia
    [supportive-housing] Vivienda con servicios de apoyo
    [shared-living] Un hogar compartido
    [residential-facility] Un hogar de cuidado residencial
    [unhoused] Un albergue o sin domicilio fijo
   *[other] Otro lugar
}
setting-chosen = Yo escogí dónde vivo.
setting-not-chosen = Yo no escogí dónde vivo.
alternatives-heading = Otros lugares que consideré
services-offered = Me dieron a escoger entre varios servicios.
services-not-offered = No me dieron a escoger entre varios servicios.
services-selected = Ayudé a escoger mis servicios.
services-not-selected = No ayudé a escoger mis servicios.
providers-offered = Me dieron a escoger quién me da cada servicio.
providers-not-offered = No me dieron a escoger quién me da los servicios.
providers-informed = Tuve la información que necesitaba para escoger a mis proveedores.
providers-not-informed = No tuve la información que necesitaba para escoger a mis proveedores.
services-agree = Estoy de acuerdo con los servicios de mi plan.
services-not-agree = No estoy de acuerdo con todos los servicios de mi plan.
label-reason-not-offered = Por qué no pude escoger:

## Cambios a mis derechos

modifications-heading = Cambios a mis derechos donde vivo
modifications-intro = Un derecho solo se puede limitar por una razón escrita aquí, con mi consentimiento, y se revisa en fechas fijas.
# $number: el número del cambio.
modification-heading = Cambio { $number }
label-right-modified = El derecho que se limita:
# $item: uno de los ocho puntos que la ley exige para cada cambio.
modification-item = { $item ->
    [assessed-need] La necesidad que motiva este cambio:
    [prior-interventions] Lo que intentamos primero:
    [less-intrusive-methods] Formas menos restrictivas que intentamos y por qué no funcionaron:
    [condition-description] En qué consiste exactamente el límite:
    [data-collection] Cómo revisamos si funciona:
    [review-time-limits] Cuándo lo revisamos:
    [informed-consent] Mi consentimiento:
   *[no-harm-assurance] Cómo nos aseguramos de que no me cause daño:
}

## Programas

ecm-heading = Mi Administración de Cuidados Mejorada (ECM)
label-lead-care-manager = Mi administrador principal de cuidados:
label-assessment-date = Mi evaluación fue el:
label-care-domains = Mi plan cubre:
# $domain: un área de cuidado de ECM.
care-domain = { $domain ->
    [physical] salud física
    [behavioral] salud mental
    [substance-use] uso de alcohol y drogas
    [ltss] servicios y apoyos a largo plazo
    [oral] salud dental
    [palliative] cuidados paliativos
   *[social-needs] vivienda, comida y otras necesidades diarias
}
housing-heading = Mi plan de apoyo para la vivienda
housing-barriers-heading = Lo que me hace difícil conseguir o mantener vivienda
housing-short-term-heading = Mis metas de vivienda a corto plazo
housing-long-term-heading = Mis metas de vivienda a largo plazo
housing-other-services-heading = Otros servicios que me ayudan
label-measure = cómo sabremos que se logró:

## Equipo

team-heading = Mi equipo
team-caption = Las personas de mi equipo
col-name = Nombre
col-role = Función
col-organization = Organización o relación
col-contact = Contacto
# $role: la función de la persona en el equipo.
team-role = { $role ->
    [care-coordinator] Coordinador(a) de cuidados
    [lead-care-manager] Administrador(a) principal de cuidados
    [housing-navigator] Guía de vivienda
    [provider] Proveedor de servicios
    [clinician] Proveedor de salud
    [family] Familia
    [friend] Amistad
    [peer-support] Apoyo entre pares
    [representative] Representante
    [decision-supporter] Apoyo para tomar decisiones
   *[other] Miembro del equipo
}

## Derechos

rights-heading = Mis derechos
right-review-any-time = Puedo pedir una revisión de mi plan en cualquier momento.
# $language: el nombre del idioma en que lee la persona (del mensaje "language").
right-copy = Recibo una copia de mi plan en { $language } y en el formato que necesito.
right-say-no = Puedo decir que no a cualquier servicio de mi plan.

## Revisión

review-heading = La revisión de mi plan
label-last-review = Última revisión:
label-next-review = Próxima revisión a más tardar el:
label-plan-monitor = La persona que revisa que mi plan funcione para mí:
review-triggers-intro = También revisamos mi plan:
# $trigger: lo que provoca una revisión.
review-trigger = { $trigger ->
    [annual] por lo menos una vez al año
    [change-in-circumstances] cuando cambian mi vida o mis necesidades
    [person-request] cuando yo lo pido
    [hospital-discharge] después de una estancia en el hospital
   *[provider-change] cuando cambia un proveedor
}
monitoring-heading = Cómo va mi plan
delivered-as-planned = Mis apoyos llegaron como se planeó.
not-delivered-as-planned = No todos mis apoyos llegaron como se planeó.
# $from: quién dio la opinión.
feedback-from = { $from ->
    [person] lo que yo dije
    [representative] lo que dijo mi representante
    [natural-support] lo que dijo alguien cercano a mí
   *[provider] lo que dijo un proveedor
}

## Firmas y copias

signatures-heading = Firmas
signatures-caption = Quién firmó mi plan
col-date = Fecha
# $role: quién firma.
signer-role = { $role ->
    [person] Yo
    [representative] Mi representante
    [planner] Mi planificador(a)
    [provider] Proveedor
   *[witness] Testigo
}
unable-to-sign = No pudo firmar:
# $witness: el nombre del testigo.
unable-to-sign-witness = (testigo: { $witness })
distribution-heading = Quién recibió una copia
distribution-caption = Copias de mi plan
col-language = Idioma
col-format = Formato
# $role: quién recibió la copia.
recipient-role = { $role ->
    [person] Yo
    [representative] Mi representante
    [provider] Proveedor
    [team-member] Miembro del equipo
   *[health-plan] Mi plan de salud
}
