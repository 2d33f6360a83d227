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
