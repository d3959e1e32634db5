"""What a reader of the rendered text never sees, found in one pass: HTML comments."""

from __future__ import annotations

from collections.abc import Iterator


def html_comments(text: str) -> Iterator[tuple[int, str, int | None]]:
    """Each HTML comment: where it starts, its body, and where it ends (None when it is unclosed:
    then, as in CommonMark, it runs to the end of the text)."""
    at = text.find("<!--")
    while at >= 0:
        close = text.find("-->", at + 4)
        if close < 0:
            yield at, text[at + 4:], None
            return
        yield at, text[at + 4:close], close + 3
        at = text.find("<!--", close + 3)
