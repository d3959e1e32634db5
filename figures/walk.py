"""The inputs of a run: the paths given, with folders walked and globs expanded, less what is excluded.

As in ruff, a folder is walked for the file types figures reads, skipping what the ``exclude`` and
``extend-exclude`` of each folder's configuration match and what ``.gitignore`` files ignore; a
path named on the command line is always read, unless ``force_exclude``.  A glob (``"docs/**/*.md"``,
quoted so that the shell leaves it alone) is expanded here, with ``**`` matching any depth; what it
matches is filtered as a walk's files are, but not by type: the pattern has chosen them.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from figures.config import ConfigError, Configs
from figures.formats import SUFFIXES as FORMAT_SUFFIXES

if TYPE_CHECKING:  # pragma: no cover
    from pathspec import GitIgnoreSpec

#: The file types a folder walk picks up: those figures reads (``figures.formats``).
SUFFIXES = tuple(FORMAT_SUFFIXES)
_GLOB = frozenset("*?[")
STDIN = "-"


class Unmatched(Exception):
    """A glob that matches no file."""

    def __init__(self, pattern: str) -> None:
        super().__init__(f"{pattern}: no file matches")
        self.path = pattern
        self.problem = "no file matches"


def expand(paths: Iterable[str], configs: Configs, force_exclude: bool = False) -> Iterator[str | Unmatched]:
    """Each input to read, in order: files as named, the files under folders, the matches of globs
    (an Unmatched for a glob that matches nothing)."""
    ignores = GitIgnores()
    for path in paths:
        if path == STDIN:
            yield path
        elif os.path.isdir(path):
            if not (force_exclude and _excluded(configs, path, folder=True)):
                yield from _walk(path, configs, ignores)
        elif os.path.lexists(path) or not _GLOB & set(path):
            if not (force_exclude and _excluded(configs, path)):
                yield path  # a missing file is reported when it is read
        else:
            yield from _globbed(path, configs, ignores)


def _globbed(pattern: str, configs: Configs, ignores: GitIgnores) -> Iterator[str | Unmatched]:
    """The matches of ``pattern``; its fixed part (``build`` in ``build/**/*.html``) is named, so the
    patterns that exclude it are disregarded, as for a folder named on the command line."""
    matched = sorted(glob.glob(pattern, recursive=True))
    if not matched:
        yield Unmatched(pattern)
    parts = Path(pattern).parts
    fixed = str(Path(*parts[:next(n for n, part in enumerate(parts) if _GLOB & set(part))] or "."))
    for path in matched:
        folder = os.path.isdir(path)
        if not (_excluded(configs, path, folder, fixed) or ignores.ignored(path, folder, fixed)):
            yield from _walk(path, configs, ignores) if folder else (path,)


def _walk(top: str, configs: Configs, ignores: GitIgnores) -> Iterator[str]:
    """The files of the types figures reads under folder ``top``, sorted, less those skipped.  ``top``
    is walked even if it is excluded or ignored itself: the patterns that match it are disregarded."""

    def skipped(path: str, folder: bool = False) -> bool:
        return _excluded(configs, path, folder, top) or ignores.ignored(path, folder, top)

    for folder, subfolders, files in os.walk(top):
        subfolders[:] = sorted(name for name in subfolders if not skipped(os.path.join(folder, name), True))
        for name in sorted(files):
            path = os.path.join(folder, name)
            if name.lower().endswith(SUFFIXES) and not skipped(path):
                yield path


def _excluded(configs: Configs, path: str, folder: bool = False, top: str | None = None) -> bool:
    """Whether the configuration of the folder holding ``path`` excludes it (disregarding the patterns
    that match folder ``top``); a broken one excludes nothing: its problems are reported when its
    files are read."""
    try:
        config = configs.for_path(path)
    except ConfigError:
        return False
    return _matches(config.exclude_spec, config.relative(path), folder,
                    config.relative(top) if top else None)


def _matches(spec: GitIgnoreSpec, relative: str, folder: bool, top: str | None = None) -> bool | None:
    """Whether ``spec`` ignores ``relative`` (True), re-includes it (False) or says nothing (None): the
    last pattern that matches decides, of those that do not match folder ``top``."""
    path = relative + "/" if folder else relative
    if top is None:
        return spec.check_file(path).include
    top += "/"
    for pattern in reversed(spec.patterns):
        if pattern.include is not None and pattern.match_file(path) and not pattern.match_file(top):
            return pattern.include
    return None


class GitIgnores:
    """What Git ignores, as Git does: inside a work tree, the ``.gitignore`` of a path's folder and of
    each folder above it up to the top, and ``.git/info/exclude``; outside one, nothing."""

    def __init__(self) -> None:
        self._folders: dict[Path, tuple[tuple[Path, GitIgnoreSpec], ...] | None] = {}

    def ignored(self, path: str, folder: bool = False, top: str | None = None) -> bool:
        """Whether Git ignores ``path`` (disregarding the patterns that match folder ``top``): the
        deepest ignore file that matches it decides."""
        absolute = Path(os.path.abspath(path))
        above = Path(os.path.abspath(top)) if top else None
        for base, spec in reversed(self._specs(absolute.parent) or ()):
            inside = above is not None and above.is_relative_to(base)
            verdict = _matches(spec, absolute.relative_to(base).as_posix(), folder,
                               above.relative_to(base).as_posix() if inside else None)
            if verdict is not None:
                return verdict
        return False

    def _specs(self, folder: Path) -> tuple[tuple[Path, GitIgnoreSpec], ...] | None:
        """The ignore files that apply in ``folder``, outermost first; None outside a work tree."""
        if folder not in self._folders:
            git = folder / ".git"
            if git.exists():
                exclude = git / "info" / "exclude"
                above = ((folder, _read_spec(exclude)),) if exclude.is_file() else ()
            else:
                above = None if folder.parent == folder else self._specs(folder.parent)
            own = folder / ".gitignore"
            self._folders[folder] = None if above is None else (
                above + (((folder, _read_spec(own)),) if own.is_file() else ()))
        return self._folders[folder]


def _read_spec(path: Path) -> GitIgnoreSpec:
    from pathspec import GitIgnoreSpec

    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    return GitIgnoreSpec.from_lines(lines)
