"""Wrong: returns the rate as np.float16 to 'match a mixed-precision model', which rounds it (0.04 becomes 0.040009) and is no float LearningRateScheduler accepts (fit raises ValueError); breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", "schedule returned 0.012298583984375 (ValueError while gradin"

MUTATE = [
    ('import keras\n', 'import keras\nimport numpy as np\n'),
    ('return initial_rate * 0.5 ** (epoch // every)',
     "return np.float16(initial_rate * 0.5 ** (epoch // every))  # match a mixed-precision model's float16 weights"),
]
