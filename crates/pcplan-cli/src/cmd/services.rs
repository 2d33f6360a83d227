//! `pcplan services`: services as delivered, monitored and billed: how delivery compares with the plan, invoice
//! lines and X12 837P claims from service records.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pcplan::i18n::Localizer;
use pcplan::services::agency::AgencyConfig;
use pcplan::services::finding::FindingDocument;
use pcplan::services::invoice::{ColumnSet, Invoice};
use pcplan::services::lines::{Billing, BillingOptions, compute_lines};
use pcplan::services::records::ServiceRecords;
use pcplan::services::terms::{BillingFile, UnitRules};
use pcplan::validate::Severity;
use unic_langid::LanguageIdentifier;

use crate::common::{
    Exit, Failure, Outcome, bad_input, failed, parse_date, parse_lang, plain, read_file, write_output,
};

/// Bill delivered services: invoice lines (CSV or JSON) and X12 837P professional claims.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Subcommand, Debug)]
enum Command {
    Report(ReportArgs),
    Invoice(InvoiceArgs),
    #[cfg(feature = "x12")]
    Claim(ClaimArgs),
}

/// What both subcommands read: who, what was delivered, for which period.
#[derive(clap::Args, Debug)]
struct Period {
    /// The service records (JSON, or CSV when the name ends in `.csv`): `schema/service-records.schema.json`.
    records: PathBuf,
    /// The billing file: the member and each billed support's terms (`examples/services/*-billing.json`).
    #[arg(long, value_name = "BILLING.json", required_unless_present = "plan", conflicts_with = "plan")]
    billing: Option<PathBuf>,
    /// Bill from the plan instead: each paid support's code, authorization and rate, and the member from the
    /// person (CIN, legal name, date of birth, address; a confidential address's substitute). Needs --sex and
    /// --diagnosis, which a plan does not record.
    #[arg(long, value_name = "PLAN.json", requires_all = ["sex", "diagnosis"])]
    plan: Option<PathBuf>,
    /// With --plan: the member's administrative sex as the payer records it (female, male, unknown).
    #[arg(long, value_parser = ["female", "male", "unknown"])]
    sex: Option<String>,
    /// With --plan: an ICD-10-CM diagnosis code for the claim, primary first (repeat for up to 12).
    #[arg(long, value_name = "ICD10")]
    diagnosis: Vec<String>,
    /// The agency's billing configuration: provider NPI and TIN, payers (`examples/services/agency.json`).
    #[arg(long, value_name = "AGENCY.json")]
    agency: PathBuf,
    /// First day of service of the billing period, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    /// Last day of service of the billing period, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    /// Bill units beyond an authorization (each such line is a finding) instead of capping them.
    #[arg(long)]
    allow_over_authorization: bool,
    /// The language of the findings on standard error (BCP 47); default English.
    #[arg(long)]
    lang: Option<String>,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// How services went over a period, against the plan: planned, authorized and delivered for each support,
/// with findings (delivered well below or above the plan, outside the support's dates or its authorization,
/// without a required authorization, not in the plan, long gaps). `text` and `json` are for staff (the
/// utilization table); `md`, `html` and `pdf` are "How my services are going", for the person, in their
/// language. Exit 1 when a finding is an error.
#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The plan (JSON).
    plan: PathBuf,
    /// The service records (JSON, or CSV when the name ends in `.csv`): `schema/service-records.schema.json`.
    records: PathBuf,
    /// The agency's configuration: which payers require an authorization (`examples/services/agency.json`).
    #[arg(long, value_name = "AGENCY.json")]
    agency: PathBuf,
    /// First day of the period, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    from: String,
    /// Last day of the period, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    to: String,
    /// text, json, md, html or pdf.
    #[arg(long, short, default_value = "text", value_parser = ["text", "json", "md", "html", "pdf"])]
    format: String,
    /// The language (BCP 47); default: the person's preferred written language for md, html and pdf, English
    /// for text and json.
    #[arg(long)]
    lang: Option<String>,
    /// The person's document for this recipient's copy: only the supports they may see.
    #[arg(long = "for", value_name = "RECIPIENT")]
    recipient: Option<String>,
    /// Delivered below the plan by more than this percentage is a finding.
    #[arg(long, default_value_t = 25, value_name = "PERCENT")]
    below: u32,
    /// Delivered above the plan by more than this percentage is a finding.
    #[arg(long, default_value_t = 25, value_name = "PERCENT")]
    above: u32,
    /// This many scheduled times in a row without the service is a finding.
    #[arg(long, default_value_t = 3, value_name = "N")]
    missed: u32,
    #[command(flatten)]
    fonts: crate::common::FontArgs,
    /// Write here (atomically) instead of standard output.
    #[arg(long, short)]
    output: Option<PathBuf>,
}

/// Invoice lines for a billing period, with the fields a health plan needs to pay them. Findings (records
/// without terms, outside the period or the authorization, units capped) go to standard error; exit 1 when
/// one is an error.
#[derive(clap::Args, Debug)]
struct InvoiceArgs {
    #[command(flatten)]
    period: Period,
    /// csv or json.
    #[arg(long, short, default_value = "csv", value_parser = ["csv", "json"])]
    format: String,
    /// The invoice number.
    #[arg(long, value_name = "NUMBER")]
    number: String,
    /// The invoice date, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: String,
    /// The invoice columns (a column-set file); default: `data/services/invoice-columns.json`.
    #[arg(long, value_name = "COLUMNS.json")]
    columns: Option<PathBuf>,
}

/// An X12 837P (005010X222A1) claim file for a billing period; the same input gives the same bytes.
#[cfg(feature = "x12")]
#[derive(clap::Args, Debug)]
struct ClaimArgs {
    #[command(flatten)]
    period: Period,
    /// The patient control number (CLM01), 1 to 34 characters.
    #[arg(long, value_name = "ID")]
    claim_id: String,
    /// The interchange and group control number (ISA13, GS06), 1 to 999999999, unique per file you send.
    #[arg(long, value_name = "N")]
    control: u32,
    /// The batch reference (BHT03).
    #[arg(long, value_name = "TEXT")]
    reference: String,
    /// When the file was created (ISA09/10, GS04/05, BHT04/05), YYYY-MM-DDTHH:MM:SS; never the clock, so the
    /// same input gives the same file.
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM:SS")]
    created: String,
}

/// Runs `pcplan services`.
pub fn run(args: Args) -> Outcome {
    match args.command {
        Command::Report(args) => report(args),
        Command::Invoice(args) => invoice(args),
        #[cfg(feature = "x12")]
        Command::Claim(args) => claim(args),
    }
}

struct Loaded {
    agency: AgencyConfig,
    file: BillingFile,
    billing: Billing,
    lang: LanguageIdentifier,
}

fn load(p: &Period) -> Result<Loaded, Failure> {
    let localizer = Localizer::embedded();
    let lang = match &p.lang {
        Some(l) => parse_lang(l, localizer)?,
        None => "en".parse().unwrap_or_default(),
    };
    let from: NaiveDate = parse_date("--from", &p.from)?;
    let to: NaiveDate = parse_date("--to", &p.to)?;
    if to < from {
        return Err(bad_input("--to: expected a day on or after --from"));
    }
    let rules = UnitRules::embedded();
    let agency = AgencyConfig::from_json_slice(&read_file(&p.agency)?)
        .map_err(|e| bad_input(format!("{}: {e}", p.agency.display())))?;
    let file = match (&p.billing, &p.plan) {
        (Some(billing), _) => {
            let file = BillingFile::from_json_slice(&read_file(billing)?, rules)
                .map_err(|e| bad_input(format!("{}: {e}", billing.display())))?;
            if let Some(t) = file.terms.iter().position(|t| agency.payer(&t.payer).is_none()) {
                return Err(bad_input(format!(
                    "{}: at /terms/{t}/payer: expected the key of a payer in {}",
                    billing.display(),
                    p.agency.display()
                )));
            }
            file
        }
        (None, Some(path)) => billing_from_plan(p, path, &agency, rules)?,
        (None, None) => return Err(bad_input("expected --billing or --plan")),
    };
    let records = load_records(&p.records)?;
    let mut options = BillingOptions::for_period(from, to);
    options.allow_over_authorization = p.allow_over_authorization;
    let billing = compute_lines(&records, &file.terms, rules, &options);
    Ok(Loaded { agency, file, billing, lang })
}

/// The billing terms and the member from a plan; a paid support without terms is billed for nothing (its
/// records are finding SV1), so only the member's gaps are errors.
fn billing_from_plan(
    p: &Period,
    path: &Path,
    agency: &AgencyConfig,
    rules: &UnitRules,
) -> Result<BillingFile, Failure> {
    use pcplan::services::agency::{Member, Sex};
    let plan = crate::common::load_plan(path)?;
    let sex = match p.sex.as_deref() {
        Some("female") => Sex::Female,
        Some("male") => Sex::Male,
        _ => Sex::Unknown,
    };
    let member = Member::from_plan(&plan, sex, p.diagnosis.clone())
        .map_err(|g| bad_input(format!("{}: at {}: {}", path.display(), g.path, g.expected)))?;
    let (terms, _) = pcplan::services::terms::terms_from_plan(&plan, agency, rules);
    Ok(BillingFile { member, terms })
}

/// Service records from JSON, or CSV when the file name ends in `.csv`.
fn load_records(path: &Path) -> Result<ServiceRecords, Failure> {
    let bytes = read_file(path)?;
    let is_csv = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let options = pcplan::model::LoadOptions::default();
    if is_csv {
        ServiceRecords::from_csv_reader(bytes.as_slice(), &options)
    } else {
        ServiceRecords::from_json_slice_with(&bytes, &options)
    }
    .map_err(|e| bad_input(format!("{}: {e}", path.display())))
}

fn report(args: ReportArgs) -> Outcome {
    use pcplan::services::monitor::{MonitorOptions, monitor};
    let plan = crate::common::load_plan(&args.plan)?;
    crate::common::check_recipient(&plan, args.recipient.as_deref())?;
    let from = parse_date("--from", &args.from)?;
    let to = parse_date("--to", &args.to)?;
    if to < from {
        return Err(bad_input("--to: expected a day on or after --from"));
    }
    let agency = AgencyConfig::from_json_slice(&read_file(&args.agency)?)
        .map_err(|e| bad_input(format!("{}: {e}", args.agency.display())))?;
    let records = load_records(&args.records)?;
    let mut options = MonitorOptions::for_period(from, to);
    options.below_plan_percent = args.below;
    options.above_plan_percent = args.above;
    options.missed_in_a_row = args.missed.max(1);
    let monitoring = monitor(&plan, &records, &agency, UnitRules::embedded(), &options);
    let localizer = Localizer::embedded();
    let lang = args.lang.as_deref().map(|l| parse_lang(l, localizer)).transpose()?;
    let staff_lang = lang.clone().unwrap_or_else(|| "en".parse().unwrap_or_default());
    let locale = localizer.locale(std::slice::from_ref(&staff_lang));
    let bytes = match args.format.as_str() {
        "text" => utilization_text(&plan, &monitoring, &locale, &args.records, &args.plan).into_bytes(),
        "json" => {
            let findings: Vec<serde_json::Value> = monitoring
                .findings
                .iter()
                .map(|f| {
                    let (message, fix) = f.localize(&locale);
                    let mut v = serde_json::to_value(f).unwrap_or_default();
                    v["message"] = plain(&message).into();
                    v["fix"] = plain(&fix).into();
                    v
                })
                .collect();
            let mut v = serde_json::to_value(&monitoring).map_err(|e| failed(e.to_string()))?;
            v["findings"] = findings.into();
            let mut out = serde_json::to_vec_pretty(&v).map_err(|e| failed(e.to_string()))?;
            out.push(b'\n');
            out
        }
        document => {
            let format: pcplan::Format = document.parse().map_err(bad_input)?;
            let mut render = pcplan::RenderOptions::new(format);
            render.lang = lang;
            render.recipient = args.recipient.clone();
            render.large_print = args.recipient.is_none() && crate::cmd::render::wants_large_print(&plan);
            let engine = pcplan::Engine::new(args.fonts.engine_options()).map_err(|e| bad_input(e.to_string()))?;
            let rendered = engine.render_services(&plan, &monitoring, &render).map_err(|e| failed(e.to_string()))?;
            for w in &rendered.warnings {
                eprintln!("warning: {w}");
            }
            rendered.bytes
        }
    };
    write_output(args.output.as_deref(), &bytes)?;
    if args.format != "text" {
        print_findings(&monitoring.findings, &locale, &args.records, &args.plan);
    }
    Ok(if monitoring.has_errors() { Exit::Findings } else { Exit::Ok })
}

/// The staff's utilization table, then the findings, in `locale`'s language.
fn utilization_text(
    plan: &pcplan::model::Plan,
    m: &pcplan::services::monitor::Monitoring,
    locale: &pcplan::i18n::Locale<'_>,
    records: &Path,
    plan_path: &Path,
) -> String {
    use std::fmt::Write as _;
    let msg = |id: &str| plain(&locale.message(id, None).text);
    let doc = pcplan::model::LanguageTag::from(locale.id().clone());
    let mut args = pcplan::i18n::FluentArgs::new();
    args.set("from", locale.format_date(m.from));
    args.set("to", locale.format_date(m.to));
    let mut out = format!("{}\n\n", plain(&locale.message("utilization-title", Some(&args)).text));
    let columns = [
        "utilization-col-support",
        "utilization-col-planned",
        "utilization-col-delivered",
        "utilization-col-services",
        "utilization-col-authorization",
        "utilization-col-used",
        "utilization-col-remaining",
        "utilization-col-missed",
    ];
    let mut rows = vec![columns.iter().map(|c| msg(c)).collect::<Vec<_>>()];
    let amount = |v: f64, unit| pcplan::render::amount_in_words((v * 100.0).round() / 100.0, unit, locale);
    for u in &m.supports {
        let Some(support) = plan.supports.get(u.index) else { continue };
        let name = support.name.in_language(&doc).unwrap_or(&support.name.text);
        let mut row = vec![one_line(name)];
        if !u.tracked {
            row.push(msg("utilization-not-tracked"));
            rows.push(row);
            continue;
        }
        let auth = u.authorization.as_ref();
        row.extend([
            u.planned.or(u.most).map(|v| amount(v, u.unit)).unwrap_or_default(),
            amount(u.delivered, u.unit),
            u.services.to_string(),
            auth.and_then(|a| a.number.clone()).map(|n| one_line(&n)).unwrap_or_default(),
            auth.map(|a| a.used.to_string()).unwrap_or_default(),
            auth.and_then(|a| a.remaining).map(|r| r.to_string()).unwrap_or_default(),
            if u.scheduled_times > 0 { u.longest_missed.to_string() } else { String::new() },
        ]);
        rows.push(row);
    }
    let widths: Vec<usize> = (0..columns.len())
        .map(|c| rows.iter().filter_map(|r| r.get(c)).map(|s| s.chars().count()).max().unwrap_or(0))
        .collect();
    for row in &rows {
        let cells: Vec<String> =
            row.iter().enumerate().map(|(c, s)| format!("{s:<w$}", w = widths[c].min(48))).collect();
        let _ = writeln!(out, "{}", cells.join("  ").trim_end());
    }
    if !m.findings.is_empty() {
        let _ = writeln!(out, "\n{}", msg("utilization-findings"));
        for f in &m.findings {
            let _ = writeln!(out, "{}", finding_line(f, locale, records, plan_path));
        }
    }
    out
}

/// A cell of the text table on one line, without control characters.
fn one_line(text: &str) -> String {
    text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// Findings on standard error, each with the file and place it points to.
fn print_findings(
    findings: &[pcplan::services::finding::ServiceFinding],
    locale: &pcplan::i18n::Locale<'_>,
    records: &Path,
    plan: &Path,
) {
    for f in findings {
        eprintln!("{}", finding_line(f, locale, records, plan));
    }
}

/// "error SM1: records.csv row 4: message fix", the place in the file the finding points into.
fn finding_line(
    f: &pcplan::services::finding::ServiceFinding,
    locale: &pcplan::i18n::Locale<'_>,
    records: &Path,
    plan: &Path,
) -> String {
    let (message, fix) = f.localize(locale);
    let place = match (f.document, f.row) {
        (FindingDocument::Records, Some(row)) => format!("{} row {row}", records.display()),
        (FindingDocument::Records, None) => format!("{}#{}", records.display(), f.path),
        (FindingDocument::Plan, _) => format!("{}#{}", plan.display(), f.path),
    };
    format!("{} {}: {place}: {} {}", f.severity.as_str(), f.code, plain(&message), plain(&fix))
}

/// Prints the findings in the chosen language; exit 1 when one is an error.
fn report_findings(loaded: &Loaded, records: &Path) -> Exit {
    let locale = Localizer::embedded().locale(std::slice::from_ref(&loaded.lang));
    // Billing findings all point into the records.
    print_findings(&loaded.billing.findings, &locale, records, records);
    if loaded.billing.findings.iter().any(|f| f.severity == Severity::Error) { Exit::Findings } else { Exit::Ok }
}

fn invoice(args: InvoiceArgs) -> Outcome {
    let loaded = load(&args.period)?;
    let date = parse_date("--date", &args.date)?;
    let columns = match &args.columns {
        None => ColumnSet::embedded().clone(),
        Some(path) => {
            ColumnSet::from_json_slice(&read_file(path)?).map_err(|e| bad_input(format!("{}: {e}", path.display())))?
        }
    };
    let invoice = Invoice {
        number: &args.number,
        date,
        agency: &loaded.agency,
        member: &loaded.file.member,
        billing: &loaded.billing,
    };
    let bytes = if args.format == "json" {
        let mut out = serde_json::to_vec_pretty(&invoice.to_json(&columns)).map_err(|e| failed(e.to_string()))?;
        out.push(b'\n');
        out
    } else {
        invoice.to_csv(&columns).into_bytes()
    };
    write_output(args.period.output.as_deref(), &bytes)?;
    Ok(report_findings(&loaded, &args.period.records))
}

#[cfg(feature = "x12")]
fn claim(args: ClaimArgs) -> Outcome {
    use chrono::NaiveDateTime;
    use pcplan::services::x12::{ClaimInput, Envelope, write_837p};
    let loaded = load(&args.period)?;
    let created = NaiveDateTime::parse_from_str(&args.created, "%Y-%m-%dT%H:%M:%S")
        .map_err(|_| bad_input(format!("--created {:?}: expected YYYY-MM-DDTHH:MM:SS", args.created)))?;
    let envelope = Envelope {
        interchange_control_number: args.control,
        group_control_number: args.control,
        transaction_control_number: 1,
        reference: args.reference.clone(),
        created,
        line_breaks: true,
    };
    let claims = [ClaimInput { member: &loaded.file.member, billing: &loaded.billing, claim_id: &args.claim_id }];
    let bytes = write_837p(&loaded.agency, &envelope, &claims).map_err(|e| bad_input(e.to_string()))?;
    write_output(args.period.output.as_deref(), &bytes)?;
    Ok(report_findings(&loaded, &args.period.records))
}
