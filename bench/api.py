"""What a benchmark module uses: `@benchmark`, `@task`, `Metric` and `Skip`.

Standard library only and no heavy imports: worker subprocesses import this module after
their start-up clock has started, so it must cost next to nothing.

A benchmark module is any `bench/bench_<something>.py`. It declares

* benchmarks, run in the harness (parent) process, which prepare inputs, start workers
  and return `Metric`s, each comparing a value with a baseline measured in the same run::

      @benchmark("import", "import 100,000 applications vs plain sqlite3")
      def import_benchmark(ctx: Context) -> list[Metric]: ...

* tasks, run in a fresh `python -m bench._worker` subprocess each, so that their peak
  memory and start-up are their own. A task takes the JSON parameters the benchmark gave
  `ctx.worker(...)` and returns a JSON-able dict; the worker adds `peak_rss_mb`::

      @task
      def plain_sqlite(params: dict[str, Any]) -> dict[str, Any]: ...

  The task `kvisa` of `bench/bench_import.py` is named `"import.kvisa"`.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing typing costs start-up time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    TaskFunction = Callable[[dict[str, Any]], dict[str, Any]]

LOWER = "lower"
HIGHER = "higher"
_TASK_MARK = "_bench_task"

# name -> (function, description, module); filled by @benchmark when bench_*.py are imported.
BENCHMARKS: dict[str, tuple[Callable[..., list[Metric]], str, str]] = {}


class Skip(Exception):
    """The benchmark cannot run here (a missing API, platform, ...): reported, not failed."""


class Metric:
    """One row of the table: a value against a baseline measured in the same run.

    `ratio` is value / baseline; `better` says which direction is an improvement (the
    default, "lower", suits times and memory; rates such as records/s are "higher").
    `skipped` carries the reason when the benchmark could not run and `error` why it
    failed (value and baseline are then None); the harness makes those rows itself.
    """

    __slots__ = ("baseline", "better", "error", "name", "skipped", "unit", "value")

    def __init__(
        self,
        name: str,
        value: float | None,
        unit: str,
        baseline: float | None,
        better: str = LOWER,
        skipped: str | None = None,
        error: str | None = None,
    ) -> None:
        if better not in (LOWER, HIGHER):
            raise ValueError(f"better must be {LOWER!r} or {HIGHER!r}, not {better!r}")
        self.name, self.value, self.unit, self.baseline = name, value, unit, baseline
        self.better, self.skipped, self.error = better, skipped, error

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.baseline:
            return None
        return self.value / self.baseline

    def as_json(self) -> dict[str, Any]:
        row: dict[str, Any] = {
            "name": self.name,
            "value": self.value,
            "unit": self.unit,
            "baseline": self.baseline,
            "ratio": self.ratio,
            "better": self.better,
        }
        if self.skipped is not None:
            row["skipped"] = self.skipped
        if self.error is not None:
            row["error"] = self.error
        return row

    def __repr__(self) -> str:
        return f"Metric({self.as_json()!r})"


def benchmark(name: str, description: str = "") -> Callable[[Callable[..., list[Metric]]], Any]:
    """Register a benchmark under NAME (what `python -m bench NAME` selects)."""

    def register(func: Callable[..., list[Metric]]) -> Callable[..., list[Metric]]:
        if name in BENCHMARKS and BENCHMARKS[name][0] is not func:
            raise ValueError(f"two benchmarks are named {name!r}")
        BENCHMARKS[name] = (func, description or (func.__doc__ or "").strip(), func.__module__)
        return func

    return register


def task(func: TaskFunction) -> TaskFunction:
    """Mark a function of a bench_*.py module as runnable by `python -m bench._worker`."""
    setattr(func, _TASK_MARK, True)
    return func


def is_task(func: object) -> bool:
    return callable(func) and getattr(func, _TASK_MARK, False) is True


def _proc_status_mb(field: str) -> float | None:
    """A `VmXXX:  1234 kB` line of /proc/self/status in MB (Linux), else None."""
    try:
        with open("/proc/self/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


def peak_rss_mb() -> float | None:
    """This process's own peak resident set size in MB (None where the OS does not say).

    Linux: VmHWM, the high-water mark of this process image. Not ru_maxrss there: Linux
    carries ru_maxrss across exec, so a worker would report at least the RSS the harness
    had when it spawned the worker (whatever the harness had imported), not its own peak.
    Elsewhere ru_maxrss, the best there is.
    """
    hwm = _proc_status_mb("VmHWM")
    if hwm is not None:
        return hwm
    try:
        import resource
    except ImportError:  # Windows
        return None
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes on macOS


def current_rss_mb() -> float | None:
    """This process's resident set size now, in MB (the peak where only that is known)."""
    rss = _proc_status_mb("VmRSS")
    return rss if rss is not None else peak_rss_mb()
