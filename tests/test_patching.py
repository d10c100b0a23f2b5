"""replace_once (pipeline.runtime.patching): an attribute is wrapped once per process, however
often and from however many threads the command asks."""

import threading
import types

from pipeline.runtime.patching import replace_once


def test_an_attribute_is_wrapped_once_even_when_asked_from_many_threads():
    owner = types.SimpleNamespace(f=lambda: 1)
    original = owner.f
    made = []

    def make(fn):
        made.append(fn)
        return lambda: fn() + 1

    threads = [threading.Thread(target=replace_once, args=(owner, "f", make)) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert made == [original] and owner.f() == 2
    replace_once(owner, "f", make)
    assert owner.f() == 2 and len(made) == 1
