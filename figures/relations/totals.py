"""Sums: parts listed against a stated total, and shares of one whole."""

from __future__ import annotations

import re
from dataclasses import dataclass

from figures.extraction.inflection import change_word_forms
from figures.extraction.unit_words import trie_pattern
from figures.lang import total_words
from figures.model import Figure
from figures.parsing import Parses
from figures.relations.counting import counted
from figures.relations.parts import PartOf, compatible
from figures.relations.positions import FigureIndex, SentenceTest

_TOTAL_CUE = re.compile(
    r"\b(?:a\s+(?:combined\s+)?total\s+of|totall?ing|totall?ed|in\s+total\s+of|a\s+combined)\s+$", re.I)
_TOTAL_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}\s+(?:in\s+all|in\s+total|altogether|combined)\b", re.I)
#: Between two coordinated parts: at most three words (no verb but "were"), then a comma or "and".
_COORDINATED = re.compile(r"(?:\s+(?!of\b)(?:were|was|are|is|[a-z]+(?<!ed)))?(?:\s+(?!of\b)[a-z]+(?<!ed)){0,2}"
                          r"\s*(?:,|,?\s+and)\s+(?:were\s+|was\s+)?", re.I)
_BEFORE_TOTAL = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?:,|-|–|—)\s*(?:for\s+)?(?:(?:a\s+(?:combined\s+)?total\s+of"
                           r"|totall?ing|a\s+combined)\s+)?", re.I)
_AFTER_TOTAL = re.compile(r"(?:\s+[a-z]+){0,2}\s*(?::|\(|-|–|—)\s*", re.I)
#: A sentence that tells a change or a comparison holds no total of its figures: a verb or adverb of
#: change in any form ("rose", "slumped", "higher"), or a word of comparison or rate.
_CHANGE = re.compile(rf"\b(?:{trie_pattern(change_word_forms())}|from|to|compared|vs|versus|against|than"
                     r"|per(?!\s+cent)|each|a\s+year|annual)\b", re.I)
_SHARE_AFTER = re.compile(r"^\s+(?:of\s+(?:the\s+)?(?P<noun>[a-z]+)|(?P<verb>voted|backed|supported|opposed"
                          r"|favoured|favored|chose|preferred))\b", re.I)


@dataclass(frozen=True)
class Total:
    """``parts`` listed against ``total``; ``exhaustive`` when the total is said to be their sum."""

    total: Figure
    parts: tuple[Figure, ...]
    exhaustive: bool
    cue: str
    others: tuple[Figure, ...] = ()  # other figures the words allow as the total ("of whom" after two counts)
    certain: bool = True  # the words leave no other reading of the parts as parts of this total


@dataclass(frozen=True)
class Shares:
    """Percentages that divide one whole ("40% said yes, 45% no and 20% were undecided")."""

    percents: tuple[Figure, ...]


def find_totals(document, figures: list[Figure], part_of: list[PartOf], parses: Parses | None = None) -> list[Total]:
    text = document.analysis_text
    index = FigureIndex(figures)
    changes = SentenceTest(document, _CHANGE)
    found = []
    for link in part_of:  # "of whom 3 were ... and 4 ...": the parts listed after the cue
        if link.fronted:
            continue  # "Of the 40 patients, ...": read by find_splits
        parts = _listed_after(document, index, link.part)
        if len(parts) >= 2:
            found.append(Total(link.wholes[-1], parts, False, link.cue, link.wholes[:-1]))
    for total in figures:
        explicit = _TOTAL_CUE.search(text[max(0, total.start - 25):total.start]) or \
            _TOTAL_AFTER.match(text[total.end:total.end + 30])
        if not explicit or total.value is None or changes(total.start):
            continue
        parts = _listed_before(document, index, total) or _listed_after_colon(document, index, total)
        if len(parts) >= 2 and (parses is None or _one_rate(parses, parts)):
            found.append(Total(total, parts, True, explicit.group().strip()))
    if parses is not None:
        seen = {link.total for link in found}  # one reading of a total: the cue's first
        found += [link for link in find_splits(document, figures, parses) if link.total not in seen]
    return found


_AMOUNTS = frozenset({"count", "money", "quantity"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


#: More amounts than this in one sentence make a table or a run-on list, not a whole and its parts
#: said in prose; its sums are not read (every pair of its figures would be tried).
_MOST_AMOUNTS = 40


def find_splits(document, figures: list[Figure], parses: Parses) -> list[Total]:
    """Wholes split into listed parts, read from the parse.

    * A split verb ("divided into", "split between", "comprise", "made up of",
      "break down as": ``lang/en/totals.toml``) whose subject, or object, holds
      the whole ("The 64 delegates", "revenue of €7.8bn"); the parts are the
      coordinated figures after the verb ("15, 15, 15 and 15"; "Europe (€4.1bn),
      the Americas (€2.2bn) and Asia (€1.9bn)"; "nine at Oakfield, six at
      Birchmont and five at Pine Hill"), and they are the whole (exhaustive).
      A verb of ``[splits] subjects`` takes the whole as its subject ("the
      reserves comprise 1.6 mln tons ... and ...": the object is a part), one of
      ``objects`` as its object as well ("output totalled 3.2 mln tonnes, with
      ..."); the parts must hang on the verb.
    * A fronted "Of the 1,250 votes cast, A received 610, B 420 and C 270": the
      parts are coordinated figures of the main clause, after the comma, the
      verb said once ("£8m came from donors, £3m from companies and ..."), not
      each part with its own ("25 were women and 30 were over 60" may overlap);
      they need not be all of it.
    * A sum after its parts ("14 from the river, 9 from the bridge and 6 from the
      bank - 27 in all", ``[sums]``): exhaustive.
    * A list after a colon that closes the whole's clause ("The $2.4 million
      grant will fund three projects: $1.1 million for ..."), when no other
      figure of its kind stands between: the parts may not be all of it, and the
      reading is not certain (a warning at most).

    Items are figures of the whole's kind and unit (or dimensionality) that
    count what it counts (``counted``: an item with a noun of its own must name
    the whole's noun, unless the whole counts members); they are joined by a
    comma or "and" (the last by "and"), with no finite verb, alternative ("or")
    or comparison between them (``[breaks]``).
    """
    words = total_words()
    amounts = [f for f in figures if f.kind in _AMOUNTS and f.value is not None and f.qualifier != "range"]
    by_sentence: dict[int, list[Figure]] = {}
    for figure in amounts:
        by_sentence.setdefault(document.sentence_index(figure.start), []).append(figure)
    found = []
    for sentence in by_sentence.values():
        if not 3 <= len(sentence) <= _MOST_AMOUNTS:
            continue
        spans = {figure: parses.span(figure.start, figure.end) for figure in sentence}
        if any(span is None for span in spans.values()):
            continue
        for total in sentence:
            before = [f for f in sentence if f.end < total.start
                      and (_restates(total, f) or _unit_shared(f, total, spans, sentence))]
            if before and _sum_after(spans[total], words) and _ends_before(spans[before[-1]], spans[total]):
                parts = _coordinated(before, spans, words)
                if parts and parts[-1] is before[-1] and len(parts) >= 2 and _restates(total, parts[-1]) \
                        and _one_rate(parses, parts) \
                        and all(_counts_the_same(parses, total, part, words, restated=True) for part in parts):
                    found.append(Total(total, parts, True, " ".join(_sum_after(spans[total], words))))
                    break
            colon = _colon_after(spans[total])
            if colon is not None and len(before) == 0:
                candidates = [f for f in sentence if spans[f].start > colon and compatible(f, total)]
                others = [f for f in sentence if total.end < f.start and spans[f].start < colon and compatible(f, total)]
                parts = _coordinated(candidates, spans, words)
                if not others and len(parts) >= 2 and parts[0] is candidates[0] \
                        and all(_counts_the_same(parses, total, part, words) for part in parts):
                    found.append(Total(total, parts, False, ":", certain=False))
                    break
            reading = _split_of(spans[total], words)
            if reading is None:
                continue
            after, exhaustive, cue, group = reading
            verb = spans[total].doc[after]
            candidates = [f for f in sentence if f.start > total.end and spans[f].start > after
                          and (not exhaustive or verb.is_ancestor(spans[f].root))  # the verb's own complement
                          and (compatible(f, total) or _elided(f, total, spans[f]))]
            parts = _coordinated(candidates, spans, words, gapped=not exhaustive)
            if parts and not compatible(parts[0], total):
                continue  # "with 25 points for selling and 25 for ...": an item leaves out the unit of one before it
            if parts and _broken(spans[total].doc[max(after + 1, spans[total].end):spans[parts[0]].start], words):
                continue  # "totalled 1.43 billion dlrs, against 1.53 billion in February and ...": compared, not split
            if len(parts) >= 2 and all(_counts_the_same(parses, total, part, words, group=group) for part in parts):
                if exhaustive and any(token.lower_ in words.remainder for token in verb.doc[spans[total].end:]):
                    exhaustive = False  # "and the others go to independents": not every part is listed
                kinds = all(_counts_the_same(parses, total, part, words) for part in parts)
                found.append(Total(total, parts, exhaustive, cue, certain=kinds))
                break
    return found


def _sum_after(span, words) -> tuple[str, ...] | None:
    """The words after a figure that make it a sum ("27 in all", "21 people in total"), or None."""
    doc = span.doc
    for skip in (0, 1):
        if skip and not (span.end < len(doc) and doc[span.end].pos_ == "NOUN"):
            break
        following = [token.lower_ for token in doc[span.end + skip:span.end + skip + 2]]
        for phrase in words.sums:
            if tuple(following[:len(phrase)]) == phrase:
                return phrase
    return None


def _ends_before(last, total) -> bool:
    """The last part is followed by the total after a comma or a dash, a few words of its own
    between ("6 from the bank - 27 in all"), with no verb."""
    between = last.doc[last.end:total.start]
    return len(between) <= 6 and any(token.text in (",", "-", "–", "—") for token in between[-2:]) \
        and not any(token.pos_ in ("VERB", "AUX") or token.like_num for token in between)


def _colon_after(span) -> int | None:
    """The index of a colon that closes the figure's clause a few words later ("The $2.4 million grant
    will fund three projects: ..."), or None."""
    doc = span.doc
    for token in doc[span.end:]:
        if token.text == ":":
            return token.i
        if token.text in (";", "(", ")") or token.lower_ in ("and", "but", "or") and token.dep_ == "cc" \
                and token.head.pos_ in ("VERB", "AUX"):
            return None
    return None


def _split_of(span, words) -> tuple[int, bool, str, bool] | None:
    """If the figure ``span`` holds a whole that its sentence splits: the token after which the parts
    stand, whether they are all of it, the cue, and whether the whole is the members of a group ("the
    sample of 2,474 patients consisted of ...")."""
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    holder = root.head if root.dep_ in ("nummod", "quantmod", "compound", "nmod") else root
    while holder.dep_ in ("compound", "amod") and holder.head.i != holder.i:
        holder = holder.head  # "the 11-member board"
    group = False
    while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head.head  # "revenue of €7.8bn"
        group = holder.i < span.start and root.dep_ == "nummod"  # "the panel of 15 councillors"
    doc = span.doc
    first = next((token for token in doc if not token.is_punct), None)
    if first is not None and first.lower_ == "of" and first.i < span.start \
            and all(token.tag_ in ("DT", "PRP$") for token in doc[first.i + 1:span.start]):
        comma = next((token for token in doc[span.end:] if token.text == ","), None)
        return (comma.i, False, "of the", False) if comma is not None else None
    clause = next((child for noun in (root.head, holder) for child in noun.children
                   if child.dep_ == "acl" and child.i > span.end), None)
    if holder.dep_ == "ROOT" and holder.i >= span.end and holder.i != root.i:
        verb, role = holder, "nsubj"  # "The £600m package comprises ...": the subject misread as the verb's compound
    elif clause is not None:
        verb, role = clause, "nsubj"  # "the squad of 26 players made up of ...", or a verb misread so
    elif holder.dep_ in ("nsubj", "nsubjpass", "dobj"):
        verb, role = holder.head, holder.dep_
    else:
        return None
    particles = {child.lower_ for child in verb.children if child.dep_ == "prt"}
    for lemma, particle in words.object_splits if role == "dobj" else words.splits:
        if verb.lemma_.lower() == lemma and (particle is None or particle in particles):
            return (verb.i, True, f"{verb.text}" + (f" {particle}" if particle else ""), group)
    return None


def _restates(total: Figure, part: Figure) -> bool:
    """The part is of the total's kind and unit, or a rate of the total's unit: a sum restated after
    its parts may leave their period out ("4,916 tonnes a year, or 6,834 tonnes combined")."""
    if compatible(part, total):
        return True
    unit, _, period = (part.unit or "").partition(" / ")
    return part.kind == total.kind == "quantity" and bool(period) and unit == total.unit


def _one_rate(parses: Parses, parts: tuple[Figure, ...]) -> bool:
    """The parts are of one unit and one period ("300 cars a day and 2,000 a week" are not)."""
    return len({part.unit for part in parts} - {None}) <= 1 \
        and len({counted(parses, part).per for part in parts} - {None}) <= 1


def _unit_shared(figure: Figure, total: Figure, spans: dict, sentence: list[Figure]) -> bool:
    """A bare number that counts the unit of the next figure, of the total's kind and unit ("2,400
    and 3,100 tonnes"): only "and" between them, or the parse makes the unit the noun of both, or
    the figure the head of a coordination whose next item is that figure."""
    if figure.kind != "count" or figure.unit is not None or total.kind not in ("quantity", "money"):
        return False
    span = spans[figure]
    following = next((other for other in sentence if other.start > figure.end), None)
    if following is None or not _restates(total, following):
        return False
    between = span.doc[span.end:spans[following].start]
    if len(between) == 1 and between[0].lower_ in ("and", "&"):
        return True
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    items = [child.i for child in root.children if child.dep_ == "conj"]
    if root.dep_ == "nummod":
        items.append(root.head.i)
    return any(spans[following].start <= i < spans[following].end for i in items)


def _elided(figure: Figure, total: Figure, span) -> bool:
    """A bare number standing for an amount of the total's unit, the unit left out in a list ("1.9
    mln tonnes from the north and 1.5 mln from the south"): no unit, and no noun after it."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    return figure.kind == "count" and figure.unit is None and total.kind in ("quantity", "money") \
        and (following is None or following.pos_ not in ("NOUN", "PROPN", "ADJ"))


def _coordinated(candidates: list[Figure], spans: dict, words, gapped: bool = False) -> tuple[Figure, ...]:
    """The first run of ``candidates`` joined as items of one list ("12, 12, 12 and 12"), closed by
    an "and"; () when there is none, or when the run goes on after its "and" ("A and B, C and D":
    which are the items is not sure).  ``gapped``: the first item may have the verb the others leave
    out ("£8m came from donors, £3m from companies and £2.5m from a grant")."""
    run: list[Figure] = []
    for number, figure in enumerate(candidates):
        join = _join(spans[run[-1]], spans[figure], words, verb=gapped and len(run) == 1) if run else None
        if join is None:
            run = [figure]
            continue
        run.append(figure)
        if join == "and":
            following = candidates[number + 1] if number + 1 < len(candidates) else None
            if following is not None and _join(spans[figure], spans[following], words) is not None:
                return ()
            after = spans[figure].doc[spans[figure].end:spans[figure].end + 1]
            if len(after) and after[0].lower_ in ("or", "nor"):
                return ()  # "groups of 20 and 30 or 40": alternatives, not items
            if gapped and _has_verb_after(spans[figure]):
                return ()  # "Of the 40 patients, 25 were women and 30 were over 60": two predicates may overlap
            return tuple(run)
    return ()


def _has_verb_after(span) -> bool:
    """A finite verb of the item's own after it, up to the end of its clause."""
    for token in span.doc[span.end:]:
        if token.text in (",", ";", ":", ".") or token.dep_ == "cc":
            return False
        if token.tag_ in _FINITE:
            return True
    return False


def _join(first, second, words, verb: bool = False) -> str | None:
    """How two figures' spans are joined: "and", "," or None (not items of one list); ``verb``: a
    finite verb may come between."""
    between = first.doc[first.end:second.start]
    if len(between) > 9:
        return None
    join = None
    for token in between:
        lower = token.lower_
        if lower in words.breaks or token.lemma_.lower() in words.breaks or (token.tag_ in _FINITE and not verb) \
                or token.text in (";", ":") or token.like_num:
            return None
        if token.dep_ == "cc" or lower in ("and", "&", "plus"):
            if lower not in ("and", "&", "plus"):
                return None
            join = "and"
        elif token.text == "," and join is None:
            join = ","
    return join


def _broken(tokens, words) -> bool:
    """Words between a whole and its first part that say the figures are compared, not split."""
    return any((token.lower_ in words.breaks or token.lemma_.lower() in words.breaks) and token.dep_ != "prt"
               for token in tokens)  # not the verb's own particle ("break down as", "made up of")


def _counts_the_same(parses: Parses, total: Figure, part: Figure, words, group: bool = False,
                     restated: bool = False) -> bool:
    """The part counts what the whole counts: no noun of its own, the whole's noun, or the whole
    counts members ("the 11-member board ... five directors"), or of a group the verb splits into
    kinds of its members (``group``: "the panel of 15 councillors comprised nine Conservatives");
    and per the same period (a sum restated after its parts, ``restated``, may leave the period out:
    "2,400 and 3,100 tonnes a month, or 5,500 tonnes combined")."""
    whole, own = counted(parses, total), counted(parses, part)
    if whole.per != own.per and not (restated and whole.per is None):
        return False
    if part.kind != "count" or total.kind != "count" or own.noun is None or whole.noun is None or own.noun == whole.noun:
        return True
    return group or whole.noun in words.collective


def _listed_before(document, index: FigureIndex, total: Figure) -> tuple[Figure, ...]:
    """"300 cars and 250 trucks, a total of 550 vehicles": the parts end right before the total."""
    text = document.analysis_text
    sentence_start, _ = document.sentence_at(total.start)
    earlier = [f for f in index.within(sentence_start, total.start) if compatible(f, total)]
    if not earlier or not _BEFORE_TOTAL.fullmatch(text[earlier[-1].end:total.start]):
        return ()
    parts = [earlier[-1]]
    for figure in reversed(earlier[:-1]):
        if not _COORDINATED.fullmatch(text[figure.end:parts[0].start]):
            break
        parts.insert(0, figure)
    return tuple(parts) if len(parts) >= 2 else ()


def _listed_after_colon(document, index: FigureIndex, total: Figure) -> tuple[Figure, ...]:
    """"a total of 550 vehicles: 300 cars and 250 trucks"."""
    text = document.analysis_text
    _, sentence_end = document.sentence_at(total.start)
    later = [f for f in index.within(total.end, sentence_end) if compatible(f, total)]
    if not later or not _AFTER_TOTAL.fullmatch(text[total.end:later[0].start]):
        return ()
    return _listed_after(document, index, later[0])


def _listed_after(document, index: FigureIndex, first: Figure) -> tuple[Figure, ...]:
    """``first`` and the compatible figures coordinated right after it: "150 were men and 80 were
    women", "3 in Paris, 4 in Lyon and 2 in Nice"."""
    text = document.analysis_text
    _, end = document.sentence_at(first.start)
    parts = [first]
    for figure in index.within(first.start + 1, end):
        if not compatible(first, figure) or not _COORDINATED.fullmatch(text[parts[-1].end:figure.start]):
            break
        parts.append(figure)
    return tuple(parts)


def find_shares(document, figures: list[Figure], parses: Parses | None = None) -> list[Shares]:
    """Two or more percentages in one sentence that each share the same "of the X" or the same verb,
    with no change or comparison in the sentence; beside verbs of choosing, a share may be the
    subject of "be undecided" (``[shares]``, read from the parse)."""
    text = document.analysis_text
    by_sentence: dict[int, list[tuple[Figure, str]]] = {}
    for figure in figures:
        if figure.kind != "percent" or figure.unit != "percent" or figure.qualifier == "range":
            continue
        after = _SHARE_AFTER.match(text[figure.end:figure.end + 30])
        if after:
            key = (after.group("noun") or after.group("verb")).lower()
            by_sentence.setdefault(document.sentence_index(figure.start), []).append((figure, key))
        elif parses is not None and _undecided(parses, figure):
            by_sentence.setdefault(document.sentence_index(figure.start), []).append((figure, "undecided"))
    found = []
    for number, entries in by_sentence.items():
        start, end = document.sentences[number]
        if len(entries) < 2 or _CHANGE.search(text[start:end]):
            continue
        keys = {key for _, key in entries}
        if keys == {"undecided"}:
            continue
        if len(keys) == 1 or keys <= {"voted", "backed", "supported", "opposed", "favoured", "favored", "undecided"}:
            found.append(Shares(tuple(figure for figure, _ in entries)))
    return found


def _undecided(parses: Parses, figure: Figure) -> bool:
    """The percentage is the subject of "be undecided" ("and 19 per cent were undecided")."""
    span = parses.span(figure.start, figure.end)
    if span is None:
        return False
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    if root.dep_ not in ("nsubj",) or root.head.lemma_ != "be":
        return False
    return any(child.dep_ == "acomp" and child.lower_ in total_words().undecided for child in root.head.children)
