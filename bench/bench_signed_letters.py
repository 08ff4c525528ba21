"""What signing a decision letter with the post's certificate (PAdES, pyHanko) costs.

The same bilingual letters as the `letters` benchmark (bench_letters.make_letters), in one
worker process:

* measured: `render_letter` then `sign_pdf` with a self-signed ECDSA P-256 key, as
  `issue_letter` does for a post with a certificate; then `check_signature` of each signed
  letter against the stored certificate, as `verify-letter` does;
* baseline: `render_letter` alone (an unsigned letter, as before), and SHA-256 of each file
  (what verify-letter compares for an unsigned letter).

pyHanko is imported and the key loaded before the clock starts (the first letter a process
signs pays that once: reported as a note).
"""

from __future__ import annotations

import statistics
import time
from typing import Any

from bench.api import HIGHER, Metric, Skip, benchmark, task

FULL_SIZE = 200
QUICK_SIZE = 20
SEED = 20251015


@benchmark("signed_letters", "bilingual letters rendered and PAdES-signed vs rendered only")
def signed_letters_benchmark(ctx: Any) -> list[Metric]:
    import importlib.util

    if importlib.util.find_spec("pyhanko") is None:
        raise Skip("pyHanko is not installed")
    count = ctx.size(FULL_SIZE, QUICK_SIZE)
    runs = ctx.repeats(full=3)
    results = []
    for run in range(runs):
        ctx.log(f"signed_letters: {count} letters, run {run + 1} of {runs}")
        results.append(ctx.worker("signed_letters.both", count=count, seed=SEED))

    def median(key: str) -> float:
        return float(statistics.median(r[key] for r in results))

    render, signed = median("render_s"), median("render_sign_s")
    sha, check = median("sha_s"), median("check_s")
    ctx.note(
        f"{count} en+zh letters, median of {runs} run(s): rendered {count / render:.1f}/s, "
        f"rendered and signed {count / signed:.1f}/s; signing adds "
        f"{(signed - render) / count * 1000:.1f} ms and {median('added_bytes') / 1000:.1f} kB "
        f"a letter; first signature in a process {median('first_s') * 1000:.0f} ms "
        "(pyHanko import, key load)"
    )
    return [
        Metric("signed_letters.time", signed, "s", render),
        Metric("signed_letters.rate", count / signed, "letters/s", count / render, better=HIGHER),
        Metric("signed_letters.verify", check / count * 1000, "ms/letter", sha / count * 1000),
    ]


@task
def both(params: dict[str, Any]) -> dict[str, Any]:
    import hashlib

    from bench.bench_letters import make_letters
    from kvisa_desk.pdf.render import render_letter
    from kvisa_desk.pdf.signing import check_signature, load_signing_key, make_self_signed, sign_pdf

    letterhead, letters = make_letters(int(params["count"]), int(params["seed"]))
    start = time.perf_counter()
    key = load_signing_key(make_self_signed("Bench letters", "Bench", b"bench"), b"bench")
    warm = render_letter(letters[0], letterhead)
    sign_pdf(warm, key, reason="warm-up")
    first = time.perf_counter() - start

    start = time.perf_counter()
    plain = [render_letter(letter, letterhead) for letter in letters]
    render_s = time.perf_counter() - start
    start = time.perf_counter()
    signed = [
        sign_pdf(render_letter(letter, letterhead), key, reason=f"letter {letter.reference}")
        for letter in letters
    ]
    render_sign_s = time.perf_counter() - start

    start = time.perf_counter()
    for pdf in signed:
        hashlib.sha256(pdf).hexdigest()
    sha_s = time.perf_counter() - start
    start = time.perf_counter()
    for pdf in signed:
        if not check_signature(pdf, [key.info.pem]).valid:
            raise RuntimeError("a signed letter did not verify")
    check_s = time.perf_counter() - start
    added = statistics.mean(len(s) - len(p) for s, p in zip(signed, plain, strict=True))
    return {
        "render_s": render_s,
        "render_sign_s": render_sign_s,
        "sha_s": sha_s,
        "check_s": check_s,
        "first_s": first,
        "added_bytes": added,
    }
