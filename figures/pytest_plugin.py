"""pytest plugin (entry point ``pytest11``): warm figures once per session.

Loading the plugin imports nothing heavy.  When the collected tests use
``figures.testing`` or ``figures.strategies``, the extractor, the rules, the
pint registry and the spaCy pipeline are built once before the first test, so hypothesis deadlines
measure the code under test, not figures' start-up.
"""

from __future__ import annotations

import sys

_USERS = ("figures.testing", "figures.strategies")
_SAMPLE = ("date 2022-03-29 Brussels: Over 10 million fled, including 4 million children, 150 km (93 miles) away. "
           "The talks were held on March 3, 2022.")


def pytest_collection_finish(session) -> None:
    if any(name in sys.modules for name in _USERS):
        warm()


def warm() -> None:
    """Build everything figures builds on first use: patterns, rules, the pint registry, the parser."""
    from figures.testing import assert_consistent

    assert_consistent(_SAMPLE)
