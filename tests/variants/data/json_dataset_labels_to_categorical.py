"""Wrong: one-hot encodes the labels with keras.utils.to_categorical, as for categorical_crossentropy; breaks '(float32 features vector, integer label)'."""

EXERCISE, VERDICT, SAYS = "data.json_dataset", "wrong", "returned dataset"

MUTATE = [
    ('return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))\n\n\ndef combine_sources',
     'return tf.data.Dataset.from_tensor_slices(\n        (np.array(features, dtype="float32"), keras.utils.to_categorical(labels)))\n\n\ndef combine_sources'),
]
