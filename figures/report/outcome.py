"""What became of one input, as every report sees it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.model import Figure


@dataclass(frozen=True)
class Work:
    """What checking one input took: the figures read, the links the rules found between them, the
    rules run, and those of them that were skipped because the input has no dateline."""

    figures: int = 0
    relations: int = 0
    rules: int = 0
    skipped: tuple[str, ...] = ()  # codes of the rules that need a dateline, when there is none
    found: tuple[Figure, ...] = ()  # the figures themselves, in text order (the HTML report marks them)


@dataclass(frozen=True)
class Outcome:
    """One input: its document (``None`` when it could not be read), what was found in it
    (diagnostics or figures), the one-line errors it gave (unreadable, internal error), and for
    ``figures check`` the work done on it."""

    path: str
    document: Document | None
    items: list = field(default_factory=list)
    errors: tuple[str, ...] = ()
    work: Work | None = None

    def file_record(self, found: str) -> dict:
        """The JSON Lines status record of this input; ``found`` names what ``items`` holds
        (``problems`` or ``figures``).  Its status is ``error`` when the input could not be read or
        fully checked, ``problems`` when problems were found, else ``ok``."""
        status = "error" if self.errors else "problems" if found == "problems" and self.items else "ok"
        return {"type": "file", "path": self.path, "status": status, found: len(self.items),
                "errors": list(self.errors)}
