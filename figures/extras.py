"""Optional packages: imported where they are used, with the install hint when they are absent."""

from __future__ import annotations

import importlib
from types import ModuleType

#: The distribution's name on the package index (the import package and the command are ``figures``).
DISTRIBUTION = "figures-check"


def install_hint(extra: str) -> str:
    return f"pip install '{DISTRIBUTION}[{extra}]'"


def require(module: str, extra: str, needed_by: str) -> ModuleType:
    """``module`` imported, or an ImportError that says which extra installs it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ImportError(f"{needed_by} needs {module.split('.')[0]}: {install_hint(extra)}") from None
