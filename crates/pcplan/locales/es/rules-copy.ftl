## Rule P9: copies given out (draft translation; needs review by a qualified translator).

p9-copy-to-declined = La persona decidió no compartir el plan con este destinatario, pero se le dio una copia.
    .help = Avísele a la persona. Pida al destinatario que devuelva o destruya la copia y siga el procedimiento de privacidad de la agencia.
p9-copy-not-entitled = A este destinatario se le dio el plan completo, incluso partes que no puede ver.
    .help = Dele la copia hecha para él, que deja fuera lo que no puede ver. Avísele a la persona y siga el procedimiento de privacidad de la agencia.
