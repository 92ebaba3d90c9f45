//! Which language: from the config, or else the locale the environment names.

use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    He,
    Hu,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::He, Lang::Hu];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::He => "he",
            Lang::Hu => "hu",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    pub(super) fn index(self) -> u8 {
        self as u8
    }

    pub(super) fn from_index(index: u8) -> Lang {
        Lang::ALL
            .get(usize::from(index))
            .copied()
            .unwrap_or_default()
    }

    pub fn identifier(self) -> LanguageIdentifier {
        // The three codes are valid BCP 47 language subtags, so this cannot fail;
        // the default keeps it total anyway.
        self.code().parse().unwrap_or_default()
    }

    /// Whether the language is written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::He
    }

    /// The language of the locale in `LC_ALL`, `LC_MESSAGES` or `LANG`, the first set
    /// (POSIX's order): `he_IL.UTF-8` is Hebrew, `hu_HU` Hungarian, anything else
    /// (`C`, `POSIX`, `de_DE`, unset) English.
    pub fn from_env() -> Lang {
        let var = |name| std::env::var(name).ok().filter(|value| !value.is_empty());
        let locale = var("LC_ALL")
            .or_else(|| var("LC_MESSAGES"))
            .or_else(|| var("LANG"));
        locale.map_or(Lang::En, |locale| Lang::of_locale(&locale))
    }

    pub fn of_locale(locale: &str) -> Lang {
        let language = locale
            .split(['_', '.', '@', '-'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            // "iw" is the code Java and old glibc locales still use for Hebrew.
            "he" | "iw" => Lang::He,
            "hu" => Lang::Hu,
            _ => Lang::En,
        }
    }
}
