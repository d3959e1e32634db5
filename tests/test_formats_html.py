"""HTML is read through a parser: entities decoded, scripts, styles, code and attributes left
out, block elements apart, the page's own date as the dateline; positions in the page's source."""

from __future__ import annotations

import pytest
from drafts import DRAFTS, at, figures_of, findings_of, run

from figures.formats import read_text

BRIDGE = DRAFTS / "bridge.html"


def test_the_bridge_page_reads_only_its_text(capsys):
    source = BRIDGE.read_text(encoding="utf-8")
    assert figures_of(capsys, str(BRIDGE)) == [
        ("date_range", "last week", *at(source, "last week")),
        ("quantity", "150&nbsp;km", 13, 23),
        ("quantity", "193&nbsp;miles", 13, 36),
        ("duration", "three&nbsp;years", *at(source, "three&nbsp;years")),
        ("money", "&pound;4.2&nbsp;billion", *at(source, "&pound;4.2")),
        ("year", "2019", *at(source, "2019 study")),  # the link's words, not its href or title
        ("quantity", "3&#160;km", 20, 45),
        ("quantity", "5&#x20;miles", 20, 56),
    ]


def test_non_breaking_spaces_do_not_hide_a_conversion(capsys):
    assert findings_of(capsys, str(BRIDGE)) == [
        ("UC01", "193&nbsp;miles", 13, 36),
        ("UC01", "5&#x20;miles", 20, 56),
    ]


def test_the_page_metadata_is_the_dateline(capsys):
    code, out, _ = run(capsys, "extract", "--isolated", str(BRIDGE))
    assert code == 0
    header = out.splitlines()[0]
    assert "dateline 2022-03-20 from" in header and "page" in header
    assert "2022-03-07 .. 2022-03-13" in out  # "last week"


PAGE = "<html><head>{head}</head><body>{body}<p>The vote was last week.</p></body></html>"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        pytest.param('<meta property="article:published_time" content="2022-03-20T23:30:00-05:00">', "",
                     id="open-graph-article"),
        pytest.param('<meta name="pubdate" content="20 March 2022">', "", id="meta-name"),
        pytest.param('<meta itemprop="datePublished" content="2022-03-20">', "", id="meta-itemprop"),
        pytest.param('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
                     ' "headline": "Vote", "datePublished": "2022-03-20T08:00:00Z"}</script>', "", id="json-ld"),
        pytest.param('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
                     '{"@type": "NewsArticle", "datePublished": "2022-03-20"}]}</script>', "", id="json-ld-graph"),
        pytest.param("", '<header><time datetime="2022-03-20T10:00">20 March 2022</time></header>', id="time-header"),
        pytest.param("", '<p><time pubdate datetime="2022-03-20">Sunday</time></p><p>Text 3.</p>', id="time-pubdate"),
        pytest.param("", '<p>By A. Writer, <time itemprop="datePublished" datetime="2022-03-20">today</time></p>',
                     id="time-itemprop"),
    ],
)
def test_the_page_gives_its_own_date(head, body):
    document = read_text(PAGE.format(head=head, body=body), path="page.html")
    assert document.dateline is not None and str(document.dateline.date) == "2022-03-20"
    assert document.dateline.source == "page"


def test_a_time_in_the_article_body_is_no_dateline():
    page = PAGE.format(head="", body='<p>The vote is on <time datetime="2022-04-01">1 April</time>.</p>')
    assert read_text(page, path="page.html").dateline is None


def test_the_words_of_the_dateline_time_are_its_span():
    page = '<header><time datetime="2022-03-20">20 March 2022</time></header><p>It rained.</p>'
    document = read_text(page, path="page.html")
    start, end = document.dateline_span
    assert page[start:end] == "20 March 2022"


def test_a_page_date_the_calendar_lacks_is_a_one_line_error(capsys, tmp_path):
    bad, good = tmp_path / "bad.html", tmp_path / "good.html"
    bad.write_text('<meta property="article:published_time" content="2022-02-30"><p>5 km (3 miles)</p>',
                   encoding="utf-8")
    good.write_text("<p>It is 30 km (50 miles) long.</p>", encoding="utf-8")
    code, out, err = run(capsys, "check", "--isolated", "--format", "concise", str(bad), str(good))
    assert code == 2
    assert err == f"figures: {bad}: invalid date in the page's metadata: 2022-02-30\n"
    assert f"{good}:1:17: UC01" in out


def test_block_elements_are_separate_sentences():
    page = ("<h2>Schedule 2022</h2><ul><li>Monday 3</li><li>Tuesday 4</li></ul>"
            "<table><tr><td>North</td><td>5 km</td></tr></table><div>Last<br>line 6</div>")
    part, _ = read_text(page, path="p.html").analysed()
    assert [part.text[a:b] for a, b in part.sentences] == [
        "Schedule 2022", "Monday 3", "Tuesday 4", "North", "5 km", "Last\nline 6"]


def test_markup_inside_a_figure_maps_back_to_the_source(capsys, tmp_path):
    page = tmp_path / "p.html"
    source = "<p>The road is <b>30 km</b> (<i>50&nbsp;miles</i>) long.</p>\n"
    page.write_text(source, encoding="utf-8")
    assert figures_of(capsys, str(page)) == [("quantity", "30 km", *at(source, "30 km")),
                                             ("quantity", "50&nbsp;miles", *at(source, "50&nbsp;miles"))]


def test_scripts_styles_code_and_attributes_are_never_read(capsys, tmp_path):
    page = tmp_path / "p.html"
    page.write_text(
        '<html><head><title>5 km (9 miles)</title><style>p{margin:5px 9px}</style></head>\n'
        '<body data-n="5"><script>let x = "5 km (9 miles)"</script><noscript>5 km (9 miles)</noscript>\n'
        '<p class="w-50" style="width:90%"><code>5 km (9 miles)</code> <kbd>9 miles</kbd>'
        '<img src="5-km-9-miles.png" alt="5 km (9 miles)"></p>\n<pre>5 km\n(9 miles)</pre></body></html>\n',
        encoding="utf-8")
    assert figures_of(capsys, str(page)) == []


def test_a_time_in_a_div_of_running_text_after_a_paragraph_is_no_dateline():
    page = '<div><p>Intro.</p><div>The vote is on <time datetime="2022-04-01">1 April</time>.</div></div>'
    assert read_text(page, path="p.html").dateline is None


def test_a_head_left_open_ends_where_the_body_starts(capsys, tmp_path):
    page = tmp_path / "p.html"
    page.write_text("<html><head><title>Vote</title>\n<body><p>It is 30 km (50 miles) long.</p>\n", encoding="utf-8")
    assert findings_of(capsys, str(page)) == [("UC01", "50 miles", 2, 23)]
