"""List counts: "three countries: France and Germany" states a count and enumerates it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.lang import counting_words
from figures.model import Figure
from figures.parsing import Parses
from figures.relations.positions import FigureIndex

#: After the count's noun phrase (a few words: "three galleries for renovation", "two players were
#: sent off"), what opens its list: a colon, a dash aside, "namely", a bracket.
_HEAD = re.compile(
    r"(?P<noun>(?:\s+[A-Za-z'’-]+){1,6}?)\s*(?::|\s[-–—]\s|,\s+(?:namely|including\s+only)\s|\s\()\s*", re.I)
#: "the four coastal counties of Brevard, Volusia and Flagler": a list of names after "of".
_OF = re.compile(r"(?P<noun>(?:\s+[A-Za-z'’-]+){1,3}?)\s+of\s+(?=[A-Z])")
_END = re.compile(r"[.;)!?]|,\s+(?:which|who|whose|where|while|but|as|after|before|according)\b"
                  r"|,\s+(?:[\w'’-]+\s+){1,3}(?:said|says|told|reported|added|confirmed)\b"
                  r"|\s[-–—]\s|\n\s*\n")
#: A comma that separates items, not the thousands of a number ("$1,200, $3,400 and $5,600").
_COMMA = r"(?:(?<!\d),|,(?!\d))"
_SPLIT = re.compile(rf"\s*{_COMMA}\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: A figure that counts the word after it ("nine men"), not a label or an amount ("the 12, the 47",
#: "$1,200, $3,400 and $5,600").
_COUNTS_A_NOUN = re.compile(rf"\s+(?!(?:{'|'.join(sorted(counting_words().joins))})\b)[a-z]")
_INNER_AND = re.compile(r"\b[A-Z][\w'’.-]*\s+and\s+[A-Z]")
#: Two names of two words or more joined by "and" are two items ("guitarists Rob Kale and Lee
#: Dunn"), not one name as "Trinidad and Tobago" may be.
_NAME = r"[A-Z][\w'’.-]*\s+[A-Z][\w'’.-]*"
_TWO_FULL_NAMES = re.compile(rf"\b{_NAME}\s+and\s+{_NAME}")


@dataclass(frozen=True)
class ListCount:
    """``count`` and the items written after it (``fewest``..``most`` by the ways "and" can be read);
    ``usual``: the items when an "and" after commas is the list's own ("Oslo, Bergen and
    Trondheim": three), None when there are no commas; ``certain``: the list is surely the count's
    (not so for a list after "of")."""

    count: Figure
    noun: str
    items: tuple[str, ...]
    fewest: int
    most: int
    end: int
    usual: int | None = None
    certain: bool = True


def find_list_counts(document, figures: list[Figure], parses: Parses | None = None) -> list[ListCount]:
    text = document.analysis_text
    index = FigureIndex(figures)
    found = []
    for figure in figures:
        if figure.kind != "count" or figure.qualifier or figure.value is None or not 2 <= figure.value <= 20 \
                or figure.value != int(figure.value):
            continue
        _, sentence_end = document.sentence_at(figure.start)
        head, certain = _HEAD.match(text, figure.end), True
        if head is None:
            apposed = _apposed(parses, figure)
            if apposed is not None:
                found.append(apposed)
                continue
            head, certain = _OF.match(text, figure.end), False
            if head is None or not text[max(0, figure.start - 4):figure.start].lower().endswith("the "):
                continue
        if not _plural(parses, figure, head.group("noun")):
            continue
        if any(other.kind in ("count", "money", "quantity", "percent") for other in index.within(figure.end, head.end())):
            continue  # "12 people in three cities:": the list is the nearer count's
        stop = _END.search(text, head.end(), sentence_end)
        listed = text[head.end():stop.start() if stop else sentence_end]
        if any(other.kind in ("count", "money", "quantity", "percent") and _COUNTS_A_NOUN.match(text, other.end)
               for other in index.within(head.end(), head.end() + len(listed))):
            continue  # "17 survivors - nine men, six women and two children": counted parts, not items
        items = tuple(item for item in _SPLIT.split(listed.strip()) if item)
        if len(items) < (2 if certain else 3) or any(len(item.split()) > 5 for item in items):
            continue
        if not certain and not all(item[:1].isupper() for item in items):
            continue
        inner = len(_INNER_AND.findall(listed))  # "Trinidad and Tobago" may be one item
        usual = _usual(listed)  # "fish and chips, bangers and mash, and pie": three
        fewest, most = len(items) - inner, len(items)
        if usual is not None:
            fewest, most = min(fewest, usual), max(most, usual)
        found.append(ListCount(figure, head.group("noun").strip(), items, fewest, most,
                               head.end() + len(listed), usual, certain))
    return found


def _apposed(parses: Parses | None, figure: Figure) -> ListCount | None:
    """"The two suspects, a driver, a guard and a cook, were charged": a list in apposition to the
    count's noun, read from the parse (the apposed noun and its conjuncts), closed by "and".  The
    parser's apposition may take in what is not the noun's, so the reading is not certain."""
    if parses is None:
        return None
    span = parses.span(figure.start, figure.end)
    if span is None:
        return None
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    noun = root.head
    if root.dep_ != "nummod" or noun.i < root.i or noun.tag_ not in ("NNS", "NNPS"):
        return None
    apposed = [child for child in noun.children if child.dep_ == "appos" and child.left_edge.i == noun.i + 2
               and child.doc[noun.i + 1].text == "," and not child.like_num]
    if not apposed:
        return None
    items, current = [apposed[0]], apposed[0]
    while True:
        conjuncts = [child for child in current.children if child.dep_ == "conj"]
        if not conjuncts:
            break
        current = conjuncts[0]
        items.append(current)
    joins = [child for item in items for child in item.children if child.dep_ == "cc"]
    if len(items) < 2 or [join.lower_ for join in joins] != ["and"] or any(item.like_num for item in items):
        return None
    last = items[-1].right_edge
    doc = last.doc
    if last.i + 2 >= len(doc) or doc[last.i + 1].text != "," or doc[last.i + 2].pos_ not in ("VERB", "AUX") \
            or not (doc[last.i + 2].is_ancestor(noun) or doc[last.i + 2].head.is_ancestor(noun)):
        return None  # the apposition closes with a comma before its clause's verb: "a driver, a guard and a cook, were"
    if any(token.like_num for token in doc[apposed[0].left_edge.i:last.i + 1]):
        return None  # "Bull will have four members, Honeywell two and NEC one": gapped clauses, not names
    bounds = [item.left_edge.i for item in items[1:]] + [last.i + 1]
    texts = tuple(" ".join(token.text for token in last.doc[item.left_edge.i:stop]
                           if not token.is_punct and token.dep_ != "cc") for item, stop in zip(items, bounds))
    end = figure.end + (last.idx + len(last.text) - span[-1].idx - len(span[-1].text))
    return ListCount(figure, noun.text, texts, len(items), len(items), end, None, False)


def _plural(parses: Parses | None, figure: Figure, words: str) -> bool:
    """The count counts a plural noun: from the parse, the noun its number modifies ("three
    galleries for renovation"); without one, the last word before the list."""
    if parses is not None:
        span = parses.span(figure.start, figure.end)
        if span is not None:
            root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
            if root.dep_ == "nummod" and root.head.i > root.i:
                return root.head.tag_ in ("NNS", "NNPS")
            return False
    return words.strip().lower().endswith("s")


def _usual(listed: str) -> int | None:
    """The items of a list with commas when its last "and" (or "or") joins the last item and an
    "and" before it is inside an item; None without commas ("Trinidad and Tobago and Jamaica")."""
    segments = [segment.strip() for segment in re.split(_COMMA, listed.strip()) if segment.strip()]
    if len(segments) < 2:
        return None
    last = re.sub(r"^(?:and|or)\s+", "", segments[-1])
    people = sum(1 for segment in segments[:-1] if _TWO_FULL_NAMES.search(segment))
    return len(segments) - 1 + people + (2 if re.search(r"\s(?:and|or)\s", last) else 1)
