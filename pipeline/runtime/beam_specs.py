"""Beam's look-up of a DoFn's state and timer specs, done once per kind of DoFn instead of at
every call (applied by the `akhbar` command only, like pipeline.runtime.process).

Beam (2.77) answers "is this DoFn stateful?" with `userstate.get_dofn_specs`, which walks every
method of the DoFn (`dir`, then `inspect.signature` of each): about 30 methods, a few hundred
microseconds a DoFn. It asks again and again for the same DoFns: when a ParDo is built, when
the graph is translated, and for every copy of the DoFn each bundle processor unpickles. A run's
graph has about 120 ParDos: 900-odd look-ups, about 0.5 s of the main process's CPU per pass,
as much as fetching 500 pages.

The answer depends only on the DoFn's class and on which of its attributes the instance
shadows (a Map's DoFn sets `process` on the instance). So it is kept per (class, names of the
instance's attributes that shadow class attributes), for the instances where nothing else can
matter; any other instance (one holding a bound method, a class that redirects attribute
access, or that has its own `_inspect_*` argument hooks) is looked up as before. The sets
returned are copies: callers get what Beam would have given them.
"""

from __future__ import annotations

import types

from pipeline.runtime.patching import replace_once

_HOOKS: dict[type, tuple[str, ...]] = {}  # class → methods it has an `_inspect_*` hook for


def _hooked_methods(cls: type) -> tuple[str, ...]:
    hooks = _HOOKS.get(cls)
    if hooks is None:
        hooks = _HOOKS[cls] = tuple(n[len("_inspect_"):] for n in dir(cls)
                                    if n.startswith("_inspect_"))
    return hooks


def _specs_key(dofn) -> tuple | None:
    """The cache key of a DoFn instance, or None when its specs may depend on more than that."""
    cls = type(dofn)
    if (cls.__getattribute__ is not object.__getattribute__ or hasattr(cls, "__getattr__")
            or cls.__dir__ is not object.__dir__):
        return None
    try:
        attrs = vars(dofn)
    except TypeError:  # no __dict__
        return None
    shadows = []
    for name, value in attrs.items():
        if isinstance(value, types.MethodType):
            return None
        if hasattr(cls, name):
            shadows.append(name)
    # a method with an argument hook (Beam's CallableWrapperDoFn, its type-check wrappers) is
    # answered by the instance, unless the instance shadows it with a plain value
    if any(name not in attrs for name in _hooked_methods(cls)):
        return None
    return cls, tuple(sorted(shadows))


def cached(get_dofn_specs):
    """`get_dofn_specs` with its answers kept per _specs_key."""
    cache: dict = {}

    def get_dofn_specs_cached(dofn):
        key = _specs_key(dofn)
        if key is None:
            return get_dofn_specs(dofn)
        specs = cache.get(key)
        if specs is None:
            specs = get_dofn_specs(dofn)  # a DoFn Beam rejects raises here, every time
            cache[key] = specs
        return set(specs[0]), set(specs[1])

    get_dofn_specs_cached.uncached = get_dofn_specs
    return get_dofn_specs_cached


def cache_dofn_specs() -> None:
    """Make Beam's userstate.get_dofn_specs remember its answers (see the module docstring).
    Idempotent; imports Beam."""
    from apache_beam.transforms import userstate

    replace_once(userstate, "get_dofn_specs", cached)
