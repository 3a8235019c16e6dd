"""Wrong: Returned the dataset batched by 32, as if ready for fit(); breaks 'Returns: an unbatched tf.data.Dataset of (float32 features vector, integer label)'."""
EXERCISE, VERDICT = "data.json_dataset", "wrong"
MUTATE = [
    ("""    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))""",
     """    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32"))).batch(32)"""),
]
