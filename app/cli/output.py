"""Small helpers shared by subcommands for printing rows and JSON."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any


def iso_utc(epoch: float) -> str:
    """UTC ISO-8601 with a Z, second precision: what scripts want to parse."""
    return dt.datetime.fromtimestamp(epoch, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def local_time(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
