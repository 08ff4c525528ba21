"""`python -m bench`: run the benchmarks and print their ratios against same-run baselines."""

import os

# New files are plain unless a worker asks for the encrypted column (bench/encrypted.py):
# the baselines (plain sqlite3) read plain files; the workers inherit this.
os.environ.setdefault("KVISA_ENCRYPTION", "off")

from bench.harness import main

raise SystemExit(main())
