"""Cooking and travel conversations."""

from app.services.demo_corpus import PERSONAL, Subject

SOURDOUGH = Subject(
    topic="cooking",
    project=PERSONAL,
    weight=1.5,
    titles=(
        "Sourdough starter not rising",
        "Dense sourdough crumb — what went wrong?",
        "Sourdough schedule around a 9–5 job",
        "Starter smells like acetone",
        "Overnight sourdough timings",
    ),
    prompts=(
        "My sourdough starter is 10 days old, smells like nail polish and barely rises. "
        "I feed it 1:1:1 with all-purpose flour once a day. Help 🍞",
        "my loaves come out dense and gummy even though the starter doubles. what am I "
        "doing wrong?",
    ),
    followups=(
        "Can I use whole wheat flour to speed it up?",
        "What temperature should the kitchen be?",
        "Give me a weekday baking schedule",
    ),
    answers=(
        """That acetone smell means it's **hungry** — the yeast has run out of food and is \
producing acid. Try this for a week:

- Feed **twice a day** (every 12 h) instead of once.
- Use a **1:2:2** ratio (starter : flour : water) so there's more food per feeding.
- Swap 20–30% of the flour for **whole wheat or rye** — more nutrients for the microbes.
- Keep it warm: **24–26 °C** is ideal. The top of the fridge or an oven with just the light \
on works.

It's ready when it reliably **doubles within 4–6 hours** of feeding and smells pleasantly \
sour, like yoghurt. Happy baking! 🍞""",
        """Dense, gummy crumb with an active starter is usually **under-fermentation** in the \
bulk rise:

| Symptom | Likely cause | Fix |
|---|---|---|
| Tight crumb, few holes | bulk too short | wait for +50–75% volume, not the clock |
| Gummy centre | cut while hot | cool ≥ 2 h before slicing |
| Big holes under a dense bottom | cold dough | bulk at 24 °C or extend time |
| Flat, spreads out | over-fermented / weak shaping | shorter bulk, tighter pre-shape |

Go by the **dough**, not the recipe's hours: it should be domed, jiggly, with bubbles on \
the sides of the container.""",
        """A weekday schedule that works around office hours:

| Time | Step |
|---|---|
| **Wed 22:00** | feed starter |
| **Thu 07:00** | mix levain + dough, autolyse 30 min, add salt |
| 07:30–08:30 | 2 sets of stretch-and-folds, then leave for work |
| **Thu 18:00** | shape (bulk ran ~10 h in a cool kitchen) |
| 18:30 | into the fridge overnight |
| **Fri 07:00** | bake straight from the fridge: 250 °C lid on 20 min, 230 °C lid off 25 min |

Use ~10% starter instead of 20% so the long bulk doesn't over-ferment.""",
    ),
)

CARBONARA = Subject(
    topic="cooking",
    project=PERSONAL,
    weight=1.3,
    titles=("Authentic spaghetti carbonara", "Why does my carbonara scramble?", "Guanciale vs pancetta", "Carbonara for 6 people"),
    prompts=(
        "What's the authentic way to make carbonara? Mine always ends up as scrambled eggs.",
    ),
    followups=(
        "Can I use pancetta instead of guanciale?",
        "How do I scale it for 6 people?",
        "Is cream ever allowed? 😄",
    ),
    answers=(
        """The classic Roman version has **five ingredients** — no cream, no garlic:

**For 2 people**
- 200 g spaghetti (or rigatoni)
- 100 g guanciale, cut into batons
- 2 whole eggs + 2 yolks
- 50 g Pecorino Romano, finely grated (plus extra)
- plenty of black pepper

**Method**
1. Render the guanciale slowly in a cold pan until crisp; turn off the heat.
2. Whisk eggs, yolks, pecorino and pepper into a thick paste.
3. Cook the pasta in *lightly* salted water (the cheese and pork are salty).
4. Move the pasta to the **off-heat** pan, toss in the fat, wait ~30 seconds.
5. Add the egg mix with a splash of pasta water, tossing constantly.

The eggs scramble when the pan is too hot — aim for 65–70 °C, where they thicken into a \
silky sauce. Buon appetito! 🇮🇹""",
        """Pancetta works fine — it's leaner and less funky than guanciale (cured pork cheek), \
so render it a bit less. Smoked bacon changes the flavour noticeably but is a common \
substitute outside Italy.

As for cream: Romans will tell you *mai*, but you'll find it in plenty of 1980s Italian \
cookbooks. If your sauce keeps breaking, a tablespoon of cream is a forgiving safety net. \
No judgement here. 😄""",
    ),
)

MEAL_PREP = Subject(
    topic="cooking",
    project=PERSONAL,
    titles=("Weekly vegetarian meal prep", "High-protein lunches under €3", "Sunday batch cooking plan", "Vegetarian lunches with 30 g protein"),
    prompts=(
        "Plan 5 vegetarian work lunches I can cook on Sunday in under 2 hours. ~30 g "
        "protein each, no mushrooms.",
    ),
    followups=("Make a shopping list", "Which ones freeze well?"),
    answers=(
        """Here's a plan built on two batch bases (lentils and roasted chickpeas):

| Day | Lunch | Protein |
|---|---|---:|
| Mon | Red lentil dal with spinach, brown rice | 28 g |
| Tue | Chickpea, feta & roasted pepper salad | 30 g |
| Wed | Tofu peanut noodles with edamame | 34 g |
| Thu | Black bean & sweet potato chili | 27 g |
| Fri | Greek yoghurt bowl with quinoa, cucumber, herbs | 31 g |

**Sunday order of work**
1. Oven at 200 °C: sweet potato, peppers and chickpeas on two trays (35 min).
2. Meanwhile: dal on one hob, rice + quinoa on another.
3. Press and bake the tofu while the chili simmers.
4. Assemble in containers; keep dressings separate.

The dal and the chili freeze beautifully; the salads are best by Wednesday.""",
    ),
)

RAMEN = Subject(
    topic="cooking",
    project=PERSONAL,
    titles=("Tonkotsu ramen broth at home", "Ajitama (ramen eggs) recipe", "Pressure-cooker ramen broth", "Homemade ramen night 🍜"),
    prompts=("Is it realistic to make tonkotsu ramen broth at home? How long does it take?",),
    followups=("How do I make the marinated eggs?", "Can I use a pressure cooker?"),
    answers=(
        """Realistic, yes — quick, no. A proper tonkotsu (豚骨) is pork bones boiled **hard** \
for 10–12 hours until the collagen emulsifies into a milky broth.

- Blanch 2 kg pork trotters and neck bones for 10 min, scrub off the scum.
- Rolling boil (not a simmer!) with the lid ajar, topping up water.
- Last hour: add onion, garlic, ginger and the green parts of leeks.

A **pressure cooker** cuts it to ~2 hours at high pressure and honestly gets you 80% of \
the way.

**Ajitama** 🥚: boil eggs 6 min 30 s, ice bath, peel, then marinate overnight in equal parts \
soy sauce, mirin and water with a little sugar.""",
    ),
)

CREME_BRULEE = Subject(
    topic="cooking",
    project=PERSONAL,
    titles=("Crème brûlée without a blowtorch", "Why is my crème brûlée runny?", "Matcha crème brûlée", "Custard won't set"),
    prompts=("Can I make crème brûlée without a blowtorch? Also mine was runny last time.",),
    followups=("Can I flavour it with matcha?",),
    answers=(
        """Yes! Put the ramekins under a **very hot grill/broiler** as close to the element as \
possible for 2–4 minutes, turning them — watch constantly. Chill the custards well first \
so they don't warm through.

Runny custard means it was **underbaked**: bake in a water bath at 150 °C until the edges \
are set and the centre still wobbles like jelly (about 35–40 min), then chill at least \
4 hours. It sets further as it cools.

For a matcha variation, whisk 2 tsp matcha into the sugar before adding the warm cream — \
*crème brûlée au thé vert*, very café-chic. 🍵""",
    ),
)

KYOTO = Subject(
    topic="travel",
    project=PERSONAL,
    weight=1.5,
    titles=(
        "3-day Kyoto itinerary in November",
        "🇯🇵 Kyoto trip: avoiding the crowds",
        "Kyoto or Nara for a day trip?",
        "Kyoto autumn leaves 🍁",
        "Where to stay in Kyoto: Gion or station?",
    ),
    prompts=(
        "Planning 3 days in Kyoto mid-November for the autumn leaves. I hate crowds. "
        "Itinerary ideas?",
        "Is the Fushimi Inari hike worth it at sunrise?",
    ),
    followups=(
        "Where should we stay — Gion or near Kyoto Station?",
        "Any good vegetarian food?",
        "Can you put it in a table with travel times?",
        "How do we get from Kansai airport?",
    ),
    answers=(
        """Mid-November is peak *kōyō* (紅葉) season, so the trick is **timing**: famous spots \
at opening time, lesser-known temples at midday.

**Day 1 — Higashiyama**
- 06:30 Fushimi Inari (伏見稲荷大社): the gates are empty at dawn and it's open 24 h
- 10:00 Tōfuku-ji (東福寺) — spectacular maples from the Tsūten bridge
- Evening: stroll Ninenzaka and Sannenzaka after the day-trippers leave

**Day 2 — Arashiyama & north-west**
- 07:30 bamboo grove before the tour buses
- Ōkōchi Sansō villa garden (entry includes matcha)
- Afternoon: Jōjakkō-ji and Giō-ji — mossy, quiet, gorgeous in autumn

**Day 3 — north**
- Ōhara: Sanzen-in and Hōsen-in, an hour by bus but far calmer
- Back for dinner in Pontochō

Book accommodation early — November is the busiest month of the year. 🍁""",
        """| Stop | Getting there | Time |
|---|---|---:|
| Kyoto Station → Fushimi Inari | JR Nara Line | 5 min |
| Fushimi Inari → Tōfuku-ji | JR, one stop | 3 min |
| Kyoto Station → Arashiyama | JR Sagano Line | 15 min |
| Arashiyama → Ōkōchi Sansō | walk through the bamboo | 10 min |
| Kyoto Station → Ōhara | Kyoto Bus 17 | 60 min |

From **Kansai Airport**, the *Haruka* limited express reaches Kyoto Station in about \
75 minutes; buy the discounted ICOCA & HARUKA package.""",
        """Both are good bases:

- **Gion / Higashiyama**: atmospheric, walkable evenings, pricier, hillier with luggage.
- **Near Kyoto Station**: less charming but every train and bus leaves from there — great \
for day trips to Nara or Ōhara.

For vegetarian food, look for *shōjin ryōri* (精進料理), Buddhist temple cuisine: \
Shigetsu inside Tenryū-ji in Arashiyama is a classic. Tofu restaurants around Nanzen-ji \
serve *yudōfu* (simmered tofu), perfect on a cold evening.""",
    ),
)

AERO = Subject(
    topic="travel",
    project=PERSONAL,
    titles=(
        "Cycling Ærø: Ærøskøbing to Marstal",
        "Danish islands by bike — route help",
        "Svendborg–Ærøskøbing ferry with bikes",
        "South Funen archipelago in June",
    ),
    prompts=(
        "We're cycling the Danish South Funen archipelago in June. Is Ærø worth two nights? "
        "How far is Ærøskøbing from Marstal?",
    ),
    followups=("Ferries from Svendborg — do we need to book?", "Best bakery on the island? 🥐"),
    answers=(
        """Absolutely — Ærø is one of the loveliest islands in Denmark and it's made for bikes.

- **Ærøskøbing** — cobbled lanes and 18th-century houses, often called a "fairy-tale town"
- **Marstal** — the maritime town; the Søfartsmuseum is excellent
- **Søby** — ferry port in the north-west, with a quiet beach

| Route | Distance | Notes |
|---|---:|---|
| Ærøskøbing → Marstal | 13 km | flat, along the coast |
| Ærøskøbing → Søby | 16 km | rolling hills, sea views |
| Marstal → Ærøskøbing via Store Rise | 22 km | loop with a stop at Voderup Klint |

Ferries from **Svendborg** to Ærøskøbing take 75 minutes. Bikes don't need a reservation, \
but cars do in summer. Enjoy the smørrebrød! 🇩🇰""",
    ),
)

LISBON = Subject(
    topic="travel",
    project=PERSONAL,
    titles=("Lisbon food tour ideas", "Where to get the best pastéis de nata", "Sintra as a half-day trip", "Long weekend in Lisbon 🇵🇹"),
    prompts=("Going to Lisbon for a long weekend. What should we eat and where?",),
    followups=("Is Sintra doable as a half-day?", "Best fado spot that isn't a tourist trap?"),
    answers=(
        """A Lisbon eating list:

- 🥧 **Pastéis de nata** — the famous ones at *Pastéis de Belém* (queue moves fast), or \
*Manteigaria* in Chiado, many locals' favourite
- 🐟 **Grilled sardines** — June is the season, especially during the Santo António festival
- 🥪 **Bifana** — garlicky pork sandwich; *O Trevo* in Praça Luís de Camões
- 🦐 **Seafood** at *Cervejaria Ramiro* — book or go early
- 🍷 **Ginjinha** — sour-cherry liqueur, drunk standing up in Rossio

Sintra as a half-day is possible but rushed: pick **one** palace (Pena *or* Quinta da \
Regaleira) and take the first train from Rossio.""",
    ),
)

ICELAND = Subject(
    topic="travel",
    project=PERSONAL,
    titles=("Packing list for Iceland in March", "Ring Road in winter — safe?", "Northern lights in March", "South coast Iceland in winter"),
    prompts=("Packing list for 8 days in Iceland in March? We'll drive the south coast.",),
    followups=("Should we rent a 4x4?", "Chances of seeing the northern lights?"),
    answers=(
        """**Iceland in March — packing list** 🧊

- [x] Waterproof shell jacket *and* trousers
- [x] Warm mid-layer (fleece or down)
- [x] Thermal base layers ×2
- [x] Waterproof hiking boots + microspikes for icy paths
- [x] Hat, buff, two pairs of gloves (one always gets wet)
- [ ] Swimsuit — for hot pools like the Secret Lagoon
- [ ] Sunglasses (low sun + snow glare)
- [ ] Power bank; cold drains phone batteries fast

Check **road.is** and **vedur.is** every morning — conditions change within hours. \
Northern-lights chances in March are good (long nights, often clear); the aurora forecast \
on vedur.is is reliable.""",
    ),
)

SUBJECTS = (SOURDOUGH, CARBONARA, MEAL_PREP, RAMEN, CREME_BRULEE, KYOTO, AERO, LISBON, ICELAND)
