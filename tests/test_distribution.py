"""The distribution (issue 11, item 1): built as a wheel named figures-check, with the import package and
the command still ``figures``, its extras, its licence and its type marker; the README installs it so."""

from __future__ import annotations

import email
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                           capture_output=True, text=True, timeout=300)
    if built.returncode:
        pytest.skip(f"no wheel could be built here (pip wheel: {built.stderr.strip().splitlines()[-1:]})")
    (path,) = out.glob("*.whl")
    return zipfile.ZipFile(path)


def _metadata(wheel: zipfile.ZipFile) -> email.message.Message:
    (name,) = [n for n in wheel.namelist() if n.endswith(".dist-info/METADATA")]
    return email.message_from_string(wheel.read(name).decode())


def test_the_wheel_is_figures_check_with_its_extras(wheel):
    metadata = _metadata(wheel)
    assert metadata["Name"] == "figures-check"
    assert {"hypothesis", "tables", "compare"} <= set(metadata.get_all("Provides-Extra"))
    required = " ".join(metadata.get_all("Requires-Dist"))
    for optional in ("pandas", "quantulum3", "hypothesis"):
        assert all("extra ==" in r for r in metadata.get_all("Requires-Dist") if r.startswith(optional)), optional
    assert "pint" in required and "spacy" in required


def test_the_wheel_holds_the_package_the_command_the_licence_and_the_type_marker(wheel):
    names = wheel.namelist()
    assert "figures/__init__.py" in names and "figures/py.typed" in names
    assert any(n.endswith("LICENSE") for n in names)
    (entry_points,) = [n for n in names if n.endswith("entry_points.txt")]
    assert re.search(r"^figures\s*=\s*figures\.cli:main$", wheel.read(entry_points).decode(), re.M)
    assert any(n.startswith("figures/builtin_rules/") and n.endswith(".toml") for n in names)
    assert any(n.startswith("figures/lang/en/") and n.endswith(".toml") for n in names)
    assert "figures/formats/__init__.py" in names  # every subpackage is declared
    assert {"figures/report/html_report.css", "figures/report/html_report.js"} <= set(names)


def test_the_readme_installs_the_distribution_by_its_name():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert 'pip install "figures-check[hypothesis]"' in readme
    assert not re.search(r"pip install ['\"]?figures(?:\[|['\"\s])", readme)  # Open edX's "Figures" is not ours


def test_a_missing_extra_names_the_extra_to_install(monkeypatch):
    from figures.extras import require

    monkeypatch.setitem(sys.modules, "pandas", None)  # as if not installed: importing it raises ImportError
    with pytest.raises(ImportError, match=r"pip install 'figures-check\[tables\]'"):
        require("pandas", "tables", "figures.to_frame")
