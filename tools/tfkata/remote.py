"""Exercises judged apart: the learner's function runs in a process of its own, the grader sees only values.

In class grading (``engine.Run(apart=True)``), the grading worker (the judge: pytest and
the graders) never imports the learner's module. Its ``learner`` fixture is a ``Remote`` function:
each call sends the arguments (pickled: the judge's own objects) to the learner process, a sibling
forked beside it, which calls the learner's function there and sends back its value as plain
data, encoded here without pickle: numbers, strings, bytes, paths, NumPy arrays and scalars
(``np.save`` without pickle), tensors (as arrays, made tensors again), and tuples, lists, sets and
dicts of them. Nothing else crosses; nothing the learner's code does in its process (patching
the graders, ending the process, writing to a pipe) reaches the judge, whose verdict is the
engine's only source. A failure in the learner process comes back as its lesson (not started, a
module that does not import, an error of the learner's code); a learner process that ends or
stops answering fails the exercise and retires the pair.
"""

from __future__ import annotations

import base64
import contextlib
import io
import itertools
import json
import os
import pickle
import signal
import sys
import time
import traceback
import types
from pathlib import Path, PurePath

from .i18n import _
from .problems import LearnerRaised, NotStarted, Problem, TimeLimit, learner_frame, tip

LIMIT = 256 * 1024**2  # bytes of one value sent back: more is refused, not read
LEARNER_SEED = 1  # the learner process's random seed at each call (the judge's is 0)
WARM_WAIT = 5.0  # seconds at most a first call's wait for the learner process's warm-up is not counted
ELEMENTS = 100_000  # elements of a pipeline that runs Python, sent as its elements: more is refused


class Unsendable(TypeError):
    """A value of a kind that does not cross from the learner's process."""


class Ended(Problem):
    """The learner's process ended (or broke its channel) during a call."""


# ------------------------------------------------------------------ values as plain data


class Packer:
    """Encodes values as JSON-able data, arrays as ``np.save`` blobs beside it (no pickle either way).

    What is code, not data, stays in the learner's process, kept by ``keep`` (which gives its handle): a
    function (or a Lambda layer) crosses as a handle the judge calls through (``RemoteFunction``); a Keras callback as its
    nearest Keras class with its plain attributes, each hook the learner's class defines called through
    its handle (``_callback``)."""

    def __init__(self, keep=None, arguments: list | None = None):
        self.blobs: list[tuple] = []  # (.npy header, the data as bytes)
        self.keep = keep
        self.same = {id(thing): index for index, thing in enumerate(_references(arguments or []))}
        self.memo: dict[int, int] = {}  # id -> its number: an object met again is sent as that (one object there too)
        self.alive: list = []  # what the memo numbers, kept alive while encoding (so ids stay theirs)

    def blob(self, array) -> int:
        """``array`` in NumPy's .npy format (no pickle), its data not copied until ``pack``."""
        import numpy as np

        array = np.asarray(array)
        array = array if array.flags.c_contiguous else np.ascontiguousarray(array)
        if array.dtype.hasobject:
            raise Unsendable(_("an array of Python objects"))
        header = io.BytesIO()
        np.lib.format.write_array_header_2_0(header, np.lib.format.header_data_from_array_1_0(array))
        self.blobs.append((header.getvalue(), array.reshape(-1).view(np.uint8)))
        return len(self.blobs) - 1

    def encode(self, value, depth: int = 0):
        """``value`` as plain data, or Unsendable naming what could not be sent."""
        import keras

        if depth > 20:
            raise Unsendable(_("values nested deeper than 20"))
        if id(value) in self.same:  # an argument it was given, or a layer of one: the judge's own object
            return {"$": "same", "i": self.same[id(value)]}
        if type(value) in (list, dict) or isinstance(value, (keras.layers.Layer, keras.callbacks.Callback)):
            if id(value) in self.memo:
                return {"$": "again", "k": self.memo[id(value)]}
            self.memo[id(value)] = number = len(self.memo)
            self.alive.append(value)
            return {**self._encode(value, depth), "k": number}
        return self._encode(value, depth)

    def _encode(self, value, depth: int):
        import keras
        import numpy as np

        kind = type(value)
        if value is None or kind in (bool, int, str):
            return value
        if kind is float:
            return value if value == value and abs(value) != float("inf") else {"$": "float", "v": repr(value)}
        if kind is bytes:
            return {"$": "bytes", "v": base64.b64encode(value).decode("ascii")}
        if isinstance(value, PurePath):
            return {"$": "path", "v": str(value)}
        if kind is np.ndarray or isinstance(value, np.generic) and kind.__module__ == "numpy":
            return {"$": "array" if kind is np.ndarray else "scalar", "blob": self.blob(value)}
        if kind.__name__ == "EagerTensor" or kind.__module__.startswith("tensorflow") and hasattr(value, "numpy"):
            return {"$": "tensor", "blob": self.blob(value.numpy())}
        if kind.__module__.startswith("tensorflow.python.data"):
            return self._dataset(value)
        if isinstance(value, keras.KerasTensor):  # a symbolic output (a function called on a keras.Input)
            return {"$": "symbolic", "shape": [None if d is None else int(d) for d in value.shape],
                    "dtype": str(value.dtype)}
        if kind.__module__.startswith("matplotlib.") and _is_figure(value):
            return self._figure(value)
        if self.keep and isinstance(value, keras.layers.Lambda):  # code, not data: called where it is
            return {"$": "function", "h": self.keep(value), "name": "Lambda"}
        if isinstance(value, keras.layers.Layer):  # a model is a layer too
            _keras_activations(value)
            compiled = getattr(value, "compiled", False) and value.get_compile_config()
            return {"$": "keras", "config": keras.saving.serialize_keras_object(value),
                    "weights": [self.blob(w) for w in value.get_weights()], "compile": compiled or None,
                    "trainable": _trainable(value)}
        if kind in (list, tuple, set, frozenset):
            return {"$": kind.__name__, "v": [self.encode(item, depth + 1) for item in value]}
        if kind is dict:
            return {"$": "dict", "v": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]}
        if self.keep and isinstance(value, keras.callbacks.Callback):
            return self._callback(value, depth)
        if self.keep and callable(value) and not isinstance(value, type):
            return {"$": "function", "h": self.keep(value), "name": str(getattr(value, "__qualname__", kind.__name__))}
        if self.keep and not isinstance(value, (type, types.ModuleType)):
            return {"$": "object", "h": self.keep(value), "class": kind.__name__}
        raise Unsendable(_("a {kind}").format(kind=f"{kind.__module__}.{kind.__qualname__}"))

    def _dataset(self, dataset) -> dict:
        """A tf.data pipeline as its graph (TensorFlow's ops, no Python), or, where Python runs in it
        (from_generator, py_function), as its elements, if finite."""
        import numpy as np
        import tensorflow as tf

        try:
            graph, spec = dataset_parts(dataset)
            return {"$": "dataset", "graph": self.blob(np.frombuffer(graph, np.uint8)),
                    "spec": self.blob(np.frombuffer(spec, np.uint8))}
        except (tf.errors.OpError, ValueError, TypeError):
            pass
        endless = int(dataset.cardinality()) == tf.data.INFINITE_CARDINALITY
        elements = [] if endless else list(dataset.take(ELEMENTS + 1))
        if endless or len(elements) > ELEMENTS:
            raise Unsendable(_("a tf.data.Dataset that runs Python code (from_generator, py_function) and has no "
                               "end within {count} elements").format(count=ELEMENTS)) from None
        data = {"$": "elements", "spec": self.blob(np.frombuffer(_spec_bytes(dataset.element_spec), np.uint8)),
                "v": [self.encode(element, 1) for element in elements]}
        again = pass_over(dataset, ELEMENTS + 1)  # a generator made once feeds one pass: later ones hold less
        if len(again) != len(elements):
            data["again"] = [self.encode(element, 1) for element in again]
        return data

    def _figure(self, figure) -> dict:
        """A figure as what a grader reads of it: each axes' place, labels and legend, each line's data and look."""
        import numpy as np
        from matplotlib.colors import to_hex

        def line(drawn) -> dict:
            return {"x": self.blob(np.asarray(drawn.get_xdata(), "float64")),
                    "y": self.blob(np.asarray(drawn.get_ydata(), "float64")), "label": str(drawn.get_label()),
                    "linestyle": str(drawn.get_linestyle()), "color": to_hex(drawn.get_color(), keep_alpha=True),
                    "marker": str(drawn.get_marker())}

        return {"$": "figure", "size": [float(v) for v in figure.get_size_inches()],
                "legends": [[str(t.get_text()) for t in legend.get_texts()] for legend in figure.legends],
                "axes": [{"position": [float(v) for v in ax.get_position().bounds], "title": str(ax.get_title()),
                          "xlabel": str(ax.get_xlabel()), "ylabel": str(ax.get_ylabel()),
                          "legend": [str(t.get_text()) for t in ax.get_legend().get_texts()]
                          if ax.get_legend() else None,
                          "sharey": [index for index, other in enumerate(figure.axes)
                                     if other is not ax and ax.get_shared_y_axes().joined(ax, other)],
                          "lines": [line(drawn) for drawn in ax.get_lines()]} for ax in figure.axes]}

    def _callback(self, callback, depth: int) -> dict:
        import keras

        classes = type(callback).__mro__
        keras_own = [c for c in classes if c.__module__.startswith("keras.")]

        def hooks_of(kinds) -> set:
            return {name for c in kinds for name, f in vars(c).items() if name.startswith("on_") and callable(f)}

        hooks = hooks_of(classes[:classes.index(keras_own[0])])
        if hooks:  # the Keras class's own hooks run beside the learner's, on the same state (EarlyStopping's)
            hooks |= hooks_of(classes[classes.index(keras_own[0]):classes.index(keras.callbacks.Callback)])
        attributes = []
        for name, attribute in vars(callback).items():
            if name != "_model":
                try:
                    attributes.append([name, self.encode(attribute, depth + 1)])
                except Unsendable:  # it stays in the learner's process, where its hooks run
                    pass
        return {"$": "callback", "class": keras_own[0].__name__, "name": type(callback).__qualname__,
                "h": self.keep(callback), "hooks": sorted(hooks), "attributes": attributes}

    def pack(self, message: dict) -> bytes:
        header = json.dumps({**message, "sizes": [len(head) + data.nbytes for head, data in self.blobs]}).encode()
        return b"".join([len(header).to_bytes(8, "little"), header, *(part for blob in self.blobs for part in blob)])


def _references(arguments: list) -> list:
    """The objects a value may be the very same as: the Keras models and layers among the arguments of the
    call (or in a list, tuple or dict given as one), and their layers, in an order both sides share. (Only
    those: a value equal to an argument is sent as a value.)"""
    import keras

    found = []
    for argument in arguments:
        among = argument.values() if isinstance(argument, dict) else argument if isinstance(argument, (list, tuple)) \
            else [argument]
        for thing in among:
            if isinstance(thing, keras.layers.Layer) and all(thing is not seen for seen in found):
                found.extend([thing, *thing._flatten_layers(include_self=False)])
    return found


def _is_figure(value) -> bool:
    from matplotlib.figure import Figure

    return isinstance(value, Figure)


def _figure_from(data: dict, array):
    """A figure drawn again from what ``Packer._figure`` read of the learner's (matplotlib's object API, no
    pyplot): the same axes in the same places, the same lines, labels and legends, the same y axes shared."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=[float(v) for v in data["size"]])
    for axes in data["axes"]:
        ax = figure.add_axes([float(v) for v in axes["position"]])
        for line in axes["lines"]:
            ax.plot(array(line["x"]), array(line["y"]), label=str(line["label"]), linestyle=str(line["linestyle"]),
                    color=str(line["color"]), marker=str(line["marker"]))
        ax.set_title(str(axes["title"]))
        ax.set_xlabel(str(axes["xlabel"]))
        ax.set_ylabel(str(axes["ylabel"]))
        if axes["legend"] is not None:
            ax.legend(ax.get_lines()[:len(axes["legend"])], [str(text) for text in axes["legend"]])
    for ax, axes in zip(figure.axes, data["axes"]):
        for index in axes.get("sharey", []):
            if index < len(figure.axes) and not ax.get_shared_y_axes().joined(ax, figure.axes[index]):
                ax.sharey(figure.axes[index])
    for texts in data["legends"]:
        figure.legend([str(text) for text in texts])
    return figure


def dataset_parts(dataset) -> tuple[bytes, bytes]:
    """A tf.data pipeline as bytes: its serialized graph, and its element_spec as a protocol buffer."""
    import tensorflow as tf

    graph = dataset._as_serialized_graph(external_state_policy=tf.data.experimental.ExternalStatePolicy.FAIL)
    return graph.numpy(), _spec_bytes(dataset.element_spec)


def runs_python(dataset) -> bool:
    """Whether Python code runs in a tf.data pipeline (from_generator, py_function): it has no graph to send, and
    a generator made once feeds its first pass only."""
    import tensorflow as tf

    try:
        dataset_parts(dataset)
    except (tf.errors.OpError, ValueError, TypeError):
        return True
    return False


def pass_over(dataset, limit: int) -> list:
    """The elements of one pass over ``dataset`` (at most ``limit``), up to an error: a generator made once gives
    none on its second pass, and a pipeline told its size (assert_cardinality) then fails instead."""
    import tensorflow as tf

    elements = []
    with contextlib.suppress(tf.errors.OpError):
        for element in dataset.take(limit):
            elements.append(element)
    return elements


def _spec_bytes(element_spec) -> bytes:
    from tensorflow.python.saved_model import nested_structure_coder

    return nested_structure_coder.encode_structure(element_spec).SerializeToString()


def dataset_from(graph: bytes | None, spec: bytes, elements: list | None = None, again: list | None = None):
    """The pipeline ``dataset_parts`` gave, run by TensorFlow here; or one of ``elements``, with that spec (and
    ``again`` on every later pass, when the learner's gave other elements on its second)."""
    import tensorflow as tf
    from tensorflow.core.protobuf import struct_pb2
    from tensorflow.python.data.ops import dataset_ops
    from tensorflow.python.saved_model import nested_structure_coder

    proto = struct_pb2.StructuredValue()
    proto.ParseFromString(spec)
    element_spec = nested_structure_coder.decode_proto(proto)
    if graph is None:
        passes = itertools.count()
        return tf.data.Dataset.from_generator(
            lambda: iter(elements if again is None or next(passes) == 0 else again), output_signature=element_spec)
    return dataset_ops._VariantDataset(tf.raw_ops.DatasetFromGraph(graph_def=graph), element_spec)


class _Pickler(pickle.Pickler):
    """Pickles the judge's arguments: its tf.data pipelines as their graphs; each Keras model or layer among
    them (``outer``) as its configuration, weights and compile configuration, and a layer of one as that
    layer of it (so a model and its base stay one model in the learner's process)."""

    def __init__(self, file, outer: list):
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self.outer = {id(model): model for model in outer}
        self.inner = {id(layer): (model, index) for model in outer
                      for index, layer in enumerate(model._flatten_layers(include_self=False))}

    def reducer_override(self, thing):
        if type(thing).__module__.startswith("tensorflow.python.data"):
            return dataset_from, dataset_parts(thing)
        if id(thing) in self.outer:
            return _keras_from, _keras_parts(thing)
        if id(thing) in self.inner:
            return _layer_of, self.inner[id(thing)]
        return NotImplemented


_SENT: dict[str, type] = {}  # the judge's own layer classes it gave the learner's code, which its models may hold


def _keras_parts(model) -> tuple:
    import keras

    compiled = getattr(model, "compiled", False) and model.get_compile_config()
    own = {type(layer).__name__: type(layer) for layer in [model, *model._flatten_layers(include_self=False)]
           if not type(layer).__module__.startswith("keras.")}  # a grader's own layer classes, sent by name
    _SENT.update(own)
    return keras.saving.serialize_keras_object(model), model.get_weights(), compiled or None, _trainable(model), own


@contextlib.contextmanager
def _quick_rebuild(weights_follow: bool):
    """While the block rebuilds models from their configuration, a Sequential is built once all its layers are
    in, not again at each layer added (Keras's from_config: quadratic in the layers, 60 % of a rebuild); and when
    the weights are set right after, each starts as zeros, not drawn at random (a quarter of a rebuild)."""
    from keras.src.layers.layer import Layer
    from keras.src.models.model import Model
    from keras.src.models.sequential import Sequential

    add, from_config, add_weight = Sequential.add, Sequential.__dict__["from_config"], Layer.add_weight
    model_from_config = Model.__dict__["from_config"]

    def add_only(self, layer, rebuild=True):
        add(self, layer, rebuild=False)

    def built_once(cls, config, custom_objects=None):
        model = from_config.__func__(cls, config, custom_objects)
        if not model._functional:
            model._maybe_rebuild()
        return model

    def zeros(self, shape=None, initializer=None, *args, **kwargs):
        return add_weight(self, shape, "zeros", *args, **kwargs)

    def prebuilt_or_new(cls, config, custom_objects=None):
        ready = _PREBUILT.get(_shape_key(config)) if _PREBUILT and isinstance(config, dict) else None
        if not ready:
            return model_from_config.__func__(cls, config, custom_objects)
        model = ready.pop()
        model.trainable = config.get("trainable", True)  # as from_config would have it (a model compiled next)
        for layer, layer_config in zip(model.layers, config["layers"]):
            layer.name, layer.trainable = layer_config["config"]["name"], layer_config["config"].get("trainable", True)
        return model

    Sequential.add, Sequential.from_config = add_only, classmethod(built_once)
    Model.from_config = classmethod(prebuilt_or_new)
    if weights_follow:
        Layer.add_weight = zeros
    try:
        yield
    finally:
        Sequential.add, Sequential.from_config, Layer.add_weight = add, from_config, add_weight
        Model.from_config = model_from_config


_JUDGING = False  # this process judges apart: it has a learner process (Remote)
_PENDING: list = []  # what a grader asked the judge to build while the learner's code runs (prebuild)
_PREBUILT: dict[str, list] = {}  # models so built, by _shape_key


def prebuild(build) -> None:
    """Have the judge call ``build()`` while the learner's code runs at its next call (on a core of its own):
    a model the answer will hold (a pretrained base, built as the notes build it). A learner's model of the same
    configuration is then rebuilt around it, with the learner's weights and trainable flags, not built again
    (a second for EfficientNetB0). Graded in one process, nothing is built."""
    if _JUDGING:
        _PENDING.append(build)


def _build_pending(connection) -> None:
    """Build what ``prebuild`` asked for while the learner's code works: one model each time its process has been
    quiet for a moment (a stub answers at once: nothing is built then; what it says before its answer, its
    module's import, waits for the build under way)."""
    while _PENDING and not connection.poll(0.05):
        pool(_PENDING.pop(0)())


def pool(model) -> None:
    """Keep ``model`` for a rebuild of its configuration (``_quick_rebuild``): taken once, then gone."""
    import keras

    _PREBUILT.setdefault(_shape_key(keras.saving.serialize_keras_object(model)["config"]), []).append(model)


def _shape_key(config: dict) -> str:
    """A model's configuration as text, without what a rebuild sets apart: trainable flags, and its layers'
    names (each process numbers those Keras names itself: rescaling, rescaling_1)."""
    numbers = {name: f"<layer {number}>" for number, name in enumerate(_layer_names(config)) if name is not None}

    def plain(value):
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items() if key != "trainable"}
        if isinstance(value, (list, tuple)):
            return [plain(item) for item in value]
        return numbers.get(value, value) if isinstance(value, str) else value

    return json.dumps(plain(config), sort_keys=True, default=str)


def _layer_names(config: dict) -> list:
    return [layer.get("config", {}).get("name") if isinstance(layer, dict) else None
            for layer in config.get("layers", [])]


def _keras_from(config, weights, compiled, trainable, own):
    """The judge's Keras object, rebuilt in the learner's process (the judge's configuration: not safe mode)."""
    import keras

    with keras.saving.custom_object_scope(own), _quick_rebuild(weights_follow=True):
        model = keras.saving.deserialize_keras_object(_uncompiled(config), safe_mode=False)
    _set_trainable(model, trainable)  # a configuration does not keep them all (a nested model's own)
    _load_weights(model, weights)
    if compiled:
        _compile(model, compiled)
    return model


def _uncompiled(config):
    """A model's configuration without its compile configuration, which Keras would compile it from, building the
    optimizer's variables: ``_compile`` compiles it next, without them."""
    return {key: value for key, value in config.items() if key != "compile_config"} if isinstance(config, dict) \
        else config


def _compile(model, config: dict) -> None:
    """``model.compile_from_config(config)`` without building its optimizer's variables now: a fit builds
    them, and most models that cross are never fitted (a third of a small model's rebuild)."""
    import keras

    model.compile(**keras.saving.deserialize_keras_object(config))


def _load_weights(model, weights: list) -> None:
    """``model.set_weights(weights)``, then what Keras' own loading does after (``load_own_variables``): a layer whose
    state is worked out from its variables (an adapted Normalization's mean and variance) works it out again."""
    model.set_weights(weights)
    for layer in model._flatten_layers():
        if hasattr(layer, "finalize_state") and layer.built:
            layer.finalize_state()


def _trainable(model) -> list[bool]:
    return [bool(layer.trainable) for layer in [model, *model._flatten_layers(include_self=False)]]


def _set_trainable(model, flags: list) -> None:
    """Each layer's trainable flag as ``_trainable`` read it, outer layers first (setting one sets its layers')."""
    layers = [model, *model._flatten_layers(include_self=False)]
    if len(layers) != len(flags):
        raise ValueError("another model")
    for layer, trainable in zip(layers, flags):
        layer.trainable = bool(trainable)


def _layer_of(model, index: int):
    return model._flatten_layers(include_self=False)[index]


def _outer(references: list) -> list:
    """The Keras objects among ``references`` that are no layer of another."""
    inner = {id(layer) for thing in references for layer in thing._flatten_layers(include_self=False)}
    return [thing for thing in references if id(thing) not in inner]


def _pickled(request: dict) -> bytes:
    buffer = io.BytesIO()
    _Pickler(buffer, _outer(_references(_arguments(request)))).dump(request)
    return buffer.getvalue()


def _state(model, arrived: str, packer: Packer) -> dict:
    """What the learner's code may have done to a Keras object it was given: its layers' trainable flags and its
    variables' (``variable.trainable = False`` freezes one alone), its weights (if changed since ``arrived``, their
    digest then), its compile configuration."""
    from .spy import digest

    compiled = getattr(model, "compiled", False) and model.get_compile_config()
    return {"trainable": _trainable(model), "variables": [bool(v.trainable) for v in model.weights],
            "weights": None if digest(model) == arrived else [packer.blob(w) for w in model.get_weights()],
            "compile": compiled or None}


def _apply(model, state: dict, array) -> None:
    """``_state`` given to the judge's own object: what the learner's code did to its copy, done to it."""
    _set_trainable(model, state["trainable"])
    flags = state.get("variables") or []
    if len(flags) == len(model.weights):
        for variable, trainable in zip(model.weights, flags):
            variable.trainable = bool(trainable)
    if state["weights"] is not None:
        _load_weights(model, [array(i) for i in state["weights"]])
    compiled = getattr(model, "compiled", False) and model.get_compile_config()
    if state["compile"] and json.dumps(state["compile"], sort_keys=True) != json.dumps(compiled, sort_keys=True):
        _compile(model, state["compile"])


def _arguments(request: dict) -> list:
    return [*request["args"], *(request["kwargs"][key] for key in sorted(request["kwargs"]))]


def _keras_activations(layer) -> None:
    """TensorFlow's activations (the notes' ``activation=tf.nn.relu``) as Keras' own, which its configuration
    can name: the same functions, for a model that could not be rebuilt otherwise."""
    import keras

    for inner in [layer, *getattr(layer, "_flatten_layers", lambda: [])()]:
        function = getattr(inner, "activation", None)
        if callable(function) and getattr(function, "__module__", "").startswith("tensorflow"):
            try:
                inner.activation = keras.activations.get(function.__name__.removesuffix("_v2"))
            except (ValueError, TypeError):
                pass


def unpack(data: bytes) -> tuple[dict, list[memoryview]]:
    size = int.from_bytes(data[:8], "little")
    message = json.loads(data[8:8 + size])
    if not isinstance(message, dict):
        raise ValueError("not a message")
    blobs, at, view = [], 8 + size, memoryview(data)
    for length in message.get("sizes", []):
        blobs.append(view[at:at + int(length)])
        at += int(length)
    return message, blobs


def array_from(blob: memoryview, copy: bool = True):
    """The array of a ``Packer.blob``, read as ``np.load(allow_pickle=False)`` reads it; without ``copy``, a read-only
    view of the message (for weights, copied into their variables anyway)."""
    import numpy as np

    header = io.BytesIO(blob[:min(len(blob), 65536)])
    version = np.lib.format.read_magic(header)
    shape, fortran, dtype = (np.lib.format.read_array_header_1_0 if version == (1, 0)
                             else np.lib.format.read_array_header_2_0)(header)
    if dtype.hasobject:
        raise ValueError("an array of Python objects")
    count = int(np.prod(shape, dtype=np.int64))
    array = np.frombuffer(blob, dtype, count=count, offset=header.tell())
    array = array.reshape(shape[::-1]).transpose() if fortran else array.reshape(shape)
    return array.copy() if copy else array


def decode(data, blobs: list[memoryview], remote: Remote | None = None, same: list = (), memo: dict | None = None):
    """The value ``Packer.encode`` gave, made of the judge's own types only (Keras objects rebuilt from their
    configuration, in Keras' safe mode: Keras' own classes only, no Python code); what stayed in the learner's
    process is called there through ``remote``; an argument given back is ``same``'s own object; an object
    sent twice (``memo``: shared by every part of one reply) is one object."""
    memo = {} if memo is None else memo
    if isinstance(data, dict) and data.get("$") == "again":
        return memo[int(data["k"])]
    found = _decoded(data, blobs, remote, same, memo)
    if isinstance(data, dict) and "k" in data:
        memo[int(data["k"])] = found
    return found


def _decoded(data, blobs: list[memoryview], remote, same, memo: dict):
    import numpy as np

    if not isinstance(data, dict):
        if isinstance(data, list):
            raise ValueError("a bare list")
        return data
    kind, value = data.get("$"), data.get("v")

    def array(index, copy=True):
        return array_from(blobs[int(index)], copy)

    if kind == "float":
        return float(value)
    if kind == "bytes":
        return base64.b64decode(value)
    if kind == "path":
        return Path(value)
    if kind == "array":
        return array(data["blob"])
    if kind == "scalar":
        return array(data["blob"])[()]
    if kind == "symbolic":
        import keras

        return keras.KerasTensor([None if d is None else int(d) for d in data["shape"]], dtype=str(data["dtype"]))
    if kind == "tensor":
        import tensorflow as tf

        return tf.constant(array(data["blob"]))
    if kind == "keras":
        return _rebuilt(data, [array(i, copy=False) for i in data["weights"]])
    if kind in ("list", "tuple", "set", "frozenset"):
        return {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[kind](
            decode(v, blobs, remote, same, memo) for v in value)
    if kind == "dict":
        return {decode(k, blobs, remote, same, memo): decode(v, blobs, remote, same, memo) for k, v in value}
    if kind == "same":
        return same[int(data["i"])]
    if kind == "dataset":
        return dataset_from(array(data["graph"]).tobytes(), array(data["spec"]).tobytes())
    if kind == "elements":
        passes = [value, data["again"]] if "again" in data else [value]
        return dataset_from(None, array(data["spec"]).tobytes(),
                            *([decode(v, blobs, remote, same, memo) for v in part] for part in passes))
    if kind == "figure":
        return _figure_from(data, lambda index: array(index))
    if kind == "function" and remote:
        return RemoteFunction(remote, int(data["h"]), str(data["name"]))
    if kind == "object" and remote:
        return type(str(data["class"]), (RemoteObject,), {})(remote, int(data["h"]))
    if kind == "callback" and remote:
        return _remote_callback(data, blobs, remote, same, memo)
    raise ValueError(f"not a value: {str(data)[:80]}")


def raised(error: BaseException) -> list[str]:
    """The names of the classes of the error the learner's code raised, wherever it ran (as ``LearnerRaised``'s
    cause here, or relayed from the learner process)."""
    if hasattr(error, "raised"):
        return list(error.raised)
    cause = error.__cause__ or error
    return [c.__name__ for c in type(cause).__mro__]


def _rebuilt(data: dict, weights: list):
    import keras

    config = data["config"]
    try:
        with keras.saving.custom_object_scope(_SENT), _quick_rebuild(weights_follow=bool(weights)):
            rebuilt = keras.saving.deserialize_keras_object(_uncompiled(config), safe_mode=True)
        if weights:
            _load_weights(rebuilt, weights)
        if data.get("trainable"):
            _set_trainable(rebuilt, data["trainable"])
        if data.get("compile"):
            _compile(rebuilt, data["compile"])
    except Exception as error:  # noqa: BLE001 - anything Keras refuses to rebuild is the learner's to change
        name = config.get("class_name", "?") if isinstance(config, dict) else "?"
        raise Problem(_("your code returned a {name} that the grader cannot rebuild from its configuration: "
                        "{error}").format(name=name, error=str(error).splitlines()[0][:200] if str(error) else
                                          type(error).__name__) + "\n"
                      + _("build it from Keras' own layers and models (no classes or lambdas of your own), and "
                          "give it only what it can save")) from None
    return rebuilt


# ------------------------------------------------------------------ the judge's side


def _seen(model) -> dict:
    """The judge's model as a learner's callback hook sees it (``_ModelSeen``): whether training stops, and its
    optimizer's learning rate when that is a number."""
    import keras

    seen = {"stop_training": bool(getattr(model, "stop_training", False))}
    with contextlib.suppress(AttributeError, TypeError, ValueError):
        seen["learning_rate"] = float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    return seen


class RemoteFunction:
    """A function of the learner's, called in its process: arguments pickled there, its value back as data."""

    def __init__(self, remote: Remote, handle: int, name: str):
        self.remote, self.handle, self.__name__ = remote, handle, name

    def __call__(self, *args, **kwargs):
        return self.remote.invoke(self.handle, None, args, kwargs)[0]

    def __repr__(self) -> str:
        return f"<function {self.__name__}>"


class RemoteObject:
    """An object of the learner's (a legacy generator, say), kept in its process: each attribute read there,
    each method called there, each value back as data. Its class is named as the learner's is."""

    def __init__(self, remote: Remote, handle: int):
        object.__setattr__(self, "_kept", (remote, handle))

    def _ask(self, method: str | None, *args, attribute: str | None = None):
        remote, handle = object.__getattribute__(self, "_kept")
        return remote.invoke(handle, method, args, {}, attribute=attribute)[0]

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._ask(None, attribute=name)

    def __len__(self) -> int:
        return self._ask("__len__")

    def __getitem__(self, key):
        return self._ask("__getitem__", key)

    def __iter__(self):
        return self

    def __next__(self):
        return self._ask("__next__")

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of the learner's>"


RELAYED = ("TypeError", "ValueError", "KeyError", "IndexError", "AttributeError", "ZeroDivisionError",
           "RuntimeError")  # what Keras' code may catch from a function of the learner's it calls


def _relayed(raised: list[str]) -> type[Problem]:
    """A Problem that is also the built-in error the learner's function raised, for Keras' code that calls it
    and catches that error (LearningRateScheduler tries ``schedule(epoch, rate)``, then ``schedule(epoch)``)."""
    import builtins

    name = next((name for name in raised if name in RELAYED), None)
    # str() as a Problem's (KeyError's own would show the lesson as a quoted string)
    return type(name, (Problem, getattr(builtins, name)), {"__str__": BaseException.__str__}) if name else Problem


def _remote_callback(data: dict, blobs: list[memoryview], remote: Remote, same: list, memo: dict):
    """The learner's callback as the Keras callback class it is or extends, with its plain attributes; each
    hook its own class defines (and then the Keras class's too) runs in the learner's process, on a model seen
    there as ``_ModelSeen``: what it does to that is done here to the real model."""
    import keras

    taken: dict[int, list] = {}  # the real model's weights, by the token the learner's hook holds instead

    base = getattr(keras.callbacks, str(data["class"]), None)
    if not (isinstance(base, type) and issubclass(base, keras.callbacks.Callback)):
        raise ValueError(f"not a Keras callback: {data['class']}")

    def hook(name):
        def forward(self, *args, **kwargs):
            model = getattr(self, "_model", None)
            value, seen = remote.invoke(data["h"], name, args, kwargs, _seen(model))
            if model is not None:
                model.stop_training = bool(seen.get("stop_training"))
                for token in seen.get("taken", []):
                    taken[int(token)] = model.get_weights()
                for token in seen.get("restored", []):
                    model.set_weights(taken[int(token)])
                if seen.get("learning_rate") not in (None, _seen(model).get("learning_rate")):
                    model.optimizer.learning_rate = float(seen["learning_rate"])
            return value
        return forward

    def set_params(self, params):  # fit()'s settings reach the learner's callback too, as they would in one process
        base.set_params(self, params)
        remote.invoke(data["h"], "set_params", (params,), {})

    hooks = [str(name) for name in data["hooks"] if str(name).startswith("on_")]
    kind = type(str(data["name"]).rsplit(".", 1)[-1], (base,),
                {"set_params": set_params, **{name: hook(name) for name in hooks}})
    callback = kind.__new__(kind)
    keras.callbacks.Callback.__init__(callback)
    for name, value in data["attributes"]:
        setattr(callback, str(name), decode(value, blobs, remote, same, memo))
    return callback



class Remote:
    """The judge's end of its learner process: ``function(exercise)`` is the learner's function."""

    def __init__(self, connection, pid: int, folder: Path, on_import=lambda phase, module: None,
                 on_wait=lambda seconds: None):
        global _JUDGING
        _JUDGING = True
        self.connection, self.pid, self.folder, self.on_import = connection, pid, folder, on_import
        self.on_wait = on_wait  # called once, with how long the first call waited for the process's warm-up
        self.calls, self.exercise = 0, ""
        self.watching: tuple | None = None  # (calls recorded, objects weighed, then, eager, steps): checks.watching
        self.around: list = []  # (context manager, its arguments) around each call there: checks.list_in_reverse

    def function(self, exercise):
        def call(*args, **kwargs):
            return self.call(exercise.id, args, kwargs)

        call.__name__ = call.__qualname__ = exercise.function
        call.remote, call.source = self, (str(self.folder / f"{exercise.module}.py"), exercise.function)
        return call

    def _where(self) -> tuple[Path, int] | None:
        """Where in the learner's files its process is running now (it answers SIGUSR1 with that), if it says
        within a second."""
        try:
            os.kill(self.pid, signal.SIGUSR1)
            while self.connection.poll(1.0):
                reply, _ = unpack(self.connection.recv_bytes(LIMIT))
                if "where" in reply:
                    return (Path(reply["where"][0]), int(reply["where"][1])) if reply["where"] else None
        except (OSError, EOFError, ValueError, TypeError, IndexError):
            pass
        return None

    def call(self, exercise_id: str, args: tuple, kwargs: dict):
        self.exercise = exercise_id
        request = {"exercise": exercise_id, "folder": str(self.folder), "args": args, "kwargs": kwargs,
                   "around": list(self.around)}
        if self.watching:
            references = _references(_arguments(request))
            calls, weighed, then, eager, steps = self.watching
            request.update(weigh=[next(i for i, thing in enumerate(references) if thing is one) for one in weighed],
                           then=then, eager=eager, steps=steps)
        return self._ask(request)[0]

    def invoke(self, handle: int, method: str | None, args: tuple, kwargs: dict, seen: dict | None = None,
               attribute: str | None = None):
        """Call what the learner's process kept under ``handle`` (a function; with ``method``, a method of it, a
        callback's hook on a model ``seen`` so, ``_seen``; with ``attribute``, read that attribute): its value, and what the
        hook did to that model (``_ModelSeen.state``)."""
        value, reply = self._ask({"exercise": self.exercise, "handle": handle, "method": method, "args": args,
                                  "kwargs": kwargs, "seen": seen or {}, "attribute": attribute})
        return value, reply.get("seen") or {}

    def _ask(self, request: dict):
        self.calls += 1
        exercise_id = self.exercise
        try:
            sent = time.monotonic()
            self.connection.send_bytes(self.calls.to_bytes(8, "little") + _pickled({**request, "call": self.calls}))
            while True:  # what answers another call (a reply the learner's code sent early) is passed over
                _build_pending(self.connection)
                try:
                    reply, blobs = unpack(self.connection.recv_bytes(LIMIT))
                except (ValueError, UnicodeDecodeError):  # not a message of the learner process's own
                    continue
                if reply.get("call") != self.calls:
                    continue
                if "begun" in reply:  # before the learner's code runs, on the first call only: not its time
                    if self.calls == 1:
                        self.on_wait(min(time.monotonic() - sent, WARM_WAIT))
                elif "importing" in reply:
                    self.on_import(reply["importing"], str(reply["module"]))
                else:
                    break
        except TimeLimit as stop:  # the learner's code is still running: ask it where
            stop.where = self._where()
            raise
        except (EOFError, OSError) as error:
            raise Ended(_("your code ended its process, or broke its channel, while grading {id} ({error})").format(
                id=exercise_id, error=type(error).__name__) + "\n"
                + _("an exercise returns its answer: it must never end the program (os._exit, sys.exit, os.kill)")) \
                from None
        finally:
            _PENDING.clear()
        if reply.get("printed"):
            sys.stdout.write(str(reply["printed"]))
        if "value" in reply:
            try:
                same, memo = _references(_arguments(request)), {}
                value = decode(reply["value"], blobs, self, same, memo)
                for key, data in reply.get("dicts", []):  # a hook's logs, as the learner's code left them
                    given = request["args"][key] if isinstance(key, int) else request["kwargs"][str(key)]
                    given.clear()
                    given.update(decode(data, blobs, self, same, memo))
                self._after(reply, blobs, same, memo)
                return value, reply
            except (KeyError, IndexError, TypeError, ValueError) as error:
                raise Problem(_("your code sent its grader something other than an answer: {what}").format(
                    what=str(error)[:100])) from None
        if "problem" not in reply:
            raise Problem(_("your code sent its grader something other than an answer: {what}").format(
                what=str(reply)[:100]))
        raised = [str(name) for name in reply.get("raised", [])]
        problem = (NotStarted if reply.get("not_started") else _relayed(raised) if "handle" in request else Problem)(
            str(reply["problem"]))
        problem.raised = raised
        raise problem

    def _after(self, reply: dict, blobs: list[memoryview], same: list, memo: dict) -> None:
        """What the learner's code did to the Keras objects it was given, done to the judge's; the tips its
        answer called for; the fit() and compile() calls it made, to the grader watching them."""
        from .spy import Call

        outer = _outer(same)
        for index, state in reply.get("after", []):
            _apply(outer[int(index)], state, lambda blob: array_from(blobs[int(blob)], copy=False))
        for text in reply.get("tips", []):  # given where the learner's code ran (tfkata.spelling)
            tip(str(text))
        if self.watching:
            for kind, model, trainable, weights, x, arguments, history, steps in reply.get("seen", []):
                self.watching[0].append(Call(str(kind), decode(model, blobs, self, same, memo), int(trainable),
                                             [str(w) for w in weights], decode(x, blobs, self, same, memo),
                                             decode(arguments, blobs, self, same, memo),
                                             decode(history, blobs, self, same, memo),
                                             [[int(train), int(validation)] for train, validation in steps]))


# ------------------------------------------------------------------ the learner's side


def serve(connection, output, scratch: str, memory_limit: int | None, warm: bool = False) -> None:
    """The learner process's whole life: in its own session and scratch folder, call and answer. ``warm``:
    while no call has come, pay TensorFlow's first-use costs (as its judge does, tfkata.warm)."""
    from . import worker
    from .globalstate import Snapshot
    from .target import Target

    worker.settle(output, scratch)
    worker._cap_memory(memory_limit)
    import keras
    from keras.src.utils import file_utils

    from . import catalogue
    from .inner import refuse_download
    from .paths import GRADERS

    file_utils.get_file = refuse_download
    sys.path.append(str(GRADERS))  # where a grader's function given to this process is found (checks.watching)
    targets: dict[str, Target] = {}

    def send(message: dict, packer: Packer | None = None) -> None:
        try:
            data = (packer or Packer()).pack(message)
        except (TypeError, ValueError) as error:  # a configuration that is not plain data
            data = Packer().pack({"problem": _("the grader cannot take what your code returned: {error}").format(
                error=str(error)[:200]), "call": message.get("call")})
        connection.send_bytes(data)

    def where(signum, frame) -> None:
        """Tell the judge where the learner's code is running (its time limit is past)."""
        mine = [(f.filename, f.lineno) for f in traceback.extract_stack(frame)
                if any(Path(f.filename).is_relative_to(folder) for folder in targets)]
        send({"where": mine[-1] if mine else None})

    signal.signal(signal.SIGUSR1, where)  # from the start: a time limit may strike while it warms up
    if warm and not connection.poll():
        from .warm import first_fit, learner_models

        first_fit()
        for model in learner_models(connection.poll):
            pool(model)

    current = [0]  # the call being answered
    kept: list = []  # what stays here, by handle: functions and callbacks the learner's code returned
    state, graded = None, None  # the process as the first call found it, put back for each new exercise

    def keep(thing) -> int:
        kept.append(thing)
        return len(kept) - 1

    late = warm  # the first call may have waited for the warm-up: say when it begins
    while True:
        try:
            data = connection.recv_bytes()
        except (EOFError, OSError):
            break
        try:  # the call's number first, outside the pickle: an answer even when the rest does not load
            request = pickle.loads(data[8:])
        except Exception as error:  # noqa: BLE001 - what the judge sent does not load here
            send({"problem": f"the grader's arguments do not reach your code's process: {error}"[:300],
                  "call": int.from_bytes(data[:8], "little")})
            continue
        call = current[0] = request["call"]
        if late:
            send({"begun": True, "call": call})
            late = False
        printed, packer = io.StringIO(), Packer(keep, _arguments(request))
        streams = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = printed
        try:
            if "handle" in request:  # a function or a callback's hook kept from an earlier value
                reply = _invoke(kept[request["handle"]], request, packer)
            else:
                folder = request["folder"]
                if (folder, request["exercise"]) != graded:  # what one exercise's code changed is not the next's
                    if state is None:
                        state = Snapshot((Path(scratch),))
                    else:
                        state.restore()
                    graded = folder, request["exercise"]
                if folder not in targets:
                    targets[folder] = Target(Path(folder), on_import=lambda phase, module: send(
                        {"importing": phase, "module": module, "call": current[0]}))
                # Not the judge's seed: a model the learner's code builds afresh must not draw, by that seed
                # alone, the very weights of one the grader built (a "reloaded" clone would pass for the file's).
                keras.utils.set_random_seed(LEARNER_SEED)
                function = targets[folder].function(catalogue.load().get(request["exercise"]))
                reply = _answer(function, request, packer)
        except NotStarted as error:
            reply = {"problem": str(error), "not_started": True}
        except Problem as error:  # an error of the learner's code also says what it was (tfkata.remote.raised)
            cause = error.__cause__
            reply = {"problem": str(error), "raised": [c.__name__ for c in type(cause).__mro__] if cause else []}
        except Unsendable as error:
            reply = {"problem": _("{function}() returned {what}, which the grader cannot take from your code's "
                                  "process").format(function=request["exercise"].split(".")[-1], what=error) + "\n"
                     + _("return what the exercise asks for: numbers, strings, NumPy arrays or tensors, and "
                         "tuples, lists, sets or dicts of them")}
        except (TimeLimit, KeyboardInterrupt):
            raise
        except BaseException as error:  # noqa: BLE001 - the learner's, outside its function (an encoding, a hook)
            frames = [learner_frame(error, Path(folder)) for folder in targets]
            who = f"{request.get('method') or str(request['exercise']).rsplit('.', 1)[-1]}()"
            reply = {"problem": str(LearnerRaised(who, error, next(filter(None, frames), None))),
                     "raised": [c.__name__ for c in type(error).__mro__]}
        finally:
            sys.stdout, sys.stderr = streams
        reply["printed"], reply["call"] = printed.getvalue()[:4096], call
        send(reply, packer if "value" in reply else None)
    os._exit(0)


def _answer(function, request: dict, packer: Packer) -> dict:
    """Call the learner's function; its value, what it did to the Keras objects it was given (``_state``), and,
    for a grader watching, the fit() and compile() calls it made (``spy.Call``, as data)."""
    from .problems import take_tips
    from .spy import digest, recording

    references = _references(_arguments(request))
    outer = _outer(references)
    arrived = [digest(model) for model in outer]
    calls: list = []
    with contextlib.ExitStack() as around:
        for context, arguments in request.get("around", []):
            around.enter_context(context(*arguments))
        around.enter_context(recording(calls, [references[int(i)] for i in request.get("weigh", [])],
                                       request.get("then"), bool(request.get("eager")), bool(request.get("steps"))))
        value = function(*request["args"], **request["kwargs"])
    reply = {"value": packer.encode(value), "tips": take_tips(),
             "after": [[index, _state(model, arrived[index], packer)] for index, model in enumerate(outer)]}
    if "weigh" in request:
        reply["seen"] = [[call.kind, _sendable(packer, call.model), call.trainable, call.weights,
                          _sendable(packer, call.x), _sendable(packer, call.arguments), _sendable(packer, call.history),
                          call.steps]
                         for call in calls]
    return reply


def _sendable(packer: Packer, value):
    """``value`` as data, or None where it cannot cross (what a grader watching cannot read, it does not judge)."""
    if isinstance(value, dict):
        return {"$": "dict", "v": [[key, encoded] for key, item in value.items()
                                   if (encoded := _sendable(packer, item)) is not None or item is None]}
    try:
        return packer.encode(value)
    except Unsendable:
        return None


class _Weights:
    """A model's weights, as a learner's callback takes them here: a token; the judge keeps the arrays."""

    def __init__(self, token: int):
        self.token = token


_TOKENS = itertools.count()


class _ModelSeen:
    """What a learner's callback sees as ``self.model`` here: whether training stops, its optimizer's learning
    rate, its weights as tokens (``_Weights``) that the judge swaps for the real model's (EarlyStopping's
    restore_best_weights): what a hook does to them, ``state()`` tells the judge."""

    def __init__(self, seen: dict):
        self.stop_training = bool(seen.get("stop_training"))
        if seen.get("learning_rate") is not None:
            self.optimizer = types.SimpleNamespace(learning_rate=float(seen["learning_rate"]))
        self.taken: list[int] = []
        self.restored: list[int] = []

    def get_weights(self) -> _Weights:
        self.taken.append(next(_TOKENS))
        return _Weights(self.taken[-1])

    def set_weights(self, weights) -> None:
        if not isinstance(weights, _Weights):
            raise TypeError(_("a callback graded apart sets only weights it took from its model (get_weights)"))
        self.restored.append(weights.token)

    def state(self) -> dict:
        state = {"stop_training": bool(self.stop_training), "taken": self.taken, "restored": self.restored}
        with contextlib.suppress(AttributeError, TypeError, ValueError):
            state["learning_rate"] = float(self.optimizer.learning_rate)
        return state


def _invoke(thing, request: dict, packer: Packer) -> dict:
    """Call a kept function, read an attribute of a kept object or call its method, or call a kept callback's
    hook on a ``_ModelSeen``; the dicts it was given (a hook's logs) go back as it left them."""
    import keras

    if request.get("attribute"):
        return {"value": packer.encode(getattr(thing, str(request["attribute"])))}
    if request["method"] is None:
        return {"value": packer.encode(thing(*request["args"], **request["kwargs"]))}
    model = _ModelSeen(request.get("seen") or {})
    if isinstance(thing, keras.callbacks.Callback):
        keras.callbacks.Callback.set_model(thing, model)
    value = getattr(thing, str(request["method"]))(*request["args"], **request["kwargs"])
    given = [*enumerate(request["args"]), *request["kwargs"].items()]
    return {"value": packer.encode(value), "seen": model.state(),
            "dicts": [[key, packer.encode(item)] for key, item in given if isinstance(item, dict)]}
