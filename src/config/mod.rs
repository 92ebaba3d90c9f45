//! The typed configuration: defaults, the file's location, and validation that names
//! the key and the line of anything wrong.

mod display;
mod engine;
mod folders;
mod reports;
mod templates;

pub use display::{Bidi, Display};
pub use engine::{Assignment, default_scoring};
pub use reports::{Cost, Target};

use crate::domain::deal::{LOST, WON};
use crate::domain::lifecycle::DealLifecycle;
use crate::domain::scoring::Scoring;
use crate::domain::{Pipeline, Stage};
use phonenumber::country::Id as Region;
use serde::{Deserialize, Deserializer, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Who is logging: shown as the owner and the author of what is logged.
    pub user: String,
    /// The ISO country whose local number formats are assumed.
    #[serde(deserialize_with = "region", serialize_with = "region_code")]
    pub region: Region,
    #[serde(deserialize_with = "currency")]
    pub currency: String,
    /// The language of the desk and the command line: "en", "he" or "hu". None
    /// follows the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub language: Option<crate::i18n::Lang>,
    pub sla: Sla,
    pub deals: Deals,
    #[serde(deserialize_with = "engine::scoring")]
    pub scoring: Scoring,
    #[serde(deserialize_with = "engine::deal_lifecycle")]
    pub lifecycle: DealLifecycle,
    #[serde(deserialize_with = "engine::assignment")]
    pub assignment: Assignment,
    /// Key overrides for the desk, read by the desk's keymap, which reports and skips
    /// what it cannot use (so a typo there never stops the command line): per action
    /// one key, a list of keys or "none", by name (`quit = "ctrl-q"`) or in a layer's
    /// table (`[keys.form] save = ["ctrl-s", "f2"]`).
    pub keys: BTreeMap<String, toml::Value>,
    pub inbox: InboxConfig,
    /// The command that opens wa.me, tel: and mailto: links (default: xdg-open,
    /// open on macOS). Words after the first are passed before the link.
    pub opener: Option<String>,
    pub theme: ThemeConfig,
    /// Who lays right-to-left text out: `[display] bidi = "auto" | "desk" | "terminal"`.
    pub display: Display,
    /// The office's shared copy in a synced folder (Dropbox, Syncthing, OneDrive, a
    /// network share), e.g. "~/Dropbox/office/leads.db". This machine keeps working
    /// on its own file and `sync` merges the two; the shared file is never written
    /// in place.
    pub shared: Option<PathBuf>,
    /// The office's team server (src/server): a PostgreSQL address such as
    /// "postgres://dana@db.office.lan/leads?sslmode=require", never with a password.
    pub server: Option<String>,
    /// A file whose first line is the server password (else
    /// `LEADOMETER_SERVER_PASSWORD`).
    pub server_password_file: Option<PathBuf>,
    /// The certificate (PEM) the server's TLS certificate must be signed by, for a
    /// server with a certificate of the office's own; else the public authorities.
    pub server_root_cert: Option<PathBuf>,
    /// Whether the desk takes clicks and the wheel. Off, the terminal keeps the
    /// mouse for itself (selecting text to copy, its own scrolling).
    pub mouse: bool,
    /// Goals the targets report measures the period against.
    pub targets: Vec<Target>,
    /// What campaigns and sources cost, by month, for the sources report.
    pub costs: Vec<Cost>,
    /// Message templates the office adds to the starter set: each is brought into
    /// the file once (where it syncs and is edited), as `[[templates]]` tables with
    /// the fields of `assets/templates.toml`.
    /// Checked after parsing, where each table's line is known (`check_templates`).
    pub templates: Vec<crate::domain::template::Template>,
    /// How messages are handed over: `[messages] whatsapp = "web" | "app"`.
    pub messages: Messages,
}

/// How a message written in Leadometer reaches the app that sends it.
#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Messages {
    /// "web" opens `https://wa.me/…` (a browser, or the app where the system hands
    /// the link to it); "app" opens `whatsapp://send?…`, the installed app's own.
    pub whatsapp: crate::domain::message_link::WhatsappLink,
}

/// Colours of the desk by role, as names ("red", "light-blue", "dark-gray") or
/// "#rrggbb". `NO_COLOR` in the environment overrides them all.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct ThemeConfig {
    pub accent: String,
    pub dim: String,
    pub overdue: String,
    pub due_soon: String,
    pub on_time: String,
    pub hot: String,
    pub warm: String,
    pub cold: String,
}

impl Default for ThemeConfig {
    fn default() -> ThemeConfig {
        let name = |n: &str| n.to_string();
        ThemeConfig {
            accent: name("cyan"),
            dim: name("dark-gray"),
            overdue: name("red"),
            due_soon: name("yellow"),
            on_time: name("green"),
            hot: name("red"),
            warm: name("yellow"),
            cold: name("blue"),
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct InboxConfig {
    /// Views of the inbox beside the built-in ones, e.g. one campaign's checklist.
    pub views: Vec<InboxViewConfig>,
}

/// A named inbox view: every filter given must match (case-insensitively).
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct InboxViewConfig {
    pub name: String,
    pub source: Option<String>,
    pub campaign: Option<String>,
    pub owner: Option<String>,
    pub lifecycle: Option<crate::domain::Lifecycle>,
    pub temperature: Option<crate::domain::scoring::Temperature>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Sla {
    /// Minutes within which a new lead must get its first response.
    pub first_response_minutes: u32,
    /// Per-source overrides of `first_response_minutes`, matched case-insensitively.
    pub by_source: BTreeMap<String, u32>,
    /// A lead untouched this many days is marked expired; 0 turns expiry off.
    pub expire_after_days: u32,
}

impl Sla {
    pub fn minutes_for(&self, source: Option<&str>) -> u32 {
        source
            .and_then(|source| {
                self.by_source.iter().find(|(key, _)| {
                    crate::domain::text::fold(key) == crate::domain::text::fold(source)
                })
            })
            .map_or(self.first_response_minutes, |(_, minutes)| *minutes)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Deals {
    #[serde(deserialize_with = "stages")]
    pub stages: Vec<Stage>,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            user: default_user(),
            region: Region::IL,
            currency: "ILS".into(),
            language: None,
            sla: Sla::default(),
            deals: Deals::default(),
            scoring: default_scoring(),
            lifecycle: DealLifecycle::default(),
            assignment: Assignment::default(),
            keys: BTreeMap::new(),
            inbox: InboxConfig::default(),
            opener: None,
            shared: None,
            server: None,
            server_password_file: None,
            server_root_cert: None,
            theme: ThemeConfig::default(),
            display: Display::default(),
            mouse: true,
            targets: Vec::new(),
            costs: Vec::new(),
            templates: Vec::new(),
            messages: Messages::default(),
        }
    }
}

impl Default for Sla {
    fn default() -> Sla {
        Sla {
            first_response_minutes: 15,
            by_source: BTreeMap::new(),
            expire_after_days: 30,
        }
    }
}

impl Default for Deals {
    fn default() -> Deals {
        Deals {
            stages: Pipeline::default().stages,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    // The reason is in the message, not a `source`: a chain would print it twice.
    #[error("cannot read the config file {path}: {reason}")]
    Read {
        path: PathBuf,
        reason: std::io::Error,
    },
    #[error("the config file {path} is invalid: {message}")]
    Invalid { path: PathBuf, message: String },
}

impl Config {
    /// Reads the given file, or the default one if it exists, or uses the defaults.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let path = match explicit {
            Some(path) => path.to_path_buf(),
            None => match default_config_path() {
                Some(path) if path.exists() => path,
                _ => return Ok(Config::default()),
            },
        };
        let text = std::fs::read_to_string(&path).map_err(|reason| ConfigError::Read {
            path: path.clone(),
            reason,
        })?;
        Config::parse(&text).map_err(|message| ConfigError::Invalid { path, message })
    }

    /// Parses TOML text; the error says the line, the column and the key.
    ///
    /// In English whatever the user speaks: the problem quotes the file's keys, and
    /// most of its words come from the TOML parser, so a word of ours in another
    /// language would only mix two in one sentence.
    pub fn parse(text: &str) -> Result<Config, String> {
        let _english = crate::i18n::scoped(crate::i18n::Lang::En);
        let config: Config =
            toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())?;
        templates::check(text, &config.templates)?;
        Ok(config)
    }

    pub fn pipeline(&self) -> Pipeline {
        Pipeline {
            stages: self.deals.stages.clone(),
        }
    }
}

pub use folders::{data_dir, default_config_path, default_db_path, expand_home, state_dir};

/// Creates `dir` (and any missing parent) readable by its owner only: the data
/// folder and the backups hold a business's customers. An existing folder is
/// tightened too, but only when `tighten` says it is one of ours (the data folder,
/// a backups folder) and it belongs to this user: a folder of the user's own
/// choosing, such as the one a `--db` file sits in, keeps its permissions.
pub fn create_private_dir(dir: &Path, tighten: bool) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        let meta = std::fs::metadata(dir)?;
        // SAFETY: geteuid only reads this process's user id.
        let mine = meta.uid() == unsafe { libc::geteuid() };
        if tighten && mine && meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tighten;
        std::fs::create_dir_all(dir)?;
    }
    Ok(())
}

/// Whether `dir` is the data folder itself (which is ours to keep private).
pub fn is_data_dir(dir: &Path) -> bool {
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    data_dir().is_some_and(|data| canonical(&data) == canonical(dir))
}

fn default_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "me".into())
}

fn region<'de, D: Deserializer<'de>>(de: D) -> Result<Region, D::Error> {
    let code = String::deserialize(de)?;
    crate::domain::phone::parse_region(&code).ok_or_else(|| {
        serde::de::Error::custom(format!(
            "unknown region \"{code}\": use a two-letter ISO country code such as IL or HU"
        ))
    })
}

/// A region as the file writes it: its two-letter code.
fn region_code<S: serde::Serializer>(region: &Region, out: S) -> Result<S::Ok, S::Error> {
    out.serialize_str(region.as_ref())
}

fn currency<'de, D: Deserializer<'de>>(de: D) -> Result<String, D::Error> {
    let code = String::deserialize(de)?;
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(serde::de::Error::custom(format!(
            "currency \"{code}\" is not a three-letter ISO code such as ILS, HUF or EUR"
        )))
    }
}

fn stages<'de, D: Deserializer<'de>>(de: D) -> Result<Vec<Stage>, D::Error> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawStage {
        name: String,
        probability: f64,
        stale_after_days: Option<u32>,
    }
    let raw = Vec::<RawStage>::deserialize(de)?;
    let fail = |message: String| Err(serde::de::Error::custom(message));
    if raw.is_empty() {
        return fail("deals.stages needs at least one open stage".into());
    }
    let mut stages: Vec<Stage> = Vec::with_capacity(raw.len());
    for stage in raw {
        let name = stage.name.trim().to_string();
        if name.is_empty() {
            return fail("a stage has an empty name".into());
        }
        // A stage name is printed on every deal line and drawn on the desk: one that
        // could drive the terminal or reverse a line is refused, never shown.
        if name.chars().any(|c| c.is_control()) || crate::domain::text::has_controls(&name) {
            return fail(format!(
                "deals.stages: stage \"{}\" holds control characters; write the name as plain text",
                crate::domain::text::clean_line(&name)
            ));
        }
        if name.eq_ignore_ascii_case(WON) || name.eq_ignore_ascii_case(LOST) {
            return fail(format!(
                "stage \"{name}\": Won and Lost always follow the open stages; do not list them"
            ));
        }
        if stages.iter().any(|s| s.name.eq_ignore_ascii_case(&name)) {
            return fail(format!("stage \"{name}\" is listed twice"));
        }
        if !(0.0..=1.0).contains(&stage.probability) {
            return fail(format!(
                "stage \"{name}\": probability {} must be between 0.0 and 1.0",
                stage.probability
            ));
        }
        stages.push(Stage {
            name,
            probability: stage.probability,
            stale_after_days: stage.stale_after_days,
        });
    }
    Ok(stages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_parses_and_says_every_key() {
        let text = include_str!("../../config.example.toml");
        let config = Config::parse(text).unwrap();
        assert_eq!(config.region, Region::IL);
        assert_eq!(config.deals.stages.len(), 4);
        assert_eq!(config.assignment.rules.len(), 2);
        assert_eq!(
            config.keys.get("quit").and_then(|v| v.as_str()),
            Some("ctrl-q")
        );
        assert!(config.keys.get("form").is_some_and(|v| v.is_table()));
        assert_eq!(config.inbox.views[0].name, "Spring kitchens");
        assert_eq!(config.sla.minutes_for(Some("whatsapp")), 5);
        assert!(config.mouse, "on unless turned off");
        assert!(!Config::parse("mouse = false").unwrap().mouse);
        assert!(
            Config::parse("mouse = \"off\"").is_err(),
            "true or false only"
        );
        assert_eq!(config.display.bidi, Bidi::Auto);
        let terminal = Config::parse("[display]\nbidi = \"terminal\"").unwrap();
        assert_eq!(terminal.display.bidi, Bidi::Terminal);
        assert!(
            Config::parse("[display]\nbidi = \"rtl\"").is_err(),
            "three values only"
        );
        assert!(
            Config::parse("[display]\nbdi = \"desk\"").is_err(),
            "a typo is named"
        );
        let keys = "user region currency language first_response_minutes expire_after_days by_source \
            probability half_life_days mql_at sql_at hot warm scoring.rules deal_opened deal_won \
            deal_lost sales sales_max_open assignment.rules max_open keys inbox.views opener theme overdue mouse \
            targets sales_amount new_leads mqls sqls costs display bidi templates messages whatsapp";
        for key in keys.split_whitespace() {
            assert!(
                text.contains(key),
                "config.example.toml does not document {key}"
            );
        }
    }

    #[test]
    fn rule_errors_name_the_rule_and_the_key() {
        let cases = [
            (
                "[[scoring.rules]]\nname = \"Decision maker\"\npoints = 15\nwhen = { rol = \"decision-maker\" }\n",
                "\"Decision maker\"",
                "`rol`",
            ),
            (
                "[[scoring.rules]]\nname = \"Fit\"\npoints = 5\nwhen = { quality_at_least = \"high\" }\n",
                "\"Fit\"",
                "`quality_at_least`",
            ),
            (
                "[[scoring.rules]]\nname = \"Ten\"\npoints = \"ten\"\n",
                "\"Ten\"",
                "`points`",
            ),
            (
                "[[scoring.rules]]\nname = \"Land\"\npoints = 5\nwhen = { country = \"Narnia\" }\n",
                "\"Land\"",
                "`country`",
            ),
            (
                "[[scoring.rules]]\nname = \"Often\"\npoints = 5\nwhen = { min_count = 0 }\n",
                "\"Often\"",
                "`min_count`",
            ),
            (
                "[[assignment.rules]]\nname = \"FB\"\nwhen = { source = \"x\", within_days = 3 }\nassign = [\"Dana\"]\n",
                "\"FB\"",
                "behaviour",
            ),
            (
                "[[assignment.rules]]\nname = \"Nobody\"\nassign = []\n",
                "\"Nobody\"",
                "`assign`",
            ),
            (
                "[[scoring.rules]]\nname = \"Ever\"\npoints = 5\nwhen = { within_days = 1e300 }\n",
                "\"Ever\"",
                "`within_days`",
            ),
            (
                "[[scoring.rules]]\nname = \"Never\"\npoints = 5\nwhen = { within_days = nan }\n",
                "\"Never\"",
                "`within_days`",
            ),
            (
                "[scoring]\nhalf_life_days = nan\n",
                "half_life_days",
                "100 years",
            ),
            ("[lifecycle]\ndeal_lost = \"gone\"\n", "deal_lost", "gone"),
            ("[scoring]\nmql_at = 70\n", "mql_at", "sql_at"),
            ("[scoring.bands]\nhot = 10\nwarm = 20\n", "warm", "hot"),
        ];
        for (text, rule, key) in cases {
            let err = Config::parse(text).unwrap_err();
            assert!(err.contains(rule) && err.contains(key), "{text}\n{err}");
            assert!(err.contains("line "), "{err}");
        }
    }

    #[test]
    fn own_rules_replace_the_defaults_and_other_keys_keep_them() {
        let config = Config::parse("[[scoring.rules]]\nname = \"Only\"\npoints = 1\n").unwrap();
        assert_eq!(config.scoring.rules.len(), 1);
        assert_eq!(config.scoring.sql_at, default_scoring().sql_at);
        let config = Config::parse("[scoring]\nsql_at = 80\n").unwrap();
        assert_eq!(config.scoring.rules, default_scoring().rules);
        assert_eq!(config.scoring.sql_at, 80);
        let config = Config::parse("[sla.by_source]\n\"Facebook ad\" = 5\n").unwrap();
        assert_eq!(config.sla.minutes_for(Some("facebook AD")), 5);
        assert_eq!(config.sla.minutes_for(Some("Referral")), 15);
    }

    #[test]
    fn an_empty_file_gives_the_defaults() {
        let config = Config::parse("").unwrap();
        assert_eq!(config.sla.first_response_minutes, 15);
        assert_eq!(config.pipeline(), Pipeline::default());
    }

    #[test]
    fn errors_name_the_key_and_the_line() {
        let err = Config::parse("user = \"Dana\"\nregoin = \"IL\"\n").unwrap_err();
        assert!(err.contains("line 2") && err.contains("regoin"), "{err}");
        let err = Config::parse("region = \"XX\"\n").unwrap_err();
        assert!(
            err.contains("line 1") && err.contains("unknown region"),
            "{err}"
        );
        let err = Config::parse("[sla]\nfirst_response_minutes = \"soon\"\n").unwrap_err();
        assert!(err.contains("line 2"), "{err}");
        let err = Config::parse(
            "[[deals.stages]]\nname = \"Call\"\nprobability = 0.1\n[[deals.stages]]\nname = \"call\"\nprobability = 2\n",
        )
        .unwrap_err();
        assert!(err.contains("twice"), "{err}");
        let err =
            Config::parse("[[deals.stages]]\nname = \"Won\"\nprobability = 1.0\n").unwrap_err();
        assert!(err.contains("Won and Lost"), "{err}");
    }

    #[test]
    fn a_stage_name_with_control_characters_is_refused_and_named_cleanly() {
        for name in [
            "Call\\u001b]52;c;aGk=\\u0007",
            "Call\\u202e",
            "Call\\u009b2J",
            "Ca\\nll",
        ] {
            let text = format!("[[deals.stages]]\nname = \"{name}\"\nprobability = 0.1\n");
            let err = Config::parse(&text).unwrap_err();
            assert!(
                err.contains("deals.stages") && err.contains("control"),
                "{err}"
            );
            assert!(err.contains("line 1") || err.contains("line 2"), "{err}");
            assert!(!crate::domain::text::has_controls(&err), "{err:?}");
        }
    }

    #[test]
    fn problems_are_in_english_whatever_the_user_speaks() {
        let _speaking = crate::i18n::scoped(crate::i18n::Lang::Hu);
        let err = Config::parse("[lifecycle]\ndeal_won = \"customr\"\n").unwrap_err();
        assert!(err.contains("is not one of"), "{err}");
    }
}
