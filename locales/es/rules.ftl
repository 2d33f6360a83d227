## Hallazgos de validación: un mensaje por problema, cada uno con un atributo `.help` que dice cómo corregirlo.
