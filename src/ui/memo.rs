//! Values derived from the plan that a panel needs every frame (a filtered list of rows,
//! a total), worked out again only when the plan or what else they depend on changes.

use std::sync::Arc;

use egui::{Id, Ui};

/// The value `compute` gives for plan `revision` and `key`, remembered under `id_salt`
/// until either changes.
pub fn memo<K, V>(
    ui: &Ui,
    id_salt: &str,
    revision: u64,
    key: &K,
    compute: impl FnOnce() -> V,
) -> Arc<V>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    let id = Id::unique(("memo", id_salt));
    let remembered = ui.data(|d| d.get_temp::<(u64, K, Arc<V>)>(id));
    if let Some((r, k, value)) = remembered
        && r == revision
        && k == *key
    {
        return value;
    }
    let value = Arc::new(compute());
    ui.data_mut(|d| d.insert_temp(id, (revision, key.clone(), Arc::clone(&value))));
    value
}

/// The value `compute` gives for `key`, remembered under `id` until `key` changes: for
/// what a panel works out every frame from inputs much cheaper to compare than to work
/// from (text measured in a font, say), where no plan revision says what changed.
pub fn remember<K, V>(ui: &Ui, id: Id, key: &K, compute: impl FnOnce() -> V) -> Arc<V>
where
    K: Clone + PartialEq + Send + Sync + 'static,
    V: Send + Sync + 'static,
{
    let remembered = ui.data(|d| d.get_temp::<(K, Arc<V>)>(id));
    if let Some((k, value)) = remembered
        && k == *key
    {
        return value;
    }
    let value = Arc::new(compute());
    ui.data_mut(|d| d.insert_temp(id, (key.clone(), Arc::clone(&value))));
    value
}
