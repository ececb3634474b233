"""Fixtures of the fault crawl tests: the fault server on 127.0.0.1 (started and stopped per module)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from faults.server import FaultServer


@pytest.fixture(scope="module")
def fault_server() -> Iterator[FaultServer]:
    server = FaultServer(stall_seconds=30.0).start()
    try:
        yield server
    finally:
        server.stop()
