"""Wrong: follows TensorFlow's newer regression tutorial: RMSprop on an InverseTimeDecay schedule starting at 0.001, so the rate falls as training goes; breaks 'the RMSprop optimizer at learning rate 0.001'."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", 'schedule'

MUTATE = [
    ('    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     '    schedule = keras.optimizers.schedules.InverseTimeDecay(0.001, decay_steps=1000, decay_rate=1)\n    model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(schedule), metrics=["mae", "mse"])'),
]
