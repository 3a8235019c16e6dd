"""Right: gets each penalty from keras.regularizers.get with a config dict of its class name and factor."""

EXERCISE, VERDICT = "overfitting.regularized_model", "done"

MUTATE = [
    ('    def penalty():\n        return keras.regularizers.L1(factor) if kind == "l1" else keras.regularizers.L2(factor)',
     '    def penalty():\n        name = "L1" if kind == "l1" else "L2"\n        return keras.regularizers.get({"class_name": name, "config": {name.lower(): factor}})'),
]
