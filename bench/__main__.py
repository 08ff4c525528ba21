"""`python -m bench`: run the benchmarks and print their ratios against same-run baselines."""

from bench.harness import main

raise SystemExit(main())
