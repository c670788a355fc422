"""Test support, not tests: hand-made cases, builders and browser helpers shared by the kinds."""
