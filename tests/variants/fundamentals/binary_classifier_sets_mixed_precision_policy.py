"""Wrong: sets the global mixed_float16 policy before building, so this model computes in float16 and so does every model built afterwards; breaks 'Every function works from its arguments alone'."""
EXERCISE, VERDICT, SAYS = "fundamentals.binary_classifier", "wrong", 'the caller had it'

MUTATE = [
    ('    model = keras.Sequential([\n        keras.layers.Embedding(vocab_size, 16),',
     '    keras.mixed_precision.set_global_policy("mixed_float16")\n    model = keras.Sequential([\n        keras.layers.Embedding(vocab_size, 16),'),
]
