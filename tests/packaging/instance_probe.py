"""A tiny Parley launch for the single-instance tests (run as a separate process).

    python instance_probe.py DATA_DIR [ARGS...]

Hands over to a running probe/Parley on DATA_DIR and prints ``handed-over``; or becomes the
first instance, prints ``listening``, and prints ``message <json>`` for the first message a
later launch sends, then exits 0. Exits 3 if no message comes within 30 seconds.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from app.ui.single_instance import SingleInstance


def main() -> int:
    app = QCoreApplication(sys.argv[:1])
    guard = SingleInstance(Path(sys.argv[1]))
    if guard.hand_over(sys.argv[2:]):
        print("handed-over", flush=True)
        return 0
    if not guard.listen():
        print("cannot-listen", flush=True)
        return 2
    guard.message_received.connect(
        lambda message: (print("message", json.dumps(message), flush=True), app.exit(0))
    )
    QTimer.singleShot(30_000, lambda: app.exit(3))
    print("listening", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
