"""The package as a user gets it: a wheel built from this tree, installed into a fresh virtual
environment, answering from another directory with the knowledge shipped inside it.

Offline on purpose: the wheel is installed with --no-index --no-deps, and the venv finds the
dependencies (rapidfuzz, prompt_toolkit, PyYAML) in the test run's own site-packages through a .pth
file, after its own site-packages, so the chatbot it imports is the one from the wheel.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            "--wheel",
            "--no-isolation",
            "--outdir",
            str(work / "dist"),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    venv_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    outer = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(venv_site, "dependencies_from_the_test_run.pth").write_text("\n".join(sorted(outer)) + "\n")
    wheel = next((work / "dist").glob("*.whl"))
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--no-index",
            "--no-deps",
            "--ignore-installed",
            "--quiet",
            str(wheel),
        ],
        check=True,
        env={**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"},
    )
    return venv


def test_the_wheel_ships_the_knowledge_and_the_type_marker(installed: Path) -> None:
    wheel = next((installed.parent / "dist").glob("*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "chatbot/knowledge/ketamine_chronic_pain.yaml" in names
    assert "chatbot/knowledge/ketamine_chronic_pain.cases.yaml" in names
    assert "chatbot/py.typed" in names
    assert "chatbot/common_words.txt" in names
    assert "chatbot/crisis_model.json" in names
    assert "chatbot/knowledge/ketamine_chronic_pain.yaml.bot.pickle" in names


def test_the_installed_command_answers_from_another_directory(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run(
        [str(installed / "bin" / "ketamine-faq"), "ask", "what is ketamine"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "dissociative anesthetic" in result.stdout
    assert "not medical advice" in result.stdout
    assert "Traceback" not in result.stderr


def test_the_installed_library_is_the_one_in_the_venv(installed: Path, tmp_path: Path) -> None:
    code = (
        "import chatbot, chatbot.index_cache as c, chatbot.knowledge as k; print(chatbot.__file__);"
        " print(chatbot.load().ask('what is ketamine').entry_id);"
        " print(c.load_cached(k.default_knowledge_path()) is not None)"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=True,
    )
    location, entry_id = result.stdout.split()[:2]
    assert Path(location).is_relative_to(installed)
    assert entry_id == "what-is-ketamine"
    assert result.stdout.split()[2] == "True", "the installed package uses its ready-built Bot"
