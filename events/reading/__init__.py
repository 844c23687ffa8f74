"""Reading stage: files, pasted text and (optionally) URLs in; Articles and sentences out.

- ``article``: ``parse_article`` / ``read_article``: .txt, .md (front matter), .html (via
  trafilatura) -> one immutable ``Article`` (text, title, publication date, source), with
  encodings and size limits checked and errors that name the file.
- ``text``: ``split_sentences`` (sentences with character spans and paragraph numbers) and
  ``normalize_name``, the one normaliser every place and actor look-up uses.
- ``numbers``: ``CARDINALS``, the English cardinal words as numbers (counts and distances).
- ``fetch``: the optional network feature, ``fetch_article`` (public http(s) only, size-limited).

Nothing here knows about events: the extraction stage reads what this stage gives.
"""
