"""A finding's fingerprint: a stable hash that CI uses to tell a new problem from one already known.

It hashes the rule, the input's project path, the flagged words and the
message, not the line: adding a paragraph above a problem keeps its
fingerprint, editing the figures changes it.  Identical findings in one input
are told apart by their order.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from figures.report.locations import project_path

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Diagnostic


def fingerprints(document: Document, diagnostics: Iterable[Diagnostic]) -> list[str]:
    """One hex SHA-256 fingerprint per diagnostic, in order."""
    seen: Counter = Counter()
    found = []
    path = project_path(document.path)
    for diagnostic in diagnostics:
        key = "\x1f".join((diagnostic.code, path, document.text[diagnostic.start:diagnostic.end],
                           diagnostic.message))
        seen[key] += 1
        found.append(hashlib.sha256(f"{key}\x1f{seen[key]}".encode()).hexdigest())
    return found
