//! LISTEN/NOTIFY: a desk hears a colleague's push at once, on a connection of its
//! own, and syncs; when the server cannot be heard, the desk polls instead.

use super::ServerAddress;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How long one wait for a notice lasts before the connection is checked.
const WAIT: Duration = Duration::from_secs(20);
/// How long after a lost connection the listener tries again.
const RECONNECT_AFTER: Duration = Duration::from_secs(15);

/// Hears the other desks' pushes.
pub struct Listener {
    heard: Arc<AtomicBool>,
    listening: Arc<AtomicBool>,
}

impl Listener {
    /// Starts listening for the pushes of every desk but `me`, on a thread that
    /// lives as long as the program.
    pub fn start(address: ServerAddress, me: String) -> Listener {
        let heard = Arc::new(AtomicBool::new(false));
        let listening = Arc::new(AtomicBool::new(false));
        let (heard_there, listening_there) = (heard.clone(), listening.clone());
        let _ = std::thread::Builder::new()
            .name("leadometer-listen".into())
            .spawn(move || {
                loop {
                    listen(&address, &me, &heard_there, &listening_there);
                    listening_there.store(false, Ordering::SeqCst);
                    std::thread::sleep(RECONNECT_AFTER);
                }
            });
        Listener { heard, listening }
    }

    /// Whether a colleague pushed since the last time this was asked.
    pub fn take_heard(&self) -> bool {
        self.heard.swap(false, Ordering::SeqCst)
    }

    /// Whether the listener is connected: if not, the desk polls.
    pub fn is_listening(&self) -> bool {
        self.listening.load(Ordering::SeqCst)
    }
}

/// Listens until the connection fails.
fn listen(address: &ServerAddress, me: &str, heard: &AtomicBool, listening: &AtomicBool) {
    let Ok(mut client) = address.connect() else {
        return;
    };
    if client.batch_execute("LISTEN leadometer").is_err() {
        return;
    }
    listening.store(true, Ordering::SeqCst);
    // What was pushed while nobody listened is fetched by the next sync.
    heard.store(true, Ordering::SeqCst);
    loop {
        {
            let mut notifications = client.notifications();
            let mut waiting = notifications.timeout_iter(WAIT);
            loop {
                match postgres::fallible_iterator::FallibleIterator::next(&mut waiting) {
                    Ok(Some(notice)) => {
                        if notice.payload() != me {
                            heard.store(true, Ordering::SeqCst);
                        }
                    }
                    Ok(None) => break,
                    Err(_) => return,
                }
            }
        }
        if client.simple_query("SELECT 1").is_err() {
            return;
        }
    }
}
