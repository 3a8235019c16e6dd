"""Wrong: Shuffled the examples (shuffle(len(labels))) before returning them; breaks 'Each example, one per row, in the file's order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ("""    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset""",
     """    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32"))
    ).shuffle(max(1, len(labels)))


def json_dataset"""),
]
