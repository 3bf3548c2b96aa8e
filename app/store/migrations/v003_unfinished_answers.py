"""Schema 3: find answers a dead process left streaming, without reading every message.

At start-up the chat controller marks answers still ``streaming`` as ``incomplete`` (their
process was killed mid-answer). A partial index holds only those rows (normally none), so
``WHERE status = 'streaming'`` is answered at once even at a million messages, instead of a
scan that would read the whole file; finished messages never enter it, so it costs nothing
to maintain.
"""

VERSION = 3


def apply(database) -> None:
    database.execute_sql("CREATE INDEX message_streaming ON message (status) WHERE status = 'streaming'")
