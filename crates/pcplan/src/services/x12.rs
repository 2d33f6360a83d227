//! The X12 837P professional claim, version 005010X222A1: the interchange (ISA/IEA) and functional group
//! (GS/GE) envelopes with the caller's control numbers, one transaction set (ST/SE) with the submitter,
//! receiver, billing provider, and per member and payer a subscriber loop with its claims (at most 50 service
//! lines each: LX, SV1, DTP, REF).
//!
//! The output is a function of its inputs only (the creation time is an input), so the same claims give the
//! same bytes. Every element goes through [`element`]: accents are folded to ASCII, and any character outside
//! the X12 basic and extended character sets, or one of this file's delimiters (`*`, `:`, `^`, `~`), is
//! rejected with the field it was found in, never written.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::agency::{AgencyConfig, Member, Sex, Usage};
use super::lines::{Billing, ServiceLine};

const ELEMENT: char = '*';
const COMPONENT: char = ':';
const REPETITION: char = '^';
const SEGMENT: char = '~';
/// The most service lines one claim may carry in 005010X222A1 (loop 2400 repeat).
const MAX_LINES_PER_CLAIM: usize = 50;

/// The envelope's control numbers and dates, all chosen by the caller so output is reproducible.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Envelope {
    /// ISA13/IEA02: 1 to 999,999,999, unique per interchange the agency sends.
    pub interchange_control_number: u32,
    /// GS06/GE02: 1 to 999,999,999.
    pub group_control_number: u32,
    /// ST02/SE02: 1 to 9,999 (written with four digits).
    pub transaction_control_number: u16,
    /// BHT03: the agency's reference for this batch (1 to 50 characters).
    pub reference: String,
    /// When the file was created (ISA09/10, GS04/05, BHT04/05).
    pub created: NaiveDateTime,
    /// End each segment with a line break after `~` (easier to read; most receivers accept it).
    pub line_breaks: bool,
}

/// One member's claims: their lines (from [`super::lines::compute_lines`]) and the claim id to use.
#[derive(Debug, Clone, Copy)]
pub struct ClaimInput<'a> {
    /// The member.
    pub member: &'a Member,
    /// The member's service lines.
    pub billing: &'a Billing,
    /// CLM01, the patient control number (1 to 34 characters); when the lines make several claims (more
    /// than one payer, or more than 50 lines), `-2`, `-3`… is appended to the second and later.
    pub claim_id: &'a str,
}

/// Why an 837P could not be written: the field and what was expected, never the value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum X12Error {
    /// A value has a character an X12 file cannot carry, or that would break the envelope.
    #[error(
        "at {field}: a character X12 cannot carry or that separates X12 elements; expected letters, digits, spaces and ordinary punctuation other than * : ^ ~"
    )]
    Character {
        /// The field.
        field: String,
    },
    /// A value is empty or longer than the element allows.
    #[error("at {field}: expected {min} to {max} characters")]
    Length {
        /// The field.
        field: String,
        /// Fewest characters.
        min: usize,
        /// Most characters.
        max: usize,
    },
    /// A line names a payer the configuration does not have.
    #[error("at {field}: no payer has this key in the agency configuration")]
    UnknownPayer {
        /// The field.
        field: String,
    },
    /// A control number is out of its range.
    #[error("at {field}: expected a control number from 1 to {max}")]
    ControlNumber {
        /// The field.
        field: &'static str,
        /// The largest allowed.
        max: u32,
    },
    /// A claim has no diagnosis, which 837P requires.
    #[error("at {field}: expected at least one diagnosis code")]
    NoDiagnosis {
        /// The field.
        field: String,
    },
}

/// Checks and folds a value for one X12 element: accents removed (NFD, combining marks dropped), then every
/// character must be printable ASCII and none of the delimiters; the length (in characters) must be within
/// `min..=max`. `field` names the value in errors.
///
/// ```
/// use pcplan::services::x12::element;
/// assert_eq!(element("José Núñez", "name", 1, 60).unwrap(), "Jose Nunez");
/// assert!(element("A*B", "name", 1, 60).is_err());
/// ```
pub fn element(value: &str, field: &str, min: usize, max: usize) -> Result<String, X12Error> {
    let folded: String = value.trim().nfd().filter(|c| !is_combining_mark(*c)).collect();
    if folded.chars().any(|c| !(' '..='~').contains(&c) || matches!(c, ELEMENT | COMPONENT | REPETITION | SEGMENT)) {
        return Err(X12Error::Character { field: field.to_owned() });
    }
    let n = folded.chars().count();
    if n < min || n > max {
        return Err(X12Error::Length { field: field.to_owned(), min, max });
    }
    Ok(folded)
}

/// Segments being written, counted for SE01.
struct Segments {
    out: String,
    count: usize,
    line_breaks: bool,
}

impl Segments {
    fn push(&mut self, elements: &[&str]) {
        // Trailing empty elements are dropped, as X12 requires.
        let used = elements.iter().rposition(|e| !e.is_empty()).map_or(0, |i| i + 1);
        for (i, e) in elements[..used].iter().enumerate() {
            if i > 0 {
                self.out.push(ELEMENT);
            }
            self.out.push_str(e);
        }
        self.out.push(SEGMENT);
        if self.line_breaks {
            self.out.push('\n');
        }
        self.count += 1;
    }
}

/// Joins components with `:`, dropping trailing empty ones.
fn composite(parts: &[&str]) -> String {
    let used = parts.iter().rposition(|e| !e.is_empty()).map_or(0, |i| i + 1);
    parts[..used].join(&COMPONENT.to_string())
}

fn d8(date: NaiveDate) -> String {
    date.format("%Y%m%d").to_string()
}

/// An amount as X12 writes it: no trailing zeros after the decimal point.
fn amount(value: Decimal) -> String {
    value.normalize().to_string()
}

fn pad(value: &str, width: usize) -> String {
    format!("{value:<width$}")
}

fn digits(value: &str, field: &str, min: usize, max: usize) -> Result<String, X12Error> {
    let v = element(value, field, min, max)?;
    if v.bytes().all(|b| b.is_ascii_digit()) { Ok(v) } else { Err(X12Error::Character { field: field.to_owned() }) }
}

/// Writes an 837P file for `claims`.
pub fn write_837p(agency: &AgencyConfig, envelope: &Envelope, claims: &[ClaimInput<'_>]) -> Result<Vec<u8>, X12Error> {
    const MAX_CONTROL: u32 = 999_999_999;
    if !(1..=MAX_CONTROL).contains(&envelope.interchange_control_number) {
        return Err(X12Error::ControlNumber { field: "interchangeControlNumber", max: MAX_CONTROL });
    }
    if !(1..=MAX_CONTROL).contains(&envelope.group_control_number) {
        return Err(X12Error::ControlNumber { field: "groupControlNumber", max: MAX_CONTROL });
    }
    if !(1..=9999).contains(&envelope.transaction_control_number) {
        return Err(X12Error::ControlNumber { field: "transactionControlNumber", max: 9999 });
    }
    let ix = &agency.interchange;
    let sender_q = element(&ix.sender_qualifier, "/interchange/senderQualifier", 2, 2)?;
    let sender = element(&ix.sender_id, "/interchange/senderId", 1, 15)?;
    let receiver_q = element(&ix.receiver_qualifier, "/interchange/receiverQualifier", 2, 2)?;
    let receiver = element(&ix.receiver_id, "/interchange/receiverId", 1, 15)?;
    let created = envelope.created;
    let isa13 = format!("{:09}", envelope.interchange_control_number);
    let gs06 = envelope.group_control_number.to_string();
    let st02 = format!("{:04}", envelope.transaction_control_number);

    let mut s = Segments { out: String::new(), count: 0, line_breaks: envelope.line_breaks };
    let repetition = REPETITION.to_string();
    let component = COMPONENT.to_string();
    let usage = match ix.usage {
        Usage::Test => "T",
        Usage::Production => "P",
    };
    s.push(&[
        "ISA",
        "00",
        &pad("", 10),
        "00",
        &pad("", 10),
        &sender_q,
        &pad(&sender, 15),
        &receiver_q,
        &pad(&receiver, 15),
        &created.format("%y%m%d").to_string(),
        &created.format("%H%M").to_string(),
        &repetition,
        "00501",
        &isa13,
        "0",
        usage,
        &component,
    ]);
    let date8 = d8(created.date());
    let time4 = created.format("%H%M").to_string();
    s.push(&["GS", "HC", &sender, &receiver, &date8, &time4, &gs06, "X", "005010X222A1"]);
    let transaction_start = s.count;
    s.push(&["ST", "837", &st02, "005010X222A1"]);
    let reference = element(&envelope.reference, "reference", 1, 50)?;
    s.push(&["BHT", "0019", "00", &reference, &date8, &time4, "CH"]);

    // 1000A submitter, 1000B receiver.
    let sub = &agency.submitter;
    s.push(&[
        "NM1",
        "41",
        "2",
        &element(&sub.name, "/submitter/name", 1, 60)?,
        "",
        "",
        "",
        "",
        "46",
        &element(&sub.id, "/submitter/id", 2, 80)?,
    ]);
    s.push(&[
        "PER",
        "IC",
        &element(&sub.contact_name, "/submitter/contactName", 1, 60)?,
        "TE",
        &digits(&sub.phone, "/submitter/phone", 10, 10)?,
    ]);
    s.push(&[
        "NM1",
        "40",
        "2",
        &element(&agency.receiver.name, "/receiver/name", 1, 60)?,
        "",
        "",
        "",
        "",
        "46",
        &element(&agency.receiver.id, "/receiver/id", 2, 80)?,
    ]);

    // 2000A billing provider.
    let bp = &agency.billing_provider;
    s.push(&["HL", "1", "", "20", "1"]);
    if let Some(t) = &bp.taxonomy {
        s.push(&["PRV", "BI", "PXC", &element(t, "/billingProvider/taxonomy", 10, 10)?]);
    }
    s.push(&[
        "NM1",
        "85",
        "2",
        &element(&bp.name, "/billingProvider/name", 1, 60)?,
        "",
        "",
        "",
        "",
        "XX",
        &digits(&bp.npi, "/billingProvider/npi", 10, 10)?,
    ]);
    address(&mut s, &bp.address, "/billingProvider/address", 9)?;
    s.push(&["REF", "EI", &digits(&bp.tin, "/billingProvider/tin", 9, 9)?]);

    let mut hl = 1;
    for (m, claim) in claims.iter().enumerate() {
        let base = format!("/claims/{m}");
        // One subscriber loop per payer, in the order payers first appear on the member's lines.
        let mut by_payer: Vec<(&str, Vec<&ServiceLine>)> = Vec::new();
        for line in &claim.billing.lines {
            match by_payer.iter_mut().find(|(p, _)| *p == line.payer.as_str()) {
                Some((_, lines)) => lines.push(line),
                None => by_payer.push((line.payer.as_str(), vec![line])),
            }
        }
        let mut claim_number = 0;
        for (payer_key, lines) in by_payer {
            let Some(payer) = agency.payers.iter().find(|p| p.key.as_str() == payer_key) else {
                return Err(X12Error::UnknownPayer { field: format!("{base}/billing/lines/payer") });
            };
            hl += 1;
            s.push(&["HL", &hl.to_string(), "1", "22", "0"]);
            s.push(&[
                "SBR",
                "P",
                "18",
                "",
                "",
                "",
                "",
                "",
                "",
                &element(&payer.claim_filing_indicator, "/payers/claimFilingIndicator", 1, 2)?,
            ]);
            subscriber(&mut s, claim.member, &format!("{base}/member"))?;
            s.push(&[
                "NM1",
                "PR",
                "2",
                &element(&payer.name, "/payers/name", 1, 60)?,
                "",
                "",
                "",
                "",
                "PI",
                &element(&payer.payer_id, "/payers/payerId", 2, 80)?,
            ]);
            for chunk in lines.chunks(MAX_LINES_PER_CLAIM) {
                claim_number += 1;
                let id = if claim_number == 1 {
                    claim.claim_id.to_owned()
                } else {
                    format!("{}-{claim_number}", claim.claim_id)
                };
                let id = element(&id, &format!("{base}/claimId"), 1, 38)?;
                write_claim(&mut s, &id, claim.member, chunk, &base)?;
            }
        }
    }
    let transaction_segments = s.count - transaction_start + 1;
    s.push(&["SE", &transaction_segments.to_string(), &st02]);
    s.push(&["GE", "1", &gs06]);
    s.push(&["IEA", "1", &isa13]);
    Ok(s.out.into_bytes())
}

fn address(s: &mut Segments, a: &super::agency::Address, base: &str, zip: usize) -> Result<(), X12Error> {
    let line2 = a.line2.as_deref().map(|l| element(l, &format!("{base}/line2"), 1, 55)).transpose()?;
    s.push(&["N3", &element(&a.line1, &format!("{base}/line1"), 1, 55)?, line2.as_deref().unwrap_or("")]);
    let postal = digits(&a.postal_code, &format!("{base}/postalCode"), 5, zip)?;
    if postal.len() != 5 && postal.len() != 9 {
        return Err(X12Error::Length { field: format!("{base}/postalCode"), min: 5, max: 9 });
    }
    s.push(&[
        "N4",
        &element(&a.city, &format!("{base}/city"), 2, 30)?,
        &element(&a.state, &format!("{base}/state"), 2, 2)?,
        &postal,
    ]);
    Ok(())
}

fn subscriber(s: &mut Segments, member: &Member, base: &str) -> Result<(), X12Error> {
    s.push(&[
        "NM1",
        "IL",
        "1",
        &element(&member.last_name, &format!("{base}/lastName"), 1, 60)?,
        &element(&member.first_name, &format!("{base}/firstName"), 1, 35)?,
        "",
        "",
        "",
        "MI",
        &element(&member.member_id, &format!("{base}/memberId"), 2, 80)?,
    ]);
    address(s, &member.address, &format!("{base}/address"), 9)?;
    let sex = match member.sex {
        Sex::Female => "F",
        Sex::Male => "M",
        Sex::Unknown => "U",
    };
    s.push(&["DMG", "D8", &d8(member.birth_date), sex]);
    Ok(())
}

fn write_claim(
    s: &mut Segments,
    id: &str,
    member: &Member,
    lines: &[&ServiceLine],
    base: &str,
) -> Result<(), X12Error> {
    let total: Decimal = lines.iter().map(|l| l.charge).sum();
    let claim_pos = lines.first().and_then(|l| l.place_of_service.as_deref()).unwrap_or("12");
    let claim_pos = digits(claim_pos, &format!("{base}/placeOfService"), 2, 2)?;
    s.push(&["CLM", id, &amount(total), "", "", &composite(&[&claim_pos, "B", "1"]), "Y", "A", "Y", "Y"]);
    if member.diagnoses.is_empty() {
        return Err(X12Error::NoDiagnosis { field: format!("{base}/member/diagnoses") });
    }
    let mut hi = vec!["HI".to_owned()];
    for (i, code) in member.diagnoses.iter().take(12).enumerate() {
        let field = format!("{base}/member/diagnoses/{i}");
        // ICD-10-CM codes go without their dot on claims.
        let code = element(&code.replace('.', ""), &field, 3, 7)?;
        if !code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
            return Err(X12Error::Character { field });
        }
        hi.push(composite(&[if i == 0 { "ABK" } else { "ABF" }, &code]));
    }
    s.push(&hi.iter().map(String::as_str).collect::<Vec<_>>());
    let pointers: Vec<String> = (1..=member.diagnoses.len().min(4)).map(|i| i.to_string()).collect();
    let pointers: Vec<&str> = pointers.iter().map(String::as_str).collect();
    let pointer = composite(&pointers);
    for (n, line) in lines.iter().enumerate() {
        let field = format!("{base}/billing/lines/{n}");
        s.push(&["LX", &(n + 1).to_string()]);
        let mut procedure =
            vec!["HC".to_owned(), element(&line.procedure.code, &format!("{field}/procedure/code"), 5, 5)?];
        for (i, m) in line.procedure.modifiers.iter().take(4).enumerate() {
            procedure.push(element(m, &format!("{field}/procedure/modifiers/{i}"), 2, 2)?);
        }
        let procedure = composite(&procedure.iter().map(String::as_str).collect::<Vec<_>>());
        let pos = match line.place_of_service.as_deref() {
            Some(p) if p != claim_pos => digits(p, &format!("{field}/placeOfService"), 2, 2)?,
            _ => String::new(),
        };
        s.push(&["SV1", &procedure, &amount(line.charge), "UN", &line.units.to_string(), &pos, "", &pointer]);
        if line.from == line.to {
            s.push(&["DTP", "472", "D8", &d8(line.from)]);
        } else {
            s.push(&["DTP", "472", "RD8", &format!("{}-{}", d8(line.from), d8(line.to))]);
        }
        if let Some(auth) = &line.authorization_number {
            s.push(&["REF", "G1", &element(auth, &format!("{field}/authorizationNumber"), 1, 50)?]);
        }
    }
    Ok(())
}

/// The number of segments of each id in an 837P file: a check for tests and for callers who log a summary.
pub fn segment_counts(file: &[u8]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for segment in String::from_utf8_lossy(file).split(SEGMENT) {
        let id = segment.trim().split(ELEMENT).next().unwrap_or_default();
        if !id.is_empty() {
            *counts.entry(id.to_owned()).or_insert(0) += 1;
        }
    }
    counts
}
