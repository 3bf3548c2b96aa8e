"""Text material for the sample-conversation generator (:mod:`app.services.demo`).

A :class:`Subject` is one thing people ask an assistant about (a Rust borrow error, a
sourdough starter, a Kyoto itinerary): titles, opening prompts, follow-ups and whole
Markdown answers written to read like a real exchange. The generator picks a subject per
conversation and draws its turns from it, so a conversation stays on one topic and its
title matches its content. Generic phrases (acknowledgements, closings, thanks and short
replies) exist per language so a Chinese conversation stays Chinese.

The material lives in modules by theme; :data:`SUBJECTS` gathers them.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Indexes into the demo's project names: which project a subject's chats belong to.
PERSONAL, WORK, RESEARCH = 0, 1, 2


@dataclass(frozen=True)
class Subject:
    """One topic of conversation and everything said about it."""

    topic: str  # programming, ml, math, history, cooking, travel, writing, languages
    project: int  # PERSONAL, WORK or RESEARCH
    titles: tuple[str, ...]
    prompts: tuple[str, ...]  # first user message
    answers: tuple[str, ...]  # assistant answers, Markdown
    followups: tuple[str, ...] = ()  # later user messages on this subject
    language: str = "en"
    weight: float = 1.0


@dataclass(frozen=True)
class Phrases:
    """What any conversation in a language can contain, whatever its subject."""

    acks: tuple[str, ...]  # opening line of an answer
    closings: tuple[str, ...]  # last line of an answer
    followups: tuple[str, ...]  # generic follow-up questions
    thanks: tuple[str, ...]  # the user is done or happy
    replies: tuple[str, ...]  # answers to thanks
    context: tuple[str, ...] = ()  # what people add to a follow-up to explain themselves


PHRASES: dict[str, Phrases] = {
    "en": Phrases(
        acks=(
            "Sure! Here's how I'd approach it.",
            "Good question — this trips up a lot of people.",
            "Absolutely. Let's break it down.",
            "Happy to help! 😊",
            "Short answer: yes, with one caveat.",
            "Great, that detail changes things a bit.",
            "Here's a cleaner version.",
            "Got it. Let's go step by step.",
            "Thanks for the extra context — that helps.",
            "Yes! A couple of options, from simplest to most robust:",
        ),
        closings=(
            "Want me to turn this into a checklist?",
            "Let me know if you hit any errors and paste the full message.",
            "Hope that helps! 🙌",
            "If you share a bit more about your setup I can tailor it.",
            "Shall I go deeper on any of these points?",
            "Happy to review your next draft too.",
            "Good luck — you've got this! 💪",
            "Tell me how it goes!",
        ),
        followups=(
            "Can you make that shorter?",
            "Could you explain the second point in more detail?",
            "What would you do differently if performance really mattered?",
            "Can you put that in a table?",
            "Is there a simpler way?",
            "What are the common mistakes here?",
            "Explain it like I'm five 🙂",
            "Hmm, I tried that and it didn't quite work. Any other ideas?",
            "What are the trade-offs?",
            "Can you give me a concrete example?",
            "ok and what about edge cases?",
            "Summarize this whole thread in five bullet points.",
        ),
        thanks=(
            "Thanks, that worked! 🎉",
            "Perfect, exactly what I needed.",
            "Great, thank you!",
            "Awesome 🙏",
            "That makes sense now, thanks.",
            "ty!!",
        ),
        replies=(
            "You're welcome! Glad it worked. 🎉",
            "Anytime — good luck with it!",
            "Glad that helped. If anything else comes up, just ask.",
            "Happy to help! 😊",
            "Great to hear. Have fun with it!",
        ),
        context=(
            "For context, this is for a small side project, nothing critical, so the simplest "
            "option is fine.",
            "I'm a bit short on time today, so a quick version first and the details later "
            "would be ideal.",
            "I tried your first suggestion but ended up with the same result as before, so I "
            "suspect something in my setup is different.",
            "My colleague suggested a different approach and I'm trying to understand which "
            "one is better in the long run.",
            "I'm still fairly new to this, so please don't skip steps that seem obvious.",
            "I need to explain this to my team tomorrow, so it has to be clear to people who "
            "haven't seen the earlier part of this conversation.",
            "Also, I'm on a laptop with 8 GB of RAM if that changes anything.",
        ),
    ),
    "zh": Phrases(
        acks=(
            "好的！下面是具体做法。",
            "这是个好问题，很多人都会遇到。",
            "没问题，我们一步一步来。",
            "可以的，有几种方法：",
            "明白了，根据你的情况：",
        ),
        closings=(
            "如果还有问题，随时告诉我。😊",
            "需要我整理成清单吗？",
            "祝你顺利！🎉",
            "可以把报错信息贴出来，我帮你看看。",
        ),
        followups=(
            "能说得再简单一点吗？",
            "第二步我没太看懂，可以详细解释一下吗？",
            "有没有更快的方法？",
            "能做成一个表格吗？",
            "常见的错误有哪些？",
            "举个具体的例子吧。",
        ),
        thanks=("谢谢，成功了！🎉", "太好了，非常感谢！", "明白了，谢谢 🙏"),
        replies=("不客气！很高兴能帮到你。😊", "不客气，有问题随时问我。", "太好了，祝你一切顺利！"),
        context=(
            "我是新手，麻烦每一步都写清楚一点。",
            "我试了你说的第一种方法，结果还是一样，可能是我的环境不太一样。",
            "明天要给同事讲这个，所以希望解释得通俗易懂。",
        ),
    ),
    "ja": Phrases(
        acks=(
            "もちろんです！順番に説明しますね。",
            "良い質問です。",
            "了解しました。いくつか方法があります。",
            "はい、できます。",
        ),
        closings=(
            "他に気になる点があれば聞いてください。😊",
            "チェックリストにまとめましょうか？",
            "楽しんでください！🍁",
            "うまくいかなければエラーメッセージを貼ってください。",
        ),
        followups=(
            "もう少し簡単に説明してもらえますか？",
            "表にまとめてもらえますか？",
            "よくある間違いは何ですか？",
            "具体的な例を教えてください。",
            "他の方法はありますか？",
        ),
        thanks=("ありがとうございます！助かりました 🙏", "完璧です、ありがとう！", "なるほど、よく分かりました。"),
        replies=("どういたしまして！😊", "お役に立ててよかったです。", "また何かあれば気軽にどうぞ！"),
        context=(
            "初心者なので、できるだけ丁寧に説明してもらえると助かります。",
            "最初の方法を試しましたが、結果は同じでした。環境が違うのかもしれません。",
        ),
    ),
    "fr": Phrases(
        acks=(
            "Bien sûr ! Voici comment je m'y prendrais.",
            "Très bonne question.",
            "Pas de souci, reprenons étape par étape.",
            "Oui, avec une petite nuance :",
        ),
        closings=(
            "Tu veux que j'en fasse une fiche récapitulative ?",
            "Bon appétit ! 🍽️",
            "N'hésite pas si tu as d'autres questions.",
            "Bonne révision ! 📚",
        ),
        followups=(
            "Tu peux faire plus court ?",
            "Tu peux me donner un exemple concret ?",
            "Et quelles sont les erreurs fréquentes ?",
            "Tu peux le mettre sous forme de tableau ?",
        ),
        thanks=("Merci, c'est parfait ! 🎉", "Super, merci beaucoup.", "Génial, c'est très clair maintenant."),
        replies=("Avec plaisir ! 😊", "De rien, bonne continuation !", "Ravi d'avoir pu aider."),
        context=(
            "Je débute, alors n'hésite pas à détailler chaque étape, même si ça paraît évident.",
            "J'ai essayé ta première suggestion mais le résultat est le même qu'avant.",
        ),
    ),
    "de": Phrases(
        acks=(
            "Klar! So würde ich vorgehen.",
            "Gute Frage.",
            "Gern, Schritt für Schritt:",
        ),
        closings=(
            "Soll ich daraus eine Checkliste machen?",
            "Viel Erfolg! 🍀",
            "Sag Bescheid, wenn du noch Fragen hast.",
        ),
        followups=(
            "Geht das auch kürzer?",
            "Kannst du das an einem Beispiel zeigen?",
            "Was sind typische Fehler dabei?",
            "Kannst du das als Tabelle darstellen?",
        ),
        thanks=("Danke, das passt perfekt! 🎉", "Super, vielen Dank.", "Danke dir 🙏"),
        replies=("Gern geschehen! 😊", "Immer gern. Viel Erfolg!", "Freut mich, dass es geholfen hat."),
        context=(
            "Ich bin noch Anfänger, also bitte keinen Schritt überspringen.",
            "Deinen ersten Vorschlag habe ich ausprobiert, aber das Ergebnis ist dasselbe wie vorher.",
        ),
    ),
}

#: System prompts some conversations carry (as people set them in chat apps).
SYSTEM_PROMPTS = (
    "You are a concise senior engineer. Prefer standard-library solutions and explain trade-offs.",
    "Answer in British English. Keep answers under 300 words unless asked for more.",
    "You are a patient tutor. Ask one clarifying question before long explanations.",
    "Always show code in fenced blocks with the language name.",
    "You are a friendly travel planner who knows budget options.",
)


def _load_subjects() -> tuple[Subject, ...]:
    from app.services.demo_corpus import everyday, humanities, multilingual, programming, science

    return (
        *programming.SUBJECTS,
        *science.SUBJECTS,
        *humanities.SUBJECTS,
        *everyday.SUBJECTS,
        *multilingual.SUBJECTS,
    )


SUBJECTS: tuple[Subject, ...] = _load_subjects()

#: The subject of the one very long conversation: a running "ask anything" thread.
LONG_THREAD_TITLES = (
    "Ask anything — running thread",
    "Daily scratchpad",
    "Everything chat (2 years of it)",
)
