"""Parses RSS and Atom files with feedparser and prints what the tests check, as JSON.

Usage: python3 parse_feeds.py FILE...  (Debian's python3-feedparser)
"""

import html
import json
import sys

import feedparser


def as_text(entry):
    """The summary as a reader sees it: HTML summaries are decoded, plain-text ones kept."""
    summary = entry.get("summary")
    detail = entry.get("summary_detail") or {}
    return html.unescape(summary) if summary and detail.get("type") == "text/html" else summary


def summarize(path):
    parsed = feedparser.parse(path)
    return {
        "bozo": bool(parsed.bozo),
        "error": str(parsed.get("bozo_exception", "")),
        "version": parsed.version,
        "feed": {
            "title": parsed.feed.get("title"),
            "link": parsed.feed.get("link"),
            "language": parsed.feed.get("language"),
        },
        "entries": [
            {
                "title": entry.get("title"),
                "link": entry.get("link"),
                "id": entry.get("id"),
                "summary": as_text(entry),
                "published": entry.get("published"),
                "updated": entry.get("updated"),
                "tags": [tag.term for tag in entry.get("tags", [])],
                "authors": [author.get("name") for author in entry.get("authors", [])],
                # The full text (RSS content:encoded, Atom content), as HTML; None in summary-only feeds.
                "content": entry["content"][0]["value"] if entry.get("content") else None,
            }
            for entry in parsed.entries
        ],
    }


json.dump({path: summarize(path) for path in sys.argv[1:]}, sys.stdout, ensure_ascii=False)
