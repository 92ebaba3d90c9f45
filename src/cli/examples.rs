//! The examples `--help` shows after the options, for the program and its main
//! commands. English here; help.ftl's `.examples` of each command translates them
//! (`help::in_language`), and the commands in them stay as they are typed.

pub const PROGRAM: &str = "\
Examples:
  leadometer add --name \"Noa Levi\" --phone 054-490-0148 --source \"Facebook ad\"
  leadometer inbox
  leadometer log call \"Noa Levi\" --outcome answered --duration 5m
  leadometer --json show 054-490-0148
  leadometer                  (the desk, at a terminal)";

pub const ADD: &str = "\
Examples:
  leadometer add --name \"Noa Levi\" --phone 054-490-0148 --email noa@example.com
  leadometer add --name \"Levi Design\" --kind business --origin outbound";

pub const EDIT: &str = "\
Examples:
  leadometer edit \"Noa Levi\" --status attempting --preferred-channel whatsapp
  leadometer edit 054-490-0148 --status disqualified --reason \"no budget\"
  leadometer edit \"Noa Levi\" --flag vip --set birthday=03-14";

pub const LOG: &str = "\
Examples:
  leadometer log call \"Noa Levi\" --outcome no-answer
  leadometer log whatsapp 054-490-0148 --direction in --text \"Is Tuesday fine?\"
  leadometer log meeting \"Noa Levi\" --at \"yesterday 10:00\" --duration 1h";

pub const SHOW: &str = "\
Examples:
  leadometer show \"Noa Levi\"
  leadometer --json show 054-490-0148";

pub const DEAL: &str = "\
Examples:
  leadometer deal add \"Noa Levi\" --title \"Kitchen renovation\" --amount 12500
  leadometer deal move \"Kitchen renovation\" Meeting
  leadometer deal won \"Kitchen renovation\"
  leadometer deal list";

pub const TASK: &str = "\
Examples:
  leadometer task add \"Noa Levi\" --title \"send the quote\" --due \"tomorrow 10:00\"
  leadometer task list
  leadometer task done 1";

pub const INBOX: &str = "\
Examples:
  leadometer inbox --owner me --limit 10
  leadometer --json inbox";

pub const IMPORT: &str = "\
Examples:
  leadometer import contacts.csv --dry-run
  leadometer import phone-book.vcf
  leadometer import \"WhatsApp Chat with Noa.txt\" --contact \"Noa Levi\"";

pub const EXPORT: &str = "\
Examples:
  leadometer export --out leads.csv
  leadometer export --format json --out leads.json";

pub const REPORT: &str = "\
Examples:
  leadometer report funnel --period month
  leadometer report pipeline --csv";

pub const CONFIG: &str = "\
Examples:
  leadometer config path
  leadometer config check
  leadometer config edit";

pub const COMPLETIONS: &str = "\
Examples:
  leadometer completions bash > ~/.local/share/bash-completion/completions/leadometer
  leadometer completions zsh > ~/.zfunc/_leadometer
  leadometer completions fish > ~/.config/fish/completions/leadometer.fish";
