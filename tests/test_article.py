"""Reading articles: front matter, dates, and clear errors for bad input."""

from __future__ import annotations

import datetime as dt

import pytest

from events.errors import ArticleError
from events.reading.article import parse_article, read_article

GOOD = (
    "---\ntitle: A title\npublished: 2025-12-28\nsource: Wire\nurl: https://example.org/a\n---\nBody text.\n"
)


def test_front_matter_is_read(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(GOOD, encoding="utf-8")
    article = read_article(path)
    assert (article.article_id, article.title, article.source) == ("story", "A title", "Wire")
    assert article.published == dt.date(2025, 12, 28)
    assert article.text == "Body text.\n"
    assert article.url == "https://example.org/a"


def test_published_option_overrides_front_matter(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(GOOD, encoding="utf-8")
    assert read_article(path, dt.date(2024, 1, 2)).published == dt.date(2024, 1, 2)


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("Привет, это статья.".encode("cp1251"), "not valid UTF-8"),
        ("\ufeffHello".encode("utf-16"), "UTF-16"),
        (b"---\npublished: 2025-02-30\n---\nText.", "impossible"),
        (b"---\npublished: someday\n---\nText.", "not YYYY-MM-DD"),
        (b"---\ntitle: [unclosed\n---\nText.", "not valid YAML"),
        (b"---\n- a list\n---\nText.", "must be a mapping"),
        (b"---\nauthor: me\npublished: 2025-01-01\n---\nText.", "unknown front matter key"),
        (b"---\npublished: 2025-01-01\n---\n   \n", "no text"),
        (b"Just text without a date.", "no publication date"),
    ],
)
def test_bad_input_is_refused_with_the_file_and_problem(tmp_path, content, problem):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert problem in str(caught.value)


def test_missing_date_message_says_how_to_give_one(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Some news.", encoding="utf-8")
    with pytest.raises(ArticleError, match="--published YYYY-MM-DD"):
        read_article(path)


def test_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 2000, encoding="utf-8")
    with pytest.raises(ArticleError, match="over the limit"):
        read_article(path, dt.date(2025, 1, 1), max_bytes=1000)


def test_unsupported_suffix(tmp_path):
    path = tmp_path / "data.pdf"
    path.write_bytes(b"%PDF-1.4")
    with pytest.raises(ArticleError, match="unsupported file type"):
        read_article(path)


def test_html_main_text_and_metadata():
    html = (
        "<html><head><title>Strike on Kharkiv</title>"
        '<meta property="article:published_time" content="2024-05-25T08:00:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Strike on Kharkiv</h1>"
        "<p>Russian forces struck Kharkiv with missiles on Friday, killing four people and "
        "wounding 17, the regional governor said in a statement on Saturday morning.</p>"
        "<p>Emergency crews worked through the night to clear the rubble in the city centre, "
        "officials said, and the search for survivors continued.</p></article></body></html>"
    )
    article = parse_article(html, where="page.html", article_id="page", suffix=".html")
    assert "struck Kharkiv" in article.text
    assert "Home | World" not in article.text
    assert article.published == dt.date(2024, 5, 25)
    assert article.title == "Strike on Kharkiv"


def test_html_without_body_is_refused():
    with pytest.raises(ArticleError, match="no main text"):
        parse_article("<html><head><title>x</title></head></html>", where="empty.html",
                      article_id="e", suffix=".html", published=dt.date(2025, 1, 1))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sentences"),
    [  # exclamations inside quotes do not end the sentence
        ("About 200 people held a rally 'Free our defenders! Bring them home!' in Lviv on "
         "Sunday. He shouted “Stop! Now!” and left. Then it rained! Why?",
         ["About 200 people held a rally 'Free our defenders! Bring them home!' in Lviv on Sunday.",
          "He shouted “Stop! Now!” and left.", "Then it rained!", "Why?"]),
        # an abbreviation ends a sentence before a word that opens one
        ("The rocket hit the field shortly after 6 p.m. The wounded were flown to hospitals. "
         "He met U.S. President Trump at 10 a.m. on Friday. Talks with the U.N. They ended.",
         ["The rocket hit the field shortly after 6 p.m.", "The wounded were flown to hospitals.",
          "He met U.S. President Trump at 10 a.m. on Friday.", "Talks with the U.N.", "They ended."]),
        # a space lost after a period (copied or scraped text); not after an initial or an
        # abbreviation, nor inside an address
        ("Xinhua news agency reported.The RSF, for its part, accused the army. Mr.Smith and "
         "Gen.Abbas left the U.S.Army base, www.Reuters.com said.",
         ["Xinhua news agency reported.", "The RSF, for its part, accused the army.",
          "Mr.Smith and Gen.Abbas left the U.S.Army base, www.Reuters.com said."]),
        # a place's saint or ward and an officer's rank are abbreviations too
        ("A skirmish broke out in Barangay Sta. Cruz, Sibagat, said Police Supt. Reyes. It ended.",
         ["A skirmish broke out in Barangay Sta. Cruz, Sibagat, said Police Supt. Reyes.", "It ended."]),
    ],
)  # fmt: skip
def test_sentences_end_where_a_reader_ends_them(text, sentences):
    from events.reading.text import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences
