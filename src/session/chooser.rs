//! The window's own file chooser, for desktops that offer none.
//!
//! Open, Save As and Export paper use the desktop's file chooser (through the XDG
//! desktop portal on Linux, or zenity where there is no portal). A desktop with neither
//! (a bare window manager, a kiosk, a remote session) would otherwise give no answer at
//! all, so there the window shows its own: a folder, its plan files (or papers) and
//! subfolders, and for saving a file name. This module is what that chooser knows and does; `ui::chooser` draws it.

use std::path::{Path, PathBuf};

use super::AfterConfirm;

/// What the chooser is choosing for.
#[derive(Debug, Clone, PartialEq)]
pub enum Purpose {
    /// A plan to open.
    Open,
    /// A plan to compare the open one with.
    Compare,
    /// Where to save the plan, then what to do once it is saved.
    Save {
        /// What the person asked for that needed the plan saved first.
        then: Option<AfterConfirm>,
    },
    /// Where to write the paper for these readers (an HTML file).
    Paper(crate::report::Readers),
    /// Where to write a workshop's minutes (an HTML page, or Markdown).
    Minutes,
}

impl Purpose {
    /// Whether it chooses a file to write (one that need not be there yet).
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Purpose::Save { .. } | Purpose::Paper(_) | Purpose::Minutes
        )
    }

    /// Whether a file of this name is listed: plans, or papers when choosing where a
    /// paper goes.
    fn lists(&self, name: &str) -> bool {
        match self {
            Purpose::Paper(_) => is_paper(name),
            Purpose::Minutes => is_paper(name) || is_markdown(name),
            _ => is_plan(name),
        }
    }

    /// `name` with the extension its files have, when it has none of theirs.
    fn with_extension(&self, name: &str) -> String {
        match self {
            Purpose::Save { .. } if !is_plan(name) => format!("{name}.ron"),
            Purpose::Minutes if !is_paper(name) && !is_markdown(name) => {
                format!("{name}.html")
            }
            Purpose::Paper(_) if !is_paper(name) => format!("{name}.html"),
            _ => name.to_string(),
        }
    }
}

/// One entry of the folder shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// File or folder name.
    pub name: String,
    /// Whether it is a folder.
    pub folder: bool,
}

/// The chooser's state: the folder in view and what is picked or typed.
#[derive(Debug, Clone)]
pub struct FileChooser {
    /// What it is for.
    pub purpose: Purpose,
    folder: PathBuf,
    /// The folder as typed in its field.
    pub folder_text: String,
    /// Folders first, then plan files, by name; or why the folder could not be read.
    entries: Result<Vec<Entry>, String>,
    /// The file name picked from the list or typed (saving).
    pub name: String,
}

/// Whether a file name is a plan's (RON or JSON).
pub fn is_plan(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".ron") || lower.ends_with(".json")
}

/// Whether a file name is a paper's (HTML).
pub fn is_paper(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".html") || lower.ends_with(".htm")
}

/// Whether `name` is a Markdown file's.
pub fn is_markdown(name: &str) -> bool {
    name.to_ascii_lowercase().ends_with(".md")
}

/// The folders and the files `purpose` lists in `folder`, hidden ones left out.
fn read_folder(folder: &Path, purpose: &Purpose) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(folder)
        .map_err(|e| format!("{} could not be read: {e}", folder.display()))?;
    let mut entries: Vec<Entry> = read
        .filter_map(Result::ok)
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let folder = e.path().is_dir();
            (!name.starts_with('.') && (folder || purpose.lists(&name)))
                .then_some(Entry { name, folder })
        })
        .collect();
    entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    Ok(entries)
}

/// The person's home folder.
pub fn home() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .or_else(|| std::env::var_os("USERPROFILE"))
        .map(PathBuf::from)
}

/// `typed` as a folder: `~` is the home folder, a relative path is taken from `base`,
/// and `.` and `..` are worked out by the letter (not following links, so it works the
/// same for folders that are not there, on every system).
fn resolve(base: &Path, typed: &str) -> PathBuf {
    let typed = typed.trim();
    let path = match typed.strip_prefix('~') {
        Some(rest) if rest.is_empty() || rest.starts_with(['/', '\\']) => match home() {
            Some(home) => home.join(rest.trim_start_matches(['/', '\\'])),
            None => PathBuf::from(typed),
        },
        _ => PathBuf::from(typed),
    };
    let joined = base.join(path);
    let mut clean = PathBuf::new();
    for part in joined.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !clean.pop() {
                    clean.push(part);
                }
            }
            other => clean.push(other),
        }
    }
    clean
}

impl FileChooser {
    /// A chooser for `purpose` showing `folder`, with `name` as the file name offered.
    pub fn new(purpose: Purpose, folder: &Path, name: &str) -> Self {
        let mut chooser = Self {
            purpose,
            folder: PathBuf::new(),
            folder_text: String::new(),
            entries: Ok(Vec::new()),
            name: name.to_string(),
        };
        chooser.go(folder);
        chooser
    }

    /// The folder in view.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Its folders and plan files, or why it could not be read.
    pub fn entries(&self) -> Result<&[Entry], &str> {
        self.entries.as_deref().map_err(String::as_str)
    }

    /// Shows `folder` (relative to the working folder when relative).
    pub fn go(&mut self, folder: &Path) {
        let base = std::env::current_dir().unwrap_or_default();
        self.folder = resolve(&base, &folder.to_string_lossy());
        self.folder_text = self.folder.display().to_string();
        self.entries = read_folder(&self.folder, &self.purpose);
    }

    /// The folder typed in the folder field, relative to the one shown.
    fn typed_folder(&self) -> PathBuf {
        resolve(&self.folder, &self.folder_text)
    }

    /// Shows the folder typed in the folder field.
    pub fn go_to_typed(&mut self) {
        let typed = self.typed_folder();
        self.go(&typed);
    }

    /// Shows the folder above, if there is one.
    pub fn up(&mut self) {
        if let Some(parent) = self.folder.parent().map(Path::to_path_buf) {
            self.go(&parent);
        }
    }

    /// Opens a folder of the list, or picks a file of it (its name becomes the file
    /// name); returns the file's path when a file was picked.
    pub fn pick(&mut self, entry: &Entry) -> Option<PathBuf> {
        let path = self.folder.join(&entry.name);
        if entry.folder {
            self.go(&path);
            None
        } else {
            self.name = entry.name.clone();
            Some(path)
        }
    }

    /// The file chosen: the name typed or picked, in the folder typed (the one in view,
    /// unless another was typed and not yet gone to). When saving, a name without `.ron`
    /// or `.json` is given `.ron`, and a paper's name without `.html` is given it. None
    /// without a name.
    pub fn chosen(&self) -> Option<PathBuf> {
        let name = self.name.trim();
        if name.is_empty() {
            return None;
        }
        Some(self.typed_folder().join(self.purpose.with_extension(name)))
    }

    /// Why the choice cannot be used yet, if it cannot.
    pub fn problem(&self) -> Option<String> {
        let Some(path) = self.chosen() else {
            return Some(if self.purpose.writes() {
                "Type a file name.".into()
            } else {
                "Pick a plan file.".into()
            });
        };
        if !self.purpose.writes() {
            return (!path.is_file())
                .then(|| format!("There is no file {} here.", self.name.trim()));
        }
        if self.name.contains(['/', '\\']) {
            Some("A file name cannot contain / or \\; pick the folder above.".into())
        } else if path.is_dir() {
            Some("That is a folder.".into())
        } else if !self.typed_folder().is_dir() {
            Some(format!(
                "There is no folder {}.",
                self.typed_folder().display()
            ))
        } else {
            None
        }
    }

    /// Whether saving would replace a file that is already there.
    pub fn replaces(&self) -> bool {
        self.purpose.writes() && self.chosen().is_some_and(|p| p.is_file())
    }
}

/// Whether the desktop has a file chooser of its own: always on Windows and macOS; on
/// Linux and the BSDs when the XDG desktop portal can be started on the session bus, or
/// zenity is installed (the file dialogs fall back to it).
pub fn desktop_has_chooser() -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    let on_path = |program: &str| {
        std::env::var_os("PATH")
            .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(program).is_file()))
    };
    on_path("zenity") || portal_available()
}

/// A session bus, and the portal's service there (running or startable).
fn portal_available() -> bool {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    if !bus {
        return false;
    }
    let mut data_dirs: Vec<PathBuf> = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".local/share")))
        .into_iter()
        .collect();
    let system = std::env::var_os("XDG_DATA_DIRS")
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| "/usr/local/share:/usr/share".into());
    data_dirs.extend(std::env::split_paths(&system));
    data_dirs.iter().any(|d| {
        d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .is_file()
    })
}

#[cfg(test)]
mod tests {
    use super::{Entry, FileChooser, Purpose};

    fn folder_with_plans() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in ["b.ron", "A.json", "notes.txt", ".hidden.ron"] {
            std::fs::write(dir.path().join(name), "x").expect("write");
        }
        std::fs::create_dir(dir.path().join("older")).expect("mkdir");
        dir
    }

    #[test]
    fn lists_folders_then_plan_files_by_name() {
        let dir = folder_with_plans();
        let chooser = FileChooser::new(Purpose::Open, dir.path(), "");
        let names: Vec<&str> = chooser
            .entries()
            .expect("readable")
            .iter()
            .map(|e| e.name.as_str())
            .collect();
        assert_eq!(names, ["older", "A.json", "b.ron"]);
    }

    #[test]
    fn opening_needs_a_file_that_is_there() {
        let dir = folder_with_plans();
        let mut chooser = FileChooser::new(Purpose::Open, dir.path(), "");
        assert!(chooser.problem().is_some());
        let picked = chooser.pick(&Entry {
            name: "b.ron".into(),
            folder: false,
        });
        assert_eq!(picked, Some(dir.path().join("b.ron")));
        assert_eq!(chooser.problem(), None);
        chooser.name = "missing.ron".into();
        assert!(
            chooser
                .problem()
                .expect("a problem")
                .contains("missing.ron")
        );
    }

    #[test]
    fn saving_adds_the_extension_and_warns_before_replacing() {
        let dir = folder_with_plans();
        let mut chooser = FileChooser::new(Purpose::Save { then: None }, dir.path(), "plan");
        assert_eq!(chooser.chosen(), Some(dir.path().join("plan.ron")));
        assert!(!chooser.replaces());
        chooser.name = "b.ron".into();
        assert!(chooser.replaces());
        chooser.name = "older".into();
        assert_eq!(chooser.chosen(), Some(dir.path().join("older.ron")));
        chooser.name = "sub/plan.ron".into();
        assert!(chooser.problem().is_some());
    }

    #[test]
    fn folders_are_entered_and_left() {
        let dir = folder_with_plans();
        let mut chooser = FileChooser::new(Purpose::Open, dir.path(), "");
        let picked = chooser.pick(&Entry {
            name: "older".into(),
            folder: true,
        });
        assert_eq!(picked, None);
        assert_eq!(chooser.folder(), dir.path().join("older"));
        chooser.up();
        assert_eq!(chooser.folder(), dir.path());
        chooser.folder_text = dir.path().join("nowhere").display().to_string();
        chooser.go_to_typed();
        assert!(chooser.entries().is_err(), "a missing folder says so");
    }

    #[test]
    fn typed_folders_are_taken_from_the_one_shown() {
        let dir = folder_with_plans();
        let mut chooser = FileChooser::new(Purpose::Save { then: None }, dir.path(), "plan");
        chooser.folder_text = "older".into();
        assert_eq!(
            chooser.chosen(),
            Some(dir.path().join("older").join("plan.ron")),
            "a folder typed but not gone to is where the file goes"
        );
        chooser.go_to_typed();
        assert_eq!(chooser.folder(), dir.path().join("older"));
        chooser.folder_text = "../older/./..".into();
        chooser.go_to_typed();
        assert_eq!(chooser.folder(), dir.path());
        chooser.folder_text = "missing".into();
        assert!(chooser.problem().expect("a problem").contains("no folder"));
    }
}
