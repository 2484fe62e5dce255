"""The package as a user gets it: a wheel built from this tree, installed by pip into a fresh venv.

Used by tests/test_wheel.py and benchmarks/run.py (start-up is timed on it). Offline on purpose:
the wheel is installed with --no-index --no-deps, and the venv finds the dependencies (rapidfuzz,
prompt_toolkit, PyYAML) in the running interpreter's site-packages through a .pth file, after its
own site-packages, so the chatbot it imports is the one from the wheel. pip byte-compiles what it
installs, as it did the dependencies.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_QUIET_PIP = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}


def build_wheel(directory: Path) -> Path:
    """A wheel of this tree, written into `directory`/dist (the build backend must be installed)."""
    dist = directory / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(dist), str(ROOT)],
        check=True, capture_output=True, env=_QUIET_PIP,
    )  # fmt: skip
    return next(dist.glob("ketamine_faq-*.whl"))


def install_in_fresh_venv(wheel: Path, directory: Path) -> Path:
    """A new venv in `directory`/venv with `wheel` installed; returns the venv's directory."""
    venv = directory / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    venv_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(venv_site, "dependencies_from_the_running_python.pth").write_text("\n".join(sorted(outer)) + "\n")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--ignore-installed",
         str(wheel)],
        check=True, capture_output=True, env=_QUIET_PIP,
    )  # fmt: skip
    return venv
