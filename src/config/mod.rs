//! The typed configuration: defaults, the file's location, and validation that names
//! the key and the line of anything wrong.

use crate::domain::deal::{LOST, WON};
use crate::domain::{Pipeline, Stage};
use phonenumber::country::Id as Region;
use serde::{Deserialize, Deserializer};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Who is logging: shown as the owner and the author of what is logged.
    pub user: String,
    /// The ISO country whose local number formats are assumed.
    #[serde(deserialize_with = "region")]
    pub region: Region,
    #[serde(deserialize_with = "currency")]
    pub currency: String,
    pub sla: Sla,
    pub deals: Deals,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Sla {
    /// Minutes within which a new lead must get its first response.
    pub first_response_minutes: u32,
}

#[derive(Debug, Clone, Deserialize)]
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
            sla: Sla::default(),
            deals: Deals::default(),
        }
    }
}

impl Default for Sla {
    fn default() -> Sla {
        Sla {
            first_response_minutes: 15,
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
    #[error("cannot read the config file {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
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
        let text = std::fs::read_to_string(&path).map_err(|source| ConfigError::Read {
            path: path.clone(),
            source,
        })?;
        Config::parse(&text).map_err(|message| ConfigError::Invalid { path, message })
    }

    /// Parses TOML text; the error says the line, the column and the key.
    pub fn parse(text: &str) -> Result<Config, String> {
        toml::from_str(text).map_err(|e| e.to_string().trim_end().to_string())
    }

    pub fn pipeline(&self) -> Pipeline {
        Pipeline {
            stages: self.deals.stages.clone(),
        }
    }
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "leadometer")
}

pub fn default_config_path() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.config_dir().join("config.toml"))
}

pub fn data_dir() -> Option<PathBuf> {
    project_dirs().map(|dirs| dirs.data_dir().to_path_buf())
}

pub fn default_db_path() -> Option<PathBuf> {
    data_dir().map(|dir| dir.join("leads.db"))
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
        });
    }
    Ok(stages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_parses_and_says_every_key() {
        let text = include_str!("../config.example.toml");
        let config = Config::parse(text).unwrap();
        assert_eq!(config.region, Region::IL);
        assert_eq!(config.deals.stages.len(), 4);
        for key in [
            "user",
            "region",
            "currency",
            "first_response_minutes",
            "probability",
        ] {
            assert!(
                text.contains(key),
                "config.example.toml does not document {key}"
            );
        }
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
}
