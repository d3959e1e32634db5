"""An input's name as CI tools want it: a path relative to the project, a SARIF URI."""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import quote

STDIN = "<stdin>"


def project_path(path: str, root: str | None = None) -> str:
    """``path`` with forward slashes, relative to ``root`` (default: GitLab's ``CI_PROJECT_DIR``,
    else the working directory) when it lies inside it; otherwise as given."""
    if path == STDIN:
        return path
    root = root or os.environ.get("CI_PROJECT_DIR") or os.getcwd()
    given = Path(path)
    if given.is_absolute():
        try:
            given = given.resolve().relative_to(Path(root).resolve())
        except (ValueError, OSError):
            return given.as_posix()
    return PurePosixPath(*given.parts).as_posix() if given.parts else path


def artifact_uri(path: str) -> str:
    """A SARIF ``artifactLocation.uri``: a relative URI reference for a path inside the project
    (see ``project_path``), a ``file://`` URI for one outside it; characters a URI cannot hold
    are percent-encoded."""
    if path == STDIN:
        return quote(path, safe="")
    relative = Path(project_path(path))
    if relative.is_absolute():
        return relative.as_uri()
    return quote(relative.as_posix(), safe="/")
