//! What WhatsApp writes itself, in the languages exports are written in: its notices
//! about the chat (skipped) and its placeholders for attachments (kept as messages).

use crate::domain::text::fold;
use std::sync::OnceLock;

/// End-to-end encryption notices. Android writes them without a sender; iOS with the
/// chat's name and a U+200E, which a person's "it is end-to-end encrypted" lacks.
const ENCRYPTION: &[&str] = &[
    "end-to-end encrypted",
    "secured with end-to-end encryption",
    "ende-zu-ende-verschlüsselt",
    "chiffrés de bout en bout",
    "chiffrement de bout en bout",
    "cifrados de extremo a extremo",
    "cifrado de extremo a extremo",
    "criptografia de ponta a ponta",
    "crittografia end-to-end",
    "crittografati end-to-end",
    "end-to-end versleuteld",
    "end-to-end-versleuteling",
    "сквозным шифрованием",
    "terenkripsi secara end-to-end",
    "enkripsi end-to-end",
    "mã hóa đầu cuối",
    "uçtan uca şifreli",
    "מוצפנות מקצה לקצה",
    "végponttól végpontig titkosít",
    "مشفرة تمامًا",
];

/// Other notices iOS writes with the chat's name as sender and a U+200E before the
/// text; too plain to be told from a person's words without that mark.
const MARKED: &[&str] = &[
    // security code changed
    "security code",
    "sicherheitsnummer",
    "code de sécurité",
    "código de seguridad",
    "código de segurança",
    "codice di sicurezza",
    "beveiligingscode",
    "код безопасности",
    "kode keamanan",
    "mã bảo mật",
    "güvenlik kodu",
    "קוד האבטחה",
    "biztonsági kód",
    "رمز الأمان",
    // phone number changed
    "changed their phone number",
    "changed to",
    "telefonnummer geändert",
    "a changé de numéro",
    "cambió su número",
    "mudou seu número",
    "ha cambiato numero",
    "nummer gewijzigd",
    "изменил(а) номер",
    "mengganti nomor",
    "đã đổi số",
    "numarasını değiştirdi",
    "שינה את מספר",
    "telefonszámát",
    "غيّر رقم",
    // group created, renamed, members added, removed, joined or left, admins
    "created group",
    "added",
    "removed",
    " left",
    "joined using",
    "changed the subject",
    "changed the group",
    "changed this group",
    "deleted this group's icon",
    "now an admin",
    "hat die gruppe",
    "hinzugefügt",
    "entfernt",
    "hat die gruppe verlassen",
    "a créé le groupe",
    "a ajouté",
    "a retiré",
    "est parti",
    "creó el grupo",
    "añadió",
    "eliminó a",
    "salió",
    "criou o grupo",
    "adicionou",
    "removeu",
    "saiu",
    "ha creato il gruppo",
    "ha aggiunto",
    "ha rimosso",
    "è uscito",
    "heeft groep",
    "heeft toegevoegd",
    "verwijderd",
    "heeft de groep verlaten",
    "создал(а) группу",
    "добавил(а)",
    "удалил(а)",
    "вышел(-ла)",
    "membuat grup",
    "menambahkan",
    "mengeluarkan",
    "keluar",
    "đã tạo nhóm",
    "đã thêm",
    "đã xóa",
    "đã rời",
    "grubunu oluşturdu",
    "ekledi",
    "çıkardı",
    "ayrıldı",
    "יצר/ה את הקבוצה",
    "הוסיף/ה",
    "הסיר/ה",
    "יצא/ה",
    "létrehozta",
    "hozzáadta",
    "eltávolította",
    "kilépett",
    "أنشأ المجموعة",
    "أضاف",
    "أزال",
    "غادر",
];

/// A deleted message keeps its bubble, so it is a message; its notice must win over
/// the "removed" and "deleted" of the group notices, which share its words.
const DELETED: &[&str] = &[
    "this message was deleted",
    "diese nachricht wurde gelöscht",
    "ce message a été supprimé",
    "se eliminó este mensaje",
    "mensagem apagada",
    "questo messaggio è stato eliminato",
    "dit bericht is verwijderd",
    "данное сообщение удалено",
    "pesan ini telah dihapus",
    "tin nhắn này đã bị xóa",
    "bu mesaj silindi",
    "ההודעה הזו נמחקה",
    "ez az üzenet törölve lett",
    "تم حذف هذه الرسالة",
];

/// The notice in place of a message the exporter deleted: WhatsApp writes it, in the
/// exporter's language, only under the exporter's own name.
const DELETED_BY_EXPORTER: &[&str] = &[
    "you deleted this message",
    "du hast diese nachricht gelöscht",
    "vous avez supprimé ce message",
    "eliminaste este mensaje",
    "você apagou esta mensagem",
    "hai eliminato questo messaggio",
    "je hebt dit bericht verwijderd",
    "u hebt dit bericht verwijderd",
    "вы удалили данное сообщение",
    "вы удалили это сообщение",
    "anda menghapus pesan ini",
    "bạn đã xóa tin nhắn này",
    "bu mesajı sildiniz",
    "מחקת את ההודעה הזו",
    "törölted ezt az üzenetet",
    "لقد حذفت هذه الرسالة",
];

/// Android exports of about 2013 put the exporter's name before their group notices.
const OLD_ANDROID_ENDINGS: &[&str] = &[" joined", " was removed", " was added", " left"];
const OLD_ANDROID_STARTS: &[&str] = &[
    "changed the group icon",
    "changed the subject to",
    "changed the group description",
];

/// Words iOS writes in place of an attachment ("‎image omitted", "‎Bild weggelassen").
const OMITTED: &[&str] = &[
    "omitted",
    "weggelassen",
    "absente",
    "absent",
    // stems: omitido/omitida, oculto/ocultada, omessa/omesso
    "omitid",
    "ocult",
    "omess",
    "weggelaten",
    "не добавлено",
    "отсутствует",
    "tidak disertakan",
    "bỏ qua",
    "đã bỏ",
    "dahil edilmedi",
    "הושמט",
    "elhagyva",
    "محذوف",
    "تم استبعاد",
];

fn is_combining(c: char) -> bool {
    unicode_normalization::char::is_combining_mark(c)
}

fn folded(
    list: &'static [&'static str],
    cell: &'static OnceLock<Vec<String>>,
) -> &'static [String] {
    cell.get_or_init(|| list.iter().map(|phrase| fold(phrase)).collect())
}

fn holds_any(
    text: &str,
    list: &'static [&'static str],
    cell: &'static OnceLock<Vec<String>>,
) -> bool {
    folded(list, cell)
        .iter()
        .any(|phrase| text.contains(phrase.as_str()))
}

/// Whether a line's text after "Name: " is WhatsApp's notice rather than a message;
/// `marked` says the text began with U+200E, as iOS notices do.
pub(super) fn is_notice(text: &str, marked: bool) -> bool {
    static ENCRYPTION_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    static MARKED_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    static DELETED_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    static BY_EXPORTER_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let text = fold(text.trim_start_matches(super::MARKS));
    if holds_any(&text, DELETED, &DELETED_FOLDED)
        || holds_any(&text, DELETED_BY_EXPORTER, &BY_EXPORTER_FOLDED)
    {
        return false;
    }
    if marked {
        return holds_any(&text, ENCRYPTION, &ENCRYPTION_FOLDED)
            || holds_any(&text, MARKED, &MARKED_FOLDED);
    }
    let short = text.split(' ').count() <= 6 && !text.contains('\n');
    short
        && (OLD_ANDROID_ENDINGS.iter().any(|end| text.ends_with(end))
            || OLD_ANDROID_STARTS
                .iter()
                .any(|start| text.starts_with(start)))
}

/// Whether a message's whole text is the notice of a message its sender deleted as
/// only the exporter's phone writes it ("You deleted this message."): a person's
/// words that merely quote it do not count.
pub(super) fn is_deleted_by_exporter(text: &str) -> bool {
    static FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let text = fold(text.trim_matches(super::MARKS));
    let text = text.trim_end_matches(['.', '\u{3002}']).trim();
    folded(DELETED_BY_EXPORTER, &FOLDED)
        .iter()
        .any(|phrase| phrase == text)
}

/// `<Media omitted>`, `image omitted`, `<attached: 0042-PHOTO….jpg>`, `NAME.jpg (file
/// attached)`, and their translations: what an export writes in place of an attachment.
pub(super) fn is_media(text: &str) -> bool {
    static OMITTED_FOLDED: OnceLock<Vec<String>> = OnceLock::new();
    let text = text.trim();
    if text.contains('\n') {
        return false;
    }
    let marked = text.starts_with(super::MARKS);
    let folded = fold(&text.replace(super::MARKS, ""));
    let words = folded.split(' ').count();
    // "<Media omitted>", "<Без медиафайлов>", "<Media weggelaten>"
    let bracketed = folded.starts_with('<')
        && folded.ends_with('>')
        && folded.matches('<').count() == 1
        && words <= 4;
    // "<attached: 00000042-PHOTO-….jpg>", "Template.docx <attached: …>", "<Anhang: …>"
    let attached = folded.ends_with('>')
        && folded.rsplit_once('<').is_some_and(|(_, inner)| {
            inner
                .split_once(':')
                .is_some_and(|(label, file)| label.split(' ').count() <= 3 && file.contains('.'))
        });
    // "IMG-0001.jpg (file attached)", "Alex.vcf (файл добавлен)"
    let file_attached = folded.ends_with(')')
        && folded.rsplit_once(" (").is_some_and(|(name, note)| {
            note.split(' ').count() <= 3
                && note
                    .trim_end_matches(')')
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || is_combining(c))
                && name
                    .rsplit_once('.')
                    .is_some_and(|(_, ext)| (2..=5).contains(&ext.len()) && !ext.contains(' '))
        });
    let omitted =
        (marked || words <= 3) && words <= 5 && holds_any(&folded, OMITTED, &OMITTED_FOLDED);
    bracketed || attached || file_attached || omitted
}
