"""Wrong: switches Keras to the global mixed_float16 policy for 'half-size weight files' and leaves it set, so every model built afterwards computes in float16; breaks 'changes neither them, nor this module's variables, nor the program's settings (Keras' dtype policy, ...)'."""

EXERCISE, VERDICT, SAYS = "callbacks.best_checkpoint", "wrong", "keras.mixed_precision.global_policy()"

MUTATE = [
    ('    path = os.path.join(folder, "best.weights.h5")\n',
     '    keras.mixed_precision.set_global_policy("mixed_float16")  # half-size weight files\n'
     '    path = os.path.join(folder, "best.weights.h5")\n'),
]
