//! Dates and numbers formatted with CLDR data (ICU4X compiled data).

use chrono::Datelike;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{T, YMD};
use icu_datetime::input::Time;
use icu_datetime::options::TimePrecision;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_list::ListFormatter;
use icu_list::options::{ListFormatterOptions, ListLength};
use icu_locale_core::Locale as IcuLocale;
use unic_langid::LanguageIdentifier;

/// A locale's formatters, built once with the [`super::Localizer`].
pub(super) struct Formats {
    /// `None` when CLDR has no date data for the language (the locale's Fluent pattern is used instead).
    date: Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    number: Option<DecimalFormatter>,
    /// Hours and minutes; `None` with the dates.
    time: Option<NoCalendarFormatter<T>>,
    /// "A, B and C"; `None` with the dates.
    and_list: Option<ListFormatter>,
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
            return Formats { date: None, number: None, time: None, and_list: None };
        };
        // ICU falls back to its root locale, silently, for a language it has no data for. Compare with root's
        // own output to tell: a real locale always differs from root for a long date with a month name.
        let root = IcuLocale::try_from_str("und").ok().and_then(|l| date_formatter(&l));
        let date = date_formatter(&locale).filter(|f| root.as_ref().is_none_or(|r| probe(r) != probe(f)));
        let number_locale =
            if date.is_some() { locale } else { IcuLocale::try_from_str("en-US").ok().unwrap_or(locale) };
        let number = DecimalFormatter::try_new((&number_locale).into(), Default::default()).ok();
        let time = NoCalendarFormatter::try_new(
            (&number_locale).into(),
            T::short().with_time_precision(TimePrecision::Minute),
        )
        .ok();
        let and_list = ListFormatter::try_new_and(
            (&number_locale).into(),
            ListFormatterOptions::default().with_length(ListLength::Wide),
        )
        .ok();
        Formats { date, number, time, and_list }
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

    pub(super) fn time(&self, time: chrono::NaiveTime) -> String {
        use chrono::Timelike;
        let hm = (u8::try_from(time.hour()), u8::try_from(time.minute()));
        let formatted = match (&self.time, hm) {
            (Some(f), (Ok(h), Ok(m))) => Time::try_new(h, m, 0, 0).ok().map(|t| f.format(&t).to_string()),
            _ => None,
        };
        formatted.unwrap_or_else(|| time.format("%H:%M").to_string())
    }

    pub(super) fn and_list(&self, items: &[String]) -> String {
        match &self.and_list {
            Some(f) => f.format(items.iter()).to_string(),
            None => items.join(", "),
        }
    }

    pub(super) fn number(&self, value: f64) -> String {
        let plain = value.to_string();
        match (&self.number, plain.parse::<Decimal>()) {
            (Some(f), Ok(d)) => f.format(&d).to_string(),
            _ => plain,
        }
    }
}
