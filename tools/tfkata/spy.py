"""The fit() and compile() calls the learner's code makes, recorded wherever that code runs.

Beside the grader, ``recording`` patches Keras while the learner's function runs and the grader reads
the records (``checks.watching``). Judged apart, the learner process records the same way around each
call, and the records cross back as data (``tfkata.remote``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import inspect


@dataclasses.dataclass
class Call:
    """One fit() or compile() of the learner's code, as it started."""

    kind: str  # "fit" or "compile"
    model: object  # the model it was made on (judged apart: the grader's own, None for a model the code built)
    trainable: int  # len(model.trainable_variables) at the call
    weights: list  # a digest of each watched object's weights at the call (``digest``)
    x: object = None  # fit's training data, by position or by name
    arguments: dict = dataclasses.field(default_factory=dict)  # fit's other arguments, by name; compile's
    # "same_optimizer": whether it was given again the optimizer the model had before the code compiled it
    history: object = None  # what fit() returned
    steps: list = dataclasses.field(default_factory=list)  # [training, validation] batches of each epoch (``steps``)


STEPS_LIMIT = 60  # batches in one epoch of a fit counted (``recording``'s ``steps``): more is an endless epoch


def _step_counter(steps: list):
    """A callback that counts each epoch's batches into ``steps``, and stops an epoch that never ends."""
    import keras

    from .i18n import _
    from .problems import Mistake

    class Steps(keras.callbacks.Callback):
        def on_epoch_begin(self, epoch, logs=None):
            steps.append([0, 0])

        def count(self, which: int) -> None:
            if not steps:
                return
            steps[-1][which] += 1
            if steps[-1][which] > STEPS_LIMIT:
                what = (_("training batches in epoch {epoch}") if which == 0 else
                        _("validation batches in epoch {epoch}")).format(epoch=len(steps))
                why = (_("with train_data.repeat(), steps_per_epoch ends an epoch: pass len(train_data) when it is None")
                       if which == 0 else
                       _("validate on test_data as it is, with validation_steps=int(fraction * len(test_data))"))
                raise Mistake(what, _("more than {limit}, and counting").format(limit=STEPS_LIMIT),
                              _("the epoch to end"), why)

        def on_train_batch_end(self, batch, logs=None):
            self.count(0)

        def on_test_batch_end(self, batch, logs=None):
            self.count(1)

    return Steps()


def digest(layer) -> str:
    """The weights of a Keras layer or model, all of them, as a short digest: equal when unchanged."""
    hashed = hashlib.blake2b(digest_size=16)
    for weight in layer.weights:
        hashed.update(memoryview(weight.numpy()).cast("B"))
    return hashed.hexdigest()


@contextlib.contextmanager
def recording(calls: list, weighed=(), then=None, eager: bool = False, steps: bool = False):
    """While the block runs, each fit() and compile() on any Keras model is appended to ``calls``, the
    weights of each of ``weighed`` digested at each. With ``eager``, each fit runs eagerly (the same
    training, without tracing a tiny model); ``then(model, history)``, a function of a grader's module,
    may change the History before the learner's code sees it. With ``steps``, each epoch's batches are
    counted (``Call.steps``), an epoch of more than STEPS_LIMIT stopped with that lesson."""
    import keras

    # Patched where Keras defines them: load_model compiles a model only if its class's compile is that one.
    fits, compiles = (next(c for c in keras.Model.__mro__ if name in vars(c)) for name in ("fit", "compile"))
    fit, compile_ = fits.fit, compiles.compile
    signature = inspect.signature(fit)

    def recorded_fit(model, *args, **kwargs):
        try:
            bound = signature.bind(model, *args, **kwargs)
        except TypeError:
            bound = None
        given = dict(bound.arguments) if bound else {}
        given.pop("self", None)
        call = Call("fit", model, len(model.trainable_variables), [digest(w) for w in weighed], given.pop("x", None),
                    {**given.pop("kwargs", {}), **given})
        calls.append(call)
        if eager:
            model.run_eagerly = True
        if steps and bound:  # the counter beside the learner's callbacks, its list left as it was
            bound.arguments["callbacks"] = [*(bound.arguments.get("callbacks") or []), _step_counter(call.steps)]
            args, kwargs = bound.args[1:], bound.kwargs
        call.history = fit(model, *args, **kwargs)
        if then is not None:
            then(model, call.history)
        return call.history

    first_optimizers: dict[int, tuple] = {}  # id(model) -> (model, the optimizer it had at its first compile here)

    def recorded_compile(model, *args, **kwargs):
        optimizer = kwargs.get("optimizer", args[0] if args else None)
        first = first_optimizers.setdefault(id(model), (model, getattr(model, "optimizer", None)))[1]
        calls.append(Call("compile", model, len(model.trainable_variables), [digest(w) for w in weighed],
                          arguments={"same_optimizer": optimizer is not None and optimizer is first}))
        return compile_(model, *args, **kwargs)

    fits.fit, compiles.compile = recorded_fit, recorded_compile
    try:
        yield calls
    finally:
        fits.fit, compiles.compile = fit, compile_
