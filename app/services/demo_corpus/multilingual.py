"""Conversations in Chinese, Japanese, French and German, and about learning languages."""

from app.services.demo_corpus import PERSONAL, RESEARCH, WORK, Subject

HONGSHAOROU = Subject(
    topic="cooking",
    project=PERSONAL,
    language="zh",
    titles=("红烧肉的做法", "怎么做红烧肉不腻", "高压锅红烧肉要压多久", "红烧肉太油怎么办"),
    prompts=("红烧肉怎么做才能肥而不腻？我每次做都太油了。", "请教一下正宗的红烧肉做法 🙏"),
    followups=("冰糖可以用白砂糖代替吗？", "用高压锅可以吗？要压多久？"),
    answers=(
        """做好红烧肉的关键是**先焯水、再煸油、最后小火慢炖**。

**材料（3–4人份）**
- 五花肉 500 克，切 3 厘米见方的块
- 冰糖 30 克、生抽 2 勺、老抽 1 勺、料酒 2 勺
- 姜 3 片、葱 2 根、八角 1 个、桂皮 1 小段

**步骤**
1. 五花肉冷水下锅，加料酒和姜片焯水，撇去浮沫后捞出洗净。
2. 锅中不放油，直接下肉块**小火煸炒**，把肥肉里的油逼出来，倒掉多余的油。
3. 放冰糖炒出糖色，再倒回肉块翻炒上色。
4. 加生抽、老抽、香料和**没过肉的热水**，小火炖 60 分钟。
5. 最后大火收汁，汤汁浓稠发亮即可。

| 问题 | 原因 | 解决办法 |
|---|---|---|
| 太油腻 | 没有煸出肥油 | 第 2 步多煸几分钟 |
| 颜色发黑 | 老抽放多了 | 老抽只用来上色，一勺足够 |
| 肉发柴 | 火太大 | 全程小火，加热水不加冷水 |

祝你做出好吃的红烧肉！🍖""",
        """可以用白砂糖代替冰糖，不过冰糖炒出的糖色更亮、味道更柔和。

用**高压锅**的话，上汽后压 **15–20 分钟**就够了，然后开盖大火收汁。时间太长肉会散，\
口感不如慢炖的好。""",
    ),
)

PYTHON_EXCEL_ZH = Subject(
    topic="programming",
    project=WORK,
    language="zh",
    titles=("用 Python 读取 Excel 文件", "pandas 合并多个 Excel 表格", "Excel 批量合并脚本", "pandas 筛选金额大于 1000 的行"),
    prompts=(
        "我有一个文件夹，里面有 30 个 Excel 文件，格式都一样。怎么用 Python 把它们合并成一个表？",
    ),
    followups=("中文列名会乱码吗？", "怎么只保留金额大于 1000 的行？"),
    answers=(
        """用 `pandas` 几行代码就可以：

```python
from pathlib import Path
import pandas as pd

folder = Path("销售数据")
frames = []
for path in sorted(folder.glob("*.xlsx")):
    df = pd.read_excel(path)          # 需要先安装 openpyxl
    df["来源文件"] = path.name         # 记录每一行来自哪个文件
    frames.append(df)

merged = pd.concat(frames, ignore_index=True)
merged.to_excel("合并结果.xlsx", index=False)
print(f"共合并 {len(frames)} 个文件，{len(merged)} 行")
```

中文列名一般不会乱码，`.xlsx` 内部就是 UTF-8。如果是 CSV 文件，读的时候加 \
`encoding="utf-8-sig"` 或 `encoding="gbk"`。

只保留金额大于 1000 的行：

```python
big = merged[merged["金额"] > 1000]
```""",
    ),
)

BEIJING = Subject(
    topic="travel",
    project=PERSONAL,
    language="zh",
    titles=("北京周末两日游攻略", "第一次去北京，怎么安排？", "故宫门票预约", "慕田峪长城一日游"),
    prompts=("周末第一次去北京玩两天，想看故宫和长城，怎么安排比较合理？",),
    followups=("故宫门票需要提前预约吗？", "有什么推荐的小吃？"),
    answers=(
        """两天的话可以这样安排：

| 时间 | 行程 | 提示 |
|---|---|---|
| 第一天上午 | 天安门广场 → 故宫 | 故宫**周一闭馆**，门票需提前 7 天在官网预约 |
| 第一天下午 | 景山公园 → 北海公园 | 景山顶上可以俯瞰整个故宫 🏯 |
| 第一天晚上 | 南锣鼓巷 / 什刹海 | 人多，建议早点去 |
| 第二天全天 | 慕田峪长城 | 比八达岭人少，风景也更好 |

**推荐小吃**：北京烤鸭、炸酱面、豆汁儿（不一定喝得惯 😄）、驴打滚、糖葫芦。

去长城最好早上 7 点前出发，避开旅游团。""",
    ),
)

KOYO_JA = Subject(
    topic="travel",
    project=PERSONAL,
    language="ja",
    titles=("京都の紅葉スポット", "11月の京都、混雑を避けるには", "京都の紅葉ライトアップ", "大原・三千院への行き方"),
    prompts=("11月下旬に京都へ紅葉を見に行きます。人が少なめのおすすめスポットはありますか？",),
    followups=("夜のライトアップはどこがいいですか？", "着物レンタルはおすすめですか？"),
    answers=(
        """11月下旬はちょうど見頃ですね 🍁 有名どころは混雑するので、少し足を延ばすのがおすすめです。

- **大原・三千院**：バスで約1時間。苔庭と紅葉の組み合わせが美しい
- **光明寺**（長岡京市）：「もみじ参道」が有名で、東山より落ち着いています
- **毘沙門堂**（山科）：散りもみじの絨毯が見事
- **常寂光寺**（嵯峨野）：朝9時の開門直後が狙い目

| 場所 | 混雑度 | アクセス |
|---|---|---|
| 東福寺 | ★★★★★ | JR東福寺駅から徒歩10分 |
| 光明寺 | ★★☆☆☆ | 阪急長岡天神駅からバス |
| 毘沙門堂 | ★★☆☆☆ | JR山科駅から徒歩20分 |

ライトアップなら**永観堂**と**高台寺**が定番です。楽しい旅を！""",
    ),
)

KEIGO = Subject(
    topic="languages",
    project=PERSONAL,
    language="ja",
    titles=("敬語の使い分け", "「いらっしゃる」と「おられる」の違い", "尊敬語と謙譲語の見分け方", "ビジネスメールの敬語"),
    prompts=("尊敬語と謙譲語の違いがいつも分からなくなります。簡単な見分け方はありますか？",),
    followups=("メールでよく使う表現も教えてください",),
    answers=(
        """ポイントは「**誰の動作か**」です。

- **尊敬語**：相手（目上の人）の動作を高める → 「部長が**いらっしゃる**」
- **謙譲語**：自分の動作をへりくだる → 「私が**伺う**」
- **丁寧語**：文全体を丁寧にする → 「行き**ます**」

| 普通 | 尊敬語 | 謙譲語 |
|---|---|---|
| 行く | いらっしゃる | 伺う・参る |
| 言う | おっしゃる | 申す・申し上げる |
| 見る | ご覧になる | 拝見する |
| 食べる | 召し上がる | いただく |

よくある間違い：「ご覧になられる」は二重敬語なので「ご覧になる」で十分です。""",
    ),
)

CSV_JA = Subject(
    topic="programming",
    project=WORK,
    language="ja",
    titles=("PythonでShift_JISのCSVを読む", "文字化けするCSVの読み込み", "cp932 と utf-8-sig の違い", "Excel の CSV が文字化けする"),
    prompts=("ExcelからエクスポートしたCSVをPythonで読むと文字化けします。どうすればいいですか？",),
    followups=("UTF-8で保存し直すには？",),
    answers=(
        """日本語版ExcelのCSVは多くの場合 **Shift_JIS（cp932）** で保存されています。

```python
import csv

with open("顧客リスト.csv", encoding="cp932", newline="") as f:
    for row in csv.DictReader(f):
        print(row["氏名"], row["メールアドレス"])
```

UTF-8で保存し直すには：

```python
from pathlib import Path

src = Path("顧客リスト.csv")
src.with_name("顧客リスト_utf8.csv").write_text(
    src.read_text(encoding="cp932"), encoding="utf-8-sig"
)
```

`utf-8-sig` にしておくと、Excelで開いたときも文字化けしません。""",
    ),
)

SUBJONCTIF = Subject(
    topic="languages",
    project=PERSONAL,
    language="fr",
    titles=("Réviser le subjonctif", "Subjonctif ou indicatif après « espérer » ?", "Exercices sur le subjonctif", "Bien que + subjonctif"),
    prompts=(
        "Je révise le subjonctif pour le DELF B2. Tu peux m'expliquer quand l'utiliser, "
        "avec des exemples ?",
    ),
    followups=("Et après « bien que » ?", "Tu peux me faire un petit exercice ?"),
    answers=(
        """Bien sûr ! Le subjonctif exprime ce qui est **subjectif** : souhait, doute, \
émotion, obligation.

| Déclencheur | Exemple |
|---|---|
| volonté | Je veux que tu **viennes** avec nous. |
| émotion | Je suis ravi qu'elle **soit** là. |
| doute | Je doute qu'il **puisse** finir à temps. |
| obligation | Il faut que nous **partions** tôt. |
| conjonctions | bien que, pour que, avant que, à moins que… |

⚠️ Piège classique : **espérer que** est suivi de l'**indicatif** — « J'espère que tu \
**vas** bien », jamais « que tu ailles ».

Petit exercice : conjugue le verbe entre parenthèses.

1. Bien qu'il (faire) ___ froid, on a mangé en terrasse du café.
2. Je suis content que vous (avoir) ___ réussi.
3. Il est naïf de croire qu'elle (être) ___ d'accord.

*Réponses : fasse, ayez, soit.*""",
    ),
)

RATATOUILLE = Subject(
    topic="cooking",
    project=PERSONAL,
    language="fr",
    titles=("Recette de la ratatouille niçoise", "Ratatouille : cuire les légumes séparément ?", "Congeler une ratatouille", "Ratatouille comme à Nice"),
    prompts=("Faut-il vraiment cuire chaque légume séparément pour une vraie ratatouille ?",),
    followups=("On peut la congeler ?",),
    answers=(
        """Oui, c'est le secret d'une ratatouille réussie : chaque légume garde sa texture \
et son goût.

1. Aubergines, courgettes et poivrons en dés, **poêlés séparément** à l'huile d'olive.
2. Oignons et ail fondus doucement, puis les tomates concassées, thym et laurier.
3. On réunit tout et on laisse mijoter 30 à 40 minutes à feu doux.

Elle est encore meilleure **réchauffée le lendemain**, et elle se congèle très bien \
(3 mois). Bon appétit ! 🍅""",
    ),
)

ANSCHREIBEN = Subject(
    topic="writing",
    project=WORK,
    language="de",
    titles=("Anschreiben für eine Werkstudentenstelle", "Bewerbung: Einleitung verbessern", "Schluss im Anschreiben", "Werkstudent Bewerbung Datenanalyse"),
    prompts=(
        "Kannst du meinen ersten Satz im Anschreiben verbessern? „Hiermit bewerbe ich mich "
        "auf die Stelle als Werkstudent im Bereich Datenanalyse.“",
    ),
    followups=("Wie schließe ich das Anschreiben ab?",),
    answers=(
        """„Hiermit bewerbe ich mich…“ ist korrekt, aber austauschbar. Besser: direkt mit \
einem konkreten Bezug einsteigen.

> Als Student der Wirtschaftsinformatik an der TU München habe ich in meinem letzten \
Projekt 2 Mio. Datensätze mit Python und SQL ausgewertet — genau diese Erfahrung möchte \
ich als Werkstudent in Ihr Analytics-Team einbringen.

Zum Schluss:

> Über die Gelegenheit zu einem persönlichen Gespräch freue ich mich sehr. Ab dem \
1. März stehe ich mit 20 Wochenstunden zur Verfügung.

Tipp: Konjunktiv („würde mich freuen“) wirkt schwächer als „freue mich“.""",
    ),
)

WA_GA = Subject(
    topic="languages",
    project=RESEARCH,
    titles=("Difference between は and が", "Japanese particles は vs が explained", "Why 猫が好き and not 猫は好き?", "は vs が practice sentences"),
    prompts=(
        "I'm studying Japanese (N4). I still don't get when to use は vs が. "
        "私は学生です vs 私が学生です?",
    ),
    followups=("What about 好き — why is it 猫が好き?", "Give me 5 practice sentences"),
    answers=(
        """Rule of thumb: **は marks the topic** ("as for…"), **が marks the subject** — and \
often new or emphasised information.

- 私**は**学生です — *As for me, I'm a student.* (neutral self-introduction)
- 私**が**学生です — *I'm the one who's a student.* (answers "Who is the student?")

| Situation | Particle | Example |
|---|---|---|
| Known topic, comment follows | は | 田中さん**は**先生です。 |
| Question word as subject | が | 誰**が**来ましたか。 |
| New information / discovery | が | あ、雨**が**降っている！ |
| Contrast | は | 肉**は**食べますが、魚**は**食べません。 |
| Object of 好き・分かる・できる | が | 猫**が**好きです。 |

With 好き, the thing liked is grammatically the *subject* of 好き ("cats are likeable \
to me"), so it takes が. 頑張って！📚""",
    ),
)

SUBJECTS = (
    HONGSHAOROU,
    PYTHON_EXCEL_ZH,
    BEIJING,
    KOYO_JA,
    KEIGO,
    CSV_JA,
    SUBJONCTIF,
    RATATOUILLE,
    ANSCHREIBEN,
    WA_GA,
)
