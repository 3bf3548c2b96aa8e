"""Machine learning and mathematics conversations."""

from app.services.demo_corpus import RESEARCH, WORK, Subject

OVERFITTING = Subject(
    topic="ml",
    project=RESEARCH,
    weight=1.5,
    titles=(
        "Why is my validation loss going up?",
        "ResNet overfits after epoch 12",
        "Early stopping vs weight decay",
        "Fine-tuning ResNet on a small dataset",
        "Data augmentation for 8k images",
    ),
    prompts=(
        "Training a ResNet-18 on 8k images (5 classes). Train loss keeps dropping but val loss "
        "starts rising after epoch ~12. What should I try first?",
        "my validation accuracy plateaus at 71% while training hits 99%. classic overfitting? "
        "what are the highest-leverage fixes",
    ),
    followups=(
        "How much augmentation is too much?",
        "Should I freeze the backbone at first?",
        "What learning-rate schedule would you use?",
        "Can you write the training loop with early stopping?",
    ),
    answers=(
        """That's textbook overfitting: with 8k images, ResNet-18 (11M parameters) can \
memorise the training set. In rough order of impact:

1. **Start from pretrained weights** (ImageNet) and fine-tune — the biggest win by far.
2. **Data augmentation**: random resized crops, flips, light colour jitter.
3. **Weight decay** around `1e-4` with AdamW or SGD.
4. **Early stopping** on validation loss, keeping the best checkpoint.
5. Label smoothing (`0.1`) if classes are confusable.

| Change | Typical val-accuracy gain |
|---|---|
| Pretrained backbone | +10–25 pts |
| Augmentation | +3–8 pts |
| Weight decay | +1–3 pts |
| Label smoothing | +0–1 pt |

Also check the split: near-duplicate images across train and validation make the gap look \
smaller than it is.""",
        """Here's a compact PyTorch loop with early stopping:

```python
import copy
import torch

def train(model, train_dl, val_dl, epochs=50, patience=5, lr=3e-4):
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(
        opt, max_lr=lr, total_steps=epochs * len(train_dl)
    )
    loss_fn = torch.nn.CrossEntropyLoss(label_smoothing=0.1)
    best, best_state, waited = float("inf"), None, 0

    for epoch in range(epochs):
        model.train()
        for x, y in train_dl:
            opt.zero_grad(set_to_none=True)
            loss_fn(model(x), y).backward()
            opt.step()
            sched.step()

        model.eval()
        with torch.no_grad():
            val = sum(loss_fn(model(x), y).item() for x, y in val_dl) / len(val_dl)
        print(f"epoch {epoch:>3}  val_loss {val:.4f}")

        if val < best - 1e-4:
            best, best_state, waited = val, copy.deepcopy(model.state_dict()), 0
        elif (waited := waited + 1) >= patience:
            break

    model.load_state_dict(best_state)
    return model
```""",
        """Yes — freezing first usually helps with small datasets:

- **Phase 1** (3–5 epochs): freeze the backbone, train only the new classifier head with a \
higher LR (`1e-3`).
- **Phase 2**: unfreeze everything, drop the LR 10× (`1e-4`), train with early stopping.

```python
for p in model.parameters():
    p.requires_grad = False
model.fc = torch.nn.Linear(model.fc.in_features, num_classes)  # trainable
```

This keeps the random head from sending large gradients through the pretrained features.""",
    ),
)

ATTENTION = Subject(
    topic="ml",
    project=RESEARCH,
    weight=1.2,
    titles=("Explain self-attention with the math", "Why divide by √d in attention?", "Multi-head attention intuition", "Transformer attention in numpy"),
    prompts=(
        "Can you explain scaled dot-product attention step by step? I get lost at Q, K, V.",
        "why do transformers divide by sqrt(d_k) in attention",
    ),
    followups=(
        "What does multi-head attention add?",
        "Can you show it in numpy?",
        "Why is attention O(n²)?",
    ),
    answers=(
        """Think of each token asking a question (**query**), advertising what it contains \
(**key**), and carrying information (**value**).

For token embeddings stacked in a matrix $X$, three learned projections give:

```text
Q = X · W_Q      K = X · W_K      V = X · W_V
Attention(Q, K, V) = softmax(Q · Kᵀ / √d_k) · V
```

Step by step:

1. `Q · Kᵀ` — every query scored against every key (an n × n matrix).
2. `/ √d_k` — keeps the scores from growing with dimension (see below).
3. `softmax` per row — turns scores into weights that sum to 1.
4. `· V` — each output is a weighted average of the values.

Why √d_k: if q and k have independent unit-variance components, their dot product has \
variance d_k. Large scores push softmax into a near one-hot regime where gradients vanish; \
dividing by √d_k brings the variance back to 1.""",
        """In numpy, for a single head:

```python
import numpy as np

def attention(Q, K, V, mask=None):
    d_k = Q.shape[-1]
    scores = Q @ K.T / np.sqrt(d_k)           # (n, n)
    if mask is not None:
        scores = np.where(mask, scores, -1e9)  # causal mask for decoders
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ V                         # (n, d_v)

rng = np.random.default_rng(0)
X = rng.normal(size=(4, 8))                    # 4 tokens, d_model = 8
W_q, W_k, W_v = (rng.normal(size=(8, 8)) for _ in range(3))
out = attention(X @ W_q, X @ W_k, X @ W_v)
print(out.shape)  # (4, 8)
```

Subtracting the row max before `exp` is the usual numerical-stability trick.""",
        """The `Q · Kᵀ` matrix has one entry per pair of tokens, so for a sequence of n tokens \
time and memory grow as **n²**:

| Context length | Scores per head per layer |
|---:|---:|
| 1,024 | ~1 M |
| 8,192 | ~67 M |
| 128,000 | ~16 B |

That's why long-context models use FlashAttention (same maths, computed in tiles so the \
full matrix never sits in memory), sliding windows, or sparse patterns.""",
    ),
)

LOCAL_LLM = Subject(
    topic="ml",
    project=WORK,
    weight=1.3,
    titles=(
        "Running llama3.1:8b locally with Ollama",
        "Which quantization for a 16 GB GPU?",
        "Ollama vs llama.cpp for local models",
        "Ollama with the OpenAI Python client",
        "num_ctx in Ollama: bigger context",
    ),
    prompts=(
        "I have an RTX 4070 (12 GB) and 32 GB RAM. What's the easiest way to run Llama 3.1 8B "
        "locally and call it from Python?",
        "q4_K_M vs q8_0 — how much quality do I lose with the smaller quant?",
    ),
    followups=(
        "Can I use the OpenAI Python client with it?",
        "How do I make the context window bigger?",
        "What about qwen2.5-coder for code completion?",
    ),
    answers=(
        """Ollama is the easiest route:

```bash
curl -fsSL https://ollama.com/install.sh | sh
ollama pull llama3.1:8b
ollama run llama3.1:8b "Explain WAL mode in SQLite in two sentences."
```

It serves an **OpenAI-compatible API** on port 11434, so the official client works:

```python
from openai import OpenAI

client = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")
reply = client.chat.completions.create(
    model="llama3.1:8b",
    messages=[{"role": "user", "content": "Give me three names for a cat."}],
)
print(reply.choices[0].message.content)
```

With 12 GB VRAM the default 4-bit build (~4.9 GB) fits entirely on the GPU, so expect \
roughly 60–90 tokens/s.""",
        """Rough guide for an 8B model:

| Quant | Size | Quality vs fp16 | Fits in 12 GB with 8k context |
|---|---:|---|:-:|
| `q4_K_M` | 4.9 GB | very close; slight loss on maths/code | ✅ |
| `q5_K_M` | 5.7 GB | hard to tell apart | ✅ |
| `q8_0` | 8.5 GB | practically identical | ✅ (tight at 32k) |
| `fp16` | 16 GB | reference | ❌ |

For chat, `q4_K_M` is the sweet spot. For code or structured output I'd take `q5_K_M` or \
`q8_0` if it fits. Perplexity differences under ~1% rarely show up in practice.""",
        """Set `num_ctx` — Ollama defaults to a small window regardless of what the model \
supports:

```bash
ollama run llama3.1:8b
>>> /set parameter num_ctx 16384
```

or per request via the API options:

```json
{"model": "llama3.1:8b", "options": {"num_ctx": 16384}}
```

Bigger context costs VRAM for the KV cache (~1 GB per 8k tokens for an 8B model), so watch \
`ollama ps` to see if it spills to CPU.""",
    ),
)

EMBEDDINGS = Subject(
    topic="ml",
    project=RESEARCH,
    titles=("Semantic search with sentence embeddings", "Cosine similarity over 1M vectors", "Do I need a vector database?", "Evaluate semantic search: recall@10"),
    prompts=(
        "I want semantic search over ~200k support tickets. What's a simple, local setup?",
    ),
    followups=("Do I need a vector database?", "How do I evaluate whether results are good?"),
    answers=(
        """A simple local pipeline:

```python
import numpy as np
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("all-MiniLM-L6-v2")        # 384-dim, fast on CPU
emb = model.encode(tickets, batch_size=256, normalize_embeddings=True)
np.save("tickets.npy", emb.astype(np.float32))

def search(query: str, k: int = 10):
    q = model.encode([query], normalize_embeddings=True)[0]
    scores = emb @ q                                    # cosine, since normalised
    top = np.argpartition(-scores, k)[:k]
    return sorted(zip(scores[top], top), reverse=True)
```

200k × 384 floats is ~300 MB and a brute-force search takes a few milliseconds — you \
don't need a vector database until you're in the tens of millions or need filtering at scale.""",
        """Build a small labelled set — 50–100 real queries with the tickets that *should* \
come back — and track:

- **Recall@10**: did the right ticket appear in the top 10?
- **MRR**: how high did it rank on average?

Then compare against plain keyword search (BM25). Hybrid (BM25 + embeddings, merged with \
reciprocal rank fusion) often beats either alone.""",
    ),
)

SQRT2 = Subject(
    topic="math",
    project=RESEARCH,
    titles=("Proof that √2 is irrational", "Why is √2 not a fraction?", "Irrationality proofs for kids", "Is √3 irrational too?"),
    prompts=(
        "Can you walk me through the proof that √2 is irrational? My kid asked and I "
        "forgot how it goes 😅",
    ),
    followups=("Does the same proof work for √3?", "What about √4, where does it break?"),
    answers=(
        """It's a proof by contradiction.

**Assume** √2 is rational: √2 = a/b with whole numbers a, b and the fraction in lowest \
terms (no common factor).

1. Square both sides: 2 = a²/b², so **a² = 2b²**.
2. So a² is even, which means **a is even** (an odd number squared is odd). Write a = 2k.
3. Substitute: (2k)² = 2b² → 4k² = 2b² → **b² = 2k²**.
4. So b² is even, and **b is even** too.

But then a and b are both even — they share the factor 2, contradicting "lowest terms". \
So the assumption was wrong: √2 is irrational. ∎

A kid-friendly version: “If √2 were a fraction, you could keep halving top and bottom \
forever — and whole numbers can't be halved forever.”""",
        """Yes for √3, using divisibility by 3 instead of 2: if 3 divides a², then 3 divides a \
(because 3 is prime). The same works for √p for any prime p.

For √4 the proof breaks at step 2: from a² = 4b² you get a = 2b, and there's no \
contradiction — indeed √4 = 2/1. The key fact is that √n is irrational exactly when n is \
not a perfect square.""",
    ),
)

BAYES = Subject(
    topic="math",
    project=RESEARCH,
    weight=1.2,
    titles=("Bayes' theorem with a medical test example", "False positives and base rates", "Positive test, 1-in-1000 disease: odds?", "Base rate fallacy explained"),
    prompts=(
        "A test is 99% accurate and I tested positive for a disease that 1 in 1,000 people "
        "have. What's the chance I actually have it? My intuition says 99%.",
    ),
    followups=("What if I take the test twice?", "Can you show it as a natural-frequency tree?"),
    answers=(
        """Surprisingly, only about **9%** — the base rate dominates.

Imagine 100,000 people:

| | Have disease | Healthy | Total |
|---|---:|---:|---:|
| Test positive | 99 | 999 | 1,098 |
| Test negative | 1 | 98,901 | 98,902 |
| Total | 100 | 99,900 | 100,000 |

Of 1,098 positives, only 99 are sick: 99 / 1,098 ≈ **9.0%**.

With Bayes' theorem:

```text
P(D | +) = P(+ | D) · P(D) / P(+)
         = 0.99 · 0.001 / (0.99 · 0.001 + 0.01 · 0.999)
         ≈ 0.0902
```""",
        """A second independent positive changes things a lot: your prior is now 9%, not 0.1%.

```text
P(D | ++) = 0.99 · 0.0902 / (0.99 · 0.0902 + 0.01 · 0.9098) ≈ 0.908
```

So about **91%**. This is why doctors confirm screening results with a second, different \
test — assuming the errors really are independent.""",
    ),
)

EIGEN = Subject(
    topic="math",
    project=RESEARCH,
    titles=("Eigenvalues of a 2×2 matrix by hand", "What do eigenvectors mean geometrically?", "Eigenvectors explained geometrically", "Diagonalize a symmetric matrix"),
    prompts=("How do I find the eigenvalues and eigenvectors of [[2, 1], [1, 2]] by hand?",),
    followups=("What's the geometric meaning?", "Check it with numpy please"),
    answers=(
        """Solve det(A − λI) = 0:

```text
| 2−λ   1  |
|  1   2−λ |  = (2−λ)² − 1 = λ² − 4λ + 3 = (λ − 1)(λ − 3)
```

So **λ₁ = 3** and **λ₂ = 1**.

- λ = 3: (A − 3I)v = 0 → −x + y = 0 → **v₁ = (1, 1)**
- λ = 1: (A − I)v = 0 → x + y = 0 → **v₂ = (1, −1)**

Geometrically: the matrix stretches everything along the diagonal (1, 1) by 3 and leaves \
the anti-diagonal (1, −1) unchanged.

```python
>>> import numpy as np
>>> np.linalg.eig(np.array([[2, 1], [1, 2]]))
EigResult(eigenvalues=array([3., 1.]),
          eigenvectors=array([[ 0.7071, -0.7071],
                              [ 0.7071,  0.7071]]))
```

numpy returns unit-length vectors, which are just (1, 1)/√2 and (−1, 1)/√2.""",
    ),
)

BIRTHDAY = Subject(
    topic="math",
    project=RESEARCH,
    titles=("Birthday paradox simulation", "How many people for a 50% shared birthday?", "Birthday problem and hash collisions", "Why 23 people is enough"),
    prompts=("Explain the birthday paradox and simulate it in Python?",),
    followups=("How does this relate to hash collisions?",),
    answers=(
        """With just **23 people** the chance that two share a birthday is over 50%. The naïve \
intuition is about *our* birthday matching, but there are 253 *pairs* among 23 people.

```python
import random

def shared(n: int, trials: int = 100_000) -> float:
    hits = 0
    for _ in range(trials):
        days = [random.randrange(365) for _ in range(n)]
        hits += len(set(days)) < n
    return hits / trials

for n in (10, 23, 30, 50, 70):
    print(n, f"{shared(n):.1%}")
```

| People | P(shared birthday) |
|---:|---:|
| 10 | 11.7% |
| 23 | 50.7% |
| 30 | 70.6% |
| 50 | 97.0% |
| 70 | 99.9% |

Same maths explains hash collisions: with a 64-bit hash you expect a collision after about \
2³² ≈ 4 billion items, not 2⁶⁴.""",
    ),
)

SUBJECTS = (OVERFITTING, ATTENTION, LOCAL_LLM, EMBEDDINGS, SQRT2, BAYES, EIGEN, BIRTHDAY)
