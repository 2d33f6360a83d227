## Lo que cambió desde la versión anterior del plan: una oración por cambio, dicha a la persona, con «usted»
## («su apoyo», «su meta»). El texto del plan llega ya en el idioma del documento y sin punto final: $goal (una
## meta), $name (un apoyo, un miembro del equipo o un representante), $text (una necesidad), $risk, $step, $right
## (un derecho limitado). Las fechas ($date) y los números llegan ya con formato.
## $case es "added" (antes no había valor), "removed" (ya no hay) o "changed".
## $field nombra la parte del plan que cambió (el nombre del campo en el archivo del plan); $after, en los cambios
## de sí o no, es "true" o "false".

## Cantidades de un apoyo, dentro de otras oraciones: «12 horas por semana», «2350 dólares una sola vez».

# $quantity: el número, para elegir singular o plural; $number: el mismo número con formato. $unit: la unidad.
change-amount-unit = { $unit ->
    [minute] { $quantity ->
        [one] { $number } minuto
       *[other] { $number } minutos
    }
    [quarter-hour] { $quantity ->
        [one] { $number } cuarto de hora
       *[other] { $number } cuartos de hora
    }
    [hour] { $quantity ->
        [one] { $number } hora
       *[other] { $number } horas
    }
    [half-day] { $quantity ->
        [one] { $number } medio día
       *[other] { $number } medios días
    }
    [day] { $quantity ->
        [one] { $number } día
       *[other] { $number } días
    }
    [visit] { $quantity ->
        [one] { $number } visita
       *[other] { $number } visitas
    }
    [session] { $quantity ->
        [one] { $number } sesión
       *[other] { $number } sesiones
    }
    [meal] { $quantity ->
        [one] { $number } comida
       *[other] { $number } comidas
    }
    [trip] { $quantity ->
        [one] { $number } viaje
       *[other] { $number } viajes
    }
    [mile] { $quantity ->
        [one] { $number } milla
       *[other] { $number } millas
    }
    [dollar] { $quantity ->
        [one] { $number } dólar
       *[other] { $number } dólares
    }
    [item] { $quantity ->
        [one] { $number } artículo
       *[other] { $number } artículos
    }
   *[none] { $number }
}

# $amount: una cantidad con su unidad (el mensaje anterior). $interval: cada cuánto.
change-amount-interval = { $interval ->
    [day] { $amount } al día
    [week] { $amount } por semana
    [month] { $amount } al mes
    [year] { $amount } al año
    [one-time] { $amount } una sola vez
    [as-needed] { $amount } cuando usted lo pida
   *[none] { $amount }
}

# Un apoyo sin cantidad escrita.
change-amount-none = sin cantidad fija

## El plan completo.

# $field: "start" (inicio) o "end" (fin) del plan.
change-plan-period = { $field ->
    [start] Su plan ahora empieza el { $date }.
   *[end] { $case ->
        [removed] Su plan ya no tiene fecha de fin.
       *[other] Su plan ahora termina el { $date }.
    }
}

# Cambió algo sobre la persona. La oración solo dice qué tipo de dato.
change-person = { $field ->
    [legalName] Su nombre legal en el plan cambió.
    [preferredNames] El nombre con el que quiere que le llamen cambió.
    [pronouns] Sus pronombres cambiaron.
    [identityLanguage] La forma en que quiere que se hable de usted cambió.
    [birthDate] Su fecha de nacimiento cambió.
    [identifiers] Sus números de identificación cambiaron.
    [contact] Sus datos de contacto cambiaron.
    [emergencyContacts] Sus contactos de emergencia cambiaron.
    [language] Sus preferencias de idioma o de formato cambiaron.
    [residence] Cambió dónde vive.
   *[other] Sus datos personales cambiaron.
}

## Representantes. $name: su nombre; $role: qué tipo de representante es (de change-representative-kind).

change-representative-kind = { $kind ->
    [guardian] tutor legal
    [conservator] curador
    [authorized-representative] representante autorizado
    [power-of-attorney] apoderado
    [supported-decision-maker] persona de apoyo para tomar decisiones
   *[other] representante
}
change-representative-added = { $name } ahora aparece en su plan como { $role }.
change-representative-removed = { $name } ya no aparece en su plan como { $role }.
change-representative-changed = Los datos de { $name } ({ $role }) cambiaron.

## El perfil. $field: qué lista.

change-profile = { $field ->
    [likeAndAdmire] Se actualizó lo que a otras personas les gusta y admiran de usted.
    [strengths] Se actualizaron sus fortalezas.
    [interests] Se actualizaron sus intereses.
    [talents] Se actualizaron sus talentos.
    [importantTo] Se actualizó lo que es importante para usted.
    [howToSupport] Se actualizó la mejor forma de apoyarle.
    [preferences] Se actualizaron sus preferencias.
   *[other] Se actualizó su perfil.
}

## Necesidades. $text: la necesidad, en palabras sencillas.

change-need-added = Su plan agrega una necesidad: «{ $text }».
change-need-removed = Esta necesidad ya no está en su plan: «{ $text }».
change-need-changed = { $field ->
    [description] Una necesidad de su plan ahora dice: «{ $text }».
    [confidential] Cambió quién puede ver esta necesidad: «{ $text }».
   *[other] Se actualizaron los datos de esta necesidad: «{ $text }».
}

## Metas. $goal: la meta en palabras sencillas.

change-goal-added = Su plan tiene una meta nueva: «{ $goal }».
change-goal-removed = Esta meta ya no está en su plan: «{ $goal }».
# $field: "statement" (la meta en palabras sencillas) u "ownWords" (las propias palabras de la persona).
# $before, $after: las palabras de antes y de ahora.
change-goal-reworded = { $field ->
    [ownWords] { $case ->
        [removed] Se quitaron sus propias palabras de la meta «{ $goal }».
       *[other] Sus propias palabras para una meta ahora dicen: «{ $after }».
    }
   *[statement] Su meta «{ $before }» ahora dice: «{ $after }».
}
# $status: el nuevo estado de la meta.
change-goal-status = { $status ->
    [proposed] Su meta «{ $goal }» ahora está propuesta.
    [active] Ahora está trabajando en su meta «{ $goal }».
    [achieved] Usted logró su meta «{ $goal }».
    [on-hold] Su meta «{ $goal }» está en pausa por ahora.
   *[discontinued] Su meta «{ $goal }» ya no está en curso.
}
# $field: "targetDate", "expressedBy" (quién expresó la meta) o "needIds" (las necesidades que atiende).
change-goal-changed = { $field ->
    [targetDate] { $case ->
        [removed] Su meta «{ $goal }» ya no tiene fecha para lograrla.
       *[other] La fecha para lograr su meta «{ $goal }» ahora es el { $date }.
    }
    [expressedBy] Cambió el registro de quién expresó su meta «{ $goal }».
    [confidential] Cambió quién puede ver su meta «{ $goal }».
   *[other] Cambiaron las necesidades que atiende su meta «{ $goal }».
}

## Pasos hacia una meta. $step: el paso; $goal: su meta.

change-step-added = Un paso nuevo hacia su meta «{ $goal }»: «{ $step }».
change-step-removed = Este paso ya no es parte de su meta «{ $goal }»: «{ $step }».
# $who: el miembro del equipo que ahora hará el paso (puede estar vacío).
change-step-changed = { $field ->
    [description] Un paso hacia su meta «{ $goal }» ahora dice: «{ $step }».
    [responsibleId] { $case ->
        [removed] Cambió quién hace el paso «{ $step }».
       *[other] Ahora { $who } hará el paso «{ $step }».
    }
    [byPerson] { $after ->
        [true] Ahora usted hará el paso «{ $step }» por su cuenta.
       *[other] Ahora alguien de su equipo hará el paso «{ $step }».
    }
    [withIds] Cambió quién hace con usted el paso «{ $step }».
    [targetDate] { $case ->
        [removed] El paso «{ $step }» ya no tiene fecha límite.
       *[other] El paso «{ $step }» ahora tiene fecha límite el { $date }.
    }
    [done] { $after ->
        [true] El paso «{ $step }» está hecho.
       *[other] El paso «{ $step }» ya no está marcado como hecho.
    }
   *[other] Se actualizó el paso «{ $step }».
}

## Apoyos. $name: el nombre del apoyo.

# $case es "amount" cuando se da $amount (por ejemplo «12 horas por semana»).
change-support-added = { $case ->
    [amount] Su plan agrega el apoyo «{ $name }»: { $amount }.
   *[other] Su plan agrega el apoyo «{ $name }».
}
change-support-removed = El apoyo «{ $name }» ya no está en su plan.
# $before, $after: el nombre de antes y el de ahora.
change-support-renamed = Su apoyo «{ $before }» ahora se llama «{ $after }».
# $before: la cantidad de antes, o solo su número cuando la unidad y la frecuencia no cambian («de 10 a 12 horas por semana»).
change-support-amount = Su apoyo «{ $name }» cambia de { $before } a { $after }.
# $before, $after: el nombre del proveedor de antes y el de ahora.
change-support-provider = { $case ->
    [added] Ahora { $after } le dará su apoyo «{ $name }».
    [removed] Su apoyo «{ $name }» ya no tiene un proveedor anotado.
   *[changed] Su apoyo «{ $name }» ahora lo dará { $after } en lugar de { $before }.
}
# $field: "startDate" (inicio) o "endDate" (fin).
change-support-dates = { $field ->
    [startDate] { $case ->
        [removed] Su apoyo «{ $name }» ya no tiene fecha de inicio.
       *[other] Su apoyo «{ $name }» ahora empieza el { $date }.
    }
   *[endDate] { $case ->
        [removed] Su apoyo «{ $name }» ya no tiene fecha de fin.
       *[other] Su apoyo «{ $name }» ahora termina el { $date }.
    }
}
# $after: "true" cuando el apoyo ahora es pagado.
change-support-paid = { $after ->
    [true] Su apoyo «{ $name }» ahora es un servicio pagado.
   *[other] Su apoyo «{ $name }» ahora es un apoyo sin pago de personas de su vida.
}
# $field: qué dato del apoyo cambió.
change-support-changed = { $field ->
    [description] Se cambió la forma de explicar lo que hace su apoyo «{ $name }».
    [location] Cambió el lugar donde recibe su apoyo «{ $name }».
    [fundingSource] Cambió quién paga su apoyo «{ $name }».
    [selfDirected] { $after ->
        [true] Ahora usted dirige su apoyo «{ $name }».
       *[other] Usted ya no dirige su apoyo «{ $name }».
    }
    [deliveryPreferences] Cambió cómo quiere recibir su apoyo «{ $name }».
    [critical] { $after ->
        [true] Su plan ahora dice que su salud o su seguridad dependen de su apoyo «{ $name }».
       *[other] Su plan ya no dice que su salud o su seguridad dependen de su apoyo «{ $name }».
    }
    [backup] Cambió qué pasa si su apoyo «{ $name }» no llega.
    [ratePerUnit] Cambió la tarifa que se paga por su apoyo «{ $name }».
    [goalIds] Cambiaron las metas con las que ayuda su apoyo «{ $name }».
    [needIds] Cambiaron las necesidades que atiende su apoyo «{ $name }».
    [code] Cambió el código de servicio de su apoyo «{ $name }».
    [schedule] Cambió cuándo recibe su apoyo «{ $name }».
    [authorization] Cambió la aprobación del plan de salud para su apoyo «{ $name }».
    [confidential] Cambió quién puede ver su apoyo «{ $name }».
   *[other] Cambiaron los datos de su apoyo «{ $name }».
}
# $after: "true" cuando el equipo anota que no encontró apoyos sin pago.
change-natural-supports-none = { $after ->
    [true] Su plan ahora dice que no se encontraron apoyos sin pago de personas de su vida.
   *[other] Su plan ya no dice que no se encontraron apoyos sin pago.
}

## Riesgos. $risk: el riesgo en palabras sencillas; $after: el texto nuevo.

change-risk-added = Su plan nombra un riesgo nuevo: «{ $risk }».
change-risk-removed = Este riesgo ya no está en su plan: «{ $risk }».
change-risk-mitigation = { $case ->
    [removed] Su plan ya no dice cómo se mantiene seguro ante el riesgo «{ $risk }».
   *[other] Cómo se mantiene seguro ante el riesgo «{ $risk }» ahora es: «{ $after }».
}
# $field: "description" (el riesgo) o "personChoice" (la decisión de la persona sobre el riesgo).
change-risk-changed = { $field ->
    [description] Un riesgo de su plan ahora dice: «{ $risk }».
    [confidential] Cambió quién puede ver el riesgo «{ $risk }».
   *[other] Se actualizó su decisión sobre el riesgo «{ $risk }».
}

change-backup-plan = { $case ->
    [added] Su plan ahora tiene un plan de respaldo para emergencias.
    [removed] Su plan ya no tiene un plan de respaldo para emergencias.
   *[changed] Su plan de respaldo para emergencias cambió.
}

## Dónde vive la persona. $after (con $field "setting"): el tipo de lugar.

change-setting = { $field ->
    [setting] { $after ->
        [own-home] Su plan ahora dice que usted vive en su propia casa.
        [family-home] Su plan ahora dice que usted vive en la casa de un familiar.
        [supportive-housing] Su plan ahora dice que usted vive en una vivienda con apoyo.
        [shared-living] Su plan ahora dice que usted vive en un hogar compartido.
        [residential-facility] Su plan ahora dice que usted vive en un hogar residencial con licencia.
        [unhoused] Su plan ahora dice que usted está en un albergue o no tiene domicilio fijo.
       *[other] Su plan ahora dice que usted vive en otro lugar.
    }
    [description] Cambió cómo describe el lugar donde vive.
    [chosenByPerson] { $after ->
        [true] Su plan ahora dice que usted eligió dónde vivir.
       *[other] Su plan ya no dice que usted eligió dónde vivir.
    }
    [alternativesConsidered] Se actualizaron los otros lugares donde pensó vivir.
   *[other] Cambió el registro de dónde vive y por qué.
}

change-service-choice = Cambió el registro de cómo eligió sus servicios y proveedores.

## Límites a los derechos de la persona donde vive. $right: el derecho que se limita.

change-modification-added = Su plan agrega un límite a uno de sus derechos: «{ $right }».
change-modification-removed = Este límite a sus derechos ya no está en su plan: «{ $right }».
change-modification-changed = Cambiaron los datos del límite a sus derechos «{ $right }».

## El equipo. $name: el nombre del miembro del equipo; $role: su papel (de change-team-role).

change-team-role = { $role ->
    [care-coordinator] su coordinador de cuidados
    [lead-care-manager] su administrador principal de cuidados
    [housing-navigator] su navegador de vivienda
    [provider] proveedor
    [clinician] personal clínico
    [family] familia
    [friend] amistad
    [peer-support] apoyo de pares
    [representative] su representante
    [decision-supporter] su apoyo para tomar decisiones
   *[other] miembro del equipo
}
change-team-added = { $name } se une a su equipo como { $role }.
change-team-removed = { $name } ya no está en su equipo.
change-team-role-changed = { $name } ahora está en su equipo como { $role }.
# $field: qué dato cambió.
change-team-changed = { $field ->
    [contact] Cambiaron los datos de contacto de { $name }.
    [chosenByPerson] Su plan cambió si usted eligió a { $name } para su equipo.
   *[other] Cambiaron los datos de { $name } en su equipo.
}

## Quién escribe el plan y quién vigila que se cumpla. $name: el nombre de la persona nueva (puede estar vacío).

change-planner = Cambió la persona que le ayuda a escribir su plan.
change-plan-monitor = { $case ->
    [removed] Su plan ya no dice quién revisa que se cumpla.
   *[other] Ahora { $name } revisa que su plan se cumpla.
}

## Revisiones.

change-last-review = { $case ->
    [removed] Su plan ya no tiene la fecha de su última revisión.
   *[other] Su última revisión del plan ahora tiene fecha del { $date }.
}
change-next-review = { $case ->
    [removed] Su plan ya no tiene fecha para la próxima revisión.
   *[other] Su próxima revisión del plan ahora debe hacerse a más tardar el { $date }.
}
# $field: "triggers" (qué lleva a revisar el plan) o "updateRequestMethod" (cómo pedir un cambio).
change-review = { $field ->
    [triggers] Cambió lo que lleva a revisar su plan.
   *[other] Cambió cómo puede pedir cambios a su plan.
}

# $field: "ecm" (Atención Mejorada de Casos) o "housingSupportPlan" (plan de apoyo de vivienda).
change-program-section = { $field ->
    [ecm] Cambió la sección de administración de cuidados.
   *[other] Cambió su plan de apoyo de vivienda.
}
