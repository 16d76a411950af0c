//! Reading and writing plan files. Errors carry the file, the line and column or the
//! field path, and what was expected.

mod error;
mod example;
mod load;
mod messages;
mod migrate;
mod recovery;
mod save;

pub use error::LoadError;
pub use example::{EXAMPLE_NAME, EXAMPLE_RON, example, example_or_blank};
pub use load::{
    MAX_FILE_BYTES, Notation, load_path, load_path_noting, parse_plan, parse_plan_unchecked,
};
pub use messages::{nearest, ron_message};
pub use migrate::{OLDEST_FORMAT, migrate, now_iso};
pub use recovery::{Recovered, RecoveryDir};
pub use save::{
    DiskStamp, STALE_TEMP, SaveError, backup_path, remove_stale_temp_files, save_atomic,
    save_with_backup, to_json, to_ron,
};
