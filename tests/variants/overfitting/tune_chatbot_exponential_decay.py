"""Wrong: a chatbot's ExponentialDecay schedule starting at each learning rate, so every run trains at a falling rate; breaks 'compiled with the Adam optimizer at that learning rate'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "best configuration"

MUTATE = [
    ('keras.optimizers.Adam(learning_rate=rate)',
     'keras.optimizers.Adam(learning_rate=keras.optimizers.schedules.ExponentialDecay(rate, decay_steps=2, decay_rate=0.5))'),
]
