## El informe de validación tal como lo lee un coordinador.

severity-error = Error
severity-warning = Advertencia
severity-info = Nota
finding-fix = Cómo corregirlo
finding-value = Valor
report-summary = { $errors ->
        [0] Ningún error
        [one] 1 error
       *[other] { $errors } errores
    }, { $warnings ->
        [0] ninguna advertencia.
        [one] 1 advertencia.
       *[other] { $warnings } advertencias.
    }

section-plan = Todo el plan
section-effectivePeriod = Fechas del plan
section-person = Sobre la persona
section-representatives = Representantes
section-profile = Perfil
section-needs = Necesidades
section-goals = Metas
section-supports = Apoyos
section-risks = Riesgos
section-backupPlan = Plan de respaldo
section-settingChoice = Lugar donde vive
section-serviceChoice = Elección de servicios y proveedores
section-modifications = Modificaciones
section-team = Equipo
section-planner = Planificador
section-planMonitor = Responsable del seguimiento
section-meetings = Reuniones
section-monitoring = Seguimiento
section-feedback = Comentarios
section-review = Revisión
section-lifeEvents = Sucesos importantes
section-updateRequests = Solicitudes de cambio
section-signatures = Firmas
section-distribution = Copias del plan
section-programSections = Secciones del programa
