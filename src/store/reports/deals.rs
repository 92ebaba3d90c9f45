//! What the pipeline and reasons reports read of deals: every live deal, with its
//! contact's source, campaign and origin, and its owner (the contact's when the deal
//! names none).

use crate::domain::Deal;
use crate::domain::report::split::{Keyed, Keys};
use crate::store::Store;
use crate::store::error::Result;
use crate::store::rows::deals::{deal_from_row, joined_columns};

pub struct KeyedDeal {
    pub deal: Deal,
    source: Option<String>,
    campaign: Option<String>,
    owner: Option<String>,
    origin: Option<String>,
}

impl Keyed for KeyedDeal {
    fn keys(&self) -> Keys<'_> {
        Keys {
            source: self.source.as_deref(),
            campaign: self.campaign.as_deref(),
            owner: self.deal.owner.as_deref().or(self.owner.as_deref()),
            origin: self.origin.as_deref(),
        }
    }
}

impl Store {
    pub(crate) fn keyed_deals(&self) -> Result<Vec<KeyedDeal>> {
        let width = crate::store::rows::deals::DEAL_WIDTH;
        let sql = format!(
            "SELECT {}, c.source, c.campaign, c.owner, c.origin
               FROM deals d JOIN contacts c ON c.id = d.contact_id
              WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL",
            joined_columns()
        );
        let rows = self
            .conn()
            .prepare_cached(&sql)?
            .query_map([], |r| {
                Ok(KeyedDeal {
                    deal: deal_from_row(r)?,
                    source: r.get(width)?,
                    campaign: r.get(width + 1)?,
                    owner: r.get(width + 2)?,
                    origin: r.get(width + 3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(rows)
    }
}
