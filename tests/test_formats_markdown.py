"""Markdown is read as its readers see it: prose, headings, list items and table cells; never
code, link targets, image paths, reference definitions or HTML tags; offsets into the file."""

from __future__ import annotations

import pytest
from drafts import DRAFTS, at, figures_of, findings_of, run

from figures.formats import read_text
from figures.formats.markdown import markdown_view

HARBOUR = DRAFTS / "harbour.md"
FERRY = DRAFTS / "ferry.md"


def test_the_harbour_draft_reads_only_its_prose(capsys):
    text = HARBOUR.read_text(encoding="utf-8")
    assert figures_of(capsys, str(HARBOUR)) == [
        ("duration", "4 years", *at(text, "4 years")),
        ("date_range", "last week", 9, 26),
        ("quantity", "12 km", 9, 40),
        ("quantity", "19 miles", 9, 47),
        ("year", "2019", 12, 2),  # the link's text is read, its target is not
        ("money", "$2.1 billion", *at(text, "$2.1 billion")),
        ("quantity", "3 km", 28, 31),  # a table cell
        ("quantity", "5 miles", 28, 37),
    ]


def test_the_harbour_findings_are_where_the_file_has_them(capsys):
    # the suppression comment inside the code fence silences nothing
    assert findings_of(capsys, str(HARBOUR)) == [
        ("UC01", "19 miles", 9, 47),
        ("UC01", "5 miles", 28, 37),
    ]


def test_a_relative_date_is_resolved_from_the_front_matter(capsys):
    code, out, _ = run(capsys, "extract", "--isolated", str(HARBOUR))
    assert code == 0
    assert "dateline 2022-03-20 from the front matter" in out.splitlines()[0]
    assert "2022-03-07 .. 2022-03-13" in out  # "last week"


def test_the_ferry_draft_with_toml_front_matter(capsys):
    text = FERRY.read_text(encoding="utf-8")
    assert figures_of(capsys, str(FERRY)) == [
        ("quantity", "30 km", *at(text, "30 km")),
        ("quantity", "50 miles", *at(text, "50 miles")),
        ("date_range", "this week", *at(text, "this week")),
        ("date", "Wednesday 17 March", 10, 4),
        ("ordinal", "first", *at(text, "first")),
        ("money", "£12", *at(text, "£12")),  # the span's attributes, the autolink and the time are not read
    ]
    assert findings_of(capsys, str(FERRY)) == [
        ("UC01", "50 miles", *at(text, "50 miles")),
        ("WD01", "Wednesday 17 March", 10, 4),  # 17 March of the front matter's year was a Thursday
    ]


def test_crlf_line_ends_give_the_same_lines_and_columns(capsys, tmp_path):
    crlf = tmp_path / "harbour.md"
    crlf.write_bytes(HARBOUR.read_bytes().replace(b"\n", b"\r\n"))
    assert findings_of(capsys, str(crlf)) == findings_of(capsys, str(HARBOUR))


def _view(text: str) -> str:
    view, _ = markdown_view(text)
    assert len(view) == len(text)
    assert [i for i, c in enumerate(view) if c in "\r\n"] == [i for i, c in enumerate(text) if c in "\r\n"]
    return view


@pytest.mark.parametrize(
    ("markdown", "read"),
    [
        pytest.param("Costs rose `by 5%` today.", "Costs rose today.", id="inline-code"),
        pytest.param("A ``code with ` tick 5`` end.", "A end.", id="double-backticks"),
        pytest.param(r"Not \`code 5\` here.", r"Not \`code 5\` here.", id="escaped-backticks"),
        pytest.param("See [the 2021 report](https://x.org/5-km (9 miles)).", "See the 2021 report .", id="link"),
        pytest.param('See [the report](<https://x.org/a b/5> "5 km") now.', "See the report now.", id="link-title"),
        pytest.param("See [the report][r5] and [it].\n\n[r5]: https://x.org/5\n[it]: /9", "See the report and it .",
                     id="references"),
        pytest.param("![Map of 27 states](maps/eu-27.png)", "Map of 27 states", id="image-alt-is-read"),
        pytest.param("![](img/chart-2021.png) and ![][logo9]\n\n[logo9]: img/logo-9.png", "and",
                     id="alt-less-images"),
        pytest.param("Mail <https://x.org/5> or <ab5@x.org>.", "Mail or .", id="autolinks"),
        pytest.param('Tall <span data-h="300">40</span> m.', "Tall 40 m.", id="inline-html"),
        pytest.param("Item 5 <!-- 7 km -->", "Item 5 <!-- 7 km -->", id="comment-kept"),
        pytest.param("Title 1\n=======\n\n## Part 2\n\n- item 3\n  1. sub 4\n\n> quoted 5\n\n***\n",
                     "Title 1 ======= ## Part 2 - item 3 1. sub 4 > quoted 5", id="blocks"),
    ],
)
def test_markup_is_blanked_and_prose_kept_in_place(markdown, read):
    view = _view(markdown)
    assert " ".join(view.split()) == read
    assert all(kept in (" ", markdown[index]) for index, kept in enumerate(view))  # nothing moves


def test_code_blocks_are_blanked_and_their_comments_with_them():
    markdown = ("Intro 1.\n\n```\nx = 5 km (9 miles)\n<!-- figures: file-ignore[UC01] -->\n```\n\n"
                "    indented 5 km\n\n~~~\n5\n~~~\n\nOutro 2.\n")
    view = _view(markdown)
    assert view.split() == ["Intro", "1.", "Outro", "2."]


def test_html_blocks_keep_their_text_and_comments_but_not_their_tags():
    markdown = '<div class="c5" width="600">\n<img src="a-9.png"> Caption 3\n<!-- note 4 -->\n</div>\n'
    assert _view(markdown).split() == ["Caption", "3", "<!--", "note", "4", "-->"]


def test_table_cells_are_separate_paragraphs():
    document = read_text("| City | Note |\n|---|---|\n| Oslo | It grew 5%. |\n| Bergen | 12 km (4 miles) |\n",
                         path="t.md")
    part, _ = document.analysed()
    assert [part.text[a:b] for a, b in part.sentences] == ["City", "Note", "Oslo", "It grew 5%.", "Bergen",
                                                           "12 km (4 miles)"]
    assert "---" not in document.analysis_text  # the delimiter row is no prose


def test_a_suppression_outside_code_still_works(capsys, tmp_path):
    draft = tmp_path / "s.md"
    draft.write_text("<!-- figures: ignore[UC01] checked with the desk -->\nIt is 30 km (50 miles) long.\n\n"
                     "```\n<!-- figures: ignore[UC01] -->\n```\nIt is 30 km (50 miles) wide.\n", encoding="utf-8")
    assert findings_of(capsys, str(draft)) == [("UC01", "50 miles", 7, 14)]


def test_plain_text_is_not_read_as_markdown(capsys, tmp_path):
    draft = tmp_path / "plain.txt"
    draft.write_text("It runs `30 km (50 miles)` north.\n", encoding="utf-8")
    assert findings_of(capsys, str(draft)) == [("UC01", "50 miles", 1, 17)]
