"""`python -m bench`: run the benchmarks and print their ratios against same-run baselines."""

import os

# Until the benchmarks gain their encrypted column (issue 19), they measure plain files, as
# their baselines (plain sqlite3) read them; the workers inherit this.
os.environ.setdefault("KVISA_ENCRYPTION", "off")

from bench.harness import main

raise SystemExit(main())
