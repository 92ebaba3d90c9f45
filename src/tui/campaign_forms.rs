//! The Campaigns screen's dialogs (`campaigns`): a campaign, new or edited, with
//! what picks its contacts and its template; a message template; and their saving,
//! every value checked by the store first.

use super::field_words::{choice_word, enum_words};
use super::forms::{Field, Form, FormKind, field_problem};
use crate::domain::campaign::{Campaign, CampaignBy};
use crate::domain::template::{CHANNELS, LANGUAGES, Template};
use crate::store::{CampaignSpec, Store, StoredTemplate};
use chrono::{DateTime, Utc};

/// The campaign dialog: new, or `editing` one (its id rides in `shown`).
pub(crate) fn campaign_form(editing: Option<&Campaign>, templates: &[StoredTemplate]) -> Form {
    let mut form = Form::for_contact(FormKind::Campaign, "", "");
    form.contact_id = None;
    form.contact_name = editing.map(|c| c.name.clone()).unwrap_or_default();
    form.shown = editing.map(|c| c.id.clone());
    let mut offered = vec![choice_word("none")];
    offered.extend(templates.iter().map(|t| {
        (
            t.id.clone(),
            format!("{} · {}", t.template.name, t.template.language),
        )
    }));
    let by = editing.map_or(CampaignBy::Source, |c| c.by);
    form.fields = vec![
        Field::new(
            "Name",
            editing.map_or("", |c| &c.name),
            "e.g. Spring offer 2027",
        ),
        Field::new(
            "Picks",
            by.as_str(),
            "↑/↓: campaign, source, flag, lifecycle, owner",
        )
        .with_words(enum_words(CampaignBy::ALL))
        .choices_only(),
        Field::new(
            "Value",
            editing.map_or("", |c| &c.value),
            "the contacts whose field is this, e.g. Facebook ad",
        ),
        Field::new(
            "Template",
            // A template deleted since is no choice: the campaign then has none.
            editing
                .and_then(|c| c.template_id.as_deref())
                .filter(|id| templates.iter().any(|t| t.id == *id))
                .unwrap_or("none"),
            "",
        )
        .with_words(offered)
        .choices_only(),
    ];
    form
}

/// The template dialog: new, or `editing` one (its id rides in `shown`).
pub(crate) fn template_form(editing: Option<&StoredTemplate>) -> Form {
    let mut form = Form::for_contact(FormKind::Template, "", "");
    form.contact_id = None;
    form.shown = editing.map(|t| t.id.clone());
    let t = editing.map(|t| &t.template);
    form.contact_name = t.map(|t| t.name.clone()).unwrap_or_default();
    let language = t.map_or_else(
        || crate::i18n::lang().code().to_string(),
        |t| t.language.clone(),
    );
    let kind = if t.is_none_or(|t| t.personal) {
        "personal"
    } else {
        "generic"
    };
    let mut body = Field::new(
        "Body",
        t.map_or("", |t| &t.body),
        "Enter breaks the line; fields in braces: first_name, name, company, owner, my_name, deal, amount, due",
    );
    body.multiline = true;
    form.fields = vec![
        Field::new("Name", t.map_or("", |t| &t.name), "e.g. Viewing reminder"),
        Field::new("Language", &language, "↑/↓: en, he, hu")
            .with_words(
                LANGUAGES
                    .iter()
                    .map(|l| (l.to_string(), l.to_string()))
                    .collect(),
            )
            .choices_only(),
        Field::new(
            "Channels",
            &t.map_or_else(|| "whatsapp, sms".to_string(), |t| t.channels.join(", ")),
            "comma-separated: whatsapp, sms, email",
        ),
        Field::new(
            "Kind",
            kind,
            "personal: to one person; generic: fit for a campaign",
        )
        .with_words(vec![choice_word("personal"), choice_word("generic")])
        .choices_only(),
        Field::new(
            "Subject",
            t.and_then(|t| t.subject.as_deref()).unwrap_or(""),
            "email only",
        ),
        body,
    ];
    form
}

/// Saves a campaign or template dialog; Ok is what to tell the user.
pub(crate) fn save(store: &mut Store, form: &Form, now: DateTime<Utc>) -> Result<String, String> {
    let problem = |e: crate::store::StoreError| e.to_string();
    match form.kind {
        FormKind::Campaign => {
            let by = form.fields[1]
                .stored()
                .parse::<CampaignBy>()
                .map_err(|p| field_problem("Picks", p))?;
            let template = match form.fields[3].stored() {
                "none" | "" => None,
                id => Some(id.to_string()),
            };
            let spec = CampaignSpec {
                name: form.value("Name").to_string(),
                by,
                value: form.value("Value").to_string(),
                template,
            };
            let saved = match &form.shown {
                Some(id) => store.edit_campaign(now, id, &spec),
                None => store.add_campaign(now, &spec),
            }
            .map_err(problem)?;
            Ok(crate::t!("campaign-saved", name = saved.name.as_str()))
        }
        FormKind::Template => {
            let channels: Vec<String> = form
                .value("Channels")
                .split([',', ' '])
                .map(|c| c.trim().to_ascii_lowercase())
                .filter(|c| !c.is_empty())
                .collect();
            if let Some(unknown) = channels.iter().find(|c| !CHANNELS.contains(&c.as_str())) {
                return Err(field_problem(
                    "Channels",
                    crate::t!("template-unknown-channel", channel = unknown.as_str()),
                ));
            }
            let template = Template {
                name: form.value("Name").to_string(),
                language: form.fields[1].stored().to_string(),
                channels,
                personal: form.fields[3].stored() != "generic",
                subject: Some(form.value("Subject").to_string()).filter(|s| !s.trim().is_empty()),
                body: form.value("Body").to_string(),
            };
            let saved = match &form.shown {
                Some(id) => store.edit_template(now, id, &template),
                None => store.add_template(now, &template),
            }
            .map_err(problem)?;
            Ok(crate::t!(
                "template-saved",
                name = saved.template.name.as_str()
            ))
        }
        _ => Err("this dialog is not saved this way".into()),
    }
}
