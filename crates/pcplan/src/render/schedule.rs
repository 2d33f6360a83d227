//! A support's schedule as one natural sentence in the document's language: "8 hours a month", "1 session
//! every other Tuesday at 10:00 AM", "2 meals a day for 12 weeks", "when I ask for it, up to 4 trips a month".
//!
//! Each part is a Fluent message of `schedule.ftl` (translators can reorder and inflect every part), numbers,
//! times and lists come from CLDR.

use fluent_bundle::FluentValue;

use crate::i18n::{FluentArgs, Locale};
use crate::model::{PeriodUnit, Schedule, ServiceUnit, json_name};

/// An amount of service in words ("24 days", "4 quarter-hours"), for authorized units.
pub(crate) fn amount(
    value: f64,
    unit: Option<ServiceUnit>,
    locale: &Locale<'_>,
    fell_back: &mut Vec<String>,
) -> String {
    amount_with(value, unit, locale, &mut messages(locale, fell_back))
}

/// A message without isolation marks (the sentence is assembled from several), recording in `fell_back` the
/// ids that came from another language.
fn messages<'a>(
    locale: &'a Locale<'_>,
    fell_back: &'a mut Vec<String>,
) -> impl FnMut(&str, &FluentArgs<'_>) -> String + 'a {
    move |id, args| {
        let m = locale.message(id, Some(args));
        if m.fell_back && !fell_back.iter().any(|f| f == id) {
            fell_back.push(id.to_owned());
        }
        m.text.chars().filter(|c| !matches!(c, '\u{2068}' | '\u{2069}')).collect()
    }
}

fn amount_with(
    value: f64,
    unit: Option<ServiceUnit>,
    locale: &Locale<'_>,
    msg: &mut impl FnMut(&str, &FluentArgs<'_>) -> String,
) -> String {
    let mut args = FluentArgs::new();
    args.set("count", FluentValue::from(value));
    args.set("quantity", locale.format_number(value));
    args.set("unit", unit.map_or("none".into(), |u| json_name(&u)));
    args.set("interval", "none");
    msg("schedule-amount", &args)
}

/// The sentence, or `None` for a schedule that says nothing. `fell_back` collects the ids of messages that
/// came from another language than the document's.
pub(crate) fn sentence(schedule: &Schedule, locale: &Locale<'_>, fell_back: &mut Vec<String>) -> Option<String> {
    let mut msg = messages(locale, fell_back);
    let amount = schedule
        .amount
        .and_then(|a| a.value.map(|v| (v, a.unit)))
        .map(|(value, unit)| amount_with(value, unit, locale, &mut msg));
    let every = schedule.every.map_or(1, |e| e.get());
    let rhythm = if schedule.once {
        Some(msg("schedule-one-time", &FluentArgs::new()))
    } else if !schedule.days_of_week.is_empty() {
        let mut days = schedule.days_of_week.clone();
        days.sort();
        days.dedup();
        let names: Vec<String> = days
            .iter()
            .map(|d| {
                let mut args = FluentArgs::new();
                args.set("day", json_name(d));
                msg("schedule-day", &args)
            })
            .collect();
        let mut args = FluentArgs::new();
        args.set("every", FluentValue::from(every));
        args.set("days", locale.format_and_list(&names));
        Some(msg("schedule-on-days", &args))
    } else {
        let period = schedule.period_unit.or((!schedule.times_of_day.is_empty()).then_some(PeriodUnit::Day));
        period.map(|p| {
            let mut args = FluentArgs::new();
            args.set("every", FluentValue::from(every));
            args.set("period", json_name(&p));
            msg("schedule-every", &args)
        })
    };
    let mut text = match (amount, rhythm) {
        (Some(amount), Some(rhythm)) => {
            let mut args = FluentArgs::new();
            args.set("amount", amount);
            args.set("rhythm", rhythm);
            Some(msg("schedule-amount-rhythm", &args))
        }
        (a, r) => a.or(r),
    };
    if schedule.as_needed {
        text = Some(match text {
            Some(max) => {
                let mut args = FluentArgs::new();
                args.set("max", max);
                msg("schedule-as-needed-up-to", &args)
            }
            None => msg("schedule-as-needed", &FluentArgs::new()),
        });
    }
    let mut text = text?;
    if !schedule.times_of_day.is_empty() {
        let mut times = schedule.times_of_day.clone();
        times.sort();
        let times: Vec<String> = times.iter().map(|t| locale.format_time(t.time())).collect();
        let mut args = FluentArgs::new();
        args.set("schedule", text);
        args.set("times", locale.format_and_list(&times));
        text = msg("schedule-at-times", &args);
    }
    if let Some(d) = schedule.duration {
        let mut args = FluentArgs::new();
        args.set("schedule", text);
        args.set("count", FluentValue::from(d.value.get()));
        args.set("value", locale.format_number(f64::from(d.value.get())));
        args.set("unit", json_name(&d.unit));
        text = msg("schedule-for", &args);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn en(json: &str) -> String {
        let localizer = crate::i18n::Localizer::embedded();
        let locale = localizer.locale(&["en".parse().unwrap()]);
        let schedule: Schedule = serde_json::from_str(json).unwrap();
        sentence(&schedule, &locale, &mut Vec::new()).unwrap_or_default()
    }

    #[test]
    fn english_sentences() {
        assert_eq!(en(r#"{"amount":{"value":8,"unit":"hour"},"periodUnit":"month"}"#), "8 hours a month");
        assert_eq!(
            en(
                r#"{"amount":{"value":1,"unit":"session"},"every":2,"periodUnit":"week","daysOfWeek":["tue"],"timesOfDay":["10:00"]}"#
            ),
            "1 session every other Tuesday at 10:00\u{202f}AM"
        );
        assert_eq!(
            en(r#"{"amount":{"value":2,"unit":"meal"},"periodUnit":"day","for":{"value":12,"unit":"week"}}"#),
            "2 meals a day for 12 weeks"
        );
        assert_eq!(
            en(r#"{"amount":{"value":4,"unit":"trip"},"periodUnit":"month","asNeeded":true}"#),
            "when I ask for it, up to 4 trips a month"
        );
        assert_eq!(en(r#"{"amount":{"value":2350,"unit":"dollar"},"once":true}"#), "2,350 dollars one time");
        assert_eq!(
            en(r#"{"every":3,"periodUnit":"week","daysOfWeek":["thu","mon"]}"#),
            "every 3 weeks on Monday and Thursday"
        );
        assert_eq!(en(r#"{}"#), "");
    }
}
