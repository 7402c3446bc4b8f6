"""The README's Layout section matches the tree: every top-level folder has its bullet, every file or folder
a bullet names exists, and a bullet that lists a folder's modules (or recipes) lists all of them."""

import fnmatch
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SKIPPED = ("__init__.py", "__main__.py")


def layout_bullets() -> dict[str, str]:
    """``{folder: bullet text}`` for each ``- `folder/`: ...`` bullet of the README's ``## Layout``."""
    text = (ROOT / "README.md").read_text()
    section = text.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    bullets = re.split(r"\n(?=- `)", section.strip())
    found = {}
    for bullet in bullets:
        match = re.match(r"- `([\w.-]+)/`:", bullet)
        assert match, f"README Layout: a bullet that does not start with a folder: {bullet[:60]!r}"
        found[match.group(1)] = bullet
    return found


def ignored(name: str) -> bool:
    """Hidden folders and what .gitignore ignores (virtual environments, runs, build output)."""
    patterns = [line.strip().rstrip("/") for line in (ROOT / ".gitignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    return name.startswith(".") or any(fnmatch.fnmatch(name, p) for p in patterns)


def test_every_top_level_folder_has_a_bullet():
    folders = {p.name for p in ROOT.iterdir() if p.is_dir() and not ignored(p.name)}
    missing = folders - set(layout_bullets())
    assert not missing, f"README Layout has no bullet for {sorted(missing)}: add one"
    gone = set(layout_bullets()) - folders
    assert not gone, f"README Layout describes folders that do not exist: {sorted(gone)}"


@pytest.mark.parametrize("folder", sorted(layout_bullets()))
def test_what_a_bullet_names_exists(folder):
    text = re.sub(r"no `[^`]+`", "", layout_bullets()[folder])  # "(no `__init__.py`)" names what must not exist
    named = re.findall(r"`([\w./-]+(?:\.py|\.yaml|/))`", text)
    missing = [n for n in named if not ((ROOT / folder / n).exists() or (ROOT / n).exists())]
    assert not missing, f"README Layout, `{folder}/`: {missing} do not exist"


@pytest.mark.parametrize("folder", sorted(layout_bullets()))
def test_a_bullet_listing_a_folders_files_lists_all(folder):
    bullet = layout_bullets()[folder]
    for suffix in (".py", ".yaml"):
        named = {n for n in re.findall(rf"`([\w.-]+\{suffix})`", bullet) if (ROOT / folder / n).is_file()}
        if not named:
            continue  # this bullet describes the folder without listing its files
        present = {p.name for p in (ROOT / folder).glob(f"*{suffix}") if p.name not in SKIPPED}
        assert present <= named, f"README Layout, `{folder}/` does not name {sorted(present - named)}"
