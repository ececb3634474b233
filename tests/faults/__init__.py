"""Fault-injection crawl tests: a misbehaving server and crawls run against it."""
