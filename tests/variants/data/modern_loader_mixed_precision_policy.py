"""Wrong: sets the global mixed_float16 policy to speed things up, so the Rescaling layer gives float16 pixels and every later model is float16; breaks 'pixels in [0, 1]; nothing else changed'."""
EXERCISE, VERDICT, SAYS = "data.modern_loader", "wrong", 'keras.mixed_precision.global_policy()'

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n',
     '    keras.mixed_precision.set_global_policy("mixed_float16")\n    rescale = keras.layers.Rescaling(1.0 / 255)\n'),
]
