//! Which written language a tag names, through the public API: a plan's text is shown in a document only when
//! it is in the document's written language, and the validator (rule P6) and the renderer agree on that.

use pcplan::i18n::Direction;
use pcplan::model::{LanguageTag, LocalizedText, Translation};

fn tag(s: &str) -> LanguageTag {
    s.parse().unwrap()
}

#[test]
fn simplified_chinese_text_is_not_traditional_chinese() {
    let text = LocalizedText::new("我想自己做饭", tag("zh-CN"));
    assert_eq!(text.in_language(&tag("zh-Hant")), None);
    assert_eq!(text.in_language(&tag("zh-TW")), None);
    assert_eq!(text.in_language(&tag("zh-Hans")), Some("我想自己做饭"));
    assert_eq!(text.in_language(&tag("zh")), Some("我想自己做饭"));

    let mut text = LocalizedText::new("我想自己做飯", tag("zh-TW"));
    assert_eq!(text.in_language(&tag("zh-Hans")), None);
    assert_eq!(text.in_language(&tag("zh-Hant-HK")), Some("我想自己做飯"));
    text.translations.push(Translation {
        text: "我想自己做饭".into(),
        lang: tag("zh-Hans"),
        translated_by: None,
        qualified: true,
        date: None,
    });
    assert_eq!(text.in_language(&tag("zh-CN")), Some("我想自己做饭"));
}

#[test]
fn aliases_and_regions_name_the_same_written_language() {
    let text = LocalizedText::new("Gusto kong magluto", tag("fil"));
    assert_eq!(text.in_language(&tag("tl")), Some("Gusto kong magluto"));
    let text = LocalizedText::new("אני רוצה לבשל", tag("iw"));
    assert_eq!(text.in_language(&tag("he")), Some("אני רוצה לבשל"));
    let text = LocalizedText::new("Quiero cocinar", tag("es-MX"));
    assert_eq!(text.in_language(&tag("es")), Some("Quiero cocinar"));
    assert_eq!(text.in_language(&tag("en")), None);
}

#[test]
fn direction_follows_the_script() {
    for rtl in ["ar", "fa", "he", "ur", "ps", "pa-Arab"] {
        assert_eq!(Direction::of(tag(rtl).langid()), Direction::Rtl, "{rtl}");
    }
    for ltr in ["en", "es", "zh-Hant", "hmn", "km", "pa", "tl"] {
        assert_eq!(Direction::of(tag(ltr).langid()), Direction::Ltr, "{ltr}");
    }
}
