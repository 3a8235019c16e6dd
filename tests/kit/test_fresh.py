"""A call of the learner's function leaves its arguments and its module as it found them (tfkata.fresh)."""

import textwrap
import types

import keras
import numpy as np
import pytest
from tfkata.fresh import Call
from tfkata.problems import Mistake

HEADER = "import functools\nimport numpy as np\nimport keras\n"


def _module(source: str) -> types.ModuleType:
    module = types.ModuleType("learner_module")
    exec(compile(HEADER + textwrap.dedent(source), "learner_module.py", "exec"), vars(module))
    return module


def _verdict(source: str, *args, **kwargs) -> str:
    """The lesson of one watched call of the module's ``f``, or "" when it left everything as it found it."""
    module = _module(source)
    call = Call(module, module.f, args, kwargs)
    value = module.f(*args, **kwargs)
    try:
        call.expect_fresh(value)
    except Mistake as mistake:
        return str(mistake)
    return ""


@pytest.mark.parametrize("source, names", [
    ("_CACHE = {}\ndef f(x):\n    if 'k' not in _CACHE:\n        _CACHE['k'] = x\n    return _CACHE['k']\n", "_CACHE"),
    ("_PATH = None\ndef f(x):\n    global _PATH\n    if _PATH is None:\n        _PATH = x\n    return _PATH\n", "_PATH"),
    ("RUNS = []\ndef f(x):\n    runs = RUNS\n    runs.append(x)\n    return runs\n", "RUNS"),
    ("class Box:\n    pass\nBOX = Box()\ndef f(x):\n    BOX.last = x\n    return x\n", "BOX"),
    ("LAST = None\ndef f(x):\n    global LAST\n    LAST = x  # written, never read: kept for later\n    return x\n", "LAST"),
    ("def f(x):\n    global STATS\n    STATS = x  # a variable the call adds\n    return x\n", "STATS"),
])
def test_state_kept_in_the_module_is_named(source, names):
    lesson = _verdict(source, 3)
    assert f"the module variable {names}" in lesson and "later call" in lesson


@pytest.mark.parametrize("source", [
    "def f(x):\n    return [x * 2]\n",
    "def f(x):\n    global json\n    import json\n    return json.dumps(x)\n",
    "SIZES = (1, 2)\ndef f(x):\n    return [x * s for s in SIZES]\n",
    "@functools.cache\ndef largest():\n    return 255.0\ndef f(x):\n    return x / largest()\n",
])
def test_a_function_that_works_from_its_arguments_passes(source):
    assert _verdict(source, 3) == ""


def test_a_changed_argument_is_shown_where_it_changed():
    lesson = _verdict("def f(names, label):\n    names.append(label)\n    return names\n", ["a", "b"], "c")
    assert lesson.splitlines()[0] == (
        "the argument names: found ['a', 'b', 'c'], changed by f(), expected ['a', 'b'], as the caller gave it")
    lesson = _verdict("def f(runs):\n    runs[0][1].pop('val_loss')\n    return 1\n",
                      [("small", {"loss": [1.0], "val_loss": [2.0]})])
    assert lesson.startswith("the argument runs[0][1].keys(): found ['loss'], changed by f(), "
                             "expected ['loss', 'val_loss']")
    images = np.full((2, 3), 255.0)
    lesson = _verdict("def f(images):\n    images /= 255.0\n    return images\n", images)
    assert lesson.startswith("the argument images[0, 0]: found 1.0, changed by f(), expected 255.0")


def test_a_copy_of_an_argument_may_change():
    assert _verdict("def f(names, label):\n    names = [*names, label]\n    return names\n", ["a"], "b") == ""
    assert _verdict("def f(images):\n    return images / 255.0\n", np.ones((2, 2))) == ""


def test_a_keras_object_kept_in_the_module_is_not_returned():
    optimizer = ("OPTIMIZER = keras.optimizers.RMSprop(0.001)\n"
                 "def f(n):\n    model = keras.Sequential([keras.Input((n,)), keras.layers.Dense(1)])\n"
                 "    model.compile(optimizer=OPTIMIZER, loss='mse')\n    return model\n")
    assert _verdict(optimizer, 3).startswith(
        "the model's optimizer: found the module variable OPTIMIZER, expected a new one made by each call")
    layer = ("HEAD = keras.layers.Dense(1)\n"
             "def f(n):\n    return keras.Sequential([keras.Input((n,)), HEAD])\n")
    assert _verdict(layer, 3).startswith("a layer of the model: found the module variable HEAD")


def test_a_layer_without_weights_may_be_shared():
    augmenter = ("FLIP = keras.layers.RandomFlip('horizontal')\n"
                 "def f(n):\n    return keras.Sequential([keras.Input((n, n, 3)), FLIP, keras.layers.Dense(1)])\n")
    assert _verdict(augmenter, 4) == ""


def test_a_model_given_is_not_compiled_with_an_optimizer_kept_in_the_module():
    source = ("_ADAM = keras.optimizers.Adam()\n"
              "def f(model):\n    model.compile(optimizer=_ADAM, loss='mse')\n    return 0.5\n")
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1)])
    assert _verdict(source, model).startswith("the model's optimizer: found the module variable _ADAM")


def test_models_made_by_one_call_have_an_optimizer_each():
    source = ("def f(n):\n    adam = keras.optimizers.Adam()\n    models = {}\n"
              "    for name in ('small', 'big'):\n"
              "        models[name] = keras.Sequential([keras.Input((n,)), keras.layers.Dense(1)])\n"
              "        models[name].compile(optimizer=adam, loss='mse')\n    return models\n")
    assert _verdict(source, 3).startswith(
        "the models' optimizers: found one optimizer for several models, expected an optimizer of its own")
    assert _verdict(source.replace("optimizer=adam", "optimizer=keras.optimizers.Adam()"), 3) == ""


def test_a_model_kept_in_the_module_is_not_returned_even_without_weights():
    source = ("BLOCK = keras.Sequential([keras.layers.RandomFlip('horizontal')])\n"
              "def f():\n    return BLOCK\n")
    assert _verdict(source).startswith("the returned Sequential: found the module variable BLOCK")
    unbuilt = ("ADAM = keras.optimizers.Adam()\n"
               "def f():\n    model = keras.Sequential([keras.layers.Dense(1)])\n"
               "    model.compile(optimizer=ADAM, loss='mse')\n    return model\n")
    assert _verdict(unbuilt).startswith("the model's optimizer: found the module variable ADAM")


def test_a_mutable_default_filled_by_a_call_is_named():
    lesson = _verdict("def f(x, seen=[]):\n    seen.append(x)\n    return list(seen)\n", 3)
    assert lesson.startswith("the default value of seen in f(): found changed by f(), expected left as it was")
    assert _verdict("def f(x, seen=None):\n    seen = [] if seen is None else seen\n    seen.append(x)\n"
                    "    return seen\n", 3) == ""


def _twice(source: str, *args) -> str:
    """The lesson of the second of two watched calls of the module's ``f`` with the same arguments, or ""."""
    module = _module(source)
    for _ in range(2):
        call = Call(module, module.f, args, {})
        try:
            call.expect_fresh(module.f(*args))
        except Mistake as mistake:
            return str(mistake)
    return ""


@pytest.mark.parametrize("source", [
    "@functools.cache\ndef f(x):\n    return keras.callbacks.EarlyStopping(patience=x)\n",
    "@functools.lru_cache\ndef f(x):\n    return {'model': keras.Sequential([keras.Input((2,)), keras.layers.Dense(x)])}\n",
    "class Table:\n    rows = np.zeros(3)\ndef f(x):\n    return Table.rows\n",
])
def test_what_an_earlier_call_returned_is_not_returned_again(source):
    assert "an earlier call returned" in _twice(source, 2)


def test_an_argument_handed_back_is_no_cache():
    assert _twice("def f(x):\n    return x\n", np.zeros(3)) == ""


@pytest.mark.parametrize("source, setting", [
    ("def f(x):\n    keras.mixed_precision.set_global_policy('mixed_float16')\n    return x\n", "global_policy"),
    ("def f(x):\n    np.seterr(all='ignore')\n    return x\n", "numpy.geterr()"),
    ("import os\ndef f(x):\n    os.chdir('/')\n    return x\n", "os.getcwd()"),
])
def test_a_program_setting_changed_by_a_call_is_named(source, setting):
    import os

    folder, errors = os.getcwd(), np.geterr()
    try:
        assert setting in _verdict(source, 1)
    finally:
        keras.mixed_precision.set_global_policy("float32")
        np.seterr(**errors)
        os.chdir(folder)


def test_an_array_made_read_only_is_a_changed_argument():
    lesson = _verdict("def f(x):\n    x.flags.writeable = False\n    return x.copy()\n", np.zeros(3))
    assert "flags.writeable" in lesson
