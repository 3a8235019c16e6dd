"""Exercises judged apart: the learner's function runs in a process of its own, the grader sees only values.

For an exercise marked ``judge_apart`` in the catalogue, the grading worker (the judge: pytest and
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
import io
import json
import os
import pickle
import signal
import sys
import traceback
from pathlib import Path, PurePath

from .i18n import _
from .problems import LearnerRaised, NotStarted, Problem, TimeLimit

LIMIT = 256 * 1024**2  # bytes of one value sent back: more is refused, not read


class Unsendable(TypeError):
    """A value of a kind that does not cross from the learner's process."""


class Ended(Problem):
    """The learner's process ended (or broke its channel) during a call."""


# ------------------------------------------------------------------ values as plain data


class Packer:
    """Encodes values as JSON-able data, arrays as ``np.save`` blobs beside it (no pickle either way)."""

    def __init__(self):
        self.blobs: list[bytes] = []

    def blob(self, array) -> int:
        import numpy as np

        buffer = io.BytesIO()
        try:
            np.save(buffer, np.asarray(array), allow_pickle=False)
        except ValueError:  # an array of Python objects
            raise Unsendable(_("an array of Python objects")) from None
        self.blobs.append(buffer.getvalue())
        return len(self.blobs) - 1

    def encode(self, value, depth: int = 0):
        """``value`` as plain data, or Unsendable naming what could not be sent."""
        import keras
        import numpy as np

        if depth > 20:
            raise Unsendable(_("values nested deeper than 20"))
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
        if isinstance(value, keras.layers.Layer):  # a model is a layer too
            _keras_activations(value)
            compiled = getattr(value, "compiled", False) and value.get_compile_config()
            return {"$": "keras", "config": keras.saving.serialize_keras_object(value),
                    "weights": [self.blob(w) for w in value.get_weights()], "compile": compiled or None}
        if kind in (list, tuple, set, frozenset):
            return {"$": kind.__name__, "v": [self.encode(item, depth + 1) for item in value]}
        if kind is dict:
            return {"$": "dict", "v": [[self.encode(k, depth + 1), self.encode(v, depth + 1)] for k, v in value.items()]}
        raise Unsendable(_("a {kind}").format(kind=f"{kind.__module__}.{kind.__qualname__}"))

    def pack(self, message: dict) -> bytes:
        header = json.dumps({**message, "sizes": [len(b) for b in self.blobs]}).encode()
        return len(header).to_bytes(8, "little") + header + b"".join(self.blobs)


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


def unpack(data: bytes) -> tuple[dict, list[bytes]]:
    size = int.from_bytes(data[:8], "little")
    message = json.loads(data[8:8 + size])
    if not isinstance(message, dict):
        raise ValueError("not a message")
    blobs, at = [], 8 + size
    for length in message.get("sizes", []):
        blobs.append(data[at:at + int(length)])
        at += int(length)
    return message, blobs


def decode(data, blobs: list[bytes]):
    """The value ``Packer.encode`` gave, made of the judge's own types only (Keras objects rebuilt from their
    configuration, in Keras' safe mode: Keras' own classes only, no Python code)."""
    import numpy as np

    if not isinstance(data, dict):
        if isinstance(data, list):
            raise ValueError("a bare list")
        return data
    kind, value = data.get("$"), data.get("v")

    def array(index):
        return np.load(io.BytesIO(blobs[int(index)]), allow_pickle=False)

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
    if kind == "tensor":
        import tensorflow as tf

        return tf.constant(array(data["blob"]))
    if kind == "keras":
        return _rebuilt(data, [array(i) for i in data["weights"]])
    if kind in ("list", "tuple", "set", "frozenset"):
        return {"list": list, "tuple": tuple, "set": set, "frozenset": frozenset}[kind](decode(v, blobs) for v in value)
    if kind == "dict":
        return {decode(k, blobs): decode(v, blobs) for k, v in value}
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
        rebuilt = keras.saving.deserialize_keras_object(config, safe_mode=True)
        if weights:
            rebuilt.set_weights(weights)
        if data.get("compile"):
            rebuilt.compile_from_config(data["compile"])
    except Exception as error:  # noqa: BLE001 - anything Keras refuses to rebuild is the learner's to change
        name = config.get("class_name", "?") if isinstance(config, dict) else "?"
        raise Problem(_("your code returned a {name} that the grader cannot rebuild from its configuration: "
                        "{error}").format(name=name, error=str(error).splitlines()[0][:200] if str(error) else
                                          type(error).__name__) + "\n"
                      + _("build it from Keras' own layers and models (no classes or lambdas of your own), and "
                          "give it only what it can save")) from None
    return rebuilt


# ------------------------------------------------------------------ the judge's side


class Remote:
    """The judge's end of its learner process: ``function(exercise)`` is the learner's function."""

    def __init__(self, connection, pid: int, folder: Path, on_import=lambda phase, module: None):
        self.connection, self.pid, self.folder, self.on_import = connection, pid, folder, on_import
        self.calls = 0

    def function(self, exercise):
        def call(*args, **kwargs):
            return self.call(exercise.id, args, kwargs)

        call.__name__ = call.__qualname__ = exercise.function
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
        self.calls += 1
        try:
            self.connection.send_bytes(pickle.dumps({"exercise": exercise_id, "folder": str(self.folder),
                                                     "args": args, "kwargs": kwargs, "call": self.calls}))
            while True:  # what answers another call (a reply the learner's code sent early) is passed over
                try:
                    reply, blobs = unpack(self.connection.recv_bytes(LIMIT))
                except (ValueError, UnicodeDecodeError):  # not a message of the learner process's own
                    continue
                if reply.get("call") == self.calls:
                    if "importing" not in reply:
                        break
                    self.on_import(reply["importing"], str(reply["module"]))
        except TimeLimit as stop:  # the learner's code is still running: ask it where
            stop.where = self._where()
            raise
        except (EOFError, OSError) as error:
            raise Ended(_("your code ended its process, or broke its channel, while grading {id} ({error})").format(
                id=exercise_id, error=type(error).__name__) + "\n"
                + _("an exercise returns its answer: it must never end the program (os._exit, sys.exit, os.kill)")) \
                from None
        if reply.get("printed"):
            sys.stdout.write(str(reply["printed"]))
        if "value" in reply:
            try:
                return decode(reply["value"], blobs)
            except (KeyError, IndexError, TypeError, ValueError) as error:
                raise Problem(_("your code sent its grader something other than an answer: {what}").format(
                    what=str(error)[:100])) from None
        if "problem" not in reply:
            raise Problem(_("your code sent its grader something other than an answer: {what}").format(
                what=str(reply)[:100]))
        problem = NotStarted(str(reply["problem"])) if reply.get("not_started") else Problem(str(reply["problem"]))
        problem.raised = [str(name) for name in reply.get("raised", [])]
        raise problem


# ------------------------------------------------------------------ the learner's side


def serve(connection, output, scratch: str, memory_limit: int | None, warm: bool = False) -> None:
    """The learner process's whole life: in its own session and scratch folder, call and answer. ``warm``:
    while no call has come, pay TensorFlow's first-use costs (as its judge does, tfkata.warm)."""
    from . import worker
    from .target import Target

    worker.settle(output, scratch)
    worker._cap_memory(memory_limit)
    import keras
    from keras.src.utils import file_utils

    from . import catalogue
    from .inner import refuse_download

    file_utils.get_file = refuse_download
    if warm and not connection.poll():
        from .warm import first_fit

        first_fit()

    targets: dict[str, Target] = {}
    current = [0]  # the call being answered

    def where(signum, frame) -> None:
        """Tell the judge where the learner's code is running (its time limit is past)."""
        mine = [(f.filename, f.lineno) for f in traceback.extract_stack(frame)
                if any(Path(f.filename).is_relative_to(folder) for folder in targets)]
        send({"where": mine[-1] if mine else None})

    signal.signal(signal.SIGUSR1, where)

    def send(message: dict, packer: Packer | None = None) -> None:
        try:
            data = (packer or Packer()).pack(message)
        except (TypeError, ValueError) as error:  # a configuration that is not plain data
            data = Packer().pack({"problem": _("the grader cannot take what your code returned: {error}").format(
                error=str(error)[:200]), "call": message.get("call")})
        connection.send_bytes(data)

    while True:
        try:
            data = connection.recv_bytes()
        except (EOFError, OSError):
            break
        try:
            request = pickle.loads(data)
        except Exception as error:  # noqa: BLE001 - what the judge sent does not load here
            send({"problem": f"the grader's arguments do not reach your code's process: {error}"[:300]})
            continue
        folder, call = request["folder"], request["call"]
        if folder not in targets:
            targets[folder] = Target(Path(folder), on_import=lambda phase, module: send(
                {"importing": phase, "module": module, "call": current[0]}))
        current[0] = call
        printed, packer = io.StringIO(), None
        streams = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = printed
        try:
            keras.utils.set_random_seed(0)
            function = targets[folder].function(catalogue.load().get(request["exercise"]))
            packer = Packer()
            reply = {"value": packer.encode(function(*request["args"], **request["kwargs"]))}
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
        except BaseException as error:  # noqa: BLE001 - the learner's, outside its function (an encoding)
            reply = {"problem": str(LearnerRaised(request["exercise"], error, None))}
        finally:
            sys.stdout, sys.stderr = streams
        reply["printed"], reply["call"] = printed.getvalue()[:4096], call
        send(reply, packer if "value" in reply else None)
    os._exit(0)
