//! Every locale is complete, parses, translates, records its review status; negotiation and CLDR fallbacks.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use pcplan::i18n::{Localizer, LocalizerOptions};
use unic_langid::LanguageIdentifier;

fn lang(tag: &str) -> LanguageIdentifier {
    tag.parse().unwrap()
}

/// `(locale, message id)` pairs whose translation may equal the English text: `locales/<tag>/same-as-english.txt`
/// lists one message id per line with the reason after `#` (a name, a code, a word that is the same).
fn allowed_same_as_english() -> BTreeSet<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut out = BTreeSet::new();
    for entry in std::fs::read_dir(root).unwrap() {
        let dir = entry.unwrap().path();
        let Ok(text) = std::fs::read_to_string(dir.join("same-as-english.txt")) else { continue };
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        for line in text.lines() {
            let id = line.split('#').next().unwrap_or("").trim();
            if !id.is_empty() {
                assert!(line.contains('#'), "{tag}/same-as-english.txt: {id} needs a reason after #");
                out.insert((tag.clone(), id.to_owned()));
            }
        }
    }
    out
}

#[test]
fn every_locale_has_every_message_of_english_and_no_stale_ones() {
    let localizer = Localizer::new(&LocalizerOptions::default()).expect("embedded locales parse");
    let en: BTreeSet<&String> = localizer.message_ids(&lang("en")).unwrap().iter().collect();
    assert!(en.len() > 100, "English has only {} messages", en.len());
    let mut problems = Vec::new();
    for locale in localizer.available() {
        let ids: BTreeSet<&String> = localizer.message_ids(locale).unwrap().iter().collect();
        let missing: Vec<_> = en.difference(&ids).collect();
        let stale: Vec<_> = ids.difference(&en).collect();
        if !missing.is_empty() {
            problems.push(format!(
                "{locale}: missing {} messages, e.g. {:?}",
                missing.len(),
                &missing[..missing.len().min(5)]
            ));
        }
        if !stale.is_empty() {
            problems.push(format!("{locale}: {} messages not in English: {stale:?}", stale.len()));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Each message's source text (value, variants and attributes) from a locale's `.ftl` files, by id.
fn message_sources(locale: &str) -> std::collections::BTreeMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(locale);
    let mut out = std::collections::BTreeMap::new();
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files.into_iter().filter(|f| f.extension().is_some_and(|x| x == "ftl")) {
        let text = std::fs::read_to_string(file).unwrap();
        let mut current: Option<(String, String)> = None;
        for line in text.lines() {
            let starts_entry = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
            if starts_entry {
                if let Some((id, body)) = current.take() {
                    out.insert(id, body);
                }
                if let Some((id, body)) = line.split_once('=') {
                    current = Some((id.trim().to_owned(), body.trim().to_owned()));
                }
            } else if line.starts_with(' ') {
                if let Some((_, body)) = current.as_mut() {
                    body.push('\n');
                    body.push_str(line.trim());
                }
            } else if let Some((id, body)) = current.take() {
                out.insert(id, body);
            }
        }
        if let Some((id, body)) = current.take() {
            out.insert(id, body);
        }
    }
    out
}

#[test]
fn every_locale_translates() {
    let localizer = Localizer::embedded();
    let allowed = allowed_same_as_english();
    let en = message_sources("en");
    let mut same = Vec::new();
    for locale_id in localizer.available().iter().filter(|l| l.language.as_str() != "en") {
        let locale = localizer.locale(std::slice::from_ref(locale_id));
        assert_eq!(locale.id(), locale_id);
        for id in localizer.message_ids(locale_id).unwrap() {
            assert!(!locale.message(id, None).fell_back, "{locale_id}: {id} fell back");
        }
        for (id, source) in message_sources(&locale_id.to_string()) {
            if en.get(&id) == Some(&source) && !allowed.contains(&(locale_id.to_string(), id.clone())) {
                same.push(format!("{locale_id} {id}"));
            }
        }
    }
    assert!(same.is_empty(), "same as English and not listed in locales/<tag>/same-as-english.txt: {same:#?}");
}

#[test]
fn every_locale_records_its_status() {
    let localizer = Localizer::embedded();
    for locale in localizer.available() {
        let path = format!("{}/locales/{locale}/status.json", env!("CARGO_MANIFEST_DIR"));
        assert!(std::path::Path::new(&path).exists(), "{path} is missing");
        let status = localizer.status(locale).unwrap();
        if locale.language.as_str() != "en" {
            assert!(
                !status.is_reviewed() || (status.reviewer.is_some() && status.date.is_some()),
                "{locale}: reviewed without a named reviewer and date"
            );
        }
    }
    assert!(localizer.status(&lang("en")).unwrap().is_reviewed(), "English is the source");
    assert!(!localizer.status(&lang("es")).unwrap().is_reviewed(), "Spanish is a draft until reviewed");
}

#[test]
fn negotiation_understands_aliases_and_regions() {
    let localizer = Localizer::embedded();
    let pick = |tag: &str| localizer.locale(&[lang(tag)]).id().to_string();
    assert_eq!(pick("es-MX"), "es");
    assert_eq!(pick("en-US"), "en");
    assert_eq!(pick("xx"), "en", "unknown languages fall back to English");
    let has = |tag: &str| localizer.available().contains(&lang(tag));
    if has("tl") {
        assert_eq!(pick("fil"), "tl");
        assert_eq!(pick("tl"), "tl");
    }
    if has("hmn") {
        assert_eq!(pick("mww"), "hmn");
    }
    if has("zh-Hant") && has("zh-Hans") {
        assert_eq!(pick("zh-TW"), "zh-Hant");
        assert_eq!(pick("zh-HK"), "zh-Hant");
        assert_eq!(pick("zh-CN"), "zh-Hans");
        assert_eq!(pick("zh"), "zh-Hans");
    }
    let chain: Vec<String> = localizer.locale(&[lang("es-MX")]).chain().map(|l| l.to_string()).collect();
    assert_eq!(chain.last().map(String::as_str), Some("en"), "the chain ends in English: {chain:?}");
}

#[test]
fn dates_and_numbers_use_cldr_or_a_documented_fallback() {
    let localizer = Localizer::embedded();
    let date = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap();
    let en = localizer.locale(&[lang("en")]);
    assert_eq!(en.format_date(date), "March 5, 2026");
    assert_eq!(en.format_number(1234.5), "1,234.5");
    let es = localizer.locale(&[lang("es")]);
    assert_eq!(es.format_date(date), "5 de marzo de 2026");
    assert_eq!(es.format_number(1234.5), "1234,5");
    for locale_id in localizer.available() {
        let locale = localizer.locale(std::slice::from_ref(locale_id));
        let text = locale.format_date(date);
        // CLDR writes some languages' dates in their own digits (Persian ۲۰۲۶); compare digit values.
        assert!(ascii_digits(&text).contains("2026"), "{locale_id}: {text}");
        // ICU's root pattern ("2026 M03 5") must never reach a document.
        assert!(!text.contains("M03"), "{locale_id} shows ICU's root format: {text}");
        if ["hmn", "ium"].contains(&locale_id.language.as_str()) {
            assert!(!locale.has_cldr_dates(), "{locale_id}: CLDR has no date data, the Fluent pattern applies");
            let month = locale.message("month-3", None).text;
            assert!(text.contains(&month), "{locale_id}: {text} lacks its own month name {month}");
            assert_eq!(locale.format_number(1234.5), "1,234.5", "{locale_id}: US number conventions");
        }
    }
}

#[test]
fn an_agency_directory_overrides_and_adds_messages() {
    let dir = std::env::temp_dir().join(format!("pcplan-i18n-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("en")).unwrap();
    std::fs::write(dir.join("en/agency.ftl"), "severity-error = Must fix\nagency-only = Hello\n").unwrap();
    let localizer = Localizer::new(&LocalizerOptions { extra_dir: Some(dir.clone()) }).unwrap();
    let en = localizer.locale(&[lang("en")]);
    assert_eq!(en.message("severity-error", None).text, "Must fix");
    assert_eq!(en.message("agency-only", None).text, "Hello");
    std::fs::write(dir.join("en/broken.ftl"), "this is = = not fluent {\n").unwrap();
    let err = Localizer::new(&LocalizerOptions { extra_dir: Some(dir.clone()) }).unwrap_err();
    assert!(err.to_string().contains("broken.ftl"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_missing_message_falls_back_and_says_so() {
    let localizer = Localizer::embedded();
    let es = localizer.locale(&[lang("es")]);
    let missing = es.message("no-such-message-anywhere", None);
    assert!(missing.text.is_empty() && missing.fell_back && missing.lang.is_none());
}

/// Replaces decimal digits of the scripts pcplan renders (Arabic-Indic, Persian, Devanagari, Gurmukhi, Thai,
/// Lao, Khmer, fullwidth) with ASCII digits.
fn ascii_digits(text: &str) -> String {
    const ZEROS: [u32; 8] = [0x660, 0x6F0, 0x966, 0xA66, 0xE50, 0xED0, 0x17E0, 0xFF10];
    text.chars()
        .map(|c| {
            let code = c as u32;
            ZEROS
                .iter()
                .find(|&&zero| (zero..zero + 10).contains(&code))
                .and_then(|zero| char::from_digit(code - zero, 10))
                .unwrap_or(c)
        })
        .collect()
}

#[test]
fn every_locale_names_the_languages_a_plan_may_name() {
    // The threshold languages (by the code the render passes: language, plus script for Chinese), their aliases,
    // and the spoken forms of Chinese agencies record (Cantonese, Mandarin).
    let codes = [
        "en", "es", "zh-Hant", "zh-Hans", "zh", "yue", "cmn", "vi", "ko", "tl", "fil", "hy", "hyw", "ru", "fa", "ar",
        "km", "hmn", "mww", "pa", "hi", "ja", "th", "lo", "uk", "ium",
    ];
    let localizer = Localizer::embedded();
    for tag in localizer.available() {
        let locale = localizer.locale(std::slice::from_ref(tag));
        for code in codes {
            let mut args = pcplan::i18n::FluentArgs::new();
            args.set("code", code);
            let name = locale.message("language", Some(&args)).text;
            let name: String = name.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect();
            assert!(!name.is_empty() && name != code, "{tag}: no name for {code:?}");
        }
    }
}

/// Numbers inside messages use the same CLDR numbering system as every other number of the document (Persian
/// digits in Persian), so one document never mixes two.
#[test]
fn numbers_in_messages_match_the_locales_cldr_numbers() {
    let localizer = Localizer::embedded();
    for tag in localizer.available() {
        let locale = localizer.locale(std::slice::from_ref(tag));
        for n in [7.0, 12.0, 1234.0] {
            let mut args = pcplan::i18n::FluentArgs::new();
            args.set("number", n);
            let heading = locale.message("goal-heading", Some(&args)).text;
            let expected = locale.format_number(n);
            assert!(heading.contains(&expected), "{tag}: {heading:?} lacks {expected:?}");
        }
    }
    let fa = localizer.locale(&[lang("fa")]);
    let mut args = pcplan::i18n::FluentArgs::new();
    args.set("number", 12);
    assert!(fa.message("goal-heading", Some(&args)).text.contains("۱۲"), "Persian digits");
}
