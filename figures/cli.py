"""The ``figures`` command line: a registry of subcommands, their options, exit codes.

Exit codes: 0 ok; 2 a usage error or an unusable input (the other inputs are
still processed); 130 on Ctrl-C; 141 when the reader of stdout goes away
(``| head``).  The engine is imported only when a command runs, so
``figures --help`` stays fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, Sequence

from figures import __version__

if TYPE_CHECKING:  # pragma: no cover
    from figures.document import Document
    from figures.inputs import InputError

EXIT_OK = 0
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
    """``PATH... | -`` and ``--date``."""
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="a text or Markdown file; - reads stdin"
    )
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help="the article's date (overrides a dateline in the text); "
        "a bare YYYY gives the year of a wire dateline like 'NEW YORK, April 3 -'",
    )


def open_documents(args: argparse.Namespace, failures: list[InputError]) -> Iterator[Document]:
    """The usable inputs as Documents, lazily.

    Each unusable input is reported on stderr and added to ``failures``.
    """
    from figures.document import DateError, parse_date_option
    from figures.inputs import load_documents

    try:
        date = parse_date_option(args.date)
    except DateError as problem:
        raise UsageError(f"--date: {problem}") from None

    def report(problem: InputError) -> None:
        error(str(problem))
        failures.append(problem)

    return load_documents(args.paths, date=date, on_error=report)


# -- commands --------------------------------------------------------------


def _extract_arguments(parser: argparse.ArgumentParser) -> None:
    add_input_arguments(parser)
    parser.add_argument(
        "--format",
        choices=("table", "json", "csv"),
        default="table",
        help="table for people (default); json (one array) or csv for tools",
    )


@command(
    "extract",
    "list every figure in the text: counts, amounts, percentages, dates ...",
    _extract_arguments,
)
def run_extract(args: argparse.Namespace) -> int:
    from figures.extraction import extract_figures
    from figures.report.figure_formats import RENDERERS

    failures: list[InputError] = []
    documents = open_documents(args, failures)
    results = ((document, extract_figures(document)) for document in documents)
    RENDERERS[args.format](results, sys.stdout)
    return EXIT_ERROR if failures else EXIT_OK


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
