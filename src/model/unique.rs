//! Maps whose keys must be unique: a criterion scored twice, or a scheme given two
//! chances in one option, is an error in the file rather than the last one silently
//! winning.

use std::collections::BTreeMap;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{Deserialize, Deserializer, Error, MapAccess, Visitor};

/// Deserializes a map, refusing a key that appears twice.
pub fn unique_keys<'de, D, V>(deserializer: D) -> Result<BTreeMap<String, V>, D::Error>
where
    D: Deserializer<'de>,
    V: Deserialize<'de>,
{
    struct Unique<V>(PhantomData<V>);

    impl<'de, V: Deserialize<'de>> Visitor<'de> for Unique<V> {
        type Value = BTreeMap<String, V>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map of ids to values")
        }

        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((key, value)) = map.next_entry::<String, V>()? {
                if out.contains_key(&key) {
                    return Err(A::Error::custom(format!(
                        "`{key}` is given twice in the same map; keep one"
                    )));
                }
                out.insert(key, value);
            }
            Ok(out)
        }
    }

    deserializer.deserialize_map(Unique(PhantomData))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize, Debug)]
    struct Holder {
        #[serde(deserialize_with = "unique_keys")]
        map: BTreeMap<String, f64>,
    }

    #[test]
    fn a_repeated_key_is_refused_and_others_pass() {
        let ok: Holder = ron::from_str(r#"(map: {"a": 1.0, "b": 2.0})"#).expect("unique keys");
        assert_eq!(ok.map.len(), 2);
        let err =
            ron::from_str::<Holder>(r#"(map: {"a": 1.0, "a": 2.0})"#).expect_err("a repeated key");
        assert!(err.to_string().contains("`a` is given twice"), "{err}");
        let json: Result<Holder, _> = serde_json::from_str(r#"{"map": {"a": 1, "a": 2}}"#);
        assert!(json.is_err());
    }
}
