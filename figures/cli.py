"""The ``figures`` command line: a registry of subcommands, their options, exit codes.

Exit codes: 0 ok; 1 ``figures check`` found problems at or above
``--fail-level``; 2 a usage error, a bad rule file or an unusable input (the
other inputs are still processed); 130 on Ctrl-C; 141 when the reader of stdout goes away
(``| head``).  The engine is imported only when a command runs, so
``figures --help`` stays fast.
"""

from __future__ import annotations

import argparse
import functools
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from figures import __version__

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.errors import InternalError
    from figures.report.outcome import Outcome
    from figures.rules import Rule

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


class UsageError(Exception):
    """A bad option value: reported as one line on stderr, exit code 2."""


class Command(NamedTuple):
    """A subcommand: its options and the function that runs it."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None]):
    """Register the decorated ``run(args) -> exit code`` as subcommand ``name``."""

    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        COMMANDS[name] = Command(name, help, arguments, run)
        return run

    return register


def error(message: str) -> None:
    """Report a problem as one line on stderr."""
    print(f"figures: {message}", file=sys.stderr)


# -- inputs shared by the commands that read articles ----------------------


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """``PATH... | -``, ``--files-from`` and ``--date``."""
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="a text or Markdown file; - reads stdin"
    )
    parser.add_argument(
        "--files-from",
        metavar="LIST",
        help="also read the paths listed in this file, one per line (an archive of any size); "
        "- reads the list from stdin",
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the article's date (overrides a dateline in the text); "
        "a bare YYYY gives the year of a wire dateline like 'NEW YORK, April 3 -'",
    )


def outcomes(args: argparse.Namespace, work: Callable[[Document], tuple[list, list[str]]],
             failures: list[str]) -> Iterator[Outcome]:
    """Each input's Outcome, lazily: its Document and what ``work`` found in it.

    ``work`` returns the items found and the errors it has reported for the
    document (a rule that failed, a bad suppression comment), and may add the
    Work done on it (``figures check``: figures read, relations, rules).  An unreadable
    input or a failure of figures is reported as one line on stderr and kept
    in the Outcome; every error is also added to ``failures``, and the next
    input is still processed.  Bad options raise UsageError at once.
    """
    from figures.document import DateError, parse_date_option

    try:
        date = parse_date_option(args.date)
    except DateError as problem:
        raise UsageError(f"--date: {problem}") from None
    paths = list(args.paths) + (_listed_paths(args.files_from) if args.files_from else [])
    if not paths:
        raise UsageError("no input: give a PATH, - for stdin, or --files-from LIST")
    return _outcomes(paths, date, work, failures)


def _outcomes(paths: list[str], date, work, failures: list[str]) -> Iterator[Outcome]:
    from figures.errors import InternalError, guarded
    from figures.inputs import InputError, display_name, open_document
    from figures.report.outcome import Outcome

    for path in paths:
        name = display_name(path)
        try:
            document = guarded("reading", functools.partial(open_document, path, date=date),
                               expected=(InputError,))
        except InputError as problem:
            error(str(problem))
            failures.append(problem.problem)
            yield Outcome(name, None, errors=(problem.problem,))
            continue
        except InternalError as failure:
            failures.append(internal_error(name, failure))
            yield Outcome(name, None, errors=(failures[-1],))
            continue
        done = None
        try:
            items, problems, *done = guarded("checking", work, document)
        except InternalError as failure:
            items, problems = failure.diagnostics, [internal_error(name, failure)]
        failures.extend(problems)
        yield Outcome(name, document, items, tuple(problems), done[0] if done else None)


def internal_error(name: str, failure: InternalError) -> str:
    """Report a failure of figures on one input as one line; its message."""
    message = f"{failure} (please report)"
    error(f"{name}: {message}")
    return message


def _listed_paths(listing: str) -> list[str]:
    """The paths in a list file (or stdin for -): one per line, blank lines skipped."""
    try:
        text = sys.stdin.read() if listing == "-" else open(listing, encoding="utf-8").read()
    except FileNotFoundError:
        raise UsageError(f"--files-from: {listing}: no such file") from None
    except (OSError, UnicodeDecodeError) as problem:
        raise UsageError(f"--files-from: {listing}: cannot be read ({problem.__class__.__name__})") from None
    return [line.strip() for line in text.splitlines() if line.strip()]


# -- rules shared by the commands that apply them --------------------------


def add_rules_argument(parser: argparse.ArgumentParser) -> None:
    """``--rules DIR`` (repeatable): the user's own rule folders."""
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="also load the rules (*.toml) in this folder, e.g. house rules; repeatable",
    )


def load_rule_set(args: argparse.Namespace) -> list[Rule]:
    """The built-in rules and those of ``--rules``; a bad rule file is a UsageError."""
    from figures.rules import RuleError, load_rules

    try:
        return load_rules(args.rules)
    except RuleError as problem:
        raise UsageError(str(problem)) from None


def selected_rules(args: argparse.Namespace, rules: list[Rule]) -> list[Rule]:
    """The ``rules`` that ``--select`` and ``--ignore`` leave; an unknown selector is a UsageError."""
    from figures.rules import select

    chosen, ignored = _selectors(args.select), _selectors(args.ignore)
    for option, selectors in (("--select", chosen), ("--ignore", ignored)):
        try:
            select(rules, selectors)
        except ValueError as problem:
            raise UsageError(f"{option}: {problem}") from None
    return select(rules, chosen, ignored)


def _selectors(values: list[str]) -> list[str]:
    """``["PW01,RO", "date-order"]`` -> ``["PW01", "RO", "date-order"]``."""
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


# -- commands --------------------------------------------------------------


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "csv"),
        default="table",
        help="table for people (default); json (one array), jsonl (one object a line, with a status "
        "record per input, for archives) or csv for tools",
    )
    parser.add_argument(
        "--nouns",
        action="store_true",
        help="also read, from the parse (slower), the noun each count counts: "
        "'30 countries' is count 30 (country), field noun",
    )


@command(
    "extract",
    "list every figure in the text: counts, amounts, percentages, dates ...",
    _extract_arguments,
)
def run_extract(args: argparse.Namespace) -> int:
    from figures.engine import document_figures
    from figures.report.figure_formats import RENDERERS

    def extract(document: Document) -> tuple[list, list[str]]:
        return document_figures(document, nouns=args.nouns), []

    failures: list[str] = []
    RENDERERS[args.format](outcomes(args, extract, failures), sys.stdout)
    return EXIT_ERROR if failures else EXIT_OK


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("full", "concise", "json", "jsonl", "github", "sarif", "junit", "gitlab"),
        default="full",
        help="full: each problem in its sentence (default); concise: one line each; "
        "json: one array for tools; jsonl: one object a line with a status record per input, "
        "for archives; github: annotations for GitHub Actions; sarif: SARIF 2.1.0 for code "
        "scanning; junit: JUnit XML test results; gitlab: a GitLab Code Quality report",
    )
    selector = "a code (PW01), code prefix (PW), name (part-exceeds-whole) or category (part-whole)"
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help=f"check only these rules, each {selector}; comma-separated, repeatable",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="skip these rules (same forms as --select)",
    )
    parser.add_argument(
        "--fail-level",
        choices=("warning", "error"),
        default="error",
        help="exit 1 when a problem at this level or above is found (default: error)",
    )
    parser.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when problems are found (2 still means a usage or input error)",
    )
    parser.add_argument(
        "-q", "--quiet",
        action="store_true",
        help="print the problems only: no notes, no summary line",
    )
    parser.add_argument(
        "--statistics", action="store_true", help="print the number of problems per rule instead"
    )
    add_rules_argument(parser)


@command(
    "check",
    "report the figures that cannot all be true at once: a part larger than its whole ...",
    _check_arguments,
)
def run_check(args: argparse.Namespace) -> int:
    from figures.engine import run_checks
    from figures.report.colour import Palette, wants_colour
    from figures.report.diagnostic_formats import RENDERERS, STATISTICS_RENDERERS
    from figures.report.outcome import Work
    from figures.report.settings import Settings
    from figures.report.skipped import skipped_without_dateline

    known = load_rule_set(args)
    rules = selected_rules(args, known)

    def check(document: Document) -> tuple[list, list[str], Work]:
        named: list = []
        _suppressions_name_rules(document, known, named)
        checked = run_checks(document, rules)
        skipped = skipped_without_dateline(document, rules, checked.kinds)
        work = Work(checked.figures, checked.relations, len(rules), skipped)
        return checked.diagnostics, [p.problem for p in named] + [
            internal_error(document.path, failure) for failure in checked.failures], work

    failures: list[str] = []
    render = (STATISTICS_RENDERERS if args.statistics else RENDERERS)[args.format]
    settings = Settings(rules=rules, quiet=args.quiet, palette=Palette(wants_colour(sys.stdout)))
    tally = render(outcomes(args, check, failures), sys.stdout, settings)
    if failures:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_PROBLEMS if tally.at_or_above(args.fail_level) else EXIT_OK


def _suppressions_name_rules(document: Document, rules: list[Rule], failures: list) -> bool:
    """Report a malformed suppression comment, or one that names no rule (a typo would silently
    keep a problem); the document is still checked."""
    from figures.inputs import InputError
    from figures.suppressions import suppression_problems

    for at, problem in suppression_problems(document.text, rules) if "<!--" in document.text else ():
        line, _ = document.line_col(at)
        failure = InputError(f"{document.path}:{line}", problem)
        error(str(failure))
        failures.append(failure)
    return True


def _rules_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "code", nargs="?", metavar="CODE", help="show this rule in full (a code like PW01, or a name)"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="text for people (default); json for tools; markdown for docs/rules.md",
    )
    add_rules_argument(parser)


@command("rules", "list the rules, or show one with why it matters and its examples", _rules_arguments)
def run_rules(args: argparse.Namespace) -> int:
    from figures.report.rule_formats import RENDERERS

    rules = load_rule_set(args)
    render_all, render_one = RENDERERS[args.format]
    if args.code is None:
        render_all(rules, sys.stdout)
        return EXIT_OK
    found = [rule for rule in rules if args.code.upper() == rule.code or args.code == rule.name]
    if not found:
        raise UsageError(f"unknown rule {args.code!r} (figures rules lists them)")
    render_one(found[0], sys.stdout)
    return EXIT_OK


# -- entry point -----------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="figures", description="A checker for the numbers in prose."
    )
    parser.add_argument("--version", action="version", version=f"figures {__version__}")
    subcommands = parser.add_subparsers(metavar="COMMAND", required=True)
    for entry in COMMANDS.values():
        subparser = subcommands.add_parser(entry.name, help=entry.help, description=entry.help)
        entry.arguments(subparser)
        subparser.set_defaults(run=entry.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``figures`` with ``argv`` (default: the command line); returns the exit code."""
    try:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as stop:  # --help, --version, or a usage error argparse has reported
            return int(stop.code or 0)
        code = args.run(args)
        sys.stdout.flush()  # a closed pipe shows up here, not at interpreter exit
        return code
    except UsageError as problem:
        error(str(problem))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Point stdout at devnull so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
