"""Replace one attribute of a library, once per process: the mechanism behind the command's
workarounds for Beam (pipeline.runtime.beam_specs, beam_options, beam_coders)."""

from __future__ import annotations

import threading
from collections.abc import Callable

_LOCK = threading.Lock()
_REPLACED: dict[tuple[int, str], object] = {}  # (id(owner), name) → the original attribute


def replace_once(owner, name: str, make: Callable[[object], object]) -> None:
    """Set `owner.name` to `make(original)` unless this process already did; thread-safe."""
    key = (id(owner), name)
    with _LOCK:
        if key in _REPLACED:
            return
        original = getattr(owner, name)
        _REPLACED[key] = original
        setattr(owner, name, make(original))
