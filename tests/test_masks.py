"""The numbers that are no figures (``figures/extraction/masks.py``), read from ``lang/en/masks.toml``."""

from __future__ import annotations

import pytest

from figures import extract
from figures.lang import LanguageDataError


@pytest.mark.parametrize("text", [
    "Passengers on Flight 214 were rebooked overnight.",          # a numbered thing
    "The FTSE 100 closed higher on Friday.",                       # an index
    "Police were called to 14 Carlton Road shortly after midnight.",  # a house number
    "Kick-off is at 1930 GMT.",                                    # a clock time and its zone
    "Rovers edged them 2-1 in the replay.",                        # a score after a result word
    "It was a 3-0 home win for the visitors' rivals.",             # a score before a result noun
    "Utilities held up best in the S P 500 on Tuesday.",           # an index, its ampersand dropped
    "Futures on the sp 500 slipped before the open.",              # and lowered
])
def test_the_words_of_masks_toml_make_no_figures(text):
    assert not [f for f in extract(text) if f.kind in ("count", "quantity", "money")], text


def test_a_count_beside_the_same_words_is_still_read():
    found = [f.value for f in extract("Some 214 flights were cancelled and 14 roads closed.") if f.kind == "count"]
    assert found == [214, 14]


def test_bad_masks_file_is_refused(monkeypatch):
    import figures.lang as lang
    real = lang.read
    monkeypatch.setattr(lang, "read", lambda name, language="en": {**real(name, language), "streets": ["Road", "Road"]}
                        if name == "masks" else real(name, language))
    lang.mask_words.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="streets"):
            lang.mask_words()
    finally:
        monkeypatch.setattr(lang, "read", real)
        lang.mask_words.cache_clear()
