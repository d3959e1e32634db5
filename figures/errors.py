"""The exception figures raises when it fails on a document: a bug in figures, not in the input."""

from __future__ import annotations

from collections.abc import Iterable


class InternalError(Exception):
    """An unexpected exception while reading a document.

    ``stage`` names the step that failed (``"extraction"``, ``"rule PW01"``); the
    original exception is ``error`` (and ``__cause__``).  When a rule fails, the
    other rules still ran: ``diagnostics`` holds what they found.
    """

    def __init__(self, stage: str, error: Exception, diagnostics: Iterable = ()) -> None:
        super().__init__(f"internal error in {stage}: {type(error).__name__}: {error}")
        self.stage = stage
        self.error = error
        self.diagnostics = list(diagnostics)
        self.__cause__ = error


def guarded(stage: str, function, *args, expected: tuple[type[Exception], ...] = ()):
    """``function(*args)``, with any exception (not an interrupt, nor one of ``expected``) raised as
    an InternalError of ``stage``."""
    try:
        return function(*args)
    except (InternalError, *expected):
        raise
    except Exception as error:
        raise InternalError(stage, error) from error
