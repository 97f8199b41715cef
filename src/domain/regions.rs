//! The regions of Kazakhstan the national report groups offices by: the
//! seventeen regions (oblys) and the three cities of republican
//! significance. A region is named by its key here (the deployment plan
//! writes it beside each office); its names in Kazakh, Russian and English
//! are the locale messages `region-<key>`.

/// Every region's key, in the order the report lists them (the cities
/// first, then the regions in the Kazakh alphabet's order of their names).
pub const REGIONS: [&str; 20] = [
    "astana",
    "almaty_city",
    "shymkent",
    "abai",
    "akmola",
    "aktobe",
    "almaty",
    "atyrau",
    "west_kazakhstan",
    "zhambyl",
    "zhetisu",
    "karaganda",
    "kostanay",
    "kyzylorda",
    "mangystau",
    "pavlodar",
    "north_kazakhstan",
    "turkistan",
    "ulytau",
    "east_kazakhstan",
];

/// The key of offices the directory does not place in a region.
pub const UNKNOWN: &str = "unknown";

/// Whether `key` is a region's key.
pub fn is_region(key: &str) -> bool {
    REGIONS.contains(&key)
}

/// The locale message naming the region (`UNKNOWN` included).
pub fn message(key: &str) -> String {
    format!("region-{key}")
}

/// The report's order of a region's key: the list's, the unknown last.
pub fn order(key: &str) -> usize {
    REGIONS
        .iter()
        .position(|r| *r == key)
        .unwrap_or(REGIONS.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_regions_each_once_and_the_unknown_last() {
        let mut v = REGIONS.to_vec();
        v.sort_unstable();
        v.dedup();
        assert_eq!(v.len(), 20);
        assert!(!is_region(UNKNOWN));
        assert_eq!(order(UNKNOWN), 20);
        assert_eq!(order("astana"), 0);
    }
}
