"""Wrong: to make MobileNetV2 train faster the learner switched Keras to mixed precision, keras.mixed_precision.set_global_policy("mixed_float16"), at the top of alpaca_model, as the performance guides do; the model builds with the same 2,259,265 parameters and fits, but the global dtype policy stays changed for every model built afterwards (and this model computes in float16); breaks 'it changes neither them, nor this module's variables, nor the program's settings (Keras' dtype policy, ...)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ("    data_augmentation = data_augmentation or data_augmenter()\n",
     "    keras.mixed_precision.set_global_policy(\"mixed_float16\")\n    data_augmentation = data_augmentation or data_augmenter()\n"),
]
