"""What leaves as a file: exports, summary, bundle, dashboard report, audit checkpoints."""
