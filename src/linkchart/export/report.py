"""A report to share: one self-contained HTML file (styles, script, data and picture inline, so
it opens anywhere with no network) or Markdown, with actor profiles, a network picture, a
timeline and the citation behind every line."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from linkchart.analyze.scope import Scope
from linkchart.analyze.views import graph_payload, timeline
from linkchart.corpus import Corpus

__all__ = ["build_report", "render_html", "render_markdown", "write_report"]


def build_report(corpus: Corpus, actor: str | None = None, top: int = 5) -> dict[str, Any]:
    """The report's content: the chosen actor's profile (or the `top` most connected actors')."""
    chosen = [corpus.find_actor(actor)] if actor else [row["actor"] for row in corpus.key_actors(top=top)]
    profiles = [corpus.profile(actor_id) for actor_id in chosen]
    ties = timeline(corpus, actor, page=None if actor else 1)
    cited = {
        c["doc"] for p in profiles for lines in p["sections"].values() for line in lines for c in line["citations"]
    }
    cited |= {item["doc"] for item in ties["items"]}
    documents = corpus.store.query(
        "SELECT name, title, path, publisher, date FROM documents WHERE replaced_by IS NULL ORDER BY name"
    )
    return {
        "title": f"linkchart report: {profiles[0]['name']}" if actor and profiles else "linkchart report",
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "profiles": profiles,
        "graph": graph_payload(corpus, Scope("focus", tuple(chosen))),  # the neighbourhood, not the store
        "timeline": ties,
        "documents": [dict(r) for r in documents if r["name"] in cited],  # the sources cited, not every one
    }


def _asset(*parts: str) -> str:
    return (Path(__file__).parent.parent / "web").joinpath(*parts).read_text(encoding="utf-8")


def render_html(report: dict[str, Any]) -> str:
    environment = jinja2.Environment(loader=jinja2.PackageLoader("linkchart.web", "templates"), autoescape=True)
    template = environment.get_template("report.html")
    return template.render(
        report=report,
        css=_asset("static", "app.css"),
        cytoscape=_asset("static", "vendor", "cytoscape.min.js"),
        script=_asset("static", "report.js"),
    )


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_[]()#|!~"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def md(text: object) -> str:
    """Text from documents made inert in Markdown: HTML's and Markdown's own characters escaped,
    line breaks flattened (a name or sentence can never open a tag, a link or a heading)."""
    return " ".join(str(text).split()).translate(_MARKDOWN)


def render_markdown(report: dict[str, Any]) -> str:
    def cite(citation: dict[str, Any]) -> str:
        when = f" \\[{md(citation['when'])}\\]"
        hedge = f" *({md(citation['hedge'])})*" if citation["hedge"] != "asserted" else ""
        return f"{md(citation['doc'])}{when}{hedge}: “{md(citation['sentence'])}”"

    lines = [f"# {md(report['title'])}", "", f"Generated {report['generated']}.", ""]
    for profile in report["profiles"]:
        lines += [f"## {md(profile['name'])} ({profile['type']})", ""]
        if profile["aliases"]:
            lines += ["Also: " + ", ".join(md(a) for a in profile["aliases"]), ""]
        for section, entries in profile["sections"].items():
            if not entries:
                continue
            lines += [f"### {section.replace('_', ' ').capitalize()}", ""]
            for entry in entries:
                lines.append(f"- **{md(entry['name'])}** ({md(', '.join(entry['predicates']))})")
                lines += [f"  - {cite(c)}" for c in entry["citations"]]
            lines.append("")
    lines += ["## Timeline", ""]
    for i in report["timeline"]["items"]:
        lines.append(f"- {md(i['when'])}: {md(i['subject'])} {md(i['predicate'])} {md(i['object'])} ({md(i['doc'])})")
    lines += ["", "## Sources", ""]
    lines += [
        f"- {md(d['name'])}: {md(d['title'] or '')} ({md(d['publisher'] or 'publisher not stated')}"
        f"{', ' + md(d['date']) if d['date'] else ''})"
        for d in report["documents"]
    ]
    return "\n".join(lines) + "\n"


def write_report(corpus: Corpus, output: str | Path, actor: str | None = None, fmt: str = "html") -> Path:
    report = build_report(corpus, actor)
    text = render_html(report) if fmt == "html" else render_markdown(report)
    path = Path(output)
    path.write_text(text, encoding="utf-8")
    return path
