"""Run a workflow of templates/github-actions/ on this machine, as far as this machine allows.

The workflow's one job runs its steps in order in a fresh workspace. ``run:`` steps run unchanged,
with bash as GitHub runs them, in an environment with the workflow's, the job's and the step's
``env`` and GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, RUNNER_TEMP and CI. ``uses:`` steps are emulated:

- ``actions/checkout``: the learner's repository is a copy of ``--learner`` (another repository
  is not emulated);
- ``actions/setup-python``: a venv of this interpreter, whatever ``python-version`` says, whose
  site-packages reach this environment's through a .pth file, put first on PATH;
- ``actions/upload-artifact``: a copy of ``path`` into ``artifacts/<name>/``.

The package index is the folder ``--find-links`` (a wheel of the kit, built with ``python -m build
--wheel --no-isolation --outdir DIR``): every step's environment has the PIP_* variables of
offline_pip(DIR), so that the workflow's own ``pip install "tfkata==X"`` installs that wheel, with no
network and nothing changed in this environment. ``if:`` is honoured for success(),
failure() and always(): a step that fails fails the job, and the steps after it run only if they
say always() or failure(). Anything else (another action or input, an expression, a key) is
refused before the first step runs, never guessed.

    python tests/ci_template/run_locally.py WORKFLOW --learner DIR --find-links DIR --out DIR

Exits 0 when the job succeeds, 1 when it fails, 2 when the workflow cannot be run here. Leaves in
``--out``: workspace/, artifacts/<name>/, temp/, summary.md (the job's summary) and steps.json (each
step's name, outcome, exit code and output).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

import yaml

# pip with no index, no dependencies (the Python stand-in reaches this environment's) and no configuration file or
# cache of this machine; it ignores what is installed, as on a fresh runner: else this environment's editable tfkata,
# seen through the stand-in's .pth file, would satisfy `pip install "tfkata==X"` and nothing would be installed.
OFFLINE_PIP = {"PIP_NO_INDEX": "1", "PIP_NO_DEPS": "1", "PIP_IGNORE_INSTALLED": "1", "PIP_NO_CACHE_DIR": "1",
               "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PIP_CONFIG_FILE": os.devnull}
EXPRESSION = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
# How GitHub runs a `run:` script on Linux, by the step's `shell`.
SHELLS = {None: ["bash", "-e"], "bash": ["bash", "--noprofile", "--norc", "-eo", "pipefail"]}
STEP_KEYS = {"name", "id", "uses", "with", "run", "if", "env", "working-directory", "shell"}
JOB_KEYS = {"env", "steps", "timeout-minutes"}
JOB_KEYS_IGNORED = {"name", "runs-on", "permissions", "concurrency"}  # nothing to do with them here
CONDITIONS = {"success()", "failure()", "always()"}


def offline_pip(find_links: Path) -> dict[str, str]:
    """pip's environment for installing from the wheels in ``find_links`` alone."""
    return {**OFFLINE_PIP, "PIP_FIND_LINKS": str(find_links)}


class Unsupported(Exception):
    """Something in the workflow that this script does not emulate."""


def python_stand_in(folder: Path) -> Path:
    """A venv of this interpreter at ``folder`` whose site-packages reach this environment's
    (a .pth file); returns its bin folder. pip installs into it, never into this environment."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    here = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    Path(site, "stand-in.pth").write_text("".join(f"{path}\n" for path in here), encoding="utf-8")
    return python.parent


def base_environ() -> dict[str, str]:
    """This process's environment less what would lead a step back here or into another job:
    PYTHONPATH, the active venv (and its bin on PATH), PIP_*, TFKATA_*, GITHUB_*, RUNNER_*."""
    environ = {name: value for name, value in os.environ.items()
               if not name.startswith(("GITHUB_", "RUNNER_", "TFKATA_", "PIP_"))
               and name not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    active = str(Path(sys.prefix) / "bin")
    environ["PATH"] = os.pathsep.join(p for p in environ.get("PATH", "").split(os.pathsep) if p != active)
    return environ


class Job:
    """The workflow's one job, checked at once, run by ``execute``."""

    def __init__(self, workflow: dict, learner: Path, find_links: Path, out: Path):
        jobs = workflow.get("jobs") or {}
        if len(jobs) != 1:
            raise Unsupported(f"the workflow has {len(jobs)} jobs; this script runs a workflow of one")
        (self.name, self.job), = jobs.items()
        unknown = set(self.job) - JOB_KEYS - JOB_KEYS_IGNORED
        if unknown:
            raise Unsupported(f"job {self.name}: {', '.join(sorted(unknown))} not emulated")
        self.env = {name: str(value) for name, value in {**workflow.get("env", {}), **self.job.get("env", {})}.items()}
        self.learner, self.pip = learner, offline_pip(find_links)
        self.workspace, self.artifacts, self.temp = out / "workspace", out / "artifacts", out / "temp"
        self.summary, self.log = out / "summary.md", out / "steps.json"
        self.path: list[str] = []  # folders setup-python put first on PATH
        self.base = base_environ()
        for step in self.job["steps"]:
            self._check(step)

    def _check(self, step: dict) -> None:
        where = f"step {step.get('name') or step.get('uses')!r}"
        unknown = set(step) - STEP_KEYS
        if unknown:
            raise Unsupported(f"{where}: {', '.join(sorted(unknown))} not emulated")
        if self._condition(step) not in CONDITIONS:
            raise Unsupported(f"{where}: if: {step['if']} not emulated")
        if "run" in step and step.get("shell") not in SHELLS:
            raise Unsupported(f"{where}: shell {step['shell']} not emulated")
        for text in (step.get("run", ""), step.get("working-directory", ""), *(step.get("with") or {}).values(),
                     *(step.get("env") or {}).values()):
            self.expand(text, where)
        if "uses" in step:
            action = step["uses"].split("@")[0]
            if action not in ACTIONS:
                raise Unsupported(f"{where}: {action} not emulated")
            unknown = set(step.get("with") or {}) - ACTIONS[action][1]
            if unknown:
                raise Unsupported(f"{where}: {action} input {', '.join(sorted(unknown))} not emulated")

    @staticmethod
    def _condition(step: dict) -> str:
        return EXPRESSION.sub(r"\1", str(step.get("if", "success()"))).strip()

    def expand(self, text, where: str) -> str:
        """``text`` with its expressions evaluated: env.NAME, runner.temp, github.workspace."""
        def value(match: re.Match) -> str:
            expression = match.group(1)
            name = expression.removeprefix("env.")
            if name != expression and name in self.env:
                return self.env[name]
            known = {"runner.temp": str(self.temp), "github.workspace": str(self.workspace)}
            if expression not in known:
                raise Unsupported(f"{where}: ${{{{ {expression} }}}} not emulated")
            return known[expression]
        return EXPRESSION.sub(value, str(text))

    def environ(self, step: dict, where: str) -> dict[str, str]:
        environ = {**self.base, **self.pip, **self.env,
                   **{name: self.expand(value, where) for name, value in (step.get("env") or {}).items()},
                   "CI": "true", "GITHUB_ACTIONS": "true", "RUNNER_OS": "Linux", "RUNNER_TEMP": str(self.temp),
                   "GITHUB_WORKSPACE": str(self.workspace), "GITHUB_STEP_SUMMARY": str(self.summary)}
        environ["PATH"] = os.pathsep.join([*self.path, environ["PATH"]])
        return environ

    def execute(self) -> bool:
        """Run every step as GitHub would; True when the job succeeds. Writes steps.json."""
        for folder in (self.workspace, self.artifacts, self.temp):
            folder.mkdir(parents=True)
        self.summary.touch()
        deadline = time.monotonic() + 60 * float(self.job.get("timeout-minutes", 360))
        failed, log = False, []
        for number, step in enumerate(self.job["steps"], 1):
            name = step.get("name") or step.get("uses") or step["run"].splitlines()[0]
            condition = self._condition(step)
            if not (condition == "always()" or (condition == "failure()") == failed):
                log.append({"name": name, "outcome": "skipped", "exit_code": None, "output": ""})
                print(f"== {name}: skipped", flush=True)
                continue
            print(f"== {name}", flush=True)
            if "uses" in step:
                action = step["uses"].split("@")[0]
                inputs = {key: self.expand(value, name) for key, value in (step.get("with") or {}).items()}
                code, output = ACTIONS[action][0](self, inputs)
            else:
                code, output = self._script(step, number, name, deadline)
            print(output, end="" if output.endswith("\n") or not output else "\n", flush=True)
            failed = failed or code != 0
            log.append({"name": name, "outcome": "success" if code == 0 else "failure", "exit_code": code,
                        "output": output})
        self.log.write_text(json.dumps(log, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return not failed

    def _script(self, step: dict, number: int, name: str, deadline: float) -> tuple[int, str]:
        script = self.temp / f"step-{number}.sh"
        script.write_text(self.expand(step["run"], name) + "\n", encoding="utf-8")
        cwd = self.workspace / self.expand(step.get("working-directory", "."), name)
        process = subprocess.Popen([*SHELLS[step.get("shell")], str(script)], cwd=cwd, env=self.environ(step, name),
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
        try:
            output, _ = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            output, _ = process.communicate()
            return 1, output + "the job ran past its timeout-minutes\n"
        return process.returncode, output

    # ---------------------------------------------------------------- the actions, emulated

    def checkout(self, inputs: dict) -> tuple[int, str]:
        target = self.workspace / inputs.get("path", ".")
        shutil.copytree(self.learner, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns(".git"))
        return 0, f"emulated: the learner's repository is a copy of {self.learner}\n"

    def setup_python(self, inputs: dict) -> tuple[int, str]:
        if inputs.get("cache"):
            dependencies = inputs.get("cache-dependency-path")
            if not dependencies:
                raise Unsupported("setup-python: caching without cache-dependency-path not emulated")
            if not (self.workspace / dependencies).is_file():  # setup-python fails so
                return 1, f"cache-dependency-path {dependencies} matches no file\n"
        folder = self.temp / "python"
        self.path.insert(0, str(python_stand_in(folder)))
        return 0, (f"emulated: Python {inputs.get('python-version')} is this Python, {platform.python_version()}, "
                   f"in a venv at {folder} that sees {sysconfig.get_path('purelib')}; pip: "
                   + " ".join(f"{name}={value}" for name, value in self.pip.items()) + "\n")

    def upload_artifact(self, inputs: dict) -> tuple[int, str]:
        path = inputs["path"].strip()
        if "\n" in path or any(c in path for c in "*?[!"):
            raise Unsupported(f"upload-artifact: path {path!r} (several paths, or a pattern) not emulated")
        source, destination = self.workspace / path, self.artifacts / inputs["name"]
        if destination.exists():
            return 1, f"an artifact is already named {inputs['name']}\n"
        if not source.exists():
            severity = inputs.get("if-no-files-found", "warn")
            message = f"No files were found with the provided path: {path}. No artifacts will be uploaded.\n"
            return (1, f"Error: {message}") if severity == "error" else (0, f"{severity}: {message}")
        destination.mkdir()
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, destination / source.name)
        return 0, f"emulated: uploaded {path} as the artifact {inputs['name']}\n"


# Each action emulated: how, and the inputs it takes.
ACTIONS = {"actions/checkout": (Job.checkout, {"path", "persist-credentials"}),
           "actions/setup-python": (Job.setup_python, {"python-version", "cache", "cache-dependency-path"}),
           "actions/upload-artifact": (Job.upload_artifact, {"name", "path", "if-no-files-found", "retention-days"})}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("workflow", type=Path)
    parser.add_argument("--learner", type=Path, required=True, help="the folder the learner's repository holds")
    parser.add_argument("--find-links", type=Path, required=True,
                        help="a folder holding the kit's wheel: pip's only package index")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder for the run")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    if out.exists() and any(out.iterdir()):
        parser.error(f"{out} is not empty")
    if not args.find_links.is_dir():
        parser.error(f"--find-links {args.find_links} is not a folder")
    try:
        job = Job(yaml.safe_load(args.workflow.read_text(encoding="utf-8")), args.learner.resolve(),
                  args.find_links.resolve(), out)
        succeeded = job.execute()
    except Unsupported as error:
        print(f"run_locally: {error}", file=sys.stderr)
        return 2
    print(f"== job {job.name}: {'success' if succeeded else 'failure'} (steps in {job.log})")
    return 0 if succeeded else 1


if __name__ == "__main__":
    sys.exit(main())
