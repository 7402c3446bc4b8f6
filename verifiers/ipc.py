"""Length-prefixed pickled messages over a child process's pipes, read against a deadline.

Used between this process and its helper processes (``verifiers.sympy_worker``,
``rewards.batch_worker``), which it started itself with ``subprocess``; nothing untrusted is unpickled.

>>> import io
>>> stream = io.BytesIO()
>>> write_message(stream, ("ready", 1))
>>> MessageReader(None).feed(stream.getvalue())
('ready', 1)
"""

from __future__ import annotations

import os
import pickle
import select
import struct

from verifiers.limits import Deadline, VerifyTimeout

HEADER = struct.Struct("<I")


def write_message(stream, message) -> None:
    """Send one message (any picklable object) and flush."""
    payload = pickle.dumps(message, protocol=4)
    stream.write(HEADER.pack(len(payload)) + payload)
    stream.flush()


def read_message(stream):
    """Read one message from a blocking stream; None at end of input (the child's side)."""
    header = stream.read(HEADER.size)
    if len(header) < HEADER.size:
        return None
    return pickle.loads(stream.read(HEADER.unpack(header)[0]))


class MessageReader:
    """Reads messages from a file descriptor, waiting at most until a deadline (the parent's side)."""

    def __init__(self, fd: int | None):
        self.fd, self.buffer = fd, b""

    def feed(self, data: bytes):
        """Add bytes; the next complete message, or None when there is none yet."""
        self.buffer += data
        if len(self.buffer) >= HEADER.size:
            size = HEADER.unpack_from(self.buffer)[0]
            if len(self.buffer) >= HEADER.size + size:
                body = self.buffer[HEADER.size:HEADER.size + size]
                self.buffer = self.buffer[HEADER.size + size:]
                return pickle.loads(body)
        return None

    def read(self, deadline: Deadline, what: str = "the worker"):
        """The next message; VerifyTimeout past ``deadline``, EOFError when the child has exited."""
        message = self.feed(b"")
        while message is None:
            remaining = deadline.remaining()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                raise VerifyTimeout(f"{what} did not answer within the time limit", what=what)
            chunk = os.read(self.fd, 1 << 16)
            if not chunk:
                raise EOFError(f"{what} exited")
            message = self.feed(chunk)
        return message
