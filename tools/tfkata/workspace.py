"""A learner's workspace, apart from the installed kit: `tfkata init` makes one, `tfkata update` brings in a newer
kit's exercises.

A workspace is a folder with the marker (paths.MARKER, holding the kit version it was made with), the learner's
``exercises/``, a README of the loop, a ``.gitignore`` and a CI workflow that installs that version of the kit.
Inside it, tfkata, plain pytest and the notebook API grade its ``exercises/`` with the installed graders and keep
their state in its ``.tfkata/`` (tfkata.paths).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from . import catalogue
from .durable import FilesError, write_atomic
from .i18n import _
from .manifest import version
from .paths import MARKER, STUBS, TEMPLATES, find_workspace
from .sources import function_span, replace_function

WORKFLOW = Path(".github") / "workflows" / "tfkata.yml"
PIN = re.compile(r'^(\s*TFKATA_VERSION:\s*)"[^"]*"', re.MULTILINE)  # the workflow's pin of the kit version

README = """# My tfkata exercises

Made by `tfkata init` (tfkata {version}). Edit `exercises/*.py`; the installed kit grades them.

- `tfkata watch`: the first exercise not done, graded again at every save.
- `tfkata check fundamentals.scale_pixels`: grade one exercise; `tfkata hint ID` when stuck.
- `tfkata progress`, or plain `pytest`: grade everything.
- `tfkata update`, after `pip install -U tfkata`: adds a newer kit's exercises; your code stays as it is.

The CI workflow (`.github/workflows/tfkata.yml`) grades each push with tfkata {version}.
"""

GITIGNORE = ".tfkata/\n__pycache__/\n.pytest_cache/\n.hypothesis/\n.venv/\n"


def _marker(kit_version: str) -> str:
    return ("# A tfkata workspace: tfkata, pytest and the notebook API here grade exercises/ with the installed kit.\n"
            "# `tfkata update` adds a newer kit's exercises and sets this version.\n"
            f'version = "{kit_version}"\n')


def _workflow(kit_version: str) -> str:
    text = (TEMPLATES / "github-actions" / "tfkata.yml").read_text(encoding="utf-8")
    return PIN.sub(rf'\g<1>"{kit_version}"', text)


def init(folder: Path) -> list[Path]:
    """Make a workspace in ``folder`` (created if missing); returns the files written.

    Refuses (FilesError, nothing written) when any of them exists already, or ``folder`` is inside a workspace.
    """
    folder = folder.expanduser().absolute()
    inside = find_workspace(folder)
    if inside is not None:
        raise FilesError(_("{folder} is already in the tfkata workspace {workspace}: run `tfkata update` there "
                           "to add a newer kit's exercises").format(folder=folder, workspace=inside))
    kit_version = version()
    files = {folder / "exercises" / stub.name: stub.read_text(encoding="utf-8") for stub in sorted(STUBS.glob("*.py"))}
    files.update({folder / "README.md": README.format(version=kit_version), folder / ".gitignore": GITIGNORE,
                  folder / WORKFLOW: _workflow(kit_version), folder / MARKER: _marker(kit_version)})
    there = [path for path in files if path.exists()]
    if there:
        raise FilesError(_("{folder} already has {files}: nothing was written; give another folder").format(
            folder=folder, files=", ".join(str(p.relative_to(folder)) for p in there)))
    try:
        for path, text in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, text)
    except OSError as error:
        raise FilesError(_("cannot write {path}: {reason}").format(path=error.filename or folder,
                                                                   reason=error.strerror or error)) from None
    return list(files)


def _release(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text.split("+")[0])[:3])


def update(workspace: Path) -> list[str]:
    """Bring the workspace up to the installed kit: each missing module copied from its stub, each missing
    exercise function appended from the stub; the learner's code is never changed. Sets the marker's and the
    workflow's version. Returns what was done, one line each."""
    kit_version = version()
    marker = workspace / MARKER
    try:
        made_with = tomllib.loads(marker.read_text(encoding="utf-8")).get("version", "")
    except (OSError, ValueError):
        made_with = ""
    if _release(made_with) > _release(kit_version):
        raise FilesError(_("the workspace is at tfkata {made_with}, newer than the installed {version}: "
                           "pip install -U tfkata").format(made_with=made_with, version=kit_version))
    done = []
    exercises = workspace / "exercises"
    try:
        exercises.mkdir(exist_ok=True)
        for stub in sorted(STUBS.glob("*.py")):
            mine, stub_source = exercises / stub.name, stub.read_text(encoding="utf-8")
            if not mine.exists():
                write_atomic(mine, stub_source)
                done.append(_("added {path}").format(path=f"exercises/{stub.name}"))
                continue
            try:
                source = mine.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                done.append(_("left out {path}: not UTF-8 text").format(path=f"exercises/{stub.name}"))
                continue
            missing = [e.function for e in catalogue.load().exercises.values()
                       if f"{e.module}.py" == stub.name and function_span(source, e.function) is None]
            for function in missing:
                source = replace_function(source, function, stub_source)  # appended: the module has none
            if missing:
                write_atomic(mine, source)
                done.append(_("added {functions} to {path}").format(
                    functions=", ".join(f"{f}()" for f in missing), path=f"exercises/{stub.name}"))
        workflow = workspace / WORKFLOW
        if workflow.is_file():
            text = workflow.read_text(encoding="utf-8")
            if PIN.search(text) and PIN.sub(rf'\g<1>"{kit_version}"', text) != text:
                write_atomic(workflow, PIN.sub(rf'\g<1>"{kit_version}"', text))
                done.append(_("the CI workflow now installs tfkata {version}").format(version=kit_version))
        if made_with != kit_version:
            write_atomic(marker, _marker(kit_version))
    except OSError as error:
        raise FilesError(_("cannot update {path}: {reason}").format(path=error.filename or workspace,
                                                                    reason=error.strerror or error)) from None
    done.append(_("the workspace is at tfkata {version} (it was at {before})").format(
        version=kit_version, before=made_with or "?") if made_with != kit_version else
        _("the workspace is at tfkata {version}").format(version=kit_version))
    return done
