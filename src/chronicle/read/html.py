"""HTML pages: the article's main text, title and date, extracted with trafilatura."""

from __future__ import annotations

import re

from chronicle.errors import InputError
from chronicle.model import Article, PartialDate
from chronicle.read.ids import article_id

_HTML_START = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL
)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts like an HTML document."""
    return _HTML_START.match(text[:4096]) is not None


def read_html(source: str, page: str) -> Article | InputError:
    """One article from an HTML page, or an error when nothing is extractable."""
    import trafilatura  # here, not at import: it costs every run a quarter second, and most read JSONL

    document = trafilatura.bare_extraction(
        page,
        favor_precision=True,  # boilerplate in the text would become false events
        include_comments=False,
        include_tables=False,
        with_metadata=True,
        # Only dates the page states in its metadata; no guessing from the text.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return InputError(source, "no article text could be extracted from this HTML page")
    lang = _HTML_LANG.search(page[:4096])
    return Article(
        id=article_id(text),
        text=text,
        source=source,
        url=getattr(document, "url", None) or None,
        title=getattr(document, "title", None) or None,
        lang=lang.group(1).lower() if lang else None,
        published=_date(getattr(document, "date", None)),
    )


def _date(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value)
    except ValueError:
        return None  # an unusable metadata date is no reason to lose the article
