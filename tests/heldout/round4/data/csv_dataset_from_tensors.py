"""Wrong: Used Dataset.from_tensors, which makes one element holding the whole table; breaks 'Each example, one per row ... an unbatched tf.data.Dataset of (features, label)'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ("""    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset""",
     """    return tf.data.Dataset.from_tensors(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset"""),
]
