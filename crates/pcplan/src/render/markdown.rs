//! Markdown from handlebars templates: the registry (built once), the `t` and `txt` helpers, the Markdown
//! escape function, and the render context built from a plan.

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentValue;
use handlebars::template::{Template, TemplateElement};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError as HbError,
    RenderErrorReason,
};
use serde_json::{Value, json};
use unic_langid::LanguageIdentifier;

use super::escape::{Mode, escape, escape_into};
use super::markers::Marker;
use super::{RenderError, RenderWarning};
use crate::i18n::{FluentArgs, Locale, Localizer};
use crate::model::*;

/// The templates shipped with pcplan: `(name, source)`. The main template is `plan`; the others are partials.
pub(crate) const TEMPLATES: &[(&str, &str)] = &[
    ("plan", include_str!("templates/plan.md.hbs")),
    ("agency-header", include_str!("templates/agency-header.md.hbs")),
    ("about-me", include_str!("templates/about-me.md.hbs")),
    ("profile", include_str!("templates/profile.md.hbs")),
    ("goals", include_str!("templates/goals.md.hbs")),
    ("supports", include_str!("templates/supports.md.hbs")),
    ("support-row", include_str!("templates/support-row.md.hbs")),
    ("safety", include_str!("templates/safety.md.hbs")),
    ("setting", include_str!("templates/setting.md.hbs")),
    ("programs", include_str!("templates/programs.md.hbs")),
    ("housing-goal", include_str!("templates/housing-goal.md.hbs")),
    ("team", include_str!("templates/team.md.hbs")),
    ("rights", include_str!("templates/rights.md.hbs")),
    ("review", include_str!("templates/review.md.hbs")),
    ("signatures", include_str!("templates/signatures.md.hbs")),
    ("services", include_str!("templates/services.md.hbs")),
];

/// Builds the handlebars registry: strict mode, the Markdown escape function, the helpers, the embedded
/// templates, then any `*.md.hbs` in `templates_dir` (replacing an embedded one of the same name, or adding a
/// new partial).
pub(crate) fn registry(
    localizer: Arc<Localizer>,
    templates_dir: Option<&Path>,
) -> Result<Handlebars<'static>, RenderError> {
    let mut hb = Handlebars::new();
    hb.set_strict_mode(true);
    hb.set_prevent_indent(true);
    hb.register_escape_fn(|s| escape(s, Mode::Inline));
    let tables = MessageTables::new(&localizer);
    hb.register_helper("t", Box::new(Translate { localizer, tables }));
    hb.register_helper("txt", Box::new(Txt));
    let mut sources: Vec<(String, String)> =
        TEMPLATES.iter().map(|(n, s)| ((*n).to_owned(), (*s).to_owned())).collect();
    if let Some(dir) = templates_dir {
        let io = |e: std::io::Error| RenderError::Templates(format!("{}: {e}", dir.display()));
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map_err(io)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.to_str().is_some_and(|s| s.ends_with(".md.hbs")))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().and_then(|n| n.to_str()).unwrap_or_default().trim_end_matches(".md.hbs");
            let text = std::fs::read_to_string(&f).map_err(io)?;
            match sources.iter_mut().find(|(n, _)| n == name) {
                Some(existing) => existing.1 = text,
                None => sources.push((name.to_owned(), text)),
            }
        }
    }
    // Each template is compiled on its own (handlebars' compiler computes a line and column for every token by
    // scanning from the start, so one big template costs quadratic time), then partials are spliced into the
    // templates that include them, as syntax trees: handlebars copies the whole context at every `{{> partial}}`
    // it renders. The document is the same.
    for (name, source) in &sources {
        hb.register_template_string(name, source)
            .map_err(|e| RenderError::Templates(format!("template \"{name}\": {e}")))?;
    }
    let compiled: HashMap<String, Template> =
        sources.iter().filter_map(|(n, _)| Some((n.clone(), hb.get_template(n)?.clone()))).collect();
    for (name, template) in &compiled {
        let mut spliced = template.clone();
        splice_partials(&mut spliced, &compiled, 0)?;
        hb.register_template(name, spliced);
    }
    Ok(hb)
}

/// Replaces each `{{> name}}` (without arguments) whose name is a known template with that template's elements,
/// recursively, inside blocks too.
fn splice_partials(
    template: &mut Template,
    compiled: &HashMap<String, Template>,
    depth: usize,
) -> Result<(), RenderError> {
    if depth > 16 {
        return Err(RenderError::Templates("partials include each other in a loop".into()));
    }
    // `mapping` gives each element's line and column, for error messages; it is kept in step when it can be.
    let keep_mapping = template.mapping.len() == template.elements.len();
    let old_mapping = std::mem::take(&mut template.mapping);
    let mut mapping = old_mapping.clone().into_iter();
    let mut elements = Vec::with_capacity(template.elements.len());
    let mut new_mapping = Vec::with_capacity(old_mapping.len());
    for element in std::mem::take(&mut template.elements) {
        let at = mapping.next();
        let element = match element {
            TemplateElement::PartialExpression(d)
                if d.params.is_empty() && d.hash.is_empty() && d.template.is_none() =>
            {
                match d.name.as_name().and_then(|n| compiled.get(n)) {
                    Some(partial) => {
                        let mut partial = partial.clone();
                        splice_partials(&mut partial, compiled, depth + 1)?;
                        let same = partial.mapping.len() == partial.elements.len();
                        elements.extend(partial.elements);
                        if keep_mapping && same {
                            new_mapping.extend(partial.mapping);
                        }
                        continue;
                    }
                    None => TemplateElement::PartialExpression(d),
                }
            }
            TemplateElement::HelperBlock(mut h) => {
                for t in [h.template.as_mut(), h.inverse.as_mut()].into_iter().flatten() {
                    splice_partials(t, compiled, depth)?;
                }
                TemplateElement::HelperBlock(h)
            }
            other => other,
        };
        elements.push(element);
        new_mapping.extend(at);
    }
    template.elements = elements;
    template.mapping =
        if keep_mapping && new_mapping.len() == template.elements.len() { new_mapping } else { old_mapping };
    Ok(())
}

/// Messages without arguments, formatted once per locale, the first time a document is rendered in it (most
/// engines render in a few of the locales; building every table up front made `Engine::new` slow); the `t` helper
/// looks them up without negotiating a locale per call.
struct MessageTables {
    by_locale: Vec<(LanguageIdentifier, OnceLock<HashMap<String, Msg>>)>,
}

struct Msg {
    text: String,
    fell_back: bool,
    malformed: bool,
    used: String,
}

impl MessageTables {
    fn new(localizer: &Localizer) -> MessageTables {
        // Nothing is parsed here: a locale's messages are read the first time a document is in it.
        let by_locale = localizer.available().iter().map(|lang| (lang.clone(), OnceLock::new())).collect();
        MessageTables { by_locale }
    }

    /// The table of `lang` (an available locale), built on first use.
    fn table(&self, localizer: &Localizer, lang: &LanguageIdentifier) -> Option<&HashMap<String, Msg>> {
        let (lang, cell) = self.by_locale.iter().find(|(l, _)| l == lang)?;
        Some(cell.get_or_init(|| {
            let locale = localizer.locale(std::slice::from_ref(lang));
            // The messages of the locale and of its fallbacks: no other locale can give this one a text.
            let mut ids: Vec<&String> = locale.chain().filter_map(|l| localizer.message_ids(l)).flatten().collect();
            ids.sort_unstable();
            ids.dedup();
            ids.into_iter()
                .filter_map(|id| {
                    let m = locale.message(id, None);
                    let used = m.lang?.to_string();
                    Some((id.clone(), Msg { text: m.text, fell_back: m.fell_back, malformed: m.malformed, used }))
                })
                .collect()
        }))
    }
}

/// What the helpers need during one render on this thread: the document's locale and the warnings so far.
/// Set for the duration of [`with_render_state`]; renders on other threads have their own.
pub(crate) struct RenderState {
    pub(crate) lang: LanguageIdentifier,
    pub(crate) warnings: Vec<RenderWarning>,
    pub(crate) error: Option<String>,
}

thread_local! {
    static STATE: RefCell<Option<RenderState>> = const { RefCell::new(None) };
}

/// Runs `f` with `state` reachable by the helpers on this thread, and returns the state afterwards.
pub(crate) fn with_render_state<T>(state: RenderState, f: impl FnOnce() -> T) -> (T, RenderState) {
    struct Reset(Option<RenderState>);
    impl Drop for Reset {
        fn drop(&mut self) {
            let prev = self.0.take();
            STATE.with(|s| *s.borrow_mut() = prev);
        }
    }
    let prev = STATE.with(|s| s.borrow_mut().replace(state));
    let reset = Reset(prev);
    let out = f();
    let state = STATE.with(|s| s.borrow_mut().take()).expect("render state set");
    drop(reset);
    (out, state)
}

/// `{{t "message-id" arg=value …}}`: the message in the document's language, written as trusted Markdown.
/// String arguments are Markdown-escaped (a word of only letters, digits and hyphens, such as an enumeration
/// value a selector matches, needs no escaping and is passed as is); numbers are passed as Fluent numbers, for
/// plural selection. A template literal that is exactly a marker (`page="<pcp-page/>"`) is passed as is.
/// A message that fell back to another language is recorded as a warning; one that no locale has is an error,
/// so a raw message id never reaches a document.
struct Translate {
    localizer: Arc<Localizer>,
    tables: MessageTables,
}

impl HelperDef for Translate {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let id = h.param(0).and_then(|p| p.value().as_str()).ok_or(RenderErrorReason::ParamTypeMismatchForName(
            "t",
            "0".into(),
            "a message id".into(),
        ))?;
        let lang = STATE
            .with(|s| s.borrow().as_ref().map(|s| s.lang.clone()))
            .unwrap_or_else(|| crate::i18n::lang::known("en"));
        if h.hash().is_empty() {
            // Messages without arguments were formatted when the engine was built: written without copying.
            let Some(m) = self.tables.table(&self.localizer, &lang).and_then(|t| t.get(id)) else {
                return Err(missing_message(id));
            };
            if m.fell_back {
                record_fallback(id, &m.used);
            }
            if m.malformed {
                record_malformed(id, &m.used);
            }
            out.write(&m.text)?;
            return Ok(());
        }
        let mut args = FluentArgs::new();
        for (k, v) in h.hash() {
            let value = match v.value() {
                Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or_default()),
                Value::String(s) if is_word(s) => FluentValue::from(s.as_str()),
                Value::String(s) if v.relative_path().is_none() && Marker::parse(s).is_some() => {
                    FluentValue::from(s.as_str())
                }
                Value::String(s) => FluentValue::from(escape(s, Mode::Inline)),
                Value::Bool(b) => FluentValue::from(if *b { "true" } else { "false" }),
                Value::Null => FluentValue::from("none"),
                _ => FluentValue::from(""),
            };
            args.set(*k, value);
        }
        let locale: Locale<'_> = self.localizer.locale(std::slice::from_ref(&lang));
        let m = locale.message(id, Some(&args));
        let Some(used) = m.lang else {
            return Err(missing_message(id));
        };
        if m.fell_back {
            record_fallback(id, &used.to_string());
        }
        if m.malformed {
            record_malformed(id, &used.to_string());
        }
        out.write(&m.text)?;
        Ok(())
    }
}

/// Records that no locale has message `id` (the render fails), and the error that stops it.
fn missing_message(id: &str) -> HbError {
    STATE.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut() {
            s.error = Some(id.to_owned());
        }
    });
    HbError::from(RenderErrorReason::Other(format!("no locale has the message \"{id}\"")))
}

/// Records a message that fell back to another language than the document's, once per message.
fn record_fallback(id: &str, used: &str) {
    record_warning(RenderWarning::MissingTranslation { message_id: id.to_owned(), used: used.to_owned() });
}

/// Records a message Fluent could not format as written, once per message.
fn record_malformed(id: &str, lang: &str) {
    record_warning(RenderWarning::MalformedMessage { message_id: id.to_owned(), lang: lang.to_owned() });
}

fn record_warning(w: RenderWarning) {
    STATE.with(|s| {
        if let Some(s) = s.borrow_mut().as_mut()
            && !s.warnings.contains(&w)
        {
            s.warnings.push(w);
        }
    });
}

/// A word a selector may match: ASCII letters, digits and hyphens, starting with a letter. Markdown gives such
/// a word no meaning, so it needs no escaping.
fn is_word(s: &str) -> bool {
    s.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// `{{txt value}}`: a plan text from the context (`{"text": …, "lang": …}`), Markdown-escaped, wrapped in a
/// `<pcp-lang>` marker when `lang` is set (the text is not in the document's language). `mode="inline"` for
/// headings and table cells; `prefix="> "` inside a block quote; list items continue with two spaces.
struct Txt;

impl HelperDef for Txt {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        _: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h.param(0).map(|p| p.value()).unwrap_or(&Value::Null);
        let inline = h.hash_get("mode").and_then(|m| m.value().as_str()) == Some("inline");
        let prefix = h.hash_get("prefix").and_then(|m| m.value().as_str()).unwrap_or("  ");
        let mode = if inline { Mode::Inline } else { Mode::Block(prefix) };
        let (text, lang) = match value {
            Value::String(s) => (s.as_str(), None),
            Value::Object(o) => (
                o.get("text").and_then(Value::as_str).unwrap_or_default(),
                o.get("lang").and_then(Value::as_str).and_then(|l| l.parse::<LanguageIdentifier>().ok()),
            ),
            _ => ("", None),
        };
        let mut s = String::with_capacity(text.len() + 32);
        if let Some(lang) = &lang {
            s.push_str(&Marker::LangStart(lang.clone()).to_markdown());
        }
        escape_into(&mut s, text, mode);
        if lang.is_some() {
            s.push_str(&Marker::LangEnd.to_markdown());
        }
        out.write(&s)?;
        Ok(())
    }
}

/// Builds the render context of a plan for the document locale, recording text that is not in the document's
/// language.
pub(crate) struct ContextBuilder<'a> {
    plan: &'a Plan,
    locale: &'a Locale<'a>,
    doc: LanguageTag,
    pub(crate) warnings: Vec<RenderWarning>,
}

/// A JSON object from `"key": value` pairs, taking each value by move (`serde_json::json!` serializes a copy
/// of every value, which for the nested lists of a large plan copied the whole render context several times).
macro_rules! obj {
    ({ $($key:literal : $value:expr),* $(,)? }) => {{
        let mut map = serde_json::Map::new();
        $( map.insert($key.to_owned(), Value::from($value)); )*
        Value::Object(map)
    }};
}

fn kebab<T: serde::Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

impl<'a> ContextBuilder<'a> {
    pub(crate) fn new(plan: &'a Plan, locale: &'a Locale<'a>) -> Self {
        ContextBuilder { plan, locale, doc: LanguageTag::from(locale.id().clone()), warnings: Vec::new() }
    }

    /// A plan text in the document's language, or its original marked with its language.
    fn text(&mut self, t: &LocalizedText, path: String) -> Value {
        match t.in_language(&self.doc) {
            Some(s) => obj!({ "text": s, "lang": Value::Null }),
            None => {
                self.warnings.push(RenderWarning::TextNotInDocumentLanguage { path, lang: t.lang.to_string() });
                obj!({ "text": t.text.clone(), "lang": t.lang.to_string() })
            }
        }
    }

    fn opt_text(&mut self, t: Option<&LocalizedText>, path: String) -> Value {
        match t {
            Some(t) if !t.is_blank() => self.text(t, path),
            _ => Value::Null,
        }
    }

    fn texts(&mut self, list: &[LocalizedText], path: &str) -> Value {
        Value::Array(
            list.iter()
                .enumerate()
                .filter(|(_, t)| !t.is_blank())
                .map(|(i, t)| self.text(t, format!("{path}/{i}")))
                .collect(),
        )
    }

    fn date(&self, d: Option<chrono::NaiveDate>) -> Value {
        d.map_or(Value::Null, |d| Value::String(self.locale.format_date(d)))
    }

    fn team_name(&self, id: Option<&Id>) -> Value {
        id.and_then(|id| self.plan.team.iter().find(|m| &m.id == id))
            .map_or(Value::Null, |m| Value::String(m.name.clone()))
    }

    fn lang_code(tag: &LanguageTag) -> String {
        let id = tag.langid();
        match id.script {
            Some(script) => format!("{}-{}", id.language, script),
            None => id.language.to_string(),
        }
    }

    /// Enum values named by a selector message and joined by CLDR's list pattern ("large print and Braille",
    /// "letra grande y braille", Persian "،"); null for none.
    fn message_list<T: serde::Serialize>(&mut self, id: &str, arg: &str, values: &[T]) -> Value {
        if values.is_empty() {
            return Value::Null;
        }
        let names: Vec<String> = values
            .iter()
            .map(|v| {
                let mut args = FluentArgs::new();
                args.set(arg.to_owned(), json_name(v));
                self.message(id, &args)
            })
            .collect();
        Value::String(self.locale.format_and_list(&names))
    }

    fn backup(&mut self, b: &crate::model::BackupPlan, path: &str) -> Value {
        obj!({
            "description": self.text(&b.description, format!("{path}/description")),
            "contacts": b.contacts.iter().enumerate().map(|(i, c)| obj!({
                "name": c.name.clone(), "phone": c.phone.clone(),
                "when": self.opt_text(c.when.as_ref(), format!("{path}/contacts/{i}/when")),
            })).collect::<Vec<_>>(),
        })
    }

    /// The person's pronouns for the document: their own words when they are in the document's language,
    /// else the standard sets in the document's language, else their own words marked with their language.
    fn pronouns(&mut self, pronouns: Option<&crate::model::Pronouns>) -> Value {
        let Some(p) = pronouns else { return Value::Null };
        let own = p.own_words.as_ref().filter(|w| !w.is_blank());
        if let Some(words) = own.and_then(|w| w.in_language(&self.doc)) {
            return obj!({ "text": words, "lang": Value::Null });
        }
        if !p.sets.is_empty() {
            let sets: Vec<String> = p
                .sets
                .iter()
                .map(|set| {
                    let mut args = FluentArgs::new();
                    args.set("set", crate::model::json_name(set));
                    self.message("pronoun-set", &args)
                })
                .collect();
            return obj!({ "text": self.locale.format_and_list(&sets), "lang": Value::Null });
        }
        self.opt_text(own, "/person/pronouns/ownWords".into())
    }

    fn spoken_languages(&mut self, list: &[crate::model::SpokenLanguage]) -> String {
        let items: Vec<String> = list.iter().map(|l| self.language_with_proficiency(&l.lang, l.proficiency)).collect();
        self.locale.format_and_list(&items)
    }

    fn written_languages(&mut self, list: &[crate::model::WrittenLanguage]) -> String {
        let items: Vec<String> = list.iter().map(|l| self.language_with_proficiency(&l.lang, l.proficiency)).collect();
        self.locale.format_and_list(&items)
    }

    fn language_with_proficiency(
        &mut self,
        tag: &LanguageTag,
        proficiency: Option<crate::model::Proficiency>,
    ) -> String {
        let name = self.lang_name(tag);
        let Some(level) = proficiency else { return name };
        let mut args = FluentArgs::new();
        args.set("language", name);
        args.set("proficiency", crate::model::json_name(&level));
        self.message("language-proficiency", &args)
    }

    /// The name of a language in the document's language (the `language` message).
    fn lang_name(&mut self, tag: &LanguageTag) -> String {
        let mut args = FluentArgs::new();
        args.set("code", Self::lang_code(tag));
        self.message("language", &args)
    }

    /// Records the messages (ids) that came from another language than the document's, once each.
    fn fell_back(&mut self, ids: Vec<String>) {
        for id in ids {
            let used = self.locale.message(&id, None).lang.map(ToString::to_string).unwrap_or_default();
            let w = RenderWarning::MissingTranslation { message_id: id, used };
            if !self.warnings.contains(&w) {
                self.warnings.push(w);
            }
        }
    }

    /// A message for a value inside the context (no isolation marks: the template places it), recording a
    /// fallback to another language as a warning.
    fn message(&mut self, id: &str, args: &FluentArgs<'_>) -> String {
        let m = self.locale.message(id, Some(args));
        if m.fell_back {
            self.fell_back(vec![id.to_owned()]);
        }
        crate::text::bidi::without_isolates(&m.text)
    }

    pub(crate) fn build(&mut self) -> Value {
        let plan = self.plan;
        let p = &plan.person;
        let person = obj!({
            "pronouns": self.pronouns(p.pronouns.as_ref()),
            "identity": match &p.identity_language {
                Some(il) if il.preference != IdentityPreference::NoPreference || !il.terms.is_empty() => obj!({
                    "preference": kebab(&il.preference),
                    "terms": self.texts(&il.terms, "/person/identityLanguage/terms"),
                }),
                _ => Value::Null,
            },
            "spoken": self.spoken_languages(&p.language.spoken),
            "written": self.written_languages(&p.language.written),
            "copy_language": self.lang_name(p.language.preferred_written()),
            "interpreter_for": {
                let langs: Vec<String> = p.language.spoken.iter().filter(|l| l.interpreter_needed)
                    .map(|l| self.lang_name(&l.lang)).collect();
                if langs.is_empty() { Value::Null } else { Value::String(self.locale.format_and_list(&langs)) }
            },
            "residence": p.residence.as_ref().map_or(Value::Null, |r| obj!({
                "kind": kebab(&r.kind),
                "since": self.date(r.since),
                "description": self.opt_text(r.description.as_ref(), "/person/residence/description".into()),
            })),
            "formats": self.message_list("document-format", "format", &p.language.alternative_formats),
            "birth_date": self.date(p.birth_date),
            "legal_name": p.legal_name.in_order(),
            "name_as_written": p.legal_name.text.as_ref()
                .filter(|t| !t.trim().is_empty() && **t != p.legal_name.in_order()).cloned(),
            "identifiers": p.identifiers.iter().map(|i| obj!({
                "kind": kebab(&i.kind), "value": i.value.clone(), "system": i.system.clone(),
                "type_text": i.type_text.clone().filter(|t| !t.trim().is_empty()),
            })).collect::<Vec<_>>(),
        });
        let representatives: Vec<Value> = plan
            .representatives
            .iter()
            .enumerate()
            .map(|(i, r)| {
                obj!({
                    "name": r.name.clone(), "kind": kebab(&r.kind), "relationship": r.relationship.clone(),
                    "scope": self.opt_text(r.scope.as_ref(), format!("/representatives/{i}/scope")),
                    "authority": r.authority.as_ref().map_or(Value::Null, |a| obj!({
                        "applies": kebab(&a.applies),
                        "areas": self.opt_text(a.areas.as_ref(), format!("/representatives/{i}/authority/areas")),
                        "conditions":
                            self.opt_text(a.conditions.as_ref(), format!("/representatives/{i}/authority/conditions")),
                        "document": a.document.clone().filter(|d| !d.trim().is_empty()),
                    })),
                })
            })
            .collect();
        let pr = &plan.profile;
        let strengths = self.texts(&pr.strengths, "/profile/strengths");
        let interests = self.texts(&pr.interests, "/profile/interests");
        let talents = self.texts(&pr.talents, "/profile/talents");
        let preferences = self.texts(&pr.preferences, "/profile/preferences");
        let has_more = [&strengths, &interests, &talents, &preferences].iter().any(|v| non_empty(v));
        let profile = obj!({
            "like_and_admire": self.texts(&pr.like_and_admire, "/profile/likeAndAdmire"),
            "important_to": self.texts(&pr.important_to, "/profile/importantTo"),
            "how_to_support": self.texts(&pr.how_to_support, "/profile/howToSupport"),
            "strengths": strengths, "interests": interests, "talents": talents, "preferences": preferences,
            "has_more": has_more,
        });
        let needs: Vec<Value> = plan
            .needs
            .iter()
            .enumerate()
            .map(|(i, n)| {
                obj!({
                    "category": kebab(&n.category),
                    "description": self.text(&n.description, format!("/needs/{i}/description")),
                })
            })
            .collect();
        let goals: Vec<Value> = plan.goals.iter().enumerate().map(|(i, g)| self.goal(i, g)).collect();
        let mut paid = Vec::new();
        let mut natural = Vec::new();
        for (i, s) in plan.supports.iter().enumerate() {
            let row = self.support(i, s);
            if s.paid { paid.push(row) } else { natural.push(row) }
        }
        let none_identified = natural.is_empty() && plan.natural_supports_none_identified;
        // Codes and authorizations are for the provider's and the health plan's copies: the person's copy
        // names services in plain words.
        let for_staff = plan
            .copy_of
            .as_ref()
            .and_then(|c| plan.recipients.iter().find(|r| r.id == c.recipient_id))
            .is_some_and(|r| r.role != crate::model::RecipientRole::Person);
        let billing: Vec<Value> = if for_staff {
            plan.supports.iter().enumerate().filter_map(|(i, s)| self.billing(i, s)).collect()
        } else {
            Vec::new()
        };
        let supports = obj!({
            "any": !paid.is_empty() || !natural.is_empty() || none_identified,
            "paid": paid, "natural": natural, "none_identified": none_identified,
            "billing": billing,
        });
        let risks: Vec<Value> = plan
            .risks
            .iter()
            .enumerate()
            .map(|(i, r)| {
                obj!({
                    "description": self.text(&r.description, format!("/risks/{i}/description")),
                    "choice": self.opt_text(r.person_choice.as_ref(), format!("/risks/{i}/personChoice")),
                    "mitigation": self.opt_text(r.mitigation.as_ref(), format!("/risks/{i}/mitigation")),
                })
            })
            .collect();
        let backup = plan.backup_plan.as_ref().map_or(Value::Null, |b| self.backup(b, "/backupPlan"));
        let support_backups: Vec<Value> = plan
            .supports
            .iter()
            .enumerate()
            .filter_map(|(i, s)| s.backup.as_ref().map(|b| (i, s, b)))
            .map(|(i, s, b)| {
                obj!({
                    "support": self.text(&s.name, format!("/supports/{i}/name")),
                    "backup": self.backup(b, &format!("/supports/{i}/backup")),
                })
            })
            .collect();
        let emergency_contacts: Vec<Value> = p
            .emergency_contacts
            .iter()
            .map(|c| obj!({ "name": c.name.clone(), "relationship": c.relationship.clone(), "phone": c.phone.clone() }))
            .collect();
        let safety_any =
            !risks.is_empty() || !backup.is_null() || !support_backups.is_empty() || !emergency_contacts.is_empty();
        let place = plan.setting_choice.as_ref().map_or(Value::Null, |s| {
            obj!({
                "kind": kebab(&s.setting),
                "description": self.opt_text(s.description.as_ref(), "/settingChoice/description".into()),
                "chosen": s.chosen_by_person,
            })
        });
        let alternatives = plan
            .setting_choice
            .as_ref()
            .map_or(json!([]), |s| self.texts(&s.alternatives_considered, "/settingChoice/alternativesConsidered"));
        let choice = plan.service_choice.as_ref().map_or(Value::Null, |c| {
            obj!({
                "offered": c.service_options_offered, "selected": c.person_selected_services,
                "agrees": c.person_agrees, "providers_offered": c.provider_options_offered,
                "informed": c.informed_provider_choice,
                "reason": self.opt_text(c.reason_not_offered.as_ref(), "/serviceChoice/reasonNotOffered".into()),
            })
        });
        let setting = obj!({
            "any": !place.is_null() || !choice.is_null() || non_empty(&alternatives),
            "place": place, "choice": choice, "alternatives": alternatives,
        });
        let modifications: Vec<Value> = plan
            .modifications
            .iter()
            .enumerate()
            .map(|(i, m)| {
                let items: Vec<Value> = m
                    .required_items()
                    .iter()
                    .map(|(key, t)| {
                        obj!({
                            "key": camel_to_kebab(key),
                            "text": self.opt_text(*t, format!("/modifications/{i}/{key}")),
                        })
                    })
                    .collect();
                obj!({
                    "number": i + 1,
                    "right": self.text(&m.right, format!("/modifications/{i}/right")),
                    "items": items,
                })
            })
            .collect();
        let team: Vec<Value> = plan
            .team
            .iter()
            .map(|m| {
                let c = m.contact.as_ref();
                obj!({
                    "name": m.name.clone(), "role": kebab(&m.role), "organization": m.organization.clone(),
                    "relationship": m.relationship.clone(),
                    "phone": c.and_then(|c| c.phone.clone()), "email": c.and_then(|c| c.email.clone()),
                })
            })
            .collect();
        let monitor = plan
            .plan_monitor
            .as_ref()
            .map_or(Value::Null, |m| obj!({ "name": m.name.clone(), "phone": m.phone.clone() }));
        let r = &plan.review;
        let review = obj!({
            "last": self.date(r.last_review), "next": self.date(r.next_review_due),
            "triggers": r.triggers.iter().map(kebab).collect::<Vec<_>>(),
            "method": self.opt_text(r.update_request_method.as_ref(), "/review/updateRequestMethod".into()),
        });
        // Monitoring is summarized: the three most recent contacts and feedback entries.
        let mut mon: Vec<(usize, &MonitoringEntry)> = plan.monitoring.iter().enumerate().collect();
        mon.sort_by_key(|(_, m)| std::cmp::Reverse(m.date));
        let monitoring: Vec<Value> = mon
            .into_iter()
            .take(3)
            .map(|(i, m)| {
                obj!({
                    "date": self.date(Some(m.date)), "by": m.by.clone(),
                    "note": self.text(&m.note, format!("/monitoring/{i}/note")),
                    "delivered": m.delivered_as_planned == Some(true),
                    "not_delivered": m.delivered_as_planned == Some(false),
                })
            })
            .collect();
        let mut fb: Vec<(usize, &Feedback)> = plan.feedback.iter().enumerate().collect();
        fb.sort_by_key(|(_, f)| std::cmp::Reverse(f.date));
        let feedback: Vec<Value> = fb
            .into_iter()
            .take(3)
            .map(|(i, f)| {
                obj!({
                    "date": self.date(Some(f.date)), "from": kebab(&f.from),
                    "text": self.text(&f.text, format!("/feedback/{i}/text")),
                })
            })
            .collect();
        let signatures: Vec<Value> = plan
            .signatures
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let unable = s.unable_to_sign.as_ref().map_or(Value::Null, |u| {
                    obj!({
                        "reason": self.text(&u.reason, format!("/signatures/{i}/unableToSign/reason")),
                        "witness": u.witness.clone(),
                    })
                });
                obj!({ "role": kebab(&s.role), "name": s.name.clone(), "date": self.date(s.date), "unable": unable })
            })
            .collect();
        let distribution: Vec<Value> = plan
            .distribution
            .iter()
            .map(|d| {
                obj!({
                    "recipient": d.recipient.clone(), "role": kebab(&d.recipient_role), "date": self.date(Some(d.date)),
                    "language": self.lang_name(&d.language), "format": kebab(&d.format),
                })
            })
            .collect();
        let ecm = plan.program_sections.ecm.as_ref().map_or(Value::Null, |e| {
            let lead = plan.team.iter().find(|m| m.id == e.lead_care_manager_id).map_or(
                Value::Null,
                |m| obj!({ "name": m.name.clone(), "phone": m.contact.as_ref().and_then(|c| c.phone.clone()) }),
            );
            obj!({
                "lead": lead, "assessment_date": self.date(e.assessment_date),
                "domains": self.message_list("care-domain", "domain", &e.care_domains),
            })
        });
        let housing = plan.program_sections.housing_support_plan.as_ref().map_or(Value::Null, |h| {
            let goals = |me: &mut Self, list: &[HousingGoal], path: &str| -> Vec<Value> {
                list.iter()
                    .enumerate()
                    .map(|(i, g)| {
                        obj!({
                            "text": me.text(&g.text, format!("{path}/{i}/text")),
                            "measure": me.opt_text(g.measure.as_ref(), format!("{path}/{i}/measure")),
                            "target_date": me.date(g.target_date),
                            "status": g.status.as_ref().map_or(Value::Null, kebab),
                        })
                    })
                    .collect()
            };
            obj!({
                "barriers": self.texts(&h.barriers, "/programSections/housingSupportPlan/barriers"),
                "short_term": goals(self, &h.short_term_goals, "/programSections/housingSupportPlan/shortTermGoals"),
                "long_term": goals(self, &h.long_term_goals, "/programSections/housingSupportPlan/longTermGoals"),
                "other_services": self.texts(&h.other_services, "/programSections/housingSupportPlan/otherServices"),
            })
        });
        let latest_change = plan
            .revision_history
            .iter()
            .enumerate()
            .rfind(|(_, r)| r.version == plan.version)
            .and_then(|(i, r)| r.summary.as_ref().map(|s| (i, s)))
            .map_or(Value::Null, |(i, s)| self.opt_text(Some(s), format!("/revisionHistory/{i}/summary")));
        obj!({
            "name": p.display_name_in(self.doc.langid()),
            "version": self.locale.format_number(f64::from(plan.version)),
            "period": obj!({ "start": self.date(Some(plan.effective_period.start)), "end": self.date(plan.effective_period.end) }),
            "latest_change": latest_change,
            "person": person,
            "representatives": representatives,
            "profile": profile,
            "needs": needs,
            "goals": goals,
            "supports": supports,
            "risks": risks,
            "backup": backup,
            "support_backups": support_backups,
            "emergency_contacts": emergency_contacts,
            "safety": obj!({ "any": safety_any }),
            "setting": setting,
            "modifications": modifications,
            "team": team,
            "monitor": monitor,
            "review": review,
            "monitoring_any": !monitoring.is_empty() || !feedback.is_empty(),
            "monitoring": monitoring,
            "feedback": feedback,
            "signatures": signatures,
            "distribution": distribution,
            "ecm": ecm,
            "housing": housing,
        })
    }

    fn goal(&mut self, i: usize, g: &Goal) -> Value {
        let (own_words, own_words_translation) = match &g.own_words {
            Some(w) if !w.is_blank() => {
                let differs = !crate::model::same_language(&w.lang, &self.doc);
                let lang = differs.then(|| w.lang.to_string());
                let translation = if differs {
                    w.translations
                        .iter()
                        .find(|t| crate::model::same_language(&t.lang, &self.doc))
                        .map(|t| obj!({ "text": t.text.clone(), "lang": Value::Null }))
                } else {
                    None
                };
                (obj!({ "text": w.text.clone(), "lang": lang }), translation.unwrap_or(Value::Null))
            }
            _ => (Value::Null, Value::Null),
        };
        let steps: Vec<Value> = g
            .steps
            .iter()
            .enumerate()
            .map(|(j, s)| {
                obj!({
                    "description": self.text(&s.description, format!("/goals/{i}/steps/{j}/description")),
                    "who": self.team_name(s.responsible_id.as_ref()),
                    "by_person": s.by_person,
                    "with": {
                        let names: Vec<String> = s.with_ids.iter()
                            .filter_map(|id| self.team_name(Some(id)).as_str().map(str::to_owned)).collect();
                        if names.is_empty() { Value::Null } else { Value::String(self.locale.format_and_list(&names)) }
                    },
                    "target_date": self.date(s.target_date),
                    "done": s.done,
                })
            })
            .collect();
        let supports: Vec<Value> = self
            .plan
            .supports
            .iter()
            .enumerate()
            .filter(|(_, s)| s.goal_ids.contains(&g.id))
            .map(|(k, s)| self.text(&s.name, format!("/supports/{k}/name")))
            .collect();
        obj!({
            "number": i + 1,
            "own_words": own_words,
            "own_words_translation": own_words_translation,
            "expressed_by": kebab(&g.expressed_by),
            "statement": self.text(&g.statement, format!("/goals/{i}/statement")),
            "target_date": self.date(g.target_date),
            "status": kebab(&g.status),
            "steps": steps,
            "supports": supports,
        })
    }

    /// A support's code, authorization and rate, for a staff copy; `None` when it has none of them.
    fn billing(&mut self, i: usize, s: &Support) -> Option<Value> {
        if s.code.is_none() && s.authorization.is_none() && s.rate_per_unit.is_none() {
            return None;
        }
        let code = s.code.as_ref().map(|c| {
            std::iter::once(c.system.as_str())
                .chain(std::iter::once(c.code.as_str()))
                .chain(c.modifiers.iter().map(|m| m.as_str()))
                .collect::<Vec<_>>()
                .join(" ")
        });
        let auth = s.authorization.as_ref();
        let mut fell_back = Vec::new();
        let units = auth
            .and_then(|a| a.units.map(|u| (u, a.unit)))
            .map(|(u, unit)| super::schedule::amount(u, unit, self.locale, &mut fell_back));
        self.fell_back(fell_back);
        let rate = s.rate_per_unit.map(|r| {
            let mut args = FluentArgs::new();
            args.set("rate", self.locale.format_number(r));
            args.set("currency", s.currency.as_ref().map(|c| c.as_str().to_owned()).unwrap_or_default());
            self.message("billing-rate", &args)
        });
        let period = auth.and_then(|a| a.period);
        Some(obj!({
            "name": self.text(&s.name, format!("/supports/{i}/name")),
            "code": code,
            "payer": auth.map(|a| a.payer.clone()).filter(|p| !p.trim().is_empty()),
            "number": auth.and_then(|a| a.number.clone()),
            "start": self.date(period.map(|p| p.start)),
            "end": self.date(period.and_then(|p| p.end)),
            "units": units,
            "rate": rate,
            "place": s.place_of_service.as_ref().map(|p| p.as_str().to_owned()),
        }))
    }

    fn support(&mut self, i: usize, s: &Support) -> Value {
        let mut fell_back = Vec::new();
        let schedule = s.schedule.as_ref().and_then(|sc| super::schedule::sentence(sc, self.locale, &mut fell_back));
        self.fell_back(fell_back);
        let provider = s.provider.as_ref();
        obj!({
            "name": self.text(&s.name, format!("/supports/{i}/name")),
            "description": self.opt_text(s.description.as_ref(), format!("/supports/{i}/description")),
            "provider": provider.map(|p| p.name.clone()).filter(|n| !n.trim().is_empty()),
            "relationship": provider.and_then(|p| p.relationship.clone()),
            "phone": provider.and_then(|p| p.phone.clone()),
            "schedule": schedule,
            "start": self.date(s.start_date),
            "end": self.date(s.end_date),
            "location": self.opt_text(s.location.as_ref(), format!("/supports/{i}/location")),
            "self_directed": s.self_directed,
            "delivery": self.opt_text(s.delivery_preferences.as_ref(), format!("/supports/{i}/deliveryPreferences")),
        })
    }
}

fn non_empty(v: &Value) -> bool {
    v.as_array().is_some_and(|a| !a.is_empty())
}

fn camel_to_kebab(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(feature = "services")]
impl ContextBuilder<'_> {
    /// The context of "How my services are going" (template `services`): the period, and one entry per
    /// support that `monitoring` tracks and this plan (a recipient's copy, perhaps) still has.
    pub(crate) fn services(&mut self, monitoring: &crate::services::monitor::Monitoring) -> Value {
        let plan = self.plan;
        let rows: Vec<Value> = monitoring
            .supports
            .iter()
            .filter(|u| u.tracked)
            .filter_map(|u| plan.supports.iter().position(|s| s.id == u.support_id).map(|i| (i, u)))
            .map(|(i, u)| self.service_use(i, &plan.supports[i], u))
            .collect();
        obj!({
            "name": plan.person.display_name_in(self.doc.langid()),
            "from": self.locale.format_date(monitoring.from),
            "to": self.locale.format_date(monitoring.to),
            "supports": Value::Array(rows),
        })
    }

    fn service_use(&mut self, i: usize, s: &Support, u: &crate::services::monitor::SupportUse) -> Value {
        use crate::services::monitor::Pace;
        let mut fell_back = Vec::new();
        let schedule = s.schedule.as_ref().and_then(|sc| super::schedule::sentence(sc, self.locale, &mut fell_back));
        let amount = super::schedule::amount(u.delivered, u.unit, self.locale, &mut fell_back);
        self.fell_back(fell_back);
        // A count of visits or meals already says how many times; hours and days also say it.
        let delivered = if u.services == 0 {
            None
        } else if !u.timed {
            Some(amount)
        } else {
            let mut args = FluentArgs::new();
            args.set("amount", amount);
            args.set("count", u64::from(u.services));
            Some(self.message("services-delivered", &args))
        };
        obj!({
            "name": self.text(&s.name, format!("/supports/{i}/name")),
            "schedule": schedule,
            "delivered": delivered,
            "last": self.date(u.last_service),
            "pace": kebab(&u.pace),
            "below": u.pace == Pace::Below,
            "above": u.pace == Pace::Above,
            "as_planned": u.pace == Pace::AsPlanned,
            "missed": u.gap,
        })
    }
}
