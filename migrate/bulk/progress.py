"""Progress of a bulk run on stderr: a bar with counts and ETA on a terminal, a plain line now and then otherwise."""

from __future__ import annotations

import shutil
import time
from typing import TextIO

from migrate.bulk.summary import OUTCOMES, Tally

BAR = 24
TTY_EVERY = 0.1  # seconds between redraws on a terminal
PLAIN_EVERY = 5.0  # seconds between lines in a log


def _clock(seconds: float) -> str:
    seconds = max(0, int(seconds + 0.5))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    def __init__(self, stream: TextIO, *, total: int, tally: Tally, enabled: bool = True) -> None:
        self.stream = stream
        self.total = total
        self.tally = tally
        self.enabled = enabled
        self.tty = enabled and stream.isatty()
        self.start = time.monotonic()
        self.base = tally.done  # recorded earlier: not part of the rate
        self._last = 0.0
        self._drawn = False
        self.broken = False  # the stream refused a write: nothing more is written to it

    def line(self) -> str:
        done = self.tally.done
        elapsed = time.monotonic() - self.start
        rate = (done - self.base) / elapsed if elapsed > 0 else 0.0
        left = self.total - done
        eta = _clock(left / rate) if rate > 0 else "?"
        pct = 100 * done // self.total if self.total else 100
        counts = " ".join(f"{o} {self.tally.counts[o]}" for o in OUTCOMES)
        head = f"{done}/{self.total} {pct:3d}%"
        if not self.tty:
            return f"{head} | {rate:.0f}/s ETA {eta} | {counts}"
        # On a terminal the line must fit, or each redraw wraps and leaves the lines above it behind.
        width = shutil.get_terminal_size((80, 24)).columns - 1
        short = " ".join(f"{o[0]}{self.tally.counts[o]}" for o in OUTCOMES)  # m3 u1 b2 f0
        for bar, tail in ((BAR, counts), (BAR, short), (10, short), (0, short)):
            filled = bar * done // self.total if self.total else bar
            drawn = f"[{'#' * filled}{'.' * (bar - filled)}] " if bar else ""
            line = f"{drawn}{head} | {rate:.0f}/s ETA {eta} | {tail}"
            if len(line) <= width:
                return line
        return line[:width]

    def _write(self, text: str) -> None:
        """Write for people; a stream that cannot take it (a closed pipe) is given up, never the run."""
        if not self.enabled and not self.tty:
            return
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):
            self.broken = True
            self.enabled = self.tty = False

    def update(self, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < (TTY_EVERY if self.tty else PLAIN_EVERY):
            return
        self._last = now
        if self.tty:
            self._write("\r\x1b[K" + self.line())
            self._drawn = True
        else:
            self._write("progress: " + self.line() + "\n")

    def message(self, text: str) -> None:
        """A line for people (a failure, a verbose outcome), printed above the bar."""
        if self.broken:
            return
        if self.tty and self._drawn:
            self._write("\r\x1b[K")
            self._drawn = False
        self._write(text + "\n")
        if self.tty:
            self.update(force=True)

    def close(self) -> None:
        if self.tty and self._drawn:
            self._write("\r\x1b[K" + self.line() + "\n")
            self._drawn = False
