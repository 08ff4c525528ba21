"""Run one benchmark task in this fresh process: `python -m bench._worker TASK PARAMS OUT`.

TASK is `<module>.<function>` for a function marked `@task` in `bench/bench_<module>.py`,
PARAMS a JSON object, OUT the file the result (a JSON object) is written to. The result
always carries `peak_rss_mb` (this process's own peak RSS) and `python_started_at`, the
`time.perf_counter()` reading taken first thing here, which the parent compares with its
own reading from before the spawn to tell the interpreter's start-up time. Tasks get that
reading as `params["t0"]`: a start-up benchmark measures from it, not from its own call.

A task that raises `bench.api.Skip` produces `{"skipped": reason}`; any other exception
exits with status 1 and the traceback on stderr.
"""

import time

T0 = time.perf_counter()  # first thing: everything below counts towards start-up

import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402


def run(task_name: str, params: dict[str, object], out: str) -> None:
    from bench.api import Skip, is_task, peak_rss_mb

    module_name, _, func_name = task_name.rpartition(".")
    module = importlib.import_module(f"bench.bench_{module_name}")
    func = getattr(module, func_name, None)
    if not is_task(func):
        raise SystemExit(f"bench._worker: {task_name!r} is not a @task of {module.__name__}")
    params = {**params, "t0": T0}
    try:
        result = func(params)
    except Skip as exc:
        result = {"skipped": str(exc) or "skipped"}
    result.setdefault("peak_rss_mb", peak_rss_mb())
    result["python_started_at"] = T0
    partial = out + ".partial"
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    os.replace(partial, out)


def main() -> None:
    if len(sys.argv) != 4:
        raise SystemExit("usage: python -m bench._worker TASK PARAMS_JSON OUT_FILE")
    run(sys.argv[1], json.loads(sys.argv[2]), sys.argv[3])
    sys.stdout.flush()
    sys.stderr.flush()
    # The result is written: skip interpreter teardown, where Qt and pending finalizers
    # can crash or stall and turn a finished measurement into a failure. Tasks close
    # what must be closed (databases) themselves.
    os._exit(0)


if __name__ == "__main__":
    main()
