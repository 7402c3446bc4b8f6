"""A batch-verification helper process: ``python -m rewards.batch_worker``.

Started by ``rewards.batch.WorkerPool`` with ``subprocess``, never ``multiprocessing``, so it does not
re-import the user's ``__main__`` (a script without an ``if __name__ == "__main__":`` guard works). It
reads ``("path", sys_path)`` once, then ``(pickled judge, items)`` chunks, and answers each with ``("done",
verdicts)`` or ``("failed", reason)``; the parent re-scores a failed chunk itself.
"""

from __future__ import annotations

import pickle
import sys

from verifiers.child_process import exit_with_parent
from verifiers.ipc import read_message, write_message


def main() -> None:
    exit_with_parent()  # a helper in a long chunk (a custom judge: unbounded) never reads its closed stdin
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    write_message(stdout, "ready")
    while (message := read_message(stdin)) is not None:
        if message[0] == "path":  # the parent's import path, so that its judge function can be found
            sys.path[:] = list(message[1]) + [p for p in sys.path if p not in message[1]]
            continue
        judge_blob, items = message
        try:
            judge = pickle.loads(judge_blob)
            write_message(stdout, ("done", [judge(response, reference, opts) for response, reference, opts in items]))
        except Exception as exc:  # a custom judge's failure: the parent scores the chunk in-process
            write_message(stdout, ("failed", f"{type(exc).__name__}: {exc}"))


if __name__ == "__main__":
    main()
