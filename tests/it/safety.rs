//! The user's files are never lost: output locations decided on resolved paths, foreign folders
//! refused, interrupted swaps recovered, symlinks out of the site refused, `translate` writes
//! atomically, and odd names and links are reported with their position.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::{Command, Output};

use letterpress::BuildOptions;

use crate::support::{Fixture, find};

fn letterpress(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn build_to(f: &Fixture, root: &Path, output: &Path) -> Result<(), letterpress::Diagnostics> {
    let options = BuildOptions {
        root: root.to_path_buf(),
        output: output.to_path_buf(),
        ..f.options()
    };
    letterpress::build(&options).map(|_| ())
}

fn assert_sources_intact(f: &Fixture) {
    let article = f.read_source("content/en/guide/decline.md");
    assert!(article.contains("title: Declining an offer"), "{article}");
    assert!(f.root().join("locales/en/letters/note.ftl").is_file());
    assert!(f.root().join("site.yaml").is_file());
}

#[test]
fn an_output_reached_through_a_symlinked_root_never_replaces_the_sources() {
    let f = Fixture::new("basic");
    let outer = tempfile::tempdir().unwrap();
    let link = outer.path().join("link");
    symlink(f.root(), &link).unwrap();
    // The reviewer's case: `cd link && letterpress build --output "$PWD/content"`.
    let out = letterpress(
        &["build", "--output", &format!("{}/content", link.display())],
        &link,
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("refusing to write the site to"),
        "{}",
        stderr(&out)
    );
    // `--root <symlink> --output <real path>/content`, and `--output <link>/locales`.
    for (root, output) in [
        (link.clone(), f.root().join("content")),
        (f.root().to_path_buf(), link.join("locales")),
        (link.clone(), link.join("themes")),
        (link.clone(), f.root().to_path_buf()),
        (f.root().to_path_buf(), link.join("content/en/../../static")),
        (link.clone(), link.join("site.yaml")),
    ] {
        let d = build_to(&f, &root, &output).unwrap_err();
        assert_eq!(d.0[0].code, "unsafe-output", "{output:?}: {d}");
    }
    // An output folder whose own path is a symlink into the sources.
    let sneaky = outer.path().join("public");
    symlink(f.root().join("content"), &sneaky).unwrap();
    assert!(build_to(&f, f.root(), &sneaky).is_err());
    assert_sources_intact(&f);
}

#[test]
fn the_root_the_home_folder_and_files_are_refused_as_outputs() {
    let f = Fixture::new("basic");
    let home = tempfile::tempdir().unwrap();
    let file = f.root().join("notes.txt");
    fs::write(&file, "keep me").unwrap();
    for output in ["/", ".", f.root().parent().unwrap().to_str().unwrap()] {
        let out = Command::new(env!("CARGO_BIN_EXE_letterpress"))
            .args(["build", "--output", output])
            .current_dir(f.root())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{output}: {}", stderr(&out));
    }
    let out = Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--force", "--root"])
        .arg(f.root())
        .arg("--output")
        .arg(home.path())
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("home folder"), "{}", stderr(&out));
    let d = build_to(&f, f.root(), &file).unwrap_err();
    assert!(d.0[0].message.contains("is not a folder"), "{d}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep me");
    assert_sources_intact(&f);
}

#[test]
fn a_folder_letterpress_did_not_make_is_never_deleted_without_force() {
    let f = Fixture::new("basic");
    let victim = f.root().join("victim");
    fs::create_dir(&victim).unwrap();
    fs::write(victim.join("precious.txt"), "mine").unwrap();
    let d = build_to(&f, f.root(), &victim).unwrap_err();
    let refusal = find(&d, "unsafe-output");
    assert!(
        refusal.message.contains("not made by letterpress") && refusal.message.contains("--force"),
        "{d}"
    );
    assert_eq!(
        fs::read_to_string(victim.join("precious.txt")).unwrap(),
        "mine"
    );

    // An empty folder, and then the folder letterpress made, are fine to (re)use.
    let empty = f.root().join("empty");
    fs::create_dir(&empty).unwrap();
    build_to(&f, f.root(), &empty).unwrap();
    assert!(empty.join(".letterpress").is_file());
    build_to(&f, f.root(), &empty).unwrap();

    // `--force` replaces the foreign folder.
    let forced = BuildOptions {
        output: victim.clone(),
        force: true,
        ..f.options()
    };
    letterpress::build(&forced).unwrap();
    assert!(!victim.join("precious.txt").exists());
    assert!(victim.join("en/index.html").is_file());
}

#[test]
fn a_build_after_a_crash_mid_swap_puts_the_site_back_even_if_it_fails() {
    let f = Fixture::new("basic");
    f.built();
    let output = f.output();
    let aside = output.with_file_name(".public.letterpress-old");
    // The state a kill between the two renames of the swap leaves.
    fs::rename(&output, &aside).unwrap();
    f.write("content/en/guide/decline.md", "no front matter\n");
    assert!(f.build().is_err());
    assert!(
        output.join("en/index.html").is_file(),
        "the site was not restored"
    );
    assert!(!aside.exists());
}

#[test]
fn the_staging_folder_is_never_inside_the_output() {
    let f = Fixture::new("basic");
    let out_dir = tempfile::tempdir().unwrap();
    let site = out_dir.path().join("site");
    fs::create_dir(&site).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_letterpress"))
        .args(["build", "--output", ".", "--root"])
        .arg(f.root())
        .current_dir(&site)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let names: Vec<String> = fs::read_dir(&site)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        !names.iter().any(|n| n.contains("letterpress-")),
        "{names:?}"
    );
    assert!(site.join("en/index.html").is_file());
}

#[test]
fn symlinks_out_of_the_site_are_reported_and_never_read() {
    let f = Fixture::new("basic");
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.txt");
    fs::write(&secret, "---\ntitle: SECRET-LINE\n").unwrap();
    fs::create_dir_all(f.root().join("themes/default/static")).unwrap();
    symlink(
        "/proc/self/environ",
        f.root().join("themes/default/static/env.txt"),
    )
    .unwrap();
    symlink(&secret, f.root().join("content/en/guide/passwd.md")).unwrap();
    symlink(outside.path(), f.root().join("content/en/elsewhere")).unwrap();
    let d = f.failed();
    let text = d.to_string();
    for link in [
        "themes/default/static/env.txt",
        "content/en/guide/passwd.md",
        "content/en/elsewhere",
    ] {
        assert!(
            d.0.iter()
                .any(|x| x.code == "symlink-outside" && x.path == Path::new(link)),
            "{link} not reported:\n{text}"
        );
    }
    assert!(!text.contains("SECRET-LINE"), "{text}");
    assert!(!f.exists("env.txt"));
}

#[test]
fn symlinks_inside_the_site_keep_working() {
    let f = Fixture::new("basic");
    f.write("shared/note.txt", "shared text");
    fs::create_dir_all(f.root().join("themes/default/static")).unwrap();
    symlink(
        "../../../shared/note.txt",
        f.root().join("themes/default/static/note.txt"),
    )
    .unwrap();
    f.built();
    assert_eq!(f.read("note.txt"), "shared text");
}

#[test]
fn fragments_that_scroll_to_the_top_are_not_missing_anchors() {
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/withdrawn.md",
        "---\ntitle: W\ndescription: D\n---\n## Ask why {#ask-why}\n\n[Back up](#top), [up](#), [other](decline.md#top)\n",
    );
    f.built();
}

#[test]
fn names_that_are_not_url_segments_are_reported_with_their_path() {
    for name in ["my article", "x.", "new\nline", "a?b"] {
        let f = Fixture::new("basic");
        f.write(
            &format!("content/en/guide/{name}.md"),
            "---\ntitle: T\ndescription: D\n---\nText\n",
        );
        let d = f.failed();
        let problem = find(&d, "invalid-slug");
        assert!(problem.path.to_string_lossy().contains("guide/"), "{d}");
        assert!(problem.message.contains("rename it or set `slug:`"), "{d}");
    }
    // With a valid `slug:`, the file name does not matter.
    let f = Fixture::new("basic");
    f.write(
        "content/en/guide/my article.md",
        "---\ntitle: T\ndescription: D\nslug: my-article\n---\nText\n",
    );
    f.built();
    assert!(f.exists("en/guide/my-article/index.html"));
}

#[test]
fn a_theme_outside_themes_is_an_error_with_its_position() {
    let f = Fixture::new("basic");
    let config = f.read_source("site.yaml");
    f.write("site.yaml", format!("{config}theme: ../../../../etc\n"));
    let d = f.failed();
    let problem = find(&d, "invalid-theme");
    assert_eq!(problem.line, config.lines().count() + 1, "{d}");
    assert!(problem.col > 1, "{d}");
}

#[test]
fn a_slug_taking_a_reserved_path_is_reported_at_its_line() {
    for reserved in ["letters", "search", "translations"] {
        let f = Fixture::new("basic");
        f.write(
            "content/en/taken.md",
            format!("---\ntitle: T\ndescription: D\nslug: {reserved}\n---\nText\n"),
        );
        let d = f.failed();
        let problem = find(&d, "duplicate-slug");
        assert_eq!((problem.line, problem.col), (4, 7), "{d}");
    }
}

#[test]
fn io_errors_keep_their_acronym() {
    let f = Fixture::new("basic");
    symlink(
        "/nonexistent/letterpress",
        f.root().join("content/en/dangling.md"),
    )
    .unwrap();
    let text = f.failed().to_string();
    assert!(text.contains("IO error"), "{text}");
    assert!(!text.contains("iO error"), "{text}");
}

fn refresh(f: &Fixture) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_letterpress"));
    c.args([
        "translate",
        "guide/decline",
        "--to",
        "de",
        "--refresh",
        "--root",
    ])
    .arg(f.root());
    c
}

#[test]
fn translate_refresh_on_a_full_disk_leaves_the_translation_whole() {
    use std::os::unix::process::CommandExt;
    let f = Fixture::new("basic");
    let path = "content/de/guide/decline.md";
    f.write(
        path,
        format!(
            "---\ntitle: T\ndescription: D\n---\n{}\n",
            "Text. ".repeat(2000)
        ),
    );
    let before = f.read_source(path);
    let mut cmd = refresh(&f);
    // A file-size limit makes every write past 4 KiB fail, as a full disk does.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit {
                rlim_cur: 4096,
                rlim_max: 4096,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("it was left unchanged"),
        "{}",
        stderr(&out)
    );
    assert_eq!(f.read_source(path), before);
    let leftovers: Vec<_> = fs::read_dir(f.root().join("content/de/guide"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| n.to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Without the limit the same command succeeds.
    let out = refresh(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(f.read_source(path).contains("source_hash: "));
}

#[test]
fn translate_never_writes_through_a_symlink_or_a_hard_link() {
    let f = Fixture::new("basic");
    let target = f.root().join("content/de/guide/decline.md");
    let elsewhere = f.root().join("de-decline.txt");
    fs::rename(&target, &elsewhere).unwrap();
    symlink(&elsewhere, &target).unwrap();
    let before = fs::read_to_string(&elsewhere).unwrap();
    let out = refresh(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("symlink"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&elsewhere).unwrap(), before);

    fs::remove_file(&target).unwrap();
    fs::hard_link(&elsewhere, &target).unwrap();
    let out = refresh(&f).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("hard links"), "{}", stderr(&out));
    assert_eq!(fs::read_to_string(&elsewhere).unwrap(), before);
}
