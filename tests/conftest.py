"""Shared test configuration: hypothesis profiles and the one pint registry for comparisons.

Hypothesis profiles (select with the environment variable ``HYPOTHESIS_PROFILE``):

* ``ci`` (default): few examples, no deadline, so the whole suite stays fast;
* ``thorough``: many more examples, for a local hunt before a release.

The pint registry used by the tests to *compare* units is built lazily, once per
test session (building one takes a noticeable fraction of a second).
"""

from __future__ import annotations

import os

import pytest

try:  # hypothesis is in the [test] extra; the table tests do not need it
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover
    settings = None

if settings is not None:
    _SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]
    settings.register_profile(
        "ci", max_examples=100, deadline=None, suppress_health_check=_SLOW, print_blob=True
    )
    settings.register_profile(
        "thorough", max_examples=2_000, deadline=None, suppress_health_check=_SLOW,
        print_blob=True,
    )
    settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


_REGISTRY = None


def unit_registry():
    """The session's pint registry for comparing units (built on first use)."""
    global _REGISTRY
    if _REGISTRY is None:
        import pint

        _REGISTRY = pint.UnitRegistry()
    return _REGISTRY


@pytest.fixture(scope="session")
def ureg():
    """The pint registry the tests compare units with (one per session)."""
    return unit_registry()


@pytest.fixture
def draft(tmp_path):
    """Write a draft into the test's folder: ``draft(text, "name.md")`` gives its path."""
    def write(text: str, name: str) -> str:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write
