"""What a call of the learner's function must leave as it found, and what it must return new.

A graded function works from its arguments alone (the exercises' module docstrings say so): a second call
with other arguments must not meet the first one's leftovers. After every call, whichever process it ran
in, ``Call.expect_fresh`` checks that

- the caller's arguments are as they were (a list appended to, a history popped, an array scaled in place);
- the program's settings are as they were (Keras' dtype policy, float type and image layout, NumPy's error
  handling, the working folder), which every model and array made afterwards would follow;
- the variables of the learner's module are as they were, none added or removed (a cache, a running best, a
  path or statistics kept for later; a ``functools.cache`` keyed on the arguments is not looked into), and so are the
  list, dict and set defaults of its functions (``histories=[]``);
- what the call returns, and the models it was given, hold no Keras object kept in the module (an
  optimizer, a model or layer with weights, a regularizer, a callback), which every call would share, and no
  two models share an optimizer; what it returns is none of what an earlier call returned (a cache's); and a model it returns holds no code (a Lambda layer, a layer class of the module's own), which
  a class's grading, that rebuilds it from its configuration, could not load.

Each breach is a ``Mistake`` naming the variable or argument.
"""

from __future__ import annotations

import collections
import inspect
import os
import reprlib
import sys
import types
import weakref

from .i18n import N_, _
from .problems import Mistake

_SHOWN = reprlib.Repr()
_SHOWN.maxstring, _SHOWN.maxother, _SHOWN.maxlist, _SHOWN.maxdict = 40, 40, 6, 4
LARGEST = 50_000_000  # bytes of an argument's arrays copied to compare after the call; larger ones are not
SHARED = N_("every call would share it, and what one call changes in it (weights, a factor, a threshold) would "
            "change the others': create it inside the function, at each call")
# What the latest calls in this process returned (Keras objects that may not be shared, and containers), by id:
# the same object from a later call is a cache's (functools.cache, a class attribute). A weak reference where
# the object takes one (a model is not kept alive for this), else the object.
_RETURNED: collections.OrderedDict[int, object] = collections.OrderedDict()
REMEMBERED = 256
_SKIPPED = (types.ModuleType, types.FunctionType, types.BuiltinFunctionType, type, types.MethodType)


def _contents(value) -> object:
    """What a module variable holds, one level down, by identity (None: not looked into)."""
    if isinstance(value, dict):
        return [(key, id(item)) for key, item in value.items()]
    if isinstance(value, (list, tuple)):
        return [id(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(id(item) for item in value)
    if type(value).__module__ == "builtins":
        return None
    own = getattr(value, "__dict__", None)
    return [(key, id(item)) for key, item in own.items()] if isinstance(own, dict) and not _is_keras(value) else None


def _is_keras(value) -> bool:
    return type(value).__module__.startswith(("keras", "tensorflow"))


def _module_state(module: types.ModuleType) -> dict[str, tuple]:
    """Each module variable, by name: (the value, kept alive; its id; what it holds, by identity)."""
    return {name: (value, id(value), _contents(value)) for name, value in vars(module).items()
            if not name.startswith("__") and not isinstance(value, _SKIPPED)}


def _copy(value, budget: list[int]):
    """A snapshot of an argument's plain data (containers, arrays, histories); other objects by identity."""
    import numpy as np

    if isinstance(value, (list, tuple)):
        return type(value).__name__, [_copy(item, budget) for item in value]
    if isinstance(value, dict):
        return "dict", [(key, _copy(item, budget)) for key, item in value.items()]
    if isinstance(value, np.ndarray) and value.dtype != object:
        budget[0] -= value.nbytes
        return ("array", value.copy(), bool(value.flags.writeable)) if budget[0] >= 0 else ("id", id(value))
    if type(value).__name__ == "History" and isinstance(getattr(value, "history", None), dict):
        return "History", _copy(value.history, budget)
    if isinstance(value, (str, bytes, int, float, bool, type(None))):
        return "value", value
    return "id", id(value)


def _same(before, after) -> bool:
    import numpy as np

    if before[0] != after[0]:
        return False
    if before[0] == "array":
        a, b = before[1], after[1]
        return a.shape == b.shape and a.dtype == b.dtype and before[2] == after[2] and bool(
            np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if before[0] in ("list", "tuple", "History") or before[0] == "dict":
        a, b = (before[1], after[1]) if before[0] != "History" else (before[1][1], after[1][1])
        if len(a) != len(b):
            return False
        if before[0] in ("dict", "History"):
            return all(ka == kb and _same(va, vb) for (ka, va), (kb, vb) in zip(a, b))
        return all(_same(x, y) for x, y in zip(a, b))
    return before[1] == after[1]


def _plain(snapshot) -> object:
    """A snapshot shown as the value it was."""
    kind, value = snapshot[:2]
    if kind in ("list", "tuple"):
        items = [_plain(item) for item in value]
        return items if kind == "list" else tuple(items)
    if kind == "dict":
        return {key: _plain(item) for key, item in value}
    if kind in ("History", "array"):
        return _plain(value) if kind == "History" else value
    return value if kind == "value" else "<object>"


def _difference(before, after, path: str) -> tuple[str, object, object]:
    """Where two unequal snapshots first differ: (path, found there, expected there)."""
    import numpy as np

    kind = before[0]
    if kind == after[0] == "History":
        return _difference(before[1], after[1], path + ".history")
    if kind == after[0] == "dict":
        keys, was = [key for key, _ in after[1]], [key for key, _ in before[1]]
        if keys != was:
            return path + ".keys()", keys, was
        for (key, a), (_, b) in zip(before[1], after[1]):
            if not _same(a, b):
                return _difference(a, b, f"{path}[{key!r}]")
    if kind == after[0] and kind in ("list", "tuple") and len(before[1]) == len(after[1]):
        for index, (a, b) in enumerate(zip(before[1], after[1])):
            if not _same(a, b):
                return _difference(a, b, f"{path}[{index}]")
    if kind == after[0] == "array" and before[2] != after[2]:
        return path + ".flags.writeable", after[2], before[2]
    if kind == after[0] == "array" and before[1].shape == after[1].shape:
        a, b = before[1], after[1]
        where = tuple(int(i) for i in np.argwhere(~((a == b) | ((a != a) & (b != b))))[0])
        return f"{path}[{', '.join(map(str, where))}]", b[where].item(), a[where].item()
    return path, _plain(after), _plain(before)


def _defaults(module: types.ModuleType) -> dict[tuple[str, str], tuple]:
    """Each list, dict or set a function of the module has as a default, by (function, parameter): as
    ``_module_state`` keeps a variable."""
    found = {}
    for value in vars(module).values():
        if isinstance(value, types.FunctionType) and value.__module__ == module.__name__:
            for name, parameter in inspect.signature(value).parameters.items():
                if isinstance(parameter.default, (list, dict, set)):
                    found[value.__name__, name] = (parameter.default, id(parameter.default),
                                                   _contents(parameter.default))
    return found


def _kept_objects(module: types.ModuleType) -> dict[int, str]:
    """Keras objects the module keeps (in a variable, or one level inside one), by id: the variable's name."""
    import keras

    kinds = (keras.layers.Layer, keras.optimizers.Optimizer, keras.regularizers.Regularizer, keras.callbacks.Callback)

    kept = {}
    for name, value in vars(module).items():
        if isinstance(value, _SKIPPED) or name.startswith("__"):
            continue
        items = (value.values() if isinstance(value, dict)
                 else value if isinstance(value, (list, tuple, set)) else ())
        for thing in (value, *items):
            if isinstance(thing, kinds):
                kept[id(thing)] = name
    return kept


def _shared(thing, part: str | None) -> bool:
    """Whether a Keras object kept in the module cannot be handed out by a call: an optimizer (built for one
    model's weights), a regularizer (a later call may change its factor), a model or callback returned (a
    callback holds its model and its threshold), a layer with weights (or not built yet, whose weights are to
    come); a layer without weights (a random flip, a rescaling) may be shared."""
    import keras

    if isinstance(thing, (keras.optimizers.Optimizer, keras.regularizers.Regularizer)) or (
            part is None and isinstance(thing, (keras.Model, keras.callbacks.Callback))):
        return True
    return isinstance(thing, keras.layers.Layer) and (bool(thing.weights) or (part == "layer" and not thing.built))


def held(value, depth: int = 0):
    """The Keras objects a value holds, as (object, part, the model it is part of): the value itself, its
    items, its models' optimizers and layers, and their regularizers."""
    import keras

    if depth > 3:
        return
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from held(item, depth + 1)
    elif isinstance(value, dict):
        for item in value.values():
            yield from held(item, depth + 1)
    elif isinstance(value, (keras.layers.Layer, keras.optimizers.Optimizer, keras.callbacks.Callback)):
        yield value, None, value
        if isinstance(value, keras.Model):
            if getattr(value, "optimizer", None) is not None:
                yield value.optimizer, "optimizer", value
            for layer in value._flatten_layers(include_self=False):
                yield layer, "layer", value
        if isinstance(value, keras.layers.Layer):
            for layer in value._flatten_layers():
                for name in ("kernel_regularizer", "bias_regularizer", "activity_regularizer"):
                    if getattr(layer, name, None) is not None:
                        yield getattr(layer, name), "regularizer", value


def _settings() -> dict[str, object]:
    """The program's settings a call must leave as it found them, by the call that reads each."""
    import keras
    import numpy as np

    try:
        folder = os.getcwd()
    except OSError:  # the working folder was removed
        folder = None
    settings = {"keras.mixed_precision.global_policy()": keras.mixed_precision.global_policy().name,
                "keras.config.floatx()": keras.config.floatx(),
                "keras.config.image_data_format()": keras.config.image_data_format(),
                "numpy.geterr()": np.geterr(), "os.getcwd()": folder}
    if "matplotlib" in sys.modules:  # its style: every later figure of the program would wear it
        settings["matplotlib.rcParams"] = {key: value for key, value in sys.modules["matplotlib"].rcParams.items()
                                           if key != "backend"}  # chosen at the first figure, by pyplot itself
    return settings


class Call:
    """One call of ``function`` (the learner's, from ``module``) with ``args`` and ``kwargs``, watched."""

    def __init__(self, module: types.ModuleType, function, args: tuple, kwargs: dict):
        self.module, self.function = module, function
        try:
            bound = inspect.signature(function).bind(*args, **kwargs)
            self.arguments = dict(bound.arguments)
        except (TypeError, ValueError):
            self.arguments = {}
        budget = [LARGEST]
        self.given = {name: _copy(value, budget) for name, value in self.arguments.items()}
        self.state, self.defaults = _module_state(module), _defaults(module)
        self.settings = _settings()
        # What the caller gave, before the call: a call may hand any of it back (the model, the array it was given).
        self.held = {id(thing) for thing, _part, _model in held(list(self.arguments.values()))} | _ids(self.arguments)

    def expect_fresh(self, value) -> None:
        """Raise a Mistake for the first thing the call changed that it should not have, or kept to share."""
        who = f"{self.function.__name__}()"
        budget = [LARGEST]
        for name, before in self.given.items():
            after = _copy(self.arguments[name], budget)
            if not _same(before, after):
                where, found, expected = _difference(before, after, name)
                raise Mistake(_("the argument {name}").format(name=where),
                              _("{value}, changed by {who}").format(value=_SHOWN.repr(found), who=who),
                              _("{value}, as the caller gave it").format(value=_SHOWN.repr(expected)),
                              _("the caller's data is theirs, and a second call would find it changed: work on a "
                                "copy (list(...), dict(...), array.copy()), or build a new value"))
        for name, now in _settings().items():
            was = self.settings.get(name, now)  # matplotlib's, when the call imported it: its own defaults
            if now != was:
                if isinstance(now, dict):  # numpy.geterr(), matplotlib.rcParams: the entries changed
                    now, was = ({key: value for key, value in side.items() if now[key] != was[key]} for side in (now, was))
                raise Mistake(name, _("{value}, set by {who}").format(value=_SHOWN.repr(now), who=who),
                              _("{value}, as the caller had it").format(value=_SHOWN.repr(was)),
                              _("a setting changed inside a function is the whole program's: every model and "
                                "array made afterwards would follow it. Leave the program's settings to the caller"))
        now = _module_state(self.module)
        for name in sorted(set(now) | set(self.state)):
            was, is_ = self.state.get(name), now.get(name)
            if was is None or is_ is None or was[1:] != is_[1:]:
                raise Mistake(_("the module variable {name}").format(name=name),
                              _("changed by {who}").format(who=who), _("left as it was"),
                              _("a later call, with other arguments, would find this call's leftovers: keep what a "
                                "call works out inside the function, and build every object anew"))
        for (function, parameter), (default, *was) in self.defaults.items():
            if [id(default), _contents(default)] != was:
                raise Mistake(_("the default value of {parameter} in {function}()").format(
                                  parameter=parameter, function=function),
                              _("changed by {who}").format(who=who), _("left as it was"),
                              _("a default is made once, when the function is defined: what a call puts in a list "
                                "or dict default is there at the next call. Default to None, make a new one inside"))
        for thing, part, _model in held(value):
            if part == "layer" and (type(thing).__name__ == "Lambda" or type(thing).__module__ == self.module.__name__):
                raise Mistake(_("a layer of the returned model"), type(thing).__name__, _("Keras' own layers"),
                              _("a Lambda layer or a layer class of your own is code, not settings: a class's grading, "
                                "which rebuilds your model from its settings alone, cannot load it"))
        kept = _kept_objects(self.module)
        optimizers: dict[int, object] = {}  # id -> the first model met with it
        for thing, part, model in [*held(value), *held(list(self.arguments.values()))]:
            if id(thing) in kept and _shared(thing, part):
                raise Mistake(_what(thing, part), _("the module variable {name}").format(name=kept[id(thing)]),
                              _("a new one made by each call"), _(SHARED))
            if part == "optimizer" and optimizers.setdefault(id(thing), model) is not model:
                raise Mistake(_("the models' optimizers"), _("one optimizer for several models"),
                              _("an optimizer of its own for each model"), _(SHARED))
        returned = [(thing, part) for thing, part, _model in held(value) if id(thing) not in self.held and _shared(thing, part)]
        if (isinstance(value, (list, dict, set)) or type(value).__name__ == "ndarray") and id(value) not in self.held:
            returned.append((value, None))
        for thing, part in returned:
            earlier = _RETURNED.get(id(thing))
            if (earlier() if isinstance(earlier, weakref.ref) else earlier) is thing:
                raise Mistake(_what(thing, part), _("the very one an earlier call returned"),
                              _("a new one made by each call"), _(SHARED))
        for thing, _part in returned:
            try:
                _RETURNED[id(thing)] = weakref.ref(thing)
            except TypeError:  # a list, dict or set
                _RETURNED[id(thing)] = thing
            _RETURNED.move_to_end(id(thing))
        while len(_RETURNED) > REMEMBERED:
            _RETURNED.popitem(last=False)


def _ids(value, depth: int = 0) -> set[int]:
    """The ids of a value and of what its lists, tuples and dicts hold, a few levels down."""
    found = {id(value)}
    if depth < 3 and isinstance(value, (list, tuple, dict)):
        for item in (value.values() if isinstance(value, dict) else value):
            found |= _ids(item, depth + 1)
    return found


def _what(thing, part: str | None) -> str:
    """A Keras object of a call's value, as its lessons name it."""
    return {"optimizer": _("the model's optimizer"), "layer": _("a layer of the model"),
            "regularizer": _("a regularizer of the model")}.get(
        part, _("the returned {kind}").format(kind=type(thing).__name__))
