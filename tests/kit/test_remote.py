"""What crosses between a learner's process and its judge (tfkata.remote), checked without processes: arrays as
.npy blobs, and a dataset that Python feeds."""

from __future__ import annotations

import io

import numpy as np
import pytest
import tensorflow as tf
from hypothesis import given, settings, strategies as st
from hypothesis.extra import numpy as hnp

from tfkata import checks, remote
from tfkata.problems import Mistake

DTYPES = st.one_of(hnp.boolean_dtypes(), hnp.integer_dtypes(), hnp.unsigned_integer_dtypes(), hnp.floating_dtypes(),
                   hnp.complex_number_dtypes(), hnp.byte_string_dtypes(), hnp.unicode_string_dtypes())


def crossed(*arrays):
    packer = remote.Packer()
    indexes = [packer.blob(array) for array in arrays]
    _message, blobs = remote.unpack(packer.pack({}))
    return [remote.array_from(blobs[index]) for index in indexes]


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(DTYPES, hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=4)), st.booleans())
def test_an_array_crosses_as_it_was(array, transposed):
    array = array.T if transposed else array  # not C-contiguous
    (back,) = crossed(array)
    assert back.dtype == array.dtype and back.shape == array.shape
    assert np.array_equal(back, array, equal_nan=array.dtype.kind in "fc")
    back[...] = back  # writable, as np.load gives it


def test_npy_files_of_another_writer_are_read_as_numpy_reads_them():
    fortran = np.asfortranarray(np.arange(6.0).reshape(2, 3))
    buffer = io.BytesIO()
    np.save(buffer, fortran)
    assert np.array_equal(remote.array_from(memoryview(buffer.getvalue())), fortran)


@pytest.mark.parametrize("forged", [
    lambda: _saved(np.array([1, None], dtype=object), allow_pickle=True),  # Python objects: a pickle inside
    lambda: b"\x93NUMPY\x01\x00garbage",
    lambda: _saved(np.arange(10))[:-8],  # shorter than its header says
])
def test_a_forged_blob_is_refused(forged):
    with pytest.raises(ValueError):
        remote.array_from(memoryview(forged()))


def _saved(array, allow_pickle=False) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=allow_pickle)
    return buffer.getvalue()


def once_fed(known_size: bool):
    examples = iter(range(5))  # made once, at the call: its first pass takes them all
    dataset = tf.data.Dataset.from_generator(lambda: examples, output_signature=tf.TensorSpec((), tf.int64))
    return dataset.apply(tf.data.experimental.assert_cardinality(5)) if known_size else dataset


@pytest.mark.parametrize("known_size", [False, True], ids=["size-unknown", "size-asserted"])
def test_a_dataset_fed_once_is_refused_in_one_process_and_judged_apart(known_size):
    with pytest.raises(Mistake, match="5 elements, then 0 on a second pass"):
        checks.expect_dataset(once_fed(known_size))
    packer = remote.Packer()
    data = packer.encode(once_fed(known_size))
    message, blobs = remote.unpack(packer.pack({"value": data}))
    with pytest.raises(Mistake, match="5 elements, then 0 on a second pass"):
        checks.expect_dataset(remote.decode(message["value"], blobs))


def test_a_dataset_python_feeds_anew_at_each_pass_is_taken():
    dataset = tf.data.Dataset.from_generator(lambda: iter(range(5)), output_signature=tf.TensorSpec((), tf.int64))
    assert checks.expect_dataset(dataset) is dataset
