//! The deficit-language lexicon tables (see [`super::lexicon`] for the pattern syntax and choices).

use super::TextLanguage::{English as EN, Spanish as ES};
use super::lexicon::LexiconEntry;

const UOFL: &str = "UofL Health, \"The Power of Language\"";
const UOFL_ONT_AAPA: &str =
    "UofL Health, \"The Power of Language\"; Ontario Tech style guide; AAPA person-first language";
const WHEELCHAIR: &str = "Ontario Tech style guide; UW DO-IT; psychologydb.com \"people-first language\"";
const BEHAVIOR: &str = "UofL Health (\"specify behavior\"); Nottinghamshire NHS; Total ADHC (\"actions\")";
const LABELS: &str = "UofL Health; Nottinghamshire NHS; Ontario Tech style guide";
const SUBSTANCE: &str = "NIDA \"Words Matter\" (person-first principle); Impact Norwood";
const SCREEN: &str = "Impact Norwood; UofL Health";
const RELAPSE: &str = "UofL Health; Elon University";
const VICTIM: &str = "Ontario Tech style guide; FIRE \"People First Language\"";
const ADHC: &str = "Total ADHC, \"12 words\" (vendor list)";

const fn e(
    id: &'static str,
    lang: super::TextLanguage,
    avoid: &'static [&'static str],
    suggest: &'static [&'static str],
    source: &'static str,
    patterns: &'static [&'static str],
) -> LexiconEntry {
    LexiconEntry { id, lang, avoid, suggest, source, patterns }
}

/// Conditions after "victim of" / before "victim" that make it a health label (not a crime victim's legal status).
macro_rules! conditions_en {
    () => {
        "stroke|strokes|cancer|polio|aids|hiv|cp|cerebral|brain|tbi|dementia|alzheimer|alzheimers|parkinson|parkinsons|ms|autism|disease|diseases|illness|disability|disabilities|paralysis|epilepsy|diabetes|schizophrenia|mental|heart|covid"
    };
}
macro_rules! conditions_es {
    () => {
        "derrame|derrames|ictus|embolia|acv|accidente|cancer|polio|poliomielitis|sida|vih|paralisis|demencia|alzheimer|parkinson|esclerosis|autismo|enfermedad|enfermedades|discapacidad|epilepsia|diabetes|esquizofrenia|infarto|covid"
    };
}

pub(crate) static ENGLISH: &[LexiconEntry] = &[
    e(
        "suffers-from",
        EN,
        &["suffers from", "suffering from"],
        &["has", "is living with", "experiencing"],
        UOFL_ONT_AAPA,
        &["suffer|suffers|suffered|suffering from"],
    ),
    e(
        "afflicted-with",
        EN,
        &["afflicted with"],
        &["has", "is living with", "experiencing"],
        UOFL_ONT_AAPA,
        &["afflicted|afflicts with|by"],
    ),
    e(
        "wheelchair-bound",
        EN,
        &["wheelchair-bound"],
        &["uses a wheelchair", "wheelchair user"],
        WHEELCHAIR,
        &["wheelchair bound", "wheel chair bound"],
    ),
    e(
        "confined-to-wheelchair",
        EN,
        &["confined to a wheelchair"],
        &["uses a wheelchair", "wheelchair user"],
        WHEELCHAIR,
        &["confined|restricted|limited to a|the|her|his|their? wheelchair|wheelchairs"],
    ),
    e(
        "non-compliant",
        EN,
        &["non-compliant", "noncompliant", "non-compliance"],
        &["not in agreement with the plan", "chose not to follow recommendations"],
        UOFL,
        &["non compliant|compliance", "noncompliant|noncompliance"],
    ),
    e(
        "non-adherent",
        EN,
        &["non-adherent", "nonadherent", "non-adherence"],
        &["not in agreement with the plan", "chose not to follow recommendations"],
        UOFL,
        &["non adherent|adherence", "nonadherent|nonadherence"],
    ),
    e(
        "refused",
        EN,
        &["refused", "refuses", "refusing"],
        &["declined", "chose not to"],
        UOFL,
        &["refuse|refuses|refused|refusing|refusal|refusals"],
    ),
    e(
        "resistant",
        EN,
        &["resistant"],
        &["has different priorities", "preferred options not available"],
        UOFL,
        &[
            "!-|treatment|drug|drugs|antibiotic|antibiotics|medication|multidrug|water|heat|fire|insulin|methicillin resistant",
        ],
    ),
    e(
        "unmotivated",
        EN,
        &["unmotivated"],
        &["has different priorities", "preferred options not available"],
        UOFL,
        &["unmotivated", "not motivated"],
    ),
    e(
        "attention-seeking",
        EN,
        &["attention seeking", "attention seeker"],
        &["connection seeking"],
        UOFL,
        &["attention seeking|seeker|seekers"],
    ),
    e(
        "manipulative",
        EN,
        &["manipulative"],
        &["resourceful", "seeking other ways to meet needs"],
        UOFL,
        &["manipulative|manipulator|manipulators"],
    ),
    e(
        "acting-out",
        EN,
        &["acting out"],
        &["describe the specific action and its context", "expressing distress"],
        BEHAVIOR,
        &["acting|acts|acted out"],
    ),
    e(
        "behaviors",
        EN,
        &["behaviors"],
        &["describe the specific action and its context", "expressing distress"],
        BEHAVIOR,
        &[
            "!healthy|health|positive|safe|safer|coping|adaptive|prosocial|helpful|new|daily|protective|seeking behaviors|behaviours !change|changes|plan|plans|support|supports|specialist|analyst|analysis|health|therapy|therapist|services",
        ],
    ),
    e(
        "behavior-problem",
        EN,
        &["behavior problem", "behavioral problems"],
        &["describe the specific action and its context", "expressing distress"],
        BEHAVIOR,
        &[
            "behavior|behaviour|behaviors|behaviours|behavioral|behavioural problem|problems|issue|issues",
            "problem behavior|behaviors|behaviour|behaviours",
        ],
    ),
    e(
        "kicking-off",
        EN,
        &["kicking off"],
        &["describe the specific action and its context", "expressing distress"],
        BEHAVIOR,
        &["kicking|kicks|kicked off !the|a|an|our|his|her|their|this|that|its|my|your"],
    ),
    e("dangerous", EN, &["dangerous"], &["name the specific behavior"], UOFL, &["dangerous"]),
    e(
        "frequent-flyer",
        EN,
        &["frequent flyer"],
        &["uses services as needed"],
        UOFL,
        &["frequent flyer|flyers|flier|fliers"],
    ),
    e(
        "is-schizophrenic",
        EN,
        &["is schizophrenic", "a schizophrenic"],
        &["person living with schizophrenia", "person with schizophrenia"],
        LABELS,
        &[
            "is|was|a|the|am|are|were schizophrenic|schizophrenics !episode|episodes|disorder|disorders|symptoms|break|features|illness",
            "schizophrenics",
        ],
    ),
    e(
        "is-borderline",
        EN,
        &["is borderline", "a borderline"],
        &["person living with borderline personality disorder", "person with borderline personality disorder"],
        LABELS,
        &[
            "is|was|a|am|are borderline !personality|diabetic|diabetes|high|low|normal|anemic|hypertensive|obese|elevated|intellectual|range",
        ],
    ),
    e(
        "an-epileptic",
        EN,
        &["an epileptic", "epileptics"],
        &["person living with epilepsy", "person with epilepsy"],
        LABELS,
        &[
            "an|is|was|the epileptic !seizure|seizures|fit|fits|episode|episodes|attack|attacks|activity|disorder",
            "epileptics",
        ],
    ),
    e(
        "the-disabled",
        EN,
        &["the disabled"],
        &["people with disabilities", "person with a disability"],
        LABELS,
        &[
            "the disabled|handicapped !parking|placard|spot|space|spaces|access|entrance|restroom|bathroom|toilet|ramp|seat|seating|lane",
        ],
    ),
    e("addict", EN, &["addict"], &["person with a substance use disorder"], SUBSTANCE, &["addict|addicts"]),
    e(
        "abuser",
        EN,
        &["abuser"],
        &["person with a substance use disorder"],
        SUBSTANCE,
        &["!child|children|elder|spouse|spousal|domestic|sex|sexual|physical|emotional abuser|abusers"],
    ),
    e(
        "alcoholic",
        EN,
        &["alcoholic"],
        &["person with an alcohol use disorder"],
        SUBSTANCE,
        &[
            "!non alcoholic|alcoholics !anonymous|beverage|beverages|drink|drinks|liver|hepatitis|cirrhosis|neuropathy|cardiomyopathy|pancreatitis|ketoacidosis|content",
        ],
    ),
    e(
        "clean-screen",
        EN,
        &["clean (drug screen)"],
        &["tested negative"],
        SCREEN,
        &[
            "clean drug|urine|tox|toxicology|blood? screen|screens|test|tests|ua|uas|uds|result|results|sample|samples|panel",
            "came|come|comes|coming back clean",
            "tested|tests|testing clean",
        ],
    ),
    e(
        "dirty-screen",
        EN,
        &["dirty (drug screen)"],
        &["tested positive"],
        SCREEN,
        &[
            "dirty drug|urine|tox|toxicology|blood? screen|screens|test|tests|ua|uas|uds|result|results|sample|samples|panel",
            "came|come|comes|coming back dirty",
            "tested|tests|testing dirty",
        ],
    ),
    e(
        "relapse",
        EN,
        &["relapse", "relapsed"],
        &["return to use", "recurrence"],
        RELAPSE,
        &["relapse|relapses|relapsed|relapsing !remitting"],
    ),
    e(
        "victim-of",
        EN,
        &["victim of (a stroke …)", "stroke victim"],
        &["person who had a stroke", "person who has …"],
        VICTIM,
        &[concat!("victim|victims of a|an|the? ", conditions_en!()), concat!(conditions_en!(), " victim|victims")],
    ),
    e("allow", EN, &["allow", "allowed"], &["invite"], ADHC, &["allow|allows|allowed|allowing"]),
    e(
        "appropriate",
        EN,
        &["appropriate", "inappropriate"],
        &["successful"],
        ADHC,
        &["appropriate|inappropriate|appropriately|inappropriately"],
    ),
    e("ordered", EN, &["ordered"], &["prescribed"], ADHC, &["!court ordered"]),
    e(
        "complaints",
        EN,
        &["complaints", "complains of"],
        &["feelings"],
        ADHC,
        &[
            "!file|files|filed|filing|formal|grievance|grievances|written complaints",
            "complain|complains|complained|complaining of|about",
        ],
    ),
];

pub(crate) static SPANISH: &[LexiconEntry] = &[
    e(
        "suffers-from",
        ES,
        &["sufre de", "padece"],
        &["tiene", "vive con", "presenta"],
        UOFL_ONT_AAPA,
        &[
            "sufre|sufren|sufria|sufrian|sufrio|sufriendo|sufrir de",
            "padece|padecen|padecia|padecian|padecio|padeciendo|padecer",
        ],
    ),
    e(
        "afflicted-with",
        ES,
        &["aquejado/a de"],
        &["tiene", "vive con", "presenta"],
        UOFL_ONT_AAPA,
        &["aquejado|aquejada|aquejados|aquejadas de|por"],
    ),
    e(
        "wheelchair-bound",
        ES,
        &["atado/a a una silla de ruedas", "postrado/a en una silla de ruedas"],
        &["usa silla de ruedas", "usuario/a de silla de ruedas"],
        WHEELCHAIR,
        &[
            "atado|atada|atados|atadas|postrado|postrada|postrados|postradas|amarrado|amarrada a|en una|la? silla de ruedas",
        ],
    ),
    e(
        "confined-to-wheelchair",
        ES,
        &["confinado/a a una silla de ruedas"],
        &["usa silla de ruedas", "usuario/a de silla de ruedas"],
        WHEELCHAIR,
        &["confinado|confinada|confinados|confinadas|relegado|relegada|limitado|limitada a|en una|la? silla de ruedas"],
    ),
    e(
        "non-compliant",
        ES,
        &["incumplidor/a", "no cumplidor/a", "no cumple con el tratamiento"],
        &["no está de acuerdo con el plan", "eligió no seguir las recomendaciones"],
        UOFL,
        &[
            "incumplidor|incumplidora|incumplidores|incumplidoras",
            "no cumplidor|cumplidora|cumplidores|cumplidoras",
            "no cumple|cumplio|cumplia|cumplen con? el|la|los|las|su|sus? tratamiento|tratamientos|medicacion|medicamentos|indicaciones|plan",
            "incumplimiento terapeutico",
            "incumplimiento del|de|con? el|la|los|las|su|sus? tratamiento|tratamientos|medicacion|medicamentos|indicaciones|plan",
        ],
    ),
    e(
        "non-adherent",
        ES,
        &["no adherente", "falta de adherencia"],
        &["no está de acuerdo con el plan", "eligió no seguir las recomendaciones"],
        UOFL,
        &["no adherente|adherentes|adherencia", "falta|mala de? adherencia"],
    ),
    e(
        "refused",
        ES,
        &["se negó", "rechazó"],
        &["declinó", "eligió no"],
        UOFL,
        &[
            "se niega|niegan|negaba|negaban|nego|negaron|negando|negado",
            "negandose|negarse",
            "rechaza|rechazan|rechazaba|rechazaban|rechazo|rechazaron|rechazando",
            "rehusa|rehusan|rehusaba|rehuso|rehusaron",
        ],
    ),
    e(
        "resistant",
        ES,
        &["resistente"],
        &["tiene otras prioridades", "las opciones que prefiere no están disponibles"],
        UOFL,
        &[
            "!-|depresion|epilepsia|bacteria|bacterias|cepa|cepas|hipertension|infeccion|tuberculosis resistente|resistentes !antibioticos|antibiotico|farmacos|insulina",
        ],
    ),
    e(
        "unmotivated",
        ES,
        &["desmotivado/a", "sin motivación"],
        &["tiene otras prioridades", "las opciones que prefiere no están disponibles"],
        UOFL,
        &["desmotivado|desmotivada|desmotivados|desmotivadas", "sin|falta motivacion", "falta de motivacion"],
    ),
    e(
        "attention-seeking",
        ES,
        &["busca atención", "llamar la atención"],
        &["busca conexión"],
        UOFL,
        &["busca|buscando|buscar|busqueda de? atencion", "llamar|llama|llamando la atencion"],
    ),
    e(
        "manipulative",
        ES,
        &["manipulador/a"],
        &["ingenioso/a", "busca otras maneras de satisfacer sus necesidades"],
        UOFL,
        &["manipulador|manipuladora|manipuladores|manipuladoras"],
    ),
    e(
        "acting-out",
        ES,
        &["se porta mal", "portarse mal"],
        &["describir la acción concreta y su contexto", "expresa malestar"],
        BEHAVIOR,
        &["se porta|portan|portaba|portaban|porto|portaron mal", "portarse mal", "acting out"],
    ),
    e(
        "behaviors",
        ES,
        &["conductas problemáticas", "conductas disruptivas"],
        &["describir la acción concreta y su contexto", "expresa malestar"],
        BEHAVIOR,
        &[
            "conductas|comportamientos|conducta|comportamiento problematicas|problematicos|problematica|problematico|disruptivas|disruptivos|disruptiva|disruptivo|desafiantes|desafiante|inadecuadas|inadecuados",
        ],
    ),
    e(
        "behavior-problem",
        ES,
        &["problemas de conducta"],
        &["describir la acción concreta y su contexto", "expresa malestar"],
        BEHAVIOR,
        &["problema|problemas de conducta|conductas|comportamiento"],
    ),
    e(
        "kicking-off",
        ES,
        &["arma un escándalo", "hace berrinches"],
        &["describir la acción concreta y su contexto", "expresa malestar"],
        BEHAVIOR,
        &[
            "arma|arman|armo|armaba|armar un|una escandalo|lio|bronca|berrinche",
            "hace|hacen|hizo|hacia|hacer berrinche|berrinches|rabietas|rabieta",
        ],
    ),
    e(
        "dangerous",
        ES,
        &["peligroso/a"],
        &["nombrar la conducta concreta"],
        UOFL,
        &["peligroso|peligrosa|peligrosos|peligrosas"],
    ),
    e(
        "frequent-flyer",
        ES,
        &["hiperfrecuentador/a"],
        &["usa los servicios según los necesita"],
        UOFL,
        &["hiperfrecuentador|hiperfrecuentadora|hiperfrecuentadores|hiperfrecuentadoras", "frequent flyer|flyers"],
    ),
    e(
        "is-schizophrenic",
        ES,
        &["es esquizofrénico/a", "un/a esquizofrénico/a"],
        &["persona que vive con esquizofrenia", "persona con esquizofrenia"],
        LABELS,
        &[
            "es|era|un|una|el|la|los|las esquizofrenico|esquizofrenica|esquizofrenicos|esquizofrenicas !episodio|brote|trastorno|sintomas",
        ],
    ),
    e(
        "is-borderline",
        ES,
        &["es borderline", "es límite"],
        &[
            "persona que vive con trastorno límite de la personalidad",
            "persona con trastorno límite de la personalidad",
        ],
        LABELS,
        &["es|era|un|una borderline|limite|limitrofe !de|en|para"],
    ),
    e(
        "an-epileptic",
        ES,
        &["un/a epiléptico/a", "es epiléptico/a"],
        &["persona que vive con epilepsia", "persona con epilepsia"],
        LABELS,
        &[
            "un|una|el|la|es|era|los|las epileptico|epileptica|epilepticos|epilepticas !crisis|ataque|episodio|convulsion|convulsiones",
        ],
    ),
    e(
        "the-disabled",
        ES,
        &["los discapacitados", "minusválido/a", "inválido/a"],
        &["personas con discapacidad", "persona con discapacidad"],
        LABELS,
        &[
            "los|las|un|una|el|la|es|era discapacitado|discapacitada|discapacitados|discapacitadas",
            "minusvalido|minusvalida|minusvalidos|minusvalidas",
            "los|las|un|una|el|la|es|era invalido|invalida|invalidos|invalidas",
        ],
    ),
    e(
        "addict",
        ES,
        &["adicto/a", "drogadicto/a"],
        &["persona con un trastorno por consumo de sustancias"],
        SUBSTANCE,
        &[
            "adicto|adicta|adictos|adictas",
            "drogadicto|drogadicta|drogadictos|drogadictas|toxicomano|toxicomana|toxicomanos|toxicomanas",
        ],
    ),
    e(
        "abuser",
        ES,
        &["abusador/a de sustancias"],
        &["persona con un trastorno por consumo de sustancias"],
        SUBSTANCE,
        &["abusador|abusadora|abusadores|abusadoras de sustancias|drogas|alcohol|opioides|opiaceos|medicamentos"],
    ),
    e(
        "alcoholic",
        ES,
        &["alcohólico/a"],
        &["persona con un trastorno por consumo de alcohol"],
        SUBSTANCE,
        &[
            "!bebida|bebidas|hepatopatia|cirrosis|neuropatia|miocardiopatia|pancreatitis|cetoacidosis|sin|no alcoholico|alcoholica|alcoholicos|alcoholicas !anonimos|anonimas",
        ],
    ),
    e(
        "clean-screen",
        ES,
        &["prueba limpia", "salió limpio/a"],
        &["resultado negativo", "dio negativo"],
        SCREEN,
        &[
            "prueba|pruebas|examen|examenes|analisis|test|resultado|resultados|muestra|muestras|antidoping de|del|en? orina|drogas|toxicologia|toxicologico|toxicologica|sangre|antidoping? limpio|limpia|limpios|limpias",
            "salio|salieron|sale|salen|dio|dieron|resulto|resultaron limpio|limpia|limpios|limpias",
        ],
    ),
    e(
        "dirty-screen",
        ES,
        &["prueba sucia", "salió sucio/a"],
        &["resultado positivo", "dio positivo"],
        SCREEN,
        &[
            "prueba|pruebas|examen|examenes|analisis|test|resultado|resultados|muestra|muestras|antidoping de|del|en? orina|drogas|toxicologia|toxicologico|toxicologica|sangre|antidoping? sucio|sucia|sucios|sucias",
            "salio|salieron|sale|salen|dio|dieron|resulto|resultaron sucio|sucia|sucios|sucias",
        ],
    ),
    e(
        "relapse",
        ES,
        &["recaída", "recayó"],
        &["volvió a consumir", "recurrencia"],
        RELAPSE,
        &["recaida|recaidas|recayo|recae|recaen|recaer|recaia|recayendo|recayeron"],
    ),
    e(
        "victim-of",
        ES,
        &["víctima de (un derrame …)"],
        &["persona que tuvo un derrame", "persona que tiene …"],
        VICTIM,
        &[concat!("victima|victimas de un|una|la|el? ", conditions_es!())],
    ),
    e(
        "allow",
        ES,
        &["permitir", "se le permite"],
        &["invitar", "ofrecer"],
        ADHC,
        &[
            "permitir|permite|permiten|permitio|permitieron|permitia|permitido|permitida|permitidos|permitidas|permitirle|permitirles|permitiendo",
        ],
    ),
    e(
        "appropriate",
        ES,
        &["apropiado/a", "inapropiado/a"],
        &["exitoso/a"],
        ADHC,
        &[
            "apropiado|apropiada|apropiados|apropiadas|inapropiado|inapropiada|inapropiados|inapropiadas|apropiadamente|inapropiadamente",
        ],
    ),
    e(
        "ordered",
        ES,
        &["ordenado por", "ordenó"],
        &["recetado", "prescrito"],
        ADHC,
        &["ordenado|ordenada|ordenados|ordenadas por", "!juez|judicialmente|tribunal|corte ordeno|ordenaron"],
    ),
    e(
        "complaints",
        ES,
        &["quejas", "se queja de"],
        &["sentimientos"],
        ADHC,
        &[
            "!presentar|presento|presenta|presentan|presentaron|formal|formales|poner|puso|formulario quejas !formal|formales|formalmente",
            "se queja|quejan|quejaba|quejaban|quejo|quejaron de|por",
        ],
    ),
];
