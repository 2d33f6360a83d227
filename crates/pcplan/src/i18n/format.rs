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

/// CLDR's date formatter for `lang` when CLDR has dates for it, and the locale its numbers, times and lists
/// are formatted in: its own then, else `en-US` (so a document never mixes ICU's root forms with Fluent's).
fn cldr_locale(
    lang: &LanguageIdentifier,
) -> Option<(Option<FixedCalendarDateTimeFormatter<Gregorian, YMD>>, IcuLocale)> {
    let locale = icu_locale(lang)?;
    // ICU falls back to its root locale, silently, for a language it has no data for. Compare with root's
    // own output to tell: a real locale always differs from root for a long date with a month name.
    let root = IcuLocale::try_from_str("und").ok().and_then(|l| date_formatter(&l));
    let date = date_formatter(&locale).filter(|f| root.as_ref().is_none_or(|r| probe(r) != probe(f)));
    let number_locale = if date.is_some() { locale } else { IcuLocale::try_from_str("en-US").ok().unwrap_or(locale) };
    Some((date, number_locale))
}

/// `value` with CLDR's digits, separators and grouping; `fraction` pads to a minimum and rounds to a maximum
/// number of fraction digits.
fn format_decimal(f: &DecimalFormatter, value: f64, fraction: (Option<usize>, Option<usize>)) -> Option<String> {
    let mut d: Decimal = value.to_string().parse().ok()?;
    if let Some(max) = fraction.1.and_then(|m| i16::try_from(m).ok()) {
        d.round(-max);
    }
    if let Some(min) = fraction.0.and_then(|m| i16::try_from(m).ok()) {
        d.pad_end(-min);
    }
    Some(f.format(&d).to_string())
}

/// The numbers of a Fluent message (`{ $count }`, `{ NUMBER($n, minimumFractionDigits: 2) }`) in the locale's
/// CLDR numbering system, as [`Formats`] formats every other number: one system per document (Persian digits in
/// a Persian document, not Fluent's Latin ones). Built once per bundle by Fluent's memoizer.
pub(super) struct FluentNumbers(Option<DecimalFormatter>);

impl intl_memoizer::Memoizable for FluentNumbers {
    type Args = ();
    type Error = std::convert::Infallible;
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, Self::Error> {
        let formatter = cldr_locale(&lang)
            .and_then(|(_, locale)| DecimalFormatter::try_new((&locale).into(), Default::default()).ok());
        Ok(FluentNumbers(formatter))
    }
}

/// The bundle's number formatter (`FluentBundle::set_formatter`); styles ICU4X's decimal formatter does not do
/// here (currency, percent, significant digits) keep Fluent's own formatting.
pub(super) fn fluent_number(
    value: &fluent_bundle::FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    use fluent_bundle::types::{FluentNumberStyle, FluentNumberType};
    let fluent_bundle::FluentValue::Number(n) = value else { return None };
    let o = &n.options;
    let plain = o.style == FluentNumberStyle::Decimal
        && o.r#type == FluentNumberType::Cardinal
        && o.use_grouping
        && o.minimum_integer_digits.is_none()
        && o.minimum_significant_digits.is_none()
        && o.maximum_significant_digits.is_none();
    if !plain {
        return None;
    }
    let fraction = (o.minimum_fraction_digits, o.maximum_fraction_digits);
    memoizer
        .with_try_get::<FluentNumbers, _, _>((), |f| f.0.as_ref().and_then(|f| format_decimal(f, n.value, fraction)))
        .ok()
        .flatten()
}

impl Formats {
    pub(super) fn new(lang: &LanguageIdentifier) -> Formats {
        let Some((date, number_locale)) = cldr_locale(lang) else {
            return Formats { date: None, number: None, time: None, and_list: None };
        };
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
        self.number.as_ref().and_then(|f| format_decimal(f, value, (None, None))).unwrap_or_else(|| value.to_string())
    }
}
