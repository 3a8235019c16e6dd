"""Wrong: note 002's model2.layers[4], a position (in Keras 3 the alpaca model's Dropout)."""
EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "found head, expected base"
MUTATE = [("    base = model.get_layer(base_name)\n", "    base = model.layers[4]\n")]
