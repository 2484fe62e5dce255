"""The package as a user gets it: a wheel built from this tree, installed into a fresh virtual
environment, answering from another directory with the knowledge shipped inside it.

Offline on purpose, as tests/wheel_venv.py (shared with the start-up benchmark) explains: the
wheel goes in with --no-index --no-deps, and the venv finds the dependencies in the test run's own
site-packages, after its own, so the chatbot it imports is the one from the wheel.
"""

from __future__ import annotations

import importlib.util
import subprocess
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _wheel_venv() -> ModuleType:
    """tests/wheel_venv.py, which builds the wheel and the venv for the start-up benchmark too."""
    spec = importlib.util.spec_from_file_location("wheel_venv", ROOT / "tests" / "wheel_venv.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")  # once per worker: a module fixture is rebuilt when its tests run apart
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    wheel_venv = _wheel_venv()
    return wheel_venv.install_in_fresh_venv(wheel_venv.build_wheel(work), work)


def test_the_wheel_ships_the_knowledge_and_the_type_marker(installed: Path) -> None:
    wheel = next((installed.parent / "dist").glob("ketamine_faq-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "chatbot/knowledge/ketamine_chronic_pain.yaml" in names
    assert "chatbot/knowledge/ketamine_chronic_pain.cases.yaml" in names
    assert "chatbot/py.typed" in names
    assert "chatbot/common_words.txt" in names
    assert "chatbot/safety/training/safety_train.yaml" in names, "the crisis model's training messages"
    assert not any("heldout" in name or "safety_test" in name for name in names), "no measuring set"
    assert {"chatbot/web/page.html", "chatbot/web/page.js", "chatbot/web/page.css"} <= names  # serve's page
    assert "hatch_build.py" not in names
    assert "chatbot/knowledge/ketamine_chronic_pain.yaml.bot.pickle" in names
    assert "chatbot/knowledge/article.txt" in names  # the source the quotes are checked against


def test_the_installed_knowledge_finds_its_article(installed: Path, tmp_path: Path) -> None:
    code = "import chatbot; print(chatbot.load().knowledge.source_file)"
    result = _run_python(installed, code, tmp_path)
    article = Path(result.stdout.strip())
    assert article.is_relative_to(installed), "the ready-built Bot points at the installed article"
    shipped = (ROOT / "knowledge" / "article.txt").read_bytes()
    assert article.read_bytes() == shipped


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
        "import chatbot, chatbot.prebuilt as p, chatbot.knowledge as k; print(chatbot.__file__);"
        " print(chatbot.load().ask('what is ketamine').entry_id);"
        " print(p.load_prebuilt(k.shipped_knowledge_path()) is not None)"
    )
    result = _run_python(installed, code, tmp_path)
    location, entry_id = result.stdout.split()[:2]
    assert Path(location).is_relative_to(installed)
    assert entry_id == "what-is-ketamine"
    assert result.stdout.split()[2] == "True", "the installed package uses the prebuilt Bot its wheel carries"


def _run_python(venv: Path, code: str, directory: Path) -> subprocess.CompletedProcess[str]:
    """`code` run by the venv's python from `directory`, outside the checkout."""
    return subprocess.run(
        [str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, cwd=directory, check=True
    )
