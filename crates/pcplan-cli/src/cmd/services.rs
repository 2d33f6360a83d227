//! `pcplan services`: services as delivered, billed: invoice lines and X12 837P claims from service records.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pcplan::i18n::Localizer;
use pcplan::services::agency::AgencyConfig;
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
    #[arg(long, value_name = "BILLING.json")]
    billing: PathBuf,
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
    let file = BillingFile::from_json_slice(&read_file(&p.billing)?, rules)
        .map_err(|e| bad_input(format!("{}: {e}", p.billing.display())))?;
    if let Some(t) = file.terms.iter().position(|t| agency.payer(&t.payer).is_none()) {
        return Err(bad_input(format!(
            "{}: at /terms/{t}/payer: expected the key of a payer in {}",
            p.billing.display(),
            p.agency.display()
        )));
    }
    let bytes = read_file(&p.records)?;
    let is_csv = p.records.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let records = if is_csv {
        ServiceRecords::from_csv_reader(bytes.as_slice(), &pcplan::model::LoadOptions::default())
    } else {
        ServiceRecords::from_json_slice_with(&bytes, &pcplan::model::LoadOptions::default())
    }
    .map_err(|e| bad_input(format!("{}: {e}", p.records.display())))?;
    let mut options = BillingOptions::for_period(from, to);
    options.allow_over_authorization = p.allow_over_authorization;
    let billing = compute_lines(&records, &file.terms, rules, &options);
    Ok(Loaded { agency, file, billing, lang })
}

/// Prints the findings in the chosen language; exit 1 when one is an error.
fn report_findings(loaded: &Loaded, records: &Path) -> Exit {
    let locale = Localizer::embedded().locale(std::slice::from_ref(&loaded.lang));
    for f in &loaded.billing.findings {
        let (message, fix) = f.localize(&locale);
        let place = match f.row {
            Some(row) => format!("{} row {row}", records.display()),
            None => format!("{}#{}", records.display(), f.path),
        };
        eprintln!("{} {}: {place}: {} {}", f.severity.as_str(), f.code, plain(&message), plain(&fix));
    }
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
