"""Wrong: the learner made the optimizers once, one Adam per learning rate, before the loops ({rate: Adam(learning_rate=rate)}), and compiled every model of that rate with it; their check (one unit count, one dropout, two rates) ran, one model per optimizer, but a Keras optimizer is built for the variables of the first model it trains, so the second model of the same rate fails in fit() ("This optimizer can only be called for the variables it was originally built with"); breaks 'compiled with the Adam optimizer at that learning rate' for 'every (learning_rate, units, dropout) of the three lists' (each run a new model with its own optimizer)."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ("    scores = {}\n    for rate, width, drop in itertools.product(",
     "    optimizers = {rate: keras.optimizers.Adam(learning_rate=rate) for rate in learning_rates}\n    scores = {}\n    for rate, width, drop in itertools.product("),
    ("        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss=\"binary_crossentropy\",",
     "        model.compile(optimizer=optimizers[rate], loss=\"binary_crossentropy\","),
]
