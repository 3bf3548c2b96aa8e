"""Programming conversations: Python, Rust, SQL, TypeScript, Go, Bash, C++, CSS, Docker."""

from app.services.demo_corpus import WORK, PERSONAL, Subject

ASYNCIO = Subject(
    topic="programming",
    project=WORK,
    weight=2.0,
    titles=(
        "Fix asyncio TimeoutError in aiohttp client",
        "aiohttp requests hang under load",
        "Limit concurrent HTTP requests in asyncio",
        "asyncio.gather with thousands of tasks",
        "Python async scraper keeps timing out",
    ),
    prompts=(
        "My scraper fires ~2,000 requests with `asyncio.gather` and after a while everything "
        "fails with `asyncio.TimeoutError`. Small batches work fine. What am I doing wrong?",
        "how do I limit concurrency with aiohttp? gather() on 5k urls kills the server and "
        "half my requests time out",
    ),
    followups=(
        "Should I reuse one ClientSession or make one per request?",
        "How do I add retries with exponential backoff to this?",
        "Can I get results in the order they complete instead?",
        "What's the difference between a Semaphore and TCPConnector(limit=...)?",
    ),
    answers=(
        """The timeouts come from starting **all** requests at once: they queue inside the \
connection pool, and the clock for `ClientTimeout(total=...)` starts while they wait.

Bound the concurrency with a semaphore and share one session:

```python
import asyncio
import aiohttp

LIMIT = 20

async def fetch(session: aiohttp.ClientSession, sem: asyncio.Semaphore, url: str) -> str:
    async with sem:  # at most LIMIT requests in flight
        async with session.get(url) as resp:
            resp.raise_for_status()
            return await resp.text()

async def main(urls: list[str]) -> list[str | BaseException]:
    sem = asyncio.Semaphore(LIMIT)
    timeout = aiohttp.ClientTimeout(total=30, connect=5)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        tasks = [fetch(session, sem, u) for u in urls]
        return await asyncio.gather(*tasks, return_exceptions=True)
```

Key points:

1. **One `ClientSession`** for the whole run — it owns the connection pool.
2. `return_exceptions=True` so one failure doesn't cancel everything else.
3. Tune `LIMIT` to what the server tolerates; 10–50 is typical.""",
        """Both limit concurrency, but at different layers:

| | `asyncio.Semaphore` | `TCPConnector(limit=...)` |
|---|---|---|
| Limits | coroutines inside the block | open TCP connections |
| Timeout clock | starts after acquiring | starts while waiting for a connection |
| Per host | no (unless you keep one per host) | yes, with `limit_per_host` |
| Best for | "N jobs at a time" | being polite to one server |

In practice I use **both**: the semaphore keeps the timeout honest, the connector keeps \
connection counts sane.

```python
connector = aiohttp.TCPConnector(limit=50, limit_per_host=10)
async with aiohttp.ClientSession(connector=connector) as session:
    ...
```""",
        """Here's a small retry helper with exponential backoff and jitter:

```python
import random

RETRYABLE = {429, 500, 502, 503, 504}

async def fetch_with_retry(session, url, attempts=5):
    for attempt in range(attempts):
        try:
            async with session.get(url) as resp:
                if resp.status in RETRYABLE:
                    raise aiohttp.ClientResponseError(
                        resp.request_info, resp.history, status=resp.status
                    )
                return await resp.text()
        except (aiohttp.ClientError, asyncio.TimeoutError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(min(30, 2 ** attempt) + random.random())
```

Respect `Retry-After` on 429 responses if the server sends it — see the \
[aiohttp client docs](https://docs.aiohttp.org/en/stable/client_advanced.html).""",
    ),
)

RUST_BORROW = Subject(
    topic="programming",
    project=PERSONAL,
    weight=1.5,
    titles=(
        "Rust borrow checker: cannot borrow as mutable",
        "Rust: mutate a Vec while iterating",
        "Lifetimes in a Rust struct holding &str",
        "E0502: immutable and mutable borrow",
        "When to use Rc<RefCell<T>> in Rust",
    ),
    prompts=(
        "Rust newbie here. This doesn't compile:\n\n```rust\nfor item in &self.items {\n    "
        "if item.done { self.remove(item.id); }\n}\n```\n\nerror[E0502]: cannot borrow `*self` "
        "as mutable because it is also borrowed as immutable. How do I do this?",
        "why can't I store a &str in my struct without lifetimes everywhere?",
    ),
    followups=(
        "Is `retain` faster than collecting ids first?",
        "When should I use `Rc<RefCell<T>>` instead?",
        "What does `'static` actually mean here?",
    ),
    answers=(
        """The loop holds a shared borrow of `self.items` while `self.remove` wants a mutable \
borrow of all of `self` — Rust forbids both at once, because removing could reallocate the \
vector under the iterator.

The idiomatic fix is `retain`:

```rust
impl TodoList {
    fn clear_done(&mut self) {
        self.items.retain(|item| !item.done);
    }
}
```

If you need to run side effects per removed item, collect first, then mutate:

```rust
let done: Vec<u32> = self.items.iter().filter(|i| i.done).map(|i| i.id).collect();
for id in done {
    self.remove(id);
}
```

`retain` is one pass and keeps order; the second version is *O(n·m)* if `remove` searches.""",
        """A struct holding `&str` borrows text owned by someone else, so the compiler needs to \
know the struct can't outlive it — that's what the lifetime says:

```rust
struct Token<'a> {
    kind: Kind,
    text: &'a str, // points into the source string
}
```

Options, from simplest:

- **Own the data**: `text: String`. Costs an allocation, removes the lifetime entirely.
- **Borrow**: `Token<'a>` — zero-copy, great for parsers that live shorter than the input.
- **`Cow<'a, str>`**: borrow usually, own when you must modify.

For a beginner project, `String` is completely fine. Optimise later. 🦀""",
        """`Rc<RefCell<T>>` gives you *shared ownership* plus *runtime-checked* mutation. Reach \
for it when several owners genuinely need to mutate the same value (graphs, UI trees, \
observers) — not to silence the borrow checker.

| Need | Use |
|---|---|
| One owner, mutate | `T` / `&mut T` |
| Many readers | `&T` or `Rc<T>` |
| Many owners, mutate, one thread | `Rc<RefCell<T>>` |
| Many owners, mutate, threads | `Arc<Mutex<T>>` |

`RefCell` panics at runtime on a double mutable borrow, so you trade a compile error for a \
possible crash.""",
    ),
)

SQL_WINDOW = Subject(
    topic="programming",
    project=WORK,
    weight=1.5,
    titles=(
        "Running totals with SQL window functions",
        "Top 3 products per category in SQL",
        "Postgres: month-over-month growth query",
        "ROW_NUMBER vs RANK vs DENSE_RANK",
        "SQL running balance per account",
    ),
    prompts=(
        "I have an `orders(id, customer_id, created_at, amount)` table in Postgres. How do I "
        "get a running total per customer, ordered by date?",
        "SQL question: top 3 best-selling products in each category. I tried GROUP BY + LIMIT "
        "but LIMIT applies to the whole result.",
    ),
    followups=(
        "Does this work in SQLite too?",
        "How do I handle ties so I get exactly 3 rows?",
        "Can you add the percentage change vs the previous month?",
        "Will an index on (customer_id, created_at) help?",
    ),
    answers=(
        """Use `SUM(...) OVER` with a partition and an order:

```sql
SELECT
    customer_id,
    created_at::date AS day,
    amount,
    SUM(amount) OVER (
        PARTITION BY customer_id
        ORDER BY created_at
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS running_total
FROM orders
ORDER BY customer_id, created_at;
```

Example output:

| customer_id | day | amount | running_total |
|---:|---|---:|---:|
| 17 | 2024-03-01 | 40.00 | 40.00 |
| 17 | 2024-03-09 | 12.50 | 52.50 |
| 17 | 2024-04-02 | 99.90 | 152.40 |
| 23 | 2024-03-03 | 8.00 | 8.00 |

The explicit `ROWS BETWEEN ...` matters when two orders share a timestamp: the default \
`RANGE` frame would add both at once.""",
        """Rank inside each category, then filter:

```sql
WITH ranked AS (
    SELECT
        p.category,
        p.name,
        SUM(oi.quantity) AS sold,
        ROW_NUMBER() OVER (
            PARTITION BY p.category ORDER BY SUM(oi.quantity) DESC
        ) AS rn
    FROM order_items AS oi
    JOIN products AS p ON p.id = oi.product_id
    GROUP BY p.category, p.name
)
SELECT category, name, sold
FROM ranked
WHERE rn <= 3
ORDER BY category, rn;
```

- `ROW_NUMBER()` → exactly 3 rows, ties broken arbitrarily
- `RANK()` → may return more than 3 on ties
- `DENSE_RANK()` → top 3 *distinct* sales figures

SQLite supports all of these since 3.25.""",
        """Month-over-month with `LAG`:

```sql
WITH monthly AS (
    SELECT date_trunc('month', created_at) AS month, SUM(amount) AS revenue
    FROM orders
    GROUP BY 1
)
SELECT
    month,
    revenue,
    ROUND(100.0 * (revenue - LAG(revenue) OVER (ORDER BY month))
          / NULLIF(LAG(revenue) OVER (ORDER BY month), 0), 1) AS pct_change
FROM monthly
ORDER BY month;
```

`NULLIF(..., 0)` avoids a division-by-zero error for a month with no revenue; the first \
month has no previous one, so its change is `NULL`.""",
    ),
)

REACT_DEBOUNCE = Subject(
    topic="programming",
    project=WORK,
    weight=1.2,
    titles=(
        "Debounce a search input in React",
        "useEffect fires twice in dev mode",
        "TypeScript generic for an API response",
        "Cancel stale fetch requests in React",
        "Custom useDebounce hook",
    ),
    prompts=(
        "In my React app the search box calls the API on every keystroke. How do I debounce "
        "it properly with hooks? TypeScript please.",
        "Why does my useEffect run twice? I only mount the component once 🤔",
    ),
    followups=(
        "How do I cancel the in-flight request when the user keeps typing?",
        "Can I write a test for this with React Testing Library?",
        "Is lodash.debounce better than a custom hook?",
    ),
    answers=(
        """A small `useDebouncedValue` hook keeps the component simple:

```tsx
import { useEffect, useState } from "react";

export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(id); // a new keystroke resets the timer
  }, [value, delayMs]);
  return debounced;
}

export function SearchBox() {
  const [query, setQuery] = useState("");
  const debounced = useDebouncedValue(query);

  useEffect(() => {
    if (!debounced) return;
    const controller = new AbortController();
    fetch(`/api/search?q=${encodeURIComponent(debounced)}`, { signal: controller.signal })
      .then((r) => r.json())
      .then(setResults)
      .catch((e) => { if (e.name !== "AbortError") console.error(e); });
    return () => controller.abort(); // stale request? cancel it
  }, [debounced]);

  return <input value={query} onChange={(e) => setQuery(e.target.value)} />;
}
```

The `AbortController` also fixes the classic race where an old, slow response overwrites a \
newer one.""",
        """That's React 18's **Strict Mode** in development: it mounts, unmounts and re-mounts \
every component once to surface effects that don't clean up after themselves. It does *not* \
happen in production builds.

So the fix isn't to prevent the double call, it's to make the effect idempotent:

- return a cleanup function (`clearTimeout`, `controller.abort()`, `unsubscribe()`)
- don't rely on "runs exactly once" for side effects like analytics

See [Synchronizing with Effects](https://react.dev/learn/synchronizing-with-effects) in \
the React docs.""",
    ),
)

GIT_UNDO = Subject(
    topic="programming",
    project=WORK,
    weight=1.5,
    titles=(
        "Undo the last git commit but keep changes",
        "git: committed to the wrong branch",
        "Recover a deleted branch with reflog",
        "git reset --soft vs --hard",
        "Move last commit to a new branch",
    ),
    prompts=(
        "I just committed to main instead of my feature branch. Haven't pushed yet. How do I "
        "move the commit over?",
        "how do I undo my last commit but keep the changes in my working tree",
    ),
    followups=(
        "And if I had already pushed?",
        "What's the difference between --soft, --mixed and --hard?",
        "Can I undo a `git reset --hard`?",
    ),
    answers=(
        """Since it isn't pushed, this is safe:

```bash
git branch feature/login      # new branch pointing at your commit
git reset --hard HEAD~1       # move main back one commit
git switch feature/login      # continue on the feature branch
```

If `feature/login` already exists:

```bash
git switch feature/login
git cherry-pick main          # copy the commit
git switch main
git reset --hard HEAD~1
```

⚠️ `--hard` discards uncommitted changes — run `git status` first.""",
        """The three modes only differ in what they keep:

| Mode | Moves branch | Staging area | Working tree |
|---|:-:|:-:|:-:|
| `--soft` | ✅ | kept (changes staged) | kept |
| `--mixed` (default) | ✅ | reset (changes unstaged) | kept |
| `--hard` | ✅ | reset | **reset — changes lost** |

So `git reset --soft HEAD~1` is "un-commit but keep everything staged", which is usually \
what you want.""",
        """Almost always, yes — commits aren't deleted immediately. `git reflog` lists where \
`HEAD` has been:

```bash
$ git reflog
3f2a9c1 HEAD@{0}: reset: moving to HEAD~1
8d41be7 HEAD@{1}: commit: Add login form validation
...
$ git reset --hard 8d41be7
```

What *can't* be recovered: uncommitted changes that `--hard` overwrote. Those never \
entered the object database.""",
    ),
)

GO_WORKERS = Subject(
    topic="programming",
    project=WORK,
    titles=("Worker pool with goroutines and channels", "Go: wait for goroutines with errors", "errgroup with a concurrency limit", "Go channels: fan-out, fan-in"),
    prompts=(
        "What's the idiomatic way in Go to process 10k jobs with 8 workers and collect errors?",
    ),
    followups=(
        "How do I stop all workers on the first error?",
        "Is errgroup in the standard library?",
    ),
    answers=(
        """`errgroup` with a limit is the most compact version:

```go
package main

import (
	"context"
	"fmt"

	"golang.org/x/sync/errgroup"
)

func processAll(ctx context.Context, jobs []Job) error {
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(8) // at most 8 goroutines at once

	for _, job := range jobs {
		job := job
		g.Go(func() error {
			if err := process(ctx, job); err != nil {
				return fmt.Errorf("job %d: %w", job.ID, err)
			}
			return nil
		})
	}
	return g.Wait() // first error; ctx is cancelled for the others
}
```

`errgroup` lives in `golang.org/x/sync`, not the standard library, but it's maintained by \
the Go team.""",
        """The classic channel version, if you want no dependency:

```go
jobs := make(chan Job)
errs := make(chan error, len(all))
var wg sync.WaitGroup

for w := 0; w < 8; w++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		for j := range jobs {
			if err := process(j); err != nil {
				errs <- err
			}
		}
	}()
}
for _, j := range all {
	jobs <- j
}
close(jobs)
wg.Wait()
close(errs)
```

Then `for err := range errs { ... }` to collect them.""",
    ),
)

NGINX_REGEX = Subject(
    topic="programming",
    project=WORK,
    titles=("Regex to parse nginx access logs", "Count 5xx errors per endpoint from logs", "Parse access.log with Python", "Top endpoints returning 502"),
    prompts=(
        "Can you write a Python regex that parses nginx combined log lines? I want IP, time, "
        "method, path, status and response size.",
    ),
    followups=("Now group by path and count 5xx responses", "Can this run on a 4 GB file?"),
    answers=(
        r"""Here's a named-group pattern for the *combined* format:

```python
import re

LINE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]*" '
    r'(?P<status>\d{3}) (?P<size>\d+|-)'
)

m = LINE.match('203.0.113.9 - - [12/Mar/2025:10:01:22 +0000] "GET /api/v1/users HTTP/1.1" 502 173 "-" "curl/8.5"')
print(m.groupdict())
# {'ip': '203.0.113.9', 'time': '12/Mar/2025:10:01:22 +0000', 'method': 'GET',
#  'path': '/api/v1/users', 'status': '502', 'size': '173'}
```

Use `\S+` rather than `.*` — it's faster and doesn't backtrack across fields.""",
        """Streaming keeps memory flat, so a 4 GB file is fine:

```python
from collections import Counter

errors = Counter()
with open("access.log", encoding="utf-8", errors="replace") as f:
    for line in f:
        m = LINE.match(line)
        if m and m["status"].startswith("5"):
            errors[m["path"].split("?")[0]] += 1

for path, n in errors.most_common(10):
    print(f"{n:>7}  {path}")
```

| path | 5xx |
|---|---:|
| /api/v1/checkout | 1,204 |
| /api/v1/users | 311 |
| /healthz | 2 |""",
    ),
)

DOCKER_COMPOSE = Subject(
    topic="programming",
    project=WORK,
    titles=("Docker Compose for Postgres + pgAdmin", "Postgres container loses data on restart", "pgAdmin can't connect to Postgres in Docker", "docker compose volumes explained"),
    prompts=(
        "Give me a docker-compose.yml for local dev: Postgres 16 with a persistent volume "
        "and pgAdmin.",
        "my postgres docker container forgets all data every time I restart it?!",
    ),
    followups=("How do I run an init.sql on first start?", "Why can't pgAdmin connect to localhost?"),
    answers=(
        """```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: devpassword
      POSTGRES_DB: app
    ports:
      - "5432:5432"
    volumes:
      - pgdata:/var/lib/postgresql/data
      - ./init.sql:/docker-entrypoint-initdb.d/init.sql:ro
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app"]
      interval: 5s

  pgadmin:
    image: dpage/pgadmin4
    environment:
      PGADMIN_DEFAULT_EMAIL: me@example.com
      PGADMIN_DEFAULT_PASSWORD: admin
    ports:
      - "8080:80"
    depends_on:
      db:
        condition: service_healthy

volumes:
  pgdata:
```

In pgAdmin, connect to host **`db`**, not `localhost` — inside the Compose network each \
service is reachable by its name.""",
        """Data disappears when it's written inside the container's own filesystem, which is \
thrown away with the container. Mount a **named volume** at Postgres's data directory:

```yaml
volumes:
  - pgdata:/var/lib/postgresql/data
```

and declare `pgdata:` under the top-level `volumes:` key. `docker compose down` keeps the \
volume; `docker compose down -v` deletes it — easy to run by accident!""",
    ),
)

CPP_ITERATOR = Subject(
    topic="programming",
    project=PERSONAL,
    titles=("C++ vector iterator crash after push_back", "Why does my C++ loop segfault?", "Iterator invalidation in std::vector", "std::erase_if vs erase-remove idiom"),
    prompts=(
        "This segfaults randomly:\n\n```cpp\nfor (auto it = v.begin(); it != v.end(); ++it) {\n"
        "    if (*it % 2 == 0) v.push_back(*it * 10);\n}\n```\n\nWhy?",
    ),
    followups=("What about erase inside the loop?", "Does reserve() make it safe?"),
    answers=(
        """`push_back` may **reallocate** the vector's storage when `size() == capacity()`. \
After that, `it` and `v.end()` point into freed memory — undefined behaviour, so sometimes \
it "works" and sometimes it crashes.

Iterate by index over the original size instead:

```cpp
const std::size_t n = v.size();
for (std::size_t i = 0; i < n; ++i) {
    if (v[i] % 2 == 0) {
        v.push_back(v[i] * 10);
    }
}
```

For `erase`, use the erase–remove idiom (or `std::erase_if` in C++20):

```cpp
std::erase_if(v, [](int x) { return x < 0; });
```

`reserve()` avoids reallocation only if you reserve enough up front — fragile; prefer the \
index version.""",
    ),
)

BASH_RENAME = Subject(
    topic="programming",
    project=PERSONAL,
    titles=("Batch-rename photos by EXIF date", "Bash: loop over files with spaces", "exiftool rename by DateTimeOriginal", "Sort 3,000 phone photos by date"),
    prompts=(
        "I have 3,000 photos named IMG_1234.JPG from different phones. How can I rename them "
        "to 2024-07-14_15-32-10.jpg using the date they were taken?",
    ),
    followups=("What if two photos have the same timestamp?", "Can I do a dry run first?"),
    answers=(
        """`exiftool` does this in one command:

```bash
exiftool '-FileName<DateTimeOriginal' -d '%Y-%m-%d_%H-%M-%S%%-c.%%le' -r ~/Pictures/import
```

- `%%-c` appends `-1`, `-2`… when two photos share a timestamp
- `%%le` is the lower-cased original extension
- `-r` recurses into folders

Dry run first — this only prints what would happen:

```bash
exiftool '-TestName<DateTimeOriginal' -d '%Y-%m-%d_%H-%M-%S%%-c.%%le' -r ~/Pictures/import
```

📸 Tip: keep a backup; phones sometimes write a wrong time zone.""",
    ),
)

CSS_GRID = Subject(
    topic="programming",
    project=PERSONAL,
    titles=("Center a div with CSS grid", "Responsive card layout without media queries", "CSS grid auto-fill vs auto-fit", "place-items: center explained"),
    prompts=("Simplest modern way to center a div horizontally and vertically?",),
    followups=("And a responsive grid of cards that wraps?",),
    answers=(
        """Two lines with grid:

```css
.container {
  display: grid;
  place-items: center;
  min-height: 100vh;
}
```

And a card grid that wraps by itself, no media queries:

```css
.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
  gap: 1rem;
}
```

`auto-fill` creates as many 16rem columns as fit; `1fr` stretches them to fill the row.""",
    ),
)

CODE_REVIEW = Subject(
    topic="programming",
    project=WORK,
    weight=1.2,
    titles=("Review my Python function for readability", "Refactor nested ifs in Python", "Guard clauses vs nested if", "Pytest parametrize for discount rules"),
    prompts=(
        "Can you review this?\n\n```python\ndef get_discount(user, cart):\n    if user:\n"
        "        if user.is_member:\n            if cart.total > 100:\n                return 0.15\n"
        "            else:\n                return 0.05\n        else:\n            return 0\n"
        "    else:\n        return 0\n```",
    ),
    followups=("Would a dict lookup be better here?", "How would you test it?"),
    answers=(
        """Guard clauses flatten it nicely:

```diff
-def get_discount(user, cart):
-    if user:
-        if user.is_member:
-            if cart.total > 100:
-                return 0.15
-            else:
-                return 0.05
-        else:
-            return 0
-    else:
-        return 0
+MEMBER_BIG_CART = Decimal("0.15")
+MEMBER_DEFAULT = Decimal("0.05")
+
+def get_discount(user: User | None, cart: Cart) -> Decimal:
+    \"\"\"Discount rate for this user's cart (0 for guests and non-members).\"\"\"
+    if user is None or not user.is_member:
+        return Decimal(0)
+    return MEMBER_BIG_CART if cart.total > 100 else MEMBER_DEFAULT
```

Other notes:

- **Money → `Decimal`**, never float.
- Name the magic numbers so the business rule is searchable.
- `> 100` vs `>= 100`? Worth confirming with whoever owns pricing.""",
        """Parametrised tests cover the table of cases compactly:

```python
import pytest

@pytest.mark.parametrize(
    ("member", "total", "expected"),
    [
        (None, 500, Decimal(0)),
        (False, 500, Decimal(0)),
        (True, 50, Decimal("0.05")),
        (True, 100, Decimal("0.05")),   # boundary
        (True, 100.01, Decimal("0.15")),
    ],
)
def test_get_discount(member, total, expected):
    user = None if member is None else User(is_member=member)
    assert get_discount(user, Cart(total=total)) == expected
```""",
    ),
)

SUBJECTS = (
    ASYNCIO,
    RUST_BORROW,
    SQL_WINDOW,
    REACT_DEBOUNCE,
    GIT_UNDO,
    GO_WORKERS,
    NGINX_REGEX,
    DOCKER_COMPOSE,
    CPP_ITERATOR,
    BASH_RENAME,
    CSS_GRID,
    CODE_REVIEW,
)
