"""History and writing conversations."""

from app.services.demo_corpus import PERSONAL, RESEARCH, WORK, Subject

CONSTANTINOPLE = Subject(
    topic="history",
    project=RESEARCH,
    titles=("Why did Constantinople fall in 1453?", "Ottoman siege of Constantinople", "Orban's cannon and the Theodosian Walls", "Books about 1453"),
    prompts=(
        "Why did Constantinople finally fall in 1453 after resisting sieges for a thousand "
        "years?",
    ),
    followups=(
        "How important were the cannons really?",
        "What happened to the city's scholars afterwards?",
        "Recommend a couple of good books on this",
    ),
    answers=(
        """Several long-running weaknesses met one very determined sultan:

- **A shrunken empire.** By 1453 "Byzantium" was little more than the city itself, with \
perhaps 50,000 inhabitants and ~7,000 defenders against an army of 60,000–80,000.
- **Gunpowder.** Mehmed II hired the Hungarian engineer Orban, whose huge bombards could \
batter the Theodosian Walls, designed for an age before artillery.
- **Naval ingenuity.** Blocked by the chain across the Golden Horn, the Ottomans dragged \
ships overland on greased logs, forcing the defenders to thin out the sea walls.
- **No relief.** The hoped-for Western help never came in strength, partly because of the \
bitter split between the Orthodox and Catholic churches.

The city fell on **29 May 1453**; Emperor Constantine XI died in the fighting.""",
        """Good starting points:

| Book | Why read it |
|---|---|
| Roger Crowley, *1453* | gripping narrative, good on the siege itself |
| Steven Runciman, *The Fall of Constantinople 1453* | the classic account (1965) |
| Judith Herrin, *Byzantium* | the thousand years before, in short chapters |

Many Greek scholars had already left for Italy before 1453, carrying manuscripts that fed \
the Renaissance — Bessarion's library became the core of the Biblioteca Marciana in Venice.""",
    ),
)

PRINTING = Subject(
    topic="history",
    project=RESEARCH,
    titles=("How fast did the printing press spread?", "Gutenberg and the Reformation", "Movable type in Korea and China", "Luther's pamphlets and the press"),
    prompts=("How quickly did printing spread after Gutenberg, and did it cause the Reformation?",),
    followups=("What did a printed Bible cost?", "Was printing invented earlier in Asia?"),
    answers=(
        """Remarkably fast. Gutenberg's Bible appeared around **1455** in Mainz; by **1500** \
presses operated in about 270 European towns and had produced an estimated 8–20 million \
books (*incunabula*).

Printing didn't *cause* the Reformation, but it made it unstoppable: Luther's pamphlets \
were the first mass-media bestsellers. Between 1518 and 1525 his writings made up roughly a \
third of all books sold in Germany.

Movable type itself was older in East Asia: Bi Sheng used ceramic type in 11th-century \
China (活字印刷), and the Korean *Jikji* (1377) was printed with metal type — but the \
thousands of characters in Chinese made it far less transformative than in an alphabet \
of a few dozen letters.""",
    ),
)

MEIJI = Subject(
    topic="history",
    project=RESEARCH,
    titles=("Meiji Restoration in a nutshell", "How did Japan industrialise so fast?", "Iwakura Mission summary", "Japan 1853–1905 timeline"),
    prompts=("Give me a concise overview of the Meiji Restoration and why it mattered.",),
    followups=("What role did the Iwakura Mission play?", "Make a timeline table"),
    answers=(
        """In 1868 a coalition of samurai from Satsuma and Chōshū toppled the Tokugawa \
shogunate and "restored" power to the young Emperor Meiji (明治天皇). Within a generation \
Japan transformed itself:

- abolished the feudal domains (*han*) and the samurai class
- built railways, telegraphs and a national education system
- adopted a constitution (1889) modelled partly on Prussia's
- created a conscript army and a modern navy

| Year | Event |
|---|---|
| 1853 | Commodore Perry's "black ships" arrive |
| 1868 | Boshin War; Meiji Restoration |
| 1871 | Domains abolished; Iwakura Mission leaves |
| 1889 | Meiji Constitution |
| 1905 | Victory over Russia |

The Iwakura Mission (1871–73) toured the US and Europe for nearly two years; its reports \
shaped which Western institutions Japan copied and which it rejected.""",
    ),
)

SILK_ROAD = Subject(
    topic="history",
    project=PERSONAL,
    titles=("Was the Silk Road really a road?", "Silk Road trade goods", "Who named the Silk Road?", "What travelled along the Silk Road"),
    prompts=("Was the Silk Road an actual road? What was traded besides silk?",),
    followups=("How long did a journey take?",),
    answers=(
        """Not one road — a shifting web of caravan routes and sea lanes linking China, \
Central Asia, Persia, India and the Mediterranean. The name *Seidenstraße* was coined by \
the German geographer Ferdinand von Richthofen in 1877.

Few merchants travelled the whole way; goods passed through many hands, each adding a \
markup. Besides silk:

- 🌶️ spices, 🍵 tea, porcelain and paper heading west
- horses, glassware, silver and wool heading east
- and ideas: Buddhism, Islam, papermaking, the compass — and, less happily, the plague

A camel caravan from Xi'an (长安) to Samarkand took several months.""",
    ),
)

COVER_LETTER = Subject(
    topic="writing",
    project=WORK,
    weight=1.3,
    titles=("Polish my cover letter", "Cover letter for a data analyst role", "Stronger first line for a job application", "Closing paragraph for a cover letter"),
    prompts=(
        "Can you tighten this opening? \"I am writing to apply for the position of Data "
        "Analyst at your company. I have always been passionate about data and I think I "
        "would be a great fit.\"",
    ),
    followups=(
        "Make it a bit less formal",
        "Can you add a line about my SQL and Tableau experience?",
        "What should the closing paragraph say?",
    ),
    answers=(
        """The original is polite but generic — every applicant could write it. Lead with \
something only you can say:

> I cut our monthly reporting from three days to three hours by rebuilding it in SQL and \
Tableau — and I'd love to bring that kind of impact to the analytics team at Northwind.

Why it works:

- **Concrete result** in the first line (numbers stick)
- Names the **company and team**, showing it isn't a mass mailing
- "Passionate about data" is *shown*, not claimed

Keep the whole letter under ~250 words; hiring managers skim.""",
        """A closing that's confident but not pushy:

> I'd welcome the chance to walk you through the reporting project and talk about how \
I could help Northwind's analytics team. Thank you for your time — I look forward to \
hearing from you.

Avoid "I hope to hear from you soon" (a bit passive) and never end with an apology \
("Sorry for the long letter").""",
    ),
)

STORY = Subject(
    topic="writing",
    project=PERSONAL,
    weight=1.2,
    titles=(
        "Opening paragraph for a sci-fi short story",
        "Feedback on my short story draft",
        "Names for a lighthouse keeper character",
        "Slack Water — story ideas",
        "Two moons, no tides: a story premise",
    ),
    prompts=(
        "Write an opening paragraph for a short story: a lighthouse keeper on a planet with "
        "two moons notices the tides have stopped.",
    ),
    followups=(
        "More melancholy, less action please",
        "Continue for two more paragraphs",
        "Suggest five titles",
    ),
    answers=(
        """Maren had kept the light on Halvard's Rock for nineteen years, long enough to read \
the sea the way other people read faces. So on the morning the water lay flat against the \
stones — not calm, but *still*, like a held breath — she knew before she checked the tables \
that something had gone wrong with the moons. Ebb should have begun an hour ago. Instead \
the kelp hung motionless in water as clear as glass, and far above, Aster and little Wren \
sat side by side in the pale sky as if they, too, were waiting to see what she would do.""",
        """Five possible titles:

1. *The Held Breath*
2. *Slack Water*
3. *When Aster Waited*
4. *The Keeper of Halvard's Rock*
5. *Tide Tables for a Stopped World*

I'd lean towards **Slack Water** — it's a real nautical term (the moment between tides), \
quiet, and it gains a second meaning once the reader knows the tides never turn.""",
    ),
)

LANDLORD = Subject(
    topic="writing",
    project=PERSONAL,
    titles=("Email to landlord about mould", "Ask landlord to return my deposit", "Formal complaint about damp flat", "Letter to landlord: repairs deadline"),
    prompts=(
        "Help me write a firm but polite email to my landlord. There's black mould in the "
        "bathroom, I reported it by phone 3 weeks ago and nothing happened.",
    ),
    followups=("Add a deadline of 14 days", "What if they still don't respond?"),
    answers=(
        """**Subject:** Repair request — mould in bathroom (first reported 2 May)

Dear Ms Hartley,

I'm writing to follow up on my phone call of 2 May about black mould on the bathroom \
ceiling and around the window at Flat 3, 14 Elm Street. It has spread since then, and I'm \
concerned about the health effects and damage to the property.

Could you please arrange for the cause to be investigated and repaired **within 14 days** \
of this email? I've attached photos taken today. I'm happy to provide access on weekday \
mornings.

Kind regards,
Sam Okafor

---

Tips: keep everything in writing from now on, and note dates. If there's no response, \
your local council's housing team can usually inspect and require repairs.""",
    ),
)

TOAST = Subject(
    topic="writing",
    project=PERSONAL,
    titles=("Best man speech ideas", "Short wedding toast for my sister", "Two-minute wedding speech", "Funny but kind wedding toast"),
    prompts=(
        "I'm giving a 2-minute toast at my sister's wedding. She's an engineer, he's a chef, "
        "they met at a climbing gym. Ideas?",
    ),
    followups=("Add one gentle joke", "Make the ending more emotional"),
    answers=(
        """A simple three-part shape works well for two minutes:

1. **Who you are** (one line) — "For those who don't know me, I'm Lena's little brother, \
which means I've been on the receiving end of her engineering experiments since 1998."
2. **One story** — how they met on the climbing wall: she calculated the route, he just \
climbed it. 🧗
3. **The toast** — "May you always catch each other — on the wall, in the kitchen, and \
everywhere else. To Lena and Marco!"

Rehearse it out loud with a timer; two minutes is about 260 words.""",
    ),
)

SUBJECTS = (
    CONSTANTINOPLE,
    PRINTING,
    MEIJI,
    SILK_ROAD,
    COVER_LETTER,
    STORY,
    LANDLORD,
    TOAST,
)
