"""Write records as JSON Lines or CSV (lists joined with '|'), to a file or stdout ('-')."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import IO, Any


def _jsonl(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def _csv(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    writer: csv.DictWriter[str] | None = None
    count = 0
    for record in records:
        flat = {k: "|".join(v) if isinstance(v, list) else v for k, v in record.items()}
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(flat))
            writer.writeheader()
        writer.writerow(flat)
        count += 1
    return count


FORMATS: dict[str, Callable[[Iterable[dict[str, Any]], IO[str]], int]] = {"jsonl": _jsonl, "csv": _csv}


def write_records(records: Iterable[dict[str, Any]], fmt: str, output: str | Path) -> int:
    """Write records in `fmt` to `output` ('-' is stdout); return how many were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if str(output) == "-":
        return FORMATS[fmt](records, sys.stdout)
    with open(output, "w", encoding="utf-8", newline="") as out:
        return FORMATS[fmt](records, out)
