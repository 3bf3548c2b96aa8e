"""Tests of the `parley` command line."""
