"""Realistic message texts for the message-view tests, screenshots and benchmark."""

from __future__ import annotations

import uuid

from app.store import bulk, projects
from app.store.database import write

QUESTION = "How do I read a large CSV file in Python without running out of memory? 🤔"

ANSWER_CODE = """\
Read it in **chunks** so only a slice is in memory at a time. With pandas:

```python
import pandas as pd

total = 0
for chunk in pd.read_csv("events.csv", chunksize=100_000):
    # each chunk is a DataFrame of at most 100,000 rows
    total += chunk["amount"].sum()
print(f"Total: {total:,.2f}")
```

A few things to keep in mind:

1. Pick `chunksize` so one chunk fits comfortably in RAM.
2. Pass `usecols=[...]` to load only the columns you need.
   - `dtype=` avoids costly type inference
   - `parse_dates=` only where you need dates
3. For pure Python, the `csv` module streams row by row.

| Approach | Memory | Speed |
|----------|:------:|------:|
| `pd.read_csv(chunksize=…)` | low | fast |
| `csv.reader` | very low | medium |
| `polars.scan_csv` | low | very fast |

> Tip: if you filter most rows away, do it per chunk before concatenating.

See the [pandas docs](https://pandas.pydata.org/docs/user_guide/io.html) for more.
"""

QUESTION_CHINESE = "请用中文解释一下什么是向量数据库，并给出一个简单的例子。"

ANSWER_CHINESE = """\
## 向量数据库简介

**向量数据库**是专门用来存储和检索*高维向量*的数据库。它常用于：

- 语义搜索 🔍
- 推荐系统
- 检索增强生成（RAG）

例如，把句子转换成向量后，可以用余弦相似度找到意思最接近的句子：

```python
similarity = dot(a, b) / (norm(a) * norm(b))
```

这样，“猫坐在垫子上”和“一只猫在毯子上休息”会被判定为相似。
"""

RAW_HTML = "Is this safe? <script>alert('hi')</script> <b>not bold</b> ![pixel](http://tracker.example.com/p.gif)"


def long_answer(paragraphs: int = 40) -> str:
    body = [
        f"### Part {n + 1}\n\nThis section goes on at some length about topic {n + 1}, with "
        "*emphasis*, `inline code` and a list:\n\n- one point\n- another point\n"
        for n in range(paragraphs)
    ]
    return "Here is the long write-up you asked for.\n\n" + "\n".join(body)


def build_conversation(
    title: str, turns: list[tuple[str, str]], *, start: float = 1_790_000_000.0, model: str = "gpt-4o"
) -> tuple[str, list[str]]:
    """A conversation with these (role, text) messages in one branch; returns (id, ids)."""
    project = projects.default_project()
    cid = str(uuid.uuid4())
    ids = [str(uuid.uuid4()) for _ in turns]
    rows = []
    for n, (role, text) in enumerate(turns):
        meta = {"model": model} if role == "assistant" else {}
        rows.append(
            bulk.NewMessage(ids[n], cid, ids[n - 1] if n else None, role, text, start + n * 60, metadata=meta)
        )
    with write():
        bulk.insert_conversations(
            [
                bulk.NewConversation(
                    cid, project.id, title, start, start + len(turns) * 60, len(turns),
                    turns[-1][1][:100] if turns else "", active_leaf_id=ids[-1] if ids else None,
                )
            ]
        )
        bulk.insert_messages(rows)
    return cid, ids


def build_long_conversation(count: int, *, start: float = 1_760_000_000.0) -> tuple[str, list[str]]:
    """``count`` alternating messages with varied Markdown (for paging and benchmarks)."""
    texts = [
        ("user", "Question {n}: can you explain this part again?"),
        ("assistant", "Sure. Point **{n}** in short:\n\n- first\n- second\n\n`value = {n}`"),
        ("user", "And with code, please ({n})."),
        ("assistant", "```python\ndef step_{n}(x):\n    return x * {n}\n```\nThat is all for {n}."),
    ]
    turns = [(texts[i % 4][0], texts[i % 4][1].format(n=i)) for i in range(count)]
    return build_conversation(f"Long conversation ({count})", turns, start=start)
