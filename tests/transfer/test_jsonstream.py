"""The streaming reader gives what json.loads gives, whatever the window size."""

from __future__ import annotations

import io
import json

import pytest

from app.services.importers import jsonstream
from app.services.importers.jsonstream import JsonStream, JsonStreamError

RECORDS = [
    {"title": "café 東京 🚀" * n, "n": n, "x": 1.5e-7, "big": 10**20, "nested": {"model": "m", "parts": ["a", None, True]}}
    for n in range(60)
] + [{"huge": "長" * 50_000}, [], {}, "s", 0, None]


@pytest.mark.parametrize("chunk", [7, 64, 1000, 1 << 20])
def test_records_come_out_as_json_loads_reads_them(chunk):
    data = json.dumps(RECORDS, ensure_ascii=False, indent=1).encode("utf-8")
    stream = JsonStream(io.BytesIO(data), chunk_chars=chunk)
    assert list(stream.iter_array()) == json.loads(data)
    assert stream.at_end()


def test_records_that_fit_the_window_are_decoded_once(monkeypatch):
    data = json.dumps(RECORDS[:50], ensure_ascii=False).encode("utf-8")
    calls = []
    real = jsonstream._decoder.raw_decode

    class Counting:
        def raw_decode(self, text, pos):
            calls.append(pos)
            return real(text, pos)

    monkeypatch.setattr(jsonstream, "_decoder", Counting())
    assert list(JsonStream(io.BytesIO(data), chunk_chars=4096).iter_array()) == RECORDS[:50]
    assert len(calls) == 50  # no failed attempt on a record cut by the window's end


def test_truncated_input_is_still_reported():
    data = json.dumps(RECORDS, ensure_ascii=False).encode("utf-8")[:-30]
    with pytest.raises(JsonStreamError):
        list(JsonStream(io.BytesIO(data), chunk_chars=64).iter_array())
