## Hallazgos de las reglas de proceso y consentimiento (P1–P8) y de revisión (R1–R3).
## Un mensaje por problema, cada uno con un atributo `.help` que dice cómo corregirlo. Los mensajes nunca
## incluyen datos del plan; los argumentos son límites y cantidades.

## P1
p1-person-signature-missing = El plan está vigente, pero la persona no lo ha firmado.
    .help = Pida a la persona que firme el plan y anote la fecha. Un representante legal puede firmar por ella. Si la persona no puede firmar, anote por qué.
p1-person-signature-undated = La firma de la persona no tiene fecha.
    .help = Anote la fecha en que la persona (o su representante) firmó el plan.
p1-unable-to-sign-reason-missing = El plan dice que la persona no pudo firmar, pero no dice por qué.
    .help = Anote por qué la persona no pudo firmar y quién lo vio.
p1-provider-signature-missing = Ningún proveedor ha firmado el plan.
    .help = Pida a cada proveedor que realiza una parte del plan que lo firme, y anote la fecha.
p1-provider-signature-undated = La firma del proveedor no tiene fecha.
    .help = Anote la fecha en que el proveedor firmó el plan.

## P2
p2-signature-in-future = Esta firma tiene una fecha en el futuro.
    .help = Revise la fecha en la hoja firmada y corríjala.
p2-signature-before-meeting = Esta firma tiene una fecha anterior a la última reunión de planificación.
    .help = Revise la fecha. Si es correcta, pida a quien firmó que lea el plan de la última reunión y vuelva a firmar.

## P3
p3-content-changed-after-signing = El plan cambió después de que esta persona lo firmó.
    .help = Revise los cambios con la persona y con todos los que firmaron, y pídales que vuelvan a firmar. Si el cambio fue un error, deshágalo.

## P4
p4-conflict-without-exception = La persona que planifica tiene un conflicto de intereses con un proveedor, y no hay una excepción por escrito.
    .help = Anote la excepción aprobada y cómo se protege a la persona. Si no la hay, pida que otra persona escriba el plan.

## P5
p5-no-copy-to-person = El plan no muestra que la persona recibió una copia.
    .help = Entregue a la persona una copia de su plan, en su idioma y formato, y anote cuándo.
p5-not-offered-for-review = No se le ofreció a la persona revisar y cambiar su copia.
    .help = Ofrezca a la persona una copia para leer y cambiar, y anote que lo hizo.
p5-no-copy-to-representative = Este representante no ha recibido una copia del plan.
    .help = Con el permiso de la persona, entregue una copia a su representante y anótelo.
p5-no-copy-to-provider = Este proveedor no ha recibido una copia del plan.
    .help = Con el permiso de la persona, entregue una copia a cada proveedor que realiza el plan y anótelo.

## P6
p6-copy-not-in-written-language = La copia de la persona no está en el idioma en que lee.
    .help = Entregue a la persona una copia en el idioma en que prefiere leer. Si eligió otro idioma, anótelo.
p6-copy-not-in-requested-format = La copia de la persona no está en el formato que pidió.
    .help = Entregue a la persona una copia en letra grande, audio, braille o el formato que pidió. Si eligió otro formato, anótelo.
p6-text-not-in-written-language = Este texto no está en el idioma en que lee la persona.
    .help = Pida a un traductor calificado que agregue una traducción al idioma de la persona.

## P7
p7-time-place-not-chosen = El plan no muestra que la persona eligió la hora y el lugar de la reunión.
    .help = Pregunte a la persona cuándo y dónde quiere su reunión, y anote que ella lo eligió.
p7-attendee-not-invited = Alguien que la persona no invitó vino a la reunión.
    .help = Pregunte a la persona a quién quiere en sus reuniones. Si esta persona tiene autoridad legal, como un tutor, anótelo.

## P8
p8-interpreter-not-qualified = El intérprete de la reunión no aparece como calificado.
    .help = Use un intérprete calificado en la próxima reunión y anótelo.
p8-interpreter-minor = Un niño o una niña interpretó en la reunión.
    .help = No pida a un menor que interprete. Use un intérprete adulto calificado en la próxima reunión.

## R1
r1-next-review-missing = El plan no tiene fecha para la próxima revisión.
    .help = Fije una fecha para la próxima revisión, a no más de 12 meses de la última.
r1-next-review-too-late = La próxima revisión es más de { $months } meses después de la última.
    .help = Cambie la próxima revisión para que sea a no más de { $months } meses de la última.
r1-review-overdue = La revisión está atrasada.
    .help = Haga pronto la revisión con la persona y luego anote las nuevas fechas de revisión.

## R2
r2-no-review-after-change = Hubo un cambio importante en la vida de la persona, y el plan no se ha revisado desde entonces.
    .help = Hable con la persona sobre el cambio y revisen juntos el plan. Luego anote la revisión.

## R3
r3-update-request-not-answered = La persona pidió cambiar el plan, y no se revisó en { $days } días.
    .help = Reúnase con la persona para hablar de lo que quiere cambiar, revisen juntos el plan y anote la revisión.
