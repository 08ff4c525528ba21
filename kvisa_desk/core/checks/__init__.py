"""Eligibility checks over stored cases: facts snapshots, stored runs, overrides, replay."""
