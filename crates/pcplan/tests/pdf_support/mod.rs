//! Shared helpers for the PDF tests: Debian fonts, external tools, sample documents.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use pcplan::render::pdf::{PdfFonts, PdfSettings};

/// Debian's Noto font directories (`fonts-noto-core`, `fonts-noto-cjk`).
pub const NOTO_DIRS: [&str; 2] = ["/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto"];

pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Something the test needs is missing: fail under CI, skip (with a note) elsewhere.
pub fn missing(what: &str) -> Option<std::convert::Infallible> {
    if in_ci() {
        panic!("CI=true and {what} is missing; install it (see the CI script)");
    }
    eprintln!("note: skipping, {what} is missing (set CI=true to make this a failure)");
    None
}

/// The embedded fonts plus Debian's Noto fonts, loaded once per test binary.
pub fn debian_fonts() -> Option<&'static PdfFonts> {
    static FONTS: OnceLock<Option<PdfFonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let dirs: Vec<PathBuf> = NOTO_DIRS.iter().map(PathBuf::from).collect();
            if !dirs.iter().all(|d| d.is_dir()) {
                missing("the Debian packages fonts-noto-core and fonts-noto-cjk");
                return None;
            }
            let fonts = PdfFonts::with_dirs(&dirs).expect("the Noto directories are readable");
            for family in ["Noto Sans", "Noto Sans CJK TC", "Noto Sans Arabic", "Noto Sans Khmer"] {
                if !fonts.has_family(family) {
                    missing(&format!("font family {family}"));
                    return None;
                }
            }
            Some(fonts)
        })
        .as_ref()
}

pub fn embedded_fonts() -> &'static PdfFonts {
    static FONTS: OnceLock<PdfFonts> = OnceLock::new();
    FONTS.get_or_init(PdfFonts::embedded)
}

pub fn settings(lang: &str, title: &str) -> PdfSettings {
    PdfSettings::new(
        lang.parse().expect("a valid language tag"),
        title,
        chrono::NaiveDate::from_ymd_opt(2025, 3, 14).expect("a valid date"),
    )
}

/// Whether `pdftotext` (poppler-utils) is installed; when it is not, `missing` says so (and fails under CI).
pub fn has_pdftotext() -> bool {
    let found = std::process::Command::new("pdftotext").arg("-v").output().is_ok();
    found || missing("pdftotext (Debian package poppler-utils)").is_some()
}

/// Runs `pdftotext` on a PDF; `None` (after `missing`) if poppler-utils is not installed.
pub fn pdftotext(pdf: &[u8]) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let child = Command::new("pdftotext")
        .args(["-enc", "UTF-8", "-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        missing("pdftotext (Debian package poppler-utils)");
        return None;
    };
    child.stdin.take().expect("piped").write_all(pdf).expect("write to pdftotext");
    let out = child.wait_with_output().expect("pdftotext runs");
    assert!(out.status.success(), "pdftotext failed");
    Some(String::from_utf8(out.stdout).expect("UTF-8 from pdftotext"))
}

/// Sample headings in each of the languages of `LANGUAGES.md`: (tag, title, second heading).
pub const LANGUAGES: [(&str, &str, &str); 20] = [
    ("en", "Person-Centered Plan", "What matters to me"),
    ("es", "Plan centrado en la persona", "Lo que me importa"),
    ("zh-Hant", "以人為本的計畫", "對我重要的事"),
    ("zh-Hans", "以人为本的计划", "对我重要的事"),
    ("vi", "Kế hoạch lấy con người làm trung tâm", "Điều quan trọng với tôi"),
    ("ko", "개인 중심 계획", "나에게 중요한 것"),
    ("tl", "Planong nakasentro sa tao", "Ang mahalaga sa akin"),
    ("hy", "Անձակենտրոն պլան", "Ինչն է կարևոր ինձ համար"),
    ("ru", "План, ориентированный на человека", "Что для меня важно"),
    ("fa", "برنامه فردمحور", "آنچه برای من مهم است"),
    ("ar", "خطة محورها الشخص", "ما يهمني"),
    ("km", "ផែនការផ្តោតលើបុគ្គល", "អ្វីដែលសំខាន់សម្រាប់ខ្ញុំ"),
    ("hmn", "Txoj kev npaj rau tus neeg", "Yam tseem ceeb rau kuv"),
    ("pa", "ਵਿਅਕਤੀ-ਕੇਂਦਰਿਤ ਯੋਜਨਾ", "ਮੇਰੇ ਲਈ ਕੀ ਮਹੱਤਵਪੂਰਨ ਹੈ"),
    ("hi", "व्यक्ति-केंद्रित योजना", "मेरे लिए क्या महत्वपूर्ण है"),
    ("ja", "本人中心の計画", "私にとって大切なこと"),
    ("th", "แผนที่ยึดบุคคลเป็นศูนย์กลาง", "สิ่งที่สำคัญสำหรับฉัน"),
    ("lo", "ແຜນທີ່ເອົາບຸກຄົນເປັນສູນກາງ", "ສິ່ງທີ່ສຳຄັນສຳລັບຂ້ອຍ"),
    ("uk", "План, орієнтований на людину", "Що для мене важливо"),
    ("ium", "Mienh nyei gorngv", "Yie hnyouv longx nyei"),
];

/// A small plan-like document in one language, using every marker.
pub fn sample_document(title: &str, heading: &str) -> String {
    format!(
        "<pcp-header>{title}</pcp-header>\n\n\
         <pcp-footer><pcp-page/> / <pcp-pages/></pcp-footer>\n\n\
         # {title}\n\n\
         ## {heading}\n\n\
         {heading}: **{heading}** *{heading}*, <pcp-lang lang=\"en\">Maria Lopez</pcp-lang>.\n\n\
         > {heading}\n\n\
         - {heading}\n\
         - {title}\n\n\
         <pcp-caption>{heading}</pcp-caption>\n\n\
         | {title} | {heading} |\n\
         |---|---|\n\
         | {heading} | 2025-03-14 |\n\n\
         <pcp-signature-line/>\n"
    )
}

/// A realistic ~3-page English plan, for benches and the memory check.
pub fn three_page_plan() -> String {
    let mut md = String::from(
        "<pcp-header>Person-Centered Plan \\- Maria Lopez</pcp-header>\n\n\
         <pcp-footer>Page <pcp-page/> of <pcp-pages/></pcp-footer>\n\n\
         # Person-Centered Plan\n\n\
         Plan date: March 14, 2025. Care coordinator: Jordan Reyes, Sunrise Community Services.\n\n",
    );
    let goals = [
        ("I want to live in my own apartment near my sister", "Find a one-bedroom apartment on a bus line"),
        ("I want to get a job at the library", "Meet with the job coach every Tuesday"),
        ("I want to cook dinner for my friends", "Take the community cooking class at the senior center"),
        ("I want to walk to church on Sundays", "Physical therapy twice a week to build strength"),
    ];
    md.push_str("## What matters to me\n\n");
    md.push_str(
        "> I like mornings with coffee and the radio. My sister Ana is the most important person in my life. \
         I do not want to move far from her.\n\n",
    );
    for (i, (goal, step)) in goals.iter().enumerate() {
        md.push_str(&format!("### Goal {}: {goal}\n\n", i + 1));
        md.push_str(&format!(
            "> {goal}, because it helps me feel independent and close to the people I love.\n\n\
             Steps:\n\n1. {step}\n2. Review progress with Jordan at the monthly visit\n3. Ana will help with \
             transport when the bus is late\n\n\
             Strengths: Maria is organized, keeps a paper calendar and remembers every appointment. She \
             asks for help when she needs it and is proud of her cooking.\n\n"
        ));
    }
    md.push_str("## Services and supports\n\n<pcp-caption>Paid services</pcp-caption>\n\n");
    md.push_str("| Service | Provider | Amount | Frequency | Start |\n|---|---|---:|---|---|\n");
    for (s, p) in [
        ("Personal care", "Bright Home Care"),
        ("Job coaching", "Pathways Employment"),
        ("Physical therapy", "Valley PT"),
        ("Non-medical transportation", "CityRide"),
        ("Community integration", "Sunrise Community Services"),
        ("Respite", "Bright Home Care"),
    ] {
        md.push_str(&format!("| {s} | {p} | 12 hours | weekly | 2025-04-01 |\n"));
    }
    md.push_str(
        "\n<pcp-caption>Natural supports</pcp-caption>\n\n| Name | Relationship | Helps with |\n|---|---|---|\n",
    );
    md.push_str("| Ana Lopez | Sister | Transport, shopping |\n| Pastor Kim | Friend | Sunday rides |\n| Luis | Neighbor | Checks in daily |\n\n");
    md.push_str("## Risks and how we plan for them\n\n");
    for r in ["Falls at home", "Missing medication", "Loneliness in winter"] {
        md.push_str(&format!(
            "- **{r}**: what helps is a clear plan, a phone within reach and a daily call from Ana. \
             Backup: call Jordan at the office, or the after-hours line.\n"
        ));
    }
    md.push_str("\n## Signatures\n\n");
    for who in ["Maria Lopez (person)", "Ana Lopez (sister)", "Jordan Reyes (care coordinator)"] {
        md.push_str(&format!("{who}: <pcp-signature-line/> Date: <pcp-signature-line/>\n\n"));
    }
    md
}
