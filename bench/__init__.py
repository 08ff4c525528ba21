"""Benchmarks for KVisa Desk: `python -m bench [NAME ...] [--json FILE] [--quick]`.

Kept empty on purpose: every worker subprocess imports this package before it starts
timing anything, so nothing heavy may be imported here. See bench/README.md.
"""
