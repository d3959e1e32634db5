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
    from figures.config import Configs, Rulebook
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
    """``PATH... | -``, ``--files-from``, ``--date`` and the configuration options."""
    parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="a file; a folder (walked for the file types figures reads); a quoted glob such as "
        "'docs/**/*.md' (** is any depth); - reads stdin",
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
    parser.add_argument(
        "--config", metavar="FILE",
        help="take the settings from this figures.toml or pyproject.toml ([tool.figures]) for every "
        "input (default: the nearest one above each input)",
    )
    parser.add_argument(
        "--encoding", metavar="NAME",
        help="the encoding of the inputs, e.g. cp1252 or latin-1 (default: UTF-8, or UTF-16/32 with a BOM)",
    )
    parser.add_argument("--isolated", action="store_true", help="ignore every configuration file")
    parser.add_argument(
        "--force-exclude", action="store_true",
        help="skip what the configuration excludes even when it is named on the command line",
    )


def input_configs(args: argparse.Namespace) -> Configs:
    """The configuration of the run's inputs (``--config``, ``--isolated``); a bad --config is a UsageError."""
    from figures.config import ConfigError, Configs

    if args.config and args.isolated:
        raise UsageError("--config and --isolated cannot be used together")
    try:
        return Configs(args.config, args.isolated, getattr(args, "rules", ()))
    except ConfigError as problem:
        for line in problem.lines[:-1]:
            error(line)
        raise UsageError(problem.lines[-1]) from None


def outcomes(args: argparse.Namespace, work: Callable[[Document], tuple[list, list[str]]],
             failures: list[str], configs: Configs | None = None) -> Iterator[Outcome]:
    """Each input's Outcome, lazily: its Document and what ``work`` found in it.

    ``work`` returns the items found and the errors it has reported for the
    document (a rule that failed, a bad suppression comment), and may add the
    Work done on it (``figures check``: figures read, relations, rules).  An unreadable
    input or a failure of figures is reported as one line on stderr and kept
    in the Outcome; every error is also added to ``failures``, and the next
    input is still processed.  Folders and globs are expanded (``figures.walk``); each input takes
    ``--date`` or else the date of its configuration.  Bad options raise UsageError at once.
    """
    from figures.document import DateError, parse_date_option
    from figures.inputs import check_encoding
    from figures.walk import expand

    try:
        date = parse_date_option(args.date)
    except DateError as problem:
        raise UsageError(f"--date: {problem}") from None
    if args.files_from == "-" and "-" in args.paths:
        raise UsageError("standard input can be read once: give - (a text) or --files-from - (a list), not both")
    paths = list(args.paths) + (_listed_paths(args.files_from) if args.files_from else [])
    if not paths:
        raise UsageError("no input: give a PATH, - for stdin, or --files-from LIST")
    configs = configs or input_configs(args)
    try:
        encoding = check_encoding(args.encoding)
    except LookupError:
        raise UsageError(f"--encoding: unknown encoding {args.encoding!r}") from None
    return _outcomes(expand(paths, configs, args.force_exclude), date, configs, work, failures, encoding)


def _outcomes(paths: Iterator, date, configs: Configs, work, failures: list[str],
              encoding: str | None = None) -> Iterator[Outcome]:
    from figures.config import ConfigError
    from figures.errors import InternalError, guarded
    from figures.inputs import InputError, display_name, open_document
    from figures.report.outcome import Outcome
    from figures.walk import Unmatched

    for path in paths:
        if isinstance(path, Unmatched):
            error(str(path))
            failures.append(path.problem)
            yield Outcome(path.path, None, errors=(path.problem,))
            continue
        name = display_name(path)
        try:
            config = configs.for_path(path)
        except ConfigError as problem:
            if problem.path not in configs.reported:  # once, however many inputs it governs
                configs.reported.add(problem.path)
                for line in problem.lines:
                    error(line)
            failures.append(problem.lines[0])
            yield Outcome(name, None, errors=problem.lines)
            continue
        options = {"encoding": encoding} if encoding else {}  # --encoding
        dated = functools.partial(open_document, path, date=config.date if date is None else date, **options)
        try:
            document = guarded("reading", dated, expected=(InputError,))
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


def rule_book(args: argparse.Namespace, configs: Configs) -> Rulebook:
    """The rules of each input: its configuration's, then ``--select``, ``--extend-select`` and
    ``--ignore``; a bad rule file, or a selector that names no rule the run loads, is a UsageError."""
    from figures.config import Rulebook, Selection
    from figures.rules import RuleError, matches

    chosen, extended, ignored = _selectors(args.select), _selectors(args.extend_select), _selectors(args.ignore)
    book = Rulebook(configs, Selection(tuple(chosen) or None, tuple(extended), tuple(ignored)))
    try:
        known = book.known(configs.run_config())
    except RuleError as problem:
        raise UsageError(str(problem)) from None
    for option, selectors in (("--select", chosen), ("--extend-select", extended), ("--ignore", ignored)):
        for selector in selectors:
            if not any(matches(rule, selector) for rule in known):
                raise UsageError(f"{option}: unknown rule selector {selector!r} "
                                 "(not a code, prefix, name or category)")
    return book


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
    from figures.config import spacy_model
    from figures.engine import document_figures
    from figures.report.figure_formats import RENDERERS

    def extract(document: Document) -> tuple[list, list[str]]:
        return document_figures(document, nouns=args.nouns), []

    failures: list[str] = []
    configs = input_configs(args)
    with spacy_model(configs.run_config().model):
        RENDERERS[args.format](outcomes(args, extract, failures, configs), sys.stdout)
    return EXIT_ERROR if failures else EXIT_OK


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("full", "concise", "json", "jsonl", "github", "sarif", "junit", "gitlab", "html"),
        default="full",
        help="full: each problem in its sentence (default); concise: one line each; "
        "json: one array for tools; jsonl: one object a line with a status record per input, "
        "for archives; github: annotations for GitHub Actions; sarif: SARIF 2.1.0 for code "
        "scanning; junit: JUnit XML test results; gitlab: a GitLab Code Quality report; "
        "html: one self-contained page for editors, the text with its figures and problems marked",
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
        "--extend-select",
        action="append",
        default=[],
        metavar="RULES",
        help="check these rules too, on top of those the configuration selects (same forms as --select)",
    )
    parser.add_argument(
        "--fail-level",
        choices=("warning", "error"),
        help="exit 1 when a problem at this level or above is found (default: the configuration's "
        "fail-level, else error)",
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
    from figures.config import spacy_model
    from figures.engine import run_checks
    from figures.model import LEVELS
    from figures.report.colour import Palette, wants_colour
    from figures.report.diagnostic_formats import RENDERERS, STATISTICS_RENDERERS
    from figures.report.outcome import Work
    from figures.report.settings import Settings
    from figures.report.skipped import skipped_without_dateline

    configs = input_configs(args)
    book = rule_book(args, configs)
    failing: list = []  # the problems at or above the fail level of their input

    def check(document: Document) -> tuple[list, list[str], Work]:
        config = configs.for_path(document.path)
        rules = book.rules(config, document.path)
        named: list = []
        _suppressions_name_rules(document, book.known(config), named)
        checked = run_checks(document, rules)
        failed = LEVELS[LEVELS.index(args.fail_level or config.fail_level or "error"):]
        failing.extend(d for d in checked.diagnostics if d.level in failed)
        skipped = skipped_without_dateline(document, rules, checked.kinds)
        work = Work(checked.figures, checked.relations, len(rules), skipped, checked.found)
        return checked.diagnostics, [p.problem for p in named] + [
            internal_error(document.path, failure) for failure in checked.failures], work

    failures: list[str] = []
    render = (STATISTICS_RENDERERS if args.statistics else RENDERERS)[args.format]
    run = configs.run_config()
    settings = Settings(rules=book.rules(run), quiet=args.quiet, palette=Palette(wants_colour(sys.stdout)))
    with spacy_model(run.model):
        render(outcomes(args, check, failures, configs), sys.stdout, settings)
    if failures:
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_PROBLEMS if failing else EXIT_OK


def _suppressions_name_rules(document: Document, rules: list[Rule], failures: list) -> bool:
    """Report a malformed suppression comment, or one that names no rule (a typo would silently
    keep a problem); the document is still checked."""
    from figures.inputs import InputError
    from figures.suppressions import suppression_problems

    for at, problem in suppression_problems(document.analysis_text, rules) if "<!--" in document.text else ():
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


def _lsp_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--stdio", action="store_true", help="speak LSP on stdin and stdout (the default)")


@command("lsp", "run the language server: diagnostics and fixes in your editor, over stdio", _lsp_arguments)
def run_lsp(args: argparse.Namespace) -> int:
    try:
        from figures.lsp import serve
    except ImportError as missing:
        if (missing.name or "").split(".")[0] not in ("pygls", "lsprotocol"):
            raise
        raise UsageError("the language server needs pygls: pip install 'figures-check[lsp]'") from None
    return serve()


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
