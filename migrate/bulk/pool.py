"""A supervised pool of worker processes: a deadline per item, crashed or hung workers replaced, clean stops.

concurrent.futures and multiprocessing.Pool cannot say which task a dead worker was running, nor stop one
hung task; here every worker has its own pipe and a FIFO of the items it was given, so the parent always
knows which item is running where and since when, and can kill exactly that worker.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import signal
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.context import ForkContext, ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

WorkerFn = Callable[[str], Any]
TICK = 0.2  # seconds between ticks when nothing happens: progress refresh, stop and deadline checks
GRACE = 10.0  # seconds a worker sent SIGTERM has to finish (or roll back) the write in progress before SIGKILL


@dataclass(frozen=True, slots=True)
class Finished:
    """A task's result as the pool hands it back: its index in the submitted order and its value."""

    index: int
    value: Any


@dataclass(frozen=True, slots=True)
class Lost:
    """An item whose worker died or was killed while running it."""

    index: int
    item: str
    reason: str
    seconds: float


Event = Finished | Lost


def _worker_main(conn: Connection, func: WorkerFn) -> None:
    """Run items in the order given; a `None` message means: stop after the current item."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    todo: deque[tuple[int, str]] = deque()
    while True:
        try:
            while not todo or conn.poll():
                msg = conn.recv()
                if msg is None:
                    return
                todo.extend(msg)
        except (EOFError, OSError):
            return
        index, item = todo.popleft()
        conn.send((index, func(item)))
        # An item may hold SIGTERM back from the end of its write until its result is sent (bulk/task.py):
        # a SIGTERM that came meanwhile ends the worker now, with the result in the parent's hands.
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})


def _exit_reason(proc: BaseProcess) -> str:
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"worker crashed (signal {name})"
    return f"worker exited unexpectedly (exit code {code})"


@dataclass
class _Worker:
    """One worker process, its pipe, and the tasks it was given that it has not reported yet."""

    proc: BaseProcess
    conn: Connection
    queue: deque[tuple[int, str]] = field(default_factory=deque)  # given, not yet reported; head is running
    since: float = 0.0  # when the head item started
    # Sent SIGTERM (a timeout): when, and why. A write in progress is finished or rolled back (migrate/write.py)
    # and reported; any other work stops at once. SIGKILL only after GRACE seconds.
    terminated: float | None = None
    reason: str = ""
    term_index: int = -1  # the item it was running then


class Supervisor:
    """Runs `func(item)` for every item in worker processes; `events()` yields results as they come."""

    def __init__(
        self,
        func: WorkerFn,
        *,
        jobs: int,
        timeout: float | None,
        start_method: str | None = None,
        preload: tuple[str, ...] = (),
        max_chunk: int = 8,
    ) -> None:
        self.func = func
        self.jobs = max(1, jobs)
        self.timeout = timeout if timeout and timeout > 0 else None
        self.max_chunk = max(1, max_chunk)
        self.ctx = _context(start_method or _default_start_method())
        if isinstance(self.ctx, ForkServerContext) and preload:
            self.ctx.set_forkserver_preload(list(preload))
        self.workers: list[_Worker] = []
        self.pending: deque[tuple[int, str]] = deque()
        self.stopping = False

    # -- workers ------------------------------------------------------------------------------------------

    def _spawn(self) -> _Worker:
        parent, child = self.ctx.Pipe(duplex=True)
        proc = self.ctx.Process(target=_worker_main, args=(child, self.func), daemon=True)
        proc.start()
        child.close()
        worker = _Worker(proc, parent)
        self.workers.append(worker)
        return worker

    def _retire(self, worker: _Worker, *, kill: bool) -> None:
        """Let the worker go: told to stop after its item, or (kill) stopped now, by SIGTERM first so that a
        write in progress is finished or rolled back, by SIGKILL only when that takes over GRACE seconds."""
        if kill and worker.proc.is_alive():
            worker.proc.terminate()
            worker.proc.join(GRACE)
            if worker.proc.is_alive():
                worker.proc.kill()
        elif worker.proc.is_alive():
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        worker.proc.join(5)
        worker.conn.close()
        self.workers.remove(worker)

    def _terminate(self, worker: _Worker, reason: str) -> None:
        """SIGTERM: the worker ends its item (a write in progress finished or rolled back, and said) and dies."""
        if worker.terminated is None:
            worker.terminated = time.monotonic()
            worker.reason = reason
            worker.term_index = worker.queue[0][0] if worker.queue else -1
            with contextlib.suppress(OSError):
                worker.proc.terminate()

    def _dispatch(self) -> None:
        if self.stopping:
            return
        while len(self.workers) < self.jobs and self.pending:
            self._spawn()
        for worker in self.workers:
            if not self.pending or len(worker.queue) > 1 or worker.terminated is not None:
                continue
            size = max(1, min(self.max_chunk, len(self.pending) // (self.jobs * 4)))
            chunk = [self.pending.popleft() for _ in range(min(size, len(self.pending)))]
            try:
                worker.conn.send(chunk)
            except OSError:  # it died; its sentinel reports it on the next wait
                self.pending.extendleft(reversed(chunk))
                continue
            if not worker.queue:
                worker.since = time.monotonic()
            worker.queue.extend(chunk)

    # -- events -------------------------------------------------------------------------------------------

    def _received(self, worker: _Worker, message: tuple[int, Any]) -> Finished:
        index, value = message
        if worker.queue and worker.queue[0][0] == index:  # always, from a FIFO worker
            worker.queue.popleft()
        worker.since = time.monotonic()
        return Finished(index, value)

    def _lose_head(self, worker: _Worker, reason: str) -> Lost | None:
        """The worker is gone: its running item is lost, the items queued behind it go back to pending."""
        if not worker.queue:
            return None
        if self.stopping and worker.proc.exitcode == 0:
            worker.queue.clear()  # it stopped as asked: the items behind were never started
            return None
        index, item = worker.queue.popleft()
        if not self.stopping:
            self.pending.extendleft(reversed(worker.queue))
        worker.queue.clear()
        return Lost(index, item, reason, time.monotonic() - worker.since)

    def _drain(self, worker: _Worker) -> Iterator[Finished]:
        try:
            while worker.conn.poll():
                yield self._received(worker, worker.conn.recv())
        except (EOFError, OSError):
            return

    def stop(self, *, force: bool = False) -> None:
        """Take no new items; each worker finishes its running item (or, forced, is killed now)."""
        self.stopping = True
        self.pending.clear()
        for worker in list(self.workers):
            if force:
                self._retire(worker, kill=True)
                continue
            with contextlib.suppress(OSError):
                worker.conn.send(None)

    def events(self, items: Iterable[tuple[int, str]]) -> Generator[Event | None, None, None]:
        """Yield each item's event as it happens, and `None` on quiet ticks (so the caller can look up)."""
        self.pending.extend(items)
        try:
            while True:
                self._dispatch()
                if not self.workers:
                    return
                if (self.stopping or not self.pending) and all(not w.queue for w in self.workers):
                    for worker in list(self.workers):
                        self._retire(worker, kill=False)
                    return
                yield from self._wait_once()
        finally:
            for worker in list(self.workers):
                self._retire(worker, kill=True)

    def _wait_once(self) -> Iterator[Event | None]:
        now = time.monotonic()
        wait_for = TICK
        if self.timeout is not None:
            for w in self.workers:
                if w.queue and w.terminated is None:
                    wait_for = min(wait_for, max(0.0, w.since + self.timeout - now))
        for w in self.workers:
            if w.terminated is not None:
                wait_for = min(wait_for, max(0.0, w.terminated + GRACE - now))
        by_handle: dict[Any, _Worker] = {}
        for w in self.workers:
            by_handle[w.conn] = w
            by_handle[w.proc.sentinel] = w
        ready = multiprocessing.connection.wait(list(by_handle), timeout=wait_for)
        quiet = True
        dead: list[_Worker] = []
        for handle in ready:
            worker = by_handle[handle]
            if handle is worker.conn:
                for event in self._drain(worker):
                    quiet = False
                    yield event
            if not worker.proc.is_alive() and worker not in dead:
                dead.append(worker)
        for worker in dead:
            yield from self._drain(worker)
            worker.proc.join(1)
            lost = self._lose_head(worker, worker.reason or _exit_reason(worker.proc))
            self._retire(worker, kill=True)
            if lost is not None:
                quiet = False
                yield lost
        now = time.monotonic()
        for worker in list(self.workers):
            if worker.terminated is not None and worker not in dead:
                if not worker.queue or worker.queue[0][0] != worker.term_index:
                    # it reported its item (stopped mid-write, or done just then): the rest go back, it goes
                    if not self.stopping:
                        self.pending.extendleft(reversed(worker.queue))
                    worker.queue.clear()
                    self._retire(worker, kill=True)
                elif now - worker.terminated >= GRACE:
                    lost = self._lose_head(worker, worker.reason)
                    self._retire(worker, kill=True)
                    if lost is not None:
                        quiet = False
                        yield lost
            elif self.timeout is not None and worker.queue and now - worker.since >= self.timeout:
                self._terminate(worker, f"timeout after {self.timeout:g}s")
        if quiet:
            yield None


def _context(method: str) -> ForkServerContext | SpawnContext | ForkContext:
    if method == "forkserver":
        return multiprocessing.get_context("forkserver")
    if method == "fork":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _default_start_method() -> str:
    """forkserver where there is one (fast replacement of crashed workers, no inherited parent state),
    spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"
