"""Wrong: Yielded the features as a dict of named columns (the tf.data CSV tutorial's form) instead of a vector; breaks 'features: a float32 vector of the other columns, in the file's column order'."""
EXERCISE, VERDICT = "data.csv_dataset", "wrong"
MUTATE = [
    ("""    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset""",
     """    columns = {name: np.array([row[i] for row in features], dtype="float32") for i, name in enumerate(names)}
    return tf.data.Dataset.from_tensor_slices((columns, np.array(labels, dtype="int32")))


def json_dataset"""),
]
