"""Right: builds one template model per (units, dropout) up front and, for every combination in itertools.product order, trains keras.models.clone_model(template): a clone has the same layers with freshly initialised weights, so every run is a new, untrained model with its own Adam; scored by the last val_accuracy, best by max."""

EXERCISE, VERDICT = "overfitting.tune", "done"

MUTATE = [
    ("    scores = {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n"
     "        model = keras.Sequential([\n"
     "            keras.Input(shape=x.shape[1:]),\n"
     "            keras.layers.Dense(width, activation=\"relu\"),\n"
     "            keras.layers.Dropout(drop),\n"
     "            keras.layers.Dense(1, activation=\"sigmoid\"),\n"
     "        ])\n",
     "    templates = {\n"
     "        (width, drop): keras.Sequential([\n"
     "            keras.Input(shape=x.shape[1:]),\n"
     "            keras.layers.Dense(width, activation=\"relu\"),\n"
     "            keras.layers.Dropout(drop),\n"
     "            keras.layers.Dense(1, activation=\"sigmoid\"),\n"
     "        ])\n"
     "        for width in units for drop in dropouts\n"
     "    }\n"
     "    scores = {}\n    for rate, width, drop in itertools.product(learning_rates, units, dropouts):\n"
     "        model = keras.models.clone_model(templates[width, drop])  # new weights for every run\n"),
]
