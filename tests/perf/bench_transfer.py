"""Import/export benchmark: a generated ChatGPT export of N messages (default 1,000,000).

    python tests/perf/bench_transfer.py [--messages N] [--per-conversation M] [--dir /work/perf-data]

Generates ``chatgpt-<N>.json`` once (streamed, realistic nodes: tree with a hidden root and
system node, model metadata, multi-paragraph text), then, each phase in a fresh child
process so peak memory is its own:

- import into an empty data folder (search index maintained), reporting messages/s and
  peak RSS;
- export of everything to Markdown (one file) and to Parley JSON (one file), messages/s.

Prints one JSON object. Not part of the test run (tests/perf is ignored by pytest).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

WORDS = (
    "the of and to in is it that for on with as was at by be this have from or one had not but what all were "
    "when we there can an your which their said if do will each about how up out them then she many some so "
    "these would other into has more her two like him see time could no make than first been its who now "
    "people my made over did down only way find use may water long little very after words called just where "
    "most know get through back much go good new write our me man too any day same right look think also "
    "around another came come work three word must because does part even place well such here take why help "
    "put different away again off went old number great tell men say small every found still between name "
    "should home big give air line set own under read last never us left end along while might next sound "
    "below saw something thought both few those always looked show large often together asked house world "
    "going want school important until form food keep children feet land side without boy once animal life "
    "enough took sometimes four head above kind began almost live page got earth need far hand high year "
    "mother light parts country father let night following picture being study second eyes soon times story "
    "函数 数据 模型 🚀 café naïve 東京"
).split()


def _text(rng: random.Random, words: int) -> str:
    chosen = rng.choices(WORDS, k=words)
    paragraphs = []
    step = 40
    for start in range(0, len(chosen), step):
        paragraphs.append(" ".join(chosen[start : start + step]).capitalize() + ".")
    return "\n\n".join(paragraphs)


def generate(path: Path, messages: int, per_conversation: int, seed: int = 7) -> None:
    """Write a ChatGPT-format export with ``messages`` visible messages, streamed."""
    rng = random.Random(seed)
    conversations = messages // per_conversation
    start = 1_700_000_000.0
    partial = path.with_suffix(".partial")
    with open(partial, "w", encoding="utf-8") as out:
        out.write("[")
        for c in range(conversations):
            created = start + c * 600.0
            mapping: dict = {
                "client-created-root": {"id": "client-created-root", "message": None, "parent": None, "children": ["sys"]},
                "sys": {
                    "id": "sys",
                    "message": {
                        "id": "sys", "author": {"role": "system", "name": None, "metadata": {}},
                        "create_time": None, "update_time": None,
                        "content": {"content_type": "text", "parts": [""]},
                        "status": "finished_successfully", "end_turn": True, "weight": 0.0,
                        "metadata": {"is_visually_hidden_from_conversation": True}, "recipient": "all",
                    },
                    "parent": "client-created-root", "children": [],
                },
            }
            parent = "sys"
            for m in range(per_conversation):
                node = f"{c:08x}-{m:04x}-4000-8000-{rng.getrandbits(48):012x}"
                user = m % 2 == 0
                message = {
                    "id": node,
                    "author": {"role": "user" if user else "assistant", "name": None, "metadata": {}},
                    "create_time": created + m * 7.5,
                    "update_time": None,
                    "content": {"content_type": "text", "parts": [_text(rng, rng.randint(8, 30) if user else rng.randint(40, 160))]},
                    "status": "finished_successfully",
                    "end_turn": None if user else True,
                    "weight": 1.0,
                    "recipient": "all",
                    "channel": None,
                }
                if not user:
                    message["metadata"] = {
                        "model_slug": "gpt-4o", "default_model_slug": "gpt-4o",
                        "finish_details": {"type": "stop", "stop_tokens": [200002]},
                        "request_id": f"{rng.getrandbits(64):016x}", "timestamp_": "absolute",
                    }
                mapping[parent]["children"].append(node)
                mapping[node] = {"id": node, "message": message, "parent": parent, "children": []}
                parent = node
            conversation = {
                "title": _text(rng, 5)[:60],
                "create_time": created,
                "update_time": created + per_conversation * 7.5,
                "mapping": mapping,
                "moderation_results": [],
                "current_node": parent,
                "plugin_ids": None,
                "conversation_id": f"c0000000-0000-4000-8000-{c:012x}",
                "id": f"c0000000-0000-4000-8000-{c:012x}",
                "gizmo_id": None,
                "is_archived": False,
                "safe_urls": [],
                "default_model_slug": "gpt-4o",
            }
            if c:
                out.write(",")
            out.write(json.dumps(conversation, ensure_ascii=False))
        out.write("]")
    os.replace(partial, path)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def phase_import(data_dir: Path, source: Path, messages: int) -> dict:
    from app.services.importers import import_path
    from app.store import open_database

    shutil.rmtree(data_dir, ignore_errors=True)
    open_database(data_dir)
    started = time.perf_counter()
    report = import_path(source)
    seconds = time.perf_counter() - started
    assert report.error is None, report.error
    return {
        "import_seconds": round(seconds, 1),
        "import_messages_per_s": round(report.messages_added / seconds),
        "import_messages": report.messages_added,
        "import_messages_found": report.messages_found,
        "import_peak_rss_mb": round(_peak_rss_mb()),
        "file_mb": round(source.stat().st_size / 1024**2),
    }


def phase_export(data_dir: Path, fmt: str, out_dir: Path) -> dict:
    from app.services.exporters import ExportScope, export
    from app.store import open_database

    open_database(data_dir)
    target = out_dir / f"everything.{fmt}"
    target.unlink(missing_ok=True)
    result = export(ExportScope.everything(), fmt, target)
    size = target.stat().st_size
    target.unlink()
    return {
        f"export_{fmt}_seconds": round(result.seconds, 1),
        f"export_{fmt}_messages_per_s": round(result.messages / result.seconds),
        f"export_{fmt}_mb": round(size / 1024**2),
        f"export_{fmt}_peak_rss_mb": round(_peak_rss_mb()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=1_000_000)
    parser.add_argument("--per-conversation", type=int, default=10)
    parser.add_argument("--dir", type=Path, default=Path("/work/perf-data"))
    parser.add_argument("--phase", choices=("import", "export-md", "export-json"), help=argparse.SUPPRESS)
    parser.add_argument("--skip-export", action="store_true")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    source = args.dir / f"chatgpt-{args.messages}.json"
    data_dir = args.dir / f"transfer-bench-{args.messages}"
    if args.phase == "import":
        print(json.dumps(phase_import(data_dir, source, args.messages)))
        return 0
    if args.phase in ("export-md", "export-json"):
        print(json.dumps(phase_export(data_dir, args.phase.split("-")[1], args.dir)))
        return 0

    results: dict = {"messages": args.messages, "per_conversation": args.per_conversation}
    if not source.exists():
        started = time.perf_counter()
        generate(source, args.messages, args.per_conversation)
        results["generate_seconds"] = round(time.perf_counter() - started, 1)
    phases = ["import"] + ([] if args.skip_export else ["export-md", "export-json"])
    for phase in phases:
        command = [sys.executable, __file__, "--messages", str(args.messages), "--per-conversation",
                   str(args.per_conversation), "--dir", str(args.dir), "--phase", phase]
        output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT).stdout
        results.update(json.loads(output.strip().splitlines()[-1]))
    print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
