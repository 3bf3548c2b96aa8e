"""Very long messages (100,000+ characters): a pasted log, a generated API reference, a
pasted CSV export, a long story chapter.

They are what real chat histories contain and what stresses a message view: huge Markdown
documents, one giant code block, thousands of table-like lines. Each builder returns the
opening exchange of a conversation, ``(title, user message, assistant message)``, and is
deterministic for a given ``random.Random``.
"""

from __future__ import annotations

import random
from typing import Callable

#: Length of the long message in each of these exchanges (at least this many characters).
LONG_CHARS = 100_000

Exchange = tuple[str, str, str]


def _fill(parts: Callable[[int], str], target: int) -> str:
    """Join pieces from ``parts(i)`` until the text is at least ``target`` long."""
    out: list[str] = []
    size = 0
    i = 0
    while size < target:
        piece = parts(i)
        out.append(piece)
        size += len(piece)
        i += 1
    return "".join(out)


_PATHS = ("/api/v1/checkout", "/api/v1/users/me", "/api/v1/cart", "/api/v1/search", "/healthz")
_UPSTREAM = ("10.0.3.11:8000", "10.0.3.12:8000", "10.0.3.13:8000")


def server_log(rng: random.Random, target: int = LONG_CHARS) -> Exchange:
    """The user pastes a night of nginx and app logs; the answer finds the cause."""
    start = 1_741_734_000 + rng.randrange(86_400)

    def line(i: int) -> str:
        t = start + i * 2
        stamp = f"2025-03-12T{(t // 3600) % 24:02d}:{(t // 60) % 60:02d}:{t % 60:02d}Z"
        path = _PATHS[rng.randrange(len(_PATHS))]
        if i > 900 and rng.random() < 0.35:
            up = _UPSTREAM[rng.randrange(3)]
            return (
                f"{stamp} nginx[812]: [error] upstream prematurely closed connection while "
                f"reading response header from upstream, request: \"POST {path} HTTP/1.1\", "
                f"upstream: \"http://{up}{path}\"\n"
            )
        if rng.random() < 0.1:
            return (
                f"{stamp} app[{2200 + rng.randrange(4)}]: WARNING db pool exhausted "
                f"(size=20, waiting={rng.randrange(1, 60)}) req_id={rng.getrandbits(48):012x}\n"
            )
        ms = rng.randrange(4, 900)
        return (
            f"{stamp} app[{2200 + rng.randrange(4)}]: INFO {path} 200 {ms}ms "
            f"req_id={rng.getrandbits(48):012x}\n"
        )

    log = _fill(line, target)
    user = (
        "Since last night's deploy our API intermittently returns 502s. Here's the full log "
        "from the load balancer and the app servers. What's going on?\n\n```text\n"
        + log
        + "```"
    )
    answer = """The pattern in the log is clear once you line up the two sources:

1. From about 00:30 the app logs **`db pool exhausted (size=20, waiting=…)`** with a rising \
number of waiting requests.
2. Shortly after, nginx reports **`upstream prematurely closed connection`** — the app \
workers are killed by the request timeout while waiting for a database connection, and \
nginx turns that into a 502.

So the 502s are a symptom; the cause is **database connection starvation**. Things to check \
in the deploy:

- a new code path that holds a connection across an external HTTP call
- a missing `session.close()` / context manager, leaking connections under errors
- the worker count increased without raising the pool size (4 workers × 20 > DB max?)

| Quick mitigation | Effect |
|---|---|
| `pool_timeout=5` instead of waiting for the 30 s worker timeout | fail fast with a clear 503 |
| raise `max_connections` on Postgres | buys headroom, doesn't fix a leak |
| roll back the deploy | confirms the cause |

If you paste the diff of the deploy I can look for the leak."""
    return ("API 502s after deploy — full log", user, answer)


_ENDPOINTS = (
    ("GET", "/v1/customers", "List customers"),
    ("POST", "/v1/customers", "Create a customer"),
    ("GET", "/v1/customers/{id}", "Retrieve a customer"),
    ("PATCH", "/v1/customers/{id}", "Update a customer"),
    ("GET", "/v1/invoices", "List invoices"),
    ("POST", "/v1/invoices/{id}/finalize", "Finalize an invoice"),
    ("POST", "/v1/refunds", "Create a refund"),
    ("GET", "/v1/subscriptions", "List subscriptions"),
    ("DELETE", "/v1/subscriptions/{id}", "Cancel a subscription"),
)
_FIELDS = (
    ("email", "string", "The customer's email address."),
    ("name", "string", "Full name, shown on invoices."),
    ("currency", "string", "Three-letter ISO code, e.g. `eur`."),
    ("limit", "integer", "Page size, 1–100 (default 20)."),
    ("starting_after", "string", "Cursor for the next page."),
    ("metadata", "object", "Up to 50 key–value pairs for your own use."),
    ("amount", "integer", "Amount in the smallest currency unit (cents)."),
)


def api_reference(rng: random.Random, target: int = LONG_CHARS) -> Exchange:
    """The assistant writes a long Markdown API reference from a short request."""

    def section(i: int) -> str:
        method, path, summary = _ENDPOINTS[i % len(_ENDPOINTS)]
        version = i // len(_ENDPOINTS) + 1
        fields = rng.sample(_FIELDS, 4)
        rows = "\n".join(f"| `{n}` | {t} | {d} |" for n, t, d in fields)
        sample = ", ".join(f'"{n}": {rng.randrange(1, 5000) if t == "integer" else chr(34) + n + chr(34)}' for n, t, _ in fields[:3])
        return f"""
## {summary} (revision {version})

`{method} {path}`

{summary} for the billing service. Requests are authenticated with a bearer token and \
are idempotent when you send an `Idempotency-Key` header.

| Parameter | Type | Description |
|---|---|---|
{rows}

```bash
curl -X {method} https://api.example.com{path.replace('{id}', 'cus_' + format(rng.getrandbits(40), 'x'))} \\
  -H "Authorization: Bearer $API_KEY" \\
  -H "Content-Type: application/json"
```

```python
resp = client.request("{method}", "{path}", json={{{sample}}})
resp.raise_for_status()
```

**Errors:** `400` invalid parameters · `401` bad token · `404` unknown id · `429` rate limited.
"""

    doc = "# Billing API reference\n\nGenerated from the OpenAPI spec you pasted.\n" + _fill(
        section, target
    )
    user = "Turn this OpenAPI spec into a complete Markdown reference with examples for every endpoint."
    return ("Billing API reference (full)", user, doc)


_REGIONS = ("North", "South", "East", "West", "Île-de-France", "Bayern", "Kantō", "广东")
_PRODUCTS = ("Espresso beans 1kg", "Oat milk 6-pack", "Grinder X2", "Café crème pods", "Matcha 100g")


def csv_export(rng: random.Random, target: int = LONG_CHARS) -> Exchange:
    """The user pastes a big CSV export and asks for anomalies."""

    def row(i: int) -> str:
        if i == 0:
            return "order_id,date,region,product,quantity,unit_price_eur,total_eur\n"
        qty = rng.randrange(1, 40) if rng.random() > 0.002 else rng.randrange(900, 5000)
        price = round(rng.uniform(3, 180), 2)
        day = 1 + (i // 120) % 28
        month = 1 + (i // 3360) % 12
        return (
            f"{100000 + i},2025-{month:02d}-{day:02d},{_REGIONS[rng.randrange(len(_REGIONS))]},"
            f"{_PRODUCTS[rng.randrange(len(_PRODUCTS))]},{qty},{price},{qty * price:.2f}\n"
        )

    csv = _fill(row, target)
    user = "Here's our 2025 order export. Anything unusual?\n\n```csv\n" + csv + "```"
    answer = """A few things stand out:

1. **Quantity outliers**: a handful of orders have quantities in the thousands, while the \
typical order is 1–40 units. They look like data-entry errors (an extra digit) or bulk B2B \
orders booked through the web shop.
2. **Region names mix languages** — "Île-de-France", "Kantō", "广东" next to "North/South": \
if you group by region, normalise these first.
3. Prices per product vary widely; is there a discount column missing?

```python
import pandas as pd

df = pd.read_csv("orders.csv")
q = df["quantity"]
outliers = df[q > q.quantile(0.75) + 3 * (q.quantile(0.75) - q.quantile(0.25))]
print(outliers.sort_values("quantity", ascending=False).head(20))
```"""
    return ("Order export 2025 — find anomalies", user, answer)


_STORY = (
    "The fog came in before dawn, the way it always did in the weeks after the equinox.",
    "Maren climbed the hundred and twelve steps with the oil can knocking against her knee.",
    "Below, the sea lay flat and grey, and the two moons hung together above the horizon.",
    "She counted the seconds between the flashes out of habit, though she knew them by heart.",
    "Nobody had come across from the mainland for eleven days.",
    "The radio hissed and muttered and then, for a moment, was perfectly silent.",
    "In the logbook she wrote the time, the wind, the state of the water, and then hesitated.",
    "There was no word in the book's columns for a tide that simply did not turn.",
    "Aster was the larger moon, pale and patient; Wren was small and quick and never still.",
    "Except tonight, when Wren did not move at all.",
    "She thought of her father, who had kept the light before her and trusted nothing he could not measure.",
    "The kelp beds were visible from the gallery, dark shapes suspended in glass-clear water.",
    "A gull landed on the railing, looked at her with one yellow eye, and flew off without a sound.",
    "By noon the fishing boats in the harbour had not left their moorings.",
    "She made tea, let it go cold, and made it again.",
    "Somewhere beneath the rock, the old cistern was dripping, each drop loud in the stillness.",
    "When the boat finally came, it was not the supply boat.",
    "The man who stepped onto the landing wore the grey coat of the Survey and carried no luggage.",
    "\u201cYou've noticed, then,\u201d he said, as if they were continuing a conversation.",
    "Maren did not answer; she was watching the water, which had begun, very slightly, to rise.",
)


def story_chapter(rng: random.Random, target: int = LONG_CHARS) -> Exchange:
    """The assistant writes a long chapter of the lighthouse story."""

    def paragraph(i: int) -> str:
        heading = f"\n\n## {i // 12 + 1}\n\n" if i % 12 == 0 else "\n\n"
        count = rng.randrange(3, 7)
        return heading + " ".join(rng.choice(_STORY) for _ in range(count))

    chapter = "# Slack Water — Chapter Seven" + _fill(paragraph, target)
    user = (
        "Write the complete chapter seven of *Slack Water*: the day the tides stop, told "
        "from Maren's point of view. Make it long, I want to read it on the train."
    )
    return ("Slack Water — chapter seven (full draft)", user, chapter)


#: Builders the generator cycles through, each with the topic of the conversation it opens
#: (its later turns come from a subject of that topic). The long message is the user's
#: (log, CSV) or the assistant's (reference, chapter).
BUILDERS: tuple[tuple[Callable[[random.Random], Exchange], str], ...] = (
    (server_log, "programming"),
    (api_reference, "programming"),
    (csv_export, "ml"),
    (story_chapter, "writing"),
)
