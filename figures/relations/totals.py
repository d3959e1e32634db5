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
#: Between two coordinated parts: at most three words (no verb but "were"), then a comma or "and";
#: an "of" only before a bare noun ("8 containers of wheat, 12 of rice and ..."), not a partitive's
#: ("3 of the 12", "two of them").
_NOT_PARTITIVE = r"(?!of\s+(?:the|a|an|its|their|his|her|our|my|your|whom|which|them|those|these|this|that|us|all)\b)"
_COORDINATED = re.compile(rf"(?:\s+{_NOT_PARTITIVE}(?:were|was|are|is|[a-z]+(?<!ed)))?"
                          rf"(?:\s+{_NOT_PARTITIVE}[a-z]+(?<!ed)){{0,2}}"
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
            found.append(Total(link.wholes[-1], parts, False, link.cue, link.wholes[:-1],
                               certain=parses is None or _exclusive(parses, parts, total_words())))
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
        seen = {link.total for link in found}
        found += [link for link in find_choices(document, figures, parses) if link.total not in seen]
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
    found = []
    for sentence, spans in _parsed_sentences(document, figures, parses, _AMOUNTS):
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
                kinds = _kinds_of_people(parses, parts, words)
                if not others and len(parts) >= 2 and parts[0] is candidates[0] \
                        and all(_counts_the_same(parses, total, part, words, group=kinds) for part in parts):
                    found.append(Total(total, parts, False, spans[total].doc[colon].text, certain=False))
                    break
            reading = _split_of(spans[total], words)
            if reading is None:
                continue
            after, exhaustive, cue, group, sure = reading
            verb = spans[total].doc[after]
            own = exhaustive or not sure  # a verb of splitting or of having: its own complement lists the parts
            candidates = [f for f in sentence if f.start > total.end and spans[f].start > after
                          and (not own or verb.is_ancestor(spans[f].root))  # the verb's own complement
                          and (compatible(f, total) or _elided(f, total, spans[f]))]
            parts = _coordinated(candidates, spans, words, gapped=not own)
            if not sure and (any(part.value is None or total.value is None or part.value > total.value
                                 for part in parts) or _cross_cut(parses, parts, words)):
                continue  # "the 12-member side has 30 wins and 25 draws": a part above the group is none of it
            if parts and not compatible(parts[0], total):
                continue  # "with 25 points for selling and 25 for ...": an item leaves out the unit of one before it
            if parts and _broken(spans[total].doc[max(after + 1, spans[total].end):spans[parts[0]].start], words):
                continue  # "totalled 1.43 billion dlrs, against 1.53 billion in February and ...": compared, not split
            if len(parts) >= 2 and all(_counts_the_same(parses, total, part, words, group=group) for part in parts):
                if exhaustive and any(token.lower_ in words.remainder for token in verb.doc[spans[total].end:]):
                    exhaustive = False  # "and the others go to independents": not every part is listed
                kinds = sure and all(_counts_the_same(parses, total, part, words) for part in parts)
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
        if token.text == ":" or token.text in ("-", "–", "—") and token.whitespace_ and doc[token.i - 1].whitespace_:
            return token.i  # a colon, or a spaced dash that opens an aside ("17 survivors - nine men, ...")
        if token.text in (";", "(", ")") or token.lower_ in ("and", "but", "or") and token.dep_ == "cc" \
                and token.head.pos_ in ("VERB", "AUX"):
            return None
    return None


def _split_of(span, words) -> tuple[int, bool, str, bool] | None:
    """If the figure ``span`` holds a whole that its sentence splits: the token after which the parts
    stand, whether they are all of it, the cue, and whether the whole is the members of a group ("the
    sample of 2,474 patients consisted of ...")."""
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    holder = root.head if root.dep_ in ("nummod", "quantmod", "compound", "nmod") \
        or root.dep_ == "advmod" and _hyphened(root, root.head) else root  # "the nine-strong panel"
    while holder.dep_ in ("compound", "amod") and holder.head.i != holder.i:
        holder = holder.head  # "the 11-member board"
    group = False
    while holder.dep_ == "pobj" and holder.head.lower_ == "of" and holder.head.head.pos_ in ("NOUN", "PROPN"):
        holder = holder.head.head  # "revenue of €7.8bn"
        group = holder.i < span.start and root.dep_ == "nummod"  # "the panel of 15 councillors"
    doc = span.doc
    first = next((token for token in doc if not token.is_punct), None)
    if first is not None and first.lower_ == "of" and first.i < span.start \
            and all(_determines(token) for token in doc[first.i + 1:span.start]):
        comma = next((token for token in doc[span.end:] if token.text == ","), None)
        return (comma.i, False, "of the", False, True) if comma is not None else None
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
            return (verb.i, True, f"{verb.text}" + (f" {particle}" if particle else ""), group, True)
    if role == "nsubj" and holder.i > span.start and verb.pos_ in ("VERB", "AUX") and verb.dep_ != "aux" \
            and not any(child.dep_ == "neg" for child in verb.children) \
            and any(verb.lemma_.lower() == lemma for lemma, _ in words.holds):
        return (verb.i, False, verb.text, group, False)  # "the 14-member council now has seven Greens, ..."
    return None


def _hyphened(first, second) -> bool:
    """Two adjacent words joined by a hyphen ("nine-strong")."""
    return second.i == first.i + 2 and first.doc[first.i + 1].tag_ == "HYPH"


def _determines(token) -> bool:
    """A word of a fronted whole's determiner: "Of the", "Of its", "Of the state's"."""
    return token.tag_ in ("DT", "PRP$", "POS") or token.dep_ in ("poss", "case") \
        or token.dep_ == "compound" and token.head.dep_ == "poss"


def _kinds_of_people(parses: Parses, parts: tuple[Figure, ...], words) -> bool:
    """Every part counts a kind of people by sex or age ("nine men, six women and two children",
    ``[collective] kinds``), or counts what the one before it counts: the parts split a count of
    people, whatever its noun ("17 survivors", "40 patients")."""
    nouns = [counted(parses, part).noun for part in parts]
    return bool(parts) and nouns[0] in words.kinds and all(noun is None or noun in words.kinds for noun in nouns)


def _exclusive(parses: Parses, parts: tuple[Figure, ...], words) -> bool:
    """The parts surely exclude each other: they name no noun but one ("150 were men and 80 were
    women": the figures name none), or only kinds of people ("nine men, six women and two
    children"); "12 debutants and 15 academy players" may be the same players."""
    nouns = {counted(parses, part).noun for part in parts} - {None}
    return len(nouns) <= 1 or nouns <= words.kinds


def _cross_cut(parses: Parses, parts: tuple[Figure, ...], words) -> bool:
    """Some parts name kinds of people by sex or age and others kinds of another sort ("nine
    women, six Labour members and three independents"): two ways of dividing, which overlap."""
    nouns = {counted(parses, part).noun for part in parts} - {None}
    return bool(nouns & words.kinds) and not nouns <= words.kinds


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


def _choice(span, words) -> str | None:
    """What the words right after a figure say it chose, when it is the subject of a choice of one
    question: "choice" ("520 supported the plan", "40 per cent said yes"), "undecided" ("19% were
    undecided", "90 had no view"), or None."""
    doc = span.doc
    following = [token for token in doc[span.end:span.end + 4] if token.pos_ != "ADV"]  # "narrowly backed"
    if not following or following[0].pos_ not in ("VERB", "AUX"):
        return None
    verb = following[0]
    lemma = verb.lemma_.lower()
    if lemma in words.choosing or verb.lower_ in words.choosing:
        return "choice"
    after = following[1].lower_ if len(following) > 1 else ""
    if lemma in words.answering and after in words.answers:
        return "choice"
    if lemma == "be" and after in words.undecided:
        return "undecided"
    if lemma in ("have", "express") and after == "no" and len(following) > 2 and following[2].lemma_.lower() in words.no_view:
        return "undecided"
    return None


def _parsed_sentences(document, figures: list[Figure], parses: Parses, kinds):
    """Each sentence with 3 to _MOST_AMOUNTS single figures of ``kinds``, and their spans in its parse
    (a sentence with a figure the parse does not cover is left out)."""
    by_sentence: dict[int, list[Figure]] = {}
    for figure in figures:
        if figure.kind in kinds and figure.value is not None and figure.qualifier != "range":
            by_sentence.setdefault(document.sentence_index(figure.start), []).append(figure)
    for sentence in by_sentence.values():
        if not 3 <= len(sentence) <= _MOST_AMOUNTS:
            continue
        spans = {figure: parses.span(figure.start, figure.end) for figure in sentence}
        if all(span is not None for span in spans.values()):
            yield sentence, spans


def find_choices(document, figures: list[Figure], parses: Parses) -> list[Total]:
    """Counts of those asked that each chose a side of one question, against the count asked: "a
    survey of 1,000 adults found 520 supported the plan, 430 opposed it and 90 had no view", "Of
    the 800 members balloted, 410 voted for the deal and 420 against".  The choices exclude each
    other, so they cannot add up to more than those asked; they need not be all of them (some may
    not answer), and the reading is inferred (a warning at most)."""
    words = total_words()
    found = []
    for sentence, spans in _parsed_sentences(document, figures, parses, ("count",)):
        for total in sentence:
            if not _asked(spans[total], words):
                continue
            later = [f for f in sentence if f.start > total.end]
            choices = []
            for figure in later:
                choice = _choice(spans[figure], words)
                if choice is None:
                    break  # the choices follow the whole, one after another
                choices.append((figure, choice))
            parts = tuple(figure for figure, _ in choices)
            chosen = {_chosen(spans[part], words) for part in parts} - {None}
            if len(chosen) > 1:
                continue  # "700 supported the tunnel and 650 backed a new bridge": two questions
            if len(parts) >= 2 and any(choice == "choice" for _, choice in choices) \
                    and all(_counts_the_same(parses, total, part, words) for part in parts):
                found.append(Total(total, parts, False, "chose", certain=False))
                break
    return found


def _chosen(span, words) -> str | None:
    """The lemma of what the verb after a figure chose, its direct object ("supported the plan"
    -> "plan"); None for none, a pronoun that stands for it ("opposed it") or a choice of none
    ("backed neither side")."""
    verb = next((token for token in span.doc[span.end:span.end + 3] if token.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    if not objects or objects[0].pos_ == "PRON" \
            or any(child.lower_ in words.nothing for child in objects[0].children):
        return None
    return objects[0].lemma_.lower()


def _asked(span, words) -> bool:
    """The figure counts those asked: the "of" phrase of a survey ("a survey of 1,000 adults") or
    a fronted whole ("Of the 800 members balloted,")."""
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    noun = root.head if root.dep_ in ("nummod", "quantmod") else root
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in words.surveys:
        return True
    first = next((token for token in span.doc if not token.is_punct), None)
    return first is not None and first.lower_ == "of" and first.i < span.start \
        and all(_determines(token) for token in span.doc[first.i + 1:span.start])


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
        span = parses.span(figure.start, figure.end) if parses is not None else None
        choice = _choice(span, total_words()) if span is not None else None
        if after and not (after.group("noun") and choice):
            key = (after.group("noun") and _whole_noun(span) or after.group("noun") or after.group("verb")).lower()
            by_sentence.setdefault(document.sentence_index(figure.start), []).append((figure, key))
        elif choice is not None:  # "40 per cent said yes", "12% had no opinion"
            by_sentence.setdefault(document.sentence_index(figure.start), []).append(
                (figure, "voted" if choice == "choice" else "undecided"))
        elif parses is not None and _undecided(parses, figure):
            by_sentence.setdefault(document.sentence_index(figure.start), []).append((figure, "undecided"))
    found = []
    if parses is not None:
        found += _won_shares(document, figures, parses)
        taken = {number for shares in found for number in {document.sentence_index(shares.percents[0].start)}}
        by_sentence = {number: entries for number, entries in by_sentence.items() if number not in taken}
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


def _whole_noun(span) -> str | None:
    """The head noun of a share's "of" phrase with whose it is, read from the parse ("80 pct of world
    exports" -> "export", "56 pct of the earnings of EDS" -> "earnings eds", "67 pct of Hughes'
    earnings" -> "earnings hughes"), or None."""
    if span is None or span.end >= len(span.doc) or span.doc[span.end].lower_ != "of":
        return None
    objects = [child for child in span.doc[span.end].children if child.dep_ == "pobj"]
    if not objects:
        return None
    noun = objects[0]
    owners = [child for child in noun.children if child.dep_ == "poss"] + [
        thing for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
        for thing in child.children if thing.dep_ == "pobj"]
    return " ".join([noun.lemma_.lower(), *sorted(owner.lemma_.lower() for owner in owners)])


def _won_shares(document, figures: list[Figure], parses: Parses) -> list[Shares]:
    """Shares of one vote that a verb of winning takes, the verb said once: "Hale won 55% of the
    vote, Orr 38% and minor candidates 12%".  The first share is the verb's object, with nothing
    after it but its "of" phrase; each next one stands after a comma or "and" and a name or noun
    phrase of its own (no verb, number or preposition), with nothing after it: "won 55% in Leeds,
    38% in York" (shares of different places) is no such list."""
    words = total_words()
    text = document.analysis_text
    percents = [f for f in figures if f.kind == "percent" and f.unit == "percent" and f.qualifier != "range"
                and f.value is not None]
    found = []
    for first in percents:
        span = parses.span(first.start, first.end)
        if span is None or span.start == 0:
            continue
        verb = span.doc[span.start - 1]
        if verb.lemma_.lower() not in words.winning or verb.pos_ not in ("VERB", "AUX"):
            continue
        start, end = document.sentence_at(first.start)
        if _CHANGE.search(text[start:end]):
            continue
        run, previous, closed = [first], span, False
        for figure in (f for f in percents if f.start > first.end and f.end <= end):
            item = parses.span(figure.start, figure.end)
            if item is None:
                break
            between = span.doc[_after_of(previous):item.start]
            if not _gapped_item(between) or _whole_noun(item) not in (None, _whole_noun(span)):
                break  # "took 55% of the seats, the Tories 38% of the councils": shares of two wholes
            run.append(figure)
            previous = item
            if any(token.lower_ == "and" for token in between):
                closed = True
                break
        if len(run) >= 2 and closed and _closes(span.doc[_after_of(previous):], words):
            found.append(Shares(tuple(run)))
    return found


def _closes(tokens, words) -> bool:
    """Nothing follows the last share of a list but the end of the sentence, or an attribution
    after a comma (", the electoral commission said")."""
    words_left = [token for token in tokens if not token.is_punct]
    if not words_left:
        return True
    return tokens[0].text == "," and words_left[-1].lemma_.lower() in words.attributing \
        and len(words_left) <= 6 or tokens[0].text == "," and len(words_left) >= 2 \
        and words_left[0].lemma_.lower() in words.attributing


def _after_of(span) -> int:
    """The token after a share and its "of" phrase ("55% of the vote")."""
    doc = span.doc
    i = span.end
    if i < len(doc) and doc[i].lower_ == "of":
        i += 1
        while i < len(doc) and doc[i].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "PRON", "PART") and doc[i].text != ",":
            i += 1
    return i


def _gapped_item(tokens) -> bool:
    """The words between two shares of a list whose verb is left out: a comma or "and", then a
    name or noun phrase of one to five words, no verb, number or preposition (", Orr", "and minor
    candidates")."""
    if not tokens or tokens[0].text != "," and tokens[0].lower_ != "and":
        return False
    rest = [token for token in tokens[1:] if token.lower_ != "and"]
    return 1 <= len(rest) <= 5 and all(token.pos_ in ("DET", "NOUN", "PROPN", "ADJ") or token.tag_ == "POS"
                                       for token in rest)


def _undecided(parses: Parses, figure: Figure) -> bool:
    """The percentage is the subject of "be undecided" ("and 19 per cent were undecided")."""
    span = parses.span(figure.start, figure.end)
    if span is None:
        return False
    root = next((token for token in span if not span.start <= token.head.i < span.end), span.root)
    if root.dep_ not in ("nsubj",) or root.head.lemma_ != "be":
        return False
    return any(child.dep_ == "acomp" and child.lower_ in total_words().undecided for child in root.head.children)
