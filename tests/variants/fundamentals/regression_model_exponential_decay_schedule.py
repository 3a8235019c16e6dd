"""Wrong: gives RMSprop an ExponentialDecay schedule starting at 0.001, as a chatbot suggests; breaks 'the RMSprop optimizer at learning rate 0.001'."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "learning rate"

MUTATE = [
    ('optimizer=keras.optimizers.RMSprop(0.001)',
     'optimizer=keras.optimizers.RMSprop(\n        keras.optimizers.schedules.ExponentialDecay(0.001, decay_steps=10, decay_rate=0.5))'),
]
