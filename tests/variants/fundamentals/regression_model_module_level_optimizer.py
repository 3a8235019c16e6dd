"""Wrong: creates the RMSprop optimizer once at module level and compiles every model with it, so a second model shares an optimizer already built for the first one's weights; breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001' (each model its own)."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", 'module variable OPTIMIZER'

MUTATE = [
    (
        'def regression_model(num_features):',
        'OPTIMIZER = keras.optimizers.RMSprop(0.001)\n\n\ndef regression_model(num_features):',
    ),
    (
        'optimizer=keras.optimizers.RMSprop(0.001),',
        'optimizer=OPTIMIZER,',
    ),
]
