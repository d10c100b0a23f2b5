"""The lake's user-facing failures: one-line messages and the exit codes the command returns.

A LakeError is raised where a lake problem is found (output path, lock, disk full) and turned
into one line on stderr by the command. Errors raised inside Beam come back wrapped (the same
class with the step appended, or only as text from another process); `find_lake_error` finds
them in both forms. It must not import other modules of the project.
"""

from __future__ import annotations

import re

EXIT_USAGE = 2  # a bad argument (as for a bad config)
EXIT_IO = 3  # the lake (or --output) cannot be read or written: path, permissions, disk, store
EXIT_BUSY = 4  # another akhbar run holds the lake's lock

_BEAM_STEP = re.compile(r"\s*\[while running '[^']*'\]")
_IN_TEXT = re.compile(r"\b(LakeError|LakeFullError|LakeBusyError): (.+)")


class LakeError(Exception):
    """An I/O problem with the lake; str() is one line (without any step Beam appended)."""

    code = EXIT_IO

    def __init__(self, message: str):
        super().__init__(" ".join(str(message).split()))

    def __str__(self) -> str:
        return _BEAM_STEP.sub("", str(self.args[0]) if self.args else "")

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.args[0] if self.args else "",))


class LakeFullError(LakeError):
    """The disk (or quota) is full while writing a dataset."""


class LakeUsageError(LakeError):
    """--output cannot name a lake at all (empty, an unsupported scheme)."""

    code = EXIT_USAGE


class LakeBusyError(LakeError):
    """Another run holds the lake's lock."""

    code = EXIT_BUSY


def find_lake_error(exc: BaseException) -> LakeError | None:
    """The LakeError behind `exc` (itself, a cause or context, or named in the text of an error
    from another process), or None."""
    seen = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, LakeError):
            return current
        current = current.__cause__ or current.__context__
    for line in reversed(str(exc).splitlines()):
        m = _IN_TEXT.search(line)
        if m:
            cls = {"LakeFullError": LakeFullError, "LakeBusyError": LakeBusyError}.get(
                m.group(1), LakeError)
            return cls(m.group(2))
    return None
