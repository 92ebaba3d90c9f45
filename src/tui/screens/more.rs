//! The sign a cut list shows, so that nothing is hidden without one: how many of
//! its items are above and below what fits.

/// "… 3 above, 12 more", "… 12 more", "… 3 above", or None when all are shown:
/// for a list of `total` items showing `shown` from item `first`.
pub fn sign(first: usize, shown: usize, total: usize) -> Option<String> {
    let below = total.saturating_sub(first + shown);
    match (first, below) {
        (0, 0) => None,
        (0, below) => Some(format!("… {below} more")),
        (above, 0) => Some(format!("… {above} above")),
        (above, below) => Some(format!("… {above} above, {below} more")),
    }
}

/// The first item a list of `height` lines shows to keep `selected` in view, as
/// every list of the desk scrolls: the selection on the last line once it passes it.
pub fn first_shown(selected: usize, height: usize) -> usize {
    selected.saturating_sub(height.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::{first_shown, sign};

    #[test]
    fn a_cut_list_says_what_is_above_and_below() {
        assert_eq!(sign(0, 5, 5), None);
        assert_eq!(sign(0, 0, 0), None);
        assert_eq!(sign(0, 8, 20).as_deref(), Some("… 12 more"));
        assert_eq!(sign(12, 8, 20).as_deref(), Some("… 12 above"));
        assert_eq!(sign(3, 8, 20).as_deref(), Some("… 3 above, 9 more"));
    }

    #[test]
    fn the_selection_stays_on_the_last_line_once_past_it() {
        assert_eq!(first_shown(0, 8), 0);
        assert_eq!(first_shown(7, 8), 0);
        assert_eq!(first_shown(8, 8), 1);
        assert_eq!(first_shown(3, 0), 3);
    }
}
