//! Reaching the team server: its address from the config, the password from a file
//! or the environment (never the command line, where `ps` and the shell's history
//! show it), and TLS when the address asks for it.

use super::ServerError;
use postgres::config::SslMode;
use postgres::{Client, Config as PgConfig, NoTls};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

/// The environment variable a desk's password may come from.
pub const PASSWORD_VARIABLE: &str = "LEADOMETER_SERVER_PASSWORD";

/// How long connecting may take before the server counts as unreachable: the desk
/// works offline meanwhile, and a sync that hangs helps nobody.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Where the server is and how to prove who we are.
#[derive(Debug, Clone)]
pub struct ServerAddress {
    config: PgConfig,
    /// The address as people read it: no password ever appears in it.
    pub shown: String,
    root_cert: Option<PathBuf>,
}

impl ServerAddress {
    /// Reads `url` (a `postgres://` address, or `key=value` pairs), refusing one that
    /// holds a password. The password comes from `password_file` or the environment.
    pub fn parse(
        url: &str,
        password_file: Option<&Path>,
        root_cert: Option<&Path>,
    ) -> Result<ServerAddress, ServerError> {
        let url = url.trim();
        let mut config = PgConfig::from_str(url).map_err(|e| ServerError::Address {
            detail: e.to_string(),
        })?;
        if config.get_password().is_some() {
            return Err(ServerError::Address {
                detail: format!(
                    "the address holds a password; put it in a file named by server_password_file, or in {PASSWORD_VARIABLE}"
                ),
            });
        }
        if config.get_hosts().is_empty() {
            config.host("localhost");
        }
        if let Some(password) = password_from(password_file)? {
            config.password(password);
        }
        config.connect_timeout(CONNECT_TIMEOUT);
        config.application_name("leadometer");
        Ok(ServerAddress {
            shown: crate::domain::text::clean_line(url),
            config,
            root_cert: root_cert.map(Path::to_path_buf),
        })
    }

    /// The same server as another role: for the address an invited desk is given.
    pub fn as_user(&self, user: &str) -> String {
        let host = match self.config.get_hosts().first() {
            Some(postgres::config::Host::Tcp(host)) => host.clone(),
            #[cfg(unix)]
            Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
            None => "localhost".into(),
        };
        let port = self.config.get_ports().first().copied().unwrap_or(5432);
        let database = self.config.get_dbname().unwrap_or(user);
        // The invited desk connects as the owner's address does.
        let ssl = match self.config.get_ssl_mode() {
            SslMode::Require => "?sslmode=require",
            SslMode::Disable => "?sslmode=disable",
            _ => "",
        };
        format!("postgres://{user}@{host}:{port}/{database}{ssl}")
    }

    /// The role this address connects as.
    pub fn user(&self) -> Option<&str> {
        self.config.get_user()
    }

    /// Opens a connection. With `sslmode=require` over TLS only; with `prefer` (the
    /// default) over TLS when the server offers it; with `disable` never. The
    /// server's certificate is always checked, against `server_root_cert` or the
    /// public authorities: stricter than libpq, whose `require` checks nothing.
    pub fn connect(&self) -> Result<Client, ServerError> {
        let unreachable = |e: postgres::Error| {
            let mut detail = describe(&e);
            if detail.contains("certificate") {
                // Never a silent fall back to an unchecked or plain connection.
                detail.push_str(
                    "; set server_root_cert to the certificate of the authority that signed the server's, or add sslmode=disable to the address on a network you trust",
                );
            }
            ServerError::Unreachable {
                server: self.shown.clone(),
                detail,
            }
        };
        match self.config.get_ssl_mode() {
            SslMode::Disable => self.config.connect(NoTls).map_err(unreachable),
            _ => self.config.connect(self.tls()?).map_err(unreachable),
        }
    }

    fn tls(&self) -> Result<tokio_postgres_rustls::MakeRustlsConnect, ServerError> {
        let mut roots = rustls::RootCertStore::empty();
        match &self.root_cert {
            Some(path) => {
                use rustls::pki_types::CertificateDer;
                use rustls::pki_types::pem::PemObject;
                let certs = CertificateDer::pem_file_iter(path)
                    .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                    .map_err(|e| ServerError::Address {
                        detail: format!("server_root_cert {}: {e}", path.display()),
                    })?;
                for cert in certs {
                    roots.add(cert).map_err(|e| ServerError::Address {
                        detail: format!("server_root_cert {}: {e}", path.display()),
                    })?;
                }
            }
            None => roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| ServerError::Address {
                detail: e.to_string(),
            })?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(tokio_postgres_rustls::MakeRustlsConnect::new(config))
    }
}

/// The password from `file` (its first line) or the environment.
fn password_from(file: Option<&Path>) -> Result<Option<String>, ServerError> {
    if let Some(path) = file {
        refuse_if_others_can_read(path)?;
        let text = std::fs::read_to_string(path).map_err(|e| ServerError::Address {
            detail: format!("server_password_file {}: {e}", path.display()),
        })?;
        let line = text.lines().next().unwrap_or("").trim().to_string();
        if line.is_empty() {
            return Err(ServerError::Address {
                detail: format!("server_password_file {}: the file is empty", path.display()),
            });
        }
        return Ok(Some(line));
    }
    Ok(std::env::var(PASSWORD_VARIABLE)
        .ok()
        .filter(|p| !p.is_empty()))
}

/// A password file others may read is no secret: refused, as ssh and libpq refuse
/// such a key or `.pgpass`, with the command that mends it.
fn refuse_if_others_can_read(path: &Path) -> Result<(), ServerError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if let Ok(meta) = std::fs::metadata(path) {
            let mode = meta.permissions().mode() & 0o777;
            if mode & 0o077 != 0 {
                return Err(ServerError::Address {
                    detail: format!(
                        "server_password_file {shown} can be read by others (mode {mode:o}): chmod 600 {shown}",
                        shown = crate::domain::text::clean_line(&path.display().to_string())
                    ),
                });
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// A PostgreSQL error as one line: the server's own message when it sent one.
pub fn describe(e: &postgres::Error) -> String {
    let text = match e.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut text = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(cause) = source {
                text = format!("{text}: {cause}");
                source = cause.source();
            }
            text
        }
    };
    crate::domain::text::clean_line(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_with_a_password_is_refused_and_never_shown() {
        let refused = ServerAddress::parse("postgres://dana:secret@db.example/office", None, None)
            .unwrap_err()
            .to_string();
        assert!(refused.contains("password"), "{refused}");
        assert!(!refused.contains("secret"), "{refused}");
        let address = ServerAddress::parse(
            "postgres://dana@db.example:6543/office?sslmode=require",
            None,
            None,
        )
        .unwrap();
        assert_eq!(address.user(), Some("dana"));
        assert_eq!(
            address.as_user("noa"),
            "postgres://noa@db.example:6543/office?sslmode=require"
        );
    }

    #[test]
    fn the_password_comes_from_its_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("password");
        std::fs::write(&file, "s3cret\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).unwrap();
            let refused = password_from(Some(&file)).unwrap_err().to_string();
            assert!(refused.contains("chmod 600"), "{refused}");
            std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert_eq!(
            password_from(Some(&file)).unwrap().as_deref(),
            Some("s3cret")
        );
        std::fs::write(&file, "\n").unwrap();
        assert!(password_from(Some(&file)).is_err());
        assert!(password_from(Some(&dir.path().join("none"))).is_err());
    }
}
