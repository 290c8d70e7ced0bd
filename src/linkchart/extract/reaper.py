"""The Ray engine's reaper: a small process that outlives a driver killed without warning
(kill -9, a lost terminal) and removes what the driver started. Ray's agents are not told that
the driver is gone, and the driver's temporary shard folder has no one left to remove it.

While the driver lives, the reaper notes its descendants (from /proc: Linux only, elsewhere it
only removes the folder) with their start times; once the driver is gone it kills those still
running, the same processes and not others that reuse their ids, then removes the folder.

    python .../linkchart/extract/reaper.py DRIVER_PID SHARD_FOLDER

It runs as a script, by its file, so that it imports the standard library only (not spaCy)."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

__all__ = ["start_reaper"]

_PROC = Path("/proc")
_POLL_S = 0.5


def start_reaper(folder: str) -> subprocess.Popen[bytes]:
    """A reaper for this process and `folder`, in its own session, so that killing the driver's
    process group leaves it running to clean up."""
    command = [sys.executable, "-I", __file__, str(os.getpid()), folder]
    return subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)


def _processes() -> dict[int, tuple[int, int, str]]:
    """Every process's parent, process group and start time (clock ticks since boot), from /proc."""
    found: dict[int, tuple[int, int, str]] = {}
    for entry in _PROC.glob("[0-9]*"):
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it ended while we looked
        found[int(entry.name)] = (int(fields[1]), int(fields[2]), fields[19])
    return found


def _descendants(root: int, table: dict[int, tuple[int, int, str]]) -> dict[int, str]:
    children: dict[int, list[int]] = {}
    for pid, (parent, _, _) in table.items():
        children.setdefault(parent, []).append(pid)
    found, stack = {}, list(children.get(root, []))
    while stack:
        pid = stack.pop()
        found[pid] = table[pid][2]
        stack += children.get(pid, [])
    return found


def _orphans(group: int, born: str, table: dict[int, tuple[int, int, str]]) -> dict[int, str]:
    """Processes of the driver's group started after it whose line of parents ends at init:
    what it started in the last moments, before a look could note them (not a pipeline's
    other commands, whose parent, the shell, still lives)."""
    candidates = {pid for pid, (_, pgid, started) in table.items() if pgid == group and int(started) >= int(born)}
    found = {}
    for pid in candidates:
        parent = table[pid][0]
        while parent in candidates:
            parent = table[parent][0]
        if parent in (0, 1) or parent not in table:
            found[pid] = table[pid][2]
    return found


def _alive(pid: int) -> bool:
    """Whether `pid` still runs (a zombie, dead but not yet waited for, does not)."""
    try:
        state = (_PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    except (OSError, IndexError):  # no /proc here
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return state not in ("Z", "X")


def reap(driver: int, folder: str) -> None:
    """Wait for `driver` to end, then kill what it started and remove `folder`."""
    seen: dict[int, str] = {}
    watched = _PROC.exists()
    group, born = _processes().get(driver, (0, 0, "0"))[1:] if watched else (0, "0")
    while _alive(driver):
        if watched:
            seen.update(_descendants(driver, _processes()))
        time.sleep(_POLL_S)
    table = _processes() if watched else {}
    if group:
        seen.update(_orphans(group, born, table))
    seen.pop(os.getpid(), None)  # the driver started the reaper too
    for pid, started in seen.items():
        if pid in table and table[pid][2] == started:  # the same process, not a reused id
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    reap(int(sys.argv[1]), sys.argv[2])
