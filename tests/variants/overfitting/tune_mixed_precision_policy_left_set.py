"""Wrong: switches Keras's global dtype policy to mixed_float16 to speed the eight runs up and leaves it so for every model built afterwards; breaks 'Every function works from its arguments alone' (and changes the runs it scores)."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'global_policy'

MUTATE = [
    ('''    scores = {}
''',
     '''    keras.mixed_precision.set_global_policy("mixed_float16")  # eight runs: faster in half precision
    scores = {}
'''),
]
