//! Dates and numbers formatted with CLDR data (ICU4X compiled data).

use chrono::Datelike;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale as IcuLocale;
use unic_langid::LanguageIdentifier;

/// A locale's formatters, built once with the [`super::Localizer`].
pub(super) struct Formats {
    /// `None` when CLDR has no date data for the language (the locale's Fluent pattern is used instead).
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    number: Option<DecimalFormatter>,
}

/// ICU knows some languages under another subtag.
fn icu_locale(lang: &LanguageIdentifier) -> Option<IcuLocale> {
    let mut tag = lang.to_string();
    if lang.language.as_str() == "tl" {
        tag.replace_range(0..2, "fil");
    }
    IcuLocale::try_from_str(&tag).ok()
}

fn date_formatter(locale: &IcuLocale) -> Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>> {
    FixedCalendarDateTimeFormatter::try_new(locale.into(), YMD::long()).ok()
}

fn probe(f: &FixedCalendarDateTimeFormatter<Gregorian, YMD>) -> String {
    let date = Date::try_new_gregorian(2024, 11, 23).expect("valid date");
    f.format(&date).to_string()
}

impl Formats {
    pub(super) fn new(lang: &LanguageIdentifier) -> Formats {
        let Some(locale) = icu_locale(lang) else {
            return Formats { date: None, number: None };
        };
        // ICU falls back to its root locale, silently, for a language it has no data for. Compare with root's
        // own output to tell: a real locale always differs from root for a long date with a month name.
        let root = IcuLocale::try_from_str("und").ok().and_then(|l| date_formatter(&l));
        let date = date_formatter(&locale).filter(|f| root.as_ref().is_none_or(|r| probe(r) != probe(f)));
        let number_locale =
            if date.is_some() { locale } else { IcuLocale::try_from_str("en-US").ok().unwrap_or(locale) };
        let number = DecimalFormatter::try_new((&number_locale).into(), Default::default()).ok();
        Formats { date, number }
    }

    pub(super) fn has_cldr_dates(&self) -> bool {
        self.date.is_some()
    }

    pub(super) fn date(&self, date: chrono::NaiveDate) -> Option<String> {
        let f = self.date.as_ref()?;
        let month = u8::try_from(date.month()).ok()?;
        let day = u8::try_from(date.day()).ok()?;
        let d = Date::try_new_gregorian(date.year(), month, day).ok()?;
        Some(f.format(&d).to_string())
    }

    pub(super) fn number(&self, value: f64) -> String {
        let plain = value.to_string();
        match (&self.number, plain.parse::<Decimal>()) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => plain,
        }
    }
}
