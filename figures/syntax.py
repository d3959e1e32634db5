"""When the event of a date happens, read from the parse: the date's governing verb and its tense.

The parse is made by ``figures.parsing``; the words are in ``lang/en/tense.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Span, Token

    from figures.lang import TenseWords


@dataclass(frozen=True)
class EventTime:
    """When the event of the verb governing a date happens, as the verb says: ``past`` or
    ``future``; ``sure`` when the parse leaves no other reading of the date's attachment."""

    tense: str
    sure: bool


def event_time(span: Span, one_day: bool = True) -> EventTime | None:
    """The time of the event ``span`` (a date, ``one_day`` if it names a single day) is the date
    of, or None when no verb governs it or its verb gives no time to compare with the dateline
    (the present, conditionals, plans).  A date no verb governs may be said of a state or a value
    in a past clause, whose time it then is, with doubt (``_noun_time``)."""
    governor = governing_verb(span, one_day)
    if governor is None:
        return _noun_time(span, one_day)
    verb, sure = governor
    tense = verb_tense(verb)
    if tense is None and _bare_participle(verb) and verb.head.pos_ in ("VERB", "AUX") \
            and (sure or _object_between(verb, span)):
        tense, sure = verb_tense(verb.head), False  # "competed in Bangkok, winning the title on May 2"
    elif tense is None and _time_giver(verb) is not None:
        tense, sure = verb_tense(_time_giver(verb)), False  # "began clearing the debris on", "after admitting"
    elif tense is None and _reduced_relative(verb) and (one_day or any(token.dep_ == "npadvmod" for token in span)):
        clause = _clause_verb(verb.head)  # "did not count the package announced last month"
        told = verb_tense(clause) if clause is not None else "future"  # no clause: no time to take
        tense, sure = ("past" if told == "past" or (told is None and _set_off(verb)) else None), False
    return EventTime(tense, sure) if tense else None


def governing_verb(span: Span, one_day: bool = True) -> tuple[Token, bool] | None:
    """The verb whose event ``span`` (a date) is the time of, and whether that is sure; or None.

    The date hangs on the verb through a time preposition or directly as a
    noun phrase ("said Tuesday"), as the parse attaches it.  The attachment is
    sure when the preposition comes right after the verb ("was convened on
    March 24"; only adverbs, particles, a light object or a place between), or
    opens the sentence ("On 7 October, the board approved").  After an object
    ("arrested three men from the capital on May 2") or another phrase, the
    parser's attachment is a likely reading, not the only one: the date may
    belong to a noun ("set a series of decision points during 2006").  A month
    or a year after an object or phrase is as likely the period of a noun
    ("will skip its dividend in 2019"), and so is any date after two of them
    ("lift its fleet to 90 jets from 64 jets in 2019") or right after a figure
    ("to 947 mln dlrs against 1.49 billion dlrs last year") in a phrase, not
    the verb's own object ("added 358,000 jobs last month"): no verb is read;
    nor after a time the verb already has ("launched in 1984 and matures on").
    A date before its verb is read only at the front of the sentence or of the
    clause, before the subject, and not inside a reported clause that comes
    first ("may file later this week, a spokesman said").  The time
    of a plan ("was scheduled in November 2006") is not the time of planning,
    the date a verb places its object on ("had put the finals on May 5",
    "moved the vote to June") is not the time of placing,
    and a dated preposition before a reported clause ("said in 1988 the company
    will") may be that clause's, so neither gives a verb.  A day of the subject
    of a past copula with a figure ("net debt at March 31 was 4.5 billion
    euros") is the time of that value, with doubt.
    """
    from figures.lang import tense_words

    words = tense_words()
    outward = [token for token in span if not span.start <= token.head.i < span.end]  # a date may split
    by_preposition = [token for token in outward if token.dep_ == "pobj" and token.head.dep_ == "prep"
                      and token.head.lower_ in words.time_prepositions]
    if by_preposition:
        root = by_preposition[0]
        verb, link = root.head.head, root.head
    elif len(outward) == 1 and outward[0].dep_ == "npadvmod":
        root = outward[0]
        verb, link = root.head, root  # "said next week that", "met last week", "next week it had sold"
    else:
        return None
    carried = False
    if verb.pos_ in ("NOUN", "PROPN") and one_day and link.i > verb.i:
        copula = _measured_at(verb, link)
        if copula is not None:
            return copula, False
        verb, carried = _carrier(verb, words), True
        if verb is None:
            return None
    if verb.pos_ not in ("VERB", "AUX") or _looks_ahead(verb, words) or verb.lemma_.lower() in words.placing:
        return None
    noun_phrase = link is root
    reported = [child for child in verb.children if child.dep_ == "ccomp"]
    if link.i > verb.i:
        between = [child for child in verb.children if verb.i < child.i < link.i]
        unreported = [clause for clause in reported if clause.i > link.i and not _says_that(clause)]
        if unreported and not noun_phrase and not _same_time(verb, unreported):
            return None
        heavy = [child for child in between if not _may_come_between(child, words.light_objects)]
        timeless = one_day and all(_timeless(child, link, words) for child in heavy)
        if (len(heavy) > 1 or carried) and not timeless:
            return None
        gapped = any(_gapped(child) for child in between)
        if any(_dated(child, words.time_prepositions) and not _gapped(child) for child in between):
            return None  # "was launched in 1984 and matures on November 15, 2004": the verb has its time
        if (heavy and not (one_day or noun_phrase)) or (heavy and not gapped and _after_figure(span, link, verb)):
            return None
        return verb, not unreported and not heavy and not gapped
    if verb.dep_ == "ccomp" and verb.head.i < link.i and _same_time(verb.head, [verb]):
        return verb, False  # "bankers said next week signaled": past, whichever verb it is of
    opens_sentence = all(token.is_punct or token.dep_ == "cc" for token in span.doc[:link.i])
    if reported and not noun_phrase and not _same_time(verb, reported):
        return None
    if any(clause.left_edge.i < link.i for clause in reported):
        return None  # "may file its plan later this week, a spokesman said": the reported clause's date
    if not opens_sentence and not _before_subject(link, verb):
        return None  # "the earthquake last month will cost": the date is the subject's
    return verb, opens_sentence and not reported


def _noun_time(span: Span, one_day: bool) -> EventTime | None:
    """The time of a date said of a noun that is a state or a value in a past clause: a day after a
    preposition ("from a price of $8 a share on Nov. 25", "the backlog of orders on Feb. 28 was
    2,416"), a day as the noun's modifier ("based on March 1 conditions"), a day after the figure a
    verb reaches ("stood at 99.03 points on April 14"), or a relative date after the subject of a
    past clause ("that the minister's comments last week were").  A value or a state on a day is
    said in the past only once the day has come: a past reading, with doubt.  None for a thing
    planned for its day ("the vote on May 3", "seats for the final on July 14"), whose day a past
    clause may report ahead, for an event noun, whose day is its own ("during the May 2 incident"),
    and for a clause that looks ahead ("said growth next year was expected to slow")."""
    from figures.lang import event_words, tense_words

    words = tense_words()
    noun = _dated_noun(span, one_day, words)
    if noun is None:
        return None
    planned = words.planned_nouns | event_words().event_nouns
    phrase = [token for token in span.doc[noun.left_edge.i:span.start]
              if token.pos_ in ("NOUN", "PROPN") or token.dep_ == "pobj"]
    if any(token.lower_ in planned for token in [noun, *phrase]) \
            or any(token.dep_ == "prep" and token.lower_ != "of" for token in span.doc[noun.i + 1:span.start - 1]):
        return None  # "seats for the derby on Sept. 7": the day may be the derby's
    clause = _clause_verb(noun)
    while clause is not None and clause.dep_ in ("acl", "advcl") and clause.tag_ in ("VBN", "VBG") \
            and not _auxiliaries(clause):
        clause = _clause_verb(clause.head)  # "estimated the crop, based on March 1 conditions, at"
    if clause is None or _tells_later(clause, words):
        return None  # "was expected to", "was likely to slow": the time of a later event
    return EventTime("past", False) if verb_tense(clause) == "past" else None


def _tells_later(clause: Token, words: TenseWords) -> bool:
    """A clause of planning or placing, or with an infinitive of what is to come ("was expected to",
    "was likely to slow", "postponed the vote"): its time is not the time of a later event in it."""
    return _looks_ahead(clause, words) or clause.lemma_.lower() in words.placing \
        or any(child.dep_ == "xcomp" or (child.dep_ in ("acomp", "attr") and _has_infinitive(child))
               for child in clause.children)


def _has_infinitive(token: Token) -> bool:
    return any(child.dep_ == "xcomp" for child in token.children)


def _dated_noun(span: Span, one_day: bool, words: TenseWords) -> Token | None:
    """The noun of a state or a value a date is said of, or None: the head of its time preposition
    (a day), the noun it modifies (a day), the figure before a day that is the object of its verb's
    preposition ("stood at 99.03 points on April 14"), or the subject a relative date follows."""
    outward = [token for token in span if not span.start <= token.head.i < span.end]
    if len(outward) != 1:
        return None
    root = outward[0]
    head = root.head
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in words.time_prepositions and one_day:
        holder = head.head
        if holder.pos_ in ("NOUN", "PROPN") and holder.i < head.i:
            return holder if _value(holder) or _state(holder, words) else None
        previous = span.doc[head.i - 1] if head.i > 0 else None
        if holder.pos_ == "VERB" and previous is not None and previous.dep_ == "pobj" and _figure(previous) \
                and previous.head.head.i == holder.i and not any(child.dep_ == "dobj" for child in holder.children):
            return previous
        return None
    if root.dep_ in ("nmod", "compound") and one_day and head.pos_ == "NOUN" and root.i < head.i:
        return head if _value(head) or _state(head, words) else None
    if root.dep_ != "npadvmod" or root.pos_ != "NOUN":
        return None
    if head.pos_ == "NOUN" and head.i < root.i and head.dep_ in ("nsubj", "nsubjpass"):
        return head  # "said Sunday that the minister's comments last week were"
    subjects = [child for child in head.children if child.dep_ in ("nsubj", "nsubjpass")
                and child.right_edge.i + 1 == span.start and root.i < head.i]
    return subjects[0] if subjects else None  # the date between the subject and its verb is the subject's


def _figure(token: Token) -> bool:
    return token.like_num or any(child.dep_ in ("nummod", "quantmod") for child in token.children)


def _value(noun: Token) -> bool:
    """A noun that holds a figure ("a price of $8 a share", "12 pct") or is the subject of a past
    copula with one ("the backlog of orders on Feb. 28 was 2,416")."""
    of = [grandchild for child in noun.children if child.dep_ == "prep" and child.lower_ == "of"
          for grandchild in child.children if grandchild.dep_ == "pobj"]
    copula = noun.head
    return _figure(noun) or any(_figure(value) for value in of) or (
        noun.dep_ == "nsubj" and copula.lemma_ == "be" and _past(copula) and _has_figure(copula))


def _state(noun: Token, words: TenseWords) -> bool:
    return noun.lemma_.lower() in words.dated_states or noun.lower_ in words.dated_states


def _has_figure(copula: Token) -> bool:
    """A copula whose predicate holds a figure: "was 2,416", "was worth 4.2 billion dollars"."""
    return any(_figure(value) for child in copula.children if child.dep_ in ("attr", "acomp")
               for value in child.subtree)


def _measured_at(noun: Token, link: Token) -> Token | None:
    """The past copula of which a dated noun is the subject and a figure the value ("net debt at
    March 31 was 4.5 billion euros"): a value on a day is known only once the day has come.  None
    for any other noun, and when a phrase comes between the noun and the date, whose noun the day
    may be ("seats for the final on July 14 were 90 euros")."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lemma_ != "be" or not _past(copula) \
            or any(child.dep_ == "prep" and noun.i < child.i < link.i for child in noun.children):
        return None
    return copula if any(_figure(value) for value in copula.children if value.dep_ == "attr") else None


def _after_figure(span: Span, link: Token, verb: Token) -> bool:
    """The date follows a figure in a phrase ("limited to 947 mln dlrs this year against 1.489
    billion dlrs last year"), whose time it may be rather than the verb's; not the verb's own
    object ("added 358,000 jobs last month": the time of adding)."""
    before = [token for token in span.doc[:min(span.start, link.i)] if not token.is_space]
    previous = before[-1] if before else None
    if previous is None or not (previous.like_num or any(child.dep_ == "nummod" for child in previous.children)):
        return False
    noun = previous.head if previous.dep_ in ("nummod", "quantmod") else previous
    return not (noun.dep_ == "dobj" and noun.head.i == verb.i)


def _dated(child: Token, time_prepositions: frozenset[str]) -> bool:
    """A time phrase with a number between the verb and the date: the verb's time is given."""
    return child.dep_ == "prep" and child.lower_ in time_prepositions \
        and any(grandchild.dep_ == "pobj" and grandchild.like_num for grandchild in child.children)


def _before_subject(link: Token, verb: Token) -> bool:
    """A date before its verb stands in the clause's front, before the verb's subject ("said next
    month it had sold"), not after the subject, where it is the subject's ("the quake last month")."""
    subjects = [child.i for child in verb.children if child.dep_ in ("nsubj", "nsubjpass", "expl")]
    return bool(subjects) and link.i < min(subjects)


def _looks_ahead(verb: Token, words: TenseWords) -> bool:
    """A verb of planning, or a copula with one ("was scheduled", "is due"); "set" and "poised" only
    with what is to come ("is set to open", "was set for May 3"), not "the record set on April 5"."""
    complements = [child for child in verb.children if child.dep_ in ("acomp", "attr")] if verb.lemma_ == "be" else []
    for word in [verb, *complements]:
        forms = {word.lemma_.lower(), word.lower_}
        if forms & words.looking_ahead or (forms & words.ahead_with_complement and _says_what_comes(word, words)):
            return True
    return False


def _says_what_comes(verb: Token, words: TenseWords) -> bool:
    """An infinitive, or a phrase neither of time nor of place ("set to open", "set for May 3")."""
    return any(child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ not in words.time_prepositions
                                         and child.lower_ not in words.path_prepositions)
               for child in verb.children)


def _same_time(verb: Token, clauses: list[Token]) -> bool:
    """The verb and the clauses the date may belong to instead tell one time ("said on June 18 it
    had closed": past either way), so the date's attachment does not matter."""
    from figures.lang import tense_words

    words = tense_words()
    tense = verb_tense(verb)
    return tense is not None and all(verb_tense(clause) == tense and not _tells_later(clause, words)
                                     for clause in clauses)


def _timeless(phrase: Token, link: Token, words: TenseWords) -> bool:
    """A phrase between a verb and the preposition ``link`` of its date that cannot be what the day
    belongs to: an object or a phrase of place, direction, company or doer ("delivered blankets to
    families in the villages of the valley on"), with no clause and no noun of a happening ("tickets
    for the final on", "ordered the evacuation of the town on", "arrested ahead of the match on")."""
    from figures.lang import event_words

    if phrase.dep_ not in ("dobj", "dative", "prep", "agent", "advmod", "npadvmod", "prt"):
        return False
    own = set(token.i for token in link.subtree)
    for token in phrase.subtree:
        if token.i in own:
            continue
        if token.dep_ in ("prep", "agent", "dative") and token.lower_ not in words.path_prepositions:
            return False
        if token.dep_ in _CLAUSES or (token.pos_ in ("VERB", "AUX") and token.dep_ != "amod"):
            return False
        if token.pos_ == "NOUN" and _happening(token, words, event_words().event_nouns) \
                and not (token is phrase and _told_by_light_verb(phrase, words)):
            return False
    return True


def _told_by_light_verb(noun: Token, words: TenseWords) -> bool:
    """The direct object of a light verb, which names the verb's own event ("made the offer on")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in words.light_verbs


_CLAUSES = frozenset({"relcl", "acl", "xcomp", "ccomp", "advcl", "pcomp", "csubj"})


def _happening(noun: Token, words: TenseWords, event_nouns: frozenset[str]) -> bool:
    """A noun that may name an event with a day of its own: an event or a planned thing, or a noun of
    action by its ending ("evacuation", "closure", "hearing", "arrival")."""
    lemma = noun.lemma_.lower()
    return bool({lemma, noun.lower_} & (event_nouns | words.planned_nouns)) \
        or any(lemma.endswith(ending) for ending in words.eventive_endings)


def _carrier(noun: Token, words: TenseWords) -> Token | None:
    """The verb whose event a day said of ``noun`` is the time of, when the noun cannot have a day of
    its own ("rescued two hikers from a ledge above the gorge on Aug. 30"): up from the noun through
    objects and phrases of place to the first verb; None when a noun on the way may have a day
    ("seats for the final on"), is a value or a state (read by ``_noun_time``), or the way leaves
    the clause."""
    from figures.lang import event_words

    token = noun
    while token.pos_ not in ("VERB", "AUX"):
        if token.pos_ == "NOUN" and (_happening(token, words, event_words().event_nouns)
                                     or _value(token) or _state(token, words)):
            return None
        if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent", "dative") \
                and token.head.lower_ in words.path_prepositions:
            token = token.head.head
        elif token.dep_ in ("dobj", "conj", "appos"):
            token = token.head
        else:
            return None
    return token


def _gapped(phrase: Token) -> bool:
    """A dated phrase whose date has a counted object coordinated after it, of a second act of the
    same verb with its own date ("bought 2,000 shares on May 4 and another 1,500 shares on May 29");
    not a verb the parser took for a noun ("was launched in 1984 and matures on")."""
    return any(conj.dep_ == "conj" and conj.pos_ == "NOUN" and _figure(conj)
               for date in phrase.children if date.dep_ == "pobj" for conj in date.children)


def _may_come_between(child: Token, light_objects: frozenset[str]) -> bool:
    """What may stand between a verb and the preposition of its date: adverbs and particles ("met
    again on"), a pronoun or a light verb's object ("met him on", "took office on"), a place or a
    light object after a preposition ("met in Brussels on", "came into force on"), a passive's doer
    ("was approved by the senate on")."""
    if child.dep_ in _ADVERBIAL:
        return not any(grandchild.dep_ == "prep" for grandchild in child.children)  # not "ahead of a meeting"
    if child.dep_ == "dobj":
        return _is_light(child, light_objects)
    objects = [grandchild for grandchild in child.children if grandchild.dep_ == "pobj"]
    if child.dep_ == "agent":  # "was approved by the state senate on": the doer, not a noun with a date
        return len(objects) == 1 and not any(grandchild.dep_ == "prep" for grandchild in objects[0].children)
    if child.dep_ == "prep":
        return len(objects) == 1 and (objects[0].pos_ == "PROPN" or _is_light(objects[0], light_objects))
    return False


def _is_light(noun: Token, light_objects: frozenset[str]) -> bool:
    return not list(noun.children) and (noun.pos_ == "PRON" or noun.lemma_.lower() in light_objects)


_ADVERBIAL = frozenset({"advmod", "prt", "neg", "aux", "auxpass"})


def _says_that(clause: Token) -> bool:
    """A reported clause opened by "that" after the date: "said next week that he would resign"."""
    return any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)


def verb_tense(verb: Token) -> str | None:
    """``past`` ("was convened", "approved", "had met"), ``future`` ("will meet", "is set to open",
    "is to sign"), or None: the present, the present perfect, conditionals ("would rise"), the
    future in the past ("was to end", "was expected to open") and perfect infinitives ("to have
    been launched") give no event time to compare with the dateline."""
    from figures.lang import tense_words

    words = tense_words()
    auxiliaries = _auxiliaries(verb)
    if verb.dep_ == "acl" and not auxiliaries:
        return None  # "the quarter ended March 31": a participle, not a finite verb
    if verb.dep_ == "conj" and verb.tag_ == "VBD" and _auxiliaries(verb.head) and not _past(verb.head):
        return None  # "will send ... and agreed", "to be issued and settled": a past tag in doubt
    lemmas = {child.lemma_.lower() for child in auxiliaries}
    if lemmas & words.future_modals:
        return "future"
    if "to" in lemmas:
        governor = verb.head
        ahead = verb.dep_ == "xcomp" and {governor.lemma_.lower(), governor.lower_} \
            & (words.looking_ahead | words.ahead_with_complement | {"be"})
        return "future" if ahead and "have" not in lemmas and _present(governor) else None
    if any(child.tag_ == "MD" for child in auxiliaries):
        return None
    return "past" if _past(verb) else None


def _bare_participle(verb: Token) -> bool:
    """A participle clause with no auxiliary of its own, which takes its time from the verb it
    hangs on: "competed in Bangkok, winning the title on May 2"."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not _auxiliaries(verb)


def _object_between(verb: Token, span: Span) -> bool:
    """Between a participle and its date, its object is the phrase the date may belong to
    ("winning his third title of the season on October 2"), not a phrase of another noun
    ("speaking of the tender rate next week", "gathering ahead of a meeting next week")."""
    from figures.lang import tense_words

    light = tense_words().light_objects
    between = [child for child in verb.children if verb.i < child.i < span.start]
    return any(child.dep_ == "dobj" for child in between) \
        and all(child.dep_ == "dobj" or _may_come_between(child, light) for child in between)


def _time_giver(verb: Token) -> Token | None:
    """The verb whose time a gerund with no time of its own takes: the verb of aspect it completes
    ("began clearing the debris on"), or the verb it hangs on after a word that puts it at that
    verb's time or before ("resigned after admitting the charges on", "was hurt while climbing on")."""
    from figures.lang import tense_words

    words = tense_words()
    if verb.tag_ != "VBG" or _auxiliaries(verb):
        return None
    if verb.dep_ == "xcomp":
        return verb.head if verb.head.lemma_.lower() in words.aspectual else None
    if verb.dep_ == "pcomp" and verb.head.lower_ in words.gerund_times and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head
    marked = verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in words.gerund_times
                                          for child in verb.children)
    return verb.head if marked and verb.head.pos_ in ("VERB", "AUX") else None


def _reduced_relative(verb: Token) -> bool:
    """A past participle after its noun, with no auxiliary ("the package announced last month"):
    its event comes before the time of a past clause the noun is in (or of a present one, when the
    participle stands between commas).  Read with a day or a date said as a noun phrase only: a
    month after it may be the noun's ("the pay rise promised in April" is April's rise)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and not _auxiliaries(verb)


def _set_off(verb: Token) -> bool:
    """A participle between commas, said of one thing ("the moratorium, announced last month, is
    seen as"): a done event, whatever the present of the clause around it."""
    return verb.i > 0 and verb.doc[verb.i - 1].text == ","


def _clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` stands in, or None; a participle used as a preposition
    ("compared with 12 mln reported last week") is not a clause's verb."""
    while token.pos_ not in ("VERB", "AUX") or token.dep_ == "prep":
        if token.head.i == token.i:
            return None
        token = token.head
    return token


def _auxiliaries(verb: Token) -> list[Token]:
    """The verb's auxiliaries; a conjunct in a bare form shares its first verb's ("to be dated and
    delivered", "will meet and vote"), a finite one has its own tense ("will send ... agreed")."""
    own = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if own or verb.dep_ != "conj" or verb.tag_ not in ("VB", "VBN", "VBG") or verb.head.i == verb.i:
        return own
    shared = _auxiliaries(verb.head)
    if shared and not _takes_form(max(shared, key=lambda a: a.i), verb.tag_):
        return []  # "were issued ... and mature in 2029": a present verb of its own, not "were mature"
    return shared


def _takes_form(auxiliary: Token, tag: str) -> bool:
    """Whether the auxiliary next to a verb governs a conjunct of this form: a modal, "to" or "do"
    the bare form ("will meet and vote"), "be" and "have" a participle ("was dated and delivered")."""
    if tag == "VB":
        return auxiliary.tag_ in ("MD", "TO") or auxiliary.lemma_.lower() == "do"
    return auxiliary.lemma_.lower() in ("be", "have")


def _present(governor: Token) -> bool:
    """"is set to", "plans to", "are expected to", "is due to": the plan stands now (not "was due to",
    nor "its bid, due to expire", whose time is not said)."""
    if governor.dep_ in ("acomp", "attr"):
        governor = governor.head
    return governor.tag_ in ("VBZ", "VBP") or any(child.tag_ in ("VBZ", "VBP") for child in _auxiliaries(governor))


def _past(verb: Token) -> bool:
    """"approved", "was convened", "had met": the verb or its auxiliary in the simple past; a
    participle heading the sentence with a subject and no auxiliary is a simple past the tagger
    misread ("the leader, in a speech, announced": VBN)."""
    auxiliaries = _auxiliaries(verb)
    if verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not auxiliaries \
            and any(child.dep_ == "nsubj" for child in verb.children):
        return True  # in a clause below the root, "found itself exposed" is a participle
    return verb.tag_ == "VBD" or any(child.tag_ == "VBD" for child in auxiliaries)
