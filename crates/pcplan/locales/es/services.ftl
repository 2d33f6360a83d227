## Hallazgos de facturación (SV1–SV7): registros de servicio frente a las condiciones de facturación y la autorización.
## Cada mensaje tiene un atributo `.help` que dice cómo corregirlo. Los argumentos son cantidades, nunca datos del registro.

services-unknown-support = Este registro nombra un apoyo que no tiene condiciones de facturación, así que no se factura.
    .help = Agregue las condiciones de facturación del apoyo (código de procedimiento, unidad de servicio, tarifa) o corrija el id del apoyo en el registro.
services-outside-billing-period = Este servicio se prestó fuera del período de facturación, así que no está en esta reclamación.
    .help = Facture el servicio con el período en que se prestó.
services-outside-authorization = Este servicio cae fuera de las fechas de su autorización, así que no se factura.
    .help = Pida al plan de salud que extienda o renueve la autorización, o corrija la fecha del registro.
services-units-capped = Solo se facturaron { $billed } de { $requested } unidades: la autorización permite { $authorized } unidades en total.
    .help = Pida más unidades al plan de salud, o facture el resto solo si el plan aceptó pagar más allá de la autorización.
services-units-above-authorization = Se facturan { $over } unidades más allá de las { $authorized } unidades autorizadas.
    .help = Consulte con el plan de salud antes de enviar la reclamación: las unidades fuera de la autorización suelen negarse.
services-missing-minutes = Este registro de un servicio por tiempo no tiene minutos ni unidades, así que no se factura.
    .help = Anote cuántos minutos duró el servicio.
services-below-one-unit = Los minutos prestados ese día no llegan a ninguna unidad facturable.
    .help = Si el registro está bien, no hay nada que corregir: según la regla de redondeo, un contacto corto no se factura.

## Hallazgos del seguimiento (SM1–SM6): lo que se prestó frente a lo que dice el plan. Los argumentos son cantidades.

monitor-not-in-plan = Este registro nombra un apoyo que no está en el plan.
    .help = Corrija el id del apoyo en el registro, o agregue el servicio al plan junto con la persona antes de prestarlo.
monitor-outside-support-dates = Este servicio se prestó fuera de las fechas del apoyo en el plan.
    .help = Corrija la fecha del registro, o actualice junto con la persona las fechas del apoyo en el plan.
# $percent: what was delivered, as a percentage of what the plan says for the period.
monitor-below-plan = En este período solo se prestó el { $percent } % de lo que dice el plan.
    .help = Pregunte a la persona y al proveedor qué lo impidió, y busquen una forma de ponerse al día o de cambiar el plan junto con la persona.
monitor-above-plan = En este período se prestó el { $percent } % de lo que dice el plan.
    .help = Verifique que los registros estén bien; si la persona necesita más, actualice el plan (y la autorización) junto con ella.
monitor-missing-authorization = Se prestaron servicios con un código que el plan de salud paga solo con autorización, y el apoyo no tiene ninguna.
    .help = Pida la autorización al plan de salud y anote su número en el apoyo; mientras tanto, estos servicios no se pagan.
# $missed: scheduled times in a row with no service; $scheduled: scheduled times in the period.
monitor-long-gap = Pasaron { $missed } veces programadas seguidas sin este servicio ({ $scheduled } en el período).
    .help = Comuníquese con la persona y con el proveedor: una interrupción larga puede significar que el servicio se detuvo sin que nadie lo notara.

## "Cómo van mis servicios": un documento para la persona sobre lo que recibió, junto a lo que dice su plan.

# The document's title. $name: the person's name.
services-title = Cómo van mis servicios: { $name }
services-heading = Cómo van mis servicios
# $from and $to: the first and last day of the period, already formatted.
services-intro = Esta página muestra lo que recibí de mis servicios entre el { $from } y el { $to }, junto a lo que dice mi plan.
services-plan-says = Mi plan dice:
services-i-got = Lo que recibí:
# $amount: an amount in words, "6 hours"; $count: how many times the service came.
services-delivered = { $amount }, { $count ->
    [one] { $count } vez
   *[other] { $count } veces
    }
services-none-delivered = No hay nada anotado para este período.
services-last = La última vez:
services-as-planned = Esto es más o menos lo que dice mi plan.
services-below = Esto es menos de lo que dice mi plan.
services-above = Esto es más de lo que dice mi plan.
# $missed: how many scheduled times in a row went by without the service.
services-gap = { $missed } veces seguidas, el servicio no llegó cuando mi plan dice que debía llegar.
services-none = No hay servicios anotados para este período.
services-talk = Si algo no está bien, puedo hablar con mi coordinador(a) de cuidados. Puedo pedir un cambio en mi plan en cualquier momento.

## La tabla de uso de servicios para el personal: una fila por apoyo en el período.

# $from and $to: the first and last day of the period, already formatted.
utilization-title = Servicios del { $from } al { $to }
utilization-col-support = Apoyo
utilization-col-planned = Según el plan
utilization-col-delivered = Prestado
utilization-col-services = Servicios
utilization-col-authorization = Autorización
utilization-col-used = Unidades usadas
utilization-col-remaining = Unidades restantes
utilization-col-missed = Interrupción más larga
utilization-not-tracked = no está en estos registros
utilization-findings = Hallazgos
