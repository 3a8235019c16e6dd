"""Tamper evidence: hashes of every file that takes part in grading, shipped with the kit.

Every grading run compares the files with ``grading.sha256``; a difference is reported
with the verdicts (evidence, not proof: the manifest can be edited too). Maintainers
regenerate it after changing a grader, a check or the catalogue:

    python -m tfkata.manifest
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

from .paths import GRADERS, PACKAGE

MANIFEST = PACKAGE / "grading.sha256"
# What grades, named as in the kit's repository: the kit's code, catalogue, pytest settings of grading, pristine
# stubs and compiled translations (the lessons' words), and the graders. Each name's folder is where it is
# installed (tfkata.paths), so a wheel verifies as the checkout does.
COVERED = {"tools/tfkata": ("*.py", "catalogue.toml", "grading.ini", "stubs/*.py", "locale/*/LC_MESSAGES/*.mo"),
           "tests/graders": ("*.py",)}
FOLDERS = {"tools/tfkata": PACKAGE, "tests/graders": GRADERS}


def digest(path: Path) -> str:
    """sha256 of the file with line endings made LF, so a Windows checkout hashes the same."""
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def current() -> dict[str, str]:
    found = {f"{name}/{p.relative_to(FOLDERS[name]).as_posix()}": p
             for name, patterns in COVERED.items() for pattern in patterns
             for p in FOLDERS[name].glob(pattern) if p.is_file()}
    return {name: digest(found[name]) for name in sorted(found)}


def recorded() -> dict[str, str]:
    if not MANIFEST.is_file():
        return {}
    entries = (line.split(maxsplit=1) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip())
    return {name.strip(): sha for sha, name in entries}


def differences() -> list[str]:
    """Each covered file that is changed, missing or not in the manifest, as 'path (changed)'."""
    have, want = current(), recorded()
    if not want:
        return ["tools/tfkata/grading.sha256 (missing)"]
    changed = [f"{name} (changed)" for name in want if name in have and have[name] != want[name]]
    missing = [f"{name} (missing)" for name in want if name not in have]
    added = [f"{name} (not in the manifest)" for name in have if name not in want]
    return changed + missing + added


def fingerprint() -> str:
    """Which graders a verdict came from: the hash of the shipped manifest (one per kit version)."""
    return hashlib.sha256(MANIFEST.read_bytes().replace(b"\r\n", b"\n")).hexdigest()[:16] if MANIFEST.is_file() else ""


def version() -> str:
    """The kit's version, as installed."""
    from importlib import metadata

    try:
        return metadata.version("tfkata")
    except metadata.PackageNotFoundError:
        return "unknown"


def write() -> Path:
    MANIFEST.write_text("".join(f"{sha}  {name}\n" for name, sha in current().items()), encoding="utf-8")
    return MANIFEST


if __name__ == "__main__":
    print(f"wrote {write()}: {len(recorded())} files")
    sys.exit(0)
